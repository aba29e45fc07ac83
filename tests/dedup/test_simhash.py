"""SimHash fingerprints are pinned: a change to hashing would silently change dataset versions."""

import pytest

from timeline.dedup.simhash import (
    NEAR_DUPLICATE_DISTANCE,
    bands,
    distance,
    probes,
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
def test_every_fingerprint_within_the_distance_is_probed(flipped: tuple[int, ...]) -> None:
    a = simhash(STORY)
    b = a
    for bit in flipped:
        b ^= 1 << bit
    assert distance(a, b) == len(flipped) <= NEAR_DUPLICATE_DISTANCE
    assert set(probes(b)) & set(bands(a))


PINNED = "9a9f8c0870fd14da"
