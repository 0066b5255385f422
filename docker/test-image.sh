#!/usr/bin/env bash
# Builds docker/Dockerfile and boots the image, without a registry: run as root by
# server/tests/container.rs (so by `sudo cargo test --workspace`), or by hand.
#
# No Docker engine runs on the CI machines and Docker Hub is out of reach, so this uses podman
# (Debian's) with images made here from what the machine has:
#   base:    `debootstrap --variant=minbase bookworm` imported with `podman import`
#            (stands in for debian:bookworm-slim, BASE_IMAGE)
#   builder: that base + gcc/libc6-dev from apt + the host's Rust toolchain (`rustc --print
#            sysroot`) + the host's CA bundle, so cargo reaches crates.io through this
#            network's TLS proxy (stands in for rust:1-slim-bookworm, RUST_IMAGE)
# then builds docker/Dockerfile unchanged but for those two build arguments (its own
# `cargo build --release --locked` included) and runs the image in a network namespace of its
# own (a veth pair inside it, nothing bridged to the host) with the compose file's
# restrictions: all capabilities dropped but NET_BIND_SERVICE and NET_RAW, read-only root.
# Checks: the image's HEALTHCHECK passes, GET /healthz answers, the server runs as a non-root
# user with exactly those two capabilities and has bound UDP 547 and 69, ipxe.efi (Debian's
# ipxe package) comes over TFTP, the database lands in the /var/lib/bootforge volume, and
# SIGTERM stops it with status 0.
#
# Everything podman keeps (images, containers, volumes, state, network config) lives in a
# temporary directory that is deleted at the end, with the network namespace: nothing else on
# the host is touched. BOOTFORGE_IMAGE_TEST_KEEP=1 keeps that directory for a post-mortem.
#
# Needs: root, podman runc debootstrap curl iproute2 (the apt-get line in .ci/run), rustc >= 1.85.
# Knobs: BOOTFORGE_DEBIAN_MIRROR (default http://deb.debian.org/debian),
#        BOOTFORGE_OCI_RUNTIME (default runc: crun refuses this kernel's hybrid cgroup layout).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
mirror=${BOOTFORGE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
runtime=${BOOTFORGE_OCI_RUNTIME:-runc}
tag=bfimgtest-$$
ns=$tag
ctr=$tag

say() { printf '[test-image %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { say "FAIL: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root (podman as root, ip netns)"
for c in podman "$runtime" debootstrap curl ip rustc tar unshare docker-compose python3; do
    command -v "$c" >/dev/null || die "$c not found (apt-get install podman runc debootstrap curl iproute2 docker-compose)"
done

# Podman as root also writes outside --root/--runroot: containers/image's blob-info cache in
# /var/lib/containers/cache and netavark's /run/containers/networks. Run the rest in a private
# mount namespace with tmpfs over both, so they vanish with it; directories made here for
# those mount points are removed afterwards.
if [ -z "${BOOTFORGE_IMAGE_TEST_INNER:-}" ]; then
    made=()
    for d in /var/lib/containers /run/containers; do
        [ -d "$d" ] || { mkdir -p "$d" && made+=("$d"); }
    done
    rc=0
    BOOTFORGE_IMAGE_TEST_INNER=1 unshare --mount --propagation private bash "$0" "$@" || rc=$?
    for d in "${made[@]}"; do rmdir "$d" 2>/dev/null || say "could not remove $d"; done
    exit "$rc"
fi
mount -t tmpfs -o mode=0700 bfimgtest /var/lib/containers
mount -t tmpfs -o mode=0755 bfimgtest /run/containers

work=$(mktemp -d "${TMPDIR:-/var/tmp}/bootforge-image-test.XXXXXX")
logs=$work/logs
mkdir -p "$logs" "$work/tmp"
current_log=

cleanup() {
    local rc=$?
    set +e
    if [ "$rc" != 0 ] && [ -n "$current_log" ] && [ -s "$current_log" ]; then
        say "last lines of $(basename "$current_log"):"
        tail -n 40 "$current_log" >&2
    fi
    if [ "$rc" != 0 ] && [ -n "${ran:-}" ]; then
        say "container log:"
        pm logs "$ctr" 2>&1 | tail -n 40 >&2
    fi
    if [ -n "${pm_ready:-}" ]; then
        pm rm -f -v -a >/dev/null 2>&1
        pm rmi -f -a >/dev/null 2>&1
    fi
    ip netns del "$ns" 2>/dev/null
    # Anything podman left mounted below $work (normally nothing) before deleting it.
    findmnt -rn -o TARGET | grep -F "$work/" | sort -r | while read -r m; do umount -l "$m"; done
    if [ "${BOOTFORGE_IMAGE_TEST_KEEP:-}" = 1 ]; then
        say "kept $work"
    else
        rm -rf "$work"
    fi
    if [ "$rc" = 0 ]; then say "PASS"; else say "FAILED (exit $rc)"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# podman confined to $work. crun (Debian's default) refuses hybrid cgroup v1/v2 hosts; runc
# with cgroupfs works. Without CAP_SYS_RESOURCE (this sandbox) podman's default rlimits
# (nofile/nproc 1048576) cannot be set, hence explicit ones no higher than ours.
pm() {
    TMPDIR=$work/tmp podman --root "$work/storage" --runroot "$work/run" --tmpdir "$work/libpod" \
        --network-config-dir "$work/networks" --runtime "$runtime" --cgroup-manager cgroupfs \
        --events-backend file "$@"
}
nofile=$(ulimit -Hn); [ "$nofile" = unlimited ] || [ "$nofile" -gt 65536 ] && nofile=65536
nproc=$(ulimit -Hu); [ "$nproc" = unlimited ] || [ "$nproc" -gt 8192 ] && nproc=8192
ulimits=(--ulimit "nofile=$nofile:$nofile" --ulimit "nproc=$nproc:$nproc")
pm_ready=1

# step NAME CMD...: runs CMD with its output in $logs/NAME.log, says how long it took.
step() {
    local name=$1 t0=$SECONDS
    shift
    current_log=$logs/$name.log
    say "$name ..."
    "$@" >"$current_log" 2>&1 || die "$name: exit $?"
    say "$name: $((SECONDS - t0))s"
    current_log=
}

# --- compose.yaml ---------------------------------------------------------------------------
# No engine runs compose here, so: docker-compose must accept the file, and its service must
# carry the restrictions the `run` step below uses in its place.
compose_check() {
    docker-compose -f "$repo/docker/compose.yaml" config >"$work/compose.resolved.yaml"
    python3 - "$work/compose.resolved.yaml" <<'PY'
import sys, yaml
svc = yaml.safe_load(open(sys.argv[1]))["services"]["bootforge"]
want = {"cap_drop": ["ALL"], "cap_add": ["NET_BIND_SERVICE", "NET_RAW"],
        "read_only": True, "network_mode": "host", "tmpfs": ["/tmp"]}
norm = lambda v: sorted(v) if isinstance(v, list) else v
for key, value in want.items():
    if norm(svc.get(key)) != norm(value):
        sys.exit(f"compose.yaml: {key} is {svc.get(key)!r}; the image test runs with {value!r}")
if not any(str(v).endswith(":/var/lib/bootforge:rw") for v in svc.get("volumes", [])):
    sys.exit("compose.yaml: no volume at /var/lib/bootforge")
print("compose.yaml: valid, restrictions as tested")
PY
}
step compose-config compose_check

# --- images ---------------------------------------------------------------------------------
sysroot=$(cd "$repo" && rustc --print sysroot)
rust_version=$(cd "$repo" && rustc --version)
say "toolchain: $rust_version ($sysroot)"
case $rust_version in
rustc\ 1.[0-9].* | rustc\ 1.[0-7][0-9].* | rustc\ 1.8[0-4].*) die "rustc >= 1.85 needed (rust-version)" ;;
esac

step debootstrap debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror"
import_base() { tar -C "$work/rootfs" -c . | pm import - "localhost/$tag-base"; }
step import-base import_base
rm -rf "$work/rootfs"

mkdir -p "$work/builder/rust"
cp -a "$sysroot/bin" "$sysroot/lib" "$work/builder/rust/"
[ -d "$sysroot/libexec" ] && cp -a "$sysroot/libexec" "$work/builder/rust/"
cp -L /etc/ssl/certs/ca-certificates.crt "$work/builder/ca-certificates.crt"
cat >"$work/builder/Containerfile" <<'EOF'
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libc6-dev ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY rust /usr/local/rust
ENV CARGO_HOME=/usr/local/cargo \
    PATH=/usr/local/rust/bin:/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN rustc --version && cargo --version
EOF
step build-builder pm build "${ulimits[@]}" --network host --format docker \
    --build-arg "BASE_IMAGE=localhost/$tag-base" -t "localhost/$tag-builder" "$work/builder"
rm -rf "$work/builder"

# --format docker: the OCI format has no HEALTHCHECK.
step build-image pm build "${ulimits[@]}" --network host --format docker \
    --build-arg "RUST_IMAGE=localhost/$tag-builder" --build-arg "BASE_IMAGE=localhost/$tag-base" \
    -f "$repo/docker/Dockerfile" -t "localhost/$tag" "$repo"

# --- boot -----------------------------------------------------------------------------------
# An isolated link: namespace $ns with a veth pair (both ends inside), the server on bf0.
ip netns add "$ns"
ip -n "$ns" link set lo up
ip -n "$ns" link add bf0 type veth peer name bf1
ip -n "$ns" addr add 2001:db8:b007::1/64 dev bf0 nodad
ip -n "$ns" link set bf1 up
ip -n "$ns" link set bf0 up

cat >"$work/bootforge.toml" <<'EOF'
server_address = "2001:db8:b007::1"
[dhcp]
interfaces = ["bf0"]
[[dhcp.pools]]
name = "imagetest"
prefix = "2001:db8:b007::/64"
range_start = "2001:db8:b007::1000"
range_end = "2001:db8:b007::1fff"
[http]
listen = "[::]:8080"
EOF
chmod 0644 "$work/bootforge.toml"

# As docker/compose.yaml, but in $ns instead of the host's network. Podman cannot start the
# periodic health timer without systemd (it logs an error and goes on); the checks below
# run the image's HEALTHCHECK with `podman healthcheck run`.
step run pm run -d --name "$ctr" "${ulimits[@]}" --network "ns:/run/netns/$ns" \
    --cap-drop ALL --cap-add NET_BIND_SERVICE --cap-add NET_RAW --read-only --tmpfs /tmp \
    -v "$work/bootforge.toml:/etc/bootforge/bootforge.toml:ro" "localhost/$tag"
ran=1

say "waiting for the HEALTHCHECK ..."
t0=$SECONDS
until pm healthcheck run "$ctr" >"$logs/health.log" 2>&1; do
    [ "$(pm inspect -f '{{.State.Running}}' "$ctr")" = true ] || die "container exited"
    [ $((SECONDS - t0)) -lt 60 ] || { cat "$logs/health.log" >&2; die "not healthy after 60s"; }
    sleep 1
done
health=$(pm inspect -f '{{.State.Health.Status}}' "$ctr")
[ "$health" = healthy ] || die "health status: $health"
say "healthy after $((SECONDS - t0))s"

body=$(ip netns exec "$ns" curl -fsS -m 5 'http://[2001:db8:b007::1]:8080/healthz') ||
    die "GET /healthz failed"
[ "$body" = ok ] || die "GET /healthz answered: $body"
say "GET /healthz: $body"

pid=$(pm inspect -f '{{.State.Pid}}' "$ctr")
uids=$(awk '/^Uid:/ {print $2, $3, $4, $5}' "/proc/$pid/status")
for u in $uids; do [ "$u" != 0 ] || die "server runs with uid 0 ($uids)"; done
user=$(pm exec "$ctr" id -un)
[ "$user" = bootforge ] || die "container user is $user, not bootforge"
# CAP_NET_BIND_SERVICE (10) | CAP_NET_RAW (13) = 0x2400, from the file capabilities.
for f in CapEff CapBnd; do
    v=$(awk -v f="$f:" '$1 == f {print $2}' "/proc/$pid/status")
    [ "$((16#$v))" = "$((0x2400))" ] || die "$f is $v, want 0000000000002400"
done
say "server process: uids $uids (user $user), CapEff/CapBnd = net_bind_service,net_raw"

# Privileged ports bound as that user: DHCPv6 547 (0x0223) and TFTP 69 (0x0045).
for port in 0223 0045; do
    grep -q ":$port 00000000000000000000000000000000:0000 07" "/proc/$pid/net/udp6" ||
        die "nothing bound on UDP port $((16#$port))"
done
say "UDP 547 and 69 bound"

ip netns exec "$ns" curl -fsS -m 20 -o "$work/ipxe.efi" 'tftp://[2001:db8:b007::1]/ipxe.efi' ||
    die "TFTP ipxe.efi failed"
[ "$(head -c 2 "$work/ipxe.efi")" = MZ ] || die "ipxe.efi over TFTP is not an EFI binary"
say "TFTP ipxe.efi: $(stat -c %s "$work/ipxe.efi") bytes"

mounts=$(pm inspect -f '{{range .Mounts}}{{.Type}}:{{.Destination}} {{end}}' "$ctr")
case " $mounts" in *" volume:/var/lib/bootforge "*) ;; *) die "no volume on /var/lib/bootforge: $mounts" ;; esac
pm exec "$ctr" test -s /var/lib/bootforge/bootforge.db || die "no bootforge.db in the data volume"
say "data volume: $mounts"

t0=$SECONDS
pm stop -t 15 "$ctr" >/dev/null 2>&1
code=$(pm inspect -f '{{.State.ExitCode}}' "$ctr")
[ "$code" = 0 ] || die "exit status $code after SIGTERM"
say "stopped by SIGTERM in $((SECONDS - t0))s, exit 0"
