#!/usr/bin/env bash
# Healthy when GET /actuator/health answers {"status":"UP"}. Plain bash (no curl in the JRE image).
# Used by the image's HEALTHCHECK and by check-image-start.sh.
set -euo pipefail
# With management.server.port set, the health endpoint moves to that port.
port="${1:-${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:-8080}}}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
grep -q '"status":"UP"' <&3
