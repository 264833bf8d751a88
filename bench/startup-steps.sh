#!/usr/bin/env bash
# Where Pulseboard's start-up time goes (issue 18): starts the packaged jar once, extracted as the image does, on a
# fresh data directory, with Spring's start-up recording (bench/StartupSteps.java), and prints the self time of each
# kind of step and the slowest steps (bean creations by name). JAVA_OPTS: JVM options (default the README's
# small-box flags); arguments after the port go to the server (e.g. --spring.main.lazy-initialization=true).
# Usage: bench/startup-steps.sh [port] [server arguments...]
set -euo pipefail
PORT=${1:-18194}
shift || true
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx320m -XX:+UseSerialGC}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f target/pulseboard.jar ] || ./mvnw -q -B -DskipTests package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -Djarmode=tools -jar target/pulseboard.jar extract --destination "$WORK/x" >/dev/null
echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$WORK/x/pulseboard.jar" bench/StartupSteps.java --server.port="$PORT" \
  --pulseboard.data-dir="$WORK/data" --logging.level.root=WARN --spring.main.banner-mode=off "$@"
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)"
