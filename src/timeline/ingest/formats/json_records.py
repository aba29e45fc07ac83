"""JSON (one article object or an array of them) and JSON Lines (one article per line).

Field names of news-please and trafilatura are both understood (see metadata.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from timeline.errors import InputError
from timeline.ingest.decoding import decode_bytes, iter_text_lines
from timeline.ingest.metadata import RawRecord, RecordProblem, record_from_mapping
from timeline.ingest.options import IngestOptions
from timeline.ingest.streams import Opened, read_all


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]


def read_json(opened: Opened, options: IngestOptions) -> Iterator[RawRecord | RecordProblem]:
    """An object is one article (record None); an array's items are records 1, 2, ..."""
    text = decode_bytes(read_all(opened, options.max_decompressed_bytes))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # JSON Lines saved as .json: read it line by line
            yield from _records_from_lines(text.splitlines(keepends=True), options)
            return
        raise InputError(opened.path, f"not valid JSON ({_one_line(exc)}); fix the file") from exc
    except (ValueError, RecursionError) as exc:
        raise InputError(opened.path, f"not valid JSON ({_one_line(exc)}); fix the file") from exc
    if isinstance(data, dict):
        yield record_from_mapping(data, None, options.text_column)
        return
    if not isinstance(data, list):
        raise InputError(
            opened.path, "JSON is neither an article object nor an array of them; fix the file"
        )
    for index, item in enumerate(data, start=1):
        if isinstance(item, dict):
            yield record_from_mapping(item, index, options.text_column)
        else:
            yield RecordProblem(index, f"array item {index} is not a JSON object; fix or remove it")


def read_jsonl(opened: Opened, options: IngestOptions) -> Iterator[RawRecord | RecordProblem]:
    """One record per non-blank line, numbered by line; a broken line is that record's problem."""
    yield from _records_from_lines(iter_text_lines(opened.stream), options)


def _records_from_lines(
    lines: Iterable[str], options: IngestOptions
) -> Iterator[RawRecord | RecordProblem]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield RecordProblem(
                number, f"line {number} is not valid JSON ({_one_line(exc)}); fix or remove it"
            )
            continue
        if isinstance(item, dict):
            yield record_from_mapping(item, number, options.text_column)
        else:
            yield RecordProblem(number, f"line {number} is not a JSON object; fix or remove it")
