#!/usr/bin/env bash
# Stops exactly what up.sh started (by the pid files it wrote), services first, then Kafka and PostgreSQL.
# Data in deploy/local/.data is kept.
set -uo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
RUN="$HERE/.run"

stop() {
  local pidfile="$1" expect="$2" pid
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  # only a process that is still the one we started (pids can be reused)
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q "$expect"; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "  $(basename "$pidfile" .pid) did not stop in 30 s; killing it"
      kill -KILL "$pid" 2>/dev/null
    fi
    echo "  stopped $(basename "$pidfile" .pid) (pid $pid)"
  fi
  rm -f "$pidfile"
}

[ -d "$RUN" ] || { echo "nothing to stop"; exit 0; }
for pidfile in "$RUN"/*.pid; do
  [ -e "$pidfile" ] || continue
  [ "$(basename "$pidfile")" = infra.pid ] && continue
  stop "$pidfile" quarkus-run.jar
done
stop "$RUN/infra.pid" LocalInfraMain
rm -f "$RUN/infra.ready"
echo "KAM stopped; data kept in deploy/local/.data"
