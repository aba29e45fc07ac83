import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dedup.articles import ArticleKey, find_duplicates


def key(path: str, article_id: str, fingerprint: int, day: int | None = 1) -> ArticleKey:
    published = dt.date(2024, 6, day) if day else None
    return ArticleKey(path, None, article_id, published, fingerprint)


ORIGINAL = key("a.txt", "aaa", 0b1111_0000, day=20)
EXACT = key("b.txt", "aaa", 0b1111_0000, day=21)
NEAR = key("c.txt", "ccc", 0b1111_0011, day=21)
OTHER = key("d.txt", "ddd", (1 << 64) - 1, day=19)


def test_exact_and_near_copies_point_at_the_earliest_original() -> None:
    found = find_duplicates([NEAR, OTHER, EXACT, ORIGINAL])
    assert found[EXACT].kept == ORIGINAL and found[EXACT].kind == "exact"
    assert found[NEAR].kept == ORIGINAL and found[NEAR].kind == "near"
    assert ORIGINAL not in found and OTHER not in found


@settings(deadline=None)  # numpy and polars calls: slow only when the machine is busy
@given(st.permutations([ORIGINAL, EXACT, NEAR, OTHER]))
def test_result_does_not_depend_on_order(order: list[ArticleKey]) -> None:
    assert find_duplicates(order) == find_duplicates([ORIGINAL, EXACT, NEAR, OTHER])
