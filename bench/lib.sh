# Shared by the bench scripts (source it after setting PORT): the packaged jar in demo mode on a fresh data
# directory, the installation's setup, members linked to emulator personas through the consent form, bounded waits.
# JAR names another packaged jar to start (default target/pulseboard.jar), for instance the image's extracted one with
# its AOT cache in JAVA_OPTS; the java on PATH starts it.
# Sets BASE, EMU and DATA; pb_start sets PID (and EPID, a script's emulator process, goes with it); pb_setup sets TOKEN and AUTH. The server and the data directory go
# when the script exits.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BASE="http://localhost:$PORT"
EMU="$BASE/emulator/withings/_admin"
JAR=${JAR:-target/pulseboard.jar}
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
if [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
  echo "warning: $JAR is older than the sources; './mvnw -B -DskipTests package' to measure them" >&2
fi
DATA=$(mktemp -d)
PID=
EPID=
# PB_ON_EXIT: a script's own clean-up (a database it started), run after its processes are stopped.
PB_ON_EXIT=
trap 'for p in $PID $EPID; do kill $p 2>/dev/null || true; wait $p 2>/dev/null || true; done; eval "$PB_ON_EXIT"; rm -rf "$DATA"' EXIT

ms() { date +%s%3N; }
# Every wait is bounded: give up after $1 seconds.
deadline() { DEADLINE=$(( $(date +%s) + $1 )); }
check() { [ "$(date +%s)" -lt "$DEADLINE" ] || { echo "timed out waiting for $1"; exit 1; }; }
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }
stats() { curl -sf "$EMU/stats"; }

# pb_start [server arguments...]: starts the jar (JVM options from JAVA_OPTS) and waits until it is healthy.
pb_start() {
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --pulseboard.data-dir="$DATA" "$@" \
    >"$DATA/server.log" 2>&1 &
  PID=$!
  deadline 60
  until curl -sf "$BASE/actuator/health" | grep -q '"UP"'; do
    check "the server"
    kill -0 "$PID" 2>/dev/null || { echo "server died"; tail -20 "$DATA/server.log"; exit 1; }
    sleep 0.05
  done
}

# The first-run setup and an API token.
pb_setup() {
  curl -sf -X POST "$BASE/api/v1/setup" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.org","password":"benchmark password","name":"Bench"}' >/dev/null
  TOKEN=$(curl -sf -X POST -u 'bench@example.org:benchmark password' "$BASE/api/v1/tokens" \
    -H 'Content-Type: application/json' -d '{"name":"bench"}' | json 'd["token"]')
  AUTH="Authorization: Bearer $TOKEN"
}

# pb_member NAME: adds a member, prints its id.
pb_member() {
  curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' "$BASE/api/v1/members" \
    -d "{\"name\":\"$1\"}" | json 'd["id"]'
}

# pb_consent MEMBER PERSONA: the emulator's consent form submitted as a script (the authorization URL's query plus
# persona and decision); prints the callback URL that links the member once it is fetched.
pb_consent() {
  local url
  url=$(curl -sf -X POST -H "$AUTH" "$BASE/api/v1/members/$1/withings/authorization" | json 'd["authorizationUrl"]')
  curl -s -o /dev/null -w '%{redirect_url}' -X POST "${url%%\?*}" --data "${url#*\?}&persona=$2&decision=allow"
}

# pb_connect MEMBER PERSONA: links the member; its backfill starts.
pb_connect() {
  curl -s -o /dev/null "$(pb_consent "$1" "$2")"
}

# pb_synced MEMBER [SECONDS]: waits until the member's sync has succeeded once and is idle.
pb_synced() {
  deadline "${2:-600}"
  until curl -sf -H "$AUTH" "$BASE/api/v1/members/$1/sync" \
      | json '"yes" if d["lastSuccessAt"] and d["state"] == "IDLE" else ""' | grep -q yes; do
    check "the sync of member $1"; sleep 0.2
  done
}
