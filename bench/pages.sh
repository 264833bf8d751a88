#!/usr/bin/env bash
# Page latencies under load (issue 18): the packaged jar in demo mode on a fresh data directory, a household of
# MEMBERS members (LINKED of them linked to clones of the full-kit persona alex: five years of scale, blood-pressure, sleep,
# activity and ECG data each; the rest without data), signed in through the login form as a browser is. For every
# member section over the whole history, the landing page and the overview, and /actuator/health as the yardstick
# in the same run, wrk runs SECONDS seconds at 1 connection and then at 8 connections and prints p50/p99 and the
# requests a second. Extra server arguments after the fourth argument (for example
# --pulseboard.pages.cache-entries=0 --pulseboard.pages.card-cache-entries=0 to measure every request uncached).
# JVM options from JAVA_OPTS, by default the small box's (-Xms64m -Xmx320m -XX:+UseSerialGC).
# EMULATOR=apart runs the Withings emulator in its own process (on port+1, with its own 1 GiB heap) and Pulseboard
# against it as a real installation runs against Withings: the personas' generated histories are then not in the
# measured server's heap (in demo mode they are, about 100 MB for five full-kit clones).
# DB=postgres puts Pulseboard's database on Debian's PostgreSQL 15 (initdb'd in the data directory, on a free port,
# fsync off as in the other PostgreSQL benches; run as root), where it runs for real, instead of the H2 file.
# Usage: bench/pages.sh [port] [members] [linked] [seconds] [server arguments...]
set -euo pipefail
PORT=${1:-18181}
MEMBERS=${2:-50}
LINKED=${3:-5}
SECONDS_EACH=${4:-8}
shift $(( $# < 4 ? $# : 4 ))
. "$(dirname "$0")/lib.sh"
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx320m -XX:+UseSerialGC"}
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)"; exit 1; }
COOKIES="$DATA/cookies"

if [ "${DB:-}" = postgres ]; then
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  chmod 755 "$DATA"; mkdir "$DATA/pg"; chown postgres "$DATA/pg"
  runuser -u postgres -- initdb -D "$DATA/pg" -A trust -U postgres >/dev/null
  runuser -u postgres -- pg_ctl -D "$DATA/pg" -o "-p $PGPORT -k $DATA/pg -c fsync=off" -l "$DATA/pg/log" \
    start >/dev/null
  PB_ON_EXIT='runuser -u postgres -- pg_ctl -D "$DATA/pg" -m immediate stop >/dev/null 2>&1 || true'
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -At -c "create database pulseboard" >/dev/null
  set -- --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/pulseboard" \
    --spring.datasource.username=postgres "$@"
fi

# The backfill is not what is measured: lift the emulator's and the client's 120 requests a minute.
CLIENT=pulseboard-demo
if [ "${EMULATOR:-}" = apart ]; then
  EPORT=$((PORT + 1)); CLIENT=bench
  java -Xmx1g -XX:+UseSerialGC -jar "$JAR" --pulseboard.mode=emulator --server.port="$EPORT" \
    --pulseboard.emulator.rate-limit-per-minute=60000 \
    --pulseboard.emulator.clients[0].client-id=$CLIENT --pulseboard.emulator.clients[0].client-secret=bench-secret \
    --pulseboard.emulator.clients[0].redirect-uris[0]="$BASE/withings/callback" >"$DATA/emulator.log" 2>&1 &
  EPID=$!
  EMU="http://localhost:$EPORT/_admin"
  deadline 120
  until curl -sf "$EMU/personas" >/dev/null; do check "the emulator"; sleep 0.2; done
  pb_start --pulseboard.withings.requests-per-minute=60000 --pulseboard.encryption-key="$(openssl rand -base64 32)" \
    --pulseboard.public-url="$BASE" --pulseboard.withings.client-id=$CLIENT \
    --pulseboard.withings.client-secret=bench-secret --pulseboard.withings.redirect-uri="$BASE/withings/callback" \
    --pulseboard.withings.account-url="http://localhost:$EPORT" --pulseboard.withings.api-url="http://localhost:$EPORT" "$@"
else
  pb_start --pulseboard.withings.requests-per-minute=60000 --pulseboard.emulator.rate-limit-per-minute=60000 "$@"
fi
pb_setup
# Linked members are the emulator's clones of alex (a Withings account links to one member only).
PERSONAS=($(curl -sf -X POST "$EMU/users" -H 'Content-Type: application/json' \
  -d "{\"persona\":\"alex\",\"count\":$LINKED,\"clientId\":\"$CLIENT\"}" | json '" ".join(u["id"] for u in d["users"])'))
FIRST=
IDS=()
for i in $(seq 1 "$MEMBERS"); do
  ID=$(pb_member "Member $i")
  IDS+=("$ID")
  [ -n "$FIRST" ] || FIRST=$ID
  if [ "$i" -le "$LINKED" ]; then pb_connect "$ID" "${PERSONAS[$((i - 1))]}"; fi
done
for i in $(seq 1 "$LINKED"); do pb_synced "${IDS[$((i - 1))]}" 900; done
WEIGHINS=$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$FIRST/measurements?type=weight" | json 'len(d["items"])')

# Sign in through the login form (CSRF token from the form, session cookie in the jar), as bench/dashboard.sh.
CSRF=$(curl -sf -c "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -sf -b "$COOKIES" -c "$COOKIES" -o /dev/null -X POST "$BASE/login" \
  --data-urlencode "username=bench@example.org" --data-urlencode "password=benchmark password" \
  --data-urlencode "_csrf=$CSRF"
COOKIE=$(sed 's/^#HttpOnly_//' "$COOKIES" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
[ "$(curl -s -H "Cookie: $COOKIE" -o /dev/null -w '%{http_code}' "$BASE/members/$FIRST/body?range=all")" = 200 ] \
  || { echo "not signed in"; exit 1; }

measure() { # name path connections
  local out
  out=$(wrk -t"$(( $3 < 2 ? 1 : 2 ))" -c"$3" -d"${SECONDS_EACH}s" --latency -H "Cookie: $COOKIE" "$BASE$2")
  if echo "$out" | grep -q 'Non-2xx'; then echo "$1: non-2xx answers"; echo "$out"; exit 1; fi
  echo "$out" | python3 -c "
import re, sys
t = sys.stdin.read()
def ms(v, u):
    return float(v) * {'us': 0.001, 'ms': 1, 's': 1000}[u]
q = {p: ms(v, u) for p, v, u in re.findall(r'^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$', t, re.M)}
rps = re.search(r'Requests/sec:\s+([\d.]+)', t).group(1)
print('%-22s c=%s p50_ms=%7.1f p99_ms=%7.1f req_per_s=%s' % ('$1', $3, q['50'], q['99'], rps))"
}

echo "database=${DB:-h2} emulator=${EMULATOR:-in-process} members=$MEMBERS linked=$LINKED weigh_ins_of_one=$WEIGHINS seconds_each=$SECONDS_EACH"
echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
# One untimed pass first: what a cache keeps is measured warm, as a family's second visit.
for path in / "/members/$FIRST?range=all" body heart sleep activity ecg devices; do
  case $path in /*) p=$path ;; *) p="/members/$FIRST/$path?range=all" ;; esac
  curl -sf -H "Cookie: $COOKIE" -o /dev/null -w "first_request $p %{time_total}s\n" "$BASE$p"
done
for c in 1 8; do
  measure health /actuator/health "$c"
  measure "overview_$MEMBERS" / "$c"
  measure landing_all "/members/$FIRST?range=all" "$c"
  for s in body heart sleep activity ecg devices; do
    measure "${s}_all" "/members/$FIRST/$s?range=all" "$c"
  done
  measure body_90d "/members/$FIRST/body" "$c"
  # The default range's Heart page also reads the day before the range (its home averages' first day).
  measure heart_90d "/members/$FIRST/heart" "$c"
done
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg) rss_mib=$(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 ))"
