import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dedup.events import SourceInfo, cluster_events
from timeline.models import DatePrecision, Mention

PUBLISHED = dt.date(2024, 10, 7)


def mention(mention_id: str, article_id: str = "art1", **fields: Any) -> Mention:
    base: dict[str, Any] = dict(
        mention_id=mention_id,
        article_id=article_id,
        sentence_index=0,
        sentence="s",
        char_start=0,
        char_end=1,
        source_country="PRK",
        source_actor_code="PRK",
        target_country="RUS",
        target_actor_code="RUS",
        cameo_code="072",
        cameo_root="07",
        action="Provide military aid",
        plover_type="AID",
        goldstein=8.3,
        quad_class=2,
        confidence=0.6,
        event_date=PUBLISHED,
        date_precision=DatePrecision.DAY,
        outlet="Wire",
        published=PUBLISHED,
    )
    base.update(fields)
    return Mention(**base)


def test_same_dyad_root_and_day_merge_across_articles() -> None:
    events, linked = cluster_events(
        [mention("m1"), mention("m2", article_id="art2", outlet="Other")], {}
    )
    assert len(events) == 1
    event = events[0]
    assert (event.num_mentions, event.num_articles, event.num_sources) == (2, 2, 2)
    assert {m.event_id for m in linked} == {event.event_id}


def test_different_days_stay_apart_and_month_joins_its_only_day() -> None:
    other_day = mention("m2", event_date=dt.date(2024, 9, 3))
    month = mention("m3", event_date=dt.date(2024, 9, 1), date_precision=DatePrecision.MONTH)
    events, _ = cluster_events([mention("m1"), other_day, month], {})
    assert sorted(e.num_mentions for e in events) == [1, 2]
    september = next(e for e in events if e.num_mentions == 2)
    assert september.event_date == dt.date(2024, 9, 3)
    assert september.date_precision is DatePrecision.DAY


def test_undated_mention_joins_the_only_cluster_of_its_dyad() -> None:
    undated = mention("m2", event_date=None, date_precision=DatePrecision.UNKNOWN)
    events, _ = cluster_events([mention("m1"), undated], {})
    assert len(events) == 1 and events[0].num_mentions == 2


def test_other_root_or_dyad_is_another_event() -> None:
    visit = mention(
        "m2",
        cameo_code="042",
        cameo_root="04",
        action="Make a visit",
        plover_type="CONSULT",
        goldstein=1.9,
        quad_class=1,
    )
    reverse = mention(
        "m3",
        source_country="RUS",
        source_actor_code="RUS",
        target_country="PRK",
        target_actor_code="PRK",
    )
    events, _ = cluster_events([mention("m1"), visit, reverse], {})
    assert len(events) == 3


def test_syndicated_copies_count_as_articles_and_sources() -> None:
    sources = {
        "art1": [
            SourceInfo("art1", "a.txt:0", "Wire", "https://a.example/1", PUBLISHED),
            SourceInfo("art9", "b.txt:0", "Harbour Daily", None, dt.date(2024, 10, 8)),
        ]
    }
    (event,), _ = cluster_events([mention("m1")], sources)
    assert (event.num_mentions, event.num_articles, event.num_sources) == (1, 2, 2)
    assert (event.first_seen, event.last_seen) == (PUBLISHED, dt.date(2024, 10, 8))
    assert event.source_url == "https://a.example/1"
    assert event.article_ids == ["art1", "art9"]


MENTIONS = [
    mention("m1"),
    mention("m2", article_id="art2"),
    mention("m3", event_date=None, date_precision=DatePrecision.UNKNOWN),
    mention("m4", event_date=dt.date(2024, 1, 1), date_precision=DatePrecision.YEAR),
    mention(
        "m5",
        cameo_code="042",
        cameo_root="04",
        action="Make a visit",
        plover_type="CONSULT",
        goldstein=1.9,
        quad_class=1,
    ),
]


@settings(deadline=None)  # numpy and polars calls: slow only when the machine is busy
@given(st.permutations(MENTIONS))
def test_clustering_ignores_input_order(order: list[Mention]) -> None:
    assert cluster_events(order, {}) == cluster_events(MENTIONS, {})


def test_clustering_is_idempotent() -> None:
    events, linked = cluster_events(MENTIONS, {})
    again, relinked = cluster_events([m.model_copy(update={"event_id": ""}) for m in linked], {})
    assert again == events and relinked == linked
