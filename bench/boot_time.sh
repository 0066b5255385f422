#!/usr/bin/env bash
# Boot-time benchmark: the same OVMF VM (PXE over IPv6 → ipxe.efi over TFTP → iPXE DHCPv6 →
# script over HTTP → kernel + initrd → marker line) against
#   1. dnsmasq (DHCPv6 + RA + TFTP) and python3 -m http.server, the reference, serving
#      Debian's ipxe.efi (what an operator would put in dnsmasq's TFTP root), and
#   2. bootforge serve with its defaults (its own ipxe.efi, boot-scripts/ipxe/),
# each in its own network namespace. Prints power-on → marker times and their ratio, and for
# bootforge the time from its DHCPv6 Reply to iPXE to iPXE's script fetch (boot events).
# Not a test: it exits non-zero only if a boot does not reach the marker.
#
# usage: bench/boot_time.sh [dnsmasq|bootforge|both]   (default both; root; ~1-2 min per boot)
# env:   BOOTFORGE_BIN   bootforge binary (default: `cargo build`, then target/debug/bootforge)
#        VM_TIMEOUT      seconds per boot (default 240)
#        ARTIFACTS       where logs and pcaps go (default target/vm-artifacts/bench)
set -euo pipefail

which=${1:-both}
repo=$(cd "$(dirname "$0")/.." && pwd)
vm=$repo/server/tests/vm
payload=$repo/target/vm-payload
art=${ARTIFACTS:-$repo/target/vm-artifacts/bench}
timeout_s=${VM_TIMEOUT:-240}
ipxe_efi=/usr/lib/ipxe/ipxe.efi
mac=52:54:00:be:0c:01
marker=BOOTFORGE-MARKER

[[ $(id -u) -eq 0 ]] || { echo "boot_time.sh: needs root (network namespaces, taps)" >&2; exit 1; }
"$vm/build-payload.sh" "$payload"
mkdir -p "$art"

NS=""
cleanup() {
    [[ -n $NS ]] && "$vm/link.sh" down "$NS" || true
    NS=""
}
trap cleanup EXIT INT TERM

# boot_vm LABEL → prints seconds from qemu start to the marker line; 1 if no marker.
boot_vm() {
    local label=$1 serial=$art/$1.serial.log
    local t0 t1
    rm -f "$serial" # no stale marker from an earlier run
    t0=$(date +%s.%N)
    "$vm/qemu.sh" "$NS" tap0 "$mac" pxe "$serial" "$timeout_s" &
    local qpid=$!
    while kill -0 "$qpid" 2>/dev/null; do
        if grep -q "$marker" "$serial" 2>/dev/null; then
            t1=$(date +%s.%N)
            break
        fi
        sleep 0.2
    done
    wait "$qpid" 2>/dev/null || true
    if [[ -z ${t1:-} ]] && grep -q "$marker" "$serial" 2>/dev/null; then
        t1=$(date +%s.%N)
    fi
    if [[ -z ${t1:-} ]]; then
        echo "[$label] no marker within ${timeout_s}s; serial tail:" >&2
        tail -n 30 "$serial" >&2 || true
        "$vm/capture.sh" summary "$art/$label.pcapng" >&2 || true
        return 1
    fi
    grep -a "$marker" "$serial" | head -n1 | tr -d '\r' >&2
    awk -v a="$t1" -v b="$t0" 'BEGIN { printf "%.1f\n", a - b }'
}

run_dnsmasq() {
    local prefix=2001:db8:be01 state=$art/dnsmasq.state
    rm -rf "$state"
    mkdir -p "$state/tftp" "$state/www"
    NS=bfbench-$$-d
    "$vm/link.sh" up "$NS" "$prefix" "$state" 1 >&2
    # The reference link's RAs come from dnsmasq itself; stop link.sh's radvd.
    kill "$(cat "$state/radvd.pid")" 2>/dev/null || true
    cp "$ipxe_efi" "$state/tftp/ipxe.efi"
    cp "$payload/vmlinuz" "$payload/initrd.img" "$state/www/"
    cat >"$state/www/boot.ipxe" <<IPXE
#!ipxe
kernel http://[$prefix::1]:8080/vmlinuz console=ttyS0 panic=-1 initrd=initrd.img bootforge.test=dnsmasq
initrd http://[$prefix::1]:8080/initrd.img
boot
IPXE
    "$vm/capture.sh" start "$NS" "$art/dnsmasq.pcapng" "$state/tshark.pid" >&2
    ip netns exec "$NS" dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 \
        --user=root --group=root --pid-file="$state/dnsmasq.pid" \
        --interface=br0 --bind-interfaces --log-dhcp --log-facility="$state/dnsmasq.log" \
        --enable-ra --dhcp-range="$prefix::100,$prefix::1ff,64,1h" \
        --dhcp-userclass=set:ipxe,iPXE \
        --dhcp-option="option6:bootfile-url,tftp://[$prefix::1]/ipxe.efi" \
        --dhcp-option="tag:ipxe,option6:bootfile-url,http://[$prefix::1]:8080/boot.ipxe" \
        --enable-tftp --tftp-root="$state/tftp" &
    (cd "$state/www" && exec ip netns exec "$NS" python3 -m http.server 8080 --bind "$prefix::1" \
        >"$state/http.log" 2>&1) &
    sleep 1
    local t rc=0
    t=$(boot_vm dnsmasq) || rc=1
    "$vm/capture.sh" stop "$state/tshark.pid"
    cleanup
    [[ $rc -eq 0 ]] || return 1
    echo "$t"
}

run_bootforge() {
    local prefix=2001:db8:be02 state=$art/bootforge.state bin=${BOOTFORGE_BIN:-}
    if [[ -z $bin ]]; then
        (cd "$repo" && cargo build -q -p bootforge --bin bootforge) >&2
        bin=$repo/target/debug/bootforge
    fi
    rm -rf "$state"
    mkdir -p "$state/data/tftp"
    NS=bfbench-$$-b
    "$vm/link.sh" up "$NS" "$prefix" "$state" 1 >&2
    cp "$payload/vmlinuz" "$payload/initrd.img" "$state/data/tftp/"
    "$vm/capture.sh" start "$NS" "$art/bootforge.pcapng" "$state/tshark.pid" >&2
    # Create the database, then register the machine and its profile through it.
    BOOTFORGE_LOG=debug,sqlx=warn NO_COLOR=1 ip netns exec "$NS" "$bin" serve --interface br0 --pool "$prefix::/64" \
        --server-address "$prefix::1" --data-dir "$state/data" --http-listen "[::]:8080" \
        >"$state/bootforge.log" 2>&1 &
    local db=$state/data/bootforge.db
    for _ in $(seq 1 100); do
        [[ -s $db ]] && sqlite3 "$db" 'select 1 from profiles limit 1' >/dev/null 2>&1 && break
        sleep 0.1
    done
    local now
    now=$(date +%s%3N)
    sqlite3 "$db" <<SQL
.timeout 5000
INSERT INTO profiles (name, description, kernel, initrd, cmdline, template, variables, created_at, updated_at)
VALUES ('bench', 'boot_time.sh', 'vmlinuz', 'initrd.img',
        'console=ttyS0 panic=-1 bootforge.test=bootforge', 'install.ipxe', '{}', $now, $now);
INSERT INTO machines (mac, hostname, profile, state, variables, created_at, updated_at)
VALUES ('$mac', 'bench', 'bench', 'ready', '{}', $now, $now)
ON CONFLICT(mac) DO UPDATE SET profile = 'bench', state = 'ready';
SQL
    local t rc=0
    t=$(boot_vm bootforge) || rc=1
    "$vm/capture.sh" stop "$state/tshark.pid"
    sleep 1 # the last events' group commit
    sqlite3 "$db" >&2 <<'SQL' || true
.timeout 5000
SELECT 'bootforge served ipxe.efi from: ' || json_extract(detail, '$.origin')
  FROM events WHERE source = 'tftp' AND stage = 'tftp_start'
   AND json_extract(detail, '$.file') = 'ipxe.efi' LIMIT 1;
SELECT printf('bootforge DHCPv6 Reply to iPXE -> script GET: %.3f s', (s.at - r.at) / 1000.0)
  FROM (SELECT min(at) AS at FROM events WHERE source = 'http' AND stage = 'script') s,
       (SELECT max(at) AS at FROM events WHERE source = 'dhcp'
         AND json_extract(detail, '$.reply') = 'Reply'
         AND json_extract(detail, '$.class.kind') = 'ipxe'
         AND at <= (SELECT min(at) FROM events WHERE source = 'http' AND stage = 'script')) r;
SQL
    if [[ $rc -ne 0 ]]; then
        echo "--- bootforge log tail ---" >&2
        tail -n 40 "$state/bootforge.log" >&2
    fi
    cleanup
    [[ $rc -eq 0 ]] || return 1
    echo "$t"
}

td="" tb=""
case $which in
dnsmasq) td=$(run_dnsmasq) ;;
bootforge) tb=$(run_bootforge) ;;
both)
    td=$(run_dnsmasq)
    tb=$(run_bootforge)
    ;;
*) echo "usage: boot_time.sh [dnsmasq|bootforge|both]" >&2; exit 2 ;;
esac

echo
[[ -n $td ]] && echo "dnsmasq + python http : ${td} s power-on -> marker"
[[ -n $tb ]] && echo "bootforge             : ${tb} s power-on -> marker"
if [[ -n $td && -n $tb ]]; then
    echo "ratio bootforge/dnsmasq: $(awk -v a="$tb" -v b="$td" 'BEGIN { printf "%.2f", a / b }')"
fi
