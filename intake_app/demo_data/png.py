"""A tiny PNG built with the standard library, for demo attachments."""

from __future__ import annotations

import struct
import zlib


def demo_image_bytes(width: int = 64, height: int = 48) -> bytes:
    """A small valid PNG (an RGB gradient) built with the standard library, for a demo attachment."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload))
            + kind
            + payload
            + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
        )

    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            rows += bytes((40 + 180 * x // max(1, width - 1), 90 + 100 * y // max(1, height - 1), 150))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )
