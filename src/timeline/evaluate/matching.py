"""Judging one extracted mention against one gold event, field by field.

The rules (also printed in the report): countries exact (any of the gold's listed actors; an empty
list means no actor, so the extraction should give none); PLOVER on the 2021 names; CAMEO root
any of the gold's roots; roles on CAMEO's first three letters; place names by their letters (case,
diacritics and punctuation ignored), either containing the other; coordinates right within 50 km.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from timeline.evaluate.codes import canonical
from timeline.evaluate.gold import GoldActor, GoldEvent
from timeline.models import CodedFields, Mention
from timeline.normalise.actor_data import fold

FIELDS = (
    "event_detected",
    "source_country",
    "target_country",
    "source_role",
    "target_role",
    "plover_type",
    "cameo_root",
    "quad_class",
    "date_exact",
    "date_at_precision",
    "date_precision",
    "location_name",
    "location_country",
    "location_50km",
    "modality",
)
NEAR_KM = 50.0
EARTH_RADIUS_KM = 6371.0088


def country_ok(actors: Sequence[GoldActor], value: str | None, aliases: Mapping[str, str]) -> bool:
    """Is `value` the country of any listed actor (or none, when the gold lists no actor)?"""
    if not actors:
        return value is None
    return any(canonical(a.country, aliases) == value for a in actors)


def role_ok(actors: Sequence[GoldActor], value: str | None) -> bool:
    """Roles on their first three letters: CAMEO stacks codes (CRMMOS), the first is the role."""
    return value is not None and any(a.role and a.role[:3] == value[:3] for a in actors)


def type_ok(coded: CodedFields, gold: GoldEvent) -> bool:
    """The action: CAMEO root when the gold gives one, else PLOVER type."""
    if gold.cameo_roots:
        return coded.cameo_root in gold.cameo_roots
    return gold.plover_type is not None and coded.plover_type == gold.plover_type


def agreement(mention: CodedFields, gold: GoldEvent, aliases: Mapping[str, str]) -> int:
    """How many of source country, target country and action agree: picks the best mention."""
    score = 0
    if gold.source is not None:
        score += country_ok(gold.source, mention.source_country, aliases)
    if gold.target is not None:
        score += country_ok(gold.target, mention.target_country, aliases)
    if gold.cameo_roots or gold.plover_type:
        score += type_ok(mention, gold)
    return score


def best_mention(
    mentions: Sequence[Mention], gold: GoldEvent, aliases: Mapping[str, str]
) -> Mention | None:
    """The mention agreeing most with the gold event; ties go to the smallest mention_id."""
    if not mentions:
        return None
    return min(mentions, key=lambda m: (-agreement(m, gold, aliases), m.mention_id))


EXACT_ASSIGNMENT_EVENTS = 12
"""Up to this many gold events in a record, the one-to-one matching is searched exhaustively."""


def assign_mentions(
    mentions: Sequence[Mention], events: Sequence[GoldEvent], aliases: Mapping[str, str]
) -> list[Mention | None]:
    """Each gold event's mention, no mention serving two events: one extraction is one event.

    Maximises the summed agreement, then the number of events with a mention; among equal
    matchings the first found over mentions in mention_id order wins, so the result does not
    depend on the order of the mentions. Records with very many events fall back to a greedy
    matching (best pairs first).
    """
    ordered = sorted(mentions, key=lambda m: m.mention_id)
    weight = [[10 * agreement(m, e, aliases) + 1 for m in ordered] for e in events]
    if len(events) > EXACT_ASSIGNMENT_EVENTS:
        return _greedy(ordered, weight)
    best: dict[int, tuple[int, tuple[tuple[int, int], ...]]] = {0: (0, ())}
    for j in range(len(ordered)):
        grown = dict(best)
        for mask, (total, pairs) in best.items():
            for i, row in enumerate(weight):
                if mask & 1 << i:
                    continue
                key = mask | 1 << i
                candidate = (total + row[j], (*pairs, (i, j)))
                if key not in grown or candidate[0] > grown[key][0]:
                    grown[key] = candidate
        best = grown
    top = max(best.values(), key=lambda value: value[0])  # max keeps the first of equals
    chosen: list[Mention | None] = [None] * len(events)
    for i, j in top[1]:
        chosen[i] = ordered[j]
    return chosen


def _greedy(ordered: Sequence[Mention], weight: Sequence[Sequence[int]]) -> list[Mention | None]:
    pairs = sorted(
        ((-w, i, j) for i, row in enumerate(weight) for j, w in enumerate(row)),
    )
    chosen: list[Mention | None] = [None] * len(weight)
    used: set[int] = set()
    for _, i, j in pairs:
        if chosen[i] is None and j not in used:
            chosen[i] = ordered[j]
            used.add(j)
    return chosen


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def names_match(gold: str, extracted: str | None) -> bool:
    if extracted is None:
        return False
    a, b = _letters(gold), _letters(extracted)
    return bool(a and b) and (a in b or b in a)


def _letters(name: str) -> str:
    """A name by its letters: 'Tikrīt' is 'Tikrit', 'Deir ez - Zor' is 'Deir ez-Zor'."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(name).casefold()).split())


def gold_precision(gold: GoldEvent) -> str | None:
    """The gold's date precision: given, or read from the date's length ('2024-09' is month)."""
    if gold.date_precision is not None:
        return gold.date_precision
    if gold.dates is None:
        return None
    if not gold.dates:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}[len(gold.dates[0])]


def _expand(date: str) -> str:
    """The contract's form of a coarse date: its first day ('2024-09' -> '2024-09-01')."""
    return date + "-01" * ((10 - len(date)) // 3)


def _date_fields(coded: CodedFields, gold: GoldEvent) -> dict[str, bool]:
    precision = gold_precision(gold)
    judged: dict[str, bool] = {}
    if precision is not None:
        judged["date_precision"] = coded.date_precision.value == precision
    if gold.dates is None:
        return judged
    iso = coded.event_date.isoformat() if coded.event_date else None
    if not gold.dates:
        judged["date_exact"] = judged["date_at_precision"] = iso is None
        return judged
    judged["date_exact"] = iso is not None and any(
        iso == _expand(d) and coded.date_precision.value == precision for d in gold.dates
    )
    judged["date_at_precision"] = iso is not None and any(iso.startswith(d) for d in gold.dates)
    return judged


def _location_fields(coded: CodedFields, gold: GoldEvent) -> dict[str, bool]:
    if not gold.location_given:
        return {}
    place = gold.location
    if place is None:
        return {"location_name": coded.location_name is None}
    judged: dict[str, bool] = {}
    if place.name is not None:
        judged["location_name"] = names_match(place.name, coded.location_name)
    if place.country is not None:
        judged["location_country"] = coded.location_country == place.country
    if place.latitude is not None and place.longitude is not None:
        judged["location_50km"] = (
            coded.latitude is not None
            and coded.longitude is not None
            and haversine_km(place.latitude, place.longitude, coded.latitude, coded.longitude)
            <= NEAR_KM
        )
    return judged


def judge(
    coded: CodedFields | None, gold: GoldEvent, aliases: Mapping[str, str]
) -> dict[str, bool]:
    """Right or wrong for every field the gold gives; a missed event is wrong on all of them."""
    fields = given_fields(gold)
    if coded is None:
        return dict.fromkeys(fields, False)
    judged: dict[str, bool] = {"event_detected": True}
    if gold.source is not None:
        judged["source_country"] = country_ok(gold.source, coded.source_country, aliases)
        if any(a.role for a in gold.source):
            judged["source_role"] = role_ok(gold.source, coded.source_role)
    if gold.target is not None:
        judged["target_country"] = country_ok(gold.target, coded.target_country, aliases)
        if any(a.role for a in gold.target):
            judged["target_role"] = role_ok(gold.target, coded.target_role)
    if gold.plover_type is not None:
        judged["plover_type"] = coded.plover_type == gold.plover_type
    if gold.cameo_roots:
        judged["cameo_root"] = coded.cameo_root in gold.cameo_roots
    if gold.quad_class is not None:
        judged["quad_class"] = coded.quad_class == gold.quad_class
    if gold.modality is not None:
        judged["modality"] = coded.modality.value == gold.modality
    judged.update(_date_fields(coded, gold))
    judged.update(_location_fields(coded, gold))
    return {f: judged[f] for f in FIELDS if f in judged}


def given_fields(gold: GoldEvent) -> list[str]:
    """The fields a gold event can be scored on (whatever any extraction would give)."""
    probe = {
        "event_detected": True,
        "source_country": gold.source is not None,
        "target_country": gold.target is not None,
        "source_role": gold.source is not None and any(a.role for a in gold.source),
        "target_role": gold.target is not None and any(a.role for a in gold.target),
        "plover_type": gold.plover_type is not None,
        "cameo_root": bool(gold.cameo_roots),
        "quad_class": gold.quad_class is not None,
        "date_exact": gold.dates is not None,
        "date_at_precision": gold.dates is not None,
        "date_precision": gold_precision(gold) is not None,
        "location_name": gold.location_given
        and (gold.location is None or gold.location.name is not None),
        "location_country": gold.location is not None and gold.location.country is not None,
        "location_50km": gold.location is not None
        and gold.location.latitude is not None
        and gold.location.longitude is not None,
        "modality": gold.modality is not None,
    }
    return [f for f in FIELDS if probe[f]]


def satisfies(
    coded: CodedFields, gold: GoldEvent, aliases: Mapping[str, str], num_mentions: int = 1
) -> bool:
    """Does an event (or mention) meet every field the gold gives? The seed's required rule."""
    if num_mentions < gold.min_mentions:
        return False
    judged = judge(coded, gold, aliases)
    judged.pop("date_exact", None)  # the seed accepts a date at its own precision
    judged.pop("source_role", None)
    judged.pop("target_role", None)
    return all(judged.values())
