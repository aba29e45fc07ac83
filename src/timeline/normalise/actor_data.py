"""Reading and validating the actor dictionary files.

The files are JSON shaped ``{"version", "description", "entries"}``. Everything here turns them
into plain typed records once, and raises `ReferenceDataError` with the file and entry at fault,
so the matcher never has to second-guess its input.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.codes import IGO
from timeline.errors import ReferenceDataError
from timeline.reference.loader import entries_of, packaged_text, parse_envelope

# The CAMEO actor/agent role vocabulary (plus ELI for former office holders, REL for religious).
ROLES = frozenset(
    {
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "PTY",
        "COP",
        "JUD",
        "SPY",
        "MED",
        "EDU",
        "BUS",
        "CRM",
        "CVL",
        "REF",
        "LEG",
        "HLH",
        "IGO",
        "NGO",
        "ELI",
        "REL",
        "LAB",
        "AGR",
        "ENV",
        "UAF",
        "SEP",
        "INS",
    }
)
_ISO3 = re.compile(r"^[A-Z]{3}$")

# Tokens: abbreviations with dots ("U.S."), the possessive "'s", or a run of word characters.
TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|['’][sS]\b|\w+")
# Characters NFKD does not decompose but that transliterate to one ASCII letter.
_FOLD = str.maketrans(
    {"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"}
)


def fold(text: str) -> str:
    """Strip diacritics so "Erdoğan" and "Erdogan" meet; keeps case and length-agnostic."""
    text = text.translate(_FOLD)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def norm_token(raw: str) -> str:
    """The key of one token: folded, lower case, without abbreviation dots or apostrophes."""
    if raw[0] in "'’":
        return "'s"
    return fold(raw.replace(".", "")).lower()


def tokens_of(name: str) -> list[str]:
    """Raw tokens of a dictionary name, as the matcher will see them in running text."""
    return [m.group(0) for m in TOKEN_RE.finditer(name)]


def name_key(name: str) -> str:
    """Case-, punctuation- and hyphen-insensitive key of a whole name ("the" prefix dropped)."""
    toks = [norm_token(t) for t in tokens_of(name)]
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    return " ".join(toks)


@dataclass(frozen=True, slots=True)
class Term:
    """A period in which an actor held a role (end inclusive; None means still holding it)."""

    start: dt.date
    end: dt.date | None
    role: str
    country: str | None
    office: str


@dataclass(slots=True)
class CountryEntry:
    iso3: str
    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    seats: dict[str, str] = field(default_factory=dict)
    # names the country took only on a date (a bare "Congo" for Zaire after May 1997): before
    # it, or with no date known, the name keeps its older sense
    names_since: dict[str, dt.date] = field(default_factory=dict)


@dataclass(slots=True)
class NamedEntry:
    """A person, organisation, armed group or media outlet."""

    name: str
    kind: str  # "person", "organisation", "group", "media"
    aliases: list[str]
    country: str | None
    role: str | None  # role outside any term (a person's default_role)
    terms: list[Term]
    surname: str | None = None
    match_surname: bool = True


@dataclass(frozen=True, slots=True)
class AgentEntry:
    words: tuple[str, ...]
    role: str | None
    label: str
    title: bool
    # a word for people of any body ("officials", "officers"): after a more specific agent
    # word ("army officers") the specific one gives the role
    generic: bool = False
    # armed men named only by their deed ("gunmen"): no body, so no country of their own
    unaffiliated: bool = False
    # a phrase that is an actor only after a country ("Saudi-led coalition"): after a party
    # ("Likud-led coalition") or alone it names no armed body
    of_country: bool = False


@dataclass(slots=True)
class DictionaryData:
    """Everything the files say, merged in load order (later files override earlier ones)."""

    versions: list[str] = field(default_factory=list)
    countries: dict[str, CountryEntry] = field(default_factory=dict)
    named: dict[tuple[str, str], NamedEntry] = field(default_factory=dict)
    agents: list[tuple[AgentEntry, bool]] = field(default_factory=list)  # (entry, from user file)
    nonactors: list[str] = field(default_factory=list)
    user_named: set[tuple[str, str]] = field(default_factory=set)


PACKAGED_FILES = (
    "actors_countries.json",
    "actors_people.json",
    "actors_organisations.json",
    "actors_media.json",
    "actors_agents.json",
    "actors_nonactors.json",
)


def read_json(path: str, text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse one data file and check its envelope; return its version and entries."""
    version, document = parse_envelope(path, text)
    return version, entries_of(path, document)


class _Checker:
    """Typed accessors over one entry that raise a ReferenceDataError naming the entry."""

    def __init__(self, path: str, index: int, entry: Mapping[str, Any]) -> None:
        self.path, self.index, self.entry = path, index, entry

    def fail(self, reason: str) -> ReferenceDataError:
        return ReferenceDataError(self.path, f"entry {self.index}: {reason}")

    def str_(self, key: str, *, required: bool = True) -> str | None:
        value = self.entry.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"'{key}' must be a non-empty string")
        return value

    def strs(self, key: str) -> list[str]:
        value = self.entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"'{key}' must be a list of non-empty strings")
        return list(value)

    def country(self, key: str = "country", *, required: bool = False) -> str | None:
        value = self.str_(key, required=required)
        if value is not None and not (_ISO3.match(value) or value == IGO):
            raise self.fail(f"'{key}' must be an ISO 3166-1 alpha-3 code or IGO, not {value!r}")
        return value

    def role(self, value: object, *, required: bool = False) -> str | None:
        if value is None and not required:
            return None
        if not isinstance(value, str) or value not in ROLES:
            raise self.fail(f"unknown role {value!r} (known: {', '.join(sorted(ROLES))})")
        return value

    def date(self, value: object, what: str) -> dt.date:
        if not isinstance(value, str):
            raise self.fail(f"{what} must be an ISO date string")
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise self.fail(f"{what} {value!r} is not an ISO date") from exc

    def terms(self) -> list[Term]:
        raw = self.entry.get("terms", [])
        if not isinstance(raw, list):
            raise self.fail("'terms' must be a list")
        out: list[Term] = []
        for t in raw:
            if not isinstance(t, dict):
                raise self.fail("each term must be an object")
            start = self.date(t.get("start"), "term start")
            end = None if t.get("end") is None else self.date(t.get("end"), "term end")
            if end is not None and end < start:
                raise self.fail(f"term ends ({end}) before it starts ({start})")
            country = t.get("country")
            if country is not None and not (
                isinstance(country, str) and (_ISO3.match(country) or country == IGO)
            ):
                raise self.fail(f"term country {country!r} is not an alpha-3 code or IGO")
            office = t.get("office", "")
            out.append(
                Term(
                    start,
                    end,
                    self.role(t.get("role", "GOV"), required=True) or "GOV",
                    country,
                    str(office),
                )
            )
        return out


def _entry_kind(entry: Mapping[str, Any]) -> str:
    """Which table a user-file entry belongs to, from its keys (packaged files: by name)."""
    if "iso3" in entry:
        return "country"
    if "words" in entry:
        return "agent"
    kind = entry.get("kind")
    if isinstance(kind, str):
        return kind
    if "surname" in entry or "terms" in entry or "default_role" in entry:
        return "person"
    return "nonactor"


def merge_file(
    data: DictionaryData, path: str, text: str, *, user: bool, kind: str | None = None
) -> None:
    """Validate one file and merge its entries into `data` (same name: the later entry wins)."""
    version, entries = read_json(path, text)
    data.versions.append(version)
    for i, entry in enumerate(entries):
        c = _Checker(path, i, entry)
        k = kind or _entry_kind(entry)
        if k == "country":
            iso3 = c.str_("iso3")
            assert iso3 is not None
            if not _ISO3.match(iso3):
                raise c.fail(f"'iso3' must be three capital letters, not {iso3!r}")
            seats = entry.get("seats", {})
            if not isinstance(seats, dict):
                raise c.fail("'seats' must be an object of name -> role")
            for role in seats.values():
                c.role(role, required=True)
            ce = data.countries.setdefault(iso3, CountryEntry(iso3))
            ce.names += c.strs("names")
            ce.demonyms += c.strs("demonyms")
            ce.capitals += c.strs("capitals")
            ce.seats.update({str(k2): str(v) for k2, v in seats.items()})
            since = entry.get("names_since", {})
            if not isinstance(since, dict):
                raise c.fail("'names_since' must be an object of name -> ISO date")
            ce.names_since.update({str(k2): c.date(v, "'names_since'") for k2, v in since.items()})
        elif k == "agent":
            title = entry.get("title", False)
            if not isinstance(title, bool):
                raise c.fail("'title' must be true or false")
            words = c.strs("words")
            if not words:
                raise c.fail("'words' must not be empty")
            role = c.role(entry.get("role"))
            label = c.str_("label", required=False) or (role or "").lower()
            generic = entry.get("generic", False)
            if not isinstance(generic, bool):
                raise c.fail("'generic' must be true or false")
            unaffiliated = entry.get("unaffiliated", False)
            if not isinstance(unaffiliated, bool):
                raise c.fail("'unaffiliated' must be true or false")
            of_country = entry.get("of_country", False)
            if not isinstance(of_country, bool):
                raise c.fail("'of_country' must be true or false")
            agent = AgentEntry(tuple(words), role, label, title, generic, unaffiliated, of_country)
            data.agents.append((agent, user))
        elif k == "nonactor":
            name = c.str_("name")
            assert name is not None
            data.nonactors.append(name)
        elif k in ("person", "organisation", "group", "media"):
            name = c.str_("name")
            assert name is not None
            match_surname = entry.get("match_surname", True)
            if not isinstance(match_surname, bool):
                raise c.fail("'match_surname' must be true or false")
            role_key = "default_role" if k == "person" else "role"
            named = NamedEntry(
                name=name,
                kind=k,
                aliases=c.strs("aliases"),
                country=c.country(),
                role=c.role(entry.get(role_key)),
                terms=c.terms(),
                surname=c.str_("surname", required=False),
                match_surname=match_surname,
            )
            key = (k, name_key(name))
            data.named[key] = named
            if user:
                data.user_named.add(key)
        else:
            raise c.fail(f"unknown kind {k!r} (person, organisation, group, media)")


def load_data(extra_files: tuple[Path, ...]) -> DictionaryData:
    """Read the packaged files, then the user's, into one validated `DictionaryData`."""
    data = DictionaryData()
    kinds = {
        "actors_countries.json": "country",
        "actors_people.json": "person",
        "actors_agents.json": "agent",
        "actors_nonactors.json": "nonactor",
        "actors_organisations.json": None,
        "actors_media.json": "media",
    }
    for name in PACKAGED_FILES:
        merge_file(data, name, packaged_text(name), user=False, kind=kinds[name])
    for path in extra_files:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ReferenceDataError(str(path), f"cannot be read ({exc.strerror})") from exc
        merge_file(data, str(path), text, user=True)
    return data


def iter_names(entry: NamedEntry) -> Iterator[str]:
    yield entry.name
    yield from entry.aliases
