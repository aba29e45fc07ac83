"""Naming what went wrong with a gold event, so the report can rank mistakes by kind."""

from __future__ import annotations

from timeline.evaluate.gold import GoldActor, GoldEvent
from timeline.evaluate.matching import gold_precision
from timeline.models import Mention


def error_kinds(mention: Mention | None, gold: GoldEvent, judged: dict[str, bool]) -> list[str]:
    """The error kinds of one judged gold event (empty when every field is right)."""
    if mention is None:
        return ["missed event"]
    kinds: list[str] = []
    if judged.get("source_country") is False:
        kinds.append(
            "no source country" if mention.source_country is None else "wrong source country"
        )
    if judged.get("target_country") is False:
        kinds.append(_target_kind(mention, gold))
    for side in ("source", "target"):
        if judged.get(f"{side}_role") is False:
            kinds.append(f"wrong {side} role")
    if judged.get("plover_type") is False:
        kinds.append(f"wrong PLOVER type {gold.plover_type}->{mention.plover_type}")
    if judged.get("cameo_root") is False:
        kinds.append(f"wrong CAMEO root {'/'.join(gold.cameo_roots)}->{mention.cameo_root}")
    if judged.get("quad_class") is False:
        kinds.append(f"wrong QuadClass {gold.quad_class}->{mention.quad_class}")
    if judged.get("date_at_precision") is False:
        kinds.append(_date_kind(mention, gold))
    if judged.get("date_precision") is False:
        kinds.append(f"wrong date precision {gold_precision(gold)}->{mention.date_precision.value}")
    if judged.get("location_name") is False:
        kinds.append(_place_kind(mention, gold))
    if judged.get("location_country") is False:
        kinds.append("wrong location country")
    if judged.get("location_50km") is False:
        kinds.append("location farther than 50 km")
    if judged.get("modality") is False:
        kinds.append(f"wrong modality {gold.modality}->{mention.modality.value}")
    return kinds


def _target_kind(mention: Mention, gold: GoldEvent) -> str:
    if gold.target == ():
        co_sources = {a.country for a in gold.source or ()}
        if mention.target_country in co_sources:
            return "target where gold has none (a co-source: joint action)"
        return "target where gold has none"
    if mention.target_country is None:
        return "no target where gold has one"
    return "wrong target country"


def _date_kind(mention: Mention, gold: GoldEvent) -> str:
    if gold.dates == ():
        return "date where the text gives none"
    if mention.event_date is None:
        return "no date where gold has one"
    return "wrong date"


def _place_kind(mention: Mention, gold: GoldEvent) -> str:
    if gold.location is None:
        return "place where gold has none"
    if mention.location_name is None:
        return "no place where gold has one"
    return "wrong place"


def _actors(actors: tuple[GoldActor, ...] | None) -> str:
    if actors is None:
        return "?"
    return "|".join(f"{a.country or '-'}{a.role or ''}" for a in actors) or "-"


def gold_summary(gold: GoldEvent) -> str:
    """One line for a gold event: the fields it gives, in the report's examples."""
    parts = []
    if gold.source is not None or gold.target is not None:
        parts.append(f"{_actors(gold.source)} -> {_actors(gold.target)}")
    if gold.plover_type:
        shown = gold.plover_type
        if gold.plover_given and gold.plover_given != gold.plover_type:
            shown += f" (gold: {gold.plover_given})"
        parts.append(shown)
    if gold.cameo_roots:
        parts.append("root " + "/".join(gold.cameo_roots))
    if gold.quad_class is not None:
        parts.append(f"quad {gold.quad_class}")
    if gold.dates is not None:
        parts.append("date " + ("/".join(gold.dates) or "none"))
    if gold.location_given:
        place = gold.location
        parts.append("place " + ((place.name or place.country or "?") if place else "none"))
    if gold.modality:
        parts.append(gold.modality)
    return "; ".join(parts) or "an event"


def mention_summary(mention: Mention) -> str:
    """One line for an extracted mention, in the same shape as `gold_summary`."""
    source = f"{mention.source_country or '-'}{mention.source_role or ''}"
    target = f"{mention.target_country or '-'}{mention.target_role or ''}"
    parts = [
        f"{source} -> {target}",
        mention.plover_type,
        f"CAMEO {mention.cameo_code}",
        f"quad {mention.quad_class}",
        f"date {mention.event_date.isoformat() if mention.event_date else 'none'}"
        f" ({mention.date_precision.value})",
        f"place {mention.location_name or 'none'}",
        mention.modality.value,
        f"confidence {mention.confidence:.2f}",
    ]
    return "; ".join(parts)
