#!/usr/bin/env bash
# `make source-check`: the clean-room check of the SOURCE, as a new developer meets it. A minimal Debian 12
# (debootstrap --variant=minbase, then only python3 make git sudo ca-certificates, without recommends) gets an
# ordinary user with sudo and a clone of this repository's HEAD. As that user, inside the room:
#
#   1. `make run` on the bare system, up to the app's first window (the first-run wizard), on an Xvfb outside
#      the room: it must set up everything it needs by itself (venv, wheels, Debian libraries, translations);
#   2. `make test`, the README's test command: ruff, the CCTV vectors (Debian's nodejs and npm installed on
#      the way), the .deb built, installed, checked and removed (package-test), pytest; it must pass with NO
#      skipped test;
#   3. `make run` again with a vault made by `intake-app init`: the unlock window.
#
# Screenshots and logs go to build/source-check/, figures to build/source-check/source-check.txt. Only what
# HEAD holds is checked: uncommitted changes are not in the clone (a warning says so).
#
# Needs root (sudo otherwise) for debootstrap, chroot and mounts, the Debian mirror (DEBIAN_MIRROR, default
# deb.debian.org), PyPI and the npm registry; about 20 minutes on a 2-core machine. The room is made afresh in
# build/source-room and deleted afterwards (KEEP_ROOM=1 keeps it). Downloads are kept between runs in
# build/cache/ (SOURCE_CHECK_CACHE=DIR moves it): debootstrap's and apt's .debs, npm's cache, and the pinned
# wheels, which a cold run downloads from PyPI inside the room at its end (pip's own HTTP cache is not
# enough: a proxy that strips caching headers defeats it); a warm run gives them to the room's pip as
# PIP_FIND_LINKS (pip still resolves every pin against PyPI's index). The caches are copied into the room
# before and back after, never mounted. SOURCE_CHECK_WHEELS=0 fetches every wheel from PyPI again. On a machine behind a TLS-inspecting proxy, its local certificate
# authorities (/usr/local/share/ca-certificates) and the CA-bundle variables of this environment are carried
# into the room; nothing else of the host is.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/build/source-check
CR=${SOURCE_ROOM:-$ROOT/build/source-room}
CACHE=${SOURCE_CHECK_CACHE:-$ROOT/build/cache}
SUITE=bookworm
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
BASE=(python3 make git sudo ca-certificates)
DEV=tester
DEV_UID=1000
HOME_IN=/home/$DEV
CLONE=$HOME_IN/field-intake
PASSPHRASE="orchid lantern river demo 42"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

bash tools/ensure-debs.sh source-check
mkdir -p "$OUT" "$CACHE"/{debootstrap,apt,wheels,npm}
report=$OUT/source-check.txt
: >"$report"
note() { echo "[source-check] $*"; }
record() { echo "$1=$2" >>"$report"; note "$1: $2"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
fail() { echo "[source-check] $*" >&2; exit 1; }

if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  note "warning: uncommitted changes are not checked; the room gets HEAD ($(git rev-parse --short HEAD))"
fi
record commit "$(git rev-parse HEAD)"

# Only proc, a private devpts instance and a tmpfs for /dev/shm are mounted (debootstrap makes the device
# nodes): no bind mount, which a failed unmount followed by rm -rf could reach through.
unmount_all() {
  for m in dev/pts dev/shm proc; do
    if mountpoint -q "$CR/$m" 2>/dev/null; then $SUDO umount "$CR/$m" || $SUDO umount -l "$CR/$m"; fi
  done
}
remove_room() {
  if grep -q " $CR/" /proc/mounts; then echo "still mounted under $CR; not deleting it" >&2; return 1; fi
  $SUDO rm -rf --one-file-system "$CR"
}
# The caches the room filled go back to build/cache for the next run (newer files only).
save_caches() {
  [ -d "$CR/var/cache/apt/archives" ] && $SUDO find "$CR/var/cache/apt/archives" -maxdepth 1 -name '*.deb' \
    -exec cp -n {} "$CACHE/apt/" \; 2>/dev/null
  [ -d "$CR$HOME_IN/wheels" ] && $SUDO cp -a -u "$CR$HOME_IN/wheels/." "$CACHE/wheels/" 2>/dev/null
  [ -d "$CR$HOME_IN/.npm" ] && $SUDO cp -a -u "$CR$HOME_IN/.npm/." "$CACHE/npm/" 2>/dev/null
  return 0
}
xvfb_pid=""
app_pid=""
cleanup() {
  local rc=$?
  stop_app
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  save_caches
  unmount_all
  if [ "${KEEP_ROOM:-0}" != 1 ]; then remove_room || rc=1; fi
  [ $rc = 0 ] || note "FAILED (exit $rc); logs in build/source-check/"
  exit $rc
}
stop_app() {
  [ -n "$app_pid" ] || return 0
  local group
  group=$(cat "$CR/tmp/app.pid" 2>/dev/null || true)
  if [ -n "$group" ]; then
    $SUDO kill -TERM -- "-$group" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    $SUDO kill -KILL -- "-$group" 2>/dev/null || true
  fi
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
trap cleanup EXIT

in_room() { $SUDO chroot "$CR" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }
# What a developer's login shell has: no variable of ours, no display unless given. The CA-bundle variables
# of this machine's proxy set-up (if any) point at the room's own bundle, which then holds the same CAs.
wheels=cold
if [ "${SOURCE_CHECK_WHEELS:-1}" = 1 ] && [ -n "$(ls -A "$CACHE/wheels")" ]; then wheels=warm; fi
record wheels "$wheels"
ca_env=()
[ "$wheels" = cold ] || ca_env+=("PIP_FIND_LINKS=$HOME_IN/wheels")
for var in PIP_CERT REQUESTS_CA_BUNDLE SSL_CERT_FILE NODE_EXTRA_CA_CERTS; do
  if [ -n "${!var:-}" ]; then ca_env+=("$var=/etc/ssl/certs/ca-certificates.crt"); fi
done
as_dev() {
  $SUDO chroot --userspec=$DEV_UID:$DEV_UID "$CR" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin \
    HOME=$HOME_IN USER=$DEV LOGNAME=$DEV SHELL=/bin/bash LANG=C.UTF-8 TERM=dumb "${ca_env[@]}" "$@"
}
timed() {  # name, log file, then the command run as the developer in the clone
  local name=$1 log=$2 t0 rc=0; shift 2
  note "$name (log: build/source-check/$(basename "$log"))"
  t0=$(now_ms)
  as_dev bash -c "cd $CLONE && $*" >"$log" 2>&1 || rc=$?
  record "${name// /_}_ms" $(( $(now_ms) - t0 ))
  [ $rc = 0 ] || { tail -40 "$log"; fail "$name failed (exit $rc)"; }
}

started=$(now_ms)
unmount_all
remove_room
mkdir -p "$(dirname "$CR")"

note "debootstrap --variant=minbase $SUITE (log: build/source-check/debootstrap.log)"
t0=$(now_ms)
$SUDO debootstrap --variant=minbase --cache-dir="$CACHE/debootstrap" "$SUITE" "$CR" "$MIRROR" \
  >"$OUT/debootstrap.log" 2>&1 || { tail -30 "$OUT/debootstrap.log"; exit 1; }
record debootstrap_ms $(( $(now_ms) - t0 ))

$SUDO tee "$CR/etc/apt/sources.list" >/dev/null <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY_MIRROR $SUITE-security main
EOF
$SUDO cp /etc/resolv.conf "$CR/etc/resolv.conf"
echo "127.0.0.1 localhost $(hostname)" | $SUDO tee "$CR/etc/hosts" >/dev/null  # sudo looks the host name up
$SUDO mount -t proc proc "$CR/proc"
$SUDO mount -t tmpfs -o mode=1777,nosuid,nodev shm "$CR/dev/shm"
$SUDO mount -t devpts -o newinstance,ptmxmode=0666 devpts "$CR/dev/pts"
$SUDO ln -sf pts/ptmx "$CR/dev/ptmx"  # the room's own pseudo-terminals (sudo's use_pty), not the host's
shopt -s nullglob
cached_debs=("$CACHE"/apt/*.deb)
[ ${#cached_debs[@]} -eq 0 ] || $SUDO cp -n "${cached_debs[@]}" "$CR/var/cache/apt/archives/"

note "apt-get install --no-install-recommends ${BASE[*]}"
t0=$(now_ms)
in_room apt-get update -qq
in_room DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${BASE[@]}" \
  >"$OUT/base-apt.log" 2>&1 || { tail -30 "$OUT/base-apt.log"; exit 1; }
local_cas=(/usr/local/share/ca-certificates/*.crt)
if [ ${#local_cas[@]} -gt 0 ]; then
  $SUDO cp "${local_cas[@]}" "$CR/usr/local/share/ca-certificates/"
  in_room update-ca-certificates >/dev/null 2>&1
  record local_cas_carried_in "${#local_cas[@]}"
fi
record base_install_ms $(( $(now_ms) - t0 ))
record base_packages "$(in_room dpkg-query -W -f '${Package}\n' | wc -l)"

in_room useradd --create-home --uid $DEV_UID --shell /bin/bash $DEV
echo "$DEV ALL=(ALL) NOPASSWD:ALL" | $SUDO tee "$CR/etc/sudoers.d/$DEV" >/dev/null
$SUDO chmod 0440 "$CR/etc/sudoers.d/$DEV"
$SUDO mkdir -p "$CR$HOME_IN/wheels" "$CR$HOME_IN/.npm"
[ "$wheels" = cold ] || $SUDO cp -a "$CACHE/wheels/." "$CR$HOME_IN/wheels/"
$SUDO cp -a "$CACHE/npm/." "$CR$HOME_IN/.npm/"
$SUDO chown -R $DEV_UID:$DEV_UID "$CR$HOME_IN"

# The clone: a bundle of HEAD (and its branch), cloned inside the room with the room's git.
bundle=$(mktemp -u "$CR/tmp/source-XXXXXX.bundle")
refs=(HEAD)
branch=$(git symbolic-ref -q HEAD || true)
[ -z "$branch" ] || refs+=("$branch")
git bundle create "$bundle" "${refs[@]}" 2>/dev/null
$SUDO chmod 0644 "$bundle"
as_dev git clone -q "/tmp/$(basename "$bundle")" "$CLONE"
$SUDO rm -f "$bundle"

# An X server outside the room, on a display number free here and in the shared network namespace; the app
# inside reaches it through the abstract X11 socket. No X server package is installed in the room for this.
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] \
    || grep -q "@/tmp/.X11-unix/X$display\$" /proc/net/unix 2>/dev/null; do display=$((display + 1)); done
start_xvfb() {
  Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp -noreset >"$OUT/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
  [ -e "/tmp/.X11-unix/X$display" ] || fail "Xvfb did not start"
}
stop_xvfb() { kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null; xvfb_pid=""; }
# `make run ARGS...` in the background, in its own process group inside the room (its leader's pid in the
# room's /tmp/app.pid, so that make and the app stop together), then wait for the app's window and
# photograph it.
run_window() {  # name, then make's arguments
  local name=$1 t0 found=""; shift
  note "$name: make run $* on Xvfb :$display (log: build/source-check/$name.log)"
  $SUDO rm -f "$CR/tmp/app.pid"
  t0=$(now_ms)
  as_dev DISPLAY=":$display" setsid bash -c "echo \$\$ >/tmp/app.pid; cd $CLONE && exec make run $*" \
    >"$OUT/$name.log" 2>&1 &
  app_pid=$!
  while [ -z "$found" ] && [ $(( $(now_ms) - t0 )) -lt 900000 ]; do
    kill -0 "$app_pid" 2>/dev/null || { tail -40 "$OUT/$name.log"; fail "$name: make run exited"; }
    found=$(DISPLAY=":$display" timeout 5 xdotool search --onlyvisible --name "Field Intake" 2>/dev/null \
      | head -1 || true)
    [ -n "$found" ] || sleep 0.5
  done
  [ -n "$found" ] || { tail -40 "$OUT/$name.log"; fail "$name: no window"; }
  record "${name}_window_ms" $(( $(now_ms) - t0 ))
  record "${name}_window_title" "\"$(DISPLAY=":$display" xdotool getwindowname "$found")\""
  sleep 3  # let it paint; the screenshot is the proof
  import -display ":$display" -window root "$OUT/screenshot-$name.png"
  kill -0 "$app_pid" 2>/dev/null || fail "$name: the app died after its window appeared"
  stop_app
  if grep -Eq "Traceback|Could not load the Qt platform plugin|error while loading shared libraries" \
      "$OUT/$name.log"; then
    tail -40 "$OUT/$name.log"; fail "$name: errors in the log"
  fi
}

# 1. make run on the bare system: the first-run wizard (no vault yet).
start_xvfb
run_window first-run
stop_xvfb

# 2. make test: must pass, and pytest must report no skipped test.
timed "make test" "$OUT/make-test.log" make test
summary=$(grep -E "^=+ [0-9]+ [a-z]+.* in [0-9.]+s( \([0-9:]+\))? =+$" "$OUT/make-test.log" | tail -1)
record pytest_summary "\"$(echo "$summary" | tr -d '=' | xargs)\""
[ -n "$summary" ] || fail "no pytest summary in make-test.log"
if grep -Eq "skipped|xfail|xpass|deselected|failed|error" <<<"$summary"; then
  grep -E "^(SKIPPED|XFAIL|FAILED|ERROR)" "$OUT/make-test.log" | head -20
  fail "make test inside the room: $summary (no test may be skipped)"
fi
grep -q "^\[package-test\] OK" "$OUT/make-test.log" || fail "package-test did not report OK"
record packages_after_make_test "$(in_room dpkg-query -W -f '${Package}\n' | wc -l)"

# 3. make run with a vault: the unlock window.
printf '%s\n' "$PASSPHRASE" | as_dev bash -c \
  "cd $CLONE && .venv/bin/python -m intake_app init --data-dir $HOME_IN/vault --passphrase-file -" \
  >"$OUT/init.log" 2>&1 || { cat "$OUT/init.log"; fail "intake-app init failed"; }
start_xvfb
run_window unlock "ARGS='--data-dir $HOME_IN/vault'"
stop_xvfb

record total_ms $(( $(now_ms) - started ))
if [ "$wheels" = cold ] && [ "${SOURCE_CHECK_WHEELS:-1}" = 1 ]; then
  note "keeping the pinned wheels for the next run (pip download, build/cache/wheels)"
  as_dev bash -c "cd $CLONE && .venv/bin/python -m pip download -q -d $HOME_IN/wheels '.[test,package]' pip \
    setuptools" >"$OUT/wheels.log" 2>&1 || note "warning: the wheels were not kept (build/source-check/wheels.log)"
fi
note "OK: make run and make test work on a bare Debian 12; figures in build/source-check/source-check.txt"
