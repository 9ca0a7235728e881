"""Our replacement for PyInstaller's QtGui hook: the same collection, minus the Qt plugins we do not use.

PyInstaller's own hook collects every plugin of QtGui's types and then bundles everything those plugins link
against: the GTK 3 theme pulls in GTK, the PDF image format QtPdf, the virtual keyboard Qt Quick, the EGLFS
and VNC platforms libinput and friends. None of that is used by a widgets app on a desktop, and each library
we bundle is one more to keep current, and each one we do not bundle becomes a package dependency. Filtering
here, before PyInstaller's dependency analysis, keeps their libraries out too (a filter after `Analysis` in
the spec would leave the libraries behind).

Kept: the xcb, wayland, offscreen and minimal platforms (Linux), windows, cocoa (macOS), the desktop portal
theme, the compose and IBus input methods (Korean, Japanese and Chinese input), image formats and the SVG
icon engine.
"""

from __future__ import annotations

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Plugins by folder: a set of file-name stems to keep, or a set of stems to drop (prefixed "-").
_PLATFORMS_KEPT = {"libqxcb", "libqwayland", "libqoffscreen", "libqminimal",  # Linux
                   "qwindows", "qoffscreen", "qminimal", "qdirect2d",  # Windows
                   "libqcocoa"}  # macOS
_DROPPED_TYPES = {"generic", "egldeviceintegrations"}  # evdev/tslib input and EGLFS: for kiosks, not desktops
_DROPPED_STEMS = {
    "platformthemes": {"libqgtk3", "qgtk3"},  # would bundle or require all of GTK 3
    "platforminputcontexts": {"libqtvirtualkeyboardplugin", "qtvirtualkeyboardplugin"},  # needs Qt Quick
    "imageformats": {"libqpdf", "qpdf"},  # needs QtPdf (~10 MB); we never show PDFs through Qt
}


def _keep(src: str, dest_dir: str) -> bool:
    parts = Path(dest_dir).as_posix().split("/")
    if "plugins" not in parts:
        return True
    plugin_type = "/".join(parts[parts.index("plugins") + 1:])
    stem = Path(src).name.split(".")[0]
    if plugin_type in _DROPPED_TYPES:
        return False
    if plugin_type == "platforms":
        return stem in _PLATFORMS_KEPT
    return stem not in _DROPPED_STEMS.get(plugin_type, set())


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _keep(src, dest)]
