# Sourced by redis.sh and postgres.sh: what starting a throw-away server on loopback has in common.
# The sourcing script defines install, start_on PORT (start a server there, or fail) and
# address PORT (print how clients reach it).

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start [PORT]: installs the server if needed, starts it on PORT or on a random free port, and
# prints its address.
start() {
    install
    if [ $# -ge 1 ]; then
        start_on "$1"
        address "$1"
        return
    fi
    # No port given: try random free ones (another test may take a port between check and bind).
    for _ in $(seq 1 10); do
        local port=$((20000 + RANDOM % 10000))
        port_taken "$port" && continue
        if start_on "$port" 2>/dev/null; then
            address "$port"
            return
        fi
    done
    echo "$(basename "$0"): no free port found" >&2
    return 1
}
