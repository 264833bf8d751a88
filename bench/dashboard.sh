#!/usr/bin/env bash
# Benchmark of the server-rendered pages on the packaged jar, in demo mode with a fresh data directory:
#   1. a member section over the full-kit persona's whole history (5 years of near-daily weigh-ins with body
#      composition): /members/{id}/body?range=all, the landing page, /heart, /sleep, /activity and /ecg;
#   2. the household overview with 10 members (3 linked to the emulator's personas with data, 7 without).
# Each page is fetched WARMUP times, then N times one after another; the script prints p50, p95 and max of the
# server's time to the last byte as curl measures it on localhost.
# Usage: bench/dashboard.sh [port] [n]   (builds target/pulseboard.jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18081}
N=${2:-200}
WARMUP=50
BASE="http://localhost:$PORT"
[ -f target/pulseboard.jar ] || ./mvnw -q -B -DskipTests package
DATA=$(mktemp -d)
JAR="$DATA/cookies"
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT

json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }

# The backfill is not what is measured: lift the emulator's and the client's 120 requests a minute.
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

add_member() {
  curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' "$BASE/api/v1/members" \
    -d "{\"name\":\"$1\"}" | json 'd["id"]'
}
connect() { # member persona: consent as a script, then wait for the backfill
  local url callback
  url=$(curl -sf -X POST -H "$AUTH" "$BASE/api/v1/members/$1/withings/authorization" | json 'd["authorizationUrl"]')
  callback=$(curl -s -o /dev/null -w '%{redirect_url}' -X POST "${url%%\?*}" --data "${url#*\?}&persona=$2&decision=allow")
  curl -s -o /dev/null "$callback"
  until curl -sf -H "$AUTH" "$BASE/api/v1/members/$1/sync" | json 'd["lastSuccessAt"] or ""' | grep -q .; do
    sleep 0.2
  done
}

ALEX=$(add_member Alex); connect "$ALEX" alex
SAM=$(add_member Sam); connect "$SAM" sam
AROHA=$(add_member Aroha); connect "$AROHA" aroha
for i in 4 5 6 7 8 9 10; do add_member "Member $i" >/dev/null; done
WEIGHINS=$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$ALEX/measurements?type=weight" | json 'len(d["items"])')

# Sign in through the login form, as a browser does (CSRF token from the form, session cookie in the jar).
CSRF=$(curl -sf -c "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -sf -b "$JAR" -c "$JAR" -o /dev/null -X POST "$BASE/login" \
  --data-urlencode "username=bench@example.org" --data-urlencode "password=benchmark password" \
  --data-urlencode "_csrf=$CSRF"

measure() { # name path
  local i
  for i in $(seq $WARMUP); do curl -sf -b "$JAR" -o /dev/null "$BASE$2"; done
  for i in $(seq "$N"); do curl -sf -b "$JAR" -o /dev/null -w '%{time_total}\n' "$BASE$2"; done | python3 -c "
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
