"""Contradiction rules on small hand-built clusters."""

from __future__ import annotations

from typing import Any

from claimwire.link.compact import extraction_from_compact
from claimwire.link.linker import Linker

HOSPITAL = {"id": "p1", "name": "Kyiv", "lat": 50.45, "lon": 30.52, "country": "UKR",
            "level": "city", "mentions": ["Kyiv"]}  # fmt: skip


def report(
    aid: str,
    text: str,
    claim: dict[str, Any] | None,
    event: dict[str, Any],
    quantities: tuple[dict[str, Any], ...] = (),
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": aid, "text": text, "published": "2024-07-08", "places": [HOSPITAL],
        "events": [{"id": "e1", "type": "ASSAULT", "place": "p1", "date": "2024-07-08",
                    "actors": ["RUS"], "recipients": ["UKR"], **event}],
        "quantities": list(quantities),
    }  # fmt: skip
    if claim:
        data["claims"] = [{"id": "c1", **claim}]
        data["events"][0]["claim"] = "c1"
    return data


def link(*reports: dict[str, Any]) -> Linker:
    linker = Linker()
    linker.add_all(extraction_from_compact(r) for r in reports)
    return linker


def test_negated_mention_without_denial_flag_is_a_negation() -> None:
    linker = link(
        report("a", "A missile struck a hospital in Kyiv.", None, {"trigger": "struck"}),
        report(
            "b", "The ministry said no missile struck the hospital in Kyiv.",
            {"speaker": "Russian Defence Ministry", "cue": "said",
             "content": "no missile struck the hospital in Kyiv"},
            {"trigger": "struck", "modality": "negated"},
        ),
    )  # fmt: skip
    (picture,) = linker.pictures()
    assert [(c.kind, c.first_by, c.second_by) for c in picture.contradictions] == [
        ("negation", None, "Russian Defence Ministry")
    ]
    assert picture.narrated
    assert picture.asserted_by == ()
    assert picture.deniers == ("Russian Defence Ministry",)


def test_tallies_within_bounds_agree_and_beyond_them_conflict() -> None:
    def toll(aid: str, words: str, value: float, qualifier: str, upper: float | None = None
             ) -> dict[str, Any]:  # fmt: skip
        text = f"A missile struck a hospital in Kyiv, killing {words}."
        q = {"id": "q1", "span": words, "value": value, "qualifier": qualifier, "upper": upper,
             "category": "killed"}  # fmt: skip
        return report(aid, text, None, {"trigger": "struck", "quantities": ["q1"]}, (q,))

    agree = link(toll("a", "at least 30 people", 30, "at_least"),
                 toll("b", "33 people", 33, "exact"),
                 toll("c", "between 30 and 40 people", 30, "range", 40))  # fmt: skip
    assert agree.contradictions() == []
    clash = link(toll("a", "about 30 people", 30, "about"), toll("b", "45 people", 45, "exact"))
    (c,) = clash.contradictions()
    assert c.kind == "tally"
    assert (c.first, c.second) == ("a/q1", "b/q1")


def test_same_speaker_and_repeated_pairs_are_not_new_contradictions() -> None:
    taken = {"speaker": "Volodymyr Zelensky", "cue": "said", "content": "troops took Kyiv"}
    failed = {"speaker": "Russian Defence Ministry", "cue": "said", "content": "it repelled them"}
    linker = link(
        report("a", "Zelensky said troops took Kyiv.", taken, {"trigger": "took"}),
        report("b", "Zelensky said troops took Kyiv.", taken, {"trigger": "took"}),
        report(
            "c", "The ministry said it repelled them near Kyiv.", failed, {"trigger": "repelled"}
        ),
        report(
            "d", "The ministry said it repelled them near Kyiv.", failed, {"trigger": "repelled"}
        ),
    )
    kinds = [c.kind for c in linker.contradictions()]
    assert kinds == ["outcome"]


def test_counts_in_the_triggers_sentence_are_its_tally_when_not_tied() -> None:
    def toll(aid: str, n: int) -> dict[str, Any]:
        text = f"A missile struck a hospital in Kyiv and killed {n} people. Rescuers came."
        q = {"id": "q1", "span": f"{n} people", "value": n, "category": "killed"}
        return report(aid, text, None, {"trigger": "struck"}, (q,))

    (c,) = link(toll("a", 2), toll("b", 5)).contradictions()
    assert (c.kind, c.first, c.second) == ("tally", "a/q1", "b/q1")


def test_trigger_classes_let_different_words_for_one_deed_meet() -> None:
    from claimwire.link.features import trigger_stems

    assert "#capture" in trigger_stems("taken full control") & trigger_stems("captured")
    assert "#repel" in trigger_stems("repelled") & trigger_stems("stopped")
    assert not trigger_stems("captured") & trigger_stems("repelled")
