#!/usr/bin/env bash
# Failover on one machine, with real processes: a Redis server (scripts/redis.sh), two GilGrid
# silos using Redis clustering on loopback, and `gilgrid` client processes doing the work. After a
# first round of work the silo hosting part of it is killed with SIGKILL; the same work then runs
# again and must finish, with correct results, on the surviving silo.
#
#   scripts/failover-demo.sh
#
# Environment (all optional): SILO_DLL and GILGRID_DLL, the built GilGrid.Silo.dll and gilgrid.dll
# (default: the newest build under src/, built in Debug when there is none); GILGRID_DEMO_DIR, a
# folder for logs and the pids file (default: a temp folder, deleted at the end); JOBS (default 4).
# Exit status: 0 when the work survived the kill, 1 otherwise (the silo logs are printed).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dotnet=${DOTNET_HOST_PATH:-dotnet}
jobs=${JOBS:-4}
if [ -n "${GILGRID_DEMO_DIR:-}" ]; then
    demo_dir=$GILGRID_DEMO_DIR
    mkdir -p "$demo_dir"
    keep_dir=1
else
    demo_dir=$(mktemp -d "${TMPDIR:-/tmp}/gilgrid-failover.XXXXXX")
    keep_dir=0
fi
# Every process this script starts, one pid a line, so that a caller can clean up even when this
# script is itself killed.
pids_file=$demo_dir/pids
: >"$pids_file"

say() { echo "demo: $*"; }

redis_port=
silo_pids=()
cleanup() {
    local status=$?
    for pid in "${silo_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${silo_pids[@]}"; do
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    done
    [ -n "$redis_port" ] && bash "$root/scripts/redis.sh" stop "$redis_port" || true
    if [ "$status" -ne 0 ]; then
        for log in "$demo_dir"/silo-*.log; do
            [ -f "$log" ] && { echo "----- $log (last lines)"; tail -n 30 "$log"; }
        done >&2
    fi
    [ "$keep_dir" -eq 1 ] || rm -rf "$demo_dir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    echo "demo: FAILED: $*" >&2
    exit 1
}

# The newest build of a project's dll, or a fresh Debug build of it.
built_dll() {
    local project=$1 dll=$2 found
    found=$(ls -t "$root"/src/"$project"/bin/*/net10.0/"$dll" 2>/dev/null | head -n 1 || true)
    if [ -z "$found" ]; then
        dotnet build "$root/src/$project" -v q >&2 || fail "cannot build src/$project"
        found=$root/src/$project/bin/Debug/net10.0/$dll
    fi
    echo "$found"
}
silo_dll=${SILO_DLL:-$(built_dll Silo GilGrid.Silo.dll)}
gilgrid_dll=${GILGRID_DLL:-$(built_dll Client gilgrid.dll)}

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Four consecutive free ports: silo and gateway ports of both silos.
pick_ports() {
    for _ in $(seq 1 20); do
        local base=$((40000 + (RANDOM % 5000) * 4)) ok=1
        for p in $base $((base + 1)) $((base + 2)) $((base + 3)); do
            port_taken "$p" && ok=0
        done
        [ "$ok" -eq 1 ] && { echo "$base"; return; }
    done
    fail "no free ports"
}

# Waits until a log file has a line matching a pattern.
wait_for_log() {
    local log=$1 pattern=$2 seconds=$3
    for _ in $(seq 1 $((seconds * 5))); do
        grep -q -- "$pattern" "$log" 2>/dev/null && return 0
        sleep 0.2
    done
    return 1
}

# --- Redis and two silos ------------------------------------------------------------------------
redis=$(bash "$root/scripts/redis.sh" start) || fail "cannot start Redis"
redis_port=${redis##*:}
cat "${TMPDIR:-/tmp}/gilgrid-redis-$redis_port/pid" >>"$pids_file"
say "Redis on $redis"

cluster_id=failover-$$
base=$(pick_ports)
silo_ports=($base $((base + 2)))
gateway_ports=($((base + 1)) $((base + 3)))
# Failure detection a little faster than Orleans' defaults (5 s probes, 3 misses), so the demo
# does not wait long; still loose enough for a busy machine.
export GilGrid__Membership__ProbeTimeout=00:00:02 GilGrid__Membership__NumMissedProbesLimit=3
for i in 0 1; do
    "$dotnet" "$silo_dll" --clustering redis --redis "$redis" --cluster-id "$cluster_id" \
        --silo-port "${silo_ports[$i]}" --gateway-port "${gateway_ports[$i]}" \
        >"$demo_dir/silo-$i.log" 2>&1 </dev/null &
    silo_pids+=($!)
    echo "$!" >>"$pids_file"
    disown "$!" # no "Killed" notice from bash when the demo kills it
done
for i in 0 1; do
    wait_for_log "$demo_dir/silo-$i.log" "Active silos: 2 " 60 \
        || fail "silo $i (port ${silo_ports[$i]}) did not see a two-silo cluster within 60 s"
done
say "silos up: 127.0.0.1:${silo_ports[0]} (pid ${silo_pids[0]}) and 127.0.0.1:${silo_ports[1]} (pid ${silo_pids[1]}), cluster '$cluster_id'"

# --- The work -----------------------------------------------------------------------------------
# Each job is its own interpreter grain: job-K prints sum(i*i for i in range(K * 10000)), which
# the script checks against the closed form (n-1)n(2n-1)/6. The client is given both gateways.
cluster_args=(--cluster "127.0.0.1:${gateway_ports[0]},127.0.0.1:${gateway_ports[1]}" --cluster-id "$cluster_id")
gilgrid() { "$dotnet" "$gilgrid_dll" "$@"; }

run_jobs() {
    local round=$1 k n out expected
    for k in $(seq 1 "$jobs"); do
        n=$((k * 10000))
        expected=$(((n - 1) * n * (2 * n - 1) / 6))
        out=$(echo "print(sum(i*i for i in range($n)))" \
            | gilgrid repl "${cluster_args[@]}" --interp "job-$k" 2>"$demo_dir/job-$k.err") \
            || fail "$round: job-$k failed: $(tail -n 3 "$demo_dir/job-$k.err")"
        [ "$out" = "$expected" ] || fail "$round: job-$k printed '$out', expected $expected"
    done
    say "$round: $jobs jobs done, results correct"
}

# The silo port each job's interpreter lives on, as "job-K PORT" lines.
placements() {
    gilgrid interp list "${cluster_args[@]}" | sed -E 's/^(job-[0-9]+)\tS[^:]+:([0-9]+):.*/\1 \2/' | sort
}

run_jobs "before the kill"
before=$(placements)
echo "$before" | sed 's/^/demo:   /'
victim_port=$(echo "$before" | awk '$1 == "job-1" { print $2 }')
[ -n "$victim_port" ] || fail "job-1 is not listed among the active interpreters"
if [ "$victim_port" = "${silo_ports[0]}" ]; then victim=0 survivor=1; else victim=1 survivor=0; fi
survivor_port=${silo_ports[$survivor]}
moved=$(echo "$before" | awk -v p="$victim_port" '$2 == p' | wc -l)

kill -9 "${silo_pids[$victim]}"
killed_at=$(date +%s.%N)
say "killed silo 127.0.0.1:$victim_port (pid ${silo_pids[$victim]}, SIGKILL); it hosted $moved of the $jobs jobs"

run_jobs "after the kill"
wait_for_log "$demo_dir/silo-$survivor.log" "Silo 127.0.0.1:$victim_port is dead" 60 \
    || fail "the surviving silo did not declare 127.0.0.1:$victim_port dead within 60 s"
after=$(placements)
echo "$after" | sed 's/^/demo:   /'
elsewhere=$(echo "$after" | awk -v p="$survivor_port" '$2 != p' | wc -l)
listed=$(echo "$after" | wc -l)
[ "$listed" -eq "$jobs" ] || fail "$listed of $jobs jobs are listed after the kill"
[ "$elsewhere" -eq 0 ] || fail "$elsewhere jobs are not on the surviving silo $survivor_port"
say "failover: all $jobs jobs finished on 127.0.0.1:$survivor_port; $moved came back there from the killed silo" \
    "($(awk -v a="$killed_at" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s after the kill)"
