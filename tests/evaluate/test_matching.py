from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from timeline.evaluate.codes import COUNTRY_ALIASES, NO_ALIASES, is_gold_difference
from timeline.evaluate.gold import GoldActor, GoldEvent, GoldLocation, parse_event
from timeline.evaluate.matching import (
    assign_mentions,
    best_mention,
    country_ok,
    given_fields,
    haversine_km,
    judge,
    satisfies,
)
from timeline.models import DatePrecision, Mention, Modality

MakeMention = Callable[..., Mention]
USA, JOR = GoldActor("USA"), GoldActor("JOR")


def test_country_is_any_listed_actor_and_empty_list_wants_none() -> None:
    assert country_ok((USA, JOR), "JOR", NO_ALIASES)
    assert not country_ok((USA,), "JOR", NO_ALIASES)
    assert country_ok((), None, NO_ALIASES)
    assert not country_ok((), "JOR", NO_ALIASES)


def test_aliases_map_cameo_codes_to_iso() -> None:
    japan = (GoldActor("JAP"),)
    assert not country_ok(japan, "JPN", NO_ALIASES)
    assert country_ok(japan, "JPN", COUNTRY_ALIASES)
    assert is_gold_difference("JAP") and is_gold_difference("NGO")
    assert not is_gold_difference("IGO") and not is_gold_difference("PSE")


def test_best_mention_agrees_most_and_ties_go_to_smallest_id(mention: MakeMention) -> None:
    gold = GoldEvent(source=(USA,), target=(JOR,), plover_type="AGREE")
    wrong = mention("a", source_country="FRA")
    right = mention("z")
    assert best_mention([wrong, right], gold, NO_ALIASES) is right
    assert best_mention([mention("b"), mention("a")], gold, NO_ALIASES).mention_id == "a"  # type: ignore[union-attr]
    assert best_mention([], gold, NO_ALIASES) is None


def test_one_mention_serves_one_gold_event_only(mention: MakeMention) -> None:
    """Two gold events and one extraction: the second event is not detected."""
    agree = GoldEvent(source=(USA,), target=(JOR,), plover_type="AGREE")
    also = GoldEvent(source=(USA,), target=(JOR,), plover_type="CONSULT")
    only = mention("a")
    assert assign_mentions([only], [agree, also], NO_ALIASES) == [only, None]


def test_assignment_maximises_total_agreement_not_first_come(mention: MakeMention) -> None:
    """Greedy by event order would give the first event the mention both like best."""
    first = GoldEvent(source=(USA,), target=(JOR,), plover_type="AGREE")
    second = GoldEvent(source=(USA,), target=(JOR,), plover_type="CONSULT")
    both_fit = mention("a", plover_type="CONSULT")  # agrees 3 with second, 2 with first
    first_only = mention("b", target_country="FRA")  # agrees 2 with first, 1 with second
    chosen = assign_mentions([both_fit, first_only], [first, second], NO_ALIASES)
    assert chosen == [first_only, both_fit]
    again = assign_mentions([first_only, both_fit], [first, second], NO_ALIASES)
    assert again == chosen  # the order of the mentions does not matter


def test_missed_event_is_wrong_on_every_given_field() -> None:
    gold = parse_event({"source": [], "plover_type": "AID", "date": "2024"})
    judged = judge(None, gold, NO_ALIASES)
    assert set(judged) == set(given_fields(gold))
    assert not any(judged.values())


def test_target_where_gold_has_none_is_wrong(mention: MakeMention) -> None:
    gold = GoldEvent(source=(USA, JOR), target=(), plover_type="AGREE")
    judged = judge(mention(), gold, NO_ALIASES)
    assert judged["source_country"] and judged["plover_type"]
    assert judged["target_country"] is False
    assert judge(mention(target_country=None), gold, NO_ALIASES)["target_country"]


def test_roles_compare_on_first_three_letters(mention: MakeMention) -> None:
    gold = GoldEvent(source=(GoldActor("USA", "GOVMIL"),), target=(GoldActor("JOR"),))
    judged = judge(mention(source_role="GOV"), gold, NO_ALIASES)
    assert judged["source_role"] and "target_role" not in judged


def test_dates_exact_at_precision_and_null(mention: MakeMention) -> None:
    month = parse_event({"date": "2024-09"})
    day_in_month = mention(event_date=dt.date(2024, 9, 15), date_precision=DatePrecision.DAY)
    judged = judge(day_in_month, month, NO_ALIASES)
    assert judged == {
        "event_detected": True,
        "date_exact": False,
        "date_at_precision": True,
        "date_precision": False,
    }
    first = mention(event_date=dt.date(2024, 9, 1), date_precision=DatePrecision.MONTH)
    assert all(judge(first, month, NO_ALIASES).values())
    none = parse_event({"date": None})
    assert all(judge(mention(), none, NO_ALIASES).values())
    assert not judge(first, none, NO_ALIASES)["date_at_precision"]


def test_location_name_contains_and_within_50km(mention: MakeMention) -> None:
    gold = GoldEvent(
        location=GoldLocation("Aziziyah", "SYR", latitude=36.2, longitude=37.15),
        location_given=True,
    )
    near = mention(
        location_name="Aziziyah district", location_country="SYR", latitude=36.3, longitude=37.1
    )
    assert all(judge(near, gold, NO_ALIASES).values())
    far = mention(location_name="aziziyah", location_country="SYR", latitude=33.5, longitude=36.3)
    assert judge(far, gold, NO_ALIASES)["location_50km"] is False
    nowhere = GoldEvent(location=None, location_given=True)
    assert judge(mention(), nowhere, NO_ALIASES)["location_name"]
    assert not judge(near, nowhere, NO_ALIASES)["location_name"]
    assert 340 < haversine_km(48.8566, 2.3522, 51.5074, -0.1278) < 347  # Paris-London


def test_satisfies_is_the_seed_rule(mention: MakeMention) -> None:
    gold = parse_event(
        {"source": [{"country": "PRK"}], "cameo_roots": ["07", "06"], "modality": "alleged"}
    )
    gold = GoldEvent(**{**gold.__dict__, "min_mentions": 2})
    supply = mention(
        source_country="PRK", cameo_root="07", cameo_code="072", modality=Modality.ALLEGED
    )
    assert satisfies(supply, gold, NO_ALIASES, num_mentions=2)
    assert not satisfies(supply, gold, NO_ALIASES, num_mentions=1)
    assert not satisfies(supply.model_copy(update={"cameo_root": "04"}), gold, NO_ALIASES, 2)
