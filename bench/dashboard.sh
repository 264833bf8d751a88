#!/usr/bin/env bash
# Benchmark of the server-rendered pages on the packaged jar, in demo mode with a fresh data directory:
#   1. a member section over the full-kit persona's whole history (5 years of near-daily weigh-ins with body
#      composition): /members/{id}/body?range=all, the landing page, /heart, /sleep, /activity and /ecg;
#   2. the household overview with 10 members (3 linked to the emulator's personas with data, 7 without).
# Each page is fetched WARMUP times, then N times one after another; the script prints p50, p95 and max of the
# server's time to the last byte as curl measures it on localhost.
# Usage: bench/dashboard.sh [port] [n]   (builds target/pulseboard.jar first if it is missing)
set -euo pipefail
PORT=${1:-18081}
N=${2:-200}
WARMUP=50
. "$(dirname "$0")/lib.sh"
COOKIES="$DATA/cookies"

# The backfill is not what is measured: lift the emulator's and the client's 120 requests a minute.
pb_start --pulseboard.withings.requests-per-minute=6000 --pulseboard.emulator.rate-limit-per-minute=6000
pb_setup
connect() { # member persona: links the member and waits for its backfill
  pb_connect "$1" "$2"
  pb_synced "$1"
}

ALEX=$(pb_member Alex); connect "$ALEX" alex
SAM=$(pb_member Sam); connect "$SAM" sam
AROHA=$(pb_member Aroha); connect "$AROHA" aroha
for i in 4 5 6 7 8 9 10; do pb_member "Member $i" >/dev/null; done
WEIGHINS=$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$ALEX/measurements?type=weight" | json 'len(d["items"])')

# Sign in through the login form, as a browser does (CSRF token from the form, session cookie in the jar).
CSRF=$(curl -sf -c "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -sf -b "$COOKIES" -c "$COOKIES" -o /dev/null -X POST "$BASE/login" \
  --data-urlencode "username=bench@example.org" --data-urlencode "password=benchmark password" \
  --data-urlencode "_csrf=$CSRF"

measure() { # name path
  local i
  for i in $(seq $WARMUP); do curl -sf -b "$COOKIES" -o /dev/null "$BASE$2"; done
  for i in $(seq "$N"); do curl -sf -b "$COOKIES" -o /dev/null -w '%{time_total}\n' "$BASE$2"; done | python3 -c "
import sys
t = sorted(float(x) * 1000 for x in sys.stdin)
p = lambda q: t[min(len(t) - 1, int(q * len(t)))]
print('$1 n=%d p50_ms=%.1f p95_ms=%.1f max_ms=%.1f' % (len(t), p(0.5), p(0.95), t[-1]))"
}

echo "alex_weigh_ins=$WEIGHINS"
measure baseline_static_css "/css/pulseboard.css"
measure baseline_sleep_section "/members/$ALEX/sleep"
measure body_all "/members/$ALEX/body?range=all"
measure landing_all "/members/$ALEX?range=all"
measure heart_all "/members/$ALEX/heart?range=all"
measure body_90d "/members/$ALEX/body"
measure sleep_all "/members/$ALEX/sleep?range=all"
measure activity_all "/members/$ALEX/activity?range=all"
measure ecg_all "/members/$ALEX/ecg?range=all"
measure overview_10_members "/"
