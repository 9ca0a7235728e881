#!/usr/bin/env bash
# Install the Debian packages of the named sections of packaging/linux/debian-packages.txt, when missing.
#
#   bash tools/ensure-debs.sh [--print] [SECTION...]      (no section: run fonts, what `make run` needs)
#
# Idempotent and quiet: `make run` and `make test` call it on every run. --print lists the packages and
# installs nothing. An unknown section is an error, so that every package is named in the list file alone.
set -euo pipefail
LIST="$(dirname "$0")/../packaging/linux/debian-packages.txt"

print_only=0
if [ "${1:-}" = --print ]; then print_only=1; shift; fi
[ $# -gt 0 ] || set -- run fonts

# lib{python} in the list: the shared library of the Python the project runs with (PyInstaller bundles it).
python_tag=$("${PYTHON:-python3}" -c 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}")')

known=$(sed -n 's/^\[\([a-z0-9-]*\)\][[:space:]]*$/\1/p' "$LIST")
for section in "$@"; do
  if ! grep -qx -- "$section" <<<"$known"; then
    echo "ensure-debs.sh: no section [$section] in packaging/linux/debian-packages.txt (known: $(echo $known))" >&2
    exit 2
  fi
done

# The package names of the wanted sections: comments dropped, then the name before any `:` (the libraries
# that [run] lists after it are for tools/system_deps.py).
mapfile -t DEBS < <(awk -v wanted=" $* " -v py="$python_tag" '
  { sub(/#.*/, ""); gsub(/^[ \t]+|[ \t]+$/, "") }
  /^$/ { next }
  /^\[.*\]$/ { section = substr($0, 2, length($0) - 2); next }
  index(wanted, " " section " ") { name = $0; sub(/:.*/, "", name); gsub(/[ \t]/, "", name)
                                   gsub(/\{python\}/, py, name); if (!seen[name]++) print name }' "$LIST")

if [ "$print_only" = 1 ]; then
  printf '%s\n' "${DEBS[@]}"
  exit 0
fi

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
echo "Installing Debian packages ($*): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
