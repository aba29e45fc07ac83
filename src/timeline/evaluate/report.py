"""The figures as data (summary.json, records.jsonl) and as the Markdown page docs/accuracy.md.

Deterministic on purpose: no timestamps, sorted keys, so rerunning gives the same files and a
diff shows only what changed in the extraction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from timeline.evaluate.codes import COUNTRY_ALIASES, PLOVER_2016_TO_2021
from timeline.evaluate.figures import Share
from timeline.evaluate.matching import FIELDS, NEAR_KM
from timeline.evaluate.scoring import NO_MENTION, FileScore, RecordResult

LABELS = {
    "event_detected": "event detected",
    "source_country": "source country",
    "target_country": "target country",
    "source_role": "source role",
    "target_role": "target role",
    "plover_type": "PLOVER type",
    "cameo_root": "CAMEO root",
    "quad_class": "QuadClass",
    "date_exact": "date exact",
    "date_at_precision": "date at the gold's precision",
    "date_precision": "date precision",
    "location_name": "location name",
    "location_country": "location country",
    "location_50km": f"location within {NEAR_KM:.0f} km",
    "modality": "modality",
}
RULES = f"""\
- Each gold event is compared with one mention of its record, and no mention serves two gold
  events: the matching of the record's events to its mentions that agrees on the most of source
  country, target country and action (CAMEO root, else PLOVER type) in sum; among equal
  matchings, mentions in `mention_id` order win. A gold event left without a mention (the
  record has fewer mentions than events, or none) is missed: every field is wrong.
- A field is scored over the gold events that give it. "if detected" is the same share over
  the gold events that got a mention.
- Countries: exact, any of the actors the gold lists on that side. An empty list means no
  actor: the mention must have none (a target where the gold lists only co-sources, as in
  "A and B agreed", is wrong; the error list counts these apart as joint actions).
- Roles: the first three letters (CAMEO stacks role codes, e.g. CRMMOS).
- PLOVER on the 2021 names; the gold's 2016 names are mapped:
  {", ".join(f"{k} -> {v}" for k, v in PLOVER_2016_TO_2021.items())}.
- CAMEO root: any of the gold's `cameo_roots` (else its `cameo_root`, else its code's first two
  digits).
- Dates: "exact" = same date and same precision; "at the gold's precision" = the extracted date
  starts with the gold's (a gold "2024-09" accepts 2024-09-15); a gold date of null wants none.
- Places: names by their letters (case, diacritics and punctuation ignored), either
  containing the other; `location: null` wants no place;
  coordinates right within {NEAR_KM:.0f} km (haversine).
- Triples: the set of (source country, target country, CAMEO root | PLOVER type) extracted from
  a record against its gold events, each gold event matched by at most one triple.
- Reliability: a mention is correct when its (source country, target country, CAMEO root or
  PLOVER type) agrees with some gold event of its record; mentions of records with no gold
  event are incorrect. Where every record has exactly one gold event (a gold that picks a
  sentence per event and leaves its other events uncoded), a mention of another action is not
  judged unless it is the record's best match.
- Country codes: scored as the gold gives them; "with aliases" maps the gold's CAMEO codes
  {", ".join(f"{k} -> {v}" for k, v in COUNTRY_ALIASES.items())} first. Other non-ISO codes
  (NGO, IMG, ISM, ...) have no ISO counterpart and stay wrong: they are the gold's differences.
"""


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def figures(score: FileScore) -> dict[str, float | None]:
    """Every figure of a file under a flat name: what summary.json and the gate compare."""
    out: dict[str, float | None] = {}
    for prefix, shares in (
        ("field", score.fields),
        ("field_if_detected", score.fields_if_detected),
        ("field_with_aliases", score.fields_aliased),
    ):
        out.update({f"{prefix}.{name}": _round(s.share) for name, s in shares.items()})
    for kind, counts in score.triples.items():
        out[f"triples_{kind}.precision"] = _round(counts.precision)
        out[f"triples_{kind}.recall"] = _round(counts.recall)
        out[f"triples_{kind}.f1"] = _round(counts.f1)
    if score.empty_records:
        out["false_positive.record_share"] = _round(score.false_positive_share)
        out["false_positive.mentions_per_record"] = _round(score.mentions_per_empty_record)
    if score.required_found is not None:
        out["seed.required_found"] = _round(score.required_found.share)
    if score.self_dyads is not None:
        out["seed.self_dyads"] = float(score.self_dyads)
    return out


def _share_dict(share: Share) -> dict[str, Any]:
    return {"right": share.right, "of": share.of, "share": _round(share.share)}


def summary(scores: Sequence[FileScore], command: str) -> dict[str, Any]:
    """summary.json: every figure of every file, with counts behind each share."""
    files = {}
    for s in scores:
        files[s.name] = {
            "kind": s.kind,
            "sha256": s.sha256,
            "records": s.records,
            "gold_events": s.gold_events,
            "figures": figures(s),
            "fields": {k: _share_dict(v) for k, v in s.fields.items()},
            "fields_if_detected": {k: _share_dict(v) for k, v in s.fields_if_detected.items()},
            "fields_with_aliases": {k: _share_dict(v) for k, v in s.fields_aliased.items()},
            "triples": {k: asdict(v) for k, v in s.triples.items()},
            "empty_records": {
                "records": s.empty_records,
                "with_mentions": s.empty_with_mentions,
                "mentions": s.empty_mentions,
            },
            "reliability": None
            if s.reliability is None
            else [
                asdict(b)
                | {
                    "confidence_sum": _round(b.confidence_sum),
                    "mean_confidence": _round(b.mean_confidence),
                    "share": _round(b.share),
                }
                for b in s.reliability
            ],
            "plover_confusion": {g: dict(sorted(c.items())) for g, c in s.confusion.items()},
            "gold_non_iso_codes": {"events": s.non_iso_events, "codes": s.non_iso_codes},
            "ignored_gold_fields": list(s.ignored_fields),
            "top_errors": [asdict(e) for e in s.errors],
            "seed_required_found": None
            if s.required_found is None
            else _share_dict(s.required_found),
            "seed_self_dyads": s.self_dyads,
        }
    return {"command": command, "country_aliases": dict(COUNTRY_ALIASES), "files": files}


def record_rows(score: FileScore, results: Sequence[RecordResult]) -> Iterator[dict[str, Any]]:
    """records.jsonl: each record with its gold, its mentions and right/wrong per field."""
    for result, judged in zip(results, score.judgements, strict=True):
        yield {
            "gold_file": score.name,
            "id": result.record.id,
            "record": result.record.record,
            "text": result.record.text,
            "expected": [asdict(e) for e in result.record.events],
            "extracted": [m.model_dump(mode="json") for m in result.mentions],
            "rejected": result.rejected,
            "judged": [
                {
                    "mention_id": j.mention.mention_id if j.mention else None,
                    "fields": j.fields,
                    "errors": list(j.errors),
                }
                for j in judged
            ],
        }


def write_outputs(
    out: Path,
    scores: Sequence[FileScore],
    results: Sequence[Sequence[RecordResult]],
    command: str,
) -> None:
    """Write DIR/records.jsonl and DIR/summary.json."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "records.jsonl").open("w", encoding="utf-8") as handle:
        for score, file_results in zip(scores, results, strict=True):
            for row in record_rows(score, file_results):
                handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    (out / "summary.json").write_text(
        json.dumps(summary(scores, command), indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def percent(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def field_rows(score: FileScore) -> list[tuple[str, str, str, str, str, str]]:
    """(field, right, of, share, share if detected, share with aliases), in FIELDS order."""
    rows = []
    for name in FIELDS:
        share = score.fields.get(name)
        if share is None:
            continue
        detected = score.fields_if_detected.get(name, Share())
        aliased = score.fields_aliased.get(name, Share())
        rows.append(
            (
                LABELS[name],
                str(share.right),
                str(share.of),
                percent(share.share),
                percent(detected.share),
                percent(aliased.share),
            )
        )
    return rows


def triple_rows(score: FileScore) -> list[tuple[str, str, str, str, str, str]]:
    """(triples, precision, recall, F1, extracted, gold events)."""
    return [
        (
            kind.replace("_aliased", " (with aliases)"),
            percent(c.precision),
            percent(c.recall),
            percent(c.f1),
            str(c.extracted),
            str(c.gold),
        )
        for kind, c in score.triples.items()
    ]


def reliability_rows(score: FileScore) -> list[tuple[str, str, str, str]]:
    """(confidence band, mentions, their mean confidence, share correct)."""
    if score.reliability is None:
        return []
    return [
        (
            f"[{b.low:.1f}, {b.high:.1f}{']' if b.high == 1.0 else ')'}",
            str(b.mentions),
            percent(b.mean_confidence),
            percent(b.share),
        )
        for b in score.reliability
    ]


def other_lines(score: FileScore) -> list[str]:
    """The figures that are not tables: false positives, the gold's own codes, seed rules."""
    lines = [f"records: {score.records}; gold events: {score.gold_events}"]
    if score.empty_records:
        lines.append(
            f"false positives: {score.empty_with_mentions} of {score.empty_records} records "
            f"with no gold event have a mention ({percent(score.false_positive_share)}); "
            f"{score.mentions_per_empty_record:.2f} mentions per such record"
        )
    else:
        lines.append("false positives: no record without gold events in this file")
    if score.non_iso_codes:
        codes = ", ".join(f"{c} ({n})" for c, n in score.non_iso_codes.items())
        lines.append(
            f"gold's differences: {score.non_iso_events} gold events carry a country code "
            f"that is not ISO 3166-1 (nor IGO): {codes}"
        )
    if score.ignored_fields:
        lines.append("gold fields not scored: " + ", ".join(score.ignored_fields))
    if score.required_found is not None:
        found = score.required_found
        lines.append(
            f"seed rules: {found.right} of {found.of} required events found among the "
            f"deduplicated events; {score.self_dyads} events with the same actor on both sides"
        )
    return lines


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return [*lines, ""]


def confusion_table(score: FileScore) -> list[str]:
    """Gold PLOVER type (rows) against the extracted type of its best mention (columns)."""
    if not score.confusion:
        return []
    seen = {got for row in score.confusion.values() for got in row}
    columns = sorted(seen - {NO_MENTION}) + ([NO_MENTION] if NO_MENTION in seen else [])
    rows = [
        [gold] + [str(row[c]) if row[c] else "" for c in columns]
        for gold, row in score.confusion.items()
    ]
    return _table(["gold \\ extracted", *columns], rows)


def markdown_page(scores: Sequence[FileScore], command: str) -> str:
    """docs/accuracy.md: every figure per gold file, the command, the rules, the top errors."""
    lines = [
        "# Accuracy",
        "",
        "Generated by the command below; do not edit by hand, rerun it.",
        "",
        "```",
        command,
        "```",
        "",
        "## How it is scored",
        "",
        RULES,
    ]
    for score in scores:
        lines += [f"## {score.name}", "", f"sha256 `{score.sha256}`", ""]
        lines += [f"- {line}" for line in other_lines(score)] + [""]
        lines += ["### Fields", ""]
        lines += _table(
            ["field", "right", "of", "share", "if detected", "with aliases"], field_rows(score)
        )
        if score.triples:
            lines += ["### Triples", ""]
            lines += _table(
                ["triples", "precision", "recall", "F1", "extracted", "gold events"],
                triple_rows(score),
            )
        if score.reliability is not None:
            lines += ["### Reliability of `confidence`", ""]
            lines += _table(
                ["confidence", "mentions", "mean confidence", "correct"], reliability_rows(score)
            )
        if score.confusion:
            lines += ["### PLOVER types: gold (rows) x extracted (columns)", ""]
            lines += confusion_table(score)
        if score.errors:
            lines += ["### Most frequent errors", ""]
            lines += _table(
                ["error", "count", "example"],
                [
                    (
                        e.kind,
                        str(e.count),
                        f"{e.example['record']}: “{e.example['text']}” gold: "
                        f"{e.example['gold']}; extracted: {e.example['extracted']}",
                    )
                    for e in score.errors
                ],
            )
    return "\n".join(lines).rstrip() + "\n"
