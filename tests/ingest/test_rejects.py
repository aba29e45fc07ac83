"""Bad inputs become Rejects with a reason a person can act on; nothing raises."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from timeline.errors import UsageError
from timeline.ingest import IngestOptions, article_id_for, clean_text
from timeline.models import Article, Reject, Stage

Run = Callable[..., list[Article | Reject]]  # the `run` fixture from conftest.py


def _only_reject(records: list[Article | Reject]) -> Reject:
    assert len(records) == 1
    reject = records[0]
    assert isinstance(reject, Reject)
    assert reject.stage is Stage.INGEST
    assert "\n" not in reject.reason
    return reject


def test_json_record_without_text_field(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"title": "x", "story": english}), encoding="utf-8")
    reason = _only_reject(run([path])).reason
    assert reason.startswith("no text field: expected 'text' or 'maintext'")
    assert "use --text-column to name it" in reason


def test_non_english_article_is_rejected(tmp_path: Path, run: Run, french: str) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(french, encoding="utf-8")
    reject = _only_reject(run([path]))
    assert reject.reason.startswith("unsupported language 'fr' (detected from the text)")
    assert reject.article_id == article_id_for(clean_text(french))


def test_given_language_wins_and_other_languages_can_be_allowed(
    tmp_path: Path, run: Run, english: str, french: str
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"text": english, "language": "de-DE"}) + "\n" + json.dumps({"text": french}),
        encoding="utf-8",
    )
    given, detected = run([path], languages=frozenset({"en", "fr"}))
    assert isinstance(given, Reject) and "'de' (given in the input)" in given.reason
    assert isinstance(detected, Article) and detected.language == "fr"


def test_empty_text(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n ", encoding="utf-8")
    assert _only_reject(run([path])).reason.startswith("empty text")


def test_text_over_the_length_limit(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "long.txt"
    path.write_text(english, encoding="utf-8")
    reason = _only_reject(run([path], max_article_chars=100)).reason
    assert "over the 100 limit" in reason


def test_gzip_over_the_decompressed_limit(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    line = json.dumps({"text": english}) + "\n"
    path.write_bytes(gzip.compress((line * 2000).encode("utf-8")))
    records = run([path], max_decompressed_bytes=100_000)
    reject = records[-1]
    assert isinstance(reject, Reject)
    assert "once decompressed" in reject.reason
    assert reject.reason.startswith("stopped after record")
    assert all(isinstance(r, Article) for r in records[:-1])
    assert len(records) < 2000


def test_records_per_file_limit(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text((json.dumps({"text": english}) + "\n") * 5, encoding="utf-8")
    records = run([path], max_records_per_file=3)
    assert [type(r).__name__ for r in records] == ["Article"] * 3 + ["Reject"]
    last = records[-1]
    assert isinstance(last, Reject) and "more than 3 records" in last.reason


def test_binary_and_unsupported_files(tmp_path: Path, run: Run) -> None:
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02garbage\x00")
    (tmp_path / "b.warc").write_bytes(b"WARC/1.0\r\n")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.7\n")
    records = run([tmp_path / "a.bin", tmp_path / "b.warc", tmp_path / "c.pdf"])
    assert [type(r).__name__ for r in records] == ["Reject"] * 3
    reasons = [r.reason if isinstance(r, Reject) else "" for r in records]
    assert "binary" in reasons[0] and "WARC" in reasons[1] and "binary" in reasons[2]


def test_invalid_json_file(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"text": ', encoding="utf-8")
    assert _only_reject(run([path])).reason.startswith("not valid JSON")


def test_truncated_gzip(tmp_path: Path, run: Run, english: str) -> None:
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(gzip.compress(english.encode("utf-8"))[:-12])
    reason = _only_reject(run([path])).reason
    assert "could not be read" in reason


def test_unreadable_file(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch, english: str
) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(english, encoding="utf-8")
    real_open = open

    def deny(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", deny)
    assert _only_reject(run([path])).reason.startswith("permission denied")


def test_bad_options_are_a_usage_error() -> None:
    with pytest.raises(UsageError):
        IngestOptions(max_article_chars=0)
    with pytest.raises(UsageError):
        IngestOptions(languages=frozenset())


def test_language_option_is_normalised() -> None:
    assert IngestOptions(languages=frozenset({"EN", " fr "})).languages == {"en", "fr"}
    with pytest.raises(UsageError):
        IngestOptions(languages=frozenset({"english"}))
