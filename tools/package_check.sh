#!/usr/bin/env bash
# `make package-check`: the clean-room check of the .deb. A minimal Debian 12 (debootstrap --variant=minbase,
# no X, no Qt, no Python of ours) installs the package with apt, which must find every dependency through
# the package's Depends alone; then the installed app's self-test runs inside as an unprivileged user,
# offscreen and with the xcb plugin against an Xvfb outside the room, and its window is started and
# photographed (build/package/screenshot-cleanroom.png). This is what proves the computed Depends list
# (tools/package.py) is complete.
#
# Needs root (sudo otherwise) for debootstrap, chroot and mounts, and the Debian mirror (DEBIAN_MIRROR,
# default deb.debian.org). The chroot is made afresh each run in build/cleanroom and deleted afterwards
# (KEEP_CLEANROOM=1 keeps it for a look). Figures go to build/package/package-check.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/build/package
CR=$ROOT/build/cleanroom
SUITE=bookworm
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

shopt -s nullglob
debs=("$OUT"/field-intake_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "expected one .deb in $OUT (run make package): found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}

bash tools/ensure-debs.sh package-check

report=$OUT/package-check.txt
: >"$report"
note() { echo "[package-check] $*"; }
record() { echo "$1=$2" >>"$report"; note "$1: $2"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Only proc, a private devpts instance and a tmpfs for /dev/shm are mounted (debootstrap makes the device
# nodes): no bind mount of the host's /dev, which a failed unmount followed by rm -rf could reach.
# --one-file-system guards that too.
unmount_all() {
  for m in dev/pts dev/shm proc; do
    if mountpoint -q "$CR/$m" 2>/dev/null; then $SUDO umount "$CR/$m" || $SUDO umount -l "$CR/$m"; fi
  done
}
remove_room() {
  if grep -q " $CR/" /proc/mounts; then echo "still mounted under $CR; not deleting it" >&2; return 1; fi
  $SUDO rm -rf --one-file-system "$CR"
}
xvfb_pid=""
app_pid=""
cleanup() {
  local rc=$?
  [ -n "$app_pid" ] && $SUDO kill "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  unmount_all
  if [ "${KEEP_CLEANROOM:-0}" != 1 ]; then remove_room || rc=1; fi
  [ $rc = 0 ] || note "FAILED (exit $rc)"
  exit $rc
}
trap cleanup EXIT

in_room() { $SUDO chroot "$CR" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }

started=$(now_ms)
unmount_all
remove_room
mkdir -p "$(dirname "$CR")"

note "debootstrap --variant=minbase $SUITE (log: build/package/cleanroom-debootstrap.log)"
t0=$(now_ms)
$SUDO debootstrap --variant=minbase "$SUITE" "$CR" "$MIRROR" >"$OUT/cleanroom-debootstrap.log" 2>&1 \
  || { tail -30 "$OUT/cleanroom-debootstrap.log"; exit 1; }
record debootstrap_ms $(( $(now_ms) - t0 ))

$SUDO tee "$CR/etc/apt/sources.list" >/dev/null <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY_MIRROR $SUITE-security main
EOF
$SUDO cp /etc/resolv.conf "$CR/etc/resolv.conf"
$SUDO mount -t proc proc "$CR/proc"
$SUDO mount -t tmpfs -o mode=1777,nosuid,nodev shm "$CR/dev/shm"
$SUDO mount -t devpts -o newinstance,ptmxmode=0666 devpts "$CR/dev/pts"
$SUDO cp "$deb" "$CR/tmp/field-intake.deb"
before=$(in_room dpkg-query -W -f '${Package}\n' | wc -l)

note "apt-get install /tmp/field-intake.deb (dependencies from the mirror; recommends left out, as the worst case)"
t0=$(now_ms)
in_room apt-get update -qq
in_room DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/field-intake.deb \
  >"$OUT/cleanroom-apt.log" 2>&1 || { tail -30 "$OUT/cleanroom-apt.log"; exit 1; }
record install_ms $(( $(now_ms) - t0 ))
after=$(in_room dpkg-query -W -f '${Package}\n' | wc -l)
record packages_pulled_in $(( after - before - 1 ))

note "intake-app --self-test, offscreen, as user nobody"
t0=$(now_ms)
if ! $SUDO chroot --userspec=65534:65534 "$CR" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp LC_ALL=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen /usr/bin/intake-app --self-test >"$OUT/cleanroom-selftest.txt" 2>&1; then
  cat "$OUT/cleanroom-selftest.txt"; echo "the self-test failed in the clean room" >&2; exit 1
fi
record selftest_ms $(( $(now_ms) - t0 ))
sed 's/^/    /' "$OUT/cleanroom-selftest.txt"

# The xcb platform plugin with nothing but the package's dependencies: an X server runs outside the room
# (Xvfb on this machine); the app inside reaches it through the abstract X11 socket, as chroot shares the
# network namespace. No X or Qt package is installed inside.
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] \
    || grep -q "@/tmp/.X11-unix/X$display\$" /proc/net/unix 2>/dev/null; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
as_nobody() {
  $SUDO chroot --userspec=65534:65534 "$CR" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp LC_ALL=C.UTF-8 \
    DISPLAY=":$display" "$@"
}
note "intake-app --self-test on Xvfb (xcb), as user nobody"
t0=$(now_ms)
as_nobody /usr/bin/intake-app --self-test >"$OUT/cleanroom-selftest-xcb.txt" 2>&1 \
  || { cat "$OUT/cleanroom-selftest-xcb.txt"; echo "the xcb self-test failed in the clean room" >&2; exit 1; }
grep -q "platform plugin xcb" "$OUT/cleanroom-selftest-xcb.txt"
record selftest_xcb_ms $(( $(now_ms) - t0 ))
grep "^ok    qt" "$OUT/cleanroom-selftest-xcb.txt" | sed 's/^/    /'

note "the app's window on Xvfb, from the clean room (screenshot: build/package/screenshot-cleanroom.png)"
as_nobody /usr/bin/intake-app --data-dir /tmp/data >"$OUT/cleanroom-window.log" 2>&1 &
app_pid=$!
t0=$(now_ms)
found=""
while [ -z "$found" ] && [ $(( $(now_ms) - t0 )) -lt 60000 ]; do
  found=$(DISPLAY=":$display" xdotool search --onlyvisible --name "Field Intake" 2>/dev/null | head -1 || true)
  sleep 0.1
done
[ -n "$found" ] || { cat "$OUT/cleanroom-window.log"; echo "no window from the clean room" >&2; exit 1; }
record first_window_ms $(( $(now_ms) - t0 ))
sleep 3
import -display ":$display" -window root "$OUT/screenshot-cleanroom.png"
$SUDO kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""
kill "$xvfb_pid" && wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

in_room apt-get remove -y -qq field-intake >/dev/null
[ ! -e "$CR/opt/field-intake" ] || { echo "/opt/field-intake is still there after apt-get remove" >&2; exit 1; }
record removed yes
record total_ms $(( $(now_ms) - started ))
note "OK; figures in build/package/package-check.txt"
