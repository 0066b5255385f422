#!/usr/bin/env bash
# TFTP boot storm: N concurrent fetches of an 850 KB ipxe.efi (blksize 1432), dnsmasq's TFTP
# vs bootforge, same netns (loopback), same client (bench/storm: tftp-load), same run.
# Rounds: windowsize 1 and 8, each with the EDK2 tsize probe (RRQ, OACK, ERROR 8) first.
# Prints one row per (server, round, repetition), the ratios and bootforge's RSS.
# BASELINE_BIN=path adds a second bootforge (e.g. main's binary, on port 1069) to the same
# run: every repetition then runs dnsmasq, the baseline and bootforge in turn (the order
# rotating per repetition), all three servers up for the whole run, and the summary adds
# bootforge / baseline.
#
#   sudo bench/tftp_storm.sh        # env: CLIENTS=200 REPS=3 WINDOWS="1 8" SIZE=870400 BOOTFORGE_BIN=... BASELINE_BIN=...
# CLIENT_LOOPS=n (default: the number of cores): the clients spread over n epoll loops, a
# thread each; CLIENT_LOOPS=0: one blocking thread per client (sessions up to 12), which
# costs the shared cores about twice as much per block (a context switch per packet) and so
# caps what any server can show here. Each row ends with the server's CPU seconds in it.
# CLIENT_BATCH=1: the load generator's threads under SCHED_BATCH (no wake-up preemption), so
# a client woken by a server's DATA does not take the core from that server mid-send (the
# clients are other machines in a real storm); the same for every server. A diagnosis
# option: the default figures are without it.
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
CLIENT_LOOPS=${CLIENT_LOOPS:-$(nproc)}
RUN_LOAD=(); [ -z "${CLIENT_BATCH:-}" ] || RUN_LOAD=(chrt --batch 0)

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

# CPU seconds (user + system) process $1 has used so far.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# One fetch storm against server $1 (name) on port $2: appends a row to results.
storm() { # name port window rep
  local out pid c0
  pid=${SERVER_PID[$1]}; c0=$(cpu_s "$pid")
  out=$(nsx "${RUN_LOAD[@]}" "$LOAD" "[::1]:$2" ipxe.efi "$CLIENTS" "$BLK" "$3" 1 "$CLIENT_LOOPS" 2>>"$WORK/load.err")
  echo "$1 $3 $4 $out $(awk -v a="$(cpu_s "$pid")" -v b="$c0" 'BEGIN {printf "%.2f", a - b}')" | tee -a "$WORK/results"
  sleep 0.5
}
declare -A SERVER_PID

# bootforge with its data dir under $WORK/$1, TFTP on port $3 (HTTP on 18080+$4, 18443+$4);
# its pid in STARTED.
start_bootforge() { # name bin tftp-port http-offset
  mkdir -p "$WORK/$1"
  ln -s "$WORK/tftp" "$WORK/$1/tftp"
  BOOTFORGE_DHCP__ENABLED=false BOOTFORGE_TFTP__TIMEOUT_SECS=1 \
    ip netns exec "$NS" "$2" --data-dir "$WORK/$1" --http-listen "[::1]:$((18080 + $4))" \
    --https-listen "[::1]:$((18443 + $4))" --tftp-listen "[::1]:$3" serve >"$WORK/$1.log" 2>&1 &
  STARTED=$!; PIDS+=($STARTED); SERVER_PID[$1]=$STARTED; sleep 2
  kill -0 "$STARTED" || { echo "$1 did not start" >&2; tail "$WORK/$1.log" >&2; exit 1; }
  echo "$1 rss idle: $(rss $STARTED)"
}

echo "# server window rep ok failed bytes wall_s MB/s p50_s p99_s max_s server_cpu_s (clients: $([ "$CLIENT_LOOPS" = 0 ] && echo "a thread each" || echo "$CLIENT_LOOPS epoll loops"))"

# dnsmasq: TFTP only (--port=0: no DNS), enough concurrent transfers allowed.
# (`ip netns exec` execs the server, so $! is the server's pid.)
ip netns exec "$NS" dnsmasq --no-daemon --port=0 --enable-tftp --tftp-root="$WORK/tftp" \
  --tftp-max=10000 --listen-address=::1 --bind-interfaces --pid-file="$WORK/dnsmasq.pid" \
  --log-facility="$WORK/dnsmasq.log" >"$WORK/dnsmasq.out" 2>&1 &
DPID=$!; PIDS+=($DPID); SERVER_PID[dnsmasq]=$DPID; sleep 1
kill -0 "$DPID" || { echo "dnsmasq did not start" >&2; cat "$WORK/dnsmasq.out" >&2; exit 1; }

if [ -z "${BASELINE_BIN:-}" ]; then
  # dnsmasq's rounds, then bootforge's, one server up at a time.
  for win in ${WINDOWS:-1 8}; do
    for rep in $(seq "$REPS"); do storm dnsmasq 69 "$win" "$rep"; done
  done
  echo "dnsmasq rss after storm: $(rss "$DPID")"
  kill "$DPID"; wait "$DPID" 2>/dev/null || true
  start_bootforge bootforge "$BOOTFORGE_BIN" 69 0; BFPID=$STARTED
  for win in ${WINDOWS:-1 8}; do
    for rep in $(seq "$REPS"); do storm bootforge 69 "$win" "$rep"; done
  done
  SERVERS="bootforge"
else
  [ -x "$BASELINE_BIN" ] || { echo "BASELINE_BIN $BASELINE_BIN is not executable" >&2; exit 1; }
  start_bootforge baseline "$BASELINE_BIN" 1069 1; BASEPID=$STARTED
  start_bootforge bootforge "$BOOTFORGE_BIN" 2069 2; BFPID=$STARTED
  for win in ${WINDOWS:-1 8}; do
    for rep in $(seq "$REPS"); do
      order=("dnsmasq 69" "baseline 1069" "bootforge 2069")
      for i in 0 1 2; do
        set -- ${order[$(( (i + rep) % 3 ))]}
        storm "$1" "$2" "$win" "$rep"
      done
    done
  done
  echo "baseline rss after storm: $(rss "$BASEPID")"
  SERVERS="baseline bootforge"
fi
echo "bootforge rss after storm: $(rss "$BFPID")"
sleep 3
echo "bootforge rss 3 s after: $(rss $BFPID)"

echo
echo "# medians over $REPS runs; ratio = server / dnsmasq"
for win in ${WINDOWS:-1 8}; do
  med() { awk -v s="$1" -v w="$win" -v c="$2" '$1==s && $2==w {print $c}' "$WORK/results" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  d=$(med dnsmasq 8); dp=$(med dnsmasq 10); dc=$(med dnsmasq 12)
  df=$(awk -v w="$win" '$2==w {f+=$5} END {print f+0}' "$WORK/results")
  line="window $win: dnsmasq $d MB/s p99 ${dp}s cpu ${dc}s"
  for srv in $SERVERS; do
    b=$(med "$srv" 8); bp=$(med "$srv" 10); bc=$(med "$srv" 12)
    line="$line | $srv $b MB/s p99 ${bp}s cpu ${bc}s ratio $(awk -v a="$b" -v b="$d" 'BEGIN {printf "%.2f", a/b}')x"
  done
  if [ -n "${BASELINE_BIN:-}" ]; then
    line="$line | bootforge/baseline $(awk -v a="$(med bootforge 8)" -v b="$(med baseline 8)" 'BEGIN {printf "%.2f", a/b}')x"
  fi
  echo "$line (failed transfers, all: $df)"
done
[ -s "$WORK/load.err" ] && { echo "client errors:"; sort "$WORK/load.err" | uniq -c | head; } || true
