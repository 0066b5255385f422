#!/usr/bin/env bash
# The seven capabilities a published evaluation of open-source DHCPv6 relays asked for (best
# score 4.5/7), measured for ISC `dhcrelay -6` and `bootforge relay` in the same routed
# topology, printed side by side:
#
#   cNN ─ vlanNN ┐                ┌ u1 ═ c1 (metric 100) ┐
#                ├─ rtr (relay) ──┤                      ├─ core ─ c0 ═ s0 ─ srv (bootforge serve)
#   (vlan30 later)                └ u2 ═ c2 (metric 200) ┘
#
# Each relay gets a fresh topology; the clients are ISC `dhclient -6` (own script, lease and
# pid files: nothing on the host is touched). Measured: 1 option 79 (the server records the
# MAC's source as relay_option), 2 a VLAN added while running gets a lease, 3 a replaced VLAN
# address gives a lease from the new prefix's pool, 4 the preferred uplink down, a lease
# still. 5-7 are facts about the software, printed as such (7 looks at the installed package /
# the built .deb).
#
# usage: sudo bench/relay_compare.sh         (needs isc-dhcp-relay isc-dhcp-client sqlite3)
# env:   BOOTFORGE_BIN (default target/debug/bootforge, built if missing)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${BOOTFORGE_BIN:-$repo/target/debug/bootforge}
[ "$(id -u)" = 0 ] || { echo "needs root (network namespaces)" >&2; exit 1; }
for c in dhcrelay dhclient sqlite3 ip; do
    command -v "$c" >/dev/null || { echo "$c not found (apt-get install isc-dhcp-relay isc-dhcp-client sqlite3 iproute2)" >&2; exit 1; }
done
[ -x "$bin" ] || (cd "$repo" && cargo build -p bootforge)

SERVER=2001:db8:ff00::d
tag=bfcmp-$$
work=$(mktemp -d /tmp/relay-compare.XXXXXX)
namespaces=()
say() { printf '[relay-compare] %s\n' "$*" >&2; }

nsx() { local ns=$1; shift; ip netns exec "$ns" "$@"; }
add_ns() {
    ip netns add "$1"
    namespaces+=("$1")
    nsx "$1" sysctl -q -w net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 \
        net.ipv6.conf.all.keep_addr_on_down=1 net.ipv6.conf.default.keep_addr_on_down=1
    nsx "$1" ip link set lo up
}
veth() { # ns_a if_a ns_b if_b
    ip -n "$1" link add "$2" type veth peer name "$4" netns "$3"
    ip -n "$1" link set "$2" up
    ip -n "$3" link set "$4" up
}
teardown() {
    for ns in "${namespaces[@]}"; do
        pids=$(ip netns pids "$ns" 2>/dev/null || true)
        # shellcheck disable=SC2086
        [ -n "$pids" ] && kill -9 $pids 2>/dev/null || true
        ip netns del "$ns" 2>/dev/null || true
    done
    namespaces=()
}
trap 'teardown; rm -rf "$work"' EXIT

topology() { # run
    local r=$1
    srv=$tag-$r-srv core=$tag-$r-core rtr=$tag-$r-rtr
    for ns in "$srv" "$core" "$rtr"; do add_ns "$ns"; done
    veth "$srv" s0 "$core" c0
    veth "$core" c1 "$rtr" u1
    veth "$core" c2 "$rtr" u2
    ip -n "$srv" addr add $SERVER/64 dev s0 nodad
    ip -n "$srv" -6 route add default via 2001:db8:ff00::1 dev s0
    nsx "$core" sysctl -q -w net.ipv6.conf.all.forwarding=1
    ip -n "$core" addr add 2001:db8:ff00::1/64 dev c0 nodad
    ip -n "$core" addr add 2001:db8:fa::1/64 dev c1 nodad
    ip -n "$core" addr add 2001:db8:fb::1/64 dev c2 nodad
    nsx "$rtr" sysctl -q -w net.ipv6.conf.all.forwarding=1
    ip -n "$rtr" addr add 2001:db8:fa::2/64 dev u1 nodad
    ip -n "$rtr" addr add 2001:db8:fb::2/64 dev u2 nodad
    ip -n "$rtr" -6 route add default via 2001:db8:fa::1 dev u1 metric 100
    ip -n "$rtr" -6 route add default via 2001:db8:fb::1 dev u2 metric 200
}
add_vlan() { # run id
    local ns=$tag-$1-c$2
    add_ns "$ns"
    veth "$rtr" "vlan$2" "$ns" eth0
    ip -n "$rtr" addr add "2001:db8:a$2::1/64" dev "vlan$2" nodad
    for _ in $(seq 1 50); do
        ip -n "$ns" -6 addr show dev eth0 scope link | grep -q fe80 &&
            ! ip -n "$ns" -6 addr show dev eth0 | grep -q tentative && break
        sleep 0.1
    done
}
start_server() {
    local d=$work/$1-server
    mkdir -p "$d"
    {
        printf '[dhcp]\ninterfaces = ["s0"]\n[http]\ntls = false\n'
        for p in a10 a20 a30 b10; do
            printf '[[dhcp.pools]]\nname = "%s"\nprefix = "2001:db8:%s::/64"\nrange_start = "2001:db8:%s::100"\nrange_end = "2001:db8:%s::1ff"\n' "$p" "$p" "$p" "$p"
        done
    } >"$d/server.toml"
    nsx "$srv" "$bin" --config "$d/server.toml" serve --data-dir "$d" --server-address $SERVER \
        >"$d/server.log" 2>&1 &
    db=$d/bootforge.db
    for _ in $(seq 1 100); do grep -q "DHCPv6 serving" "$d/server.log" && return; sleep 0.1; done
    echo "server did not start: $(tail "$d/server.log")" >&2; exit 1
}
# Prints the address dhclient got on eth0 in client namespace $2 (empty if none).
lease() { # run id
    local ns=$tag-$1-c$2 d
    d=$(mktemp -d "$work/dhclient.XXXXXX")
    printf '#!/bin/sh\nenv | sort > "%s/env-$reason"\n' "$d" >"$d/s.sh"
    chmod 755 "$d/s.sh"
    timeout 25 ip netns exec "$ns" dhclient -6 -1 -sf "$d/s.sh" -lf "$d/leases" -pf "$d/pid" eth0 \
        >/dev/null 2>&1 || true
    [ -s "$d/pid" ] && kill "$(cat "$d/pid")" 2>/dev/null || true
    sed -n "s/^new_ip6_address='\{0,1\}\([^']*\)'\{0,1\}$/\1/p" "$d/env-BOUND6" 2>/dev/null | head -1  || true
}
in_net() { [[ $1 == 2001:db8:$2:* ]]; }

declare -A result
measure() { # run relay-command...
    local r=$1; shift
    topology "$r"
    add_vlan "$r" 10
    add_vlan "$r" 20
    start_server "$r"
    nsx "$rtr" "$@" >"$work/$r-relay.log" 2>&1 &
    sleep 2
    say "$r: relay started: $*"

    local a mac src
    a=$(lease "$r" 10)
    mac=$(nsx "$tag-$r-c10" cat /sys/class/net/eth0/address)
    src=$(sqlite3 "$db" "SELECT group_concat(DISTINCT mac_source) FROM identities WHERE mac = '$mac'" 2>/dev/null || true)
    if [ -z "$a" ]; then result[$r,1]="no (no lease at all)"
    elif [ "$src" = relay_option ]; then result[$r,1]=yes
    else result[$r,1]="no (MAC from ${src:-nothing})"; fi
    say "$r: 1 lease $a, MAC source $src"

    add_vlan "$r" 30
    sleep 2
    a=$(lease "$r" 30)
    if in_net "$a" a30; then result[$r,2]=yes; else result[$r,2]="no (${a:-no lease})"; fi
    say "$r: 2 new VLAN: ${a:-no lease}"

    ip -n "$rtr" addr del 2001:db8:a10::1/64 dev vlan10
    ip -n "$rtr" addr add 2001:db8:b10::1/64 dev vlan10 nodad
    sleep 2
    a=$(lease "$r" 10)
    if in_net "$a" b10; then result[$r,3]=yes
    elif in_net "$a" a10; then result[$r,3]="no (old link-address: $a)"
    else result[$r,3]="no (${a:-no lease})"; fi
    say "$r: 3 address replaced: ${a:-no lease}"

    ip -n "$rtr" link set u1 down
    sleep 1
    a=$(lease "$r" 20)
    if in_net "$a" a20; then result[$r,4]=yes; else result[$r,4]="no (${a:-no lease})"; fi
    say "$r: 4 preferred uplink down: ${a:-no lease}"
    teardown
}

measure dhcrelay dhcrelay -6 -d --no-pid -l vlan10 -l vlan20 -u "$SERVER%u1"
measure bootforge "$bin" relay --server "$SERVER" --interface 'vlan*'

result[dhcrelay,5]="yes (MPL-2.0)"
result[bootforge,5]="yes (Apache-2.0)"
result[dhcrelay,6]="no (ISC DHCP, relay included, reached end of life in 2022)"
result[bootforge,6]="yes (this project)"
if dpkg-query -W -f='${Status}' isc-dhcp-relay 2>/dev/null | grep -q "ok installed"; then
    result[dhcrelay,7]="yes (isc-dhcp-relay)"
else
    result[dhcrelay,7]="yes (isc-dhcp-relay; not installed here)"
fi
if ls "$repo"/target/debian/bootforge_*.deb >/dev/null 2>&1; then
    result[bootforge,7]="yes ($(basename "$(ls "$repo"/target/debian/bootforge_*.deb | head -1)"))"
else
    result[bootforge,7]="yes (cargo deb -p bootforge; not built here: packaging/test-deb.sh)"
fi

names=(
    "1 option 79 (client link-layer address)"
    "2 new VLAN interface, no restart"
    "3 address change (VRRP): right link-address"
    "4 route to the server moves between uplinks"
    "5 free software"
    "6 actively maintained"
    "7 installable from a package"
)
score() { local n=0 i; for i in 1 2 3 4 5 6 7; do [[ ${result[$1,$i]} == yes* ]] && n=$((n + 1)); done; echo "$n/7"; }
printf '\n%-46s | %-44s | %s\n' "capability" "ISC dhcrelay -6 ($(dhcrelay --version 2>&1 | head -1))" "bootforge relay"
printf '%s\n' "$(printf '%.0s-' $(seq 1 120))"
for i in 1 2 3 4 5 6 7; do
    printf '%-46s | %-44s | %s\n' "${names[$((i - 1))]}" "${result[dhcrelay,$i]}" "${result[bootforge,$i]}"
done
printf '%-46s | %-44s | %s\n' "score (published evaluation: best 4.5/7)" "$(score dhcrelay)" "$(score bootforge)"
