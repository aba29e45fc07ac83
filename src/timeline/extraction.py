"""The per-article work of a build (nlp, extract, normalise, validate), run in any process.

Engines call `Extraction.run` on batches of articles; it needs nothing but the articles, so the
same function runs in this process, in a process pool or on a Dask worker.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from timeline.dedup.simhash import simhash
from timeline.extract.article import EXTRACTOR_VERSION, ArticleExtractor
from timeline.extract.phrase_patterns import phrase_pattern
from timeline.ingest import IngestOptions
from timeline.models import Article, Mention, Reject, Stage
from timeline.nlp import (
    DEFAULT_MODEL,
    NLP_BATCH_SIZE,
    load_pipeline,
    load_splitter,
    model_version,
    sentence_offsets,
)
from timeline.reference.bundle import Reference, load_reference


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build can be told, with the defaults the CLI shows."""

    model: str = DEFAULT_MODEL
    ingest: IngestOptions = field(default_factory=IngestOptions)
    dictionaries: tuple[Path, ...] = ()
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    cache: Path | None = None


@dataclass(frozen=True)
class ArticleOutcome:
    """One article after extraction: its mentions, and rejects for it or its invalid mentions.

    `article` no longer carries its text (engines send results back, not corpora);
    `fingerprint` is the SimHash of the text, for near-duplicate detection.
    """

    article: Article
    mentions: list[Mention]
    rejects: list[Reject]
    ok: bool = False
    fingerprint: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # time spent per stage on it


def reject_for(article: Article, stage: Stage, reason: str) -> Reject:
    return Reject(
        input_path=article.input_path,
        record=article.record,
        article_id=article.article_id,
        stage=stage,
        reason=reason.replace("\n", " "),
    )


class Extraction:
    """The spaCy model, the reference data and the extractor of one process."""

    def __init__(self, options: BuildOptions) -> None:
        towns = options.cache.parent if options.cache else None  # the build's cache folder
        self.reference: Reference = load_reference(options.dictionaries, towns)
        self.nlp: Language = load_pipeline(options.model)
        self.extractor = ArticleExtractor(self.reference)
        self.splitter = load_splitter()
        cues = self.reference.cues
        words = cues.person_pronouns | cues.thing_pronouns | cues.pair_subjects | cues.titles
        self.coreferring = phrase_pattern(words)

    def versions(self) -> dict[str, Any]:
        return {
            "extractor": EXTRACTOR_VERSION,
            "model": model_version(self.nlp),
            "reference": self.reference.versions(),
        }

    def fingerprint(self) -> str:
        """Hash of everything that decides an article's mentions: the extraction cache key."""
        return hashlib.sha256(json.dumps(self.versions(), sort_keys=True).encode()).hexdigest()[:16]

    def worth_parsing(self, sentence: str) -> bool:
        """Only a sentence naming an actor, or one that may refer back to one, can hold an
        event: the rest need no dependency parse."""
        return bool(self.coreferring.search(sentence)) or bool(self.reference.actors.find(sentence))

    def run(self, articles: Sequence[Article]) -> Iterator[ArticleOutcome]:
        """Parse a batch of articles and extract their mentions; a failure rejects one article.

        Sentences are split by rule first, and only those worth parsing go through the full
        pipeline, in one batch for all the articles. A mention that fails validation becomes a
        reject of its own; its article stays ok.
        """
        plans = []
        texts: list[str] = []
        for article in articles:
            started = time.perf_counter()
            offsets = sentence_offsets(self.splitter, article.text)
            kept = [(i, a, b) for i, (a, b) in enumerate(offsets)
                    if self.worth_parsing(article.text[a:b])]  # fmt: skip
            texts.extend(article.text[a:b] for _, a, b in kept)
            plans.append((article, len(offsets), kept, time.perf_counter() - started))
        docs = iter(self.nlp.pipe(texts, batch_size=NLP_BATCH_SIZE))
        for article, n_sentences, kept, split_seconds in plans:
            started = time.perf_counter()
            sentences = [(i, a, next(docs)[:]) for i, a, _ in kept]
            parsed = time.perf_counter()
            light = article.model_copy(update={"text": ""})
            try:
                mentions, invalid = self.extractor.extract_sentences(article, sentences)
            except Exception as exc:  # a bug on one article is reported, never stops the build
                reason = f"extraction failed ({type(exc).__name__}: {exc}); rerun with --debug"
                yield ArticleOutcome(light, [], [reject_for(article, Stage.EXTRACT, reason)])
                continue
            counted = light.model_copy(
                update={"n_sentences": n_sentences, "n_mentions": len(mentions)}
            )
            rejects = [reject_for(article, Stage.VALIDATE, reason) for reason in invalid]
            fingerprint = simhash(article.text)
            seconds = {
                "nlp": parsed - started + split_seconds,
                "extract": time.perf_counter() - parsed,
            }
            yield ArticleOutcome(counted, mentions, rejects, True, fingerprint, seconds)


# One Extraction per worker process, made by the pool's initializer (never at import).
_WORKER: list[tuple[BuildOptions, Extraction]] = []


def init_worker(options: BuildOptions) -> None:
    """Process-pool initializer: load the model and reference data once per worker."""
    _WORKER.clear()
    _WORKER.append((options, Extraction(options)))


def worker_options() -> BuildOptions | None:
    """The options this worker process was initialised with, if any."""
    return _WORKER[0][0] if _WORKER else None


def run_in_worker(articles: list[Article]) -> list[ArticleOutcome]:
    """Process-pool task: one batch of articles through this worker's Extraction."""
    return list(_WORKER[0][1].run(articles))
