"""Wires the stages: ingest -> nlp -> extract (+ normalise) -> validate -> dedup -> store.

No logic of its own beyond bookkeeping: which article went where, and the counts of a build.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.language import Language

from timeline import __version__
from timeline.dedup.articles import ArticleKey, find_duplicates
from timeline.dedup.events import SourceInfo, cluster_events
from timeline.dedup.simhash import simhash
from timeline.errors import UsageError
from timeline.extract.article import EXTRACTOR_VERSION, ArticleExtractor
from timeline.ingest import IngestOptions, article_id_for, clean_text, iter_inputs
from timeline.models import SCHEMA_VERSION, Article, ArticleStatus, Event, Mention, Reject, Stage
from timeline.nlp import DEFAULT_MODEL, load_pipeline, model_version
from timeline.reference.bundle import Reference, load_reference
from timeline.store.parquet import write_output

ARTICLE_BATCH = 32
INPUT_STAGES = (Stage.INGEST, Stage.NLP, Stage.EXTRACT)  # rejects here lose a whole input record


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build can be told, with the defaults the CLI shows."""

    model: str = DEFAULT_MODEL
    ingest: IngestOptions = field(default_factory=IngestOptions)
    dictionaries: tuple[Path, ...] = ()


@dataclass
class BuildResult:
    """What a build did: its tables and its counts, for the summary and the manifest."""

    out: Path | None
    articles: list[Article]
    rejects: list[Reject]
    mentions: list[Mention]
    events: list[Event]

    def counts(self) -> dict[str, int]:
        by_status = {s: 0 for s in ArticleStatus}
        for article in self.articles:
            by_status[article.status] += 1
        rejected_inputs = sum(1 for r in self.rejects if r.stage in INPUT_STAGES)
        return {
            "inputs": by_status[ArticleStatus.OK]
            + by_status[ArticleStatus.DUPLICATE]
            + rejected_inputs,
            "articles_ok": by_status[ArticleStatus.OK],
            "duplicates": by_status[ArticleStatus.DUPLICATE],
            "rejected_inputs": rejected_inputs,
            "rejects": len(self.rejects),
            "mentions": len(self.mentions),
            "events": len(self.events),
        }


class Extraction:
    """The per-process part of the pipeline: the spaCy model, the reference data, the extractor."""

    def __init__(self, options: BuildOptions) -> None:
        self.reference: Reference = load_reference(options.dictionaries)
        self.nlp: Language = load_pipeline(options.model)
        self.extractor = ArticleExtractor(self.reference)

    def versions(self) -> dict[str, Any]:
        return {
            "extractor": EXTRACTOR_VERSION,
            "model": model_version(self.nlp),
            "reference": self.reference.versions(),
        }

    def run(self, articles: Sequence[Article]) -> Iterator[ArticleOutcome]:
        """Parse a batch of articles and extract their mentions; a failure rejects one article.

        A mention that fails validation becomes a reject of its own; its article stays ok.
        """
        docs = self.nlp.pipe((a.text for a in articles), batch_size=len(articles) or 1)
        for article, doc in zip(articles, docs, strict=True):
            try:
                mentions, invalid = self.extractor.extract(article, doc)
            except Exception as exc:  # a bug on one article is reported, never stops the build
                reason = f"extraction failed ({type(exc).__name__}: {exc}); rerun with --debug"
                yield ArticleOutcome(article, [], [_reject(article, Stage.EXTRACT, reason)])
                continue
            counted = article.model_copy(
                update={"n_sentences": sum(1 for _ in doc.sents), "n_mentions": len(mentions)}
            )
            rejects = [_reject(article, Stage.VALIDATE, reason) for reason in invalid]
            yield ArticleOutcome(counted, mentions, rejects, ok=True)


@dataclass(frozen=True)
class ArticleOutcome:
    """One article after extraction: its mentions, and rejects for it or its invalid mentions."""

    article: Article
    mentions: list[Mention]
    rejects: list[Reject]
    ok: bool = False


def _reject(article: Article, stage: Stage, reason: str) -> Reject:
    return Reject(
        input_path=article.input_path,
        record=article.record,
        article_id=article.article_id,
        stage=stage,
        reason=reason.replace("\n", " "),
    )


def check_output_folder(out: Path) -> None:
    """Stop before any work when the output folder cannot be written (tried, not guessed)."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"output {out} exists and is not a folder; choose another --out")
    existing = out.resolve()
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise UsageError(f"output {out} is inside the file {existing}; choose another --out")
    try:
        tempfile.TemporaryDirectory(dir=existing, prefix=".timeline-probe-").cleanup()
    except OSError as exc:
        raise UsageError(
            f"output folder {out} is not writable ({exc.strerror}); choose another --out"
        ) from exc


def _batches(items: Iterable[Article | Reject], size: int) -> Iterator[list[Article | Reject]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def run_build(
    inputs: Sequence[str],
    options: BuildOptions,
    progress: Callable[[int], None] | None = None,
) -> tuple[BuildResult, dict[str, Any]]:
    """Run every stage but store; returns the tables and the stage versions."""
    extraction = Extraction(options)
    articles: list[Article] = []
    rejects: list[Reject] = []
    mentions_by_article: dict[tuple[str, str, int | None], list[Mention]] = {}
    for batch in _batches(iter_inputs(inputs, options.ingest), ARTICLE_BATCH):
        readable = [item for item in batch if isinstance(item, Article)]
        rejects.extend(item for item in batch if isinstance(item, Reject))
        for outcome in extraction.run(readable):
            rejects.extend(outcome.rejects)
            if outcome.ok:
                articles.append(outcome.article)
                mentions_by_article[_where(outcome.article)] = outcome.mentions
        if progress is not None:
            progress(len(batch))

    keys = {
        _where(a): ArticleKey(a.input_path, a.record, a.article_id, a.published, simhash(a.text))
        for a in articles
    }
    duplicates = find_duplicates(list(keys.values()))
    by_key = {keys[_where(a)]: a for a in articles}
    sources: dict[str, list[SourceInfo]] = {}
    kept_mentions: list[Mention] = []
    final_articles: list[Article] = []
    for article in articles:
        key = keys[_where(article)]
        copy = duplicates.get(key)
        if copy is None:
            kept_mentions.extend(mentions_by_article[_where(article)])
            final_articles.append(article)
            carrier = by_key[key]
        else:
            kept = by_key[copy.kept]
            final_articles.append(
                article.model_copy(
                    update={
                        "status": ArticleStatus.DUPLICATE,
                        "duplicate_of": kept.article_id,
                        "duplicate_kind": copy.kind,
                        "reason": f"{copy.kind} copy of {kept.input_path}"
                        + (f" record {kept.record}" if kept.record else ""),
                        "n_mentions": 0,
                    }
                )
            )
            carrier = kept
        sources.setdefault(carrier.article_id, []).append(
            SourceInfo(
                article_id=article.article_id,
                where=f"{article.input_path}:{article.record or 0}",
                outlet=article.outlet,
                url=article.url,
                published=article.published,
            )
        )
    events, mentions = cluster_events(kept_mentions, sources)
    final_articles += [
        _rejected_article(r) for r in rejects if r.article_id and r.stage in INPUT_STAGES
    ]
    final_articles.sort(key=lambda a: (a.input_path, a.record or 0, a.article_id))
    rejects.sort(key=lambda r: (r.input_path, r.record or 0, r.stage.value, r.reason))
    result = BuildResult(None, final_articles, rejects, mentions, events)
    return result, extraction.versions()


def _where(article: Article) -> tuple[str, str, int | None]:
    return (article.article_id, article.input_path, article.record)


def _rejected_article(reject: Reject) -> Article:
    return Article(
        article_id=reject.article_id or "",
        input_path=reject.input_path,
        record=reject.record,
        status=ArticleStatus.REJECTED,
        reason=reject.reason,
    )


def manifest_for(
    inputs: Sequence[str], options: BuildOptions, result: BuildResult, versions: dict[str, Any]
) -> dict[str, Any]:
    """The build's manifest: versions, inputs' fingerprint and counts."""
    fingerprint = hashlib.sha256()
    for article in sorted(
        result.articles, key=lambda a: (a.article_id, a.input_path, a.record or 0)
    ):
        fingerprint.update(f"{article.article_id}|{article.input_path}|{article.record}\n".encode())
    return {
        "tool": "timeline",
        "tool_version": __version__,
        "schema_version": SCHEMA_VERSION,
        **versions,
        "model_name": options.model,
        "inputs": list(inputs),
        "inputs_fingerprint": fingerprint.hexdigest(),
        "counts": result.counts(),
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def build(
    inputs: Sequence[str],
    out: Path | str,
    options: BuildOptions | None = None,
    progress: Callable[[int], None] | None = None,
) -> BuildResult:
    """Build `inputs` into a Parquet timeline in `out` (written atomically)."""
    options = options or BuildOptions()
    out = Path(out)
    if not inputs:
        raise UsageError("no input given; name files, folders, globs or '-' for standard input")
    check_output_folder(out)
    result, versions = run_build(inputs, options, progress)
    write_output(
        out,
        events=result.events,
        mentions=result.mentions,
        articles=result.articles,
        rejects=result.rejects,
        manifest=manifest_for(inputs, options, result, versions),
    )
    result.out = out
    return result


def extract_text(
    text: str,
    published: dt.date | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    options: BuildOptions | None = None,
) -> list[Event]:
    """The events of one article given as text: for notebooks and `timeline extract`."""
    extraction = Extraction(options or BuildOptions())
    text = clean_text(text)
    article = Article(
        article_id=article_id_for(text),
        input_path="<text>",
        text=text,
        published=published,
        title=title,
        url=url,
        outlet=outlet,
        language="en",
    )
    (outcome,) = extraction.run([article])
    events, _ = cluster_events(outcome.mentions, {})
    return events
