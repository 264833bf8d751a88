#!/usr/bin/env bash
# Webhook intake under load: how fast Pulseboard answers Withings' notification POSTs (target: 2xx within 200 ms,
# after a durable insert into the inbox), and what a flood of them costs in Withings calls.
#
# The packaged jar in demo mode; a member linked to the persona nina (no history, so no backfill in the way); one
# reading added through the emulator so that its webhook shows the callback URL; then wrk POSTs notifications
# (form-encoded, as Withings sends them) at that URL for SECONDS with CONNECTIONS connections.
# Usage: bench/webhook.sh [port] [seconds] [connections]
set -euo pipefail
PORT=${1:-18086}
SECONDS_=${2:-15}
CONN=${3:-8}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
. "$(dirname "$0")/lib.sh"

pb_start
pb_setup
MEMBER=$(pb_member Nina)
pb_connect "$MEMBER" nina
pb_synced "$MEMBER" 60
NOW=$(date +%s)
curl -sf -X POST "$EMU/readings" -H 'Content-Type: application/json' \
  -d "{\"userId\":\"10000003\",\"type\":1,\"value\":61.2,\"time\":$NOW}" >/dev/null
deadline 30
until HOOK=$(curl -sf "$EMU/deliveries" | json 'd[0]["callbackUrl"] if d else ""') && [ -n "$HOOK" ]; do
  check "a webhook"; sleep 0.2
done
getmeas() { stats | json 'd["requests"].get("/measure getmeas", 0)'; }
BEFORE=$(getmeas)
cat > "$DATA/notify.lua" <<LUA
wrk.method = "POST"
wrk.body = "userid=10000003&appli=1&startdate=$(( NOW - 60 ))&enddate=$NOW"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA
wrk -t2 -c"$CONN" -d"${SECONDS_}s" --latency -s "$DATA/notify.lua" "$HOOK" | sed -n '1,20p' \
  | sed 's#/withings/notify/[^ ]*#/withings/notify/{secret}#'
sleep 5
echo "getmeas_calls_for_the_flood=$(( $(getmeas) - BEFORE ))"
