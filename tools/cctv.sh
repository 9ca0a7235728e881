#!/usr/bin/env bash
# `make cctv`: the C2SP CCTV age test vectors (npm package cctv-age, version and sha512 pinned in
# tools/cctv/package-lock.json) into build/cctv, for tests/core/test_bundle_cctv.py. Debian's nodejs and npm
# are installed first when there is no npm ([cctv] of packaging/linux/debian-packages.txt).
# INTAKE_TEST_OFFLINE=1 fetches nothing: the tests that need the vectors are then skipped, and say why.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=build/cctv
if [ -f "$dest/node_modules/cctv-age/index.js" ] && cmp -s tools/cctv/package-lock.json "$dest/package-lock.json"; then
  exit 0
fi
if [ "${INTAKE_TEST_OFFLINE:-}" = 1 ]; then
  echo "INTAKE_TEST_OFFLINE=1: the CCTV age vectors are not fetched; the tests that need them will be skipped"
  exit 0
fi
command -v npm >/dev/null || bash tools/ensure-debs.sh cctv
rm -rf "$dest"
mkdir -p "$dest"
cp tools/cctv/package.json tools/cctv/package-lock.json "$dest/"
# npm ci: exactly the locked version, refused if the tarball's hash differs from the lock file's.
npm ci --prefix "$dest" --no-audit --no-fund --loglevel=error >/dev/null
test -f "$dest/node_modules/cctv-age/index.js"
