"""`claimwire demo`: runs on the bundled examples and renders every kind of record."""

from __future__ import annotations

import pytest
from rich.console import Console

from claimwire.cli import main
from claimwire.ingest.demo import render_extraction
from claimwire.records import (
    Actor,
    Article,
    Claim,
    DateMention,
    DateValue,
    Event,
    Extraction,
    Place,
    Quantity,
    Response,
    Span,
)

TEXT = (
    "Sudan's army said on Tuesday, without providing evidence, that the RSF had shelled "
    "a camp near El Fasher, killing at least 12 people. The RSF did not respond."
)


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start, start + len(text), text)


def _extraction() -> Extraction:
    claim = Claim(
        id="c1",
        speaker="ent1",
        speaker_name="Sudanese Armed Forces",
        source=_span("Sudan's army"),
        cue=_span("said"),
        content=_span("the RSF had shelled a camp near El Fasher, killing at least 12 people"),
        kind="indirect",
        flags=("unsupported",),
    )
    return Extraction(
        article=Article(
            id="a1", text=TEXT, title="Shelling near El Fasher", published="2024-06-12"
        ),
        claims=(claim,),
        responses=(
            Response(
                "r1",
                "ent2",
                "Rapid Support Forces",
                "no_response",
                _span("The RSF did not respond"),
                ("c1",),
            ),
        ),
        events=(
            Event(
                "e1",
                "ASSAULT",
                _span("shelled"),
                actors=(Actor("Rapid Support Forces"),),
                recipients=(Actor("civilians"),),
                place="p1",
                date=DateValue("2024-06-11", "day"),
                claim="c1",
            ),
        ),
        places=(
            Place("p1", "El Fasher", 13.63, 25.35, "SDN", "city", mentions=(_span("El Fasher"),)),
        ),
        dates=(DateMention(_span("on Tuesday"), "2024-06-11", "day"),),
        quantities=(
            Quantity(
                "q1",
                _span("at least 12 people"),
                12,
                qualifier="at_least",
                unit="person",
                category="killed",
            ),
        ),
    )


def test_render_shows_claims_responses_events_places_dates_quantities() -> None:
    console = Console(record=True, width=160)
    for part in render_extraction(_extraction()):
        console.print(part)
    out = console.export_text()
    assert "Shelling near El Fasher" in out
    assert "Sudanese Armed Forces" in out
    assert "the RSF had shelled a camp near El Fasher" in out
    assert "[unsupported]" in out
    assert "no_response" in out
    assert "ASSAULT" in out
    assert "Rapid Support Forces → civilians" in out
    assert "El Fasher 2024-06-11" in out  # where / when of the event
    assert "on Tuesday → 2024-06-11 (day)" in out
    assert "at least 12 people → at_least 12 person [killed]" in out
    assert "El Fasher (SDN, city, 13.63, 25.35)" in out


def test_demo_command_runs_on_the_bundled_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "5 example reports" in out
    assert "Kakhovka" in out
    assert "Total:" in out
