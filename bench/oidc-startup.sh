#!/usr/bin/env bash
# Start-up cost of sign-in with an identity provider (issue 15), on the packaged jar in demo mode with a fresh data
# directory each time: `java -jar` to a healthy /actuator/health with OIDC not configured, configured with the
# provider up (NAV's mock-oauth2-server, run standalone from the test classpath), and configured with the provider
# down (nothing listening on its port). Discovery is lazy, so the provider is first contacted by the first sign-in
# page, timed separately (the first GET /login, which discovers, then a second one). Also prints the CPU time the
# server used until healthy, a steadier figure than the wall clock on a shared machine.
# Usage: bench/oidc-startup.sh [port] [runs]   (JAVA_OPTS passes JVM options; builds what it needs if missing)
set -euo pipefail
PORT=${1:-18095}
RUNS=${2:-5}
IDP_PORT=$((PORT + 1))
. "$(dirname "$0")/lib.sh"

CP=target/bench-test-classpath.txt
[ -f "$CP" ] || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP"
IDP_PID=
trap 'for p in $PID $IDP_PID; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$DATA"' EXIT
ISSUER="http://localhost:$IDP_PORT/household"
OIDC=(--pulseboard.oidc.issuer-uri="$ISSUER" --pulseboard.oidc.client-id=bench --pulseboard.oidc.client-secret=bench)

idp_up() {
  SERVER_PORT=$IDP_PORT java -cp "$(cat "$CP")" no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt \
    >"$DATA/idp.log" 2>&1 &
  IDP_PID=$!
  deadline 60
  until curl -sf "$ISSUER/.well-known/openid-configuration" >/dev/null; do check "the provider"; sleep 0.05; done
}
idp_down() {
  if [ -n "$IDP_PID" ]; then kill "$IDP_PID"; wait "$IDP_PID" 2>/dev/null || true; IDP_PID=; fi
}
# once MODE [server arguments...]: one start on a fresh data directory; prints the time to healthy in ms.
once() {
  local mode=$1; shift
  rm -rf "${DATA:?}"/*
  local start; start=$(ms)
  pb_start "$@"
  local healthy=$(( $(ms) - start ))
  # CPU time the server used to get there (user + system): much less sensitive to other load than the wall clock.
  local cpu; cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$PID/stat")
  local first="" second=""
  if [ "$mode" != "off" ]; then
    pb_setup
    start=$(ms); curl -s -o /dev/null "$BASE/login"; first=$(( $(ms) - start ))
    start=$(ms); curl -s -o /dev/null "$BASE/login"; second=$(( $(ms) - start ))
  fi
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  echo "mode=$mode healthy_ms=$healthy cpu_ms=$cpu first_login_page_ms=${first:--} second_login_page_ms=${second:--}"
}

for run in $(seq "$RUNS"); do
  once off
  idp_up
  once up "${OIDC[@]}"
  idp_down
  once down "${OIDC[@]}"
done
