"""A violent deed is coded by the weapon it was done with (when CAMEO codes that weapon) and
by its scale; a victim hurt when someone fired is one deed, by the shooter.

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The former mayor was killed by a car bomb in Sidon on Monday.", "1832"),
        ("Rebels killed four soldiers with a roadside bomb near Kandahar.", "1833"),
        ("The army killed dozens of villagers in a poison gas attack near Homs.", "2041"),
        ("Two suicide bombers attacked a market in Maiduguri on Friday.", "1831"),
        ("The Japanese premier toured the port destroyed by an American atomic bomb.", "2042"),
    ],
)
def test_the_weapon_codes_the_deed(extraction: Extraction, text: str, code: str) -> None:
    codes = [m.cameo_code for m in mentions_of(extraction, text)]
    assert code in codes, codes


def test_a_passive_subject_is_no_weapon(extraction: Extraction) -> None:
    text = "Two suicide bombers were arrested by Kenyan police in Mombasa on Sunday."
    codes = [m.cameo_code for m in mentions_of(extraction, text)]
    assert "1831" not in codes and "173" in codes, codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Government troops killed about 3,000 villagers in Darfur in 2004.", "202"),
        ("Rebels killed thousands of civilians in eastern Congo in 1999.", "202"),
        ("Rebels killed 300 civilians in eastern Congo in 1999.", "180"),
    ],
)
def test_killing_thousands_is_a_mass_killing(extraction: Extraction, text: str, code: str) -> None:
    killing = next(m for m in mentions_of(extraction, text) if m.action_text == "killed")
    assert killing.cameo_code == code


@pytest.mark.parametrize(
    "text",
    [
        "The Georgian opposition leader was seriously wounded on Monday when a gunman fired at "
        "him outside his home in Tbilisi.",
        "A Kenyan journalist was wounded when police fired at protesters in Nairobi.",
    ],
)
def test_a_victim_hurt_when_someone_fired_is_one_deed_by_the_shooter(
    extraction: Extraction, text: str
) -> None:
    mentions = mentions_of(extraction, text)
    assert len(mentions) == 1, [m.cameo_code for m in mentions]
    assert mentions[0].action_text == "wounded" and mentions[0].source_actor_code is not None
