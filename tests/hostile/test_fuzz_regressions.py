"""What fuzzing the readers found, kept as regression cases; and a short fuzzing run of its own.

The long run is `scripts/fuzz_readers.py` (see the README's hostile-input section). Each input it
found that broke the readers' contract is below, as found or reduced by hand to what matters.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from timeline.ingest import IngestOptions, SkipCounter, iter_inputs
from timeline.models import Article

from .fuzzing import SEEDS, TEXT, Case, cases, check


def _rss(pub_date: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>C</title><item><title>T</title>'
        f"<link>https://example.org/a</link><description>{TEXT}</description>"
        f"<pubDate>{pub_date}</pubDate></item></channel></rss>"
    ).encode()


# Found by scripts/fuzz_readers.py: an RFC 822 date whose year (or hour, or zone offset) does not
# fit in a C long made email.utils raise OverflowError, which escaped the feed reader.
OVERFLOWING_DATES = [
    "Mon, 04 Mar 2022222222222223222222222222222222222222224 10:00:00 GMT",  # as found
    "Mon, 04 Mar 2024 99999999999999999999:00:00 GMT",
    "Mon, 04 Mar 2024 10:00:00 +99999999999999999999",
]


@pytest.mark.parametrize("pub_date", OVERFLOWING_DATES)
def test_a_feed_date_too_big_for_a_machine_integer_is_not_a_date(
    pub_date: str, tmp_path: Path
) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(_rss(pub_date))
    (item,) = iter_inputs([str(path)], IngestOptions())
    assert isinstance(item, Article)  # the article is kept; its date just does not read
    assert item.published is None


def test_a_warc_whose_records_are_all_skipped_counts_them(tmp_path: Path) -> None:
    """Found by the first fuzzing run (a harness finding, not a reader bug): a WARC whose only
    response lost its headers gives no record at all; its records are counted as skipped."""
    data = SEEDS["a.warc"].replace(b"WARC-Target-URI", b"WAR\xe7b!C-Target-URI")
    data = data.replace(b"HTTP/1.1 200 OK", b"HTTP/1.1")
    path = tmp_path / "x"
    path.write_bytes(data)
    skipped = SkipCounter()
    items = list(iter_inputs([str(path)], IngestOptions(), skipped))
    assert items or skipped
    assert check(Case("x", data), tmp_path) is None


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_every_seed_reads_to_an_article(name: str, tmp_path: Path) -> None:
    """The fuzzer's seeds are good inputs: mutations start from something the readers accept."""
    path = tmp_path / name
    path.write_bytes(SEEDS[name])
    items = list(iter_inputs([str(path)], IngestOptions()))
    assert any(isinstance(i, Article) for i in items), items


def test_the_check_catches_an_escaping_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fuzzing check can fail: an exception out of a reader is a finding."""
    import timeline.ingest.formats.feeds as feeds

    def broken(*_: object) -> object:
        raise KeyError("boom")

    monkeypatch.setattr(feeds, "_published", broken)
    finding = check(Case("a.rss", SEEDS["a.rss"]))
    assert finding is not None and finding.signature.startswith("KeyError at")
    assert check(Case("a.txt.gz", gzip.compress(TEXT.encode()))) is None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_a_short_fuzzing_run_finds_nothing(case: Case) -> None:
    finding = check(case)
    assert finding is None, f"{finding.signature}\n{finding.detail}"
