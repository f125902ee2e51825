#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback, for PostgreSQL clustering on one machine (tests, demos).
#
#   scripts/postgres.sh install       install Debian's postgresql when it is missing (needs root)
#   scripts/postgres.sh start [PORT]  install if needed, start a server on 127.0.0.1 (PORT, or a
#                                     free one) with its data in a temp folder, and print an Npgsql
#                                     connection string for it
#   scripts/postgres.sh stop PORT     stop the server that `start` started on PORT, delete its folder
#
# The server trusts every local connection (no password) and runs with fsync off: its data is
# meant to die with it. PostgreSQL refuses to run as root, so as root the server runs as the
# `postgres` user that Debian's package creates.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/throwaway-server.sh"

state_dir() { echo "${TMPDIR:-/tmp}/gilgrid-postgres-$1"; }

# The folder of initdb, pg_ctl and postgres: Debian keeps them out of PATH, per major version.
bin_dir() {
    local newest
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
        echo "$newest"
    elif command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(command -v initdb)"
    else
        return 1
    fi
}

install() {
    bin_dir >/dev/null && command -v psql >/dev/null && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "postgres.sh: postgresql is not installed and installing it needs root (apt-get install postgresql)" >&2
        return 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine's package lists may be missing or stale: update only when the install fails.
    apt-get install -y -q postgresql >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; }
    bin_dir >/dev/null
}

# Runs a command as the server's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

ready() { "$(bin_dir)/pg_isready" -q -h 127.0.0.1 -p "$1" 2>/dev/null; }


# Creates a cluster in a fresh folder and starts it on $1; succeeds once it accepts connections.
start_on() {
    local port=$1 dir bin
    dir=$(state_dir "$port")
    bin=$(bin_dir)
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    if ! as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-sync \
        >"$dir/initdb.log" 2>&1; then
        echo "postgres.sh: initdb failed:" >&2
        tail -n 5 "$dir/initdb.log" >&2
        rm -rf "$dir"
        return 1
    fi
    # The socket goes into the temp folder too: Debian's /var/run/postgresql may not exist.
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1; then
        echo "postgres.sh: the server did not start on port $port:" >&2
        tail -n 5 "$dir/server.log" >&2 2>/dev/null || true
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$dir"
        return 1
    fi
    ready "$port"
}

address() { echo "Host=127.0.0.1;Port=$1;Username=postgres;Database=postgres"; }


stop() {
    local port=${1:?usage: postgres.sh stop PORT} dir
    dir=$(state_dir "$port")
    if [ ! -f "$dir/data/postmaster.pid" ]; then
        echo "postgres.sh: no server started by this script on port $port" >&2
        rm -rf "$dir"
        return 1
    fi
    # Immediate: the data is thrown away, so there is nothing to flush; clients are cut off.
    as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}

case "${1:-}" in
    install) install ;;
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    *) echo "usage: scripts/postgres.sh install | start [PORT] | stop PORT" >&2; exit 2 ;;
esac
