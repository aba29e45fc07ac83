"""A finding about a deed told in a relative clause on it charges whoever did the deed, and a
charge of genocide is one of war crimes (1124).

Each test is one invented sentence through the real spaCy pipeline and reference data.
"""

from __future__ import annotations

import pytest

from timeline.pipeline import Extraction

from .support import mentions_of, one


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "finder", "doer"),
    [
        (
            "Sudanese militias killed thousands of Masalit in El Geneina in 2023, a massacre "
            "that UN investigators said was genocide.",
            "IGO",
            "SDN",
        ),
        (
            "Russian forces shelled a maternity hospital in Mariupol, an attack which Ukrainian "
            "prosecutors later said had been carried out with genocidal intent.",
            "UKR",
            "RUS",
        ),
    ],
)
def test_a_finding_on_a_deed_charges_its_doer(
    extraction: Extraction, text: str, finder: str, doer: str
) -> None:
    charge = one(mentions_of(extraction, text), "11")
    assert (charge.cameo_code, charge.source_country, charge.target_country) == (
        "1124",
        finder,
        doer,
    )


@pytest.mark.slow
def test_a_finding_of_genocide_is_a_charge_of_war_crimes(extraction: Extraction) -> None:
    text = "UN investigators found that Myanmar's army had committed genocide."
    charge = one(mentions_of(extraction, text), "11")
    assert (charge.cameo_code, charge.target_country) == ("1124", "MMR")


@pytest.mark.slow
def test_a_deed_judged_lawful_is_charged_with_nothing(extraction: Extraction) -> None:
    text = (
        "Israeli jets struck a depot in Damascus on Monday, an attack which the army said "
        "had been carried out against Iranian weapons."
    )
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "11"]


@pytest.mark.slow
def test_an_inquirys_report_of_a_deed_is_a_finding(extraction: Extraction) -> None:
    text = (
        "UN investigators said on Tuesday that Sudanese paramilitaries had shelled refugee "
        "camps in Darfur."
    )
    charge = one(mentions_of(extraction, text), "11")
    assert (charge.source_country, charge.target_country) == ("IGO", "SDN")


@pytest.mark.slow
def test_an_officials_report_of_a_deed_accuses_no_one(extraction: Extraction) -> None:
    text = "Ukrainian officials said on Tuesday that Russian forces had shelled Kharkiv."
    assert not [m for m in mentions_of(extraction, text) if m.cameo_root == "11"]
