"""Article deduplication: exact copies (same id) and syndicated near-copies (close SimHash).

The kept copy of each group is chosen by a total order (earliest publication, then id, then
where it was read), so the result does not depend on the order the inputs arrived in.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from timeline.dedup.simhash import near_pairs


@dataclass(frozen=True, slots=True)
class ArticleKey:
    """What dedup needs of an article: where it was read, its id, date and fingerprint."""

    input_path: str
    record: int | None
    article_id: str
    published: dt.date | None
    fingerprint: int

    def order(self) -> tuple[bool, dt.date, str, str, int]:
        return (
            self.published is None,
            self.published or dt.date.min,
            self.article_id,
            self.input_path,
            self.record or 0,
        )


@dataclass(frozen=True, slots=True)
class DuplicateOf:
    """An article that is a copy of the kept one."""

    kept: ArticleKey
    kind: str  # "exact" or "near"


def find_duplicates(articles: list[ArticleKey]) -> dict[ArticleKey, DuplicateOf]:
    """Map each duplicate article to the copy that is kept; kept articles are absent."""
    parent: dict[ArticleKey, ArticleKey] = {a: a for a in articles}

    def root(a: ArticleKey) -> ArticleKey:
        while parent[a] is not a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a: ArticleKey, b: ArticleKey) -> None:
        ra, rb = root(a), root(b)
        if ra is not rb:
            first, second = sorted((ra, rb), key=ArticleKey.order)
            parent[second] = first

    by_id: dict[str, list[ArticleKey]] = defaultdict(list)
    for article in articles:
        by_id[article.article_id].append(article)
    for copies in by_id.values():
        for other in copies[1:]:
            union(copies[0], other)

    representatives = [min(copies, key=ArticleKey.order) for copies in by_id.values()]
    fingerprints = [article.fingerprint for article in representatives]
    for i, j in near_pairs(fingerprints):
        union(representatives[i], representatives[j])

    result: dict[ArticleKey, DuplicateOf] = {}
    for article in articles:
        kept = root(article)
        if kept is not article:
            kind = "exact" if kept.article_id == article.article_id else "near"
            result[article] = DuplicateOf(kept, kind)
    return result
