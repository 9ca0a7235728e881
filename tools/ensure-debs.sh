#!/usr/bin/env bash
# Install the Debian packages the app and its tests need, when they are missing.
# Idempotent and quiet: `make run` and `make test` call it on every run.
set -euo pipefail

DEBS=(
  # Qt's platform plugins and fonts (xcb for a real display; CJK glyphs for ko/ja/zh)
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-noto-cjk
  # Reference tools the interoperability tests run against our bundles and signatures
  age minisign
)
DEBS+=("$@")

missing=()
for pkg in "${DEBS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" != 0 ]; then
  SUDO="sudo"
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
