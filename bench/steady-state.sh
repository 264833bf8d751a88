#!/usr/bin/env bash
# Steady state with webhooks: Withings calls per member per day once the history is in.
#
# The packaged jar in demo mode with the emulator's shared clock (pulseboard.emulator.shared-clock): Pulseboard's
# own time is the emulator's, so when the emulator's clock moves an hour, tokens age, deferred runs fall due and the
# weekly safety net comes round exactly as in an hour of real time. The full-kit persona (alex) connects, the
# backfill runs, then the clock moves forward an hour at a time (SECONDS_PER_HOUR real seconds each) for DAYS days.
# Every weigh-in, blood pressure, night, watch sync, workout and ECG the persona "uploads" on the way fires its
# webhook, as Withings would, and Pulseboard fetches what it needs. Nothing is corrected or added afterwards.
#
# Reported, from the emulator's own counts: every call in the DAYS days per endpoint and per day (token renewals,
# subscription checks and the weekly safety net included: it falls due on the last day); the notifications by
# appli; and the data calls per notification over the days before the safety net.
# WEEK=usual (default): the persona measured its blood pressure morning and evening (the home protocol) in the four
# weeks before "today" and goes back to its usual mornings (about four a week) from then on, the habits the issue's
# calls target was set on; WEEK=protocol: it keeps to the home protocol through the week (four readings a day).
# Usage: [WEEK=usual|protocol] bench/steady-state.sh [port] [days >= 7] [seconds-per-hour]
set -euo pipefail
PORT=${1:-18084}
DAYS=${2:-7}
SPH=${3:-2}
WEEK=${WEEK:-usual}
case "$WEEK" in
  usual) AHEAD=false ;;
  protocol) AHEAD=true ;;
  *) echo "WEEK is usual or protocol, not '$WEEK'" >&2; exit 2 ;;
esac
. "$(dirname "$0")/lib.sh"
total() { stats | json 'sum(d["requests"].values())'; }
last_delivery() { curl -sf "$EMU/deliveries" | json 'max([x["id"] for x in d], default=0)'; }

pb_start --pulseboard.emulator.shared-clock=true --pulseboard.emulator.home-protocol-ahead=$AHEAD
echo "week=$WEEK"
pb_setup
MEMBER=$(pb_member Alex)
pb_connect "$MEMBER" alex
idle() {
  curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/sync" \
    | json '"yes" if d["lastSuccessAt"] and d["state"] in ("IDLE","FAILED") else ""' | grep -q yes
}
# Quiet: idle, and no Withings call for a few seconds.
quiesce() {
  local last now
  deadline "$1"
  last=$(total)
  while true; do
    sleep 3
    now=$(total)
    if [ "$now" = "$last" ] && idle; then break; fi
    last=$now
    check "quiet"
  done
}
deadline 900
until idle; do check "the backfill"; sleep 0.5; done
quiesce 300
echo "backfill_calls=$(total)"

hours() {
  for _ in $(seq 1 "$1"); do
    curl -sf -X POST "$EMU/clock" -H 'Content-Type: application/json' -d '{"advanceSeconds":3600}' >/dev/null
    sleep "$SPH"
  done
  quiesce 300
}
report() { # label stats-before stats-after deliveries-before deliveries-after days
  python3 - "$@" <<'EOF2'
import json, sys, urllib.request
label, s0, s1, d0, d1, days = sys.argv[1], json.loads(sys.argv[2])["requests"], json.loads(sys.argv[3])["requests"], int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
calls = {k: s1.get(k, 0) - s0.get(k, 0) for k in s1 if s1.get(k, 0) != s0.get(k, 0)}
total = sum(calls.values())
data = sum(v for k, v in calls.items() if "oauth2" not in k and not k.startswith("/notify"))
print(f"{label}: {days:g} days")
for k, v in sorted(calls.items()):
    print(f"  {k}: {v} ({v / days:.2f}/day)")
print(f"  notifications={d1 - d0} ({(d1 - d0) / days:.2f}/day)")
print(f"  calls={total} ({total / days:.2f}/day); data calls={data}, per notification={data / max(1, d1 - d0):.2f}")
EOF2
}
by_appli() {
  curl -sf "$EMU/deliveries" | python3 -c "
import sys, json, collections
d = [x for x in json.load(sys.stdin) if $1 < x['id'] <= $2]
print('  notifications_by_appli: ' + ', '.join(f'{a}={n}' for a, n in sorted(collections.Counter(x['appli'] for x in d).items())))"
}

S0=$(stats); D0=$(last_delivery); START=$(date +%s)
hours $(( (DAYS - 1) * 24 ))
S1=$(stats); D1=$(last_delivery)
report "before the safety net" "$S0" "$S1" "$D0" "$D1" "$(( DAYS - 1 ))"
by_appli "$D0" "$D1"
# The last day: the weekly full sync (the only run that asks for devices) falls due at its end. A visit that finds
# the member busy with a notified run waits for the next minute, so the clock goes on 10 minutes at a time until
# the full sync has run (counted in the days).
devices() { stats | json 'd["requests"].get("/v2/user getdevice", 0)'; }
BEFORE_FULL=$(devices)
hours 24
EXTRA=0
while [ "$(devices)" = "$BEFORE_FULL" ] && [ "$EXTRA" -lt 12 ]; do
  curl -sf -X POST "$EMU/clock" -H 'Content-Type: application/json' -d '{"advanceSeconds":600}' >/dev/null
  sleep 1
  quiesce 120
  EXTRA=$(( EXTRA + 1 ))
done
LAST=$(python3 -c "print(1 + $EXTRA * 600 / 86400)")
S2=$(stats); D2=$(last_delivery)
report "last day (the weekly safety net falls due; $(( EXTRA * 10 )) more minutes for it to run)" "$S1" "$S2" "$D1" "$D2" "$LAST"
by_appli "$D1" "$D2"
report "all days" "$S0" "$S2" "$D0" "$D2" "$(python3 -c "print($DAYS - 1 + $LAST)")"
echo "real_seconds=$(( $(date +%s) - START )) status601=$(stats | json 'd["status601"]')"
echo "calls_refused_for_an_expired_token=$(grep -c "refused the access token" "$DATA/server.log" || true)"
