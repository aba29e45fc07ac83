"""A benchmark corpus of N distinct articles made from the sample and shared real articles.

Copying a few hundred real articles until there are N would only measure the dedup step (every
copy but the first would be dropped as a duplicate), so each copy is varied deterministically:
its sentences are shuffled within paragraphs, a share of them dropped, a background paragraph
from another article added, its date shifted and a unique dateline with its copy number
prepended. Copy `i` depends only on the seed and `i`, so a corpus can be extended (the 1% added
for the incremental rebuild) without changing the articles already written.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from timeline.dedup.simhash import NEAR_DUPLICATE_DISTANCE, distance, simhash
from timeline.ingest import IngestOptions, iter_inputs
from timeline.models import Article

SEED = 20_240_607
SHARD_ARTICLES = 500
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
PSEUDO_PARAGRAPH = 4  # one-paragraph texts (the Guardian CSV) are cut into paragraphs this long
KEEP_RANGE = (0.5, 0.75)  # share of a base article's sentences each copy keeps
DATE_SHIFT_DAYS = 400
OUTLETS = (
    "Meridian Wire", "Northgate Post", "Harbour Daily", "Eastbridge Times", "Straits Dispatch",
    "Savanna Herald", "Continental Report", "Baltic Ledger",
)  # fmt: skip
CITIES = (
    "LONDON", "BEIRUT", "DAMASCUS", "MOSCOW", "SEOUL", "KYIV", "ISTANBUL", "GENEVA", "NIAMEY",
    "WASHINGTON", "BAGHDAD", "AMMAN", "ANKARA", "TOKYO", "BRUSSELS", "NEW YORK",
)  # fmt: skip


def project_root() -> Path:
    """The checkout this module runs from (src/timeline/bench/corpus.py -> the project)."""
    return Path(__file__).resolve().parents[3]


def shared_corpus() -> Path:
    """The real articles shared beside the project (read in place, never copied in)."""
    return project_root().parent / "shared" / "corpus"


def default_sources() -> list[str]:
    """The English sample articles and the shared real ones, as `iter_inputs` takes them."""
    shared = shared_corpus()
    return [
        str(project_root() / "data" / "raw"),
        str(shared / "kim-putin-birthday.newsplease.json"),
        str(shared / "guardian-syria-2017-2019.csv"),
    ]


@dataclass(frozen=True)
class BaseArticle:
    """A real article to vary: its paragraphs as lists of sentences, and its metadata."""

    title: str
    paragraphs: tuple[tuple[str, ...], ...]
    published: dt.date | None
    outlet: str | None

    @property
    def n_sentences(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def split_sentences(text: str) -> list[str]:
    """A cheap regex sentence splitter: good enough to vary texts without loading spaCy."""
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def paragraphs_of(text: str) -> tuple[tuple[str, ...], ...]:
    """Paragraphs (blank-line or line separated) as sentences; long single blocks are cut."""
    blocks = [b for b in re.split(r"\n\s*\n|\n", text) if b.strip()]
    paragraphs: list[tuple[str, ...]] = []
    for block in blocks:
        sentences = split_sentences(block)
        if len(blocks) == 1 and len(sentences) > PSEUDO_PARAGRAPH:
            for start in range(0, len(sentences), PSEUDO_PARAGRAPH):
                paragraphs.append(tuple(sentences[start : start + PSEUDO_PARAGRAPH]))
        elif sentences:
            paragraphs.append(tuple(sentences))
    return tuple(paragraphs)


def _base_of(article: Article) -> BaseArticle:
    return BaseArticle(
        title=article.title or "",
        paragraphs=paragraphs_of(article.text),
        published=article.published,
        outlet=article.outlet,
    )


def load_bases(sources: Sequence[str] | None = None) -> list[BaseArticle]:
    """Distinct English base articles, read the way a build reads them (ingest's own cleaning).

    Rejects (the French sample) are left out, and so are exact and near copies among the bases
    themselves (the sample holds one of each on purpose), so copies of different bases differ.
    """
    kept: list[tuple[int, BaseArticle]] = []
    seen_ids: set[str] = set()
    for item in iter_inputs(list(sources or default_sources()), IngestOptions()):
        if not isinstance(item, Article) or item.article_id in seen_ids:
            continue
        seen_ids.add(item.article_id)
        fingerprint = simhash(item.text)
        if any(distance(fingerprint, f) <= NEAR_DUPLICATE_DISTANCE for f, _ in kept):
            continue
        base = _base_of(item)
        if base.n_sentences >= 3:
            kept.append((fingerprint, base))
    return [base for _, base in kept]


@dataclass(frozen=True)
class CorpusArticle:
    """One generated article, as a news-please JSON Lines record gives it."""

    index: int
    title: str
    text: str
    published: dt.date | None
    outlet: str

    def record(self) -> dict[str, str | None]:
        slug = re.sub(r"[^a-z0-9]+", "-", self.title.casefold()).strip("-")[:60] or "article"
        domain = self.outlet.casefold().replace(" ", "")
        date = self.published.isoformat() if self.published else None
        return {
            "title": self.title,
            "maintext": self.text,
            "date_publish": f"{date} 08:00:00" if date else None,
            "url": f"https://{domain}.example/{date or 'undated'}/{slug}-{self.index}",
            "source_domain": f"{domain}.example",
            "language": "en",
        }


def make_article(bases: Sequence[BaseArticle], index: int, seed: int = SEED) -> CorpusArticle:
    """Copy `index` of the corpus: a varied copy of base `index % len(bases)`.

    Bases are taken round-robin so every base has the same number of copies, the worst case
    for near-duplicates being as rare as possible.
    """
    rng = random.Random(f"{seed}:{index}")
    base = bases[index % len(bases)]
    keep = rng.uniform(*KEEP_RANGE)
    paragraphs: list[list[str]] = []
    for paragraph in base.paragraphs:
        sentences = list(paragraph)
        rng.shuffle(sentences)
        kept = [s for s in sentences if rng.random() < keep]
        if kept:
            paragraphs.append(kept)
    if not paragraphs:
        paragraphs.append([base.paragraphs[0][0]])
    other = bases[(index % len(bases) + rng.randrange(1, len(bases))) % len(bases)]
    flat = [s for p in other.paragraphs for s in p]
    start = rng.randrange(max(1, len(flat) - 2))
    background = flat[start : start + rng.randint(2, 4)]
    paragraphs.insert(rng.randint(1, len(paragraphs)), background)

    published = base.published
    if published is not None:
        published += dt.timedelta(days=rng.randint(-DATE_SHIFT_DAYS, DATE_SHIFT_DAYS))
    outlet = rng.choice(OUTLETS)
    when = f", {published.day} {published:%B}" if published else ""
    dateline = f"{rng.choice(CITIES)}{when} ({outlet} no. {index}) - "
    paragraphs[0][0] = dateline + paragraphs[0][0]
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    return CorpusArticle(index, base.title or f"Report {index}", text, published, outlet)


def iter_articles(
    bases: Sequence[BaseArticle], start: int, count: int, seed: int = SEED
) -> Iterator[CorpusArticle]:
    for index in range(start, start + count):
        yield make_article(bases, index, seed)


def write_corpus(
    bases: Sequence[BaseArticle],
    folder: Path,
    start: int,
    count: int,
    *,
    prefix: str = "articles",
    seed: int = SEED,
) -> list[Path]:
    """Write copies start..start+count-1 as gzip'd JSON Lines shards; returns the files.

    gzip with mtime 0, so the same corpus is the same bytes.
    """
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for shard_start in range(start, start + count, SHARD_ARTICLES):
        shard_count = min(SHARD_ARTICLES, start + count - shard_start)
        path = folder / f"{prefix}-{shard_start:07d}.jsonl.gz"
        with (
            path.open("wb") as raw,
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as zipped,
        ):
            for article in iter_articles(bases, shard_start, shard_count, seed):
                line = json.dumps(article.record(), ensure_ascii=False) + "\n"
                zipped.write(line.encode("utf-8"))
        files.append(path)
    return files


@dataclass(frozen=True)
class VariationCheck:
    """SimHash distances between copies of the same base: all must exceed the threshold."""

    bases: int
    copies_per_base: int
    pairs: int
    min_distance: int
    mean_distance: float
    near_pairs: int  # pairs within NEAR_DUPLICATE_DISTANCE: would be flagged as near copies

    @property
    def threshold(self) -> int:
        return NEAR_DUPLICATE_DISTANCE


def check_variation(
    bases: Sequence[BaseArticle], n_bases: int = 6, copies: int = 12, seed: int = SEED
) -> VariationCheck:
    """Compare every pair of `copies` copies of `n_bases` bases (short and long ones).

    Copies of one base are the only ones that can be near-duplicates, so this is the sample
    that matters; the bases are spread over the list to include the short sample articles.
    """
    step = max(1, len(bases) // n_bases)
    chosen = list(range(0, len(bases), step))[:n_bases]
    distances: list[int] = []
    for b in chosen:
        prints = [
            simhash(make_article(bases, b + k * len(bases), seed).text) for k in range(copies)
        ]
        distances += [distance(x, y) for x, y in combinations(prints, 2)]
    return VariationCheck(
        bases=len(chosen),
        copies_per_base=copies,
        pairs=len(distances),
        min_distance=min(distances, default=0),
        mean_distance=sum(distances) / len(distances) if distances else 0.0,
        near_pairs=sum(1 for d in distances if d <= NEAR_DUPLICATE_DISTANCE),
    )
