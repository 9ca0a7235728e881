"""The hand-written ICO and ICNS containers of tools/package_icons.py (PNG entries)."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("package_icons", ROOT / "tools" / "package_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _png(size: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + size.to_bytes(4, "big") * 8


def test_ico_directory_points_at_each_png() -> None:
    tool = _tool()
    pngs = {16: _png(16), 48: _png(48), 256: _png(256)}
    data = tool.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 3)
    for i, size in enumerate(sorted(pngs)):
        width, height, _colours, _r, planes, bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert width == height == (0 if size == 256 else size)
        assert (planes, bpp) == (1, 32)
        assert data[offset:offset + length] == pngs[size]


def test_icns_entries_and_lengths() -> None:
    tool = _tool()
    pngs = {128: _png(128), 256: _png(256), 512: _png(512)}
    data = tool.icns_bytes(pngs)
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    pos, seen = 8, {}
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        seen[kind] = data[pos + 8:pos + length]
        pos += length
    assert seen == {b"ic07": pngs[128], b"ic08": pngs[256], b"ic09": pngs[512]}
