#!/usr/bin/env bash
# How soon a member's charts are drawn in headless Chromium (target: 1.5 s), on the packaged jar in demo mode with a
# fresh data directory and the full-kit persona (alex). For each section, ChartsReadyBenchmark (a test-scope main,
# not a timed test) loads the page RUNS times after two warm-up loads and reports p50, p95 and max of the time from
# navigation start until charts.js has drawn every chart (window.pulseboardChartsReadyAt): server time, HTML,
# scripts from WebJars and drawing included.
# Usage: bench/charts-ready.sh [port] [runs] [screenshots]   (needs /usr/bin/chromium and /usr/bin/chromedriver)
set -euo pipefail
PORT=${1:-18082}
RUNS=${2:-20}
SHOTS=${3:-}
. "$(dirname "$0")/lib.sh"
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt

# The emulator keeps Withings' real 120 requests a minute unless told otherwise; the backfill is not what is measured.
pb_start --pulseboard.withings.requests-per-minute=6000 --pulseboard.emulator.rate-limit-per-minute=6000
pb_setup
ALEX=$(pb_member Alex)
pb_connect "$ALEX" alex
pb_synced "$ALEX"

java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.pulseboard.dashboard.ChartsReadyBenchmark "$BASE" bench@example.org 'benchmark password' "$ALEX" "$RUNS" \
  $SHOTS 2>/dev/null
