#!/usr/bin/env bash
# Failover on one machine, with real processes: a Redis server (scripts/redis.sh), two GilGrid
# silos using Redis clustering on loopback, and `gilgrid` client processes doing the work. One
# silo is killed with SIGKILL while it hosts part of the work; the work must still finish, with
# correct results, on the surviving silo.
#
#   scripts/failover-demo.sh
#
# Environment (all optional): SILO_DLL and GILGRID_DLL, the built GilGrid.Silo.dll and gilgrid.dll
# (default: the newest build under src/, built in Debug when there is none); GILGRID_DEMO_DIR, a
# folder for logs and the pids file (default: a temp folder, deleted at the end); WORK, the work
# run across the kill (repl, the default, map or run: see below); JOBS (repl, default 4); ITEMS and
# MAP_TIMEOUT (map, default 64 inputs and 120 s); DEATH_DETECTION (map: on, the default, or off:
# see below).
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
map_pid=
cleanup() {
    local status=$?
    # (each kill may fail, the process being gone already: that must not end this under set -e)
    if [ -n "$map_pid" ]; then kill -9 "$map_pid" 2>/dev/null || true; fi
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
            [ -f "$log" ] && { echo "----- $log (last lines, cut at 300 characters)"; tail -n 40 "$log" | cut -c1-300; }
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
# does not wait long; still loose enough for a busy machine. DEATH_DETECTION=off (map only) makes
# the silos miss a thousand probes before they vote a silo out, so the cluster never declares the
# killed silo dead during the demo: the map must then finish on its own failure detection.
detection=${DEATH_DETECTION:-on}
case "$detection" in
    on) missed_probes=3 ;;
    off) missed_probes=1000 ;;
    *) fail "DEATH_DETECTION must be on or off, not '$detection'" ;;
esac
[ "$detection" = on ] || [ "${WORK:-repl}" != repl ] || fail "DEATH_DETECTION=off is for WORK=map or run"
export GilGrid__Membership__ProbeTimeout=00:00:02 GilGrid__Membership__NumMissedProbesLimit=$missed_probes
# The silos log their membership decisions (suspicions, votes, evictions), which a failure prints
# (a name with dots, which only env can pass).
membership_log=Logging__LogLevel__Orleans.Runtime.MembershipService=Information
for i in 0 1; do
    env "$membership_log" "$dotnet" "$silo_dll" --clustering redis --redis "$redis" --cluster-id "$cluster_id" \
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
# The clients find the cluster the way the silos do: its live gateways are read from Redis.
cluster_args=(--redis "$redis" --cluster-id "$cluster_id")
gilgrid() { "$dotnet" "$gilgrid_dll" "$@"; }
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# WORK=repl: each job is its own interpreter grain, run by `gilgrid repl --cluster` (one client
# process per job): job-K prints sum(i*i for i in range(K * 10000)), checked against the closed
# form (n-1)n(2n-1)/6. After a first round, the silo hosting job-1 is killed; the second round
# must give the same results, and every job must then live on the survivor.
repl_demo() {
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
    local before after victim survivor victim_port survivor_port moved killed_at elsewhere listed
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

    # A call to a grain of the killed silo fails (connection refused) until the cluster has declared
    # that silo dead; from then on the grain is activated anew on the survivor. A job is one call
    # that is not retried, so the second round starts once the survivor has declared it.
    wait_for_log "$demo_dir/silo-$survivor.log" "Silo 127.0.0.1:$victim_port is dead" 60 \
        || fail "the surviving silo did not declare 127.0.0.1:$victim_port dead within 60 s"
    run_jobs "after the kill"
    after=$(placements)
    echo "$after" | sed 's/^/demo:   /'
    elsewhere=$(echo "$after" | awk -v p="$survivor_port" '$2 != p' | wc -l)
    listed=$(echo "$after" | wc -l)
    [ "$listed" -eq "$jobs" ] || fail "$listed of $jobs jobs are listed after the kill"
    [ "$elsewhere" -eq 0 ] || fail "$elsewhere jobs are not on the surviving silo $survivor_port"
    say "failover: all $jobs jobs finished on 127.0.0.1:$survivor_port; $moved came back there from the killed silo" \
        "($(seconds_since "$killed_at") s after the kill)"
}

# WORK=map: one `gilgrid map --backend cluster` of examples/plugins/primes.py:count_primes over
# ranges; its plugin workers cover both silos. Once a quarter of the inputs are done, the first
# silo is killed with calls in flight on it; the map must still finish every input within
# MAP_TIMEOUT seconds (the client gives up the killed silo's calls once the cluster declares it
# dead or once their workers stop answering pulses, and runs those inputs again on the survivor),
# with output equal to the same map run by the local backend, and its per-silo summary must show
# inputs done on the survivor. With DEATH_DETECTION=off the cluster must not have declared the
# killed silo dead by then: the map did without it.
map_demo() {
    local plugin=$root/examples/plugins/primes.py:count_primes items=${ITEMS:-64} k
    # Sized so that an idle machine still needs several seconds: progress is printed every 2 s,
    # and the kill waits for the first report of a quarter done.
    for k in $(seq 0 $((items - 1))); do echo "[$((k * 150000)), $(((k + 1) * 150000))]"; done >"$demo_dir/ranges.jsonl"
    gilgrid map "$plugin" --input "$demo_dir/ranges.jsonl" --output "$demo_dir/expected.jsonl" 2>"$demo_dir/local.err" \
        || fail "the local reference map failed: $(tail -n 3 "$demo_dir/local.err")"
    say "reference: $items ranges mapped locally"

    "$dotnet" "$gilgrid_dll" map "$plugin" --input "$demo_dir/ranges.jsonl" --output "$demo_dir/cluster.jsonl" \
        --backend cluster "${cluster_args[@]}" 2>"$demo_dir/map.err" </dev/null &
    map_pid=$!
    echo "$map_pid" >>"$pids_file"
    # Progress goes to stderr every few seconds as "map: DONE/TOTAL done, ...".
    progress() { grep -oE '^map: [0-9]+/' "$demo_dir/map.err" 2>/dev/null | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
    for _ in $(seq 1 600); do
        [ "$(progress)" -ge $((items / 4)) ] && break
        kill -0 "$map_pid" 2>/dev/null || break
        sleep 0.2
    done
    local done_before killed_at map_status=0
    done_before=$(progress)
    kill -0 "$map_pid" 2>/dev/null && [ "$done_before" -lt "$items" ] \
        || fail "the map ended before the kill: $(tail -n 3 "$demo_dir/map.err")"
    kill -9 "${silo_pids[0]}"
    killed_at=$(date +%s.%N)
    say "killed silo 127.0.0.1:${silo_ports[0]} (pid ${silo_pids[0]}, SIGKILL) with $done_before of $items inputs done"

    for _ in $(seq 1 $((${MAP_TIMEOUT:-120} * 5))); do
        kill -0 "$map_pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$map_pid" 2>/dev/null; then
        kill -9 "$map_pid"
        fail "the map did not finish within ${MAP_TIMEOUT:-120} s of the kill: $(tail -n 2 "$demo_dir/map.err")"
    fi
    wait "$map_pid" || map_status=$?
    grep -E '^map: ([0-9]+ of|per )' "$demo_dir/map.err" | sed 's/^/demo: /' || true
    [ "$map_status" -eq 0 ] || fail "the cluster map exited with $map_status: $(grep -v '^map: [0-9]*/' "$demo_dir/map.err" | tail -n 5)"
    cmp -s "$demo_dir/expected.jsonl" "$demo_dir/cluster.jsonl" \
        || fail "the cluster map's results differ from the local map's: $(diff "$demo_dir/expected.jsonl" "$demo_dir/cluster.jsonl" | head -n 5)"
    # "map: per silo: 127.0.0.1:PORT N, ...": the survivor must have done some of the inputs.
    local on_survivor
    on_survivor=$(grep -E '^map: per silo: ' "$demo_dir/map.err" | grep -oE "127\.0\.0\.1:${silo_ports[1]} [0-9]+" | awk '{ print $2 }')
    [ "${on_survivor:-0}" -gt 0 ] || fail "the summary shows no input done on the survivor 127.0.0.1:${silo_ports[1]}"
    if [ "$detection" = on ]; then
        wait_for_log "$demo_dir/silo-1.log" "Silo 127.0.0.1:${silo_ports[0]} is dead" 60 \
            || fail "the surviving silo did not declare 127.0.0.1:${silo_ports[0]} dead within 60 s"
    else
        ! grep -q "Silo 127.0.0.1:${silo_ports[0]} is dead" "$demo_dir/silo-1.log" \
            || fail "the surviving silo declared 127.0.0.1:${silo_ports[0]} dead, though its death detection was off"
        say "the cluster has not declared 127.0.0.1:${silo_ports[0]} dead (its death detection is off)"
    fi
    say "failover: all $items results correct, finished on 127.0.0.1:${silo_ports[1]}, which did $on_survivor of them" \
        "($(seconds_since "$killed_at") s after the kill)"
}

# WORK=run: `gilgrid run --cluster` of a script that prints a line, then sleeps for two minutes;
# once that line has arrived (cluster output is streamed), the silo hosting the script is killed. The run cannot finish, but it must not wait for
# its response timeout (half an hour) either: within RUN_TIMEOUT seconds (default 60) it must exit
# with status 1 and say that the script's result is lost (the client learns it from the grain's
# missed pulses, even with DEATH_DETECTION=off).
run_demo() {
    local script=$demo_dir/sleeper.py run_pid victim_port victim killed_at status=0
    printf 'import time\nprint("started", flush=True)\nfor _ in range(1200):\n    time.sleep(0.1)\nprint("finished")\n' >"$script"
    "$dotnet" "$gilgrid_dll" run "${cluster_args[@]}" "$script" >"$demo_dir/run.out" 2>"$demo_dir/run.err" </dev/null &
    run_pid=$!
    echo "$run_pid" >>"$pids_file"
    # The script's first line arrives while it runs (cluster output is streamed): from then on it
    # is surely running, on the silo that lists its grain.
    wait_for_log "$demo_dir/run.out" "^started" 60 \
        || fail "the run did not print its first line within 60 s: $(tail -n 3 "$demo_dir/run.err")"
    victim_port=$("$dotnet" "$gilgrid_dll" interp list "${cluster_args[@]}" \
        | sed -nE 's/^run-[0-9a-f]+\tS[^:]+:([0-9]+):.*/\1/p' | head -n 1)
    [ -n "$victim_port" ] || fail "the run's interpreter grain is not listed"
    if [ "$victim_port" = "${silo_ports[0]}" ]; then victim=0; else victim=1; fi
    kill -9 "${silo_pids[$victim]}"
    killed_at=$(date +%s.%N)
    say "killed silo 127.0.0.1:$victim_port (pid ${silo_pids[$victim]}, SIGKILL), which ran the script"
    for _ in $(seq 1 $((${RUN_TIMEOUT:-60} * 5))); do
        kill -0 "$run_pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$run_pid" 2>/dev/null; then
        kill -9 "$run_pid"
        fail "the run did not end within ${RUN_TIMEOUT:-60} s of the kill: $(tail -n 5 "$demo_dir/run.err")"
    fi
    wait "$run_pid" || status=$?
    [ "$status" -eq 1 ] || fail "the run exited with $status, expected 1: $(tail -n 3 "$demo_dir/run.err")"
    grep -q "the script's run is lost" "$demo_dir/run.err" \
        || fail "the run did not say its result was lost: $(tail -n 3 "$demo_dir/run.err")"
    say "lost run: exit status 1 $(seconds_since "$killed_at") s after the kill: $(head -n 1 "$demo_dir/run.err")"
}

case "${WORK:-repl}" in
    repl) repl_demo ;;
    map) map_demo ;;
    run) run_demo ;;
    *) fail "WORK must be repl, map or run, not '$WORK'" ;;
esac
