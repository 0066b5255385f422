#!/usr/bin/env bash
# Build bootforge's iPXE binaries from the vendored source (third_party/ipxe) with the
# configuration in config/ and the embedded script embed.ipxe:
#
#   bin/ipxe.efi         x86_64 EFI, all upstream NIC drivers + SNP   (served as ipxe.efi)
#   bin/ipxe-arm64.efi   arm64 EFI (cross-compiled: gcc-aarch64-linux-gnu)
#   bin/undionly.kpxe    BIOS, chainloaded from a PXE ROM, drives the NIC through UNDI
#   bin/1af41000.rom     BIOS option ROM for virtio-net (PCI 1af4:1000), e.g. QEMU romfile=
#
# and bin/SHA256SUMS. The build runs in a scratch copy of the source (never in
# third_party/), with pinned flags and SOURCE_DATE_EPOCH, so the same source, config and
# compilers give the same bytes.
#
# usage: boot-scripts/ipxe/build.sh [--check] [TARGET...]
#   TARGET   x64 arm64 bios (default: all)
#   --check  build into a scratch dir and compare with bin/ instead of replacing it;
#            exit 1 on any difference
# env:   JOBS (default 2), IPXE_BUILD_DIR (default target/ipxe-build)
# needs: make gcc perl liblzma-dev (zbin), gcc-aarch64-linux-gnu (arm64)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
src=$repo/third_party/ipxe/src
commit=$(awk '/^commit:/ {print $2}' "$repo/third_party/ipxe/README.bootforge.md")
[[ ${#commit} -eq 40 ]] || { echo "build.sh: no commit: line in third_party/ipxe/README.bootforge.md" >&2; exit 1; }

check=0
targets=()
for a in "$@"; do
    case $a in
    --check) check=1 ;;
    x64 | arm64 | bios) targets+=("$a") ;;
    *) echo "usage: build.sh [--check] [x64|arm64|bios]..." >&2; exit 2 ;;
    esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=(x64 arm64 bios)

# Reproducibility: fixed timestamp (the upstream commit's date), locale, time zone, umask.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(awk '/^commit-date-epoch:/ {print $2}' "$repo/third_party/ipxe/README.bootforge.md")}
export LC_ALL=C TZ=UTC
umask 022

build=${IPXE_BUILD_DIR:-$repo/target/ipxe-build}
rm -rf "$build"
mkdir -p "$build"
cp -a "$src" "$build/src"
mkdir -p "$build/src/config/local"
cp "$here"/config/*.h "$build/src/config/local/"
cp "$here/embed.ipxe" "$build/src/bootforge.ipxe"

out=$build/out
mkdir -p "$out"
# GITVERSION: the version string says which upstream commit this is (there is no .git here).
# -ffile-prefix-map: objects carry debug info naming the build directory; iPXE's build ID is
# a checksum over blib.a, so without it the binaries would depend on where they were built.
mk=(make -C "$build/src" -j"${JOBS:-2}" GITVERSION="$commit" EMBED=bootforge.ipxe V=0 NO_WERROR=1
    EXTRA_CFLAGS="-ffile-prefix-map=$build/src=.")

for t in "${targets[@]}"; do
    case $t in
    x64)
        "${mk[@]}" bin-x86_64-efi/ipxe.efi
        cp "$build/src/bin-x86_64-efi/ipxe.efi" "$out/ipxe.efi"
        ;;
    arm64)
        command -v aarch64-linux-gnu-gcc >/dev/null ||
            { echo "build.sh: arm64 needs aarch64-linux-gnu-gcc (apt-get install gcc-aarch64-linux-gnu)" >&2; exit 1; }
        "${mk[@]}" CROSS=aarch64-linux-gnu- bin-arm64-efi/ipxe.efi
        cp "$build/src/bin-arm64-efi/ipxe.efi" "$out/ipxe-arm64.efi"
        ;;
    bios)
        "${mk[@]}" bin-i386-pcbios/undionly.kpxe bin-i386-pcbios/1af41000.rom
        cp "$build/src/bin-i386-pcbios/undionly.kpxe" "$build/src/bin-i386-pcbios/1af41000.rom" "$out/"
        ;;
    esac
done

names=()
for t in "${targets[@]}"; do
    case $t in
    x64) names+=(ipxe.efi) ;;
    arm64) names+=(ipxe-arm64.efi) ;;
    bios) names+=(undionly.kpxe 1af41000.rom) ;;
    esac
done

if [[ $check -eq 1 ]]; then
    rc=0
    for n in "${names[@]}"; do
        if cmp -s "$out/$n" "$here/bin/$n"; then
            echo "build.sh: $n rebuilt byte-identical ($(sha256sum <"$out/$n" | cut -c1-16)…)"
        else
            echo "build.sh: $n DIFFERS from bin/$n (rebuilt $(sha256sum <"$out/$n" | cut -c1-16)…)" >&2
            rc=1
        fi
    done
    exit $rc
fi

mkdir -p "$here/bin"
for n in "${names[@]}"; do
    cp "$out/$n" "$here/bin/$n"
done
(
    cd "$here/bin"
    shopt -s nullglob
    sha256sum -- *.efi *.kpxe *.rom >SHA256SUMS.tmp
    mv SHA256SUMS.tmp SHA256SUMS
)
cat "$here/bin/SHA256SUMS"
