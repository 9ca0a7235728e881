#!/usr/bin/env bash
# `make package-test`: install the .deb built by `make package` on this machine, then check the INSTALLED app:
#
#   1. the files are where the package says (/opt/field-intake, /usr/bin/intake-app, desktop entry, icons);
#   2. `intake-app --self-test` offscreen, timed against `python -m intake_app --self-test` from source, and
#      the self-test of the tarball unpacked in a temporary folder;
#   3. under Xvfb: the self-test again with Qt's xcb plugin, then the app's window: time until it is mapped
#      (xdotool), alive after 5 s, a screenshot in build/package/screenshot-xvfb.png; the same start from
#      source for comparison;
#   4. the app's window offscreen (alive after 5 s, nothing on stderr that looks like a crash);
#   5. nothing was written into /opt/field-intake (no .pyc caches) and nothing unpacked into /tmp;
#   6. `apt-get remove` takes every installed file away.
#
# Figures go to build/package/package-test.txt. Every app run uses a throwaway --data-dir; no real data.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/build/package
PY=${PY:-$ROOT/.venv/bin/python}
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

shopt -s nullglob
debs=("$OUT"/field-intake_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "expected one .deb in $OUT (run make package): found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}

bash tools/ensure-debs.sh package-test

work=$(mktemp -d /tmp/intake-package-test.XXXXXX)
report=$OUT/package-test.txt
: >"$report"
xvfb_pid=""
app_pid=""
installed=0

note() { echo "[package-test] $*"; }
record() { echo "$1=$2" >>"$report"; note "$1: $2"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

cleanup() {
  local rc=$?
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  if [ "$installed" = 1 ]; then
    note "removing the package after a failure"
    $SUDO apt-get remove -y -qq field-intake >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  [ $rc = 0 ] || note "FAILED (exit $rc)"
  exit $rc
}
trap cleanup EXIT

# Plain English and no inherited Qt platform: each step chooses its own.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY INTAKE_DATA_DIR INTAKE_INSECURE_TEST_KDF || true

# -- 1. install ------------------------------------------------------------------------------------------------
note "installing $(basename "$deb")"
t0=$(now_ms)
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; exit 1; }
installed=1
record install_ms $(( $(now_ms) - t0 ))
for f in /usr/bin/intake-app /opt/field-intake/intake-app /usr/share/applications/field-intake.desktop \
         /usr/share/icons/hicolor/scalable/apps/field-intake.svg /usr/share/icons/hicolor/256x256/apps/field-intake.png; do
  [ -e "$f" ] || { echo "missing after install: $f" >&2; exit 1; }
done
[ "$(readlink -f /usr/bin/intake-app)" = /opt/field-intake/intake-app ]
desktop-file-validate /usr/share/applications/field-intake.desktop
[ "$(/usr/bin/intake-app --version)" = "intake-app $("$PY" -c 'import intake_app; print(intake_app.__version__)')" ]
stamp=$work/stamp
touch "$stamp"
sleep 1  # so that anything written later is strictly newer than the stamp

# -- 2. self-test offscreen, installed and from source ---------------------------------------------------------
selftest() {  # name, then the command; prints the output, records the wall time
  local name=$1; shift
  local t0
  t0=$(now_ms)
  if ! "$@" >"$work/$name.out" 2>&1; then cat "$work/$name.out"; echo "self-test failed: $name" >&2; exit 1; fi
  record "${name}_ms" $(( $(now_ms) - t0 ))
  sed 's/^/    /' "$work/$name.out"
  grep -q '^OK' "$work/$name.out"
}
selftest selftest_installed_offscreen env QT_QPA_PLATFORM=offscreen /usr/bin/intake-app --self-test
selftest selftest_source_offscreen env QT_QPA_PLATFORM=offscreen "$PY" -m intake_app --self-test

# The tarball: unpacked anywhere, run in place.
tarballs=("$OUT"/field-intake-*-linux-*.tar.gz)
mkdir "$work/unpacked"
tar -xzf "${tarballs[0]}" -C "$work/unpacked"
selftest selftest_tarball_offscreen env QT_QPA_PLATFORM=offscreen "$work/unpacked/field-intake/intake-app" --self-test
rm -rf "$work/unpacked"

# -- 3. Xvfb ----------------------------------------------------------------------------------------------------
# A display number free here and in the network namespace: inside a chroot (make source-check) /tmp is the
# room's own, but the abstract X11 sockets are shared with the machine's X servers.
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] \
    || grep -q "@/tmp/.X11-unix/X$display\$" /proc/net/unix 2>/dev/null; do display=$((display + 1)); done
# -noreset: no server regeneration when the last client leaves, so that one check's exit cannot race the
# next check's connection.
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
[ -e "/tmp/.X11-unix/X$display" ] || { cat "$work/xvfb.log"; echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$display"

selftest selftest_installed_xvfb /usr/bin/intake-app --self-test
grep -q "platform plugin xcb" "$work/selftest_installed_xvfb.out" || { echo "the xcb plugin was not used" >&2; exit 1; }

fail_or_warn() {  # fatal for the installed app; only a warning for the from-source comparison
  cat "$work/$1.log"
  if ! kill -0 "$xvfb_pid" 2>/dev/null; then echo "Xvfb :$display is gone; its log:"; cat "$work/xvfb.log"; fi
  if [ "$2" = required ]; then echo "$1: $3" >&2; exit 1; fi
  note "warning: $1: $3 (comparison only)"
  record "${1}_first_window_ms" "n/a"
  stop_app
}
start_window() {  # name, required|comparison, data dir, then the command: time until the window is mapped
  local name=$1 need=$2 data=$3; shift 3
  local t0 found=""
  t0=$(now_ms)
  "$@" --data-dir "$data" >"$work/$name.log" 2>&1 &
  app_pid=$!
  while [ $(( $(now_ms) - t0 )) -lt 60000 ]; do
    if found=$(timeout 5 xdotool search --onlyvisible --name "Field Intake" 2>/dev/null | head -1) \
        && [ -n "$found" ]; then
      break
    fi
    kill -0 "$app_pid" 2>/dev/null || { fail_or_warn "$name" "$need" "the app exited"; return 0; }
    sleep 0.05
  done
  [ -n "$found" ] || { fail_or_warn "$name" "$need" "no window within 60 s"; return 0; }
  record "${name}_first_window_ms" $(( $(now_ms) - t0 ))
  record "${name}_window_title" "\"$(xdotool getwindowname "$found")\""
  while [ $(( $(now_ms) - t0 )) -lt 5000 ]; do sleep 0.2; done
  kill -0 "$app_pid" 2>/dev/null || { fail_or_warn "$name" "$need" "the app died within 5 s"; return 0; }
}
stop_app() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

start_window window_installed_xvfb required "$work/data-installed" /usr/bin/intake-app
import -display "$DISPLAY" -window root "$OUT/screenshot-xvfb.png"
note "screenshot: build/package/screenshot-xvfb.png"
stop_app
start_window window_source_xvfb comparison "$work/data-source" "$PY" -m intake_app
stop_app
kill "$xvfb_pid" && wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""
unset DISPLAY

# -- 4. the window offscreen ----------------------------------------------------------------------------------
QT_QPA_PLATFORM=offscreen /usr/bin/intake-app --data-dir "$work/data-offscreen" >"$work/offscreen.log" 2>&1 &
app_pid=$!
sleep 5
kill -0 "$app_pid" 2>/dev/null || { cat "$work/offscreen.log"; echo "offscreen: the app exited" >&2; exit 1; }
stop_app
if grep -Eq "Traceback|Error|Could not load the Qt platform plugin" "$work/offscreen.log"; then
  cat "$work/offscreen.log"; echo "offscreen: errors on stderr" >&2; exit 1
fi
record window_installed_offscreen "alive after 5 s"

# -- 5. nothing written beside the installation, nothing unpacked -------------------------------------------
written=$(find /opt/field-intake -newer "$stamp" -print | head -5)
[ -z "$written" ] || { echo "the app wrote into /opt/field-intake: $written" >&2; exit 1; }
[ -z "$(find /opt/field-intake -name '__pycache__' -o -name '*.pyc' | head -1)" ]
unpacked=$(find /tmp -maxdepth 1 -name '_MEI*' -newer "$stamp" -print | head -5)
[ -z "$unpacked" ] || { echo "something was unpacked into /tmp: $unpacked" >&2; exit 1; }
record nothing_written "no file in /opt/field-intake or /tmp/_MEI*"

# -- 6. remove ---------------------------------------------------------------------------------------------------
$SUDO apt-get remove -y -qq field-intake >/dev/null
installed=0
for f in /usr/bin/intake-app /opt/field-intake /usr/share/applications/field-intake.desktop; do
  [ ! -e "$f" ] || { echo "still there after apt-get remove: $f" >&2; exit 1; }
done
record removed "yes"
note "OK; figures in build/package/package-test.txt"
