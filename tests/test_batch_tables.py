"""Extractions survive the trip through Arrow tables unchanged."""

from __future__ import annotations

import pyarrow as pa

from claimwire.batch.tables import TABLES, extractions_from_articles, extractions_to_tables
from claimwire.records import (
    Actor,
    Article,
    Claim,
    DateMention,
    DateValue,
    Entity,
    Event,
    Extraction,
    Place,
    Quantity,
    Response,
    Span,
)

TEXT = "Kyiv said on Monday that 12 soldiers were captured near Kharkiv."


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start, start + len(text), text)


def _extraction() -> Extraction:
    return Extraction(
        article=Article(id="a1", text=TEXT, published="2024-05-14", source="Test Wire"),
        entities=(Entity("ent1", "Ukraine (government)", "government", "UKR", (_span("Kyiv"),)),),
        claims=(
            Claim(
                "c1",
                "ent1",
                "Ukraine (government)",
                _span("Kyiv"),
                _span("said"),
                _span("12 soldiers were captured near Kharkiv"),
                "indirect",
                ("hedged",),
                DateValue("2024-05-13", "day"),
            ),
            Claim("c2", None, "officials", None, _span("said"), _span("12 soldiers"), "indirect"),
        ),
        responses=(
            Response("r1", None, "Russia (government)", "no_response", _span("Monday"), ("c1",)),
        ),
        events=(
            Event(
                "e1",
                "COERCE",
                _span("captured"),
                mode="arrest",
                actors=(Actor("Ukraine", "UKR", "military", "ent1"),),
                place="p1",
                claim="c1",
                quantities=("q1",),
            ),
        ),
        places=(
            Place(
                "p1", "Kharkiv", 49.98, 36.25, "UKR", "city", "near", 706483, (_span("Kharkiv"),)
            ),
        ),
        dates=(DateMention(_span("on Monday"), "2024-05-13", "day", "weekday before publication"),),
        quantities=(
            Quantity(
                "q1", _span("12 soldiers"), 12.0, None, "exact", "person", "captured", "soldiers"
            ),
        ),
    )


def test_every_record_kind_becomes_a_row_with_offsets() -> None:
    tables = extractions_to_tables([_extraction()])
    assert set(tables) == set(TABLES)
    claims = tables["claims"].to_pylist()
    assert [c["id"] for c in claims] == ["c1", "c2"]
    assert TEXT[claims[0]["content_start"] : claims[0]["content_end"]] == claims[0]["content_text"]
    assert claims[1]["source_start"] is None
    assert claims[0]["date_value"] == "2024-05-13"
    assert tables["events"].to_pylist()[0]["actors"][0]["code"] == "UKR"
    assert tables["places"].column("mentions").type == pa.list_(
        pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    )


def test_round_trip_through_the_articles_table() -> None:
    extraction = _extraction()
    tables = extractions_to_tables([extraction])
    assert list(extractions_from_articles(tables["articles"])) == [extraction]


def test_empty_input_gives_typed_empty_tables() -> None:
    tables = extractions_to_tables([])
    assert all(t.num_rows == 0 for t in tables.values())
    assert tables["quantities"].schema.field("value").type == pa.float64()
