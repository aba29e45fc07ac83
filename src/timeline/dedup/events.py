"""Event deduplication: mentions of the same happening become one event.

Mentions are the same event when they share the directed dyad (source and target actor codes),
the CAMEO root and a compatible date: the same day; or a month or year that holds exactly one
dated cluster; or no date at all where the dyad and root have exactly one cluster. Everything is
decided from sorted keys, so the events do not depend on input order, workers or engine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.models import DatePrecision, Event, GeoPrecision, Mention

PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.MONTH: 1,
    DatePrecision.YEAR: 2,
    DatePrecision.UNKNOWN: 3,
}
GEO_RANK = {
    GeoPrecision.CITY: 0,
    GeoPrecision.ADMIN1: 1,
    GeoPrecision.COUNTRY: 2,
    GeoPrecision.UNKNOWN: 3,
}


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """An article that carries a mention: the kept copy or one of its duplicates."""

    article_id: str
    where: str  # input path and record: exact copies share an id but are distinct articles
    outlet: str | None
    url: str | None
    published: dt.date | None


def _group_key(m: Mention) -> tuple[str, str, str]:
    return (m.source_actor_code or "", m.target_actor_code or "", m.cameo_root)


def _contains(cluster_date: dt.date, precision: DatePrecision, date: dt.date) -> bool:
    if precision is DatePrecision.MONTH:
        return (cluster_date.year, cluster_date.month) == (date.year, date.month)
    if precision is DatePrecision.YEAR:
        return cluster_date.year == date.year
    return cluster_date == date


def _date_clusters(mentions: list[Mention]) -> list[list[Mention]]:
    """Split one dyad-and-root group by compatible dates, finest precision first."""
    clusters: list[tuple[dt.date | None, DatePrecision, list[Mention]]] = []
    ordered = sorted(
        mentions,
        key=lambda m: (PRECISION_RANK[m.date_precision], m.event_date or dt.date.min, m.mention_id),
    )
    for mention in ordered:
        if mention.event_date is None or mention.date_precision is DatePrecision.UNKNOWN:
            if len(clusters) == 1:
                clusters[0][2].append(mention)
            else:
                undated = next((c for c in clusters if c[0] is None), None)
                if undated is None:
                    clusters.append((None, DatePrecision.UNKNOWN, [mention]))
                else:
                    undated[2].append(mention)
            continue
        if mention.date_precision is DatePrecision.DAY:
            same = next((c for c in clusters if c[0] == mention.event_date), None)
        else:
            inside = [
                c
                for c in clusters
                if c[0] is not None and _contains(mention.event_date, mention.date_precision, c[0])
            ]
            same = inside[0] if len(inside) == 1 else None
        if same is None:
            clusters.append((mention.event_date, mention.date_precision, [mention]))
        else:
            same[2].append(mention)
    return [c[2] for c in clusters]


def _best(mentions: list[Mention]) -> Mention:
    """The mention whose coding stands for the event: most confident, then most precise."""
    return min(
        mentions,
        key=lambda m: (
            -m.confidence,
            PRECISION_RANK[m.date_precision],
            GEO_RANK[m.geo_precision],
            m.mention_id,
        ),
    )


def _event_id(mentions: list[Mention], dated: Mention) -> str:
    source, target, root = _group_key(mentions[0])
    date = dated.event_date.isoformat() if dated.event_date else "undated"
    key = "|".join((source, target, root, date, dated.date_precision.value))
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def cluster_events(
    mentions: Iterable[Mention], sources: dict[str, list[SourceInfo]]
) -> tuple[list[Event], list[Mention]]:
    """Merge mentions into events; returns the events and the mentions with their event_id.

    `sources` maps a kept article's id to every article that carries it (itself and its
    duplicates), so syndicated copies count as extra articles and sources.
    """
    groups: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[_group_key(mention)].append(mention)
    events: list[Event] = []
    linked: list[Mention] = []
    for key in sorted(groups):
        for cluster in _date_clusters(groups[key]):
            dated = min(
                cluster,
                key=lambda m: (
                    PRECISION_RANK[m.date_precision],
                    m.event_date or dt.date.min,
                    m.mention_id,
                ),
            )
            event_id = _event_id(cluster, dated)
            events.append(_merge(event_id, cluster, dated, sources))
            linked.extend(m.model_copy(update={"event_id": event_id}) for m in cluster)
    events.sort(key=lambda e: e.event_id)
    linked.sort(key=lambda m: m.mention_id)
    return events, linked


def _merge(
    event_id: str, cluster: list[Mention], dated: Mention, sources: dict[str, list[SourceInfo]]
) -> Event:
    best = _best(cluster)
    placed = min(cluster, key=lambda m: (GEO_RANK[m.geo_precision], -m.confidence, m.mention_id))
    carriers = {
        info.where: info
        for m in cluster
        for info in sources.get(
            m.article_id, [SourceInfo(m.article_id, m.article_id, m.outlet, m.url, m.published)]
        )
    }
    published = sorted(i.published for i in carriers.values() if i.published is not None)
    first = min(
        carriers.values(),
        key=lambda i: (i.published is None, i.published or dt.date.min, i.where),
    )
    outlets = {i.outlet or i.where for i in carriers.values()}
    coded = best.model_dump(
        include={
            "source_actor",
            "source_country",
            "source_role",
            "source_actor_code",
            "target_actor",
            "target_country",
            "target_role",
            "target_actor_code",
            "cameo_code",
            "cameo_root",
            "action",
            "plover_type",
            "goldstein",
            "quad_class",
            "modality",
        }
    )
    place = placed.model_dump(
        include={
            "location_name",
            "location_country",
            "location_admin1",
            "geonames_id",
            "latitude",
            "longitude",
            "geo_precision",
        }
    )
    return Event(
        event_id=event_id,
        **coded,
        **place,
        event_date=dated.event_date,
        date_precision=dated.date_precision,
        date_text=dated.date_text,
        confidence=best.confidence,
        num_mentions=len(cluster),
        num_articles=len(carriers),
        num_sources=len(outlets),
        first_seen=published[0] if published else None,
        last_seen=published[-1] if published else None,
        source_url=first.url,
        evidence=best.sentence,
        article_ids=sorted({i.article_id for i in carriers.values()}),
        mention_ids=sorted(m.mention_id for m in cluster),
    )
