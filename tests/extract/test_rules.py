"""Extraction rules, one sentence each, through the real spaCy pipeline and reference data."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.models import DatePrecision, Modality
from timeline.pipeline import Extraction

from .support import mentions_of, one

pytestmark = pytest.mark.slow


def test_subject_object_date_and_place(extraction: Extraction) -> None:
    m = one(mentions_of(extraction, "Russian forces shelled Kharkiv on Sunday."), "19")
    assert (m.source_country, m.source_role) == ("RUS", "MIL")
    assert m.event_date == dt.date(2024, 10, 6) and m.date_precision is DatePrecision.DAY
    assert m.modality is Modality.ASSERTED


def test_nominal_visit_takes_by_and_to(extraction: Extraction) -> None:
    text = "Kim praised the ties after a visit by Putin to Pyongyang."
    visit = one(mentions_of(extraction, text), "04")
    assert (visit.source_country, visit.target_country) == ("RUS", "PRK")
    assert visit.location_name == "Pyongyang" and visit.geonames_id == 1871859
    assert visit.date_precision is DatePrecision.UNKNOWN  # an earlier event, mentioned in passing


def test_accused_is_the_doer_and_the_deed_is_alleged(extraction: Extraction) -> None:
    text = "The United States accused North Korea of supplying Russia with artillery shells."
    supply = one(mentions_of(extraction, text), "07")
    assert (supply.source_country, supply.target_country) == ("PRK", "RUS")
    assert supply.modality is Modality.ALLEGED


def test_object_of_invite_is_the_visitor(extraction: Extraction) -> None:
    text = "Kim Jong Un invited Vladimir Putin to visit North Korea."
    visit = [m for m in mentions_of(extraction, text) if m.cameo_code == "042"]
    assert [(m.source_country, m.target_country) for m in visit] == [("RUS", "PRK")]


def test_dateline_city_is_not_an_actor(extraction: Extraction) -> None:
    text = "SEOUL, June 20 (Harbour Daily) – Vladimir Putin visited Pyongyang on Wednesday."
    mentions = mentions_of(extraction, text, dt.date(2024, 6, 20))
    assert mentions and all(m.source_country == "RUS" for m in mentions)
    assert all("KOR" not in (m.source_country, m.target_country) for m in mentions)


def test_pronoun_takes_the_person_named_before_it(extraction: Extraction) -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskiy spoke in Kyiv. "
        "He ruled out talks with Russia while Putin remained in power."
    )
    talks = one(mentions_of(extraction, text), "12")
    assert talks.source_country == "UKR"


def test_reported_would_is_a_plan_and_a_condition_is_hypothetical(extraction: Extraction) -> None:
    plan = one(mentions_of(extraction, "Germany said it would send tanks to Ukraine."), "07")
    assert (plan.source_country, plan.target_country) == ("DEU", "UKR")
    assert plan.modality is Modality.PLANNED
    text = "Washington could impose sanctions on Iran if talks fail."
    assert one(mentions_of(extraction, text), "16").modality is Modality.HYPOTHETICAL


def test_demanded_action_is_not_asserted(extraction: Extraction) -> None:
    text = "The United Nations demanded that Russia withdraw its troops from Ukraine."
    withdrawal = [m for m in mentions_of(extraction, text) if m.cameo_code.startswith("087")]
    # a deed demanded of another is the demand's content, no mention (test_events_asked)
    assert all(m.modality is Modality.HYPOTHETICAL for m in withdrawal)


def test_negation(extraction: Extraction) -> None:
    text = "Israel did not attack Iranian nuclear sites on Saturday."
    assert one(mentions_of(extraction, text), "19").modality is Modality.NEGATED


def test_background_is_never_given_the_publication_date(extraction: Extraction) -> None:
    text = "During the Cold War, the Soviet Union supplied North Korea with weapons."
    supply = one(mentions_of(extraction, text), "07")
    assert supply.date_precision is DatePrecision.UNKNOWN and supply.event_date is None


def test_span_bound_is_not_the_event_date(extraction: Extraction) -> None:
    text = "The Houthis have attacked ships of Israel since November."
    attack = one(mentions_of(extraction, text), "19")
    assert attack.date_text is None or "November" not in attack.date_text
    assert attack.event_date != dt.date(2023, 11, 1)


def test_no_publication_date_means_unknown(extraction: Extraction) -> None:
    attack = one(mentions_of(extraction, "Russian forces shelled Kharkiv.", None), "19")
    assert attack.date_precision is DatePrecision.UNKNOWN and attack.event_date is None


def test_same_actor_on_both_sides_drops_the_target(extraction: Extraction) -> None:
    for m in mentions_of(extraction, "Russia criticised Russia's own central bank on Monday."):
        assert m.source_actor_code != m.target_actor_code


def test_sentences_rooted_in_a_noun_end_and_are_coded(extraction: Extraction) -> None:
    """Regression: climbing heads from a noun to a verb once looped forever where the root is
    no verb (spaCy makes a new Token object on every `.head`, so identity never held)."""
    import signal

    def hung(*_: object) -> None:
        raise TimeoutError("extraction did not finish: a head-climbing loop never ends")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        invasion = mentions_of(
            extraction,
            "Western sanctions on Russia after the invasion of Ukraine by Russian forces.",
        )
        visit = mentions_of(extraction, "A visit by Putin to Pyongyang, the first in 24 years")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [(m.cameo_root, m.source_country, m.target_country) for m in invasion] == [
        ("19", "RUS", "UKR")
    ]
    assert [(m.cameo_code, m.source_country, m.target_country) for m in visit] == [
        ("042", "RUS", "PRK")
    ]


def test_a_measure_s_of_object_is_the_thing_acted_on(extraction: Extraction) -> None:
    aid = one(mentions_of(extraction, "Japan gave Kenya 5 million dollars of aid."), "07")
    assert (aid.source_country, aid.target_country, aid.cameo_code) == ("JPN", "KEN", "070")
    talks = mentions_of(extraction, "Russia and Ukraine held a new round of talks in Istanbul.")
    assert [(m.source_country, m.target_country, m.cameo_root) for m in talks] == [
        ("RUS", "UKR", "04")
    ]


def test_a_relative_clause_s_subject_is_the_noun_it_hangs_from(extraction: Extraction) -> None:
    text = "The United States sanctioned Iran, which had supplied drones to Russia."
    supply = one(mentions_of(extraction, text), "07")
    assert (supply.source_country, supply.target_country) == ("IRN", "RUS")


def test_a_judged_deed_is_not_the_judge_s_own(extraction: Extraction) -> None:
    mentions = mentions_of(extraction, "Germany condemned the attack on the embassy in Kabul.")
    assert [m.cameo_root for m in mentions] == ["11"]  # no attack by Germany
    assert mentions[0].source_country == "DEU"


def test_an_object_naming_the_verb_s_event_is_one_event(extraction: Extraction) -> None:
    mentions = mentions_of(extraction, "Kenya and Uganda signed a trade agreement on Monday.")
    assert [(m.source_country, m.target_country, m.cameo_code) for m in mentions] == [
        ("KEN", "UGA", "057")
    ]


def test_northern_ireland_is_the_united_kingdom(extraction: Extraction) -> None:
    text = "Police in Northern Ireland arrested two men in Belfast on Monday."
    arrest = one(mentions_of(extraction, text), "17")
    assert arrest.source_country == "GBR"


def test_a_refused_future_deed_has_no_date(extraction: Extraction) -> None:
    text = "Germany will not deliver tanks to Ukraine, Chancellor Olaf Scholz said on Monday."
    delivery = one(mentions_of(extraction, text), "07")
    assert delivery.modality is Modality.NEGATED
    assert delivery.event_date is None and delivery.date_precision is DatePrecision.UNKNOWN


def test_a_site_named_after_its_town_is_placed_at_the_town(extraction: Extraction) -> None:
    text = "A U.S. drone strike near Baghdad International Airport killed an Iranian commander."
    strike = one(mentions_of(extraction, text), "18")
    assert strike.location_name == "Baghdad International Airport"
    assert strike.geonames_id is None and strike.location_country == "IRQ"
    assert strike.latitude is not None and strike.longitude is not None
    assert abs(strike.latitude - 33.34) < 0.5 and abs(strike.longitude - 44.40) < 0.5


def test_a_light_verb_with_no_object_acts_on_its_in_or_on_object(extraction: Extraction) -> None:
    text = "Serb forces were engaged in ethnic cleansing against the Albanian population."
    cleansing = one(mentions_of(extraction, text), "20")
    assert (cleansing.source_country, cleansing.source_role) == ("SRB", "MIL")
    assert cleansing.cameo_code == "203"
    strike = one(mentions_of(extraction, "Nurses in Kenya went on strike on Monday."), "14")
    assert strike.cameo_code == "143" and strike.source_country == "KEN"


def test_the_victims_of_a_passive_deed_are_not_its_doers(extraction: Extraction) -> None:
    text = "Three Iraqi civilians were killed in a car bombing in central Baghdad."
    killing = one(mentions_of(extraction, text), "18")
    assert killing.source_country is None and killing.target_country == "IRQ"


def test_a_means_is_not_the_doer_of_what_it_is_used_for(extraction: Extraction) -> None:
    text = "Liberian riot police used tear gas to disperse demonstrators in Monrovia."
    dispersal = one(mentions_of(extraction, text), "17")
    assert (dispersal.source_country, dispersal.source_role) == ("LBR", "COP")


def test_a_noun_s_participle_clause_names_its_doer(extraction: Extraction) -> None:
    text = "The rebels issued a declaration demanding that the Turkish government provide data."
    demand = one(mentions_of(extraction, text), "10")
    assert demand.source_role == "REB" and demand.target_country == "TUR"
    text = "Police dispersed a demonstration staged by students against the government in Ankara."
    protest = one(mentions_of(extraction, text), "14")
    assert (protest.source_role, protest.target_role) == ("EDU", "GOV")


def test_what_an_agreement_is_to_do_is_its_content(extraction: Extraction) -> None:
    text = "Russia and North Korea signed an agreement to assist each other in case of aggression."
    mentions = mentions_of(extraction, text)
    assert [(m.source_country, m.target_country, m.cameo_code) for m in mentions] == [
        ("RUS", "PRK", "057")
    ]


def test_staged_is_a_form_of_stage(extraction: Extraction) -> None:
    text = "Algerian activists staged a hunger strike in Algiers on Sunday."
    strike = one(mentions_of(extraction, text), "14")
    assert strike.cameo_code == "142" and strike.source_country == "DZA"


def test_a_partner_joined_to_a_title_is_found(extraction: Extraction) -> None:
    text = "U.S. President Barack Obama and Russian President Dmitry Medvedev signed a treaty."
    treaty = one(mentions_of(extraction, text, dt.date(2010, 4, 8)), "05")
    assert (treaty.source_country, treaty.target_country) == ("USA", "RUS")


def test_the_receiver_of_a_thing_can_hang_from_the_thing(extraction: Extraction) -> None:
    text = "The United States resumed sharing intelligence with Ukraine on Wednesday."
    sharing = one(mentions_of(extraction, text), "06")
    assert (sharing.source_country, sharing.target_country) == ("USA", "UKR")


def test_a_known_place_the_entity_recogniser_missed(extraction: Extraction) -> None:
    text = "Russian artillery shelled towns across the Donetsk region on Monday."
    shelling = one(mentions_of(extraction, text), "19")
    assert shelling.location_country == "UKR" and shelling.location_admin1 == "Donetsk Oblast"


def test_a_message_of_condolence_and_an_approved_loan(extraction: Extraction) -> None:
    text = "Japan sent a message of condolence to Turkey on Tuesday."
    assert one(mentions_of(extraction, text), "01").cameo_code == "018"
    text = "The IMF approved a $3 billion bailout for Sri Lanka on Monday."
    loan = one(mentions_of(extraction, text), "07")
    assert loan.cameo_code == "071" and loan.target_country == "LKA"


def test_a_denial_does_not_negate_what_its_object_describes(extraction: Extraction) -> None:
    text = "The Kremlin dismissed a U.S. intelligence report that accused Russia of hacking."
    accusation = one(mentions_of(extraction, text), "11")
    assert accusation.source_country == "USA" and accusation.modality is Modality.ASSERTED


def test_a_named_place_taken_is_territory(extraction: Extraction) -> None:
    text = "Sri Lankan troops captured Jaffna on Monday."
    capture = one(mentions_of(extraction, text), "19")
    assert capture.cameo_code == "192" and capture.location_name == "Jaffna"
