"""The raw evidence for a mention's `confidence`: named yes/no (or count) terms read off the
extraction alone, never off any gold.

Each term is a property that, on our gold sets, goes with a mention being right or wrong; how
much each one counts is fitted by `scripts/fit_confidence.py` into `confidence_calibration.json`
(see `timeline.normalise.confidence`), so the terms say what is looked at and the data file how
much it weighs.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.codes import DateResult
from timeline.extract.actors import TokenActor
from timeline.extract.frames import Frame
from timeline.models import DatePrecision, Modality

# dependency labels that open a clause below another: reported ("said that ..."), infinitive
# ("agreed to ..."), adverbial ("after ..."), relative ("which ...") and the like
CLAUSE_LABELS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp", "parataxis"}
)
# clauses that set the scene for another deed rather than tell one: "after troops shelled the
# town, ...", "the talks held in Geneva ..."
SCENE_LABELS = frozenset({"advcl", "acl", "relcl"})
MAX_CLAUSES = 2  # deeper than two clauses is no worse than two

TERMS = (
    "no_source",
    "source_by_reference",
    "no_target",
    "target_by_reference",
    "nominal",
    "date_known",
    "not_asserted",
    "clauses_below",
    "scene_clause",
)


def confidence_terms(
    frame: Frame,
    source: TokenActor | None,
    target: TokenActor | None,
    date: DateResult,
    modality: Modality,
) -> dict[str, float]:
    """The mention's terms that hold (absent terms are 0): a party missing or only found through
    a pronoun or the article's memory, a noun rather than a verb, no date, a deed not asserted,
    and how far below the sentence's main clause the trigger sits."""
    bounds = clause_bounds(frame.trigger)
    terms = {
        "no_source": float(source is None),
        "source_by_reference": float(source is not None and not source.direct),
        "no_target": float(target is None),
        "target_by_reference": float(target is not None and not target.direct),
        "nominal": float(frame.nominal),
        "date_known": float(date.precision is not DatePrecision.UNKNOWN),
        "not_asserted": float(modality is not Modality.ASSERTED),
        "clauses_below": float(min(len(bounds), MAX_CLAUSES)),
        "scene_clause": float(bool(bounds) and bounds[0] in SCENE_LABELS),
    }
    return {name: value for name, value in terms.items() if value}


def clause_bounds(trigger: Token) -> list[str]:
    """The labels of the clauses between the trigger and its sentence's root, nearest first
    ('Kyiv said Moscow agreed to talk': 'talk' -> ['xcomp', 'ccomp'])."""
    return [t.dep_ for t in (trigger, *trigger.ancestors) if t.dep_ in CLAUSE_LABELS]
