import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dedup.articles import KEY_SCHEMA, ArticleKeys, find_duplicates

Key = tuple[str, str, int | None, str, dt.date | None, int]


def key(path: str, article_id: str, fingerprint: int, day: int | None = 1) -> Key:
    published = dt.date(2024, 6, day) if day else None
    return (f"{path}:0", path, None, article_id, published, fingerprint)


ORIGINAL = key("a.txt", "aaa", 0b1111_0000, day=20)
EXACT = key("b.txt", "aaa", 0b1111_0000, day=21)
NEAR = key("c.txt", "ccc", 0b1111_0011, day=21)
NEAR_OF_NEAR = key("e.txt", "eee", 0b1111_0011 ^ (0b1111111 << 20), day=22)  # 9 from ORIGINAL
OTHER = key("d.txt", "ddd", (1 << 64) - 1, day=19)


def judged(keys: list[Key]) -> dict[str, tuple[str, str]]:
    """where -> (kept article id, kind), through the chunked key table of a build."""
    table = ArticleKeys()
    for k in keys:
        table.add(*k)
    assert table.table().schema == KEY_SCHEMA
    found = find_duplicates(table.table())
    return {
        row["where"]: (row["kept_article_id"], row["kind"]) for row in found.iter_rows(named=True)
    }


def test_exact_and_near_copies_point_at_the_earliest_original() -> None:
    found = judged([NEAR, OTHER, EXACT, ORIGINAL, NEAR_OF_NEAR])
    assert found["b.txt:0"] == ("aaa", "exact")
    assert found["c.txt:0"] == ("aaa", "near")
    assert found["e.txt:0"] == ("aaa", "near")  # a near copy of a near copy: one story
    assert "a.txt:0" not in found and "d.txt:0" not in found


def test_no_article_no_copy() -> None:
    assert find_duplicates(KEY_SCHEMA.empty_table()).height == 0
    assert judged([ORIGINAL, OTHER]) == {}


@settings(deadline=None)  # numpy and polars calls: slow only when the machine is busy
@given(st.permutations([ORIGINAL, EXACT, NEAR, OTHER, NEAR_OF_NEAR]))
def test_result_does_not_depend_on_order(order: list[Key]) -> None:
    assert judged(order) == judged([ORIGINAL, EXACT, NEAR, OTHER, NEAR_OF_NEAR])


def test_keys_are_kept_in_compact_chunks() -> None:
    keys = ArticleKeys()
    for i in range(10_000):
        keys.add(f"f.jsonl:{i}", "f.jsonl", i, f"{i:016x}", None, i)
    table = keys.table()
    assert table.num_rows == keys.count == 10_000
    assert table.nbytes < 10_000 * 100 and isinstance(table, pa.Table)


def test_spilled_keys_read_back_the_same(tmp_path: Path) -> None:
    held, spilled = ArticleKeys(), ArticleKeys(spill=tmp_path / "keys.arrows")
    for i in range(10_000):
        for keys in (held, spilled):
            keys.add(f"f.jsonl:{i}", "f.jsonl", i, f"{i:016x}", None, i)
    assert spilled._chunks == [] and (tmp_path / "keys.arrows").exists()
    assert spilled.table().equals(held.table())
    assert spilled.table().num_rows == 10_000  # read again, for the manifest
    with pytest.raises(RuntimeError):
        spilled.add("g.jsonl:0", "g.jsonl", 0, "0" * 16, None, 0)
    assert ArticleKeys(spill=tmp_path / "none.arrows").table().num_rows == 0
