"""Scoring a gold file: match each gold event to its record's best mention and count.

Everything here is pure: records and mentions in, figures out (no spaCy, no files), so the
rules are unit-tested with hand-made mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from timeline.dedup.events import cluster_events
from timeline.evaluate.codes import COUNTRY_ALIASES, NO_ALIASES, is_gold_difference
from timeline.evaluate.error_kinds import error_kinds, gold_summary, mention_summary
from timeline.evaluate.figures import Band, ErrorKind, PrecisionRecall, Share
from timeline.evaluate.gold import GoldEvent, GoldFile, GoldRecord
from timeline.evaluate.matching import (
    FIELDS,
    assign_mentions,
    best_mention,
    country_ok,
    judge,
    satisfies,
    type_ok,
)
from timeline.models import Mention

BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
NO_MENTION = "(none)"
TOP_ERRORS = 10


@dataclass(frozen=True)
class RecordResult:
    """One gold record and what the extraction made of it."""

    record: GoldRecord
    mentions: tuple[Mention, ...]
    rejected: str | None = None


@dataclass(frozen=True)
class EventJudgement:
    """One gold event: its best mention, right/wrong per field, and the error kinds."""

    mention: Mention | None
    fields: dict[str, bool]
    errors: tuple[str, ...]


@dataclass
class FileScore:
    """Every figure of one gold file."""

    name: str
    kind: str
    sha256: str
    records: int
    gold_events: int
    fields: dict[str, Share]
    fields_if_detected: dict[str, Share]
    fields_aliased: dict[str, Share]
    triples: dict[str, PrecisionRecall]
    empty_records: int
    empty_with_mentions: int
    empty_mentions: int
    reliability: list[Band] | None
    confusion: dict[str, Counter[str]]
    errors: list[ErrorKind]
    non_iso_codes: dict[str, int]
    non_iso_events: int
    ignored_fields: tuple[str, ...] = ()
    required_found: Share | None = None
    self_dyads: int | None = None
    judgements: list[list[EventJudgement]] = field(default_factory=list)

    @property
    def false_positive_share(self) -> float | None:
        return self.empty_with_mentions / self.empty_records if self.empty_records else None

    @property
    def mentions_per_empty_record(self) -> float | None:
        return self.empty_mentions / self.empty_records if self.empty_records else None


def score_file(gold: GoldFile, results: Sequence[RecordResult], name: str) -> FileScore:
    """Score one gold file's extraction results (in the gold's record order)."""
    judgements = [judge_record(r, NO_ALIASES) for r in results]
    aliased = [judge_record(r, COUNTRY_ALIASES) for r in results]
    events = [
        (r, e, j) for r, js in zip(results, judgements, strict=True)
        for e, j in zip(r.record.events, js, strict=True)
    ]  # fmt: skip
    empty = [r for r in results if not r.record.events]
    codes = Counter(
        a.country for _, e, _ in events for a in (e.source or ()) + (e.target or ())
        if a.country is not None and is_gold_difference(a.country)
    )  # fmt: skip
    score = FileScore(
        name=name,
        kind=gold.kind,
        sha256=gold.sha256,
        records=len(results),
        gold_events=len(events),
        fields=_shares(j for js in judgements for j in js),
        fields_if_detected=_shares(j for js in judgements for j in js if j.mention is not None),
        fields_aliased=_shares(j for js in aliased for j in js),
        triples=_all_triples(results),
        empty_records=len(empty),
        empty_with_mentions=sum(1 for r in empty if r.mentions),
        empty_mentions=sum(len(r.mentions) for r in empty),
        reliability=reliability(results),
        confusion=_confusion(events),
        errors=_top_errors(results, judgements),
        non_iso_codes=dict(sorted(codes.items())),
        non_iso_events=sum(
            1
            for _, e, _ in events
            if any(is_gold_difference(a.country) for a in (e.source or ()) + (e.target or ()))
        ),
        ignored_fields=gold.ignored_fields,
        judgements=judgements,
    )
    if gold.kind == "seed":
        score.required_found, score.self_dyads = _seed_rules(results)
    return score


def judge_record(result: RecordResult, aliases: Mapping[str, str]) -> list[EventJudgement]:
    """Each gold event of the record against its own mention (one-to-one, best agreement)."""
    judged = []
    events = result.record.events
    for event, mention in zip(
        events, assign_mentions(result.mentions, events, aliases), strict=True
    ):
        fields = judge(mention, event, aliases)
        judged.append(EventJudgement(mention, fields, tuple(error_kinds(mention, event, fields))))
    return judged


def _shares(judgements: Iterable[EventJudgement]) -> dict[str, Share]:
    shares = {f: Share() for f in FIELDS}
    for judgement in judgements:
        for name, ok in judgement.fields.items():
            shares[name].add(ok)
    return {f: s for f, s in shares.items() if s.of}


def _all_triples(results: Sequence[RecordResult]) -> dict[str, PrecisionRecall]:
    out: dict[str, PrecisionRecall] = {}
    for label, aliases in (("", NO_ALIASES), ("_aliased", COUNTRY_ALIASES)):
        for kind in ("cameo", "plover"):
            found = triples(results, kind, aliases)
            if found.gold:
                out[kind + label] = found
    return out


def triples(
    results: Sequence[RecordResult], kind: str, aliases: Mapping[str, str]
) -> PrecisionRecall:
    """(source, target, CAMEO root or PLOVER type) per record, on records whose gold gives it.

    Each gold event can be matched by one distinct extracted triple (greedy, in sorted order).
    """
    counts = PrecisionRecall()
    for result in results:
        events = result.record.events
        if not events or not all(
            e.cameo_roots if kind == "cameo" else e.plover_type for e in events
        ):
            continue
        extracted = sorted(
            {
                (m.source_country or "", m.target_country or "", _action(m, kind))
                for m in result.mentions
            }
        )
        used: set[int] = set()
        for event in events:
            hit = next(
                (
                    i
                    for i, t in enumerate(extracted)
                    if i not in used and _accepts(event, t, kind, aliases)
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
        counts.extracted += len(extracted)
        counts.matched_extracted += len(used)
        counts.gold += len(events)
        counts.matched_gold += len(used)
    return counts


def _action(mention: Mention, kind: str) -> str:
    return mention.cameo_root if kind == "cameo" else mention.plover_type


def _accepts(
    event: GoldEvent, triple: tuple[str, str, str], kind: str, aliases: Mapping[str, str]
) -> bool:
    source, target, action = (value or None for value in triple)
    if event.source is not None and not country_ok(event.source, source, aliases):
        return False
    if event.target is not None and not country_ok(event.target, target, aliases):
        return False
    return action in event.cameo_roots if kind == "cameo" else action == event.plover_type


def mention_correct(mention: Mention, events: Sequence[GoldEvent]) -> bool:
    """Reliability's "correct": some gold event of the record agrees on dyad and action."""
    for event in events:
        if (
            event.source is None
            and event.target is None
            and not (event.cameo_roots or event.plover_type)
        ):
            continue
        if event.source is not None and not country_ok(
            event.source, mention.source_country, NO_ALIASES
        ):
            continue
        if event.target is not None and not country_ok(
            event.target, mention.target_country, NO_ALIASES
        ):
            continue
        if (event.cameo_roots or event.plover_type) and not type_ok(mention, event):
            continue
        return True
    return False


def reliability(results: Sequence[RecordResult]) -> list[Band] | None:
    """Confidence bands with the share of correct mentions; None when the gold codes no dyad."""
    codes_dyads = any(
        e.source is not None or e.target is not None or e.cameo_roots or e.plover_type
        for r in results for e in r.record.events
    )  # fmt: skip
    if not codes_dyads:
        return None
    counts = [[0, 0, 0.0] for _ in BANDS[:-1]]
    one_event = codes_one_event_per_record(results)
    for result in results:
        for mention, correct in judged_mentions(result, one_event=one_event):
            band = counts[min(int(mention.confidence * 5), len(counts) - 1)]
            band[0] += 1
            band[1] += correct
            band[2] += mention.confidence
    return [
        Band(BANDS[i], BANDS[i + 1], int(n), int(ok), total)
        for i, (n, ok, total) in enumerate(counts)
    ]


def codes_one_event_per_record(results: Sequence[RecordResult]) -> bool:
    """Does the gold code one event per record (every record has exactly one)? Such a gold picks
    a sentence for one event and leaves the sentence's other events uncoded."""
    return len(results) > 1 and all(len(r.record.events) == 1 for r in results)


def judged_mentions(result: RecordResult, *, one_event: bool) -> Iterator[tuple[Mention, bool]]:
    """The record's mentions that the gold can judge, each with whether it is right.

    Where every event is coded, every mention is judged. Where the gold codes one event per
    record, a mention of another action than the gold event's may be an uncoded event, so it is
    judged only when it is the record's best match for the gold event.
    """
    events = result.record.events
    best = best_mention(result.mentions, events[0], NO_ALIASES) if one_event else None
    for mention in result.mentions:
        if one_event and mention is not best and not type_ok(mention, events[0]):
            continue
        yield mention, mention_correct(mention, events)


def _confusion(
    events: Sequence[tuple[RecordResult, GoldEvent, EventJudgement]],
) -> dict[str, Counter[str]]:
    matrix: dict[str, Counter[str]] = {}
    for _, event, judgement in events:
        if event.plover_type is None:
            continue
        got = judgement.mention.plover_type if judgement.mention else NO_MENTION
        matrix.setdefault(event.plover_type, Counter())[got] += 1
    return dict(sorted(matrix.items()))


def _top_errors(
    results: Sequence[RecordResult], judgements: Sequence[Sequence[EventJudgement]]
) -> list[ErrorKind]:
    counts: Counter[str] = Counter()
    examples: dict[str, dict[str, str]] = {}

    def note(kind: str, result: RecordResult, gold: str, mention: Mention | None) -> None:
        counts[kind] += 1
        examples.setdefault(kind, _example(result, gold, mention))

    for result, judged in zip(results, judgements, strict=True):
        if result.rejected:
            note("article rejected", result, result.rejected, None)
        if not result.record.events and result.mentions:
            note("false positive on empty record", result, "no event", result.mentions[0])
        for event, judgement in zip(result.record.events, judged, strict=True):
            for kind in judgement.errors:
                note(kind, result, gold_summary(event), judgement.mention)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ERRORS]
    return [ErrorKind(kind, n, examples[kind]) for kind, n in top]


def _example(result: RecordResult, gold: str, mention: Mention | None) -> dict[str, str]:
    text = " ".join(result.record.text.split())
    return {
        "record": result.record.id,
        "text": text if len(text) <= 240 else text[:237] + "...",
        "gold": gold,
        "extracted": mention_summary(mention) if mention else "nothing",
    }


def _seed_rules(results: Sequence[RecordResult]) -> tuple[Share, int]:
    """The seed gold's own rules: required events found among the deduplicated events
    (with their minimum mention counts), and no event with the same actor on both sides."""
    found, self_dyads = Share(), 0
    for result in results:
        events, _ = cluster_events(result.mentions, {})
        for gold in result.record.events:
            found.add(any(satisfies(e, gold, NO_ALIASES, e.num_mentions) for e in events))
        self_dyads += sum(
            1 for e in events
            if e.target_actor_code is not None and e.source_actor_code == e.target_actor_code
        )  # fmt: skip
    return found, self_dyads
