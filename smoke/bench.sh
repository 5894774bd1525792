#!/usr/bin/env bash
# Load-probe benchmark: is `smoke bench` as fast as redis-benchmark on the same machine?
#
# In one run it builds the smoke program (Release), starts a local primary (127.0.0.2) and its
# replica (127.0.0.3) on one free port, as ElastiCache's two endpoints share one, and then, REPEATS
# times each, measures SET and GET with 50 requests in flight, unpipelined (-c 50) and pipelined
# (-c 50 -P 16):
#   - redis-benchmark -t set|get -c 50 [-P 16] -n N -r KEYSPACE -d VALUE_SIZE --csv
#   - smoke bench --in-flight 50 [--pipeline 16] --requests N --keyspace KEYSPACE --value-size VALUE_SIZE
#     (writes only for SET, reads only from the primary for GET, lag sampler off)
# and prints the medians of ops/s with the probe/redis-benchmark ratio, plus p50/p99 latency of
# both and the server's CPU use during each tool's runs (median of 0.5 s samples; a server at
# 100 % of its one core is the limit of that row, whichever tool drives it). Before the GET rows, redis-benchmark's key space
# (key:000000000000 ...) is filled (untimed), as the probe fills its own, so both read hits. The probe's SET carries its safety-net TTL (SET key value EX ttl), which costs the server
# noticeably more than a bare SET, so SET is also measured with redis-benchmark sending exactly
# that command ("SET+EX"): that ratio is the probe's own overhead. Second figure: wall time from start to verdict of the plain smoke check against the same
# healthy pair (the built program, REPEATS runs, median).
#
# With TLS=1 (or TLS=only: the TLS rows alone) it also compares over TLS, as ElastiCache runs
# by default: a throwaway CA and server certificate (openssl, in the temp dir), a TLS-only
# redis-server on the primary address (--tls-port, --port 0, no client certificates), and the
# same SET/GET rows with `redis-benchmark --tls --cacert` against `smoke bench --tls --ca-file`.
#
# It prints figures and asserts nothing. Every server it starts is stopped on exit (trap).
# Knobs (environment): REPEATS (3), REQUESTS (unpipelined, 200000), PIPELINED_REQUESTS (2000000),
# VALUE_SIZE (100), KEYSPACE (10000), IN_FLIGHT (50), PIPELINE (16), TLS (0, 1 or only),
# PROBE_ARGS (extra `smoke bench` flags for every probe run, e.g. "--connections 8").
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

repeats=${REPEATS:-3}
requests=${REQUESTS:-200000}
pipelined_requests=${PIPELINED_REQUESTS:-2000000}
value_size=${VALUE_SIZE:-100}
keyspace=${KEYSPACE:-10000}
in_flight=${IN_FLIGHT:-50}
pipeline=${PIPELINE:-16}
tls=${TLS:-0}
value=$(head -c "$value_size" /dev/zero | tr '\0' v)
read -r -a probe_extra <<<"${PROBE_ARGS:-}"
primary_host=127.0.0.2
replica_host=127.0.0.3

for tool in redis-server redis-benchmark redis-cli dotnet; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool is not installed (apt-get install -y redis-server redis-tools)" >&2; exit 2; }
done
case "$tls" in
    0 | 1 | only) ;;
    *) echo "bench.sh: TLS: got '$tls'; allowed: 0, 1 or only" >&2; exit 2 ;;
esac
if [ "$tls" != 0 ] && ! command -v openssl >/dev/null; then
    echo "bench.sh: openssl is not installed, so the TLS rows cannot be measured (apt-get install -y openssl)" >&2
    exit 2
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        # Bounded wait for each server to exit, then force it.
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

echo "==> building smoke (Release)"
dotnet build -c Release "$root/smoke/Smoke" -o "$work/smoke" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
smoke="$work/smoke/Smoke"

# A port free on both loopback addresses: nothing answers on it.
port_is_free() { ! (exec 3<>"/dev/tcp/$primary_host/$1") 2>/dev/null && ! (exec 3<>"/dev/tcp/$replica_host/$1") 2>/dev/null; }

start_server() { # name host port [redis-server flags...]; waits for PING (over TLS for a TLS server)
    local host=$2 port=$3 dir="$work/$1" cli=(redis-cli -h "$2" -p "$3")
    shift 3
    mkdir -p "$dir"
    [[ " $* " == *" --tls-port "* ]] && cli+=("${tls_cli[@]}")
    redis-server --bind "$host" --dir "$dir" --save "" --appendonly no --daemonize no --logfile "$dir/log" "$@" &
    pids+=($!)
    for _ in $(seq 50); do
        "${cli[@]}" ping >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "bench.sh: redis-server on $host:$port did not start (log: $dir/log)" >&2
    return 1
}

# Starts server <name> on <host> on a free port (its flags a function of the port); sets $started_port.
# Not to be called in $(...): the server's pid must reach $pids in this shell, for the trap.
start_on_free_port() { # name host flags-function
    local candidate
    for _ in $(seq 20); do
        candidate=$((20000 + RANDOM % 20000))
        # shellcheck disable=SC2046 # the flags function prints words to split
        if port_is_free "$candidate" && start_server "$1" "$2" "$candidate" $("$3" "$candidate"); then
            started_port=$candidate
            return 0
        fi
    done
    echo "bench.sh: found no free port for $1" >&2
    return 1
}

plain_flags() { echo "--port $1"; }
tls_flags() {
    echo "--port 0 --tls-port $1 --tls-cert-file $work/tls/server.crt --tls-key-file $work/tls/server.key" \
        "--tls-ca-cert-file $work/tls/ca.crt --tls-auth-clients no"
}

# A throwaway CA and a server certificate for both loopback addresses, valid for a day.
make_certificates() {
    local dir="$work/tls"
    mkdir -p "$dir"
    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=bench.sh throwaway CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>"$dir/openssl.log"
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$primary_host" -keyout "$dir/server.key" -out "$dir/server.csr" 2>>"$dir/openssl.log"
    printf 'subjectAltName=IP:%s,IP:%s\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
        "$primary_host" "$replica_host" >"$dir/server.ext"
    openssl x509 -req -days 1 -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial \
        -extfile "$dir/server.ext" -out "$dir/server.crt" 2>>"$dir/openssl.log"
}
tls_cli=(--tls --cacert "$work/tls/ca.crt")

if [ "$tls" != only ]; then
    start_on_free_port primary "$primary_host" plain_flags
    port=$started_port
    replica_flags() { echo "--port $1 --replicaof $primary_host $1"; }
    primary_pid=${pids[-1]}
    # shellcheck disable=SC2046 # the flags function prints words to split
    start_server replica "$replica_host" "$port" $(replica_flags "$port")
    for _ in $(seq 100); do
        redis-cli -h "$replica_host" -p "$port" info replication | grep -q "master_link_status:up" && break
        sleep 0.1
    done
    echo "==> primary $primary_host:$port, replica $replica_host:$port"
fi
if [ "$tls" != 0 ]; then
    make_certificates || { cat "$work/tls/openssl.log" >&2; echo "bench.sh: openssl could not make the throwaway certificates" >&2; exit 1; }
    start_on_free_port tls-primary "$primary_host" tls_flags
    tls_port=$started_port
    tls_primary_pid=${pids[-1]}
    echo "==> TLS-only primary $primary_host:$tls_port (throwaway CA $work/tls/ca.crt)"
fi
echo "==> redis-server $(redis-server --version | cut -d' ' -f3); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Where and how each tool connects for the transport being measured (set by use_transport).
use_transport() { # plain | tls
    transport=$1
    if [ "$transport" = tls ]; then
        rb_target=(-h "$primary_host" -p "$tls_port" "${tls_cli[@]}")
        server_pid=$tls_primary_pid
        # The TLS run needs no reader (GETs on the primary, sampler off): the reader flag names the primary.
        probe_target=(--primary "$primary_host:$tls_port" --reader "$primary_host:$tls_port" --tls --ca-file "$work/tls/ca.crt")
    else
        rb_target=(-h "$primary_host" -p "$port")
        server_pid=$primary_pid
        probe_target=(--primary "$primary_host:$port" --reader "$replica_host:$port" --no-tls)
    fi
}

# CPU time (clock ticks, user + system) the server under test has used so far, and a clock in ticks.
clock_ticks=$(getconf CLK_TCK)
server_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
now_ticks() { awk -v hz="$clock_ticks" '{ printf "%.0f\n", $1 * hz }' /proc/uptime; }

# Runs a command and appends the server's CPU use during it to file $1: the median of samples
# taken from /proc every 0.5 s (% of one core; 100 = the server's one thread saturated).
with_server_cpu() { # file command...
    local file=$1 sampler
    shift
    (
        cpu0=$(server_ticks) t0=$(now_ticks)
        while sleep 0.5; do
            cpu1=$(server_ticks) t1=$(now_ticks)
            [ "$t1" -gt "$t0" ] && echo $(( 100 * (cpu1 - cpu0) / (t1 - t0) ))
            cpu0=$cpu1 t0=$t1
        done
    ) >"$work/cpu.samples" 2>/dev/null &
    sampler=$!
    "$@"
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    median <"$work/cpu.samples" >>"$file"
}

# Writes redis-benchmark's GET key space (key:<12 digits>, 0 .. KEYSPACE-1) once, untimed, so its
# GETs hit, with the TTL the probe's keys carry (a key with a TTL costs a GET one more lookup).
fill_redis_benchmark_keys() {
    awk -v n="$keyspace" -v v="$value" 'BEGIN { for (i = 0; i < n; i++) { k = sprintf("key:%012d", i)
        printf "*5\r\n$3\r\nSET\r\n$%d\r\n%s\r\n$%d\r\n%s\r\n$2\r\nEX\r\n$4\r\n3600\r\n", length(k), k, length(v), v } }' \
        | redis-cli "${rb_target[@]}" --pipe >"$work/fill.log" 2>&1 || { cat "$work/fill.log" >&2; echo "bench.sh: filling redis-benchmark's key space failed" >&2; exit 1; }
}

# Appends "rps p50 p99" of one redis-benchmark run to $work/<transport>.rb.<test>.<mode>
run_redis_benchmark() { # test mode count [-P n]
    local test=$1 mode=$2 count=$3
    shift 3
    redis-benchmark "${rb_target[@]}" -t "$test" -c "$in_flight" -n "$count" -r "$keyspace" -d "$value_size" "$@" --csv 2>/dev/null \
        | awk -F, 'NR > 1 { gsub(/"/, ""); print $2, $5, $7 }' >>"$work/$transport.rb.$test.$mode"
}

# Same, with redis-benchmark sending the probe's exact SET (with its EX safety-net TTL) to $work/<transport>.rb.setex.<mode>
run_redis_benchmark_set_ex() { # mode count [-P n]
    local mode=$1 count=$2
    shift 2
    redis-benchmark "${rb_target[@]}" -c "$in_flight" -n "$count" -r "$keyspace" "$@" --csv \
        SET "key:__rand_int__" "$value" EX 3600 2>/dev/null \
        | awk -F, 'NR > 1 { gsub(/"/, ""); print $2, $5, $7 }' >>"$work/$transport.rb.setex.$mode"
}

# Appends "ops/s p50 p99" of one probe run to $work/<transport>.probe.<test>.<mode>
run_probe() { # test mode count [--pipeline n]
    local test=$1 mode=$2 count=$3 ratio
    shift 3
    [ "$test" = set ] && ratio=0:1 || ratio=1:0
    "$smoke" bench "${probe_target[@]}" \
        --ratio "$ratio" --read-from primary --in-flight "$in_flight" --requests "$count" \
        --keyspace "$keyspace" --value-size "$value_size" --lag-interval 0 --warmup 1s "${probe_extra[@]}" "$@" --json 2>/dev/null >"$work/probe.json" || true
    sed -nE 's/.*"(opsPerSecond|p50|p99)": ([0-9.eE+-]+).*/\2/p' "$work/probe.json" | paste -sd' ' \
        | awk 'NF == 3 { printf "%.1f %.3f %.3f\n", $1, $2, $3 }' >>"$work/$transport.probe.$test.$mode"
}

transports=(plain tls)
[ "$tls" = 0 ] && transports=(plain)
[ "$tls" = only ] && transports=(tls)

for round in $(seq "$repeats"); do
    for transport in "${transports[@]}"; do
        echo "==> round $round/$repeats, $transport; load average $(cut -d' ' -f1-3 /proc/loadavg)"
        use_transport "$transport"
        for test in set get; do
            [ "$test" = get ] && fill_redis_benchmark_keys
            cpu="$work/$transport.cpu.$test"
            with_server_cpu "$cpu.plain.rb" run_redis_benchmark "$test" plain "$requests"
            with_server_cpu "$cpu.plain.probe" run_probe "$test" plain "$requests"
            with_server_cpu "$cpu.pipelined.rb" run_redis_benchmark "$test" pipelined "$pipelined_requests" -P "$pipeline"
            with_server_cpu "$cpu.pipelined.probe" run_probe "$test" pipelined "$pipelined_requests" --pipeline "$pipeline"
        done
        with_server_cpu "$work/$transport.cpu.setex.plain.rb" run_redis_benchmark_set_ex plain "$requests"
        with_server_cpu "$work/$transport.cpu.setex.pipelined.rb" run_redis_benchmark_set_ex pipelined "$pipelined_requests" -P "$pipeline"
    done
done

column_median() { awk -v c="$2" '{ print $c }' "$1" | median; }

echo
echo "Throughput and latency, medians of $repeats runs ($in_flight clients in flight, ${value_size}-byte values, $keyspace keys${PROBE_ARGS:+; probe flags: $PROBE_ARGS}):"
printf "%-34s %14s %14s %7s   %-17s %-17s %s\n" "workload" "redis-bench/s" "probe ops/s" ratio "rb p50/p99 ms" "probe p50/p99 ms" "server CPU % rb/probe"
row() { # label probe-file rb-file [rb-cpu-file probe-cpu-file]
    local rb_rps probe_rps ratio cpu=""
    rb_rps=$(column_median "$3" 1)
    probe_rps=$(column_median "$2" 1)
    ratio=$(awk -v a="$probe_rps" -v b="$rb_rps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    [ -n "${4:-}" ] && cpu="$(median <"$4")/$(median <"$5")"
    printf "%-34s %14.0f %14.0f %7s   %-17s %-17s %s\n" "$1" "$rb_rps" "$probe_rps" "$ratio" \
        "$(column_median "$3" 2)/$(column_median "$3" 3)" "$(column_median "$2" 2)/$(column_median "$2" 3)" "$cpu"
}
for transport in "${transports[@]}"; do
    prefix=""
    [ "$transport" = tls ] && prefix="TLS "
    for test in set get; do
        for mode in plain pipelined; do
            label="$prefix${test^^} -c $in_flight"
            [ "$mode" = pipelined ] && label="$label -P $pipeline"
            cpu="$work/$transport.cpu"
            row "$label" "$work/$transport.probe.$test.$mode" "$work/$transport.rb.$test.$mode" "$cpu.$test.$mode.rb" "$cpu.$test.$mode.probe"
            [ "$test" = set ] && row "${label/SET/SET+EX}" "$work/$transport.probe.$test.$mode" "$work/$transport.rb.setex.$mode" "$cpu.setex.$mode.rb" "$cpu.$test.$mode.probe"
        done
    done
done
echo "(SET+EX: redis-benchmark sends the probe's exact command, SET key value EX 3600; every run, ops/s, redis-benchmark | probe:)"
for transport in "${transports[@]}"; do
    for test in set setex get; do
        for mode in plain pipelined; do
            probe_test=${test/setex/set}
            echo "  $transport ${test^^} $mode: $(awk '{ printf "%.0f ", $1 }' "$work/$transport.rb.$test.$mode")| $(awk '{ printf "%.0f ", $1 }' "$work/$transport.probe.$probe_test.$mode")"
            echo "    server CPU %: $(paste -sd' ' "$work/$transport.cpu.$test.$mode.rb") | $(paste -sd' ' "$work/$transport.cpu.$probe_test.$mode.probe")"
        done
    done
done

if [ "$tls" != only ]; then
    echo
    echo "Smoke check wall time, start to verdict, healthy local pair (built program, $repeats runs):"
    TIMEFORMAT=%R
    for _ in $(seq "$repeats"); do
        { time "$smoke" --primary "$primary_host:$port" --reader "$replica_host:$port" --no-tls >"$work/smoke.out" 2>&1 || true; } 2>>"$work/smoke.times"
        tail -1 "$work/smoke.out" >>"$work/smoke.verdicts"
    done
    echo "  runs: $(paste -sd' ' "$work/smoke.times") s; median $(median <"$work/smoke.times") s; verdict of the last run: $(tail -1 "$work/smoke.verdicts")"
fi
echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
