#!/bin/sh
# The reference the guest inventory is compared with: Debian bookworm booted
# with systemd as PID 1 under QEMU, logged in as root on the serial console,
# where scripts/guest-inventory.sh runs. Its output,
# test/data/systemd-inventory.txt, is what test/guest/guest-userspace.test.ts
# compares the minimal and distro guests and a resumed fixture with. Not run
# by npm test or CI: it downloads ~300 MB and took 6 minutes here (a 3-minute
# root build, a 3-minute boot, inventory and power-off under TCG); run it
# again when the inventory script or the guests' Debian release changes, and
# commit the new reference with the change.
#
#   sudo scripts/systemd-reference/run.sh [OUTPUT]   (default test/data/systemd-inventory.txt)
#
# With REFERENCE_WORK=DIR the machine is kept in DIR and reused by the next
# run (only the inventory script is replaced in its image): for working on
# the inventory script.
#
# The root: mmdebstrap's minbase with the distro guest's packages
# (src/setup/distro.ts DISTRO_PACKAGES), so that packages do not make the
# differences, plus what a systemd system of Debian has: systemd-sysv, udev,
# dbus and libpam-systemd (logind), the cloud kernel the minimal guest uses
# and its initramfs (initramfs-tools, made in the chroot). The machine: the
# one Provium gives a guest (QEMU's pc, -cpu max, 256 MiB, 1 vCPU, a
# virtio-serial port named as the agent's, no network card), with the root
# on a virtio disk after it, as Provium orders them. The inventory goes out on
# a second serial port (ttyS1), so that the console's messages never mix with it.
set -eu

repo=$(cd "$(dirname "$0")/../.." && pwd)
output=${1:-$repo/test/data/systemd-inventory.txt}
suite=bookworm
mirror=http://deb.debian.org/debian
security=http://deb.debian.org/debian-security
# the distro guest's packages (src/setup/distro.ts), then systemd's
packages=bash,coreutils,util-linux,kmod,iproute2,procps,python3
packages=$packages,systemd-sysv,udev,dbus,libpam-systemd,initramfs-tools,linux-image-cloud-amd64
memory=256

[ "$(id -u)" = 0 ] || { echo "run as root: mmdebstrap makes the tree with its owners, mke2fs reads it" >&2; exit 2; }
for tool in mmdebstrap qemu-system-x86_64 mke2fs; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install mmdebstrap qemu-system-x86 e2fsprogs" >&2; exit 2; }
done

if [ -n "${REFERENCE_WORK:-}" ]; then
  work=$REFERENCE_WORK
  mkdir -p "$work"
else
  work=$(mktemp -d /var/tmp/systemd-reference.XXXXXX)
  trap 'rm -rf "$work"' EXIT
fi
started=$(date +%s)

# Root's login on ttyS0 runs the inventory once the boot is done, then powers off.
cat >"$work/login-hook" <<'EOF'

# scripts/systemd-reference: inventory once booted, then power off
if [ "$(tty)" = /dev/ttyS0 ] && [ ! -e /run/inventory-done ]; then
  touch /run/inventory-done
  state=$(systemctl is-system-running --wait)
  {
    echo "# systemd: $(systemctl --version | head -n 1)"
    echo "# kernel: $(uname -r)"
    echo "# system state: $state$(systemctl --failed --plain --no-legend | awk '{ printf " %s", $1 }')"
    echo "# $(systemd-analyze time | head -n 1)"
    sh /usr/local/bin/guest-inventory && echo "# inventory complete"
  } >/dev/ttyS1 2>&1
  systemctl poweroff
fi
EOF

cat >"$work/autologin.conf" <<'EOF'
[Service]
ExecStart=
ExecStart=-/sbin/agetty --autologin root --noclear --keep-baud 115200,57600,38400,9600 %I $TERM
EOF

if [ -e "$work/root.ext4" ] && [ -e "$work/vmlinuz" ]; then
  debugfs -w -R "rm /usr/local/bin/guest-inventory" "$work/root.ext4" >/dev/null 2>&1
  debugfs -w -R "write $repo/scripts/guest-inventory.sh /usr/local/bin/guest-inventory" "$work/root.ext4" >/dev/null
else
# As Debian's installer writes /etc/hostname and /etc/hosts (hostname "debian").
mmdebstrap --variant=minbase --include="$packages" \
  --customize-hook='echo debian >"$1/etc/hostname"' \
  --customize-hook='printf "127.0.0.1\tlocalhost\n127.0.1.1\tdebian\n\n::1     localhost ip6-localhost ip6-loopback\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n" >"$1/etc/hosts"' \
  --customize-hook='echo "/dev/vda / ext4 rw,errors=remount-ro 0 1" >"$1/etc/fstab"' \
  --customize-hook="copy-in $repo/scripts/guest-inventory.sh /usr/local/bin" \
  --customize-hook='mv "$1/usr/local/bin/guest-inventory.sh" "$1/usr/local/bin/guest-inventory"' \
  --customize-hook='mkdir -p "$1/etc/systemd/system/serial-getty@ttyS0.service.d"' \
  --customize-hook="cp $work/autologin.conf \"\$1/etc/systemd/system/serial-getty@ttyS0.service.d/\"" \
  --customize-hook="cat $work/login-hook >>\"\$1/root/.profile\"" \
  --customize-hook="cp \"\$1\"/boot/vmlinuz-* $work/vmlinuz" \
  --customize-hook="cp \"\$1\"/boot/initrd.img-* $work/initrd.img" \
  "$suite" "$work/root" \
  "deb $mirror $suite main" "deb $mirror $suite-updates main" "deb $security $suite-security main"
mke2fs -q -t ext4 -L debian -d "$work/root" "$work/root.ext4" 3G
rm -rf "$work/root"
fi
built=$(date +%s)

firmware=
[ -e /usr/share/qemu/qboot.rom ] && firmware="-bios /usr/share/qemu/qboot.rom"
# shellcheck disable=SC2086 # $firmware is two words or none
timeout 1800 qemu-system-x86_64 $firmware -nodefaults -no-user-config -display none -no-reboot \
  -machine pc,accel=tcg -cpu max -m "$memory" -smp 1 \
  -kernel "$work/vmlinuz" -initrd "$work/initrd.img" -append "console=ttyS0 root=/dev/vda rw panic=-1" \
  -device virtio-serial-pci,id=agent-bus -chardev null,id=agent -device virtserialport,bus=agent-bus.0,chardev=agent,name=org.provium.agent \
  -drive "file=$work/root.ext4,format=raw,if=none,id=root" -device virtio-blk-pci,drive=root \
  -serial "file:$work/console.log" -serial "file:$work/inventory.raw" </dev/null
booted=$(date +%s)

tr -d '\r' <"$work/inventory.raw" >"$work/inventory.txt"
if ! grep -qx '# inventory complete' "$work/inventory.txt"; then
  echo "the inventory did not complete; its output and the console's end:" >&2
  tail -n 20 "$work/inventory.txt" "$work/console.log" >&2
  exit 1
fi
{
  echo "# What a program can rely on after a systemd boot of Debian: scripts/guest-inventory.sh's"
  echo "# output, made by scripts/systemd-reference/run.sh on $(date -u +%Y-%m-%d) (QEMU $(qemu-system-x86_64 --version | head -n 1 | awk '{ print $4 }'), TCG,"
  echo "# $memory MiB, 1 vCPU; root build $((built - started)) s, boot to power-off $((booted - built)) s)."
  grep -v '^# inventory complete$' "$work/inventory.txt"
} >"$output"
echo "wrote $output: root built in $((built - started)) s, booted and inventoried in $((booted - built)) s"
