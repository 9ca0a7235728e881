"""Every size and count limit of a bundle, in one place: the writer stays inside them and the reader
refuses anything outside them before it can cost memory, disk or time.

The writer and the reader share one `Limits`, so a bundle we write is always one we would accept. Tests
pass smaller limits to reach the refusals quickly.
"""

from __future__ import annotations

from dataclasses import dataclass

KIB = 1 << 10
MIB = 1 << 20
GIB = 1 << 30


@dataclass(frozen=True)
class Limits:
    # The whole file, checked before a single byte is read. Under 4 GiB so that a bundle fits on a FAT32
    # stick, the file system most USB sticks still ship with.
    max_bundle_bytes: int = 4 * GIB - 64 * MIB
    # What the writer plans for the tar before padding (padding adds at most 12 %; see padding.py).
    max_plain_budget: int = 3 * GIB + 512 * MIB
    # The age header: a few recipient stanzas take under 1 KiB.
    max_header_bytes: int = 16 * KIB
    max_stanzas: int = 32
    # The tar inside.
    max_entries: int = 20_003  # records, manifest, signature and up to 20,000 attachments
    max_entry_bytes: int = 2 * GIB  # the largest attachment the vault stores
    # Decrypted bytes per byte of file. age never compresses, so honest plaintext is always a little
    # smaller than the file; anything more means a broken or hostile decryptor path.
    max_expansion: float = 1.0
    # records.ndjson is held in memory until the signature is checked, so it has its own bound.
    max_records: int = 100_000
    max_records_bytes: int = 64 * MIB
    max_record_line_bytes: int = 16 * MIB  # a 2,000,000-character testimony is about 6 MB of UTF-8
    max_json_depth: int = 32
    max_ancestors: int = 10_000  # versions listed before a record's head
    max_manifest_bytes: int = 8 * MIB
    max_signature_bytes: int = 4 * KIB

    def max_plaintext_for(self, file_size: int) -> int:
        return int(min(self.max_bundle_bytes, file_size * self.max_expansion))


DEFAULT_LIMITS = Limits()
