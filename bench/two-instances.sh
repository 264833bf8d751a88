#!/usr/bin/env bash
# Two instances sharing the Withings budget: Debian's PostgreSQL started in a temporary directory on a free port,
# the standalone emulator (status 601 past 120 requests a minute per client id, as Withings), and two instances of
# the packaged jar on that database with the production scheduler settings. The emulator generates MEMBERS five-year
# full-kit users (POST _admin/users); each is linked to a new member through the consent form, half of them
# started on each instance, so every member starts its backfill (about 280 calls each) within seconds of the others.
# After the connect burst and 30 s, the emulator's own request count is sampled once a minute for MINUTES minutes
# (calls a minute, status 601s), and each instance's pulseboard_withings_calls_total tells how the calls were shared.
# Target: zero 601 and at least 95 % of the 120 requests/minute budget used.
# Usage (as root, holding the build lock): bench/two-instances.sh [members] [minutes]
set -euo pipefail
cd "$(dirname "$0")/.."
MEMBERS=${1:-200}
MINUTES=${2:-5}
. bench/postgres-lib.sh

pg_start -c max_connections=100
command psql -h 127.0.0.1 -p "$PGPORT" -U postgres -At -c "create database pulseboard" >/dev/null

EPORT=$(free_port); APORT=$(free_port); BPORT=$(free_port)
EMU="http://localhost:$EPORT/_admin"
# The emulator holds every generated history in memory (about 2 MB each).
java -Xmx1g -XX:+UseSerialGC -jar target/pulseboard.jar --pulseboard.mode=emulator --server.port="$EPORT" \
  --pulseboard.emulator.clients[0].client-id=bench --pulseboard.emulator.clients[0].client-secret=bench-secret \
  --pulseboard.emulator.clients[0].redirect-uris[0]="http://localhost:$APORT/withings/callback" \
  --pulseboard.emulator.clients[0].redirect-uris[1]="http://localhost:$BPORT/withings/callback" \
  >"$WORK/emulator.log" 2>&1 &
PIDS+=($!)
KEY=$(openssl rand -base64 32)
start_instance() {  # port name (not in a subshell: the cleanup must know every process)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -jar target/pulseboard.jar --server.port="$1" \
    --pulseboard.data-dir="$WORK/$2" --pulseboard.encryption-key="$KEY" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/pulseboard" --spring.datasource.username=postgres \
    --pulseboard.public-url="http://localhost:$1" --pulseboard.withings.client-id=bench \
    --pulseboard.withings.client-secret=bench-secret \
    --pulseboard.withings.redirect-uri="http://localhost:$1/withings/callback" \
    --pulseboard.withings.account-url="http://localhost:$EPORT" --pulseboard.withings.api-url="http://localhost:$EPORT" \
    --management.endpoints.web.exposure.include=health,prometheus \
    >"$WORK/$2.log" 2>&1 &
  PIDS+=("$!")
}
healthy() {
  local deadline=$(( $(date +%s) + 120 ))
  until curl -sf "http://localhost:$1/actuator/health" | grep -q UP; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "instance on $1 not healthy"; tail -20 "$WORK"/*.log; exit 1; }
    sleep 0.2
  done
}
until curl -sf "$EMU/personas" >/dev/null; do sleep 0.2; done
start_instance "$APORT" a; healthy "$APORT"
start_instance "$BPORT" b; healthy "$BPORT"

A="http://localhost:$APORT"; B="http://localhost:$BPORT"
curl -sf -X POST "$A/api/v1/setup" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password","name":"Bench"}' >/dev/null
TOKEN=$(curl -sf -X POST -u 'bench@example.org:benchmark password' "$A/api/v1/tokens" \
  -H 'Content-Type: application/json' -d '{"name":"bench"}' | json 'd["token"]')
AUTH="Authorization: Bearer $TOKEN"
USERS=$(curl -sf -X POST "$EMU/users" -H 'Content-Type: application/json' \
  -d "{\"persona\":\"alex\",\"count\":$MEMBERS,\"clientId\":\"bench\"}" | json '" ".join(u["id"] for u in d["users"])')
CONNECT_START=$(date +%s)
i=0
for user in $USERS; do
  # Half the members are linked through each instance (the API state completes on whichever instance gets it).
  if (( i % 2 == 0 )); then BASE=$A; else BASE=$B; fi
  i=$((i + 1))
  member=$(curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' "$BASE/api/v1/members" \
    -d "{\"name\":\"$user\"}" | json 'd["id"]')
  url=$(curl -sf -X POST -H "$AUTH" "$BASE/api/v1/members/$member/withings/authorization" | json 'd["authorizationUrl"]')
  callback=$(curl -s -o /dev/null -w '%{redirect_url}' -X POST "${url%%\?*}" --data "${url#*\?}&persona=$user&decision=allow")
  curl -s -o /dev/null "$callback"
done
echo "members_connected=$MEMBERS in $(( $(date +%s) - CONNECT_START )) s"
echo "linked_members=$(curl -sf -H "$AUTH" "$A/api/v1/members" | json 'sum(1 for m in d if (m.get("withings") or {}).get("userId"))')"

calls_by_instance() {  # pulseboard_withings_calls_total summed over endpoints and outcomes
  curl -sf "$1/actuator/prometheus" | awk '/^pulseboard_withings_calls_total/ { s += $NF } END { printf "%d", s }'
}
sleep 30
SAMPLES=("$(curl -sf "$EMU/stats")"); TIMES=("$(date +%s.%N)")
CA0=$(calls_by_instance "$A"); CB0=$(calls_by_instance "$B")
for _ in $(seq 1 "$MINUTES"); do
  sleep 60
  SAMPLES+=("$(curl -sf "$EMU/stats")"); TIMES+=("$(date +%s.%N)")
done
CA1=$(calls_by_instance "$A"); CB1=$(calls_by_instance "$B")
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$CA1" "$CA0" "$CB1" "$CB0" "$LOAD" "${#SAMPLES[@]}" "${SAMPLES[@]}" "${TIMES[@]}" <<'EOF'
import json, sys
ca1, ca0, cb1, cb0, load, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], int(sys.argv[6])
samples = [json.loads(s) for s in sys.argv[7:7 + n]]
times = [float(t) for t in sys.argv[7 + n:7 + 2 * n]]
total = lambda s: sum(s["requests"].values())
for k in range(1, n):
    minutes = (times[k] - times[k - 1]) / 60
    calls = total(samples[k]) - total(samples[k - 1])
    print(f"minute {k}: calls={calls} per_minute={calls / minutes:.1f} "
          f"status601={samples[k]['status601'] - samples[k - 1]['status601']}")
minutes = (times[-1] - times[0]) / 60
calls = total(samples[-1]) - total(samples[0])
per_minute = calls / minutes
print(f"window_minutes={minutes:.2f} calls={calls} per_minute={per_minute:.1f} budget_used={per_minute / 120:.1%} "
      f"status601_in_window={samples[-1]['status601'] - samples[0]['status601']} "
      f"status601_total={samples[-1]['status601']}")
print(f"calls_by_instance_in_window: a={ca1 - ca0} b={cb1 - cb0} (pulseboard_withings_calls_total)")
print(f"load_average_at_end={load}")
EOF
for name in a b; do
  echo "instance_$name: $(grep -c 'status 601\|rate limit' "$WORK/$name.log" || true) log lines on 601/rate limit, $(grep -c ' ERROR ' "$WORK/$name.log" || true) errors"
done
