#!/usr/bin/env bash
# Load run of the Withings client's app-wide budget: MEMBERS members backfilling at once against the emulator.
#
# The packaged jar in demo mode; the emulator generates MEMBERS five-year full-kit users (POST _admin/users), each
# linked to a Pulseboard member through the usual consent form, so every member starts its backfill (about 280
# calls each) within seconds of the others. Then, for MINUTES minutes, the emulator's own count of requests (it
# answers status 601 past 120 a minute per client id, as Withings does) gives the calls per minute and the 601s.
# Target: zero 601 and at least 95 % of the 120 requests/minute budget used.
# Usage: bench/load.sh [port] [members] [minutes]
set -euo pipefail
PORT=${1:-18085}
MEMBERS=${2:-200}
MINUTES=${3:-5}
. "$(dirname "$0")/lib.sh"

# The emulator holds every generated history in memory (about 2 MB each), next to Pulseboard.
JAVA_OPTS=${JAVA_OPTS:--Xmx1g -XX:+UseSerialGC} pb_start
pb_setup
USERS=$(curl -sf -X POST "$EMU/users" -H 'Content-Type: application/json' \
  -d "{\"persona\":\"alex\",\"count\":$MEMBERS,\"clientId\":\"pulseboard-demo\"}" | json '" ".join(u["id"] for u in d["users"])')
CONNECT_START=$(date +%s)
for persona in $USERS; do
  pb_connect "$(pb_member "$persona")" "$persona"
done
echo "members_connected=$MEMBERS in $(( $(date +%s) - CONNECT_START )) s"
CONNECTED=$(curl -sf -H "$AUTH" "$BASE/api/v1/members" | json 'sum(1 for m in d if (m.get("withings") or {}).get("userId"))')
echo "linked_members=$CONNECTED"

# Measure whole minutes once the connect burst is over.
sleep 30
S0=$(stats); T0=$(date +%s)
sleep $(( MINUTES * 60 ))
S1=$(stats); T1=$(date +%s)
python3 - "$S0" "$S1" "$T0" "$T1" <<'EOF'
import json, sys
s0, s1 = json.loads(sys.argv[1]), json.loads(sys.argv[2])
minutes = (int(sys.argv[4]) - int(sys.argv[3])) / 60
calls = sum(s1["requests"].values()) - sum(s0["requests"].values())
oauth = sum(v for k, v in s1["requests"].items() if "oauth2" in k) - sum(v for k, v in s0["requests"].items() if "oauth2" in k)
per_minute = calls / minutes
print(f"window_minutes={minutes:.2f} calls={calls} (oauth2 {oauth}) per_minute={per_minute:.1f} "
      f"budget_used={per_minute / 120:.1%} status601_in_window={s1['status601'] - s0['status601']} "
      f"status601_total={s1['status601']}")
print("calls_in_window_by_endpoint: " + ", ".join(
    f"{k}={s1['requests'].get(k, 0) - s0['requests'].get(k, 0)}" for k in sorted(s1["requests"])
    if s1["requests"].get(k, 0) != s0["requests"].get(k, 0)))
EOF
grep -c "Withings rate limit\|status 601" "$DATA/server.log" | sed 's/^/server_log_601_mentions=/' || true
