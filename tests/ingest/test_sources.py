"""Inputs are found deterministically: folders recursively and sorted, globs, missing paths."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from timeline.models import Article, Reject

Run = Callable[..., list[Article | Reject]]  # the `run` fixture from conftest.py


def _story(place: str) -> str:
    """A distinct English article per place, so every file has its own id."""
    return f"The foreign ministers met in {place} on Monday to discuss a new trade agreement."


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path, run: Run) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "z.txt").write_text(_story("Rome"), encoding="utf-8")
    (tmp_path / "a" / "deep" / "y.txt").write_text(_story("Oslo"), encoding="utf-8")
    (tmp_path / "a" / "x.txt").write_text(_story("Kyiv"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(_story("Lima"), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(_story("Bern"), encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text(_story("Riga"), encoding="utf-8")
    (tmp_path / "c.meta.json").write_text(json.dumps({"title": "Lima"}), encoding="utf-8")
    (tmp_path / "README.md").write_text(_story("Doha"), encoding="utf-8")
    records = run([tmp_path])
    relative = [Path(r.input_path).relative_to(tmp_path).as_posix() for r in records]
    assert relative == ["a/deep/y.txt", "a/x.txt", "b/z.txt", "c.txt"]
    assert all(isinstance(r, Article) for r in records)
    assert records[-1].title == "Lima"  # type: ignore[union-attr]


def test_glob_pattern(tmp_path: Path, run: Run) -> None:
    (tmp_path / "one.txt").write_text(_story("Rome"), encoding="utf-8")
    (tmp_path / "two.txt").write_text(_story("Oslo"), encoding="utf-8")
    (tmp_path / "skip.json").write_text(json.dumps({"text": _story("Lima")}), encoding="utf-8")
    records = run([str(tmp_path / "*.txt")])
    assert [Path(r.input_path).name for r in records] == ["one.txt", "two.txt"]


def test_glob_without_match_is_a_reject(tmp_path: Path, run: Run) -> None:
    [reject] = run([str(tmp_path / "*.nothing")])
    assert isinstance(reject, Reject)
    assert "no file matches" in reject.reason


def test_missing_path_is_a_reject_and_others_still_read(
    tmp_path: Path, run: Run, english: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(english, encoding="utf-8")
    records = run([tmp_path / "missing.txt", good])
    assert isinstance(records[0], Reject)
    assert records[0].input_path == str(tmp_path / "missing.txt")
    assert records[0].reason.startswith("no such file or folder")
    assert isinstance(records[1], Article)


def test_results_do_not_depend_on_creation_order(tmp_path: Path, run: Run) -> None:
    for name in ("b.txt", "a.txt", "c.txt"):
        (tmp_path / name).write_text(_story(name), encoding="utf-8")
    first = [r.model_dump() for r in run([tmp_path])]
    assert first == [r.model_dump() for r in run([tmp_path])]
    assert [Path(r["input_path"]).name for r in first] == ["a.txt", "b.txt", "c.txt"]


def test_explicit_file_of_any_type_is_read(tmp_path: Path, run: Run) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(_story("Doha"), encoding="utf-8")
    assert run([tmp_path]) == []
    [article] = run([notes])
    assert isinstance(article, Article)
    assert "Doha" in article.text
