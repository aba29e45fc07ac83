"""Extraction cache: an article's mentions, kept per article and pipeline fingerprint.

A rebuild after adding articles parses only the new ones. The cache is one SQLite file, written
only by the build's main process; a different extractor, model or reference data gives a
different fingerprint, so stale results are never reused.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from timeline.models import Article, Mention

SCHEMA = """
create table if not exists extraction (
    fingerprint text not null,
    article_key text not null,
    n_sentences integer not null,
    simhash text not null,
    mentions text not null,
    primary key (fingerprint, article_key)
)
"""


COMMIT_EVERY = 16


def article_key(article: Article) -> str:
    """Mentions depend on the text (the id) and the publication date (relative dates)."""
    return f"{article.article_id}|{article.published or ''}"


class ExtractionCache:
    """Get and put the extraction results of articles for one pipeline fingerprint."""

    def __init__(self, path: Path, fingerprint: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fingerprint = fingerprint
        db = sqlite3.connect(path)
        db.execute("pragma journal_mode=wal")
        db.execute(SCHEMA)
        self._db: sqlite3.Connection | None = db
        self.hits = 0
        self.misses = 0
        self._unsaved = 0

    def get(self, article: Article) -> tuple[list[Mention], int, int] | None:
        """(mentions, n_sentences, simhash) of a cached article, else None."""
        row = (
            self._connection()
            .execute(
                "select mentions, n_sentences, simhash from extraction "
                "where fingerprint = ? and article_key = ?",
                (self.fingerprint, article_key(article)),
            )
            .fetchone()
        )
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        mentions = [Mention.model_validate(m) for m in json.loads(row[0])]
        return mentions, int(row[1]), int(row[2], 16)

    def put(
        self, article: Article, mentions: list[Mention], n_sentences: int, fingerprint: int
    ) -> None:
        payload = json.dumps([m.model_dump(mode="json") for m in mentions])
        self._connection().execute(
            "insert or replace into extraction values (?, ?, ?, ?, ?)",
            (self.fingerprint, article_key(article), n_sentences, f"{fingerprint:016x}", payload),
        )
        self._unsaved += 1
        if self._unsaved >= COMMIT_EVERY:
            # a killed build keeps what it extracted so far, and the next one resumes from it
            self._connection().commit()
            self._unsaved = 0

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("extraction cache used after close")
        return self._db

    def close(self) -> None:
        """Commit and close; closing twice is harmless."""
        if self._db is not None:
            self._db.commit()
            self._db.close()
            self._db = None
