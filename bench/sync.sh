#!/usr/bin/env bash
# Benchmark of the sync against the built-in emulator, on the packaged jar in demo mode (fresh data directory),
# under Withings' real budget of 120 requests a minute:
#   1. the five-year full-kit backfill: wall time, Withings calls by endpoint (from the emulator's stats), and the
#      pages and items per data type (from the sync status), to compare calls with what the pages require;
#   2. notification latency: N readings added to the emulator one by one, the time until each is served by the
#      API (p50, p95), and the getmeas calls they cost.
# Usage: bench/sync.sh [port] [readings]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18081}
N=${2:-20}
BASE="http://localhost:$PORT"
EMU="$BASE/emulator/withings/_admin"
[ -f target/pulseboard.jar ] || ./mvnw -q -B -DskipTests package
DATA=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
ms() { date +%s%3N; }
# Every wait is bounded: give up after $1 seconds.
deadline() { DEADLINE=$(( $(date +%s) + $1 )); }
check() { [ "$(date +%s)" -lt "$DEADLINE" ] || { echo "timed out waiting for $1"; exit 1; }; }
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }

java ${JAVA_OPTS:-} -jar target/pulseboard.jar --server.port="$PORT" --pulseboard.data-dir="$DATA" >"$DATA/server.log" 2>&1 &
PID=$!
deadline 60
until curl -sf "$BASE/actuator/health" | grep -q '"UP"'; do check "the server"; sleep 0.1; done
curl -sf -X POST "$BASE/api/v1/setup" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password","name":"Bench"}' >/dev/null
TOKEN=$(curl -sf -X POST -u 'bench@example.org:benchmark password' "$BASE/api/v1/tokens" \
  -H 'Content-Type: application/json' -d '{"name":"bench"}' | json 'd["token"]')
AUTH="Authorization: Bearer $TOKEN"
MEMBER=$(curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' "$BASE/api/v1/members" \
  -d '{"name":"Alex"}' | json 'd["id"]')
URL=$(curl -sf -X POST -H "$AUTH" "$BASE/api/v1/members/$MEMBER/withings/authorization" | json 'd["authorizationUrl"]')
CALLBACK=$(curl -s -o /dev/null -w '%{redirect_url}' -X POST "${URL%%\?*}" --data "${URL#*\?}&persona=alex&decision=allow")
START=$(ms)
curl -s -o /dev/null "$CALLBACK"
deadline 600
until curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/sync" \
    | json '"yes" if d["lastSuccessAt"] and d["state"]=="IDLE" else ""' | grep -q yes; do
  check "the backfill"; sleep 0.2
done
echo "full_backfill_ms=$(( $(ms) - START ))"
echo "calls_by_endpoint:"
curl -sf "$EMU/stats" | json '"\n".join(f"  {k}: {v}" for k,v in sorted(d["requests"].items()))'
echo "  status601: $(curl -sf "$EMU/stats" | json 'd["status601"]')"
echo "pages_and_items_by_data_type:"
curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/sync" \
  | json '"\n".join("  %s: pages=%s items=%s" % (k, v["pagesFetched"], v["itemsStored"]) for k,v in d["progress"]["dataTypes"].items())'

BEFORE=$(curl -sf "$EMU/stats" | json 'd["requests"].get("/measure getmeas",0)')
LAT=()
for i in $(seq 1 "$N"); do
  T=$(( $(date +%s) - 60 - i ))
  curl -sf -X POST "$EMU/readings" -H 'Content-Type: application/json' \
    -d "{\"userId\":\"10000001\",\"type\":1,\"value\":80.$i,\"time\":$T}" >/dev/null
  ADDED=$(ms)
  FROM=$(date -u -d "@$T" +%Y-%m-%dT%H:%M:%SZ)
  TO=$(date -u -d "@$(( T + 1 ))" +%Y-%m-%dT%H:%M:%SZ)
  deadline 60
  until [ "$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/measurements?type=weight&from=$FROM&to=$TO" \
      | json 'len(d["items"])')" = "1" ]; do
    check "reading $i"; sleep 0.05
  done
  LAT+=($(( $(ms) - ADDED )))
done
AFTER=$(curl -sf "$EMU/stats" | json 'd["requests"].get("/measure getmeas",0)')
printf '%s\n' "${LAT[@]}" | sort -n | python3 -c "
import sys; v=[int(x) for x in sys.stdin]; n=len(v)
print(f'notification_to_api_ms p50={v[n//2]} p95={v[min(n-1,int(n*0.95))]} max={v[-1]} (n={n})')"
echo "getmeas_calls_per_notified_reading=$(python3 -c "print(round(($AFTER-$BEFORE)/$N,2))")"
