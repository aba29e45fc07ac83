"""Synthetic mentions for the dedup-and-store benchmark: millions without parsing anything.

Parsing a million mentions' worth of articles would take hours on one machine, so the reduce
step is measured on mentions written straight into a staged-mentions file, with the books
(articles and their dedup keys) a build would have gathered. The distribution is meant to look
like a real timeline: ~200 countries with a skewed (Zipf-like) share of the news, 20 CAMEO
roots, dates over five years, 1-3 mentions per event, sentences of ~150 characters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from timeline.dedup.articles import ArticleKeys
from timeline.models import Article
from timeline.reduce import ARTICLES_FILE, MENTIONS_FILE, Books, where_of
from timeline.store.staging import BUFFER_ROWS, STAGED_SCHEMA, WHERE, StagedArticles

STAGED_FILE = MENTIONS_FILE
KEYS_FILE = "article_keys.parquet"
MENTIONS_PER_ARTICLE = 8  # a long news article gives several; keeps the article count realistic
CHUNK = 100_000
FIRST_DAY = dt.date(2019, 1, 1)
DAYS = 5 * 365
ROLES = ("GOV", "MIL", "REB", "OPP", "COP", "MED", "BUS", "CVL", "JUD", "LEG")
PRECISIONS = (("day", 0.85), ("month", 0.08), ("year", 0.03), ("unknown", 0.04))
GEO = (("city", 0.3), ("admin1", 0.2), ("country", 0.4), ("unknown", 0.1))
MODALITIES = (("asserted", 0.8), ("alleged", 0.08), ("negated", 0.04), ("planned", 0.06),
              ("hypothetical", 0.02))  # fmt: skip
OUTLETS = ("Meridian Wire", "Northgate Post", "Harbour Daily", "Eastbridge Times", "Baltic Ledger")
PLACES = ("the capital", "the border region", "the port city", "the northern province", "talks")
FILLER = (
    "officials said on condition of anonymity", "according to a statement released late on the day",
    "state media reported", "the ministry said in a brief statement", "witnesses told reporters",
    "in a move analysts described as significant", "diplomats familiar with the matter said",
)  # fmt: skip


def _weighted(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([v for v, _ in table], [w for _, w in table])[0]


def _reference(name: str) -> list[dict[str, Any]]:
    data = resources.files("timeline.reference.data").joinpath(name).read_text(encoding="utf-8")
    entries: list[dict[str, Any]] = json.loads(data)["entries"]
    return entries


def _sentence(rng: random.Random, source: str, target: str | None, action: str) -> str:
    """A real-looking sentence of ~150 characters naming the actors and the action."""
    words = f"{source} officials {action.casefold()}"
    if target:
        words += f" involving {target} representatives"
    text = f"{words} in {rng.choice(PLACES)}, {rng.choice(FILLER)}"
    while len(text) < rng.randint(130, 170):
        text += f", {rng.choice(FILLER)}"
    return text + "."


def write_synthetic(mentions: int, folder: Path, seed: int = 7) -> dict[str, Any]:
    """Write `mentions` staged mentions and their books into `folder`; returns the counts."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    countries = [e["iso3"] for e in _reference("places_countries.json")][:200]
    centroid = {e["iso3"]: (e["lat"], e["lon"]) for e in _reference("places_countries.json")}
    weights = [1 / (rank + 1) for rank in range(len(countries))]  # a few countries lead the news
    codes = [c for c in _reference("cameo_codes.json") if len(c["code"]) >= 3]
    by_root: dict[str, list[dict[str, Any]]] = {}
    for code in codes:
        by_root.setdefault(code["code"][:2], []).append(code)
    roots = sorted(by_root)

    n_articles = max(1, mentions // MENTIONS_PER_ARTICLE)
    articles: list[Article] = []
    keys = ArticleKeys()
    for index in range(n_articles):
        published = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        article_id = hashlib.sha256(f"article {seed} {index}".encode()).hexdigest()[:16]
        path, record = f"synthetic/part-{index // 1000:05d}.jsonl.gz", index % 1000 + 1
        outlet = rng.choice(OUTLETS)
        article = Article(
            article_id=article_id, input_path=path, record=record, published=published,
            outlet=outlet, url=f"https://{outlet.casefold().replace(' ', '')}.example/{index}",
            language="en", n_sentences=40, n_mentions=0,
        )  # fmt: skip
        articles.append(article)
        keys.add(where_of(path, record), path, record, article_id, published, rng.getrandbits(64))

    writer = pq.ParquetWriter(folder / STAGED_FILE, STAGED_SCHEMA, compression="zstd")
    columns: dict[str, list[Any]] = {name: [] for name in STAGED_SCHEMA.names}
    written = events = 0

    def flush() -> None:
        nonlocal columns
        if columns["mention_id"]:
            # row groups as small as a build's staging writes them, so reading back costs the same
            table = pa.Table.from_pydict(columns, schema=STAGED_SCHEMA)
            writer.write_table(table, row_group_size=BUFFER_ROWS)
        columns = {name: [] for name in STAGED_SCHEMA.names}

    while written < mentions:
        events += 1
        source_country, target_country = rng.choices(countries, weights, k=2)
        source_role, target_role = rng.choice(ROLES), rng.choice(ROLES)
        has_target = rng.random() < 0.9
        code = rng.choice(by_root[rng.choice(roots)])
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        precision = _weighted(rng, PRECISIONS)
        if precision == "month":
            day = day.replace(day=1)
        elif precision == "year":
            day = day.replace(month=1, day=1)
        for _ in range(min(rng.choices((1, 2, 3), (0.6, 0.3, 0.1))[0], mentions - written)):
            article = articles[rng.randrange(n_articles)]
            geo = _weighted(rng, GEO)
            lat, lon = centroid.get(source_country, (0.0, 0.0))
            placed = geo != "unknown"
            sentence = _sentence(
                rng, source_country, target_country if has_target else None, code["name"]
            )
            row: dict[str, Any] = {
                "source_actor": f"{source_country} {source_role.lower()}",
                "source_country": source_country,
                "source_role": source_role,
                "source_actor_code": source_country + source_role,
                "target_actor": f"{target_country} {target_role.lower()}" if has_target else None,
                "target_country": target_country if has_target else None,
                "target_role": target_role if has_target else None,
                "target_actor_code": target_country + target_role if has_target else None,
                "cameo_code": code["code"],
                "cameo_root": code["code"][:2],
                "action": code["name"],
                "plover_type": code["plover"],
                "goldstein": float(code["goldstein"]),
                "quad_class": int(code["quad_class"]),
                "modality": _weighted(rng, MODALITIES),
                "event_date": day if precision != "unknown" else None,
                "date_precision": precision,
                "date_text": None if precision == "unknown" else day.strftime("%d %B %Y"),
                "location_name": source_country if placed else None,
                "location_country": source_country if placed else None,
                "location_admin1": None,
                "geonames_id": None,
                "latitude": lat if placed else None,
                "longitude": lon if placed else None,
                "geo_precision": geo,
                "confidence": round(rng.uniform(0.5, 0.99), 3),
                "mention_id": hashlib.sha256(f"mention {seed} {written}".encode()).hexdigest()[:16],
                "event_id": "",
                "article_id": article.article_id,
                "sentence_index": rng.randrange(40),
                "sentence": sentence,
                "char_start": 0,
                "char_end": len(sentence),
                "source_text": source_country,
                "target_text": target_country if has_target else None,
                "action_text": code["name"].split()[0].casefold(),
                "url": article.url,
                "outlet": article.outlet,
                "published": article.published,
                WHERE: f"{article.input_path}:{article.record}",
            }
            for name, value in row.items():
                columns[name].append(value)
            written += 1
        if len(columns["mention_id"]) >= CHUNK:
            flush()
    flush()
    writer.close()
    staged_articles = StagedArticles(folder / ARTICLES_FILE)
    for article in articles:
        staged_articles.add([article], where_of(article.input_path, article.record))
    staged_articles.close()
    pq.write_table(keys.table(), folder / KEYS_FILE)
    return {"mentions": written, "generated_events": events, "articles": n_articles}


def load_books(folder: Path) -> Books:
    """The books of a synthetic build, over its prebuilt staged-mentions file."""
    books = Books(folder)  # the staged files are there already: nothing is added to them
    keys = pq.read_table(folder / KEYS_FILE)
    for row in keys.to_pylist():
        books.keys.add(**row)
    return books
