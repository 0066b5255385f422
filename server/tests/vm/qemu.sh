#!/usr/bin/env bash
# Boot one OVMF VM on a tap device inside a test namespace, bounded in time.
#
# usage: qemu.sh NS TAP MAC MODE SERIAL_LOG TIMEOUT_SECS [ROMFILE]
#   MODE pxe:  OVMF's own PXE over IPv6 only (IPv4 PXE off, QEMU's iPXE option ROM off)
#   MODE http: OVMF UEFI HTTP Boot only (IPv4 and IPv6 PXE off); OVMF tries HTTPv4 for ~50 s
#              before HTTPv6
#   MODE arm64-pxe: an arm64 VM (qemu-system-aarch64 -M virt, TCG) with Debian's AAVMF
#              firmware (qemu-efi-aarch64), PXE over IPv6 (it tries PXE over IPv4 first);
#              the console is ttyAMA0
#   MODE bios-ipxe: SeaBIOS (QEMU's default BIOS) with ROMFILE as the virtio-net NIC's option
#              ROM (an iPXE build, e.g. boot-scripts/ipxe/bin/1af41000.rom): iPXE is the
#              machine's network boot firmware, no UEFI involved
# The VM has no disk and `-no-reboot`: it ends when the payload powers off, when firmware
# resets, or when the timeout kills it (exit code 124). exec's into timeout, so killing the
# pid of this script stops qemu.
set -euo pipefail
ns=${1:?ns} tap=${2:?tap} mac=${3:?mac} mode=${4:?mode} serial=${5:?serial} secs=${6:?timeout}
romfile=${7:-}

fw=(-fw_cfg name=opt/org.tianocore/IPv4PXESupport,string=n)
case $mode in
pxe) ;;
http) fw+=(-fw_cfg name=opt/org.tianocore/IPv6PXESupport,string=n) ;;
arm64-pxe)
    aavmf=/usr/share/qemu-efi-aarch64/QEMU_EFI.fd
    [[ -r $aavmf ]] || { echo "qemu.sh: $aavmf missing (apt-get install qemu-efi-aarch64)" >&2; exit 2; }
    mkdir -p "$(dirname "$serial")"
    : >"$serial"
    exec ip netns exec "$ns" timeout --kill-after=5 "$secs" \
        qemu-system-aarch64 -M virt -accel tcg -cpu cortex-a57 -nographic -no-reboot -m 1024 -smp 1 \
        -bios "$aavmf" "${fw[@]}" \
        -netdev "tap,id=n0,ifname=$tap,script=no,downscript=no" \
        -device "virtio-net-pci,netdev=n0,romfile=,mac=$mac,bootindex=1" \
        -serial "file:$serial" -monitor none -display none
    ;;
bios-ipxe)
    [[ -r $romfile ]] || { echo "qemu.sh: bios-ipxe needs a readable ROMFILE (7th argument)" >&2; exit 2; }
    mkdir -p "$(dirname "$serial")"
    : >"$serial"
    exec ip netns exec "$ns" timeout --kill-after=5 "$secs" \
        qemu-system-x86_64 -accel tcg -nographic -no-reboot -m 512 -smp 1 \
        -netdev "tap,id=n0,ifname=$tap,script=no,downscript=no" \
        -device "virtio-net-pci,netdev=n0,romfile=$romfile,mac=$mac,bootindex=1" \
        -serial "file:$serial" -monitor none -display none
    ;;
*) echo "qemu.sh: MODE must be pxe, http, arm64-pxe or bios-ipxe" >&2; exit 2 ;;
esac

bios=/usr/share/ovmf/OVMF.fd
[[ -r $bios ]] || bios=/usr/share/qemu/OVMF.fd

mkdir -p "$(dirname "$serial")"
: >"$serial"
exec ip netns exec "$ns" timeout --kill-after=5 "$secs" \
    qemu-system-x86_64 -accel tcg -nographic -no-reboot -m 512 -smp 1 \
    -bios "$bios" "${fw[@]}" \
    -netdev "tap,id=n0,ifname=$tap,script=no,downscript=no" \
    -device "virtio-net-pci,netdev=n0,romfile=,mac=$mac,bootindex=1" \
    -serial "file:$serial" -monitor none -display none
