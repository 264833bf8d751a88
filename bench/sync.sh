#!/usr/bin/env bash
# Benchmark of the sync against the built-in emulator, on the packaged jar in demo mode (fresh data directory),
# under Withings' real budget of 120 requests a minute:
#   1. the five-year full-kit backfill: wall time, Withings calls by endpoint (from the emulator's stats), and the
#      pages and items per data type (from the sync status), to compare calls with what the pages require;
#   2. notification latency: N readings added to the emulator one by one, the time until each is served by the
#      API (p50, p95), and the getmeas calls they cost.
# Usage: bench/sync.sh [port] [readings]
set -euo pipefail
PORT=${1:-18081}
N=${2:-20}
. "$(dirname "$0")/lib.sh"

pb_start
pb_setup
MEMBER=$(pb_member Alex)
CALLBACK=$(pb_consent "$MEMBER" alex)
START=$(ms)
curl -s -o /dev/null "$CALLBACK"
pb_synced "$MEMBER" 600
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
