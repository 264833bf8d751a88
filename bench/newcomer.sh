#!/usr/bin/env bash
# Benchmark of the newcomer path on the packaged jar, in demo mode with a fresh data directory:
#   1. time from `java -jar` to a healthy /actuator/health,
#   2. the backfill of the emulator's full-kit persona (five years): from the OAuth callback until every weigh-in
#      is served by the API, and until the whole sync (measures, sleep, activity, devices) has succeeded, under
#      Withings' real budget of 120 requests a minute,
#   3. the server's resident memory (VmRSS) after the path, and of it the anonymous and the file-backed pages.
# With DIAG=DIR it also keeps, in DIR: the emulator's request counts when the weigh-ins are served (stats.json), the
# heap's class histogram after the path (histogram.txt, made after a full GC), the native memory summary (nmt.txt;
# needs -XX:NativeMemoryTracking=summary in JAVA_OPTS) and the server's log.
# Usage: bench/newcomer.sh [port]   (builds target/pulseboard.jar first if it is missing)
set -euo pipefail
PORT=${1:-18080}
. "$(dirname "$0")/lib.sh"

START=$(ms)
pb_start
HEALTHY=$(( $(ms) - START ))

pb_setup
MEMBER=$(pb_member Alex)
CALLBACK=$(pb_consent "$MEMBER" alex)
EXPECTED=$(curl -sf "$BASE/emulator/withings/_admin/personas/alex/measures?type=1" | json 'd["count"]')
SYNC_START=$(ms)
curl -s -o /dev/null "$CALLBACK"
deadline 600
until [ "$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/measurements?type=weight" | json 'len(d["items"])')" = "$EXPECTED" ]; do
  check "the weigh-ins"; sleep 0.05
done
WEIGHTS=$(( $(ms) - SYNC_START ))
[ -z "${DIAG:-}" ] || { mkdir -p "$DIAG"; stats >"$DIAG/stats.json"; }
until curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/sync" | json 'd["lastSuccessAt"] or ""' | grep -q .; do
  check "the whole sync"; sleep 0.05
done
BACKFILL=$(( $(ms) - SYNC_START ))
WEIGHINS=$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/measurements?type=weight" | json 'len(d["items"])')
PAGES=$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$MEMBER/sync" | json 'd["progress"]["pagesFetched"]')
RSS_KB=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
# Of it: anonymous memory (heap, metaspace, code, threads) and file pages (the jar, the JDK's and the image's class
# archives mapped into memory; clean pages the kernel can drop and read again).
RSS_ANON_KB=$(awk '/RssAnon/ {print $2}' /proc/$PID/status)
RSS_FILE_KB=$(awk '/RssFile/ {print $2}' /proc/$PID/status)
if [ -n "${DIAG:-}" ]; then
  jcmd "$PID" VM.native_memory summary >"$DIAG/nmt.txt" 2>&1 || true
  jcmd "$PID" GC.class_histogram >"$DIAG/histogram.txt" 2>&1 || true
  cp "$DATA/server.log" "$DIAG/server.log"
fi

echo "startup_to_healthy_ms=$HEALTHY"
echo "weigh_ins_served_ms=$WEIGHTS weigh_ins=$WEIGHINS"
echo "full_backfill_ms=$BACKFILL pages=$PAGES"
echo "rss_mib=$(( RSS_KB / 1024 )) anon_mib=$(( RSS_ANON_KB / 1024 )) file_mib=$(( RSS_FILE_KB / 1024 ))"
