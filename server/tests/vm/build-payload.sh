#!/usr/bin/env bash
# Build the VM boot payload: a Debian kernel and a tiny busybox initrd whose /init prints
#   BOOTFORGE-MARKER cmdline=<contents of /proc/cmdline>
# on the console and powers off. Idempotent and cached: does nothing if OUTDIR already holds
# vmlinuz and initrd.img. Nothing here is committed; OUTDIR is normally target/vm-payload.
#
# usage: build-payload.sh OUTDIR [ARCH]
#   ARCH amd64 (default): the host's linux-image-amd64 kernel and /bin/busybox (busybox-static)
#   ARCH arm64: Debian's arm64 kernel and busybox-static, downloaded with a private apt state
#               under OUTDIR/.apt (apt-get update for arm64 there; the host's apt
#               configuration and dpkg architectures are not touched)
# needs: apt-get (network access to Debian's archive, first run only), dpkg-deb,
#        busybox-static, cpio
set -euo pipefail

out=${1:?usage: build-payload.sh OUTDIR [ARCH]}
arch=${2:-amd64}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [[ -s $out/vmlinuz && -s $out/initrd.img ]]; then
    echo "payload: cached in $out"
    exit 0
fi

# Serialise concurrent builders (tests run in parallel threads/processes).
exec 9>"$out/.lock"
flock 9
if [[ -s $out/vmlinuz && -s $out/initrd.img ]]; then
    echo "payload: cached in $out"
    exit 0
fi

work=$(mktemp -d "$out/.build.XXXXXX")
trap 'rm -rf "$work"' EXIT

apt=()
if [[ $arch != amd64 ]]; then
    # Foreign-architecture packages through apt's ordinary client, with lists, cache and an
    # empty dpkg status of our own.
    a=$out/.apt
    mkdir -p "$a/lists/partial" "$a/cache/archives/partial"
    : >"$a/status"
    apt=(-o "APT::Architecture=$arch" -o "APT::Architectures::=$arch"
        -o "Dir::State::Lists=$a/lists" -o "Dir::State::status=$a/status"
        -o "Dir::Cache=$a/cache" -o Acquire::Languages=none)
    echo "payload: apt-get update for $arch (private lists in $a)"
    apt-get "${apt[@]}" -q update >&2 || { echo "payload: apt-get update for $arch failed" >&2; exit 1; }
fi

# --- kernel -----------------------------------------------------------------------------
if [[ ! -s $out/vmlinuz ]]; then
    pkg=$(apt-cache "${apt[@]}" depends "linux-image-$arch" 2>/dev/null |
        awk '/Depends: linux-image-[0-9]/ {print $2; exit}')
    if [[ -z $pkg ]]; then
        echo "payload: cannot resolve linux-image-$arch's kernel package (run apt-get update?)" >&2
        exit 1
    fi
    echo "payload: downloading $pkg"
    (cd "$work" && apt-get "${apt[@]}" download "$pkg" 2>&1 | grep -v "unsandboxed" >&2 || true)
    ls "$work"/linux-image-*.deb >/dev/null 2>&1 || { echo "payload: apt-get download $pkg failed" >&2; exit 1; }
    deb=$(ls "$work"/linux-image-*.deb | head -n1)
    dpkg-deb -x "$deb" "$work/kroot"
    k=$(ls "$work"/kroot/boot/vmlinuz-* | head -n1)
    cp "$k" "$out/vmlinuz.tmp"
    mv "$out/vmlinuz.tmp" "$out/vmlinuz"
fi

# --- initrd -----------------------------------------------------------------------------
bb=/bin/busybox
if [[ $arch != amd64 ]]; then
    (cd "$work" && apt-get "${apt[@]}" download busybox-static 2>&1 | grep -v "unsandboxed" >&2 || true)
    ls "$work"/busybox-static_*.deb >/dev/null 2>&1 || { echo "payload: apt-get download busybox-static ($arch) failed" >&2; exit 1; }
    dpkg-deb -x "$(ls "$work"/busybox-static_*.deb | head -n1)" "$work/bbroot"
    bb=$work/bbroot/bin/busybox
    [[ -s $bb ]] || { echo "payload: no bin/busybox in busybox-static ($arch)" >&2; exit 1; }
# Must be static (busybox-static, not busybox): the initrd holds no libraries.
elif [[ ! -x $bb ]] || ldd "$bb" >/dev/null 2>&1; then
    echo "payload: $bb is missing or dynamically linked: install busybox-static" >&2
    exit 1
fi
root=$work/iroot
mkdir -p "$root"/{bin,dev,proc,sys}
cp "$bb" "$root/bin/busybox"
ln -s busybox "$root/bin/sh"
cat >"$root/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t devtmpfs dev /dev 2>/dev/null
c=$(/bin/busybox cat /proc/cmdline)
for con in /dev/console /dev/ttyS0 /dev/ttyAMA0; do
    [ -e "$con" ] && echo "BOOTFORGE-MARKER cmdline=$c" >"$con" 2>/dev/null
done
echo "BOOTFORGE-MARKER cmdline=$c"
/bin/busybox sync
/bin/busybox poweroff -f
INIT
chmod 0755 "$root/init"
(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0) | gzip -9 >"$out/initrd.tmp"
mv "$out/initrd.tmp" "$out/initrd.img"
echo "payload: built $out/vmlinuz $out/initrd.img"
