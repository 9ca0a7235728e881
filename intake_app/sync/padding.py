"""Pad a bundle's plaintext so its size says little about what is inside.

We use Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with
PURBs", PETS 2019): a length L is rounded up so that only its top ~log2(log2(L)) bits are free. The
overhead is at most 12 % and the number of distinct sizes grows only logarithmically, so a stick with a
bundle of 412 records looks like one with 380; power-of-two buckets would cost up to 100 %.

The padding is trailing zero blocks after the tar's end-of-archive marker, which every tar reader
ignores, and which our reader checks are zeros (so nothing can hide there).
"""

from __future__ import annotations

BLOCK = 512
MIN_PADDED = 64 * 1024  # a tiny bundle looks like any other small one


def padme(length: int) -> int:
    """The Padmé bucket of `length` (>= length)."""
    if length < 2:
        return length
    exponent = length.bit_length() - 1  # floor(log2(L))
    mantissa_bits = exponent.bit_length()  # floor(log2(E)) + 1
    mask = (1 << (exponent - mantissa_bits)) - 1
    return (length + mask) & ~mask


def padded_size(length: int) -> int:
    """The plaintext size a tar of `length` bytes is padded to: a Padmé bucket, in whole tar blocks."""
    size = padme(max(length, MIN_PADDED))
    return -(-size // BLOCK) * BLOCK


def padding_length(length: int) -> int:
    return padded_size(length) - length
