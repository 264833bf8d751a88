#!/usr/bin/env bash
# Webhook intake under load: how fast Pulseboard answers Withings' notification POSTs (target: 2xx within 200 ms,
# after a durable insert into the inbox), and what a flood of them costs in Withings calls.
#
# The packaged jar in demo mode; a member linked to the persona nina (no history, so no backfill in the way); one
# reading added through the emulator so that its webhook shows the callback URL; then wrk POSTs notifications
# (form-encoded, as Withings sends them) at that URL for SECONDS with CONNECTIONS connections.
# Usage: bench/webhook.sh [port] [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18086}
SECONDS_=${2:-15}
CONN=${3:-8}
BASE="http://localhost:$PORT"
EMU="$BASE/emulator/withings/_admin"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
[ -f target/pulseboard.jar ] || ./mvnw -q -B -DskipTests package
DATA=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }

java ${JAVA_OPTS:-} -jar target/pulseboard.jar --server.port="$PORT" --pulseboard.data-dir="$DATA" \
  >"$DATA/server.log" 2>&1 &
PID=$!
DEADLINE=$(( $(date +%s) + 60 ))
until curl -sf "$BASE/actuator/health" | grep -q '"UP"'; do
  [ "$(date +%s)" -lt "$DEADLINE" ] || { echo "the server did not start"; exit 1; }; sleep 0.1
done
curl -sf -X POST "$BASE/api/v1/setup" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password","name":"Bench"}' >/dev/null
TOKEN=$(curl -sf -X POST -u 'bench@example.org:benchmark password' "$BASE/api/v1/tokens" \
  -H 'Content-Type: application/json' -d '{"name":"bench"}' | json 'd["token"]')
AUTH="Authorization: Bearer $TOKEN"
MEMBER=$(curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' "$BASE/api/v1/members" \
  -d '{"name":"Nina"}' | json 'd["id"]')
URL=$(curl -sf -X POST -H "$AUTH" "$BASE/api/v1/members/$MEMBER/withings/authorization" | json 'd["authorizationUrl"]')
CALLBACK=$(curl -s -o /dev/null -w '%{redirect_url}' -X POST "${URL%%\?*}" --data "${URL#*\?}&persona=nina&decision=allow")
curl -s -o /dev/null "$CALLBACK"
DEADLINE=$(( $(date +%s) + 60 ))
until curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/sync" | json '"yes" if d["lastSuccessAt"] else ""' | grep -q yes; do
  [ "$(date +%s)" -lt "$DEADLINE" ] || { echo "the first sync did not finish"; exit 1; }; sleep 0.2
done
NOW=$(date +%s)
curl -sf -X POST "$EMU/readings" -H 'Content-Type: application/json' \
  -d "{\"userId\":\"10000003\",\"type\":1,\"value\":61.2,\"time\":$NOW}" >/dev/null
DEADLINE=$(( $(date +%s) + 30 ))
until HOOK=$(curl -sf "$EMU/deliveries" | json 'd[0]["callbackUrl"] if d else ""') && [ -n "$HOOK" ]; do
  [ "$(date +%s)" -lt "$DEADLINE" ] || { echo "no webhook was delivered"; exit 1; }; sleep 0.2
done
BEFORE=$(curl -sf "$EMU/stats" | json 'd["requests"].get("/measure getmeas", 0)')
cat > "$DATA/notify.lua" <<LUA
wrk.method = "POST"
wrk.body = "userid=10000003&appli=1&startdate=$(( NOW - 60 ))&enddate=$NOW"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA
wrk -t2 -c"$CONN" -d"${SECONDS_}s" --latency -s "$DATA/notify.lua" "$HOOK" | sed -n '1,20p' \
  | sed 's#/withings/notify/[^ ]*#/withings/notify/{secret}#'
sleep 5
echo "getmeas_calls_for_the_flood=$(( $(curl -sf "$EMU/stats" | json 'd["requests"].get("/measure getmeas", 0)') - BEFORE ))"
