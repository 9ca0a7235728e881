#!/usr/bin/env python3
"""Render the app icon (resources/icons/field-intake.svg) into the formats the installers need.

    python tools/package_icons.py [OUT_DIR]      (default: build/package/icons)

Writes field-intake-<N>.png for N in SIZES (Linux hicolor theme, the .deb), field-intake.ico (Windows: the
PyInstaller EXE and the Inno Setup installer) and field-intake.icns (macOS: the .app bundle). Rendering uses
Qt's own SVG renderer from the build environment, so every platform's build gets the same pixels and needs
no extra tool (rsvg-convert, Pillow, iconutil). ICO and ICNS files are written by hand: both formats accept
PNG images as entries, which makes them a few lines of struct packing.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SVG = REPO_ROOT / "resources" / "icons" / "field-intake.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types whose payload may be PNG data, by pixel size (Apple's "ic07".."ic10"; "ic11" etc. are @2x).
ICNS_TYPES = {128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_pngs(sizes: tuple[int, ...]) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"cannot encode the {size} px PNG")
        buffer.close()
        out[size] = bytes(data.data())
    del app
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = [], []
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns with PNG entries of 128, 256 and 512 px."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for size, kind in sorted(ICNS_TYPES.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the app icon for the installers")
    parser.add_argument("out_dir", nargs="?", type=Path, default=REPO_ROOT / "build" / "package" / "icons")
    args = parser.parse_args(argv)
    out_dir: Path = args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(SIZES)
    for size, png in pngs.items():
        (out_dir / f"field-intake-{size}.png").write_bytes(png)
    (out_dir / "field-intake.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (out_dir / "field-intake.icns").write_bytes(icns_bytes(pngs))
    print(f"icons: {len(pngs)} PNG sizes, .ico and .icns in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
