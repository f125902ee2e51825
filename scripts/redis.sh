#!/usr/bin/env bash
# A throw-away Redis server on loopback, for Redis clustering on one machine (tests, demos).
#
#   scripts/redis.sh install       install Debian's redis-server when it is missing (needs root)
#   scripts/redis.sh start [PORT]  install if needed, start a server on 127.0.0.1 (PORT, or a free
#                                  one) with its files in a temp folder, and print HOST:PORT
#   scripts/redis.sh stop PORT     stop the server that `start` started on PORT, delete its folder
#
# The server keeps nothing on disk (no snapshots, no append-only file).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/throwaway-server.sh"

state_dir() { echo "${TMPDIR:-/tmp}/gilgrid-redis-$1"; }

install() {
    command -v redis-server >/dev/null && command -v redis-cli >/dev/null && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "redis.sh: redis-server is not installed and installing it needs root (apt-get install redis-server)" >&2
        return 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine's package lists may be missing or stale: update only when the install fails.
    apt-get install -y -q redis-server >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null && apt-get install -y -q redis-server >/dev/null; }
    command -v redis-server >/dev/null
}

ping() { [ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = PONG ]; }


# Starts redis-server on $1 in the background; succeeds once it answers, fails if it exits.
start_on() {
    local port=$1 dir
    dir=$(state_dir "$port")
    mkdir -p "$dir"
    redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --save '' --appendonly no \
        --daemonize no --logfile "$dir/redis.log" </dev/null >/dev/null 2>&1 &
    local pid=$!
    echo "$pid" >"$dir/pid"
    for _ in $(seq 1 100); do
        ping "$port" && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    echo "redis.sh: redis-server did not start on port $port:" >&2
    tail -n 5 "$dir/redis.log" >&2 2>/dev/null || true
    rm -rf "$dir"
    return 1
}


stop() {
    local port=${1:?usage: redis.sh stop PORT} dir pid
    dir=$(state_dir "$port")
    if [ ! -f "$dir/pid" ]; then
        echo "redis.sh: no server started by this script on port $port" >&2
        return 1
    fi
    pid=$(cat "$dir/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    rm -rf "$dir"
}

address() { echo "127.0.0.1:$1"; }

case "${1:-}" in
    install) install ;;
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    *) echo "usage: scripts/redis.sh install | start [PORT] | stop PORT" >&2; exit 2 ;;
esac
