#!/usr/bin/env bash
# Load run of the standalone emulator's getmeas: full 200-group pages of the full-kit persona, over loopback, with
# wrk (Debian package `wrk`), so that load tests of Pulseboard measure Pulseboard and not the emulator.
# Usage: [BODY=form] [EMULATOR_ARGS=...] bench/emulator-getmeas.sh [port] [seconds] [connections]   (BODY: the
# getmeas form, default action=getmeas&lastupdate=0; EMULATOR_ARGS: more emulator settings, e.g.
# --pulseboard.emulator.page-cache-mb=0 to render every page afresh)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18089}
SECONDS_=${2:-15}
CONN=${3:-16}
BODY=${BODY:-action=getmeas&lastupdate=0}
E="http://localhost:$PORT"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
[ -f target/pulseboard.jar ] || ./mvnw -q -B -DskipTests package
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }

java -jar target/pulseboard.jar --pulseboard.mode=emulator --server.port="$PORT" \
  --pulseboard.emulator.rate-limit-per-minute=100000000 ${EMULATOR_ARGS:-} >"$WORK/emulator.log" 2>&1 &
PID=$!
until curl -sf "$E/actuator/health" >/dev/null 2>&1 || curl -sf "$E/_admin/personas" >/dev/null 2>&1; do sleep 0.1; done
curl -sf -X POST "$E/_admin/clients" -H 'Content-Type: application/json' \
  -d '{"clientId":"bench","clientSecret":"bench-secret","redirectUris":["https://bench.example.com/cb"]}' >/dev/null
LOCATION=$(curl -s -o /dev/null -w '%{redirect_url}' -X POST "$E/oauth2_user/authorize2" -d response_type=code \
  -d client_id=bench -d scope=user.metrics -d redirect_uri=https://bench.example.com/cb -d state=s \
  -d persona=alex -d decision=allow)
CODE=$(echo "$LOCATION" | sed 's/.*code=\([^&]*\).*/\1/')
ACCESS=$(curl -sf -X POST "$E/v2/oauth2" -d action=requesttoken -d grant_type=authorization_code -d client_id=bench \
  -d client_secret=bench-secret -d code="$CODE" -d redirect_uri=https://bench.example.com/cb | json 'd["body"]["access_token"]')
BYTES=$(curl -sf -X POST "$E/measure" -H "Authorization: Bearer $ACCESS" --data "$BODY" | wc -c)
cat > "$WORK/getmeas.lua" <<LUA
wrk.method = "POST"
wrk.body = "$BODY"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Bearer $ACCESS"
LUA
echo "page_bytes=$BYTES"
wrk -t2 -c"$CONN" -d"${SECONDS_}s" --latency -s "$WORK/getmeas.lua" "$E/measure" | sed -n '1,20p'
