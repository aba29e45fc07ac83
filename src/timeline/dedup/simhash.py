"""SimHash fingerprints of article text, for finding syndicated near-copies.

Shingles are hashed with BLAKE2b (never Python's salted `hash()`), so a fingerprint is the same in
every process and every release; tests pin exact values.
"""

from __future__ import annotations

import hashlib
import re

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


def probes(fingerprint: int) -> list[tuple[int, int]]:
    """Every band key a fingerprint within NEAR_DUPLICATE_DISTANCE bits may have stored.

    Seven differing bits over four bands leave at least one band with at most one differing
    bit (pigeonhole), so looking up each band and its one-bit neighbours finds every near copy,
    while 16-bit bands keep the buckets small even for millions of articles.
    """
    keys = []
    for index, value in bands(fingerprint):
        keys.append((index, value))
        keys.extend((index, value ^ (1 << bit)) for bit in range(BAND_BITS))
    return keys
