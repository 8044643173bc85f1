"""Exports: PLOVER JSONL, ACLED-style CSV, GeoJSON, flat JSONL and CSV, each read back."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from claimwire.cli import main
from claimwire.errors import InputError, MalformedRecordError
from claimwire.export import (
    ACLED_FIELDS,
    EVENT_FIELDS,
    acled_types,
    read_extractions,
    write_export,
)
from claimwire.records import (
    Actor,
    Article,
    Claim,
    DateValue,
    Event,
    Extraction,
    Place,
    Quantity,
    Span,
)
from claimwire.serialize import extraction_to_json

TEXT = (
    "Rebel fighters seized the town of Mopti on Sunday, a spokesman said. "
    "The government urged the rebels to withdraw. Two soldiers were killed."
)


def _span(text: str, start_at: int = 0) -> Span:
    start = TEXT.index(text, start_at)
    return Span(start, start + len(text), text)


def make_extraction() -> Extraction:
    mopti = Place("p1", "Mopti", 14.49, -4.20, "MLI", "city", mentions=(_span("Mopti"),))
    claim = Claim(
        id="c1",
        speaker=None,
        speaker_name="rebel spokesman",
        source=_span("a spokesman"),
        cue=_span("said"),
        content=_span("Rebel fighters seized the town of Mopti on Sunday"),
        kind="indirect",
    )
    killed = Quantity("q1", _span("Two soldiers"), 2.0, category="killed")
    seize = Event(
        id="e1",
        type="ASSAULT",
        mode="seize",
        trigger=_span("seized"),
        actors=(Actor("Rebel fighters", sector="rebels"),),
        recipients=(Actor("Mali", code="MLI", sector="government"),),
        place="p1",
        date=DateValue("2024-06-02", "day"),
        claim="c1",
    )
    request = Event(
        id="e2",
        type="REQUEST",
        trigger=_span("urged"),
        actors=(Actor("Mali", code="MLI", sector="government"),),
        recipients=(Actor("rebels", sector="rebels"),),
    )
    kill = Event(
        id="e3",
        type="ASSAULT",
        trigger=_span("killed"),
        recipients=(Actor("soldiers", code="MLI", sector="military"),),
        quantities=("q1",),
        modality="actual",
    )
    return Extraction(
        article=Article(
            id="a1", text=TEXT, source="Example Wire", url="https://example.org/a1",
            published="2024-06-03",
        ),
        claims=(claim,),
        events=(seize, request, kill),
        places=(mopti,),
        quantities=(killed,),
    )  # fmt: skip


def export(fmt: str) -> tuple[str, int]:
    out = io.StringIO()
    n = write_export([make_extraction()], fmt, out)
    return out.getvalue(), n


def test_plover_jsonl_fields() -> None:
    text, n = export("plover")
    records = [json.loads(line) for line in text.splitlines()]
    assert n == len(records) == 3
    seize = records[0]
    assert seize["id"] == "a1-e1"
    assert seize["event"] == ["ASSAULT"]
    assert seize["mode"] == ["seize"]
    assert seize["date"] == "2024-06-02"
    assert seize["actor"] == [{"entity_text": "Rebel fighters", "sector": "REB"}]
    assert seize["recipient"][0]["code"] == "MLI"
    assert seize["event_loc"]["resolved_place"] == "Mopti"
    assert seize["event_loc"]["country_code"] == "MLI"
    assert seize["asserted_by"] == "rebel spokesman"
    assert seize["quad_code"] == 4
    assert TEXT[seize["text_info"]["start"] : seize["text_info"]["end"]] == "seized"
    assert seize["text"].startswith("Rebel fighters seized")
    # No date of its own: the publication date stands in, without a precision.
    assert (records[1]["date"], records[1]["date_precision"]) == ("2024-06-03", None)
    assert records[2]["size"] == {"dead": 2}


def test_plover_codes_announced_acts_as_announcements() -> None:
    base = make_extraction()
    pledge = Event(
        "e4",
        "AID",
        _span("urged"),
        actors=(Actor("Mali", code="MLI", sector="government"),),
        modality="intended",
    )
    out = io.StringIO()
    write_export([replace(base, events=(pledge,))], "plover", out)
    (record,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (record["event"], record["claimwire_type"]) == (["AGREE"], "AID")
    assert record["modality"] == "intended"


def test_plover_codes_an_agentless_event_to_the_state_where_it_happened() -> None:
    base = make_extraction()
    kill = replace(base.events[2], place="p1")
    out = io.StringIO()
    write_export([replace(base, events=(kill,))], "plover", out)
    (record,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a.get("code") for a in record["actor"]] == ["MLI"]
    assert kill.actors == ()  # the record keeps only what the text names


def test_acled_csv_round_trip_and_mapping() -> None:
    text, n = export("acled")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0].keys()) == ACLED_FIELDS
    assert n == len(rows) == 2  # the REQUEST has no ACLED counterpart
    seize, kill = rows
    assert (seize["event_type"], seize["sub_event_type"]) == (
        "Battles",
        "Non-state actor overtakes territory",
    )
    assert seize["disorder_type"] == "Political violence"
    assert (seize["geo_precision"], seize["time_precision"]) == ("1", "1")
    assert (seize["latitude"], seize["country"]) == ("14.49", "Mali")
    assert "rebel spokesman" in seize["source"]
    assert seize["notes"].startswith("According to rebel spokesman:")
    assert seize["actor2"] == "Government of Mali"
    assert kill["fatalities"] == "2"
    assert kill["time_precision"] == "3"  # dated only by publication


def test_acled_leaves_out_what_did_not_happen() -> None:
    base = make_extraction()
    planned = replace(base.events[0], id="e9", modality="intended")
    out = io.StringIO()
    assert write_export([replace(base, events=(planned,))], "acled", out) == 0


def test_acled_territory_taken_by_state_forces() -> None:
    town = Place("p1", "Kupiansk", 49.7, 37.6, "UKR", "city")
    retaken = Event(
        "e1",
        "ASSAULT",
        Span(0, 6, "retook"),
        mode="seize",
        actors=(Actor("Ukraine", code="UKR", sector="military"),),
        place="p1",
    )
    assert acled_types(retaken, town) == ("Battles", "Government regains territory")
    shelled = Event("e2", "ASSAULT", Span(0, 7, "shelled"), mode="heavy-weapons")
    assert acled_types(shelled, town) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert acled_types(Event("e3", "ACCUSE", Span(0, 7, "accused")), None) is None


def test_geojson_round_trip() -> None:
    text, n = export("geojson")
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection"
    assert n == len(collection["features"]) == 1  # only the located event
    (feature,) = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [-4.20, 14.49]}
    assert feature["properties"]["type"] == "ASSAULT"
    assert feature["properties"]["asserted_by"] == "rebel spokesman"


def test_flat_jsonl_and_csv_agree() -> None:
    jsonl, n_jsonl = export("jsonl")
    rows_json = [json.loads(line) for line in jsonl.splitlines()]
    text, n_csv = export("csv")
    rows_csv = list(csv.DictReader(io.StringIO(text)))
    assert n_jsonl == n_csv == 3
    assert tuple(rows_csv[0].keys()) == EVENT_FIELDS
    for as_json, as_csv in zip(rows_json, rows_csv, strict=True):
        assert {k: "" if v is None else str(v) for k, v in as_json.items()} == as_csv
    assert rows_json[0]["actor_codes"] == ""
    assert rows_json[2]["recipient_codes"] == "MLI"
    assert rows_json[2]["quantities"] == "Two soldiers"


def test_unknown_format_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown export format"):
        write_export([], "kml", io.StringIO())


def test_cli_exports_extract_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "extractions.jsonl"
    source.write_text(extraction_to_json(make_extraction()) + "\n", encoding="utf-8")
    assert [x.article.id for x in read_extractions(source)] == ["a1"]
    target = tmp_path / "events.geojson"
    code = main(["export", "--format", "geojson", "--input", str(source), "-o", str(target)])
    assert code == 0
    assert len(json.loads(target.read_text("utf-8"))["features"]) == 1
    assert main(["export", "-f", "plover", "-i", str(source)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_cli_reports_bad_input_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "-i", str(tmp_path / "missing.jsonl")]) != 0
    assert "no such file" in capsys.readouterr().err
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"schema": "claimwire.article/1"}\nnot json\n', encoding="utf-8")
    with pytest.raises(MalformedRecordError, match="line 1"):
        list(read_extractions(broken))
    assert main(["export", "-f", "csv", "-i", str(broken)]) != 0
    assert "line 1" in capsys.readouterr().err
    assert main(["export", "-f", "kml", "-i", str(broken)]) != 0


def test_cli_exports_from_the_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from claimwire.store import open_store

    db = str(tmp_path / "events.db")
    with open_store(db) as store:
        store.save(make_extraction())
    assert main(["export", "--format", "csv", "--db", db]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["type"] for r in rows] == ["ASSAULT", "REQUEST", "ASSAULT"]
    assert rows[0]["asserted_by"] == "rebel spokesman"
