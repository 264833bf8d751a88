#!/usr/bin/env bash
# Does what deploy/Dockerfile does, without a container engine: extracts the jar into layers with -Djarmode=tools,
# makes the CDS archive with the same training run, starts Pulseboard with the image's flags on a fresh data
# directory and a free port, and waits for deploy/healthcheck.sh to pass. Fails if any step fails, if the start
# takes longer than the health check's start period, or if the archive was not used.
#   deploy/check-image-start.sh [path/to/pulseboard.jar]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$(cd "$(dirname "${1:-$here/../target/pulseboard.jar}")" && pwd)/$(basename "${1:-pulseboard.jar}")"
work="$(mktemp -d)"
pid=""
cleanup() {
  if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

cp "$jar" "$work/pulseboard.jar"
cd "$work"
java -Djarmode=tools -jar pulseboard.jar extract --layers --destination extracted
mkdir app
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  cp -r "extracted/$layer/." app/
done
cd app
java -Xms64m -Xmx320m -XX:+UseSerialGC -XX:ArchiveClassesAtExit=pulseboard.jsa -Dspring.context.exit=onRefresh \
  -Dpulseboard.data-dir="$work/cds-training" -jar pulseboard.jar > "$work/training.log" 2>&1 \
  || { tail -40 "$work/training.log"; echo "FAIL: the CDS training run failed"; exit 1; }
[[ -s pulseboard.jsa ]] || { echo "FAIL: no CDS archive was written"; exit 1; }
rm -rf "$work/cds-training"

# A free port, in plain bash (the CI machine has a JDK, Maven and what .ci/run installs; no python, no curl needed).
port=""
for _ in $(seq 1 50); do
  candidate=$(( 20000 + RANDOM % 40000 ))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[[ -n "$port" ]] || { echo "FAIL: no free port found"; exit 1; }
start=$(date +%s%N)
PULSEBOARD_DATA_DIR="$work/data" SERVER_PORT="$port" \
  java -Xms64m -Xmx320m -XX:+UseSerialGC -XX:SharedArchiveFile=pulseboard.jsa -Xlog:cds=info:file="$work/cds.log" \
  -jar pulseboard.jar > "$work/server.log" 2>&1 &
pid=$!
deadline=$((SECONDS + 90))
until "$here/healthcheck.sh" "$port" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then tail -40 "$work/server.log"; echo "FAIL: the server exited"; exit 1; fi
  if (( SECONDS > deadline )); then tail -40 "$work/server.log"; echo "FAIL: not healthy within 90 s"; exit 1; fi
  sleep 0.5
done
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
elapsed="$(( elapsed_ms / 1000 )).$(( elapsed_ms % 1000 / 100 ))"
grep -q "Mapped dynamic region" "$work/cds.log" || { cat "$work/cds.log" | tail -20; echo "FAIL: the CDS archive was not mapped"; exit 1; }
rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
echo "OK: extracted into layers, CDS archive $(du -m pulseboard.jsa | cut -f1) MiB, healthy after ${elapsed} s, RSS ${rss} MiB"
