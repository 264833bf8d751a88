#!/usr/bin/env bash
# Benchmark of the exports, the report and the archive import on the packaged jar (demo mode, fresh H2 file
# database), with the emulator's full-kit persona (five years) synced first under a raised request budget:
#   1. FHIR NDJSON of the whole history: time to the last byte, and the server's resident memory (VmRSS) before
#      and after (the export streams: the growth must stay small),
#   2. the home blood-pressure report as a PDF, warm (the median of 5 requests after 2 warm-up requests),
#   3. the Withings-archive import of the same history into a new member: from the upload to DONE.
# Usage: bench/export.sh [port]   (on a quiet machine: while no build or other benchmark runs)
set -euo pipefail
PORT=${1:-18086}
. "$(dirname "$0")/lib.sh"
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx320m -XX:+UseSerialGC"}

pb_start --pulseboard.withings.requests-per-minute=6000 --pulseboard.emulator.rate-limit-per-minute=6000
pb_setup
MEMBER=$(pb_member Alex)
pb_connect "$MEMBER" alex
pb_synced "$MEMBER" 600
OUT=$DATA/out
mkdir -p "$OUT"

# Warm the export path once on a small range, then measure the whole history.
curl -sf -H "$AUTH" -o /dev/null "$BASE/api/v1/members/$MEMBER/export?format=fhir-ndjson&from=2026-01-01&to=2026-01-08"
RSS_BEFORE=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
START=$(ms)
curl -sf -H "$AUTH" -o "$OUT/fhir.zip" "$BASE/api/v1/members/$MEMBER/export?format=fhir-ndjson"
NDJSON_MS=$(( $(ms) - START ))
RSS_AFTER=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
OBSERVATIONS=$(unzip -p "$OUT/fhir.zip" Observation.ndjson | wc -l)
ZIP_KB=$(( $(stat -c %s "$OUT/fhir.zip") / 1024 ))

for _ in 1 2; do
  curl -sf -H "$AUTH" -o /dev/null "$BASE/api/v1/members/$MEMBER/reports/blood-pressure?format=pdf"
done
PDF_TIMES=()
for _ in 1 2 3 4 5; do
  START=$(ms)
  curl -sf -H "$AUTH" -o "$OUT/report.pdf" "$BASE/api/v1/members/$MEMBER/reports/blood-pressure?format=pdf"
  PDF_TIMES+=($(( $(ms) - START )))
done
PDF_MEDIAN=$(printf '%s\n' "${PDF_TIMES[@]}" | sort -n | sed -n 3p)

curl -sf -H "$AUTH" -o "$OUT/archive.zip" "$BASE/api/v1/members/$MEMBER/export?format=withings-csv"
COPY=$(pb_member "Alex from the archive")
START=$(ms)
IMPORT=$(curl -sf -H "$AUTH" -F "file=@$OUT/archive.zip" -F "timeZone=Europe/Paris" \
  "$BASE/api/v1/members/$COPY/imports" | json 'd["id"]')
deadline 300
until curl -sf -H "$AUTH" "$BASE/api/v1/members/$COPY/imports/$IMPORT" | json 'd["state"]' | grep -qv RUNNING; do
  check "the import"; sleep 0.1
done
IMPORT_MS=$(( $(ms) - START ))
STATE=$(curl -sf -H "$AUTH" "$BASE/api/v1/members/$COPY/imports/$IMPORT" \
  | json 'd["state"] + " " + ",".join(f["name"] + "=" + str(f["imported"]) for f in d["files"])')

echo "fhir_ndjson_ms=$NDJSON_MS observations=$OBSERVATIONS zip_kib=$ZIP_KB"
echo "rss_before_mib=$(( RSS_BEFORE / 1024 )) rss_after_mib=$(( RSS_AFTER / 1024 )) growth_mib=$(( (RSS_AFTER - RSS_BEFORE) / 1024 ))"
echo "bp_pdf_warm_median_ms=$PDF_MEDIAN (runs: ${PDF_TIMES[*]})"
echo "archive_import_ms=$IMPORT_MS state=$STATE"
