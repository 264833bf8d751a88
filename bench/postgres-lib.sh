# Shared by the benches that run instances of the packaged jar on one PostgreSQL (takeover.sh, two-instances.sh):
# a throw-away Debian PostgreSQL cluster in $WORK on a free port, every started process in PIDS, everything stopped
# and removed on exit. Source it from the repository root.
[ -f target/pulseboard.jar ] || { echo "build target/pulseboard.jar first"; exit 1; }
WORK=$(mktemp -d); chmod 755 "$WORK"
PIDS=()
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  runuser -u postgres -- pg_ctl -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }

# pg_start [server options...]: initialises and starts the cluster (fsync off) and sets PGPORT.
pg_start() {
  PGPORT=$(free_port)
  mkdir "$WORK/pg" && chown postgres "$WORK/pg"
  runuser -u postgres -- initdb -D "$WORK/pg" -A trust -U postgres >/dev/null
  runuser -u postgres -- pg_ctl -D "$WORK/pg" -o "-p $PGPORT -k $WORK/pg -c fsync=off $*" -l "$WORK/pg/log" \
    start >/dev/null
}
