"""Event clusters: the same event across articles, with stable ids."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from claimwire.errors import MalformedRecordError
from claimwire.link.compact import extraction_from_compact
from claimwire.link.events import EventLinkConfig, EventLinker, event_score
from claimwire.link.features import EventMention, date_interval, event_mentions, stem
from claimwire.records import DateValue

SUDZHA = {"name": "Sudzha", "lat": 51.19, "lon": 35.27, "country": "RUS", "level": "city"}
KHARKIV = {"name": "Kharkiv", "lat": 49.99, "lon": 36.23, "country": "UKR", "level": "city"}


def report(
    aid: str,
    text: str,
    event: dict[str, Any],
    *,
    place: dict[str, Any] | None = None,
    claim: dict[str, Any] | None = None,
    published: str = "2024-08-15",
) -> EventMention:
    data: dict[str, Any] = {"id": aid, "text": text, "published": published}
    if place:
        data["places"] = [{"id": "p1", **place, "mentions": [place["name"]]}]
        event = {"place": "p1", **event}
    if claim:
        data["claims"] = [{"id": "c1", **claim}]
        event = {"claim": "c1", **event}
    data["events"] = [{"id": "e1", **event}]
    (mention,) = event_mentions(extraction_from_compact(data))
    return mention


def ukraine_says_taken(aid: str = "kyiv", published: str = "2024-08-15") -> EventMention:
    return report(
        aid,
        "Volodymyr Zelenskyy said Ukrainian forces had taken full control of Sudzha.",
        {"type": "ASSAULT", "trigger": "taken full control", "actors": ["UKR"],
         "recipients": ["RUS"], "date": "2024-08-14"},
        place=SUDZHA,
        claim={"speaker": "Volodymyr Zelenskyy", "source": "Volodymyr Zelenskyy",
               "cue": "said", "content": "Ukrainian forces had taken full control of Sudzha"},
        published=published,
    )  # fmt: skip


def russia_says_repelled(aid: str = "moscow") -> EventMention:
    return report(
        aid,
        "Russia's defence ministry said its troops repelled a Ukrainian attack on Sudzha "
        "and kept control of the town.",
        {"type": "ASSAULT", "trigger": "repelled", "actors": ["RUS"], "recipients": ["UKR"],
         "date": "2024-08-14", "modality": "actual"},
        place={**SUDZHA, "lat": 51.2, "lon": 35.29},
        claim={"speaker": "Russian defence ministry", "source": "Russia's defence ministry",
               "cue": "said", "content": "its troops repelled a Ukrainian attack on Sudzha "
               "and kept control of the town"},
    )  # fmt: skip


def strike_on_kharkiv(aid: str = "kharkiv", date: str = "2024-08-14") -> EventMention:
    return report(
        aid,
        "A Russian missile strike hit a shopping centre in Kharkiv, officials said.",
        {"type": "ASSAULT", "trigger": "strike", "actors": ["RUS"], "recipients": ["UKR"],
         "date": date},
        place=KHARKIV,
    )  # fmt: skip


def test_mentions_carry_place_date_participants_and_speaker() -> None:
    m = ukraine_says_taken()
    assert m.key == "kyiv/e1"
    assert m.type == "ASSAULT"
    assert m.participants == frozenset({"ukr", "rus"})
    assert (m.lat, m.lon, m.place) == (51.19, 35.27, "Sudzha")
    assert m.when == (dt.date(2024, 8, 14), dt.date(2024, 8, 14))
    assert m.speaker == "Volodymyr Zelenskyy"
    assert m.claim == "c1"
    assert stem("taken") in m.trigger
    assert "sudzha" in m.context


def test_both_sides_of_one_battle_are_one_event() -> None:
    config = EventLinkConfig()
    assert event_score(ukraine_says_taken(), russia_says_repelled(), config) >= config.threshold
    linker = EventLinker()
    first = linker.add(ukraine_says_taken())
    assert linker.add(russia_says_repelled()) == first == "kyiv/e1"


def test_far_apart_places_are_different_events() -> None:
    # Same type, same day, same actors: but Kharkiv is ~150 km from Sudzha.
    assert event_score(ukraine_says_taken(), strike_on_kharkiv(), EventLinkConfig()) == 0.0
    linker = EventLinker()
    linker.add_all([ukraine_says_taken(), strike_on_kharkiv(), russia_says_repelled()])
    assert [k for k, _ in linker.clusters()] == ["kyiv/e1", "kharkiv/e1"]
    assert [m.key for m in linker.members("kyiv/e1")] == ["kyiv/e1", "moscow/e1"]


def test_dates_outside_the_window_are_different_events() -> None:
    config = EventLinkConfig(window_days=3)
    early, late = strike_on_kharkiv("a", "2024-08-01"), strike_on_kharkiv("b", "2024-08-14")
    assert event_score(early, late, config) == 0.0
    assert event_score(strike_on_kharkiv("c", "2024-08-12"), late, config) > config.threshold


def test_incompatible_types_never_link() -> None:
    a = ukraine_says_taken()
    talks = report(
        "talks", "Ukraine and Russia held talks about Sudzha on Wednesday.",
        {"type": "CONSULT", "trigger": "held talks", "actors": ["UKR", "RUS"],
         "date": "2024-08-14"}, place=SUDZHA,
    )  # fmt: skip
    assert event_score(a, talks, EventLinkConfig()) == 0.0
    seized = report(
        "seize", "Ukrainian forces seized Sudzha.",
        {"type": "COERCE", "trigger": "seized", "actors": ["UKR"], "date": "2024-08-14"},
        place=SUDZHA,
    )  # fmt: skip
    assert event_score(a, seized, EventLinkConfig()) > 0.0  # ASSAULT ~ COERCE


def test_week_and_month_dates_are_intervals() -> None:
    assert date_interval(DateValue("2024-08-05/2024-08-11", "week")) == (
        dt.date(2024, 8, 5),
        dt.date(2024, 8, 11),
    )
    assert date_interval(DateValue("2024-02", "month")) == (
        dt.date(2024, 2, 1),
        dt.date(2024, 2, 29),
    )
    assert date_interval("2024-Q3", "quarter") == (dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    assert date_interval("2024", "year") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert date_interval("not a date", "day") is None


def test_cluster_ids_are_stable_and_adding_again_changes_nothing() -> None:
    linker = EventLinker()
    assert linker.add(ukraine_says_taken()) == "kyiv/e1"
    linker.add(russia_says_repelled())
    linker.add(strike_on_kharkiv())
    snapshot = [(k, [m.key for m in ms]) for k, ms in linker.clusters()]
    for m in (russia_says_repelled(), ukraine_says_taken(), strike_on_kharkiv()):
        linker.add(m)
    assert [(k, [m.key for m in ms]) for k, ms in linker.clusters()] == snapshot


def test_a_bridging_arrival_merges_clusters_under_the_older_id() -> None:
    # Two reports too different to link directly, then one that matches both closely.
    config = EventLinkConfig(threshold=0.5, merge_threshold=0.5)
    text = "Ukrainian forces attacked Sudzha."
    event = {"type": "ASSAULT", "trigger": "attacked", "actors": ["UKR"], "date": "2024-08-14"}
    a = report("a", text, {**event, "date": "2024-08-12"}, place=SUDZHA)
    b = report("b", text, {**event, "date": "2024-08-16"}, place=SUDZHA)
    bridge = report("c", text, event, place=SUDZHA)
    linker = EventLinker(config)
    assert linker.add(a) == "a/e1"
    assert linker.add(b) == "b/e1"  # four days apart: outside the window
    assert linker.add(bridge) == "a/e1"
    assert linker.aliases == {"b/e1": "a/e1", "c/e1": "a/e1"}
    assert linker.resolve("b/e1") == "a/e1"
    assert [m.key for m in linker.members("b/e1")] == ["a/e1", "b/e1", "c/e1"]


def test_a_misplaced_span_is_a_clear_error() -> None:
    with pytest.raises(MalformedRecordError, match=r"'Kursk' .* is not in the text"):
        extraction_from_compact(
            {"id": "x", "text": "Troops moved.", "events": [
                {"id": "e1", "type": "ASSAULT", "trigger": "Kursk"}]}
        )  # fmt: skip
    with pytest.raises(MalformedRecordError, match="missing field 'type'"):
        extraction_from_compact(
            {"id": "x", "text": "Troops moved.", "events": [{"id": "e1", "trigger": "moved"}]}
        )
