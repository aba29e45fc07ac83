"""A hostile corpus, generated (never committed): bad bytes, bad shapes, bombs, traps.

Each entry is written by a small function and says how many good articles it holds, so a test
can check that a build keeps every good article and turns every bad input into a reject.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

GOOD = (
    "Russian forces shelled the Ukrainian city of Kharkiv on Monday, killing three civilians, "
    "regional officials said. Ukraine's foreign ministry condemned the attack."
)


def good_text(n: int) -> str:
    """A distinct, codable article (distinct so none is a duplicate of another)."""
    return f"Report {n}. {GOOD} The governor said {n} buildings were damaged in the strike."


SECRET = "TOP-SECRET-VALUE-7f3a"
Maker = Callable[[Path], int]  # writes its files under the folder, returns good articles held


def binary_with_text_extension(folder: Path) -> int:
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 64)
    return 0


def empty_files(folder: Path) -> int:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "empty.jsonl").write_bytes(b"")
    return 0


def encodings(folder: Path) -> int:
    latin1 = good_text(1).replace("civilians", "civilians in a café")
    (folder / "latin1.txt").write_bytes(latin1.encode("latin-1"))
    cp1252 = good_text(2).replace("said.", "said \u2013 officials.")
    (folder / "cp1252.txt").write_bytes(cp1252.encode("cp1252"))
    (folder / "utf16.txt").write_bytes(good_text(3).encode("utf-16"))
    (folder / "invalid-utf8.txt").write_bytes(good_text(4).encode() + b"\xff\xfe\xfa broken tail.")
    (folder / "mojibake.txt").write_text(good_text(5) + " Ã©tÃ© Ã  Kyiv.", encoding="utf-8")
    return 5


def long_line(folder: Path) -> int:
    (folder / "huge.txt").write_text("word " * 11_000_000, encoding="utf-8")  # 55 MB, no newline
    return 0


def jsonl_with_a_broken_line(folder: Path) -> int:
    lines = [json.dumps({"title": f"t{n}", "maintext": good_text(10 + n)}) for n in range(3)]
    lines.insert(1, '{"title": "broken", "maintext": "unterminated')
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 3


def json_wrong_shapes(folder: Path) -> int:
    (folder / "wrong-types.json").write_text(json.dumps({"title": 5, "maintext": ["a", "b"]}))
    (folder / "no-text.json").write_text(json.dumps({"title": "only a title"}))
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    return 0


def csv_traps(folder: Path) -> int:
    (folder / "no-text-column.csv").write_text("title,date\nA,2024-01-01\n", encoding="utf-8")
    rows = [
        "title,text,date",
        f'"ok","{good_text(20)}",2024-03-04',
        '"ragged","only two fields"',
        f'"multi","{good_text(21)}\nwith an embedded newline.",2024-03-05',
    ]
    (folder / "ragged.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 2


def html_traps(folder: Path) -> int:
    (folder / "scripts.html").write_text(
        "<html><head><script>alert(1)</script></head><body><iframe src='x'></iframe>"
        f"<article><p>{good_text(30)}</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "no-body.html").write_text("<html><head><title>x</title></head></html>")
    (folder / "broken.html").write_text(f"<html><body><div><p>{good_text(31)}<p><b>unclosed")
    return 2


def xml_bombs(folder: Path) -> int:
    laughs = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    (folder / "laughs.rss").write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [{laughs}]><rss><channel><item><title>&lol9;</title>'
        "<description>x</description></item></channel></rss>"
    )
    secret = folder.parent / "outside-the-corpus" / "secret.txt"
    secret.parent.mkdir(exist_ok=True)
    secret.write_text(SECRET)
    (folder / "xxe.rss").write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><item><title>t</title><description>&x;</description></item></channel></rss>"
    )
    return 0


def gzip_bomb(folder: Path) -> int:
    with gzip.open(folder / "bomb.txt.gz", "wb") as handle:
        chunk = b"\0" * (1 << 20)
        for _ in range(600):  # 600 MB of zeros, a few hundred KB on disk
            handle.write(chunk)
    return 0


def awkward_names(folder: Path) -> int:
    (folder / "name with spaces.txt").write_text(good_text(40))
    (folder / "name\nwith newline.txt").write_text(good_text(41))
    (folder / "nön-ascii ünïcode.txt").write_text(good_text(42))
    return 3


def dates_and_language(folder: Path) -> int:
    for n, published in enumerate(("2999-01-01", "1850-06-01", "not a date")):
        (folder / f"date{n}.txt").write_text(good_text(50 + n))
        (folder / f"date{n}.meta.json").write_text(json.dumps({"published": published}))
    (folder / "german.txt").write_text(
        "Russische Truppen haben am Montag die ukrainische Stadt Charkiw beschossen und drei "
        "Zivilisten getötet, teilten die regionalen Behörden mit. Das Außenministerium der "
        "Ukraine verurteilte den Angriff scharf und forderte neue Sanktionen gegen Moskau."
    )
    (folder / "control.txt").write_text(good_text(60).replace(" ", " \x00\x07 ", 3))
    return 4


def symlink_loop(folder: Path) -> int:
    loop = folder / "loop"
    loop.mkdir()
    (loop / "self").symlink_to(loop, target_is_directory=True)
    (loop / "inside.txt").write_text(good_text(70))
    return 1


MAKERS: tuple[Maker, ...] = (
    binary_with_text_extension, empty_files, encodings, long_line, jsonl_with_a_broken_line,
    json_wrong_shapes, csv_traps, html_traps, xml_bombs, gzip_bomb, awkward_names,
    dates_and_language, symlink_loop,
)  # fmt: skip


def make_corpus(folder: Path) -> int:
    """Write every hostile input under `folder`; returns the number of good articles."""
    folder.mkdir(parents=True, exist_ok=True)
    return sum(make(folder) for make in MAKERS)
