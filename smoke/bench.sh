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
# both. The probe's SET carries its safety-net TTL (SET key value EX ttl), which costs the server
# noticeably more than a bare SET, so SET is also measured with redis-benchmark sending exactly
# that command ("SET+EX"): that ratio is the probe's own overhead. Second figure: wall time from start to verdict of the plain smoke check against the same
# healthy pair (the built program, REPEATS runs, median).
#
# It prints figures and asserts nothing. Every server it starts is stopped on exit (trap).
# Knobs (environment): REPEATS (3), REQUESTS (unpipelined, 200000), PIPELINED_REQUESTS (2000000),
# VALUE_SIZE (100), KEYSPACE (10000), IN_FLIGHT (50), PIPELINE (16).
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
primary_host=127.0.0.2
replica_host=127.0.0.3

for tool in redis-server redis-benchmark redis-cli dotnet; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool is not installed (apt-get install -y redis-server redis-tools)" >&2; exit 2; }
done

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

start_server() { # host port [replicaof-host]
    local host=$1 port=$2 dir="$work/$1"
    mkdir -p "$dir"
    local args=(--bind "$host" --port "$port" --dir "$dir" --save "" --appendonly no --daemonize no --logfile "$dir/log")
    [ $# -ge 3 ] && args+=(--replicaof "$3" "$port")
    redis-server "${args[@]}" &
    pids+=($!)
    for _ in $(seq 50); do
        redis-cli -h "$host" -p "$port" ping >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "bench.sh: redis-server on $host:$port did not start (log: $dir/log)" >&2
    return 1
}

port=""
for _ in $(seq 20); do
    candidate=$((20000 + RANDOM % 20000))
    if port_is_free "$candidate" && start_server "$primary_host" "$candidate"; then
        port=$candidate
        break
    fi
done
[ -n "$port" ] || { echo "bench.sh: found no free port" >&2; exit 1; }
start_server "$replica_host" "$port" "$primary_host"
for _ in $(seq 100); do
    redis-cli -h "$replica_host" -p "$port" info replication | grep -q "master_link_status:up" && break
    sleep 0.1
done
echo "==> primary $primary_host:$port, replica $replica_host:$port ($(redis-server --version | cut -d' ' -f3)); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Appends "rps p50 p99" of one redis-benchmark run to $work/rb.<test>.<mode>
run_redis_benchmark() { # test mode count [-P n]
    local test=$1 mode=$2 count=$3
    shift 3
    redis-benchmark -h "$primary_host" -p "$port" -t "$test" -c "$in_flight" -n "$count" -r "$keyspace" -d "$value_size" "$@" --csv 2>/dev/null \
        | awk -F, 'NR > 1 { gsub(/"/, ""); print $2, $5, $7 }' >>"$work/rb.$test.$mode"
}

# Same, with redis-benchmark sending the probe's exact SET (with its EX safety-net TTL) to $work/rb.setex.<mode>
run_redis_benchmark_set_ex() { # mode count [-P n]
    local mode=$1 count=$2
    shift 2
    redis-benchmark -h "$primary_host" -p "$port" -c "$in_flight" -n "$count" -r "$keyspace" "$@" --csv \
        SET "key:__rand_int__" "$(head -c "$value_size" /dev/zero | tr '\0' v)" EX 3600 2>/dev/null \
        | awk -F, 'NR > 1 { gsub(/"/, ""); print $2, $5, $7 }' >>"$work/rb.setex.$mode"
}

# Appends "ops/s p50 p99" of one probe run to $work/probe.<test>.<mode>
run_probe() { # test mode count [--pipeline n]
    local test=$1 mode=$2 count=$3 ratio
    shift 3
    [ "$test" = set ] && ratio=0:1 || ratio=1:0
    "$smoke" bench --primary "$primary_host:$port" --reader "$replica_host:$port" --no-tls \
        --ratio "$ratio" --read-from primary --in-flight "$in_flight" --requests "$count" \
        --keyspace "$keyspace" --value-size "$value_size" --lag-interval 0 --warmup 1s "$@" --json 2>/dev/null >"$work/probe.json" || true
    sed -nE 's/.*"(opsPerSecond|p50|p99)": ([0-9.eE+-]+).*/\2/p' "$work/probe.json" | paste -sd' ' \
        | awk 'NF == 3 { printf "%.1f %.3f %.3f\n", $1, $2, $3 }' >>"$work/probe.$test.$mode"
}

for round in $(seq "$repeats"); do
    echo "==> round $round/$repeats"
    for test in set get; do
        run_redis_benchmark "$test" plain "$requests"
        run_probe "$test" plain "$requests"
        run_redis_benchmark "$test" pipelined "$pipelined_requests" -P "$pipeline"
        run_probe "$test" pipelined "$pipelined_requests" --pipeline "$pipeline"
    done
    run_redis_benchmark_set_ex plain "$requests"
    run_redis_benchmark_set_ex pipelined "$pipelined_requests" -P "$pipeline"
done

column_median() { awk -v c="$2" '{ print $c }' "$1" | median; }

echo
echo "Throughput and latency, medians of $repeats runs ($in_flight clients in flight, ${value_size}-byte values, $keyspace keys):"
printf "%-30s %14s %14s %7s   %-17s %-17s\n" "workload" "redis-bench/s" "probe ops/s" ratio "rb p50/p99 ms" "probe p50/p99 ms"
row() { # label reference probe-file rb-file
    local rb_rps probe_rps ratio
    rb_rps=$(column_median "$3" 1)
    probe_rps=$(column_median "$2" 1)
    ratio=$(awk -v a="$probe_rps" -v b="$rb_rps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    printf "%-30s %14.0f %14.0f %7s   %-17s %-17s\n" "$1" "$rb_rps" "$probe_rps" "$ratio" \
        "$(column_median "$3" 2)/$(column_median "$3" 3)" "$(column_median "$2" 2)/$(column_median "$2" 3)"
}
for test in set get; do
    for mode in plain pipelined; do
        label="${test^^} -c $in_flight"
        [ "$mode" = pipelined ] && label="${test^^} -c $in_flight -P $pipeline"
        row "$label" "$work/probe.$test.$mode" "$work/rb.$test.$mode"
        [ "$test" = set ] && row "${label/SET/SET+EX}" "$work/probe.$test.$mode" "$work/rb.setex.$mode"
    done
done
echo "(SET+EX: redis-benchmark sends the probe's exact command, SET key value EX 3600; every run, ops/s, redis-benchmark | probe:)"
for test in set setex get; do
    for mode in plain pipelined; do
        probe_test=${test/setex/set}
        echo "  ${test^^} $mode: $(awk '{ printf "%.0f ", $1 }' "$work/rb.$test.$mode")| $(awk '{ printf "%.0f ", $1 }' "$work/probe.$probe_test.$mode")"
    done
done

echo
echo "Smoke check wall time, start to verdict, healthy local pair (built program, $repeats runs):"
TIMEFORMAT=%R
for _ in $(seq "$repeats"); do
    { time "$smoke" --primary "$primary_host:$port" --reader "$replica_host:$port" --no-tls >"$work/smoke.out" 2>&1 || true; } 2>>"$work/smoke.times"
    tail -1 "$work/smoke.out" >>"$work/smoke.verdicts"
done
echo "  runs: $(paste -sd' ' "$work/smoke.times") s; median $(median <"$work/smoke.times") s; verdict of the last run: $(tail -1 "$work/smoke.verdicts")"
echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
