#!/usr/bin/env bash
# macOS: build "Field Intake.app" with PyInstaller and wrap it in a .dmg (NOT run on the Linux CI machine;
# packaging/ci/github-workflow.yml runs it on a macOS runner). From the repository root, in a Python 3.11
# environment with `pip install -e '.[package]'`:
#
#     bash packaging/macos/build-dmg.sh
#
# Output: build/package/Field Intake.app and build/package/field-intake-<version>-macos-<arch>.dmg.
# Signing and notarisation are placeholders below (they need an Apple Developer ID and the team's notary
# credentials); without them Gatekeeper asks the user to confirm the first start (right-click, Open).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-python3}
APP="build/package/Field Intake.app"
VERSION=$("$PY" -c 'import intake_app; print(intake_app.__version__)')
ARCH=$(uname -m)                      # arm64 on Apple silicon runners, x86_64 on Intel ones
DMG="build/package/field-intake-$VERSION-macos-$ARCH.dmg"
IDENTITY=${CODESIGN_IDENTITY:-}       # e.g. "Developer ID Application: Example NGO (TEAMID1234)"

"$PY" tools/build_translations.py
"$PY" tools/package_icons.py build/package/icons
rm -rf "$APP" build/package/field-intake
# The spec's BUNDLE section makes the .app (Info.plist keys there). With CODESIGN_IDENTITY set, PyInstaller
# signs every binary it collects with it.
"$PY" -m PyInstaller --noconfirm --distpath build/package --workpath build/pyinstaller packaging/field-intake.spec

# The same installation check as on Linux, on the bundle itself; offscreen so a runner without a logged-in
# session works too.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/intake-app" --self-test

# --- signing (placeholder) ------------------------------------------------------------------------------
# Sign inside out with the hardened runtime (required for notarisation), then the bundle:
#   find "$APP/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 |
#     xargs -0 codesign --force --timestamp --options runtime --sign "$IDENTITY"
#   codesign --force --timestamp --options runtime \
#     --entitlements packaging/macos/entitlements.plist --sign "$IDENTITY" "$APP"
#   codesign --verify --deep --strict --verbose=2 "$APP"
if [ -n "$IDENTITY" ]; then
  echo "CODESIGN_IDENTITY is set: run the signing commands above (kept as comments until a certificate exists)"
fi

# --- the disk image -------------------------------------------------------------------------------------
stage=build/dmg
rm -rf "$stage" "$DMG"
mkdir -p "$stage"
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"   # drag-to-install
hdiutil create -volname "Field Intake" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$DMG"
rm -rf "$stage"

# --- notarisation (placeholder) -------------------------------------------------------------------------
# One-time: xcrun notarytool store-credentials field-intake-notary --apple-id "$APPLE_ID" --team-id "$TEAM_ID"
#   codesign --force --timestamp --sign "$IDENTITY" "$DMG"
#   xcrun notarytool submit "$DMG" --keychain-profile field-intake-notary --wait
#   xcrun stapler staple "$DMG"
#   spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"

hdiutil verify "$DMG"
echo "built $DMG ($(du -h "$DMG" | cut -f1))"
