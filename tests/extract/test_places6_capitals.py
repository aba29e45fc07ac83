"""Where, on invented sentences: a capital named after its country's adjective with the name
left untagged, and a continent's name, which is no town once called so."""

from __future__ import annotations

import pytest

from timeline.normalise.places import Gazetteer
from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


def test_a_capital_named_after_its_country_s_adjective_is_that_town(
    extraction: Extraction,
) -> None:
    text = "The Japanese foreign minister will arrive in the Angolan capital Luanda on Friday."
    (visit,) = [m for m in mentions_of(extraction, text) if m.location_name]
    assert (visit.location_name, visit.location_country) == ("Luanda", "AGO")


def test_a_continent_s_name_is_no_town_once_called_so() -> None:
    gazetteer = Gazetteer.load()
    assert gazetteer.lookup("Africa") is None
    assert gazetteer.lookup("Asia") is None
