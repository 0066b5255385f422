#!/usr/bin/env bash
# TFTP boot storm: N concurrent fetches of an 850 KB ipxe.efi (blksize 1432), dnsmasq's TFTP
# vs bootforge, same netns (loopback), same client (bench/storm: tftp-load), same run.
# Rounds: windowsize 1 and 8, each with the EDK2 tsize probe (RRQ, OACK, ERROR 8) first.
# Prints one row per (server, round, repetition), the ratios and bootforge's RSS.
#
#   sudo bench/tftp_storm.sh        # env: CLIENTS=200 REPS=3 WINDOWS="1 8" SIZE=870400 BOOTFORGE_BIN=...
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-200}
REPS=${REPS:-3}
SIZE=${SIZE:-870400}
BLK=${BLK:-1432}
BOOTFORGE_BIN=${BOOTFORGE_BIN:-target/release/bootforge}
NS=bfstorm$$
WORK=$(mktemp -d /tmp/tftp_storm.XXXXXX)
LOAD=bench/storm/target/release/tftp-load

[ -x "$BOOTFORGE_BIN" ] || { echo "build it first: cargo build --release -p bootforge" >&2; exit 1; }
(cd bench/storm && cargo build --release -q)
command -v dnsmasq >/dev/null || { echo "needs dnsmasq (dnsmasq-base)" >&2; exit 1; }

ip netns add "$NS"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  ip netns del "$NS" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
nsx() { ip netns exec "$NS" "$@"; }
nsx ip link set lo up
mkdir -p "$WORK/tftp"
head -c "$SIZE" /dev/urandom > "$WORK/tftp/ipxe.efi"

rss() { awk '/^VmRSS|^VmHWM/ {printf "%s %d MiB  ", $1, $2/1024}' "/proc/$1/status"; }

round() { # server-name pid
  local name=$1 pid=$2
  for win in ${WINDOWS:-1 8}; do
    for rep in $(seq "$REPS"); do
      local out
      out=$(nsx "$LOAD" "[::1]:69" ipxe.efi "$CLIENTS" "$BLK" "$win" 1 2>>"$WORK/load.err")
      echo "$name $win $rep $out" | tee -a "$WORK/results"
      sleep 0.5
    done
  done
  echo "$name rss after storm: $(rss "$pid")"
}

echo "# server window rep ok failed bytes wall_s MB/s p50_s p99_s max_s"

# dnsmasq: TFTP only (--port=0: no DNS), enough concurrent transfers allowed.
# (`ip netns exec` execs the server, so $! is the server's pid.)
ip netns exec "$NS" dnsmasq --no-daemon --port=0 --enable-tftp --tftp-root="$WORK/tftp" \
  --tftp-max=10000 --listen-address=::1 --bind-interfaces --pid-file="$WORK/dnsmasq.pid" \
  --log-facility="$WORK/dnsmasq.log" >"$WORK/dnsmasq.out" 2>&1 &
DPID=$!; PIDS+=($DPID); sleep 1
kill -0 "$DPID" || { echo "dnsmasq did not start" >&2; cat "$WORK/dnsmasq.out" >&2; exit 1; }
round dnsmasq "$DPID"
kill "$DPID"; wait "$DPID" 2>/dev/null || true

mkdir -p "$WORK/bf"
ln -s "$WORK/tftp" "$WORK/bf/tftp"
BOOTFORGE_DHCP__ENABLED=false BOOTFORGE_TFTP__TIMEOUT_SECS=1 \
  ip netns exec "$NS" "$BOOTFORGE_BIN" --data-dir "$WORK/bf" --http-listen "[::1]:18080" \
  --https-listen "[::1]:18443" --tftp-listen "[::1]:69" serve >"$WORK/bootforge.log" 2>&1 &
BFPID=$!; PIDS+=($BFPID); sleep 2
kill -0 "$BFPID" || { echo "bootforge did not start" >&2; tail "$WORK/bootforge.log" >&2; exit 1; }
echo "bootforge rss idle: $(rss $BFPID)"
round bootforge "$BFPID"
sleep 3
echo "bootforge rss 3 s after: $(rss $BFPID)"

echo
echo "# medians over $REPS runs; ratio = bootforge / dnsmasq"
for win in ${WINDOWS:-1 8}; do
  med() { awk -v s="$1" -v w="$win" -v c="$2" '$1==s && $2==w {print $c}' "$WORK/results" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  d=$(med dnsmasq 8); b=$(med bootforge 8); dp=$(med dnsmasq 10); bp=$(med bootforge 10)
  df=$(awk -v w="$win" '$2==w {f+=$5} END {print f+0}' "$WORK/results")
  echo "window $win: dnsmasq $d MB/s p99 ${dp}s | bootforge $b MB/s p99 ${bp}s | ratio $(awk -v a="$b" -v b="$d" 'BEGIN {printf "%.2f", a/b}')x (failed transfers, both: $df)"
done
[ -s "$WORK/load.err" ] && { echo "client errors:"; sort "$WORK/load.err" | uniq -c | head; } || true
