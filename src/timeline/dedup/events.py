"""Event deduplication: mentions of the same happening become one event.

Mentions are the same event when they share the directed dyad (source and target actor codes),
the CAMEO root and a compatible date: the same day; or a month or year that holds exactly one
dated cluster; or no date at all where the dyad and root have exactly one cluster. Everything is
decided from sorted keys, so the events do not depend on input order, workers or engine.

Clustering reads only a small key per mention (`MentionKey`), so a build can cluster millions
of mentions from a columnar table without making a record object for each.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from timeline.models import Event, Mention

PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}
GEO_RANK = {"city": 0, "admin1": 1, "country": 2, "unknown": 3}
CODED_FIELDS = (
    "source_actor", "source_country", "source_role", "source_actor_code",
    "target_actor", "target_country", "target_role", "target_actor_code",
    "cameo_code", "cameo_root", "action", "plover_type", "goldstein", "quad_class", "modality",
)  # fmt: skip
PLACE_FIELDS = (
    "location_name", "location_country", "location_admin1", "geonames_id",
    "latitude", "longitude", "geo_precision",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """An article that carries a mention: the kept copy or one of its duplicates."""

    article_id: str
    where: str  # input path and record: exact copies share an id but are distinct articles
    outlet: str | None
    url: str | None
    published: dt.date | None


@dataclass(frozen=True, slots=True)
class MentionKey:
    """What clustering reads of a mention; `index` points back into the caller's rows."""

    index: int
    mention_id: str
    article_id: str
    source_code: str
    target_code: str
    root: str
    date: dt.date | None
    precision: str
    confidence: float
    geo_rank: int

    def date_order(self) -> tuple[int, dt.date, str]:
        return (PRECISION_RANK[self.precision], self.date or dt.date.min, self.mention_id)


@dataclass(frozen=True)
class Cluster:
    """The mentions of one event, and which of them stand for its date, coding and place."""

    event_id: str
    members: list[MentionKey]
    dated: MentionKey
    best: MentionKey
    placed: MentionKey


def key_of(index: int, row: dict[str, Any]) -> MentionKey:
    """A clustering key from a mention given as a dict of its columns."""
    precision = row["date_precision"]
    geo = row["geo_precision"]
    return MentionKey(
        index=index,
        mention_id=row["mention_id"],
        article_id=row["article_id"],
        source_code=row["source_actor_code"] or "",
        target_code=row["target_actor_code"] or "",
        root=row["cameo_root"],
        date=row["event_date"] if precision != "unknown" else None,
        precision=getattr(precision, "value", precision),
        confidence=row["confidence"],
        geo_rank=GEO_RANK[getattr(geo, "value", geo)],
    )


def _contains(cluster_date: dt.date, precision: str, date: dt.date) -> bool:
    if precision == "month":
        return (cluster_date.year, cluster_date.month) == (date.year, date.month)
    if precision == "year":
        return cluster_date.year == date.year
    return cluster_date == date


def _date_clusters(keys: list[MentionKey]) -> list[list[MentionKey]]:
    """Split one dyad-and-root group by compatible dates, finest precision first."""
    clusters: list[tuple[dt.date | None, list[MentionKey]]] = []
    for key in sorted(keys, key=MentionKey.date_order):
        if key.date is None:
            if len(clusters) == 1:
                clusters[0][1].append(key)
            else:
                undated = next((c for c in clusters if c[0] is None), None)
                if undated is None:
                    clusters.append((None, [key]))
                else:
                    undated[1].append(key)
            continue
        if key.precision == "day":
            same = next((c for c in clusters if c[0] == key.date), None)
        else:
            inside = [
                c for c in clusters if c[0] is not None and _contains(key.date, key.precision, c[0])
            ]
            same = inside[0] if len(inside) == 1 else None
        if same is None:
            clusters.append((key.date, [key]))
        else:
            same[1].append(key)
    return [members for _, members in clusters]


def _event_id(group: tuple[str, str, str], dated: MentionKey) -> str:
    date = dated.date.isoformat() if dated.date else "undated"
    key = "|".join((*group, date, dated.precision))
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def cluster_keys(keys: Iterable[MentionKey]) -> list[Cluster]:
    """Group mention keys into events, sorted by event id."""
    groups: dict[tuple[str, str, str], list[MentionKey]] = defaultdict(list)
    for key in keys:
        groups[(key.source_code, key.target_code, key.root)].append(key)
    clusters = []
    for group in sorted(groups):
        for members in _date_clusters(groups[group]):
            dated = min(members, key=MentionKey.date_order)
            best = min(members, key=lambda m: (-m.confidence, *m.date_order(), m.geo_rank))
            placed = min(members, key=lambda m: (m.geo_rank, -m.confidence, m.mention_id))
            clusters.append(Cluster(_event_id(group, dated), members, dated, best, placed))
    clusters.sort(key=lambda c: c.event_id)
    return clusters


def build_event(
    cluster: Cluster,
    row: Callable[[int], dict[str, Any]],
    sources: dict[str, list[SourceInfo]],
) -> Event:
    """The event of one cluster; `row(index)` gives a member mention's columns."""
    best, dated, placed = (
        row(cluster.best.index),
        row(cluster.dated.index),
        row(cluster.placed.index),
    )
    carriers: dict[str, SourceInfo] = {}
    for member in cluster.members:
        found = sources.get(member.article_id)
        if found is None:
            m = row(member.index)
            found = [
                SourceInfo(m["article_id"], m["article_id"], m["outlet"], m["url"], m["published"])
            ]
        for info in found:
            carriers[info.where] = info
    published = sorted(i.published for i in carriers.values() if i.published is not None)
    first = min(
        carriers.values(), key=lambda i: (i.published is None, i.published or dt.date.min, i.where)
    )
    return Event(
        event_id=cluster.event_id,
        **{name: best[name] for name in CODED_FIELDS},
        **{name: placed[name] for name in PLACE_FIELDS},
        event_date=dated["event_date"],
        date_precision=dated["date_precision"],
        date_text=dated["date_text"],
        confidence=best["confidence"],
        num_mentions=len(cluster.members),
        num_articles=len(carriers),
        num_sources=len({i.outlet or i.where for i in carriers.values()}),
        first_seen=published[0] if published else None,
        last_seen=published[-1] if published else None,
        source_url=first.url,
        evidence=best["sentence"],
        article_ids=sorted({i.article_id for i in carriers.values()}),
        mention_ids=sorted(m.mention_id for m in cluster.members),
    )


def cluster_events(
    mentions: Iterable[Mention], sources: dict[str, list[SourceInfo]]
) -> tuple[list[Event], list[Mention]]:
    """Merge mentions into events; returns the events and the mentions with their event_id.

    `sources` maps a kept article's id to every article that carries it (itself and its
    duplicates), so syndicated copies count as extra articles and sources.
    """
    listed = list(mentions)
    rows = [m.model_dump() for m in listed]
    clusters = cluster_keys(key_of(i, row) for i, row in enumerate(rows))
    events = [build_event(c, rows.__getitem__, sources) for c in clusters]
    linked = [
        listed[m.index].model_copy(update={"event_id": c.event_id})
        for c in clusters
        for m in c.members
    ]
    linked.sort(key=lambda m: m.mention_id)
    return events, linked
