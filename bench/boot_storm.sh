#!/usr/bin/env bash
# Whole-chain boot storm: N simulated machines (bench/storm boot-sim: each its own MAC and
# DUID) run what UEFI firmware and iPXE do — DHCPv6 (arch 7), TFTP ipxe.efi with the EDK2
# tsize probe and abort, DHCPv6 again as iPXE, GET of the per-MAC script, GET kernel and
# initrd — against the reference stack (dnsmasq for DHCPv6 + TFTP, nginx for HTTP, the
# scripts as static files) and against bootforge, one after the other in one run, on the
# same veth link between two network namespaces. Prints machines booted per minute, p50/p99
# chain time, the ratio, and (bootforge) how many machines' timelines are incomplete in the
# inventory afterwards (read with sqlite3).
#
#   sudo bench/boot_storm.sh      # env: N=1000 BLK=1432 WINDOW=1 KERNEL_SIZE INITRD_SIZE
#   STACKS="reference bootforge" (either alone for a diagnosis run; the ratio needs both)
#   SERVER_NICE=-10: run every server (dnsmasq, nginx, bootforge) at that niceness, so that the
#   N simulator threads sharing the cores do not starve them (clients are other machines in
#   a real storm); the same for both stacks
#   SIM_BATCH=1: the simulator under SCHED_BATCH (see RUN_SIM below)
#   CAPTURE=FILE.pcap: dumpcap (wireshark) of the server's side during each storm (FILE-<stack>.pcap)
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_SERVER=(nice -n "${SERVER_NICE:-0}")
# SIM_BATCH=1: the simulator's threads under SCHED_BATCH (no wake-up preemption), so a
# client woken by a server's sendto does not take the core from that server mid-burst
# (clients are other machines in a real storm); the same for both stacks.
RUN_SIM=(); [ -z "${SIM_BATCH:-}" ] || RUN_SIM=(chrt --batch 0)
# /proc/net/netstat of namespace $1 as "TcpExt:Name value" lines.
tcpext() {
  ip netns exec "$1" awk '{ if (NR % 2) split($0, h); else for (i = 2; i <= NF; i++) print h[1] h[i], $i }' /proc/net/netstat
  ip netns exec "$1" awk '/^Tcp:/ { if (!n++) split($0, h); else for (i = 2; i <= NF; i++) print h[1] h[i], $i }' /proc/net/snmp
}
N=${N:-1000}
STACKS=${STACKS:-reference bootforge}
CAPTURE=${CAPTURE:-}

BLK=${BLK:-1432}
WINDOW=${WINDOW:-1}
IPXE_SIZE=${IPXE_SIZE:-870400}
KERNEL_SIZE=${KERNEL_SIZE:-4194304}
INITRD_SIZE=${INITRD_SIZE:-16777216}
BOOTFORGE_BIN=${BOOTFORGE_BIN:-target/release/bootforge}
SIM=bench/storm/target/release/boot-sim
SRV=bfbs-srv$$
CLI=bfbs-cli$$
S=2001:db8:9a1::1
WORK=$(mktemp -d /tmp/boot_storm.XXXXXX)
chmod 755 "$WORK"   # nginx's workers run as www-data

[ -x "$BOOTFORGE_BIN" ] || { echo "build it first: cargo build --release -p bootforge" >&2; exit 1; }
(cd bench/storm && cargo build --release -q)
for c in dnsmasq nginx sqlite3 curl; do
  command -v $c >/dev/null || { echo "needs $c (apt-get install -y dnsmasq-base nginx-light sqlite3 curl)" >&2; exit 1; }
done

PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  ip netns del "$SRV" 2>/dev/null || true
  ip netns del "$CLI" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
ip netns add "$SRV"; ip netns add "$CLI"
for ns in "$SRV" "$CLI"; do
  ip netns exec "$ns" sysctl -q -w net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
  ip -n "$ns" link set lo up
done
ip -n "$SRV" link add bfbs0 type veth peer name bfbc0 netns "$CLI"
ip -n "$SRV" addr add "$S/64" dev bfbs0 nodad
ip -n "$SRV" link set bfbs0 up
ip -n "$CLI" link set bfbc0 up
ip -n "$CLI" -6 route add 2001:db8:9a1::/64 dev bfbc0
sleep 2   # link-local addresses

mkdir -p "$WORK/tftp/boot"
head -c "$IPXE_SIZE" /dev/urandom > "$WORK/tftp/ipxe.efi"
head -c "$KERNEL_SIZE" /dev/urandom > "$WORK/tftp/linux"
head -c "$INITRD_SIZE" /dev/urandom > "$WORK/tftp/initrd.img"
"$SIM" macs "$N" > "$WORK/macs"
rss() { awk '/^VmHWM/ {printf "VmHWM %d MiB", $2/1024}' "/proc/$1/status"; }

storm() { # name
  ip -n "$CLI" addr flush dev bfbc0 scope global
  # Both neighbour tables from scratch: the previous stack's N client addresses would
  # otherwise stay in the server's table beside the new ones (the table's hard limit,
  # net.ipv6.neigh.default.gc_thresh3, is the host's, 1024 by default).
  ip -n "$CLI" neigh flush dev bfbc0 2>/dev/null || true
  ip -n "$SRV" neigh flush dev bfbs0 2>/dev/null || true
  local out cap=
  if [ -n "$CAPTURE" ]; then
    ip netns exec "$SRV" dumpcap -q -p -i bfbs0 -s 128 -f "udp or icmp6" -w "${CAPTURE%.pcap}-$1.pcap" 2>/dev/null &
    cap=$!; sleep "${CAPTURE_WAIT:-1}"
  fi
  for side in CLI SRV; do
    ip netns exec "${!side}" cat /proc/net/snmp6 > "$WORK/snmp6-$side"
    tcpext "${!side}" > "$WORK/tcpext-$side"
  done
  out=$(BOOT_SIM_SERVER_NEIGH="$SRV bfbs0" ip netns exec "$CLI" "${RUN_SIM[@]}" "$SIM" run bfbc0 "$N" "$BLK" "$WINDOW" "$WORK/ok-$1" 2>"$WORK/sim-$1.err")
  [ -z "$cap" ] || { sleep 0.5; kill "$cap"; wait "$cap" 2>/dev/null || true; }
  # Neighbour discovery and UDP drops on either side (a lost RRQ or OACK costs a 1 s timeout).
  for side in CLI SRV; do
    echo "  $side: $(ip netns exec "${!side}" cat /proc/net/snmp6 | awk -v before="$WORK/snmp6-$side" '
      BEGIN { while ((getline l < before) > 0) { split(l, f); b[f[1]] = f[2] } }
      /Neighbor|RcvbufErrors|InErrors|NoPorts|Udp6InDatagrams|Udp6OutDatagrams/ && $2 - b[$1] {printf "%s=%d ", $1, $2 - b[$1]}')"
  done
  # TCP resets and accept-queue overflows (an HTTP GET failing with "connection reset").
  for side in CLI SRV; do
    echo "  $side TCP: $(tcpext "${!side}" | awk -v before="$WORK/tcpext-$side" '
      BEGIN { while ((getline l < before) > 0) { split(l, f); b[f[1]] = f[2] } }
      /Listen|Abort|Reset|Rst|SynCookies|Reqq/ && $2 - b[$1] {printf "%s=%d ", $1, $2 - b[$1]}')"
  done
  # The TFTP listening socket's own drops (skmem d: a full receive buffer) and buffer size.
  echo "  SRV TFTP listen socket: $(ip netns exec "$SRV" ss -uamnH '( sport = :69 )' | grep -o 'skmem:([^)]*)' | tr '\n' ' ')"
  echo "$1 $out" | tee -a "$WORK/results"
  sed 's/^/  /' "$WORK/sim-$1.err"
}

echo "# N=$N blksize=$BLK windowsize=$WINDOW; ipxe.efi $IPXE_SIZE B, kernel $KERNEL_SIZE B, initrd $INITRD_SIZE B"
echo "# stack ok failed wall_s machines/min p50_s p99_s max_s"

# ---- reference: dnsmasq (DHCPv6 + TFTP) + nginx (HTTP, scripts as static files) ---------
if [[ " $STACKS " == *" reference "* ]]; then
awk -v s="$S" -v d="$WORK/tftp/boot" '{ f = d "/" $1 ".ipxe";
  printf "#!ipxe\nkernel http://[%s]:8081/assets/linux initrd=initrd.img console=ttyS0\ninitrd --name initrd.img http://[%s]:8081/assets/initrd.img\nboot\n", s, s > f; close(f) }' "$WORK/macs"
cat > "$WORK/dnsmasq.conf" <<CONF
port=0
interface=bfbs0
bind-interfaces
enable-tftp
tftp-root=$WORK/tftp
tftp-max=10000
dhcp-range=2001:db8:9a1::1000,2001:db8:9a1::ffff,64,1h
dhcp-lease-max=1000000
dhcp-leasefile=$WORK/dnsmasq.leases
dhcp-userclass=set:ipxe,iPXE
dhcp-option=tag:!ipxe,option6:bootfile-url,tftp://[$S]/ipxe.efi
dhcp-option=tag:ipxe,option6:bootfile-url,http://[$S]:8081/boot/\${mac}.ipxe
CONF
ip netns exec "$SRV" "${RUN_SERVER[@]}" dnsmasq --no-daemon --conf-file="$WORK/dnsmasq.conf" \
  --pid-file="$WORK/dnsmasq.pid" --log-facility="$WORK/dnsmasq.log" >"$WORK/dnsmasq.out" 2>&1 &
DPID=$!; PIDS+=($DPID)
cat > "$WORK/nginx.conf" <<NGX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 8192; }
http {
  access_log off;
  sendfile on; tcp_nopush on;
  server { listen [$S]:8081; root $WORK/tftp; location /assets/ { alias $WORK/tftp/; } }
}
NGX
ip netns exec "$SRV" "${RUN_SERVER[@]}" nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
NPID=$!; PIDS+=($NPID); sleep 1
kill -0 "$DPID" && kill -0 "$NPID" || { echo "dnsmasq or nginx did not start" >&2; cat "$WORK/dnsmasq.out" >&2; exit 1; }
storm reference
kill "$DPID" "$NPID"; wait "$DPID" "$NPID" 2>/dev/null || true
fi
[[ " $STACKS " == *" bootforge "* ]] || exit 0

# ---- bootforge: the same machines registered with a profile ------------------------------
TOKEN=bench-token-0123456789abcdef0123456789
mkdir -p "$WORK/bf"; ln -s "$WORK/tftp" "$WORK/bf/tftp"
BOOTFORGE_TFTP__TIMEOUT_SECS=1 BOOTFORGE_BOOTSTRAP_TOKEN=$TOKEN \
  ip netns exec "$SRV" "${RUN_SERVER[@]}" "$BOOTFORGE_BIN" --data-dir "$WORK/bf" --interface bfbs0 \
  --server-address "$S" --pool 2001:db8:9a1::/64 --http-listen "[::]:8080" \
  --https-listen "[::1]:8443" --tftp-listen "[::]:69" serve >"$WORK/bootforge.log" 2>&1 &
BFPID=$!; PIDS+=($BFPID)
for _ in $(seq 50); do grep -q "DHCPv6 serving" "$WORK/bootforge.log" 2>/dev/null && break; sleep 0.2; done
kill -0 "$BFPID" || { echo "bootforge did not start" >&2; tail "$WORK/bootforge.log" >&2; exit 1; }
api() { ip netns exec "$SRV" curl -sS -g -o "$WORK/api.out" -w '%{http_code}' -X "$1" \
  -H "Authorization: Bearer $TOKEN" -H "content-type: $3" --data-binary "@$4" "http://[::1]:8080$2"; }
echo '{"name":"deb","kernel":"linux","initrd":"initrd.img","cmdline":"console=ttyS0"}' > "$WORK/profile.json"
[ "$(api POST /api/v1/profiles application/json "$WORK/profile.json")" = 201 ] || { echo "profile: $(cat "$WORK/api.out")" >&2; exit 1; }
{ echo "mac,hostname,profile,state"; awk '{ printf "%s,node%d,deb,ready\n", $1, NR }' "$WORK/macs"; } > "$WORK/machines.csv"
[ "$(api POST /api/v1/machines/import text/csv "$WORK/machines.csv")" = 200 ] || { echo "import: $(cat "$WORK/api.out")" >&2; exit 1; }
storm bootforge
echo "  bootforge $(rss $BFPID)"
sleep 2   # the writer's last transaction
# Every machine's timeline: DHCPv6 Solicit and two Requests (firmware, iPXE), the TFTP
# transfer done, the script, the kernel and the initrd.
sqlite3 "$WORK/bf/bootforge.db" "
  SELECT count(*), sum(complete) FROM (
    SELECT mac, (max(source = 'dhcp' AND stage = 'solicit')
      AND sum(source = 'dhcp' AND stage = 'request') >= 2
      AND max(source = 'tftp' AND stage = 'tftp_done')
      AND max(source = 'http' AND stage = 'script')
      AND max(source = 'http' AND stage = 'asset' AND json_extract(detail, '\$.file') = 'linux')
      AND max(source = 'http' AND stage = 'asset' AND json_extract(detail, '\$.file') = 'initrd.img')) AS complete
    FROM events WHERE mac IS NOT NULL GROUP BY mac)" > "$WORK/timelines"
read -r seen complete < <(tr '|' ' ' < "$WORK/timelines")
echo "bootforge inventory: $N machines simulated, ${seen:-0} with events, ${complete:-0} complete timelines, $(( N - ${complete:-0} )) incomplete"
ip netns exec "$SRV" curl -sS -g "http://[::1]:8080/metrics" | grep -E '^bootforge_(store_events_dropped|http_events_coalesced|http_asset_events_shed|dhcp_shed|tftp_)' | sed 's/^/  /'

echo
awk '$1=="reference" {r=$5; rp=$7} $1=="bootforge" {b=$5; bp=$7}
  END {if (r == "") exit; printf "ratio bootforge/reference machines per minute: %.2fx (p99 chain %s s vs %s s)\n", b/r, bp, rp}' "$WORK/results"
