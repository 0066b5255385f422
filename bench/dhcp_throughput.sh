#!/usr/bin/env bash
# DHCPv6 lease-throughput benchmark: bootforge against ISC Kea (kea-dhcp6), in the same run, on
# the same machine, driven by the same client (ISC perfdhcp -6). Each run gets a fresh server in
# a fresh network namespace, joined by a veth pair to a client namespace where perfdhcp runs;
# nothing touches the host's interfaces.
#
# Both servers get the same policy: one /64 pool with a large range, T1/T2 1800/2880 s,
# preferred/valid 3600/7200 s, rapid commit off (Solicit/Advertise/Request/Reply).
# No rapid-commit round: perfdhcp 2.2 (Debian bookworm) cannot count one. Its `-c` needs `-i`,
# and with `-i` a Reply to a Solicit is looked up in the Request-Reply exchange, which `-i` never
# creates: perfdhcp stops at the first Reply with "Packets exchange not specified".
# Durability is not the same, and the output says so: bootforge commits every lease to SQLite
# (WAL, synchronous=FULL: fsync) before its Reply leaves; Kea's memfile backend with
# persist=true appends each lease to a CSV file (written to the kernel, no fsync).
#
# For each offered rate it prints completed exchanges/s, the share of started
# exchanges that did not complete, the median and mean latency of each message pair (from
# perfdhcp's per-exchange timestamps, -x t), and the leases each server stored (SQLite rows /
# distinct CSV addresses) next to perfdhcp's completed count; then `ratio bootforge/kea` per
# metric. Not a test: it exits non-zero only if a server does not start.
#
# usage: bench/dhcp_throughput.sh [kea|bootforge|both]      (default both; root; ~2.5 min + build)
#        bench/dhcp_throughput.sh storm     the issue-11 report (~7 min + build): clean rate (highest
#            offered rate with <= 0.1 % lost exchanges) of both and the ratio; bootforge's clean
#            rate on 1 core and on 2 (taskset); the overload table at 1x, 2x, 3x, 5x its clean
#            rate; latency of both at exactly 2000/s (quiet, and again after the overload);
#            resident memory at ~100 000 active leases of both
#            env: CLEAN_RATES (default "4000 8000 10000 12000 14000 16000 18000 20000 22000 24000 26000 28000 32000": 2 000/s steps where both servers' edges are), LEASES
#            (100000), LATENCY_RATE (2000), OVERLOAD_BASE (skip the clean-rate search and the
#            memory runs: the overload table around this rate)
# env:   BOOTFORGE_BIN   bootforge binary (default: `cargo build --release`, target/release/bootforge)
#        DURATION        seconds of offered load per run (default 15)
#        RATES           offered Solicits/s, "max" = as fast as perfdhcp can (default "500 2000 max")
#        ARTIFACTS       where logs, configs and perfdhcp outputs go (default target/bench/dhcp)
#        CPUS            taskset CPU list for the server (default: unpinned)
#        SMAPS           non-empty: save the server's /proc/PID/smaps next to rss_kib (bench/smaps_summary.py)
#        CLIENT_RCVBUF   receive buffer (bytes) forced on perfdhcp's sockets through the
#                        bench/perfdhcp_rcvbuf.c LD_PRELOAD shim, for every server alike
#                        (default 8388608; 0 = perfdhcp's own default, ~208 KiB)
set -euo pipefail

which=${1:-both}
case $which in kea | bootforge | both | storm) ;; *)
    echo "usage: dhcp_throughput.sh [kea|bootforge|both|storm]" >&2
    exit 2
    ;;
esac
repo=$(cd "$(dirname "$0")/.." && pwd)
art=${ARTIFACTS:-$repo/target/bench/dhcp}
duration=${DURATION:-15}
rates=${RATES:-500 2000 max}
prefix=2001:db8:77
range_start=$prefix::1000
range_end=$prefix::ffff:ffff # ~4.3e9 addresses: no run comes near exhausting the pool
clients=4000000000           # perfdhcp -R: distinct simulated clients (DUIDs), ~no repeats

[[ $(id -u) -eq 0 ]] || { echo "dhcp_throughput.sh: needs root (network namespaces)" >&2; exit 1; }
for tool in perfdhcp sqlite3 ip; do
    command -v "$tool" >/dev/null || { echo "dhcp_throughput.sh: $tool missing (apt-get install -y kea-admin sqlite3 iproute2)" >&2; exit 1; }
done
if [[ $which != bootforge ]] && ! command -v kea-dhcp6 >/dev/null; then
    echo "dhcp_throughput.sh: kea-dhcp6 missing (apt-get install -y kea-dhcp6-server)" >&2
    exit 1
fi
bin=${BOOTFORGE_BIN:-}
declare -A rss
if [[ $which != kea && -z $bin ]]; then
    (cd "$repo" && cargo build --release -q -p bootforge --bin bootforge) >&2
    bin=$repo/target/release/bootforge
fi
mkdir -p "$art"
client_rcvbuf=${CLIENT_RCVBUF:-8388608}
client_env=()
if [[ $client_rcvbuf != 0 ]]; then
    command -v gcc >/dev/null || { echo "dhcp_throughput.sh: gcc missing (apt-get install -y gcc), or CLIENT_RCVBUF=0" >&2; exit 1; }
    gcc -shared -fPIC -O2 -o "$art/perfdhcp_rcvbuf.so" "$repo/bench/perfdhcp_rcvbuf.c" -ldl
    client_env=(env LD_PRELOAD="$art/perfdhcp_rcvbuf.so" RCVBUF_FORCE="$client_rcvbuf")
fi
echo "perfdhcp receive buffer: ${client_rcvbuf/#0/default}" >&2

SNS=bfdt-$$-s CNS=bfdt-$$-c SIF=srv0 CIF=cli0
SERVER_PID=""

ns_down() {
    local ns=$1 pids
    ip netns list 2>/dev/null | awk '{print $1}' | grep -qx "$ns" || return 0
    pids=$(ip netns pids "$ns" 2>/dev/null || true)
    if [[ -n $pids ]]; then
        # shellcheck disable=SC2086
        kill -TERM $pids 2>/dev/null || true
        for _ in $(seq 1 50); do
            [[ -z $(ip netns pids "$ns" 2>/dev/null || true) ]] && break
            sleep 0.1
        done
        pids=$(ip netns pids "$ns" 2>/dev/null || true)
        # shellcheck disable=SC2086
        if [[ -n $pids ]]; then kill -KILL $pids 2>/dev/null || true; fi
    fi
    ip netns del "$ns" 2>/dev/null || true
}

cleanup() {
    if [[ -n $SERVER_PID ]]; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
    ns_down "$CNS"
    ns_down "$SNS"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A fresh pair of namespaces joined by a veth pair, created inside them (never on the host).
link_up() {
    cleanup
    local ns
    for ns in "$SNS" "$CNS"; do
        ip netns add "$ns"
        ip -n "$ns" link set lo up
        # No DAD: link-local addresses usable at once.
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.default.accept_dad=0
    done
    ip -n "$SNS" link add "$SIF" type veth peer name "$CIF" netns "$CNS"
    ip -n "$SNS" link set "$SIF" up
    ip -n "$CNS" link set "$CIF" up
    ip -n "$SNS" addr add "$prefix::1/64" dev "$SIF" nodad
    # perfdhcp binds the client's link-local address: wait for it (and the server's).
    for _ in $(seq 1 50); do
        ip -n "$CNS" -6 addr show dev "$CIF" scope link | grep -q 'inet6 fe80' &&
            ip -n "$SNS" -6 addr show dev "$SIF" scope link | grep -q 'inet6 fe80' && return 0
        sleep 0.1
    done
    echo "dhcp_throughput.sh: no link-local address on the veth pair after 5 s" >&2
    return 1
}

# Wait until something in the server namespace listens on UDP 547 and ff02::1:2 is joined.
wait_ready() {
    local label=$1 log=$2
    for _ in $(seq 1 100); do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "[$label] server exited; log tail:" >&2
            tail -n 30 "$log" >&2
            return 1
        fi
        if ip netns exec "$SNS" ss -Hlun 'sport = :547' | grep -q . &&
            ip -n "$SNS" -6 maddr show dev "$SIF" | grep -q 'ff02::1:2'; then
            sleep 0.5
            return 0
        fi
        sleep 0.1
    done
    echo "[$label] not listening on :547 after 10 s; log tail:" >&2
    tail -n 30 "$log" >&2
    return 1
}

start_kea() { # DIR
    local dir=$1
    cat >"$dir/kea-dhcp6.json" <<JSON
{ "Dhcp6": {
    "interfaces-config": { "interfaces": [ "$SIF" ] },
    "data-directory": "$dir",
    "lease-database": { "type": "memfile", "persist": true, "name": "$dir/kea-leases6.csv",
                        "lfc-interval": 0 },
    "server-id": { "type": "LLT", "persist": false },
    "renew-timer": 1800, "rebind-timer": 2880,
    "preferred-lifetime": 3600, "valid-lifetime": 7200,
    "subnet6": [ { "id": 1, "subnet": "$prefix::/64", "interface": "$SIF",
                   "rapid-commit": false,
                   "pools": [ { "pool": "$range_start - $range_end" } ] } ],
    "loggers": [ { "name": "kea-dhcp6", "severity": "WARN",
                   "output_options": [ { "output": "$dir/kea.log" } ] } ]
} }
JSON
    KEA_PIDFILE_DIR=$dir KEA_LOCKFILE_DIR=$dir \
        ip netns exec "$SNS" ${CPUS:+taskset -c "$CPUS"} kea-dhcp6 -c "$dir/kea-dhcp6.json" >"$dir/kea.out" 2>&1 &
    SERVER_PID=$!
    wait_ready kea "$dir/kea.out"
}

start_bootforge() { # DIR
    local dir=$1
    mkdir -p "$dir/data"
    BOOTFORGE_LOG=warn NO_COLOR=1 BOOTFORGE_DHCP__RAPID_COMMIT=false \
        BOOTFORGE_DHCP__T1=1800 BOOTFORGE_DHCP__T2=2880 \
        BOOTFORGE_DHCP__PREFERRED_LIFETIME=3600 BOOTFORGE_DHCP__VALID_LIFETIME=7200 \
        ip netns exec "$SNS" ${CPUS:+taskset -c "$CPUS"} "$bin" serve --data-dir "$dir/data" --interface "$SIF" \
        --pool "$prefix::/64,$range_start,$range_end" --server-address "$prefix::1" \
        --http-listen "[::1]:18080" --tftp-listen "[::1]:16969" >"$dir/bootforge.log" 2>&1 &
    SERVER_PID=$!
    wait_ready bootforge "$dir/bootforge.log"
}

stop_server() {
    [[ -n $SERVER_PID ]] || return 0
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

# Leases the server has stored: SQLite rows / distinct addresses in Kea's CSV.
stored_leases() { # SERVER DIR
    case $1 in
    bootforge) sqlite3 "$2/data/bootforge.db" '.timeout 5000' 'select count(*) from leases' ;;
    kea) tail -n +2 "$2/kea-leases6.csv" | cut -d, -f1 | sort -u | wc -l ;;
    esac
}

# perfdhcp output → "solicits completed lost% sa_med sa_avg rr_med rr_avg" (latencies in ms,
# from the per-exchange timestamps that -x t prints).
parse_perfdhcp() { # FILE
    awk '
        /^\*\*\*Statistics for: SOLICIT-ADVERTISE/ { sec = "sa" }
        /^\*\*\*Statistics for: REQUEST-REPLY/ { sec = "rr" }
        /^\*\*\*Timestamps for packets: SOLICIT-ADVERTISE/ { sec = "tsa" }
        /^\*\*\*Timestamps for packets: REQUEST-REPLY/ { sec = "trr" }
        /^sent packets:/ { sent[sec] = $3 }
        /^received packets:/ { recv[sec] = $3 }
        /^sent \/ received:/ { d = ($6 - $4) * 1000; n[sec]++; lat[sec, n[sec]] = d; sum[sec] += d }
        # Median by counting 1 µs buckets (POSIX awk has no sort; ~10^5 samples).
        function median(s,   i, j, m, t, c) {
            m = n[s]; if (m == 0) return "-"
            for (i = 1; i <= m; i++) c[int(lat[s, i] * 1000)]++
            t = 0
            for (j = 0; ; j++) { t += c[j]; if (t * 2 >= m) return sprintf("%.3f", j / 1000) }
        }
        function mean(s) { return n[s] ? sprintf("%.3f", sum[s] / n[s]) : "-" }
        END {
            solicits = sent["sa"] + 0
            done = recv["rr"] + 0
            lost = solicits ? 100 * (solicits - done) / solicits : 0
            printf "%d %d %.1f %s %s %s %s\n", solicits, done, lost,
                median("tsa"), mean("tsa"), median("trr"), mean("trr")
        }' "$1"
}

# utime + stime of process PID (every thread), in clock ticks.
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# cpu_per_exchange DIR: the server's CPU µs per completed Request->Reply in run DIR.
cpu_per_exchange() {
    local done
    read -r _ done _ <"$1/result"
    awk -v t="$(cat "$1/cpu_ticks" 2>/dev/null || echo 0)" -v hz="$(getconf CLK_TCK)" -v d="$done" \
        'BEGIN { if (d > 0 && t > 0) printf "%.1f", t * 1e6 / hz / d; else print "-" }'
}

# run_one SERVER RATE: writes parse_perfdhcp's line + " stored_leases" to $art/SERVER-RATE/result.
# Runs in the main shell (no command substitution) so that INT/TERM reach the EXIT trap at once.
run_one() {
    local server=$1 rate=$2
    local dir=$art/$server${TAG:+-$TAG}-$rate
    rm -rf "$dir"
    mkdir -p "$dir"
    # Earlier runs' dirty pages (an overload run leaves hundreds of MB of WAL) are written
    # back first, so this run's fsyncs do not queue behind them.
    sync
    link_up
    "start_$server" "$dir" || return 1
    # The server's CPU time over the load (all its threads: utime + stime of the process).
    local cpu_before
    cpu_before=$(cpu_ticks "$SERVER_PID")
    local args=(-6 -l "$CIF" -R "$clients" -p "${RUN_SECONDS:-$duration}" -W 1000000 -x t)
    [[ $rate != max ]] && args+=(-r "$rate")
    # perfdhcp ends by itself after -p seconds (+1 s of -W to collect late answers); timeout
    # is only the backstop. Exit status 3 (some exchanges incomplete) is a result, not an error.
    ip netns exec "$CNS" timeout -k 5 $((duration + 60)) "${client_env[@]}" perfdhcp "${args[@]}" \
        >"$dir/perfdhcp.txt" 2>&1 &
    wait $! || true
    echo $(($(cpu_ticks "$SERVER_PID") - cpu_before)) >"$dir/cpu_ticks"
    local stored
    stored=$(stored_leases "$server" "$dir")
    # Resident memory with every stored lease in memory (ip netns exec execs the server).
    awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status" >"$dir/rss_kib" 2>/dev/null || true
    # SMAPS=1: the server's mappings too, for bench/smaps_summary.py (what the RSS is).
    if [[ -n ${SMAPS:-} ]]; then cat "/proc/$SERVER_PID/smaps" >"$dir/smaps" 2>/dev/null || true; fi
    # Datagrams the kernel dropped because the server's receive buffer was full.
    ip netns exec "$SNS" awk '/^Udp6RcvbufErrors/ { print $2 }' /proc/net/snmp6 >"$dir/rcvbuf_errors" || true
    # ... and at perfdhcp's (the client's answers lost before it read them: the measuring
    # client's limit, not the server's).
    ip netns exec "$CNS" awk '/^Udp6RcvbufErrors/ { print $2 }' /proc/net/snmp6 >"$dir/client_rcvbuf_errors" || true
    if [[ $server == bootforge ]]; then
        # What was shed, by reason, and what the writer dropped (bootforge_dhcp_shed_total).
        ip netns exec "$SNS" curl -sf -m 5 'http://[::1]:18080/metrics' >"$dir/metrics.txt" || true
    fi
    stop_server
    cleanup
    if grep -q '^ERROR' "$dir/perfdhcp.txt"; then
        echo "[$server $rate] $(grep '^ERROR' "$dir/perfdhcp.txt")" >&2
    fi
    echo "$(parse_perfdhcp "$dir/perfdhcp.txt") $stored" >"$dir/result"
}


ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
per_s() { awk -v d="$1" -v t="${RUN_SECONDS:-$duration}" 'BEGIN { printf "%.1f", d / t }'; }
shed_of() { # METRICS-FILE → "stale/queue_delay/new_work_busy/in_flight_full events_dropped summarised"
    awk '/^bootforge_dhcp_shed_total\{reason="stale"/ { st = $2 } /^bootforge_dhcp_shed_total\{reason="new_work_busy"/ { nb = $2 }
         /^bootforge_dhcp_shed_total\{reason="in_flight_full"/ { ff = $2 } /^bootforge_store_events_dropped_total / { ed = $2 }
         /^bootforge_dhcp_shed_total\{reason="queue_delay"/ { qd = $2 }
         /^bootforge_dhcp_events_summarised_total / { su = $2 }
         END { printf "%d/%d/%d/%d %d %d", st, qd, nb, ff, ed, su }' "$1" 2>/dev/null || echo "-/-/-/- - -"
}

# clean_rate SERVER: the highest of CLEAN_RATES with <= 0.1 % lost exchanges (each rate tried
# until the first that is not clean); sets CLEAN and PEAK_DONE (best done/s seen).
clean_rate() {
    local server=$1 rate sol ndone lost rest
    CLEAN=0
    for rate in $clean_rates; do
        echo "clean rate: $server${TAG:+ ($TAG)} at ${rate}/s ..." >&2
        run_one "$server" "$rate"
        read -r sol ndone lost rest <"$art/$server${TAG:+-$TAG}-$rate/result"
        echo "  solicits $sol completed $ndone lost $lost% (kernel receive-buffer drops: server $(cat "$art/$server${TAG:+-$TAG}-$rate/rcvbuf_errors" 2>/dev/null), client $(cat "$art/$server${TAG:+-$TAG}-$rate/client_rcvbuf_errors" 2>/dev/null))" >&2
        if awk -v s="$sol" -v d="$ndone" 'BEGIN { exit !(s > 0 && (s - d) * 1000 <= s) }'; then
            CLEAN=$rate
        else
            break
        fi
    done
}

if [[ $which == storm ]]; then
    clean_rates=${CLEAN_RATES:-4000 8000 10000 12000 14000 16000 18000 20000 22000 24000 26000 28000 32000}
    # Latency at exactly LATENCY_RATE (2000/s) offered, both servers (issue 11: Request->Reply
    # median <= 3 ms, Solicit->Advertise <= Kea's): once on the quiet machine, before any
    # heavy run, and once after the overload runs (on some hosts the disk and CPU are slower
    # for minutes after them; both are shown).
    lat_rate=${LATENCY_RATE:-2000}
    for server in kea bootforge; do
        echo "latency (quiet): $server at ${lat_rate}/s ..." >&2
        TAG=lat0 run_one "$server" "$lat_rate"
    done
    if [[ -n ${OVERLOAD_BASE:-} ]]; then
        # Only the overload table, around a clean rate measured before.
        kea_clean=- bf_clean=$OVERLOAD_BASE bf_clean1=-
    else
        clean_rate kea
        kea_clean=$CLEAN
        clean_rate bootforge
        bf_clean=$CLEAN
        TAG=1cpu CPUS=0 clean_rate bootforge
        bf_clean1=$CLEAN
    fi
    # No clean rate among those tried: the overload table starts from the lowest tried.
    base=$bf_clean
    [[ $base == 0 ]] && base=${clean_rates%% *}
    over=()
    for k in 1 2 3 5; do over+=($((base * k))); done
    for rate in "${over[@]}"; do
        echo "overload: bootforge at ${rate}/s ..." >&2
        TAG=over run_one bootforge "$rate"
    done
    for server in kea bootforge; do
        echo "latency (after the overload runs): $server at ${lat_rate}/s ..." >&2
        TAG=lat run_one "$server" "$lat_rate"
    done
    leases=${LEASES:-100000}
    mem_rate=5000
    [[ -n ${OVERLOAD_BASE:-} ]] && leases=0
    mem_s=$(((leases + mem_rate - 1) / mem_rate))
    for server in kea bootforge; do
        ((leases > 0)) || break
        echo "memory: $server, ${mem_rate}/s for ${mem_s} s ..." >&2
        TAG=mem RUN_SECONDS=$mem_s run_one "$server" "$mem_rate"
    done

    echo
    echo "DHCPv6 boot storm (issue 11): perfdhcp -6 (Kea $(perfdhcp -v 2>&1 | awk '{print $2}')), $duration s per run, $(nproc) CPUs"
    echo "clean rate = highest offered rate of [$clean_rates]/s with <= 0.1 % of exchanges lost"
    echo "  kea:       ${kea_clean}/s"
    echo "  bootforge: ${bf_clean}/s  (1 core, taskset -c 0: ${bf_clean1}/s; 2 cores: ${bf_clean}/s)"
    echo "  ratio bootforge/kea: $(ratio "$bf_clean" "$kea_clean")   (a rate above the last tried would be 'not found': the clean rate is at least that)"
    # What a clean rate cannot show when perfdhcp, on the same cores, is the limit: what each
    # exchange costs the server, at the rates both served clean.
    echo "  server CPU per completed exchange (µs, all threads), at the rates both served clean:"
    for rate in $clean_rates; do
        [[ $kea_clean != - ]] && ((rate <= kea_clean && rate <= bf_clean)) || continue
        kc=$(cpu_per_exchange "$art/kea-$rate") bc=$(cpu_per_exchange "$art/bootforge-$rate")
        printf '    %6s/s  kea %6s  bootforge %6s  ratio %s\n' "$rate" "$kc" "$bc" "$(ratio "$bc" "$kc")"
    done
    echo
    echo "overload, bootforge, multiples of its clean rate (answered = Request->Reply completed / Solicits sent;"
    echo "  medians in ms; shed = bootforge_dhcp_shed_total stale/queue_delay/new_work_busy/in_flight_full; events dropped / summarised;"
    echo "  rcvbuf = datagrams the kernel dropped at the server's / perfdhcp's full socket buffer, Udp6RcvbufErrors)"
    printf '%-9s %-4s %9s %8s %9s %9s %9s %24s %9s %9s %15s\n' offered/s x done/s "%peak" answered SA-med RR-med shed ev-drop ev-summ rcvbuf-srv/cli
    peak=0
    for rate in "${over[@]}"; do
        read -r _ nd _ <"$art/bootforge-over-$rate/result"
        peak=$(awk -v a="$peak" -v b="$nd" 'BEGIN { print (b > a ? b : a) }')
    done
    k=(1 2 3 5)
    i=0
    for rate in "${over[@]}"; do
        read -r sol nd _ sam _ rrm _ _ <"$art/bootforge-over-$rate/result"
        read -r shed ed su <<<"$(shed_of "$art/bootforge-over-$rate/metrics.txt")"
        rb=$(cat "$art/bootforge-over-$rate/rcvbuf_errors" 2>/dev/null || echo -)/$(cat "$art/bootforge-over-$rate/client_rcvbuf_errors" 2>/dev/null || echo -)
        printf '%-9s %-4s %9s %7s%% %8s%% %9s %9s %24s %9s %9s %15s\n' "$rate" "${k[$i]}x" "$(per_s "$nd")" \
            "$(awk -v a="$nd" -v p="$peak" 'BEGIN { printf "%.0f", p ? 100 * a / p : 0 }')" \
            "$(awk -v a="$nd" -v s="$sol" 'BEGIN { printf "%.1f", s ? 100 * a / s : 0 }')" "$sam" "$rrm" "$shed" "$ed" "$su" "${rb:--}"
        i=$((i + 1))
    done
    echo
    for when in "lat0 quiet, before any heavy run" "lat after the overload runs"; do
        tag=${when%% *}
        echo "latency at ${lat_rate}/s offered, ${when#* } (ms, median/mean; lost = exchanges not completed):"
        for server in kea bootforge; do
            read -r _ _ lost sam saa rrm rra _ <"$art/$server-$tag-$lat_rate/result"
            printf '  %-10s SA %s/%s  RR %s/%s  lost %s%%\n' "$server" "$sam" "$saa" "$rrm" "$rra" "$lost"
        done
        read -r _ _ _ ksam _ krrm _ _ <"$art/kea-$tag-$lat_rate/result"
        read -r _ _ _ bsam _ brrm _ _ <"$art/bootforge-$tag-$lat_rate/result"
        echo "  ratio bootforge/kea: SA median $(ratio "$bsam" "$ksam"), RR median $(ratio "$brrm" "$krrm") (target: RR median <= 3 ms, SA median <= Kea's)"
    done
    echo
    echo "resident memory (VmRSS) after ${mem_rate}/s for ${mem_s} s (leases = rows on disk / distinct CSV addresses):"
    for server in kea bootforge; do
        ((leases > 0)) || break
        f=$art/$server-mem-$mem_rate/rss_kib
        read -r _ _ _ _ _ _ _ st <"$art/$server-mem-$mem_rate/result"
        rss[$server]=$(cat "$f" 2>/dev/null || echo 0)
        printf '  %-10s %8.1f MiB  %s leases  %.0f bytes/lease (whole process)\n' "$server" "$(awk -v k="${rss[$server]}" 'BEGIN { print k / 1024 }')" \
            "$st" "$(awk -v k="${rss[$server]}" -v n="$st" 'BEGIN { print n ? k * 1024 / n : 0 }')"
    done
    ((leases > 0)) && echo "  ratio bootforge/kea: $(ratio "${rss[bootforge]}" "${rss[kea]}")"
    echo "raw perfdhcp output, configs, /metrics and server logs: $art"
    exit 0
fi

servers=()
[[ $which != bootforge ]] && servers+=(kea)
[[ $which != kea ]] && servers+=(bootforge)

# Servers alternate within each rate, so drift in the machine's load hits both alike.
declare -A res
for rate in $rates; do
    for server in "${servers[@]}"; do
        echo "running $server, offered ${rate}/s, ${duration} s ..." >&2
        run_one "$server" "$rate"
        res[$server,$rate]=$(cat "$art/$server-$rate/result")
        echo "  solicits completed lost% SA-med SA-avg RR-med RR-avg stored: ${res[$server,$rate]}" >&2
    done
done


echo
echo "DHCPv6 lease throughput: perfdhcp -6 (Kea $(perfdhcp -v 2>&1 | awk '{print $2}')), $duration s per run, $(nproc) CPUs,"
echo "  pool $range_start-$range_end, rapid commit off (Solicit/Advertise/Request/Reply)"
[[ $which != bootforge ]] && echo "kea-dhcp6 $(kea-dhcp6 -v 2>/dev/null): memfile, persist=true (each lease appended to a CSV; no fsync), single-threaded (2.2 default)"
[[ $which != kea ]] && echo "bootforge: SQLite WAL, synchronous=FULL: each lease committed (fsync, group commit) before its Reply leaves"
echo "done/s = Request->Reply exchanges completed / $duration s; lost = Solicits sent without a Reply at the end"
echo "latency ms (median/mean): SA = Solicit->Advertise, RR = Request->Reply; stored = leases on disk after the run"
echo "cpu-us/ex = the server's CPU time (all threads) per completed exchange"
echo
printf '%-9s %-10s %9s %9s %9s %7s %15s %15s %9s %9s\n' offered/s server done/s completed solicits lost% "SA med/avg" "RR med/avg" stored cpu-us/ex
for rate in $rates; do
    for server in "${servers[@]}"; do
        read -r sol ndone lost sam saa rrm rra stored <<<"${res[$server,$rate]:-0 0 0 - - - - -}"
        printf '%-9s %-10s %9s %9d %9d %7s %15s %15s %9s %9s\n' "$rate" "$server" "$(per_s "$ndone")" \
            "$ndone" "$sol" "$lost" "$sam/$saa" "$rrm/$rra" "$stored" "$(cpu_per_exchange "$art/$server-$rate")"
    done
    if [[ $which == both ]]; then
        read -r _ kd _ ksam ksaa krrm krra _ <<<"${res[kea,$rate]:-0 0 0 - - - - -}"
        read -r _ bd _ bsam bsaa brrm brra _ <<<"${res[bootforge,$rate]:-0 0 0 - - - - -}"
        printf '%-9s %-10s %9s %9s %9s %7s %15s %15s %9s %9s\n' "$rate" "b/k" "$(ratio "$bd" "$kd")" "" "" "" \
            "$(ratio "$bsam" "$ksam")/$(ratio "$bsaa" "$ksaa")" "$(ratio "$brrm" "$krrm")/$(ratio "$brra" "$krra")" "" \
            "$(ratio "$(cpu_per_exchange "$art/bootforge-$rate")" "$(cpu_per_exchange "$art/kea-$rate")")"
    fi
done
echo
echo "resident memory at the end of each run (VmRSS, MiB) with the leases stored:"
for rate in $rates; do
    for server in "${servers[@]}"; do
        f=$art/$server-$rate/rss_kib
        [[ -s $f ]] || continue
        read -r _ _ _ _ _ _ _ st <<<"${res[$server,$rate]:-0 0 0 - - - - -}"
        printf '  %-9s %-10s %8.1f MiB  %s leases\n' "$rate" "$server" "$(awk '{ print $1 / 1024 }' "$f")" "$st"
    done
done
if [[ $which != kea ]]; then
    echo
    echo "bootforge shed before any work (bootforge_dhcp_shed_total), events dropped by the writer:"
    for rate in $rates; do
        m=$art/bootforge-$rate/metrics.txt
        [[ -f $m ]] || continue
        printf '  %-9s %s\n' "$rate" "$(awk '/^bootforge_dhcp_shed_total\{/ { sub(/.*reason="/, ""); sub(/"\}/, ""); printf "%s=%s ", $1, $2 }
            /^bootforge_store_events_dropped_total / { printf "events_dropped=%s", $2 }' "$m")"
    done
fi
if [[ $which == both ]]; then
    echo
    echo "b/k = ratio bootforge/kea: done/s above 1 means bootforge completed more; latency above 1 means bootforge is slower"
fi
echo "raw perfdhcp output (-x t timestamps), configs and server logs: $art"
