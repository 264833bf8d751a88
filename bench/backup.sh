#!/usr/bin/env bash
# Backup of a five-year full-kit household while it syncs: the packaged jar in demo mode (embedded H2 file
# database), every emulator persona connected (the full-kit adult has five years of scale, blood pressure, ECG,
# sleep and activity), backfilled with a raised budget; then "Sync now" for every member and, while those runs
# are going, POST /api/v1/admin/backups. Measured: from the request until the file is listed; its size; the
# database file's size. Target: <= 10 s.
# Usage: bench/backup.sh [port]
set -euo pipefail
PORT=${1:-18090}
. "$(dirname "$0")/lib.sh"

pb_start --pulseboard.withings.requests-per-minute=6000 --pulseboard.emulator.rate-limit-per-minute=6000
pb_setup
MEMBERS=()
for persona in $(curl -sf "$EMU/personas" | json '" ".join(p["id"] for p in d)'); do
  m=$(pb_member "$persona"); pb_connect "$m" "$persona"; MEMBERS+=("$m")
done
for m in "${MEMBERS[@]}"; do pb_synced "$m" 900; done
curl -sf -X POST "$EMU/faults" -H 'Content-Type: application/json' \
  -d '{"path":"/v2/measure","action":"getintradayactivity","type":"delay","delayMs":1000,"count":-1}' >/dev/null
for m in "${MEMBERS[@]}"; do curl -sf -X POST -H "$AUTH" "$BASE/api/v1/members/$m/sync" >/dev/null; done
RUNNING=$(for m in "${MEMBERS[@]}"; do curl -sf -H "$AUTH" "$BASE/api/v1/members/$m/sync" | json 'd["state"]'; done | tr '\n' ' ')
START=$(ms)
FILE=$(curl -sf -X POST -H "$AUTH" "$BASE/api/v1/admin/backups" | json 'd["file"]')
deadline 120
until curl -sf -H "$AUTH" "$BASE/api/v1/admin/backups" | json '" ".join(i["file"] for i in d["items"])' | grep -q "$FILE"; do
  check "the backup"; sleep 0.05
done
TOOK=$(( $(ms) - START ))
AFTER=$(for m in "${MEMBERS[@]}"; do curl -sf -H "$AUTH" "$BASE/api/v1/members/$m/sync" | json 'd["state"]'; done | tr '\n' ' ')
SIZE=$(curl -sf -H "$AUTH" "$BASE/api/v1/admin/backups" | json 'd["items"][0]["size"]')
ROWS=$(for m in "${MEMBERS[@]}"; do curl -sf -H "$AUTH" "$BASE/api/v1/members/$m/measurements?type=weight" | json 'len(d["items"])'; done | paste -sd+ | bc)
echo "members=${#MEMBERS[@]} states_at_request=[$RUNNING] states_when_listed=[$AFTER] weigh_ins=$ROWS"
echo "backup_ms=$TOOK backup_mib=$(( SIZE / 1048576 )) database_mib=$(( $(stat -c %s "$DATA/pulseboard.mv.db") / 1048576 ))"
