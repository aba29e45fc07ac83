"""Gazetteer: names to GeoNames places, with country hints and country-level places."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.errors import ReferenceDataError
from timeline.models import GeoPrecision
from timeline.normalise.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_pyongyang_is_the_city(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Pyongyang")
    assert place is not None
    assert (place.name, place.country, place.geonames_id) == ("Pyongyang", "PRK", 1871859)
    assert place.precision is GeoPrecision.CITY
    assert place.latitude == pytest.approx(39.03, abs=0.05)
    assert place.longitude == pytest.approx(125.75, abs=0.05)


@pytest.mark.parametrize("name", ["Russia", "the Russian Federation", "russia"])
def test_country_names_give_country_precision(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert place.precision is GeoPrecision.COUNTRY
    assert (place.country, place.geonames_id) == ("RUS", 2017370)
    assert place.latitude is not None and 40 < place.latitude < 75


def test_short_country_names(gazetteer: Gazetteer) -> None:
    for name, iso3 in [
        ("UK", "GBR"),
        ("the United States", "USA"),
        ("North Korea", "PRK"),
        ("Iran", "IRN"),
    ]:
        place = gazetteer.lookup(name)
        assert (
            place is not None and place.country == iso3 and place.precision is GeoPrecision.COUNTRY
        )


def test_country_hint_decides_between_namesakes(gazetteer: Gazetteer) -> None:
    ukr = gazetteer.lookup("Donetsk", "UKR")
    rus = gazetteer.lookup("Donetsk", "RUS")
    assert ukr is not None and (ukr.country, ukr.precision) == ("UKR", GeoPrecision.CITY)
    assert ukr.geonames_id == 709717 and ukr.admin1 == "Donetsk Oblast"
    assert rus is not None and rus.country == "RUS" and rus.geonames_id != ukr.geonames_id


def test_ambiguous_name_goes_to_most_populous(gazetteer: Gazetteer) -> None:
    paris = gazetteer.lookup("Paris")
    assert paris is not None and paris.country == "FRA"
    odessa = gazetteer.lookup("Odessa")  # an alternate name of Odesa, Ukraine
    assert odessa is not None and odessa.country == "UKR"
    kiev = gazetteer.lookup("Kiev")
    assert kiev is not None and kiev.name == "Kyiv"


def test_additions_cover_regions_in_the_news(gazetteer: Gazetteer) -> None:
    crimea = gazetteer.lookup("Crimea")
    assert (
        crimea is not None and crimea.precision is GeoPrecision.ADMIN1 and crimea.country == "UKR"
    )
    gaza = gazetteer.lookup("the Gaza Strip")
    assert gaza is not None and gaza.country == "PSE" and gaza.precision is GeoPrecision.ADMIN1
    tigray = gazetteer.lookup("Tigray region")
    assert tigray is not None and tigray.country == "ETH"


def test_admin1_names(gazetteer: Gazetteer) -> None:
    idlib = gazetteer.lookup("Idlib")
    assert idlib is not None and idlib.admin1 == "Idlib Governorate"
    springfield = gazetteer.lookup("Springfield", "USA")
    assert springfield is not None and springfield.admin1 in {
        "Missouri",
        "Illinois",
        "Massachusetts",
    }
    moscow = gazetteer.lookup("Moscow")
    assert moscow is not None and moscow.admin1 is not None and moscow.admin1.startswith("RU.")


def test_country_place(gazetteer: Gazetteer) -> None:
    place = gazetteer.country_place("PRK")
    assert place is not None
    assert (place.name, place.geonames_id, place.precision) == (
        "North Korea",
        1873107,
        GeoPrecision.COUNTRY,
    )
    assert place.latitude == pytest.approx(40.3, abs=1.0)
    assert gazetteer.country_place("ZZZ") is None


def test_unknown_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Xyzzyville") is None
    assert gazetteer.lookup("") is None


def test_user_file_adds_places(tmp_path: Path) -> None:
    extra = tmp_path / "places.json"
    extra.write_text(
        json.dumps(
            {
                "version": "x",
                "description": "t",
                "entries": [
                    {
                        "name": "Paris",
                        "aliases": ["Camp Paris"],
                        "country": "USA",
                        "admin1": "Texas",
                        "geonames_id": None,
                        "lat": 33.66,
                        "lon": -95.55,
                        "precision": "city",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    g = Gazetteer.load([extra])
    paris = g.lookup("Paris")
    assert paris is not None and paris.country == "USA"
    assert g.version.startswith("places_additions=") and " +user." in g.version


@pytest.mark.parametrize(
    "entries",
    [
        [{"name": "X", "lat": 100, "lon": 0}],
        [{"name": "X", "lat": 1, "lon": 2, "precision": "street"}],
        [{"iso3": "xx", "lat": 1, "lon": 2}],
    ],
)
def test_malformed_place_file(tmp_path: Path, entries: list[dict[str, object]]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"version": "1", "entries": entries}), encoding="utf-8")
    with pytest.raises(ReferenceDataError):
        Gazetteer.load([bad])


def test_a_capital_is_not_outranked_by_another_city_s_alternate_name(
    gazetteer: Gazetteer,
) -> None:
    dili = gazetteer.lookup("Dili")  # also an alternate name of Delhi, a far bigger city
    assert dili is not None and dili.country == "TLS"
    odesa = gazetteer.lookup("Odessa")  # an alternate name still beats a small primary one
    assert odesa is not None and odesa.country == "UKR"
