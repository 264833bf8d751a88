#!/usr/bin/env bash
# Takeover of a killed instance's runs: two instances of the packaged jar on one PostgreSQL (Debian's, started in a
# temporary directory on a free port), db-scheduler's production heartbeats (10 s x 6 missed), the standalone
# emulator with Withings' real 120 requests/minute. The full-kit persona is connected; while its backfill runs,
# the instance running it is killed with SIGKILL. Measured: from the kill until the other instance has picked the
# run (db-scheduler's table), and until the whole backfill has succeeded there.
# Target: taken over within 90 s (heartbeat 10 s x 6 + a poll).
# Usage (as root, holding the build lock): bench/takeover.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/postgres-lib.sh
now() { date +%s.%N; }
since() { python3 -c "print(f'{$(now) - $1:.1f}')"; }

pg_start
psql() { command psql -h 127.0.0.1 -p "$PGPORT" -U postgres -At "$@"; }
psql -c "create database pulseboard" >/dev/null

EPORT=$(free_port); APORT=$(free_port); BPORT=$(free_port)
java -Xms64m -Xmx320m -XX:+UseSerialGC -jar target/pulseboard.jar --pulseboard.mode=emulator --server.port="$EPORT" \
  --pulseboard.emulator.clients[0].client-id=bench --pulseboard.emulator.clients[0].client-secret=bench-secret \
  --pulseboard.emulator.clients[0].redirect-uris[0]="http://localhost:$APORT/withings/callback" \
  --pulseboard.emulator.clients[0].redirect-uris[1]="http://localhost:$BPORT/withings/callback" \
  >"$WORK/emulator.log" 2>&1 &
PIDS+=($!)
KEY=$(openssl rand -base64 32)
start_instance() {  # port name; sets LAST_PID (not in a subshell: the cleanup must know every process)
  java -Xms64m -Xmx320m -XX:+UseSerialGC -jar target/pulseboard.jar --server.port="$1" \
    --pulseboard.data-dir="$WORK/$2" --pulseboard.encryption-key="$KEY" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/pulseboard" --spring.datasource.username=postgres \
    --pulseboard.public-url="http://localhost:$1" --pulseboard.withings.client-id=bench \
    --pulseboard.withings.client-secret=bench-secret \
    --pulseboard.withings.redirect-uri="http://localhost:$1/withings/callback" \
    --pulseboard.withings.account-url="http://localhost:$EPORT" --pulseboard.withings.api-url="http://localhost:$EPORT" \
    >"$WORK/$2.log" 2>&1 &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
}
healthy() { until curl -sf "http://localhost:$1/actuator/health" | grep -q UP; do sleep 0.2; done; }
until curl -sf "http://localhost:$EPORT/_admin/personas" >/dev/null; do sleep 0.2; done
start_instance "$APORT" a; A=$LAST_PID; healthy "$APORT"
start_instance "$BPORT" b; B=$LAST_PID; healthy "$BPORT"

BASE="http://localhost:$APORT"
curl -sf -X POST "$BASE/api/v1/setup" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password","name":"Bench"}' >/dev/null
TOKEN=$(curl -sf -X POST -u 'bench@example.org:benchmark password' "$BASE/api/v1/tokens" \
  -H 'Content-Type: application/json' -d '{"name":"bench"}' | json 'd["token"]')
AUTH="Authorization: Bearer $TOKEN"
MEMBER=$(curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' "$BASE/api/v1/members" \
  -d '{"name":"Alex"}' | json 'd["id"]')
URL=$(curl -sf -X POST -H "$AUTH" "$BASE/api/v1/members/$MEMBER/withings/authorization" | json 'd["authorizationUrl"]')
CALLBACK=$(curl -s -o /dev/null -w '%{redirect_url}' -X POST "${URL%%\?*}" --data "${URL#*\?}&persona=alex&decision=allow")
curl -s -o /dev/null "$CALLBACK"

picked_by() { psql -d pulseboard -c "select coalesce(picked_by, '') from scheduled_tasks where task_name = 'member-sync' and task_instance = '$MEMBER' and picked"; }
items() { curl -sf -H "$AUTH" "http://localhost:$1/api/v1/members/$MEMBER/sync" | json 'd["progress"]["itemsStored"]'; }
until [ "$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/sync" | json 'd["progress"]["dataTypes"].get("sleep", {}).get("pagesFetched", 0)')" -ge 2 ]; do sleep 0.2; done
OWNER=$(picked_by)
if [[ "$OWNER" == *":$APORT-"* ]]; then VICTIM=$A; SURVIVOR=$BPORT; else VICTIM=$B; SURVIVOR=$APORT; fi
BEFORE=$(items "$SURVIVOR")
kill -9 "$VICTIM"; KILLED=$(now)
echo "killed the instance running the backfill ($OWNER) after $BEFORE items"
until P=$(picked_by) && [ -n "$P" ] && [ "$P" != "$OWNER" ]; do sleep 0.2; done
PICKED=$(since "$KILLED")
until curl -sf -H "$AUTH" "http://localhost:$SURVIVOR/api/v1/members/$MEMBER/sync" | json 'd["lastSuccessAt"] or ""' | grep -q .; do sleep 0.5; done
DONE=$(since "$KILLED")
WEIGHINS=$(curl -sf -H "$AUTH" "http://localhost:$SURVIVOR/api/v1/members/$MEMBER/measurements?type=weight" | json 'len(d["items"])')
S601=$(curl -sf "http://localhost:$EPORT/_admin/stats" | json 'd["status601"]')
echo "taken_over_after_s=$PICKED backfill_done_after_s=$DONE (by $P)"
echo "weigh_ins=$WEIGHINS status601=$S601"
