#!/usr/bin/env bash
# Benchmark of the newcomer path on the packaged jar, in demo mode with a fresh data directory:
#   1. time from `java -jar` to a healthy /actuator/health,
#   2. the backfill of the emulator's full-kit persona (five years): from the OAuth callback until every weigh-in
#      is served by the API, and until the whole sync (measures, sleep, activity, devices) has succeeded, under
#      Withings' real budget of 120 requests a minute,
#   3. the server's resident memory (VmRSS) after the path.
# Usage: bench/newcomer.sh [port]   (builds target/pulseboard.jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18080}
BASE="http://localhost:$PORT"
[ -f target/pulseboard.jar ] || ./mvnw -q -B -DskipTests package
DATA=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT

ms() { date +%s%3N; }
# Every wait is bounded: give up after $1 seconds.
deadline() { DEADLINE=$(( $(date +%s) + $1 )); }
check() { [ "$(date +%s)" -lt "$DEADLINE" ] || { echo "timed out waiting for $1"; exit 1; }; }
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }

START=$(ms)
java ${JAVA_OPTS:-} -jar target/pulseboard.jar --server.port="$PORT" --pulseboard.data-dir="$DATA" >"$DATA/server.log" 2>&1 &
PID=$!
deadline 60
until curl -sf "$BASE/actuator/health" | grep -q '"UP"'; do
  check "the server"
  kill -0 $PID 2>/dev/null || { echo "server died"; tail -20 "$DATA/server.log"; exit 1; }
  sleep 0.05
done
HEALTHY=$(( $(ms) - START ))

curl -sf -X POST "$BASE/api/v1/setup" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password","name":"Bench"}' >/dev/null
TOKEN=$(curl -sf -X POST -u 'bench@example.org:benchmark password' "$BASE/api/v1/tokens" \
  -H 'Content-Type: application/json' -d '{"name":"bench"}' | json 'd["token"]')
AUTH="Authorization: Bearer $TOKEN"
MEMBER=$(curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' "$BASE/api/v1/members" \
  -d '{"name":"Alex"}' | json 'd["id"]')
URL=$(curl -sf -X POST -H "$AUTH" "$BASE/api/v1/members/$MEMBER/withings/authorization" | json 'd["authorizationUrl"]')
# Submit the emulator's consent form as a script: the original query plus persona and decision.
CALLBACK=$(curl -s -o /dev/null -w '%{redirect_url}' -X POST "${URL%%\?*}" \
  --data "${URL#*\?}&persona=alex&decision=allow")
EXPECTED=$(curl -sf "$BASE/emulator/withings/_admin/personas/alex/measures?type=1" | json 'd["count"]')
SYNC_START=$(ms)
curl -s -o /dev/null "$CALLBACK"
deadline 600
until [ "$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/measurements?type=weight" | json 'len(d["items"])')" = "$EXPECTED" ]; do
  check "the weigh-ins"; sleep 0.05
done
WEIGHTS=$(( $(ms) - SYNC_START ))
until curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/sync" | json 'd["lastSuccessAt"] or ""' | grep -q .; do
  check "the whole sync"; sleep 0.05
done
BACKFILL=$(( $(ms) - SYNC_START ))
WEIGHINS=$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/measurements?type=weight" | json 'len(d["items"])')
PAGES=$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/sync" | json 'd["progress"]["pagesFetched"]')
RSS_KB=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)

echo "startup_to_healthy_ms=$HEALTHY"
echo "weigh_ins_served_ms=$WEIGHTS weigh_ins=$WEIGHINS"
echo "full_backfill_ms=$BACKFILL pages=$PAGES"
echo "rss_mib=$(( RSS_KB / 1024 ))"
