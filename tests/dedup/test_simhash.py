"""SimHash fingerprints are pinned: a change to hashing would silently change dataset versions."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dedup.simhash import (
    NEAR_DUPLICATE_DISTANCE,
    distance,
    near_pairs,
    shingles,
    simhash,
)

STORY = (
    "Russian forces launched a wave of missiles at Kyiv on Monday, Ukrainian officials said, "
    "damaging power stations and killing at least eleven people across the capital. "
    "Air defence units shot down most of the incoming drones, the air force said in a statement, "
    "while emergency crews worked through the night to restore heating to apartment blocks. "
    "The mayor urged residents to stay in shelters until the all-clear sounded in the morning."
)


def test_fingerprint_is_pinned() -> None:
    assert simhash(STORY) == simhash(STORY)
    assert f"{simhash(STORY):016x}" == PINNED


def test_shingles_are_casefolded_word_grams() -> None:
    assert shingles("A b C d e") == {"a b c d", "b c d e"}
    assert shingles("") == set()


def test_near_copy_is_close_and_other_story_is_far() -> None:
    copy = "By a staff reporter. " + STORY.replace("eleven", "11")
    other = "The central bank held interest rates steady for a third month, citing inflation."
    assert distance(simhash(STORY), simhash(copy)) <= NEAR_DUPLICATE_DISTANCE
    assert distance(simhash(STORY), simhash(other)) > NEAR_DUPLICATE_DISTANCE


@pytest.mark.parametrize("flipped", [(0, 1, 2, 3, 4, 5, 6), (0, 17, 33, 49, 1, 18, 34), (63,)])
def test_every_fingerprint_within_the_distance_is_paired(flipped: tuple[int, ...]) -> None:
    a = simhash(STORY)
    b = a
    for bit in flipped:
        b ^= 1 << bit
    assert distance(a, b) == len(flipped) <= NEAR_DUPLICATE_DISTANCE
    assert near_pairs([a ^ (1 << 40) ^ (1 << 41) ^ (1 << 42) ^ (1 << 43) ^ (1 << 44) ^ (1 << 45)
                       ^ (1 << 46) ^ (1 << 47), b, a]) == [(1, 2)]  # fmt: skip


@settings(deadline=None)  # numpy and polars calls: slow only when the machine is busy
@given(st.lists(st.integers(0, 2**64 - 1), max_size=12), st.data())
def test_near_pairs_equal_brute_force(seeds: list[int], data: st.DataObject) -> None:
    """Random fingerprints plus close variants of them: every close pair and no other."""
    prints = list(seeds)
    for seed in seeds:
        bits = data.draw(st.lists(st.integers(0, 63), max_size=9, unique=True))
        prints.append(seed ^ sum(1 << bit for bit in bits))
    expected = [
        (i, j)
        for i in range(len(prints))
        for j in range(i + 1, len(prints))
        if distance(prints[i], prints[j]) <= NEAR_DUPLICATE_DISTANCE
    ]
    assert near_pairs(prints) == expected


PINNED = "9a9f8c0870fd14da"
