"""What the extraction rule tests share: one sentence through the real pipeline."""

from __future__ import annotations

import datetime as dt

from timeline.models import Article, Mention
from timeline.pipeline import Extraction

PUBLISHED = dt.date(2024, 10, 7)  # a Monday


def mentions_of(
    extraction: Extraction, text: str, published: dt.date | None = PUBLISHED
) -> list[Mention]:
    article = Article(article_id="t", input_path="-", text=text, published=published)
    (outcome,) = extraction.run([article])
    assert outcome.ok and not outcome.rejects
    return outcome.mentions


def one(mentions: list[Mention], root: str) -> Mention:
    """The only mention of a CAMEO root; fails, listing what was found, unless exactly one."""
    found = [m for m in mentions if m.cameo_root == root]
    assert len(found) == 1, [
        (m.cameo_code, m.source_actor_code, m.target_actor_code) for m in mentions
    ]
    return found[0]
