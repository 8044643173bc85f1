"""The one country table: its format, and that each stage reads its names from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimwire.countries import COLUMNS, countries, country_by_code, parse_table
from claimwire.errors import ConfigError
from claimwire.geo.embedded import EmbeddedData
from claimwire.nlp.actors import ActorKB, default_kb
from claimwire.nlp.countries import lookup_country

HEADER = "\t".join(COLUMNS) + "\n"


def test_table_has_one_row_per_code_with_a_point() -> None:
    table = countries()
    assert len(table) > 240
    assert len({c.code for c in table}) == len(table)
    assert len({c.iso2 for c in table}) == len(table)
    for country in table:
        assert country.point is not None, country.code
        lat, lon = country.point
        assert -90 <= lat <= 90, country.code
        assert -180 <= lon <= 180, country.code
        # A name listed twice in one row is a sign of a bad merge.
        names = [country.name, *country.aliases, *country.place_names]
        assert len({n.casefold() for n in names}) == len(names), country.code


def test_parse_reads_columns_and_lists() -> None:
    row_text = "XA\tXAT\tAtlantis\tthe Isle|Atlantica\tAtlantean\tAtlanteans\tPoseidonia\t1.5\t-2\n"
    text = "# comment\n" + HEADER + row_text
    (row,) = parse_table(text)
    assert (row.iso2, row.code, row.name) == ("XA", "XAT", "Atlantis")
    assert row.aliases == ("the Isle", "Atlantica")
    assert row.demonyms == ("Atlantean",)
    assert row.people == ("Atlanteans",)
    assert row.capitals == ("Poseidonia",)
    assert row.point == (1.5, -2.0)
    assert row.place_names == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("iso2\tiso3\tname\n", "expected the columns"),
        (HEADER + "XAT\tAtlantis\n", "alpha-2 and alpha-3"),
        (HEADER + "XA\tXAT\tAtlantis\t\t\t\t\tnorth\t3\n", "lat and lon"),
    ],
)
def test_parse_refuses_malformed_rows(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_table(text, "mine.tsv")


def test_an_alias_reaches_events_speakers_and_places() -> None:
    czechia = country_by_code("CZE")
    assert czechia is not None
    assert "Czech Republic" in czechia.aliases
    match = lookup_country("the Czech Republic")
    assert match is not None
    assert match.country.code == "CZE"
    kb = default_kb()
    assert kb.country("Czech Republic") == "CZE"
    government = kb.lookup("the Czech Republic's government")
    assert government is not None
    assert government.name == "Czech Republic (government)"
    rows = {r.country_code: r for r in EmbeddedData.load()._country_rows()}
    assert "Czech Republic" in rows["CZ"].alternatenames


def test_each_stage_takes_the_columns_meant_for_it() -> None:
    kb = default_kb()
    # Capitals and seats of government speak for the state in events and the KB.
    assert lookup_country("the Kremlin") is not None
    kremlin = kb.lookup("the Kremlin")
    assert kremlin is not None
    assert kremlin.name == "Russia (government)"
    # Place names are the gazetteer's alone: `the States` is no actor.
    assert "the States" in (country_by_code("USA") or pytest.fail("no USA")).place_names
    assert lookup_country("the States") is None
    assert kb.lookup("the States") is None
    # Nouns for a people are demonyms for events, but name no state body in the KB.
    for noun in ("Russians", "Briton"):
        match = lookup_country(noun)
        assert match is not None
        assert match.how == "demonym"
        assert kb.country(noun) is None
    assert kb.country("Russian") == "RUS"
    assert kb.lookup("the British government") is not None
    # The KB's own names stay the KB's: `the Kingdom` is Saudi Arabia's government only there.
    assert lookup_country("the Kingdom") is None
    kingdom = kb.lookup("the Kingdom")
    assert kingdom is not None
    assert kingdom.name == "Saudi Arabia (government)"


def test_user_states_are_completed_from_the_shared_table(tmp_path: Path) -> None:
    states = tmp_path / "states.tsv"
    # Moldova is in the shipped KB; the Republic of the Congo is not, and needs no name
    # of its own.
    states.write_text("COG\n", "utf-8")
    kb = ActorKB.load([states])
    assert default_kb().lookup("Brazzaville") is None
    government = kb.lookup("Brazzaville")
    assert government is not None
    assert government.name == "Republic of the Congo (government)"
    assert kb.country("Congo-Brazzaville") == "COG"


def test_user_state_outside_the_table_needs_a_name(tmp_path: Path) -> None:
    states = tmp_path / "states.tsv"
    states.write_text("XAT\n", "utf-8")
    with pytest.raises(ConfigError, match="needs an ISO alpha-3 code and a name"):
        ActorKB.load([states])
