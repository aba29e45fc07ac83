from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from timeline.evaluate.gold import GoldFile, load_gold
from timeline.evaluate.scoring import RecordResult, score_file
from timeline.models import Mention

MakeMention = Callable[..., Mention]
Make = Callable[..., dict[str, Any]]
Writer = Callable[[list[dict[str, Any]]], Path]


def _gold(write_gold: Writer, record: Make, actor: Make) -> GoldFile:
    return load_gold(
        write_gold(
            [
                record("joint", [{"source": [actor("USA"), actor("JOR")], "target": [],
                                  "plover_type": "AGREE"}]),
                record("japan", [{"source": [actor("JAP", "GOV")], "target": [actor("SRB")],
                                  "plover_type": "SANCTION"}]),
                record("missed", [{"source": [actor("RUS")], "target": [actor("UKR")],
                                   "plover_type": "FIGHT"}]),
                record("empty", []),
                record("empty2", []),
            ]
        )
    )  # fmt: skip


def _results(gold: GoldFile, mention: MakeMention) -> list[RecordResult]:
    by_id = {
        "joint": (mention("j1", target_country=None, confidence=0.9),),
        "japan": (
            mention("p1", source_country="JPN", source_role="GOV", target_country="SRB",
                    plover_type="SANCTION", cameo_root="16", confidence=0.5),
            mention("p2", source_country="JPN", target_country="SRB", plover_type="AID"),
        ),
        "missed": (),
        "empty": (mention("e1", confidence=0.1), mention("e2", confidence=0.1)),
        "empty2": (),
    }  # fmt: skip
    return [RecordResult(r, by_id[r.id]) for r in gold.records]


def test_fields_detection_and_aliases(
    write_gold: Writer, record: Make, actor: Make, mention: MakeMention
) -> None:
    gold = _gold(write_gold, record, actor)
    score = score_file(gold, _results(gold, mention), "gold.jsonl")
    assert score.gold_events == 3
    assert (score.fields["event_detected"].right, score.fields["event_detected"].of) == (2, 3)
    assert score.fields["source_country"].right == 1  # JAP is the gold's code
    assert score.fields_aliased["source_country"].right == 2  # JAP -> JPN
    assert score.fields["target_country"].right == 2  # joint: no target, japan: SRB
    assert score.fields["plover_type"].right == 2  # best japan mention is p1 (SANCTION)
    assert score.fields_if_detected["plover_type"].share == 1.0
    assert score.fields["source_role"].of == 1 and score.fields["source_role"].right == 1
    assert score.non_iso_codes == {"JAP": 1} and score.non_iso_events == 1


def test_false_positives_triples_reliability_and_confusion(
    write_gold: Writer, record: Make, actor: Make, mention: MakeMention
) -> None:
    gold = _gold(write_gold, record, actor)
    score = score_file(gold, _results(gold, mention), "gold.jsonl")
    assert (score.empty_records, score.empty_with_mentions, score.empty_mentions) == (2, 1, 2)
    assert score.false_positive_share == 0.5 and score.mentions_per_empty_record == 1.0
    plover = score.triples["plover"]
    # joint: (USA, -, AGREE) matches; japan: JAP does not match JPN; missed: none
    assert (plover.matched_gold, plover.gold, plover.extracted) == (1, 3, 3)
    assert score.triples["plover_aliased"].matched_gold == 2
    assert "cameo" not in score.triples
    assert score.reliability is not None
    bands = {(b.low, b.mentions, b.correct) for b in score.reliability}
    assert (0.0, 2, 0) in bands  # false positives are incorrect
    assert (0.8, 1, 1) in bands  # the joint mention
    assert score.confusion["ASSAULT"]["(none)"] == 1
    assert score.confusion["SANCTION"]["SANCTION"] == 1


def test_top_errors_are_counted_with_an_example(
    write_gold: Writer, record: Make, actor: Make, mention: MakeMention
) -> None:
    gold = _gold(write_gold, record, actor)
    score = score_file(gold, _results(gold, mention), "gold.jsonl")
    kinds = {e.kind: e for e in score.errors}
    assert kinds["missed event"].example["record"] == "missed"
    assert kinds["false positive on empty record"].count == 1
    assert kinds["wrong source country"].example["record"] == "japan"
    assert kinds["missed event"].example["extracted"] == "nothing"


def test_target_where_gold_has_none_names_joint_actions(
    write_gold: Writer, record: Make, actor: Make, mention: MakeMention
) -> None:
    gold = _gold(write_gold, record, actor)
    results = _results(gold, mention)
    results[0] = RecordResult(results[0].record, (mention("j1"),))  # USA -> JOR
    score = score_file(gold, results, "gold.jsonl")
    kinds = {e.kind for e in score.errors}
    assert "target where gold has none (a co-source: joint action)" in kinds


def test_seed_rules_count_required_events_and_self_dyads(
    write_gold: Writer, record: Make, mention: MakeMention
) -> None:
    bench = load_gold(
        write_gold([record("seed", [{"source": [{"country": "PRK"}], "cameo_roots": ["07"]}])])
    )
    gold = GoldFile(bench.path, "seed", bench.sha256, bench.records)
    supply = mention("s1", source_country="PRK", cameo_root="07", cameo_code="070")
    self_dyad = mention("s2", source_actor_code="USA", target_actor_code="USA")
    score = score_file(gold, [RecordResult(gold.records[0], (supply, self_dyad))], "seed")
    assert score.required_found is not None and score.required_found.right == 1
    assert score.self_dyads == 1
    assert score.triples["cameo"].recall == 1.0


def test_a_gold_of_one_event_per_record_judges_only_mentions_it_can(
    write_gold: Writer, record: Make, actor: Make, mention: MakeMention
) -> None:
    """Every record with one gold event: a mention of another action may be an uncoded event
    (not judged); the best match and mentions of the gold's own action are judged."""
    gold = load_gold(
        write_gold(
            [
                record("a", [{"source": [actor("FRA")], "target": [actor("DEU")],
                              "plover_type": "CONSULT"}]),
                record("b", [{"source": [actor("ITA")], "target": [actor("ESP")],
                              "plover_type": "AID"}]),
            ]
        )
    )  # fmt: skip
    right = mention(
        "r", source_country="FRA", target_country="DEU", plover_type="CONSULT", confidence=0.7
    )
    other_action = mention(
        "o", source_country="FRA", target_country="DEU", plover_type="ASSAULT", confidence=0.1
    )
    same_action_wrong_dyad = mention(
        "w", source_country="ITA", target_country="FRA", plover_type="AID", confidence=0.3
    )
    lone_misreading = mention("m", source_country="ITA", target_country="ESP",
                              plover_type="DEMAND", confidence=0.5)  # fmt: skip
    results = [
        RecordResult(gold.records[0], (right, other_action)),
        RecordResult(gold.records[1], (same_action_wrong_dyad, lone_misreading)),
    ]
    score = score_file(gold, results, "gold.jsonl")
    assert score.reliability is not None
    judged = {(b.low, b.mentions, b.correct) for b in score.reliability if b.mentions}
    # 'o' is not judged; 'w' (the gold's action) is wrong; 'm' is the best match of b and wrong
    assert judged == {(0.2, 1, 0), (0.4, 1, 0), (0.6, 1, 1)}
    band = next(b for b in score.reliability if b.low == 0.6)
    assert band.mean_confidence == 0.7


def test_a_gold_coding_every_event_judges_every_mention(
    write_gold: Writer, record: Make, actor: Make, mention: MakeMention
) -> None:
    gold = load_gold(
        write_gold(
            [
                record("a", [{"source": [actor("FRA")], "target": [actor("DEU")],
                              "plover_type": "CONSULT"}]),
                record("none", []),
            ]
        )
    )  # fmt: skip
    right = mention(
        "r", source_country="FRA", target_country="DEU", plover_type="CONSULT", confidence=0.7
    )
    other_action = mention("o", source_country="FRA", target_country="DEU",
                           plover_type="ASSAULT", confidence=0.1)  # fmt: skip
    score = score_file(gold, [RecordResult(gold.records[0], (right, other_action)),
                              RecordResult(gold.records[1], ())], "gold.jsonl")  # fmt: skip
    assert score.reliability is not None
    assert [(b.mentions, b.correct) for b in score.reliability if b.mentions] == [(1, 0), (1, 1)]
