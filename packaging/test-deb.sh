#!/usr/bin/env bash
# Build the Debian package (cargo-deb) and prove it installs: `apt-get install ./bootforge_*.deb`
# in a throwaway Debian bookworm root made with `debootstrap --variant=minbase`, then run
# `bootforge relay --help` from it and check the units, example configs and system user.
# Nothing is installed on this host but cargo-deb (if missing); the root is deleted at exit.
#
# Needs: root, debootstrap, dpkg-deb, a Debian mirror (BOOTFORGE_DEBIAN_MIRROR, default
# deb.debian.org). BOOTFORGE_DEB_NO_BUILD=1 packages the existing target/release/bootforge.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
mirror=${BOOTFORGE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
say() { printf '[test-deb] %s\n' "$*" >&2; }
die() { say "FAIL: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot)"
for c in debootstrap dpkg-deb chroot; do
    command -v "$c" >/dev/null || die "$c not found (apt-get install debootstrap dpkg)"
done
command -v cargo-deb >/dev/null || cargo install cargo-deb --locked

cd "$repo"
rm -f target/debian/bootforge_*.deb
cargo deb -p bootforge --locked ${BOOTFORGE_DEB_NO_BUILD:+--no-build}
deb=$(ls target/debian/bootforge_*.deb)
say "built $deb"
dpkg-deb --info "$deb" | sed 's/^/[test-deb]   /' >&2
contents=$(dpkg-deb --contents "$deb")
for f in usr/bin/bootforge lib/systemd/system/bootforge.service \
    lib/systemd/system/bootforge-relay.service usr/share/doc/bootforge/bootforge.example.toml \
    usr/share/doc/bootforge/relay.example.toml; do
    grep -q " \./$f\$" <<<"$contents" || die "$deb lacks /$f"
done

work=$(mktemp -d /tmp/bootforge-deb.XXXXXX)
cleanup() {
    # debootstrap unmounts what it mounted; make sure before deleting.
    for m in $(findmnt -rn -o TARGET | grep "^$work/" | sort -r); do umount -l "$m" || true; done
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT
root="$work/root"
say "debootstrap bookworm (minbase) into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; die "debootstrap failed"; }
# The throwaway root's own resolver configuration, so its apt reaches the mirror.
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
in_root apt-get update -q >/dev/null
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >&2 ||
    die "apt-get install ./$(basename "$deb") failed"
in_root dpkg -s bootforge | grep -q '^Status: install ok installed' || die "not installed"

help=$(in_root bootforge relay --help) || die "bootforge relay --help failed"
grep -q -- '--server' <<<"$help" || die "relay --help does not mention --server: $help"
in_root bootforge --version >&2
for f in /lib/systemd/system/bootforge.service /lib/systemd/system/bootforge-relay.service \
    /usr/share/doc/bootforge/bootforge.example.toml /usr/share/doc/bootforge/relay.example.toml; do
    in_root test -f "$f" || die "$f not installed"
done
in_root grep -q '^ExecStart=/usr/bin/bootforge .* relay$' /lib/systemd/system/bootforge-relay.service ||
    die "bootforge-relay.service does not run the packaged binary"
in_root getent passwd bootforge >/dev/null || die "postinst did not create the bootforge user"
# The packaged relay example is a valid relay configuration (validation fails before any
# socket is opened, so a bad one exits 2 here).
if in_root timeout 2 bootforge --config /usr/share/doc/bootforge/relay.example.toml relay \
    --server fe80::1 >"$work/bad.txt" 2>&1; then
    die "a link-local server was accepted"
fi
grep -q 'relay.servers\[0\]' "$work/bad.txt" || die "bad key not named: $(cat "$work/bad.txt")"
in_root apt-get remove -y -q bootforge >/dev/null || die "apt-get remove failed"
in_root test ! -e /usr/bin/bootforge || die "/usr/bin/bootforge left after remove"
say "OK: $(basename "$deb") installs with apt, bootforge relay --help runs from it, and it removes cleanly"
