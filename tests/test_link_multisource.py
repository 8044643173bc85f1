"""The multi-source set: every origin, cluster and contradiction as expected; the
picture of an event, its history and timelines."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from benchmarks.linking import MULTISOURCE, multisource_check, multisource_extractions

from claimwire.link.linker import Linker
from claimwire.link.picture import quantity_bounds
from claimwire.pipeline import Extractor
from claimwire.records import Quantity, Span


@pytest.fixture(scope="module")
def linker() -> Linker:
    linker = Linker()
    linker.add_all(multisource_extractions())
    return linker


def test_every_origin_cluster_and_contradiction_is_as_expected() -> None:
    assert multisource_check() == {}


def test_the_set_has_what_the_issue_asks_for() -> None:
    extractions = multisource_extractions()
    assert len(extractions) >= 12
    expected = json.loads((MULTISOURCE / "expected.json").read_text("utf-8"))
    kinds = {c["kind"] for c in expected["contradictions"]}
    assert {"outcome", "denial", "tally"} <= kinds
    assert any(len(o) >= 3 for o in expected["origins"])  # one wire story, two copies


def test_the_sudzha_picture(linker: Linker) -> None:
    picture = linker.picture("r01/e1")
    assert picture.place == "Sudzha"
    assert picture.when == (dt.date(2024, 8, 15), dt.date(2024, 8, 15))
    assert [s.article for s in picture.sources] == ["r01", "r02", "r03", "r04", "r05"]
    assert picture.origins == ("r01", "r02", "r03")
    assert picture.independent_sources == 3  # five URLs, three independent origins
    assert [(r.party, r.kind, r.to_speaker) for r in picture.responses] == [
        ("Russian government", "no_response", "Volodymyr Zelensky")
    ] * 3  # once per copy of the wire story
    (contradiction,) = picture.contradictions
    assert contradiction.kind == "outcome"
    assert contradiction.first_by == "Volodymyr Zelensky"
    assert contradiction.second_by == "Russian Defence Ministry"


def test_history_shows_the_picture_after_each_article(linker: Linker) -> None:
    steps = linker.history("r01/e1")
    # Published order, then ingest order: r05 came out a day later.
    assert [s.article for s in steps] == ["r01", "r02", "r03", "r04", "r05"]
    assert [s.picture.independent_sources for s in steps] == [1, 2, 3, 3, 3]
    assert steps[0].picture.contradictions == ()
    assert [c.kind for c in steps[1].picture.contradictions] == ["outcome"]
    assert steps[0].picture.asserted_by == ("Volodymyr Zelensky",)


def test_timeline_by_place_and_by_actor(linker: Linker) -> None:
    kyiv = linker.timeline(place="Kyiv")
    assert [p.cluster for p in kyiv] == ["r11/e2", "r06/e1"]  # by date: 2023, then 2024
    belarus = linker.timeline(actor="BLR")
    assert {p.cluster for p in belarus} == {"r13/e1", "r13/e2"}
    assert linker.timeline(place="Atlantis") == []


def test_contradictions_since_a_date(linker: Linker) -> None:
    assert len(linker.contradictions()) == 5
    recent = linker.contradictions(since=dt.date(2024, 8, 1))
    assert {c.kind for c in recent} == {"outcome", "denial"}
    assert {c.cluster for c in recent} == {"r01/e1", "r13/e1"}


def test_ids_survive_reingestion_and_arrivals_in_another_order() -> None:
    extractions = multisource_extractions()
    first = Linker()
    first.add_all(extractions)
    ids = {k: first.events.cluster_of(k) for k in ("r03/e1", "r07/e1", "r10/e1")}
    first.add_all(extractions)  # re-ingesting changes nothing
    assert {k: first.events.cluster_of(k) for k in ids} == ids
    # A later arrival (a copy of r02) joins without renaming anything.
    copy = replace(extractions[1], article=replace(extractions[1].article, id="r99"))
    update = first.add(copy)
    assert update.events == {"e1": "r01/e1"}
    assert update.origin == "r02"
    assert update.duplicates[0].relation == "exact"


def test_tally_bounds() -> None:
    def q(value: float, qualifier: str = "exact", upper: float | None = None) -> Quantity:
        return Quantity("q", Span(0, 1, "x"), value, upper, qualifier, category="killed")  # type: ignore[arg-type]

    assert quantity_bounds(q(16)) == (16, 16)
    assert quantity_bounds(q(15, "at_least"))[0] == 15
    assert quantity_bounds(q(10, "range", 20)) == (10, 20)
    assert quantity_bounds(q(100, "about")) == pytest.approx((90, 110))
    assert quantity_bounds(q(5, "at_most")) == (0, 5)


def test_pipeline_output_links_end_to_end(extractor: Extractor) -> None:
    """The real pipeline over the set's texts: origins depend on the text alone and must
    match; events and claims get linked with whatever the components extract."""
    articles = [e.article for e in multisource_extractions()]
    linker = Linker()
    for extraction in extractor.extract_many(articles):
        linker.add(extraction)
    expected = json.loads((MULTISOURCE / "expected.json").read_text("utf-8"))
    assert {frozenset(o.articles) for o in linker.origins.origins()} == {
        frozenset(o) for o in expected["origins"]
    }
    for picture in linker.pictures():
        assert picture.sources
        assert picture.independent_sources <= len(picture.sources)
