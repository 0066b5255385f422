#!/usr/bin/env bash
# HTTP boot assets: wrk against nginx (sendfile on, static file) and bootforge (/assets from
# its hot-file memory cache), same netns (loopback), same files, same run. Rounds: a
# machine's iPXE script (bootforge renders /boot/MAC.ipxe, its script cache keeps it; nginx
# serves the same bytes as a static file), an 850 KB ipxe.efi GET and the same with a Range
# (bytes=0-65535). Prints req/s, MB/s, p99, the ratios and bootforge's RSS during (VmHWM)
# and after.
#
#   sudo bench/http_assets.sh      # env: DURATION=10 CONNS=64 THREADS=2 SIZE=870400 PERF=DIR SMAPS=DIR
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
SIZE=${SIZE:-870400}
BOOTFORGE_BIN=${BOOTFORGE_BIN:-target/release/bootforge}
NS=bfassets$$
WORK=$(mktemp -d /tmp/http_assets.XXXXXX)
chmod 755 "$WORK"   # nginx's workers run as www-data
command -v nginx >/dev/null && command -v wrk >/dev/null || { echo "apt-get install -y nginx-light wrk" >&2; exit 1; }
[ -x "$BOOTFORGE_BIN" ] || { echo "build it first: cargo build --release -p bootforge" >&2; exit 1; }

ip netns add "$NS"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  ip netns del "$NS" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
ip netns exec "$NS" ip link set lo up
mkdir -p "$WORK/tftp" "$WORK/nginx"
head -c "$SIZE" /dev/urandom > "$WORK/tftp/ipxe.efi"
# utime + stime (clock ticks) of a process and its children-as-threads; for nginx, its
# master and workers (the workers are its children).
cpu_ticks() {
  local t=0 p
  for p in "$1" $(pgrep -P "$1" || true); do
    t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$t"
}
rss() { awk '/^VmRSS|^VmHWM/ {printf "%s %d MiB  ", $1, $2/1024}' "/proc/$1/status"; }

cat > "$WORK/nginx/nginx.conf" <<NGX
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on; tcp_nopush on;
  keepalive_requests 1000000;
  types { application/efi efi; }
  server { listen [::1]:18081; root $WORK/tftp; location /assets/ { alias $WORK/tftp/; } }
}
NGX
ip netns exec "$NS" nginx -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NPID=$!; PIDS+=($NPID)

mkdir -p "$WORK/bf"; ln -s "$WORK/tftp" "$WORK/bf/tftp"
TOKEN=bench-token-0123456789abcdef0123456789
BOOTFORGE_DHCP__ENABLED=false BOOTFORGE_TFTP__ENABLED=false BOOTFORGE_BOOTSTRAP_TOKEN=$TOKEN \
  ip netns exec "$NS" "$BOOTFORGE_BIN" --data-dir "$WORK/bf" --http-listen "[::1]:18080" \
  --https-listen "[::1]:18443" serve >"$WORK/bootforge.log" 2>&1 &
BFPID=$!; PIDS+=($BFPID); sleep 2
kill -0 "$NPID" && kill -0 "$BFPID" || { echo "a server did not start" >&2; exit 1; }
echo "bootforge rss idle: $(rss $BFPID)"
# SMAPS=DIR: bootforge's /proc/PID/smaps at idle, mid-round and after (DIR/<when>.smaps), to
# attribute its RSS (anonymous heap vs the binary's file pages vs thread stacks).
[ -z "${SMAPS:-}" ] || cat "/proc/$BFPID/smaps" > "$SMAPS/idle.smaps"

# A machine with a profile, as an operator would set it up; its script, once, for nginx.
MAC=52:54:00:be:0c:01
api() { ip netns exec "$NS" curl -sS -g -o /dev/null -w '%{http_code}' -X "$1" -H "Authorization: Bearer $TOKEN" \
  -H 'content-type: application/json' -d "$3" "http://[::1]:18080$2"; }
[ "$(api POST /api/v1/profiles '{"name":"deb","kernel":"debian/linux","initrd":"debian/initrd.gz","cmdline":"console=ttyS0 auto=true hostname={{ machine.hostname }}"}')" = 201 ] || { echo "profile not created" >&2; exit 1; }
[ "$(api POST /api/v1/machines '{"mac":"'$MAC'","hostname":"node1","profile":"deb"}')" = 201 ] || { echo "machine not created" >&2; exit 1; }
mkdir -p "$WORK/tftp/boot"
ip netns exec "$NS" curl -sS -g -o "$WORK/tftp/boot/$MAC.ipxe" "http://[::1]:18080/boot/$MAC.ipxe"
echo "script: $(wc -c < "$WORK/tftp/boot/$MAC.ipxe") bytes"

run() { # name url extra-args...
  local name=$1 url=$2; shift 2
  local out rps mbs p99 prof=
  # PERF=DIR: a CPU profile of bootforge during each of its rounds (DIR/<round>.data).
  if [ -n "${PERF:-}" ] && [[ $name == *bootforge ]]; then
    perf record -q -g -p "$BFPID" -o "$PERF/${name%% *}.data" -- sleep "$DURATION" 2>/dev/null &
    prof=$!
  fi
  if [ -n "${SMAPS:-}" ] && [[ $name == *bootforge ]]; then
    (sleep "$(( DURATION / 2 ))"; cat "/proc/$BFPID/smaps" > "$SMAPS/${name%% *}.smaps") &
  fi
  local pid=$NPID; [[ $name == *bootforge ]] && pid=$BFPID
  local cpu0; cpu0=$(cpu_ticks "$pid")
  out=$(ip netns exec "$NS" wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency "$@" "$url")
  local cpu1; cpu1=$(cpu_ticks "$pid")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  mbs=$(awk '/^Transfer\/sec/ {v=$2; if (v ~ /GB/) v*=1024; else if (v ~ /KB/) v/=1024; print v+0}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  local non2xx; non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  [ -z "$prof" ] || wait "$prof" || true
  # The server's own CPU (user + system, all its threads; nginx: its workers) per request:
  # steadier than req/s, which moves with how the 2 vCPUs are shared with wrk.
  local us; us=$(awk -v t=$((cpu1 - cpu0)) -v hz="$(getconf CLK_TCK)" -v r="$rps" -v d="$DURATION" \
    'BEGIN {printf "%.2f", t / hz * 1e6 / (r * d)}')
  echo "$name $rps $mbs $p99 ${non2xx:-0} ${us}us-cpu/req" | tee -a "$WORK/results"
}
echo "# round server req/s MB/s p99 non-2xx cpu-per-request   (wrk -t$THREADS -c$CONNS -d${DURATION}s)"
# No HEAD round: wrk waits for a body after a HEAD response with Content-Length (HEAD is
# covered by tests/boot_path.rs).
ROUNDS=${ROUNDS:-script get range}
for round in $ROUNDS; do
  path=/assets/ipxe.efi
  case $round in
    script) extra=(); path=/boot/$MAC.ipxe ;;
    get) extra=() ;;
    range) extra=(-H "Range: bytes=0-65535") ;;
  esac
  run "$round nginx" "http://[::1]:18081$path" "${extra[@]}"
  run "$round bootforge" "http://[::1]:18080$path" "${extra[@]}"
  echo "  bootforge rss: $(rss $BFPID)"
done
metrics=$(ip netns exec "$NS" curl -sS -g "http://[::1]:18080/metrics")
grep -E '^bootforge_(http_script_cache|store_events_dropped|http_asset_events_shed)' <<<"$metrics" | sed 's/^/  /'
sleep 3
echo "bootforge rss 3 s after: $(rss $BFPID)"
[ -z "${SMAPS:-}" ] || cat "/proc/$BFPID/smaps" > "$SMAPS/after.smaps"
echo
for round in $ROUNDS; do
  awk -v r="$round" '$1==r && $2=="nginx" {n=$3} $1==r && $2=="bootforge" {b=$3} END {printf "%s: ratio bootforge/nginx req/s %.2fx\n", r, b/n}' "$WORK/results"
done
