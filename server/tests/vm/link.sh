#!/usr/bin/env bash
# An isolated IPv6 link for VM boot tests: a network namespace holding a bridge br0 with the
# server's address PREFIX::1/64, tap devices for the VMs, and radvd advertising PREFIX::/64
# with the Managed (M) and Other (O) flags (prefix not autonomous: addresses come from
# DHCPv6, as with dnsmasq --enable-ra and a stateful dhcp-range).
#
# usage: link.sh up   NS PREFIX STATEDIR [NTAPS]   e.g. link.sh up bfvm-123-1 2001:db8:b007 /tmp/x 1
#        link.sh down NS [STATEDIR]
# env:   LINK_RA_MO=off  RAs without the M and O flags (a link where no client asks DHCPv6)
#
# `up` is all-or-nothing: on any failure it tears down what it made. `down` kills every process
# still inside the namespace (they are all ours: the namespace is new and uniquely named), then
# deletes the namespace, which removes its bridge and taps. Nothing on the host is touched.
set -euo pipefail

cmd=${1:?usage: link.sh up|down NS ...}
ns=${2:?namespace name}

down() {
    local ns=$1
    if ip netns list 2>/dev/null | awk '{print $1}' | grep -qx "$ns"; then
        local pids
        pids=$(ip netns pids "$ns" 2>/dev/null || true)
        if [[ -n $pids ]]; then
            # shellcheck disable=SC2086
            kill -TERM $pids 2>/dev/null || true
            for _ in $(seq 1 30); do
                pids=$(ip netns pids "$ns" 2>/dev/null || true)
                [[ -z $pids ]] && break
                sleep 0.1
            done
            # shellcheck disable=SC2086
            [[ -n $pids ]] && kill -KILL $pids 2>/dev/null || true
        fi
        ip netns del "$ns" 2>/dev/null || true
    fi
}

case $cmd in
up)
    prefix=${3:?prefix, e.g. 2001:db8:b007}
    state=${4:?state dir}
    ntaps=${5:-1}
    mkdir -p "$state"
    trap 'rc=$?; [[ $rc -ne 0 ]] && down "$ns"; exit $rc' EXIT
    if ip netns list | awk '{print $1}' | grep -qx "$ns"; then
        down "$ns"
    fi
    ip netns add "$ns"
    ip -n "$ns" link set lo up
    # Forwarding on inside the namespace only: radvd refuses to advertise a default router
    # otherwise, and it changes nothing outside the namespace.
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.forwarding=1
    # No DAD on this private link: the bridge's link-local must be usable at once (the DHCPv6
    # server answers from it).
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.default.accept_dad=0
    ip -n "$ns" link add br0 type bridge
    # No STP/forward-delay: the taps should pass frames as soon as the VM comes up.
    ip -n "$ns" link set br0 type bridge stp_state 0 forward_delay 0
    ip -n "$ns" link set br0 up
    ip -n "$ns" addr add "$prefix::1/64" dev br0 nodad
    for i in $(seq 0 $((ntaps - 1))); do
        ip -n "$ns" tuntap add dev "tap$i" mode tap
        ip -n "$ns" link set "tap$i" master br0 up
    done
    cat >"$state/radvd.conf" <<RADVD
interface br0 {
    AdvSendAdvert on;
    AdvManagedFlag ${LINK_RA_MO:-on};
    AdvOtherConfigFlag ${LINK_RA_MO:-on};
    MinRtrAdvInterval 3;
    MaxRtrAdvInterval 10;
    AdvDefaultLifetime 1800;
    prefix $prefix::/64 {
        AdvOnLink on;
        AdvAutonomous off;
    };
};
RADVD
    ip netns exec "$ns" radvd -C "$state/radvd.conf" -p "$state/radvd.pid" \
        -m logfile -l "$state/radvd.log" -d 1
    for _ in $(seq 1 50); do
        [[ -s $state/radvd.pid ]] && break
        sleep 0.1
    done
    if [[ ! -s $state/radvd.pid ]]; then
        echo "link.sh: radvd did not start; log:" >&2
        cat "$state/radvd.log" >&2 || true
        exit 1
    fi
    trap - EXIT
    echo "link.sh: $ns up: br0 $prefix::1/64, $ntaps tap(s), radvd pid $(cat "$state/radvd.pid")"
    ;;
down)
    down "$ns"
    ;;
*)
    echo "usage: link.sh up|down NS ..." >&2
    exit 2
    ;;
esac
