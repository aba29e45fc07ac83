"""Actor dictionary: names to CAMEO-style codes, combination rules, dates, user files."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from timeline.errors import ReferenceDataError
from timeline.normalise.actors import ActorDictionary, ActorMatch


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def codes(matches: list[ActorMatch]) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor.code) for m in matches]


def test_birthday_sentence_gives_exactly_two_persons(actors: ActorDictionary) -> None:
    text = (
        "North Korean leader Kim Jong-un has extended birthday greetings to "
        "Russian President Vladimir Putin."
    )
    found = actors.find(text, dt.date(2024, 10, 7))
    assert codes(found) == [
        ("North Korean leader Kim Jong-un", "PRKGOV"),
        ("Russian President Vladimir Putin", "RUSGOV"),
    ]
    assert [m.actor.kind for m in found] == ["person", "person"]
    assert [m.surname for m in found] == ["Kim", "Putin"]
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Korean troops", "PRKMIL"),
        ("Russian forces", "RUSMIL"),
        ("Israeli police", "ISRCOP"),
        ("the Ukrainian foreign ministry", "UKRGOV"),
        ("North Korean state media", "PRKMED"),
        ("U.S. officials", "USAGOV"),
        ("Syrian rebels", "SYRREB"),
        ("the Russian president", "RUSGOV"),
        ("Iran's foreign minister", "IRNGOV"),
        ("North Korea's leader", "PRKGOV"),
        ("troops of Russia", "RUSMIL"),
    ],
)
def test_country_modifier_and_agent_make_one_match(
    actors: ActorDictionary, text: str, code: str
) -> None:
    found = actors.find(f"Yesterday {text} said so.")
    assert codes(found) == [(text, code)]


def test_plain_country_has_no_role_and_capitals_are_government(actors: ActorDictionary) -> None:
    found = actors.find("Russia said Moscow and the Kremlin disagreed, and Pyongyang replied.")
    assert codes(found) == [
        ("Russia", "RUS"),
        ("Moscow", "RUSGOV"),
        ("the Kremlin", "RUSGOV"),
        ("Pyongyang", "PRKGOV"),
    ]
    assert actors.find("Russian oil")[0].actor.role is None


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_possessive_matches_the_country_part(actors: ActorDictionary, apostrophe: str) -> None:
    found = actors.find(f"North Korea{apostrophe}s missiles and Russia{apostrophe}s economy")
    assert codes(found) == [("North Korea", "PRK"), ("Russia", "RUS")]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_plural_possessive_inside_a_name(actors: ActorDictionary, apostrophe: str) -> None:
    text = f"The Kurdistan Workers{apostrophe} Party attacked a Turkish post."
    assert codes(actors.find(text, dt.date(2024, 1, 1)))[0] == (
        f"Kurdistan Workers{apostrophe} Party",
        "TURREB",
    )


def test_acronyms_are_case_sensitive(actors: ActorDictionary) -> None:
    assert actors.find("Tell us about it, un peu.") == []
    found = actors.find("The US, the UN, the EU and the AU met.")
    assert [m.text for m in found] == ["US", "the UN", "the EU", "AU"]
    assert [m.actor.code for m in found] == ["USA", "IGO", "IGO", "IGO"]
    assert found[1].actor.name == "UN"


def test_word_boundaries_and_longest_match(actors: ActorDictionary) -> None:
    assert [(m.start, m.end, m.text) for m in actors.find("Western nations and Russians")] == [
        (20, 28, "Russians")
    ]
    found = actors.find("South Korea and Korea, not Latin America or New Mexico.")
    assert codes(found) == [("South Korea", "KOR"), ("Korea", "KOR")]
    assert actors.find("a turkey dinner") == []


def test_person_names_and_aliases(actors: ActorDictionary) -> None:
    found = actors.find("Kim Jong Un met Putin, then Vladimir Putin met Mr. Erdogan.")
    assert [(m.text, m.actor.name) for m in found] == [
        ("Kim Jong Un", "Kim Jong-un"),
        ("Putin", "Vladimir Putin"),
        ("Vladimir Putin", "Vladimir Putin"),
        ("Mr. Erdogan", "Recep Tayyip Erdoğan"),
    ]


def test_ambiguous_surname_is_not_matched(actors: ActorDictionary) -> None:
    assert actors.find("Kim said the talks went well.") == []
    assert actors.resolve_name("Kim") is None


def test_roles_depend_on_the_date(actors: ActorDictionary) -> None:
    putin_2010 = actors.resolve_name("Putin", dt.date(2010, 1, 1))  # prime minister then
    putin_2024 = actors.resolve_name("Putin", dt.date(2024, 10, 7))
    assert putin_2010 is not None and putin_2010.code == "RUSGOV"
    assert putin_2024 is not None and putin_2024.code == "RUSGOV"
    before = actors.resolve_name("Vladimir Putin", dt.date(1995, 1, 1))
    assert before is not None and before.country == "RUS" and before.role == "ELI"
    kim = actors.resolve_name("Kim Jong-un", dt.date(2010, 1, 1))
    assert kim is not None and kim.role == "ELI"
    kim_now = actors.resolve_name("Kim Jong-un", dt.date(2012, 1, 1))
    assert kim_now is not None and kim_now.code == "PRKGOV"


def test_former_leader_after_term(actors: ActorDictionary) -> None:
    obama = actors.resolve_name("Barack Obama", dt.date(2020, 1, 1))
    assert obama is not None and (obama.country, obama.role) == ("USA", "ELI")
    in_office = actors.find("Obama spoke", dt.date(2012, 1, 1))[0].actor
    assert in_office.code == "USAGOV"
    stalin = actors.resolve_name("Joseph Stalin", dt.date(1940, 1, 1))
    assert stalin is not None and stalin.code == "SUNGOV"
    kim_il_sung = actors.resolve_name("Kim Il-sung", dt.date(1980, 1, 1))
    assert kim_il_sung is not None and kim_il_sung.code == "PRKGOV"


def test_office_at_an_international_organisation(actors: ActorDictionary) -> None:
    rutte_pm = actors.resolve_name("Mark Rutte", dt.date(2020, 1, 1))
    rutte_nato = actors.resolve_name("Mark Rutte", dt.date(2025, 1, 1))
    assert rutte_pm is not None and rutte_pm.code == "NLDGOV"
    assert rutte_nato is not None and rutte_nato.code == "IGO"


def test_organisation_roles_can_change(actors: ActorDictionary) -> None:
    before = actors.resolve_name("the Taliban", dt.date(2020, 1, 1))
    after = actors.resolve_name("Taliban", dt.date(2022, 1, 1))
    assert before is not None and before.code == "AFGREB"
    assert after is not None and after.code == "AFGGOV"


def test_resolve_name_is_punctuation_and_case_insensitive(actors: ActorDictionary) -> None:
    for name in ("Kim Jong-un", "kim jong un", "KIM JONG UN", "Kim Jong Un’s"):
        actor = actors.resolve_name(name, dt.date(2024, 1, 1))
        assert actor is not None and actor.name == "Kim Jong-un", name
    kremlin = actors.resolve_name("the Kremlin")
    assert kremlin is not None and kremlin.code == "RUSGOV"
    forces = actors.resolve_name("Russian forces")
    assert forces is not None and forces.code == "RUSMIL"
    assert actors.resolve_name("nobody in particular") is None


def test_person_by_surname_only_when_unambiguous(actors: ActorDictionary) -> None:
    assert actors.person_by_surname("Kim", dt.date(2000, 1, 1)) is not None  # only Kim Jong-il
    assert actors.person_by_surname("Kim", dt.date(2000, 1, 1)).name == "Kim Jong-il"  # type: ignore[union-attr]
    assert actors.person_by_surname("Kim", dt.date(2024, 10, 7)) is None  # several in office
    putin = actors.person_by_surname("Putin", None)
    assert putin is not None and putin.code == "RUSGOV"
    assert actors.person_by_surname("Nobodyson", None) is None


def test_organisations_groups_and_media(actors: ActorDictionary) -> None:
    text = "NATO, Hamas, Amnesty International, KCNA, Yonhap, TASS and Reuters reported."
    found = actors.find(text)
    assert [(m.text, m.actor.country, m.actor.role) for m in found] == [
        ("NATO", "IGO", "IGO"),
        ("Hamas", "PSE", "REB"),
        ("Amnesty International", None, "NGO"),
        ("KCNA", "PRK", "MED"),
        ("Yonhap", "KOR", "MED"),
        ("TASS", "RUS", "MED"),
        ("Reuters", "GBR", "MED"),
    ]
    assert found[1].actor.kind == "group" and found[3].actor.kind == "media"


def test_titles_join_names_and_punctuation_separates(actors: ActorDictionary) -> None:
    found = actors.find("Russian state news agency TASS quoted Kremlin spokesman Dmitry Peskov.")
    assert codes(found) == [
        ("Russian state news agency TASS", "RUSMED"),
        ("Kremlin spokesman Dmitry Peskov", "RUSGOV"),
    ]
    assert codes(actors.find("Russia, Ukraine troops")) == [
        ("Russia", "RUS"),
        ("Ukraine troops", "UKRMIL"),
    ]


def test_user_file_overrides_and_extends(tmp_path: Path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(
        json.dumps(
            {
                "version": "local.1",
                "description": "test",
                "entries": [
                    {
                        "name": "Vladimir Putin",
                        "aliases": [],
                        "surname": "Putin",
                        "country": "RUS",
                        "default_role": "OPP",
                        "terms": [],
                    },
                    {
                        "name": "Zorblax Quux",
                        "surname": "Quux",
                        "country": "FRA",
                        "terms": [
                            {"office": "mayor", "start": "2020-01-01", "end": None, "role": "GOV"}
                        ],
                    },
                    {"words": ["blue helmets"], "role": "MIL", "label": "peacekeepers"},
                ],
            }
        ),
        encoding="utf-8",
    )
    mine = ActorDictionary.load([extra])
    assert mine.version.startswith(f"{ActorDictionary.load().version}+user.")
    putin = mine.resolve_name("Putin", dt.date(2024, 1, 1))
    assert putin is not None and putin.code == "RUSOPP"
    assert codes(mine.find("Zorblax Quux met French blue helmets", dt.date(2021, 1, 1))) == [
        ("Zorblax Quux", "FRAGOV"),
        ("French blue helmets", "FRAMIL"),
    ]


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"entries": []}),
        json.dumps({"version": "1", "entries": {}}),
        json.dumps({"version": "1", "entries": [{"iso3": "russia", "names": ["X"]}]}),
        json.dumps(
            {
                "version": "1",
                "entries": [
                    {
                        "name": "A B",
                        "surname": "B",
                        "terms": [{"start": "2020-13-01", "role": "GOV"}],
                    }
                ],
            }
        ),
        json.dumps({"version": "1", "entries": [{"words": ["x"], "role": "BOSS"}]}),
    ],
)
def test_malformed_file_raises_reference_data_error(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ReferenceDataError) as err:
        ActorDictionary.load([bad])
    assert "bad.json" in str(err.value)


def test_find_is_fast(actors: ActorDictionary) -> None:
    text = (
        "North Korean leader Kim Jong-un has extended birthday greetings to Russian President "
        "Vladimir Putin, state media said on Monday, as Ukrainian forces pushed near Kursk and "
        "U.S. officials met in Washington."
    )
    actors.find(text)
    start = time.perf_counter()
    for _ in range(200):
        actors.find(text)
    per_call = (time.perf_counter() - start) / 200
    assert per_call < 0.001


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Rosneft cut its exports to Poland.", "Rosneft", "RUSBUS"),
        ("Saudi Aramco raised its prices.", "Saudi Aramco", "SAUBUS"),
        ("Lufthansa suspended its flights to Tehran.", "Lufthansa", "DEUBUS"),
    ],
)
def test_a_company_is_business_of_its_home_country(
    actors: ActorDictionary, text: str, name: str, code: str
) -> None:
    assert (name, code) in codes(actors.find(text, dt.date(2024, 10, 7)))


def test_an_abbreviated_country_shares_a_coordinated_agent(actors: ActorDictionary) -> None:
    text = "U.S. and Dutch warplanes struck the depot."
    assert codes(actors.find(text, dt.date(2024, 10, 7)))[0] == ("U.S.", "USAMIL")
