#!/usr/bin/env bash
# DHCPv6 on PostgreSQL: the clean rate of one bootforge instance, of two bootforge instances
# on one database and one link, and of ISC Kea (kea-dhcp6 2.2) on its PostgreSQL lease
# backend, in the same run, on the same machine, driven by the same client (perfdhcp -6).
#
# One throwaway PostgreSQL 15 cluster for the whole run (initdb as the postgres user in a
# temp dir, Unix socket only, fsync and synchronous_commit on: every server's leases are
# durable before its Reply); a fresh database for each run. Each run gets fresh network
# namespaces (server, client) joined by a veth pair; nothing touches the host's interfaces
# or any system cluster.
#
# Clean rate = the highest offered Solicit rate of RATES with <= 0.1 % of exchanges
# (Solicit/Advertise/Request/Reply) not completed; rates are tried upwards until the first
# that is not clean. Two bootforge instances share the link, so both receive every message
# and both answer (the client takes the first answer): the second instance is redundancy,
# not a share of the work, and the two-instance figure says what that costs.
#
# usage: bench/pg_compare.sh          (root; a few minutes + build)
# env:   BOOTFORGE_BIN  bootforge binary (default: cargo build --release)
#        DURATION       seconds per run (default 10)
#        RATES          offered Solicits/s, ascending (default "500 1000 2000 3000 4000 6000")
#        KEA_THREADS    Kea's thread pool (default 4; 0 = Kea's single-threaded default)
#        ARTIFACTS      logs, configs, perfdhcp outputs (default target/bench/pg)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
art=${ARTIFACTS:-$repo/target/bench/pg}
duration=${DURATION:-10}
rates=${RATES:-500 1000 2000 3000 4000 6000}
kea_threads=${KEA_THREADS:-4}
prefix=2001:db8:8f0
range_start=$prefix::1000
range_end=$prefix::ffff:ffff
clients=4000000000
pg_bin=/usr/lib/postgresql/15/bin
port=5432

[[ $(id -u) -eq 0 ]] || { echo "pg_compare.sh: needs root (network namespaces)" >&2; exit 1; }
for tool in perfdhcp kea-dhcp6 ip runuser; do
    command -v "$tool" >/dev/null || { echo "pg_compare.sh: $tool missing (apt-get install -y kea-dhcp6-server kea-admin iproute2)" >&2; exit 1; }
done
[[ -x $pg_bin/initdb ]] || { echo "pg_compare.sh: $pg_bin/initdb missing (apt-get install -y postgresql)" >&2; exit 1; }
kea_schema=/usr/share/kea/scripts/pgsql/dhcpdb_create.pgsql
[[ -f $kea_schema ]] || { echo "pg_compare.sh: $kea_schema missing (apt-get install -y kea-admin)" >&2; exit 1; }
bin=${BOOTFORGE_BIN:-}
if [[ -z $bin ]]; then
    (cd "$repo" && cargo build --release -q -p bootforge --bin bootforge) >&2
    bin=$repo/target/release/bootforge
fi
rm -rf "$art"
mkdir -p "$art"

SNS=bfpg-$$-s CNS=bfpg-$$-c SIF=srv0 CIF=cli0
PIDS=()
cluster=$(mktemp -d /tmp/bfpg-bench-XXXXXX)
chown postgres:postgres "$cluster"
sock=$cluster/socket

stop_servers() {
    local pid
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    PIDS=()
}

ns_down() {
    local ns=$1 pids
    ip netns list 2>/dev/null | awk '{print $1}' | grep -qx "$ns" || return 0
    pids=$(ip netns pids "$ns" 2>/dev/null || true)
    # shellcheck disable=SC2086
    [[ -z $pids ]] || kill -KILL $pids 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
}

cleanup() {
    stop_servers
    ns_down "$CNS"
    ns_down "$SNS"
}

cleanup_all() {
    cleanup
    if [[ -d $cluster/data ]]; then
        runuser -u postgres -- "$pg_bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster"
}
trap cleanup_all EXIT
trap 'exit 130' INT TERM

psql_do() { # DB SQL
    "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -At -U postgres -h "$sock" -p "$port" -d "$1" -c "$2"
}

runuser -u postgres -- mkdir -p "$sock"
runuser -u postgres -- "$pg_bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$art/initdb.log" 2>&1
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$cluster/data" -l "$cluster/postgres.log" -w start \
    -o "-c listen_addresses='' -k $sock -p $port -c max_connections=200 -c fsync=on -c synchronous_commit=on" >/dev/null

fresh_db() { # NAME
    psql_do postgres "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
    psql_do postgres "CREATE DATABASE $1"
}

link_up() {
    cleanup
    local ns
    for ns in "$SNS" "$CNS"; do
        ip netns add "$ns"
        ip -n "$ns" link set lo up
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.default.accept_dad=0
    done
    ip -n "$SNS" link add "$SIF" type veth peer name "$CIF" netns "$CNS"
    ip -n "$SNS" link set "$SIF" up
    ip -n "$CNS" link set "$CIF" up
    ip -n "$SNS" addr add "$prefix::1/64" dev "$SIF" nodad
    for _ in $(seq 1 50); do
        ip -n "$CNS" -6 addr show dev "$CIF" scope link | grep -q 'inet6 fe80' &&
            ip -n "$SNS" -6 addr show dev "$SIF" scope link | grep -q 'inet6 fe80' && return 0
        sleep 0.1
    done
    echo "pg_compare.sh: no link-local address on the veth pair" >&2
    return 1
}

start_kea() { # DIR
    local dir=$1 mt=false
    fresh_db kea
    "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -U postgres -h "$sock" -p "$port" -d kea -f "$kea_schema" >/dev/null
    [[ $kea_threads -gt 0 ]] && mt=true
    cat >"$dir/kea-dhcp6.json" <<JSON
{ "Dhcp6": {
    "interfaces-config": { "interfaces": [ "$SIF" ] },
    "data-directory": "$dir",
    "lease-database": { "type": "postgresql", "name": "kea", "host": "$sock", "port": $port,
                        "user": "postgres" },
    "multi-threading": { "enable-multi-threading": $mt, "thread-pool-size": $kea_threads,
                         "packet-queue-size": 64 },
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
        ip netns exec "$SNS" kea-dhcp6 -c "$dir/kea-dhcp6.json" >"$dir/kea.out" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 100); do
        if ip netns exec "$SNS" ss -Hlun 'sport = :547' | grep -q . &&
            ip -n "$SNS" -6 maddr show dev "$SIF" | grep -q 'ff02::1:2'; then
            sleep 0.5
            return 0
        fi
        kill -0 "${PIDS[-1]}" 2>/dev/null || break
        sleep 0.1
    done
    echo "kea did not start; see $dir/kea.out" >&2
    tail -n 20 "$dir/kea.out" >&2
    return 1
}

start_bootforge() { # DIR N: N instances on one database
    local dir=$1 n=$2 i
    fresh_db bootforge
    for i in $(seq 1 "$n"); do
        mkdir -p "$dir/data$i"
        BOOTFORGE_LOG=warn NO_COLOR=1 BOOTFORGE_DHCP__RAPID_COMMIT=false \
            BOOTFORGE_DHCP__T1=1800 BOOTFORGE_DHCP__T2=2880 \
            BOOTFORGE_DHCP__PREFERRED_LIFETIME=3600 BOOTFORGE_DHCP__VALID_LIFETIME=7200 \
            BOOTFORGE_DATABASE_URL="postgres://postgres@localhost:$port/bootforge?host=$sock" \
            ip netns exec "$SNS" "$bin" serve --data-dir "$dir/data$i" --interface "$SIF" \
            --pool "$prefix::/64,$range_start,$range_end" --server-address "$prefix::1" \
            --http-listen "[::1]:0" --https-listen "[::1]:0" --tftp-listen "[::1]:0" \
            --ready-file "$dir/ready$i.json" >"$dir/bootforge$i.log" 2>&1 &
        PIDS+=($!)
        # One at a time: the first creates the schema and the shared server identity.
        for _ in $(seq 1 200); do
            [[ -s $dir/ready$i.json ]] && break
            kill -0 "${PIDS[-1]}" 2>/dev/null || break
            sleep 0.05
        done
        [[ -s $dir/ready$i.json ]] || { echo "bootforge $i did not start:" >&2; tail -n 20 "$dir/bootforge$i.log" >&2; return 1; }
    done
    sleep 0.5
}

# perfdhcp output → "solicits requests completed rr_median_ms"
parse_perfdhcp() { # FILE
    awk '
        /^\*\*\*Statistics for: SOLICIT-ADVERTISE/ { sec = "sa" }
        /^\*\*\*Statistics for: REQUEST-REPLY/ { sec = "rr" }
        /^sent packets:/ { sent[sec] = $3 }
        /^received packets:/ { recv[sec] = $3 }
        /^avg delay:/ { avg[sec] = $3 }
        END { printf "%d %d %d %s\n", sent["sa"], sent["rr"], recv["rr"], (avg["rr"] == "" ? "-" : avg["rr"]) }' "$1"
}

run_one() { # SERVER RATE → $art/SERVER-RATE/result
    local server=$1 rate=$2 dir=$art/$1-$2
    mkdir -p "$dir"
    link_up
    case $server in
    kea) start_kea "$dir" ;;
    bootforge1) start_bootforge "$dir" 1 ;;
    bootforge2) start_bootforge "$dir" 2 ;;
    esac
    ip netns exec "$CNS" timeout -k 5 $((duration + 60)) perfdhcp -6 -l "$CIF" -R "$clients" \
        -p "$duration" -W 1000000 -r "$rate" >"$dir/perfdhcp.txt" 2>&1 &
    wait $! || true
    local stored
    case $server in
    kea) stored=$(psql_do kea "SELECT count(*) FROM lease6") ;;
    *) stored=$(psql_do bootforge "SELECT count(*) FROM leases") ;;
    esac
    cleanup
    echo "$(parse_perfdhcp "$dir/perfdhcp.txt") $stored" >"$dir/result"
}

declare -A clean last
for server in kea bootforge1 bootforge2; do
    clean[$server]=0
done
# Servers alternate within each rate, so drift in the machine's load hits all alike; a
# server drops out at its first rate that is not clean.
for rate in $rates; do
    for server in kea bootforge1 bootforge2; do
        [[ ${last[$server]:-} == done ]] && continue
        echo "$server at ${rate}/s, ${duration} s ..." >&2
        run_one "$server" "$rate"
        read -r sol req ndone avg stored <"$art/$server-$rate/result"
        echo "  solicits $sol requests $req completed $ndone (RR avg ${avg} ms) leases stored $stored" >&2
        if awk -v s="$sol" -v d="$ndone" 'BEGIN { exit !(s > 0 && (s - d) * 1000 <= s) }'; then
            clean[$server]=$rate
        else
            last[$server]=done
        fi
    done
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
echo
echo "DHCPv6 on PostgreSQL 15 (one cluster, fsync on): perfdhcp -6, $duration s per run, $(nproc) CPUs,"
echo "  rates tried [$rates]/s; clean = highest with <= 0.1 % of exchanges not completed"
echo "  kea-dhcp6 $(kea-dhcp6 -v 2>/dev/null): postgresql lease backend, multi-threading $([[ $kea_threads -gt 0 ]] && echo "on, $kea_threads threads" || echo off)"
echo "  bootforge: database_url (group commit); 2 instances = both on the link, both answer"
printf '  %-28s %8s\n' "server" "clean/s"
printf '  %-28s %8s\n' "kea" "${clean[kea]}"
printf '  %-28s %8s\n' "bootforge, 1 instance" "${clean[bootforge1]}"
printf '  %-28s %8s\n' "bootforge, 2 instances" "${clean[bootforge2]}"
echo "  ratio bootforge(1)/kea: $(ratio "${clean[bootforge1]}" "${clean[kea]}")"
echo "  ratio bootforge(2)/kea: $(ratio "${clean[bootforge2]}" "${clean[kea]}")"
echo "  ratio bootforge(2)/bootforge(1): $(ratio "${clean[bootforge2]}" "${clean[bootforge1]}")"
echo "  (a clean rate equal to the last rate tried means at least that)"
echo "raw perfdhcp output, configs and logs: $art"
