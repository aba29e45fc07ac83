"""Small pieces: ids, dates, language codes, format sniffing."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.ingest import article_id_for
from timeline.ingest.dates import parse_published
from timeline.ingest.language import detect_language, normalise_language
from timeline.ingest.sniff import Format, detect_format


def test_article_id_is_16_hex_and_ignores_case_and_layout() -> None:
    ident = article_id_for("Kim met  Putin.\n\nThey talked.")
    assert len(ident) == 16 and int(ident, 16) >= 0
    assert ident == article_id_for("kim met putin. they talked.")
    assert ident == article_id_for("Kim met Putin.\nThey talked.  ")
    assert ident != article_id_for("Kim met Putin. They walked.")
    assert article_id_for("Cafe\u0301") == article_id_for("Café")  # NFC


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-07 00:00:00", dt.date(2024, 10, 7)),
        ("2024-10-07T23:30:00Z", dt.date(2024, 10, 7)),
        ("7 October 2024", dt.date(2024, 10, 7)),
        (dt.datetime(2024, 10, 7, 12), dt.date(2024, 10, 7)),
        (1728302400, dt.date(2024, 10, 7)),
        ("yesterday", None),
        ("2024", None),
        ("not a date", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_parse_published(value: object, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en", "en"), ("EN-us", "en"), ("eng", "en"), ("English", "en"), ("", None), (3, None)],
)
def test_normalise_language(value: object, expected: str | None) -> None:
    assert normalise_language(value) == expected


def test_detect_language() -> None:
    assert detect_language("The ministers met in Paris on Monday to discuss trade.") == "en"
    assert detect_language("Die Minister trafen sich am Montag in Berlin.") == "de"
    assert detect_language("   ") is None


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b'{"text": "x"}', Format.PLAIN),  # the extension decides
        ("", b'{"text": "x"}\n{"text": "y"}\n', Format.JSONL),
        ("", b'{\n  "text": "x"\n}\n', Format.JSON),
        ("", b'[{"text": "x"}]', Format.JSON),
        ("", b"<!DOCTYPE html><html>", Format.HTML),
        ("", b'<?xml version="1.0"?><rss version="2.0">', Format.FEED),
        ("", b"id,text,title\n1,x,y\n", Format.CSV),
        ("", b"id\ttext\n1\tx\n", Format.TSV),
        ("", b"Just some words, with a comma.\n", Format.PLAIN),
        ("x.bin", b"PAR1\x00\x00", Format.PARQUET),
    ],
)
def test_detect_format(name: str, head: bytes, expected: Format) -> None:
    assert detect_format(name, head, None) == expected
