"""Wires the stages: ingest -> nlp -> extract (+ normalise) -> validate -> dedup -> store.

The map step (per article) runs on an engine; this module keeps the books: which article went
where, the extraction cache, the staged mentions, and the reduce step (dedup and store).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import tempfile
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from timeline import __version__
from timeline.dedup.events import cluster_events
from timeline.errors import UsageError
from timeline.extraction import ArticleOutcome, BuildOptions, Extraction
from timeline.ingest import article_id_for, clean_text, iter_inputs
from timeline.models import SCHEMA_VERSION, Article, Event, Reject
from timeline.reduce import Books, reduce_build
from timeline.store.cache import ExtractionCache
from timeline.store.imported import previous_imports
from timeline.store.parquet import OutputWriter

ARTICLE_BATCH = 32
CACHE_FILE = Path(".cache") / "extractions.sqlite"
CODE_PACKAGES = ("timeline.extract", "timeline.normalise", "timeline.ingest")
CODE_FILES = ("extraction.py", "nlp.py", "models.py", "codes.py")
__all__ = ["ArticleOutcome", "BuildOptions", "BuildResult", "Extraction", "build", "extract_text"]


class Engine(Protocol):
    def map(self, batches: Iterable[list[Article]]) -> Iterator[ArticleOutcome]: ...


@dataclass
class BuildResult:
    """What a build did, for the summary: counts by kind and where the output is."""

    out: Path
    counts_by_kind: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # wall or CPU seconds per stage

    def counts(self) -> dict[str, int]:
        return dict(self.counts_by_kind)


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
        # named like a staging folder, so one left by a kill is tidied by the next build
        probe = f".{out.resolve().name}.building-probe-"
        tempfile.TemporaryDirectory(dir=existing, prefix=probe).cleanup()
    except OSError as exc:
        raise UsageError(
            f"output folder {out} is not writable ({exc.strerror}); choose another --out"
        ) from exc


def _open_cache(path: Path, fingerprint: str) -> ExtractionCache:
    """The extraction cache; one that cannot be made or opened stops the build before work."""
    try:
        return ExtractionCache(path, fingerprint)
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UsageError(
            f"extraction cache {path} cannot be used ({reason}); choose another --cache"
        ) from exc


def make_engine(options: BuildOptions) -> Engine:
    if options.engine == "dask":
        from timeline.engines.dask_engine import DaskEngine

        return DaskEngine(options)
    if options.engine != "local":
        raise UsageError(f"unknown engine {options.engine!r}; use 'local' or 'dask'")
    from timeline.engines.local import LocalEngine

    return LocalEngine(options)


def _outcomes(
    inputs: Sequence[str],
    options: BuildOptions,
    books: Books,
    cache: ExtractionCache,
    progress: Callable[[int], None] | None,
) -> Generator[ArticleOutcome, None, None]:
    """Every article's outcome from the engine; cached articles go to the books directly, so
    nothing waits in memory for the engine to ask for more."""

    def misses() -> Iterator[list[Article]]:
        items = iter_inputs(inputs, options.ingest, books.skipped)
        while True:
            started = time.perf_counter()
            batch = list(islice(items, ARTICLE_BATCH))
            books.seconds["ingest"] += time.perf_counter() - started
            if not batch:
                return
            todo = []
            for item in batch:
                if isinstance(item, Reject):
                    books.rejects.append(item)
                    continue
                hit = cache.get(item)
                if hit is None:
                    todo.append(item)
                    continue
                mentions, n_sentences, fingerprint = hit
                mentions = [
                    m.model_copy(update={"url": item.url, "outlet": item.outlet}) for m in mentions
                ]
                light = item.model_copy(
                    update={"text": "", "n_sentences": n_sentences, "n_mentions": len(mentions)}
                )
                books.add(ArticleOutcome(light, mentions, [], ok=True, fingerprint=fingerprint))
            if progress is not None:
                progress(len(batch))
            if todo:
                yield todo

    for outcome in make_engine(options).map(misses()):
        if outcome.ok:
            cache.put(outcome.article, outcome.mentions, outcome.article.n_sentences,
                      outcome.fingerprint)  # fmt: skip
        yield outcome


def pipeline_fingerprint(options: BuildOptions) -> dict[str, str]:
    """What decides an article's mentions, without loading the model: the cache key."""
    from importlib import metadata, resources

    digest = hashlib.sha256()
    data = resources.files("timeline.reference.data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        # the import/export crosswalks do not touch extraction: editing one keeps the cache
        if entry.name.endswith(".json") and not entry.name.startswith("crosswalk_"):
            digest.update(entry.name.encode() + entry.read_bytes())
    for path in options.dictionaries:
        digest.update(path.name.encode() + path.read_bytes())
    try:
        model = f"{options.model}-{metadata.version(options.model.replace('_', '-'))}"
    except metadata.PackageNotFoundError:
        model = options.model
    from timeline.extract.article import EXTRACTOR_VERSION

    code = hashlib.sha256()
    for package in CODE_PACKAGES:
        for entry in sorted(resources.files(package).iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".py"):
                code.update(entry.name.encode() + entry.read_bytes())
    for name in CODE_FILES:
        code.update(name.encode() + resources.files("timeline").joinpath(name).read_bytes())
    versions = {
        "extractor": EXTRACTOR_VERSION,
        "extractor_code": code.hexdigest()[:16],  # a code change must not reuse stale results
        "model": model,
        "reference": digest.hexdigest()[:16],
    }
    versions["fingerprint"] = hashlib.sha256(repr(sorted(versions.items())).encode()).hexdigest()[
        :16
    ]
    return versions


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
    versions = pipeline_fingerprint(options)
    # the workers keep what they build (the small-town index) beside it: nothing outside
    cache_path = options.cache or out / CACHE_FILE
    options = replace(options, cache=cache_path)
    cache = _open_cache(cache_path, versions["fingerprint"])
    try:
        with OutputWriter(out) as writer:
            books = Books(writer.staging)
            # closed at once on Ctrl-C or an error, so the engine's workers stop now
            with closing(_outcomes(inputs, options, books, cache, progress)) as outcomes:
                for outcome in outcomes:
                    books.add(outcome)
            counts = reduce_build(books, writer)
            counts["cache_hits"], counts["cache_misses"] = cache.hits, cache.misses
            counts["skipped_records"] = books.skipped.total
            cache.close()
            committing = time.perf_counter()
            manifest = _manifest(inputs, options, books, counts, versions)
            if counts["imported_events_kept"]:
                manifest["imports"] = previous_imports(out)
            writer.commit(manifest)
            books.seconds["store"] += time.perf_counter() - committing
    finally:
        cache.close()
    return BuildResult(out, counts, dict(books.seconds))


def _manifest(
    inputs: Sequence[str],
    options: BuildOptions,
    books: Books,
    counts: dict[str, int],
    versions: dict[str, str],
) -> dict[str, Any]:
    """The build's manifest: versions, inputs' fingerprint and counts."""
    fingerprint = hashlib.sha256()
    keys = books.keys.table().select(["where", "article_id"]).sort_by("where")
    for batch in keys.to_batches(max_chunksize=65_536):
        wheres, ids = batch.column(0).to_pylist(), batch.column(1).to_pylist()
        fingerprint.update("".join(f"{i}|{w}\n" for i, w in zip(ids, wheres, strict=True)).encode())
    return {
        "tool": "timeline",
        "tool_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "versions": versions,
        "model_name": options.model,
        "engine": options.engine,
        "inputs": list(inputs),
        "inputs_fingerprint": fingerprint.hexdigest(),
        "counts": counts,
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


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
