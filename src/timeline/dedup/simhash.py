"""SimHash fingerprints of article text, for finding syndicated near-copies.

Shingles are hashed with BLAKE2b (never Python's salted `hash()`), so a fingerprint is the same in
every process and every release; tests pin exact values.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 4
BITS = 64
BANDS = 4
BAND_BITS = BITS // BANDS
NEAR_DUPLICATE_DISTANCE = 7


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Overlapping word n-grams of the casefolded text."""
    words = WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _hash64(value: str) -> int:
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest(), "big")


def simhash(text: str) -> int:
    """64-bit SimHash over the text's word shingles."""
    weights = [0] * BITS
    for shingle in shingles(text):
        value = _hash64(shingle)
        for bit in range(BITS):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(BITS) if weights[bit] > 0)


def distance(a: int, b: int) -> int:
    """Hamming distance between two fingerprints."""
    return (a ^ b).bit_count()


def bands(fingerprint: int) -> list[tuple[int, int]]:
    """(band index, band value) of the four 16-bit bands of a fingerprint."""
    mask = (1 << BAND_BITS) - 1
    return [(i, fingerprint >> (i * BAND_BITS) & mask) for i in range(BANDS)]


def _matches(values: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (i, j) with values[j] == wanted[i]; values are band values, below 2**BAND_BITS."""
    sorter = np.argsort(values, kind="stable")
    counts_of = np.bincount(values, minlength=1 << BAND_BITS)
    starts_of = np.cumsum(counts_of) - counts_of
    low, counts = starts_of[wanted], counts_of[wanted]
    left = np.repeat(np.arange(len(wanted)), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    return left, sorter[np.repeat(low, counts) + offsets]


def near_pairs(fingerprints: Sequence[int]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of fingerprints at most NEAR_DUPLICATE_DISTANCE bits apart, sorted.

    Seven differing bits over four 16-bit bands leave at least one band with at most one
    differing bit (pigeonhole), so comparing every pair whose band values are equal or one bit
    apart finds every near copy. The candidate pairs are found with sorted arrays, not Python
    loops, so a million articles take seconds.
    """
    prints = np.array(fingerprints, dtype=np.uint64)
    found: list[np.ndarray] = []
    for index in range(BANDS):
        band = ((prints >> np.uint64(index * BAND_BITS)) & np.uint64(0xFFFF)).astype(np.int64)
        for flip in (0, *(1 << bit for bit in range(BAND_BITS))):
            left, right = _matches(band, band ^ flip)
            keep = left < right
            left, right = left[keep], right[keep]
            close = np.bitwise_count(prints[left] ^ prints[right]) <= NEAR_DUPLICATE_DISTANCE
            found.append(left[close] * len(prints) + right[close])
    if not found:
        return []
    pairs = np.unique(np.concatenate(found))
    return [(int(p) // len(prints), int(p) % len(prints)) for p in pairs]
