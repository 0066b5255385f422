#!/usr/bin/env bash
# Packet capture on a test link.
#
# usage: capture.sh start NS PCAP PIDFILE   start tshark on br0 in NS, wait until it captures
#        capture.sh stop PIDFILE            stop it (SIGINT, so the pcapng is complete)
#        capture.sh summary PCAP            print the packet list and a decode of DHCPv6
#                                           options, TFTP requests and HTTP requests
set -euo pipefail

filter='udp port 546 or udp port 547 or udp port 69 or tcp port 8080 or icmp6'

case ${1:-} in
start)
    ns=${2:?ns}
    pcap=${3:?pcap}
    pidfile=${4:?pidfile}
    mkdir -p "$(dirname "$pcap")"
    rm -f "$pcap"
    log=${pcap%.pcapng}.tshark.log
    ip netns exec "$ns" tshark -q -i br0 -w "$pcap" -f "$filter" >"$log" 2>&1 &
    echo $! >"$pidfile"
    # tshark says "Capturing on 'br0'" once the capture runs.
    for _ in $(seq 1 100); do
        grep -q "Capturing on" "$log" 2>/dev/null && exit 0
        kill -0 "$(cat "$pidfile")" 2>/dev/null || break
        sleep 0.1
    done
    echo "capture.sh: tshark did not start:" >&2
    cat "$log" >&2
    exit 1
    ;;
stop)
    pidfile=${2:?pidfile}
    [[ -s $pidfile ]] || exit 0
    pid=$(cat "$pidfile")
    kill -INT "$pid" 2>/dev/null || exit 0
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || exit 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    ;;
summary)
    set +o pipefail # `head` closing the pipe early is fine here
    pcap=${2:?pcap}
    [[ -s $pcap ]] || { echo "(no capture at $pcap)"; exit 0; }
    echo "=== packet list ($pcap) ==="
    tshark -r "$pcap" -Y '(not icmpv6 or icmpv6.type == 134) and (not tcp or http)' 2>/dev/null |
        head -n 200
    echo "=== DHCPv6 decode (key fields) ==="
    tshark -r "$pcap" -Y dhcpv6 -O dhcpv6 2>/dev/null |
        grep -E '^Frame|^Internet Protocol Version 6|Message type|Option: |Status|IPv6 address:|DUID:|IAID:|Link-layer address|Architecture|Enterprise|class data|User Class|Boot File URL' |
        grep -vE 'Option: (Elapsed time|Option Request)' | head -n 250
    echo "=== TFTP ==="
    tshark -r "$pcap" -Y 'tftp.opcode == 1 or tftp.opcode == 5 or tftp.opcode == 6' 2>/dev/null | head -n 40
    echo "=== HTTP ==="
    tshark -r "$pcap" -Y http.request -T fields -e frame.time_relative -e ipv6.src \
        -e http.request.method -e http.request.uri 2>/dev/null | head -n 40
    tshark -r "$pcap" -Y http.response -T fields -e frame.time_relative -e ipv6.dst \
        -e http.response.code -e http.content_length 2>/dev/null | head -n 40
    ;;
*)
    echo "usage: capture.sh start|stop|summary ..." >&2
    exit 2
    ;;
esac
