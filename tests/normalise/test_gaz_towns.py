"""Towns below 15,000 people: found on disk, only in the country the text or event gives."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
from pathlib import Path

import pytest
from tests.extract.support import mentions_of

from timeline.models import GeoPrecision
from timeline.normalise.places import Gazetteer
from timeline.normalise.towns import CACHE_ENV, ensure_index
from timeline.pipeline import BuildOptions, Extraction


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_a_small_town_in_the_hinted_country(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Hazard", "USA")
    assert place is not None
    assert (place.name, place.admin1, place.precision) == (
        "Hazard", "Kentucky", GeoPrecision.CITY,
    )  # fmt: skip
    assert gazetteer.lookup("Hazard", "USA", small_towns=False) is None
    assert place.latitude == pytest.approx(37.25, abs=0.1)
    assert place.longitude == pytest.approx(-83.19, abs=0.1)


def test_a_small_town_needs_a_hint_of_its_own_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Aguelhok", "MLI") is not None
    assert gazetteer.lookup("Aguelhok") is None
    assert gazetteer.lookup("Aguelhok", "NER") is None


def test_a_big_namesake_or_a_country_is_not_lost_to_a_small_town(gazetteer: Gazetteer) -> None:
    berlin = gazetteer.lookup("Berlin", "USA")
    assert berlin is not None and berlin.country == "DEU"
    jordan = gazetteer.lookup("Jordan", "USA")
    assert jordan is not None and jordan.precision is GeoPrecision.COUNTRY


def test_the_gazetteer_still_pickles(gazetteer: Gazetteer) -> None:
    copy = pickle.loads(pickle.dumps(gazetteer))
    assert copy.lookup("Hazard", "USA") == gazetteer.lookup("Hazard", "USA")


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return Extraction(BuildOptions())


def test_a_town_the_text_sets_in_a_state_gets_its_point(extraction: Extraction) -> None:
    text = "Police arrested two men in Hazard, Kentucky, on Friday."
    placed = [m for m in mentions_of(extraction, text) if m.location_name]
    assert placed and {m.location_name for m in placed} == {"Hazard"}
    assert all(m.latitude is not None and m.geo_precision == "city" for m in placed)


def test_the_events_country_places_a_small_town_nothing_else_is_called(
    extraction: Extraction,
) -> None:
    alone = mentions_of(extraction, "Malian soldiers attacked rebels in Aguelhok on Friday.")
    assert {m.location_name for m in alone} == {"Aguelhok"}
    assert all(m.latitude is not None for m in alone)
    named = mentions_of(extraction, "Soldiers attacked rebels near Aguelhok, Mali, on Friday.")
    assert {m.location_name for m in named} == {"Aguelhok"}
    assert all(m.latitude is not None for m in named)


def test_the_index_is_built_once_where_no_cache_folder_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "not" / "yet"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    built: list[Path] = []
    workers = [threading.Thread(target=lambda: built.append(ensure_index())) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert len(built) == 2 and built[0] == built[1] and built[0].parent == folder
    assert built[0].stat().st_size > 1_000_000
    assert not list(folder.glob("*.tmp"))


_INHERITED: list[Gazetteer] = []  # handed to a forked child by fork itself, not by pickling


def _lookup_in_child() -> tuple[str | None, bool]:
    gazetteer = _INHERITED[0]
    place = gazetteer.lookup("Hazard", "USA")
    towns = gazetteer._towns
    assert towns is not None
    return (place.name if place else None), towns._pid == os.getpid()


def test_a_forked_worker_opens_its_own_connection(gazetteer: Gazetteer) -> None:
    gazetteer.lookup("Hazard", "USA")  # the parent's connection is open
    _INHERITED[:] = [gazetteer]
    context = multiprocessing.get_context("fork")
    with context.Pool(1) as pool:
        name, own = pool.apply(_lookup_in_child)
    assert name == "Hazard" and own


def test_the_version_names_every_packaged_places_file(gazetteer: Gazetteer) -> None:
    """A manifest's gazetteer version changes when any of its data files does."""
    named = {part.split("=")[0] for part in gazetteer.version.split()}
    assert named == {
        "places_admin1", "places_additions", "places_countries", "places_us_states",
        "places_waters",
    }  # fmt: skip
