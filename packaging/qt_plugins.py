"""The Qt plugins Field Intake uses, in one place for the installer and for a run from source.

packaging/pyinstaller-hooks/hook-PySide6.QtGui.py ships only these plugins in the standalone app, and
tools/system_deps.py derives from the same plugins (and the Qt modules the app imports) the Debian packages
that `make run` installs: a plugin we ship must find its libraries on a developer's machine too, and a plugin
we leave out must not add a package to it. No import of PyInstaller or Qt here: both sides load this file.

Kept: the xcb, wayland, offscreen and minimal platforms (Linux), windows, cocoa (macOS), the desktop portal
theme, the compose and IBus input methods (Korean, Japanese and Chinese input), image formats, the SVG icon
engine, the wayland client integrations, the xcb GL integrations and the CUPS print support (QtPrintSupport,
for printing the recovery key on paper).
"""

from __future__ import annotations

# The plugin folders Qt loads from for a widgets app that imports QtCore, QtGui, QtWidgets and QtSvg.
USED_TYPES = {
    "platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines", "xcbglintegrations",
    "wayland-decoration-client", "wayland-graphics-integration-client", "wayland-shell-integration",
    "generic", "egldeviceintegrations",
    "printsupport",  # the CUPS backend: the recovery key's Print button finds the printers through it
}
PLATFORMS_KEPT = {"libqxcb", "libqwayland", "libqoffscreen", "libqminimal",  # Linux
                  "qwindows", "qoffscreen", "qminimal", "qdirect2d",  # Windows
                  "libqcocoa"}  # macOS
DROPPED_TYPES = {"generic", "egldeviceintegrations"}  # evdev/tslib input and EGLFS: for kiosks, not desktops
DROPPED_STEMS = {
    "platformthemes": {"libqgtk3", "qgtk3"},  # would bundle or require all of GTK 3
    "platforminputcontexts": {"libqtvirtualkeyboardplugin", "qtvirtualkeyboardplugin"},  # needs Qt Quick
    "imageformats": {"libqpdf", "qpdf"},  # needs QtPdf (~10 MB); we never show PDFs through Qt
}


def keep_plugin(plugin_type: str, file_name: str) -> bool:
    """Is the plugin `file_name` of folder `plugin_type` (e.g. "platforms", "libqxcb.so") one we use?"""
    stem = file_name.split(".")[0]
    if plugin_type in DROPPED_TYPES:
        return False
    if plugin_type == "platforms":
        return stem in PLATFORMS_KEPT
    return stem not in DROPPED_STEMS.get(plugin_type, set())
