#!/usr/bin/env bash
# How soon a member's charts are drawn in headless Chromium (target: 1.5 s), on the packaged jar in demo mode with a
# fresh data directory and the full-kit persona (alex). For each section, ChartsReadyBenchmark (a test-scope main,
# not a timed test) loads the page RUNS times after two warm-up loads and reports p50, p95 and max of the time from
# navigation start until charts.js has drawn every chart (window.pulseboardChartsReadyAt): server time, HTML,
# scripts from WebJars and drawing included.
# Usage: bench/charts-ready.sh [port] [runs] [screenshots]   (needs /usr/bin/chromium and /usr/bin/chromedriver)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18082}
RUNS=${2:-20}
SHOTS=${3:-}
BASE="http://localhost:$PORT"
[ -f target/pulseboard.jar ] || ./mvnw -q -B -DskipTests package
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
DATA=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }

# The emulator keeps Withings' real 120 requests a minute unless told otherwise; the backfill is not what is measured.
java -jar target/pulseboard.jar --server.port="$PORT" --pulseboard.data-dir="$DATA" \
  --pulseboard.withings.requests-per-minute=6000 --pulseboard.emulator.rate-limit-per-minute=6000 \
  >"$DATA/server.log" 2>&1 &
PID=$!
until curl -sf "$BASE/actuator/health" | grep -q '"UP"'; do
  kill -0 $PID 2>/dev/null || { echo "server died"; tail -20 "$DATA/server.log"; exit 1; }
  sleep 0.1
done
curl -sf -X POST "$BASE/api/v1/setup" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password","name":"Bench"}' >/dev/null
TOKEN=$(curl -sf -X POST -u 'bench@example.org:benchmark password' "$BASE/api/v1/tokens" \
  -H 'Content-Type: application/json' -d '{"name":"bench"}' | json 'd["token"]')
AUTH="Authorization: Bearer $TOKEN"
ALEX=$(curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' "$BASE/api/v1/members" \
  -d '{"name":"Alex"}' | json 'd["id"]')
URL=$(curl -sf -X POST -H "$AUTH" "$BASE/api/v1/members/$ALEX/withings/authorization" | json 'd["authorizationUrl"]')
CALLBACK=$(curl -s -o /dev/null -w '%{redirect_url}' -X POST "${URL%%\?*}" --data "${URL#*\?}&persona=alex&decision=allow")
curl -s -o /dev/null "$CALLBACK"
until curl -sf -H "$AUTH" "$BASE/api/v1/members/$ALEX/sync" | json 'd["lastSuccessAt"] or ""' | grep -q .; do
  sleep 0.2
done

java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.pulseboard.dashboard.ChartsReadyBenchmark "$BASE" bench@example.org 'benchmark password' "$ALEX" "$RUNS" \
  $SHOTS 2>/dev/null
