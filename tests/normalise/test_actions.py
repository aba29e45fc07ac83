"""The action codebook: the CAMEO table's facts, the pattern ladder, and user overrides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.errors import ReferenceDataError
from timeline.normalise.actions import Codebook, UnknownCameoCodeError, VerbFrame, default_codebook


@pytest.fixture(scope="module")
def book() -> Codebook:
    return Codebook.load()


def _code(book: Codebook, frame: VerbFrame) -> str | None:
    found = book.match_verb(frame)
    return None if found is None else found.cameo_code


def _noun(book: Codebook, lemma: str, *mods: str) -> str | None:
    found = book.match_noun(lemma, tuple(mods))
    return None if found is None else found.cameo_code


# --- the CAMEO table -------------------------------------------------------------------------


def test_table_has_every_root_and_about_three_hundred_codes(book: Codebook) -> None:
    codes = {c.cameo_code for c in book.codes()}
    assert {f"{r:02d}" for r in range(1, 21)} <= codes
    assert 300 <= len(codes) <= 320
    # Every 3- or 4-digit code hangs under a code one digit shorter (or its root).
    for code in codes:
        if len(code) == 4:
            assert code[:3] in codes, code
        assert code[:2] in codes, code


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "plover"),
    [
        ("010", 0.0, 1, "OTHER"),
        ("018", 3.4, 1, "SUPPORT"),
        ("020", 3.0, 1, "DEMAND"),
        ("036", 4.0, 1, "AGREE"),
        ("042", 1.9, 1, "CONSULT"),
        ("043", 2.8, 1, "CONSULT"),
        ("046", 7.0, 1, "CONSULT"),
        ("057", 8.0, 1, "SUPPORT"),
        ("072", 8.3, 2, "AID"),
        ("0841", 7.0, 2, "RETREAT"),
        ("0874", 10.0, 2, "RETREAT"),
        ("083", 5.0, 2, "CONCEDE"),
        ("090", -2.0, 3, "ACCUSE"),
        ("111", -2.0, 3, "ACCUSE"),
        ("125", -5.0, 3, "REJECT"),
        ("130", -4.4, 3, "THREATEN"),
        ("141", -6.5, 4, "PROTEST"),
        ("154", -7.2, 4, "MOBILIZE"),
        ("163", -8.0, 4, "SANCTION"),
        ("173", -5.0, 4, "COERCE"),
        ("182", -9.5, 4, "ASSAULT"),
        ("192", -9.5, 4, "COERCE"),
        ("195", -10.0, 4, "ASSAULT"),
        ("2042", -10.0, 4, "ASSAULT"),
    ],
)
def test_code_facts(book: Codebook, code: str, goldstein: float, quad: int, plover: str) -> None:
    entry = book.by_code(code)
    assert entry.goldstein == goldstein
    assert entry.quad_class == quad
    assert entry.plover_type == plover
    assert entry.cameo_root == code[:2]


def test_quad_class_follows_the_root(book: Codebook) -> None:
    for entry in book.codes():
        root = int(entry.cameo_root)
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert entry.quad_class == expected, entry


def test_plover_types_are_the_2021_names(book: Codebook) -> None:
    allowed = {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "DEMAND",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
        "OTHER",
    }
    assert {c.plover_type for c in book.codes()} <= allowed


def test_names(book: Codebook) -> None:
    assert book.by_code("042").name == "Make a visit"
    assert book.by_code("043").name == "Host a visit"
    assert book.by_code("057").name == "Sign a formal agreement"


def test_unknown_code_is_a_key_error(book: Codebook) -> None:
    with pytest.raises(KeyError):
        book.by_code("999")
    with pytest.raises(UnknownCameoCodeError):
        book.by_code("0")


# --- verbs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        (VerbFrame("extend", object_lemma="greeting"), "018"),
        (VerbFrame("congratulate"), "051"),
        (VerbFrame("say"), "010"),
        (VerbFrame("urge"), "020"),
        (VerbFrame("call", object_lemma="ceasefire", preps=("for",)), "0256"),
        (VerbFrame("pledge", object_lemma="aid"), "033"),
        (VerbFrame("visit"), "042"),
        (VerbFrame("host"), "043"),
        (VerbFrame("discuss"), "040"),
        (VerbFrame("negotiate", preps=("with",)), "046"),
        (VerbFrame("sign", object_lemma="agreement"), "057"),
        (VerbFrame("sign", object_lemma="treaty"), "057"),
        (VerbFrame("strike", object_lemma="deal"), "057"),
        (VerbFrame("trade", preps=("with",)), "061"),
        (VerbFrame("supply", object_lemma="weapon"), "072"),
        (VerbFrame("supply", preps=("with",)), "072"),
        (VerbFrame("send", object_lemma="aid"), "070"),
        (VerbFrame("release", object_lemma="prisoner"), "0841"),
        (VerbFrame("withdraw", object_lemma="troop"), "0874"),
        (VerbFrame("pull", particle="out"), "0874"),
        (VerbFrame("investigate"), "090"),
        (VerbFrame("demand"), "100"),
        (VerbFrame("demand", object_lemma="release"), "1053"),
        (VerbFrame("condemn"), "111"),
        (VerbFrame("accuse"), "112"),
        (VerbFrame("reject"), "120"),
        (VerbFrame("veto"), "129"),
        (VerbFrame("threaten"), "130"),
        (VerbFrame("threaten", object_lemma="sanction"), "1312"),
        (VerbFrame("protest"), "141"),
        (VerbFrame("strike", preps=("for",)), "143"),
        (VerbFrame("mobilize"), "154"),
        (VerbFrame("deploy", object_lemma="troop"), "154"),
        (VerbFrame("expel", object_lemma="ambassador"), "161"),
        (VerbFrame("recall", object_lemma="ambassador"), "161"),
        (VerbFrame("impose", object_lemma="sanction"), "163"),
        (VerbFrame("arrest"), "173"),
        (VerbFrame("deport"), "174"),
        (VerbFrame("kidnap"), "181"),
        (VerbFrame("kill"), "180"),
        (VerbFrame("assassinate"), "186"),
        (VerbFrame("attack"), "190"),
        (VerbFrame("invade"), "190"),
        (VerbFrame("shell"), "194"),
        (VerbFrame("launch", object_lemma="missile"), "195"),
        (VerbFrame("fire", object_lemma="rocket"), "195"),
        (VerbFrame("massacre"), "202"),
    ],
)
def test_verb_codes(book: Codebook, frame: VerbFrame, code: str) -> None:
    assert _code(book, frame) == code


def test_sign_agreement_is_cooperative_verbal(book: Codebook) -> None:
    found = book.match_verb(VerbFrame("sign", object_lemma="agreement"))
    assert found is not None
    assert (found.goldstein, found.quad_class) == (8.0, 1)


def test_military_aid_is_material_cooperation(book: Codebook) -> None:
    found = book.match_verb(VerbFrame("supply", object_lemma="weapon"))
    assert found is not None
    assert (found.plover_type, found.quad_class) == ("AID", 2)


def test_most_specific_pattern_wins(book: Codebook) -> None:
    # verb+object+prep beats verb+prep ("call for a ceasefire" vs "call for").
    assert _code(book, VerbFrame("call", object_lemma="ceasefire", preps=("for",))) == "0256"
    assert _code(book, VerbFrame("call", preps=("for",))) == "020"
    # verb+object beats verb+prep: "supply food ... with" is humanitarian, not military, aid.
    assert _code(book, VerbFrame("supply", object_lemma="food", preps=("with",))) == "073"
    # verb+prep beats the bare verb.
    assert _code(book, VerbFrame("strike")) == "190"
    assert _code(book, VerbFrame("strike", preps=("over",))) == "143"


def test_particle_is_tried_first_then_dropped(book: Codebook) -> None:
    assert _code(book, VerbFrame("back")) == "051"
    assert _code(book, VerbFrame("back", particle="down")) == "080"
    assert _code(book, VerbFrame("send", particle="in", object_lemma="troop")) == "154"


def test_light_verbs_code_their_object(book: Codebook) -> None:
    assert _code(book, VerbFrame("hold", object_lemma="talk")) == "040"
    assert _code(book, VerbFrame("carry", particle="out", object_lemma="airstrike")) == "195"
    assert _code(book, VerbFrame("pay", object_lemma="visit")) == "042"
    assert _code(book, VerbFrame("announce", object_lemma="sanction")) == "163"
    assert _code(book, VerbFrame("hold", object_lemma="umbrella")) is None


def test_null_patterns_block_non_events(book: Codebook) -> None:
    assert _code(book, VerbFrame("sign", object_lemma="bill")) is None
    assert _code(book, VerbFrame("execute", object_lemma="plan")) is None
    assert _code(book, VerbFrame("release", object_lemma="statement")) == "010"


def test_case_is_ignored_and_unknown_verbs_miss(book: Codebook) -> None:
    assert _code(book, VerbFrame("Visit")) == "042"
    assert _code(book, VerbFrame("eat")) is None
    assert book.is_event_verb("condemn")
    assert book.is_event_verb("hold")  # light
    assert not book.is_event_verb("eat")


# --- nouns -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "mods", "code"),
    [
        ("statement", (), "010"),
        ("condolence", (), "018"),
        ("appeal", (), "020"),
        ("pledge", (), "030"),
        ("visit", (), "042"),
        ("talk", (), "040"),
        ("summit", (), "040"),
        ("agreement", (), "057"),
        ("cooperation", ("military",), "062"),
        ("aid", (), "070"),
        ("aid", ("military",), "072"),
        ("aid", ("humanitarian",), "073"),
        ("ceasefire", (), "0871"),
        ("investigation", (), "090"),
        ("demand", (), "100"),
        ("condemnation", (), "111"),
        ("rejection", (), "120"),
        ("threat", (), "130"),
        ("protest", (), "141"),
        ("strike", ("hunger",), "142"),
        ("strike", ("general",), "143"),
        ("deployment", (), "154"),
        ("sanction", (), "163"),
        ("embargo", (), "163"),
        ("arrest", (), "173"),
        ("kidnapping", (), "181"),
        ("bombing", ("suicide",), "1831"),
        ("attack", (), "190"),
        ("strike", (), "190"),
        ("invasion", (), "190"),
        ("shelling", (), "194"),
        ("airstrike", (), "195"),
        ("strike", ("air",), "195"),
        ("massacre", (), "202"),
    ],
)
def test_noun_codes(book: Codebook, noun: str, mods: tuple[str, ...], code: str) -> None:
    assert _noun(book, noun, *mods) == code


def test_first_matching_modifier_wins(book: Codebook) -> None:
    assert _noun(book, "attack", "suicide", "air") == "1831"
    assert _noun(book, "attack", "big", "air") == "195"
    assert _noun(book, "election") is None


def test_every_root_reachable_by_a_verb_and_a_noun(book: Codebook) -> None:
    verbs = [
        "say",
        "urge",
        "pledge",
        "visit",
        "praise",
        "cooperate",
        "provide",
        "surrender",
        "investigate",
        "demand",
        "condemn",
        "reject",
        "threaten",
        "protest",
        "mobilize",
        "sanction",
        "arrest",
        "kidnap",
        "attack",
        "massacre",
    ]
    nouns = [
        "statement",
        "appeal",
        "pledge",
        "visit",
        "agreement",
        "cooperation",
        "aid",
        "ceasefire",
        "investigation",
        "demand",
        "condemnation",
        "rejection",
        "threat",
        "protest",
        "deployment",
        "sanction",
        "arrest",
        "kidnapping",
        "airstrike",
        "massacre",
    ]
    verb_roots = {_code(book, VerbFrame(v)) for v in verbs}
    noun_roots = {_noun(book, n) for n in nouns}
    expected = {f"{r:02d}" for r in range(1, 21)}
    assert {c[:2] for c in verb_roots if c} == expected
    assert {c[:2] for c in noun_roots if c} == expected


# --- loading ---------------------------------------------------------------------------------


def test_default_codebook_is_shared() -> None:
    assert default_codebook() is default_codebook()
    assert default_codebook().version == "2026.11.2"


def _write(path: Path, kind: str, entries: list[dict[str, object]]) -> Path:
    path.write_text(
        json.dumps({"kind": kind, "version": "1", "description": "test", "entries": entries}),
        encoding="utf-8",
    )
    return path


def test_user_file_overrides_and_extends(tmp_path: Path) -> None:
    verbs = _write(
        tmp_path / "cameo_mine.json",
        "cameo_verbs",
        [{"verb": "visit", "code": "043"}, {"verb": "snub", "code": "125"}],
    )
    nouns = _write(
        tmp_path / "cameo_nouns_mine.json", "cameo_nouns", [{"noun": "snub", "code": "125"}]
    )
    book = Codebook.load([verbs, nouns])
    assert _code(book, VerbFrame("visit")) == "043"
    assert _code(book, VerbFrame("snub")) == "125"
    assert _noun(book, "snub") == "125"
    assert book.version == "2026.11.2+cameo_mine-1+cameo_nouns_mine-1"


@pytest.mark.parametrize(
    ("kind", "entries", "message"),
    [
        ("cameo_verbs", [{"verb": "snub", "code": "999"}], "not in the CAMEO codebook"),
        ("cameo_verbs", [{"verb": "Snub!", "code": "120"}], "lowercase word"),
        ("cameo_verbs", [{"verb": "snub"}], "needs 'code'"),
        ("cameo_verbs", [{"verb": "snub", "code": "120", "colour": "red"}], "unknown field"),
        (
            "cameo_verbs",
            [{"verb": "snub", "code": "120"}, {"verb": "snub", "code": "125"}],
            "twice",
        ),
        (
            "cameo_codes",
            [{"code": "0425", "name": "x", "goldstein": 11, "quad_class": 1, "plover": "CONSULT"}],
            "goldstein",
        ),
        (
            "cameo_codes",
            [{"code": "21", "name": "x", "goldstein": 1, "quad_class": 1, "plover": "X"}],
            "bad CAMEO code",
        ),
        ("cameo_things", [], "'kind'"),
    ],
)
def test_malformed_user_files_raise(
    tmp_path: Path, kind: str, entries: list[dict[str, object]], message: str
) -> None:
    path = _write(tmp_path / "cameo_bad.json", kind, entries)
    with pytest.raises(ReferenceDataError, match=message):
        Codebook.load([path])


def test_invalid_json_raises(tmp_path: Path) -> None:
    path = tmp_path / "cameo_broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="not valid JSON"):
        Codebook.load([path])
    with pytest.raises(ReferenceDataError, match="cannot read"):
        Codebook.load([tmp_path / "cameo_missing.json"])


def test_a_light_verb_codes_its_object_with_the_object_s_modifiers(book: Codebook) -> None:
    hunger = VerbFrame("stage", object_lemma="strike", object_modifiers=("hunger",))
    assert _code(book, hunger) == "142"
    assert _code(book, VerbFrame("stage", object_lemma="strike")) == "190"
