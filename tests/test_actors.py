"""The actor knowledge base: aliases, offices by date, user extension files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimwire.errors import ConfigError
from claimwire.nlp.actors import ActorKB, default_kb


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return default_kb()


@pytest.mark.parametrize(
    "alias",
    ["Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Tehreek-i-Taliban Pakistan"],
)
def test_either_spelling_of_the_izafe_names_one_group(kb: ActorKB, alias: str) -> None:
    entry = kb.lookup(alias)
    assert entry is not None
    assert entry.name == "Tehrik-i-Taliban Pakistan"


@pytest.mark.parametrize("alias", ["Zelenskyy", "Zelensky", "Zelenskiy", "Volodymyr Zelensky"])
def test_transliteration_variants_name_one_person(kb: ActorKB, alias: str) -> None:
    entry = kb.lookup(alias)
    assert entry is not None
    assert entry.name == "Volodymyr Zelenskyy"
    assert entry.country == "UKR"
    assert entry.kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moscow", "Russia (government)"),
        ("the Kremlin", "Russia (government)"),
        ("Kiev", "Ukraine (government)"),
        ("Kyiv", "Ukraine (government)"),
        ("Minsk", "Belarus (government)"),
        ("Tehran", "Iran (government)"),
        ("the Russian defence ministry", "Russia (defence ministry)"),
        ("Russia's Defense Ministry", "Russia (defence ministry)"),
        ("Pakistan's foreign office", "Pakistan (foreign ministry)"),
        ("the United Arab Emirates' foreign ministry", "United Arab Emirates (foreign ministry)"),
        ("Belarus's Foreign Ministry", "Belarus (foreign ministry)"),
        ("Belarus' Foreign Ministry", "Belarus (foreign ministry)"),
        ("China's coast guard", "China (coast guard)"),
        # every sovereign state, not only those of the current wars
        ("Vientiane", "Laos (government)"),
        ("the Vatican", "Vatican (government)"),
        ("Tanzania's government", "Tanzania (government)"),
        ("the Philippine Coast Guard", "Philippines (coast guard)"),
        ("China's Ministry of Commerce", "China (commerce ministry)"),
        ("the Chinese commerce ministry", "China (commerce ministry)"),
        ("Russia's Finance Ministry", "Russia (finance ministry)"),
        ("the Israeli justice ministry", "Israel (justice ministry)"),
        ("the National Security Council", "United States (National Security Council)"),
        ("the ELN", "National Liberation Army (ELN)"),
        ("the Ukrainian military", "Ukraine (military)"),
        ("the U.N. refugee agency", "UNHCR"),
        ("Doctors Without Borders", "Medecins Sans Frontieres"),
        ("the Autonomous Administration", "Autonomous Administration of North and East Syria"),
        (
            "Autonomous Administration in north and east Syria",
            "Autonomous Administration of North and East Syria",
        ),
    ],
)
def test_metonyms_and_bodies(kb: ActorKB, text: str, name: str) -> None:
    entry = kb.lookup(text)
    assert entry is not None
    assert entry.name == name


def test_metonyms_are_only_metonyms(kb: ActorKB) -> None:
    assert kb.is_metonym("Moscow")
    assert not kb.is_metonym("Vladimir Putin")
    assert kb.lookup("Moscow", metonyms=False) is None


@pytest.mark.parametrize(
    ("country", "role", "day", "name"),
    [
        ("BLR", "president", dt.date(2024, 8, 15), "Alexander Lukashenko"),
        ("USA", "president", dt.date(2024, 8, 15), "Joe Biden"),
        ("USA", "president", dt.date(2025, 3, 1), "Donald Trump"),
        ("USA", "president", dt.date(2019, 3, 1), "Donald Trump"),
        ("GBR", "prime_minister", dt.date(2023, 1, 1), "Rishi Sunak"),
        ("GBR", "prime_minister", dt.date(2024, 8, 1), "Keir Starmer"),
        ("RUS", "defence_minister", dt.date(2023, 1, 1), "Sergei Shoigu"),
        ("RUS", "defence_minister", dt.date(2024, 6, 1), "Andrei Belousov"),
        ("GBR", "leader", dt.date(2024, 8, 1), "Keir Starmer"),
        ("IRN", "leader", dt.date(2024, 8, 1), "Ali Khamenei"),
    ],
)
def test_offices_by_date(kb: ActorKB, country: str, role: str, day: dt.date, name: str) -> None:
    entry = kb.by_role(country, role, day)
    assert entry is not None
    assert entry.name == name


def test_demonyms_and_names_give_countries(kb: ActorKB) -> None:
    assert kb.country("Belarusian") == "BLR"
    assert kb.country("Ukraine's") == "UKR"
    assert kb.country("the Netherlands") == "NLD"
    assert kb.country("Atlantis") is None


def test_a_seat_of_government_gives_its_country_only_before_a_role(kb: ActorKB) -> None:
    assert kb.country_or_seat("the Kremlin") == "RUS"
    assert kb.country_or_seat("Washington's") == "USA"
    assert kb.country_or_seat("Belarusian") == "BLR"
    assert kb.country("the Kremlin") is None


def test_user_file_extends_and_replaces(tmp_path: Path) -> None:
    people = tmp_path / "mine.jsonl"
    people.write_text(
        '{"name": "Jane Example", "aliases": ["Example"], "country": "FRA",'
        ' "offices": [["mayor", "FRA", "2020-01-01", null]], "gender": "f"}\n'
        '{"name": "Amnesty International", "kind": "organization", "sector": "ngo",'
        ' "aliases": ["AI rights group"]}\n',
        "utf-8",
    )
    states = tmp_path / "states.tsv"
    states.write_text("XAT\tAtlantis\tAtlantean\tPoseidonia\t\n", "utf-8")
    kb = ActorKB.load([people, states])
    jane = kb.lookup("Example")
    assert jane is not None
    assert jane.name == "Jane Example"
    assert kb.by_role("FRA", "mayor", dt.date(2024, 1, 1)) == jane
    assert jane.gender == "f"
    amnesty = kb.lookup("AI rights group")
    assert amnesty is not None
    assert amnesty.name == "Amnesty International"
    assert kb.lookup("Amnesty") is None  # the user's entry replaced the shipped aliases
    capital = kb.lookup("Poseidonia")
    assert capital is not None
    assert capital.name == "Atlantis (government)"
    assert kb.country("Atlantean") == "XAT"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.jsonl", "{not json\n", "line 1"),
        ("bad.jsonl", '{"aliases": []}\n', "needs a name"),
        ("bad.jsonl", '{"name": "X", "offices": [["mayor", "FRA", "May", null]]}\n', "ISO"),
        # a bare string would be read letter by letter
        ("bad.jsonl", '{"name": "X", "metonyms": "Brussels"}\n', "list of names"),
        ("bad.jsonl", '{"name": "X", "aliases": 5}\n', "list of names"),
        ("bad.jsonl", '{"name": "X", "offices": [], "gender": "female"}\n', "'f' or 'm'"),
        ("bad.tsv", "Atlantis\tXAT\n", "ISO alpha-3"),
        ("bad.csv", "x", ".tsv"),
    ],
)
def test_bad_user_files_raise_config_errors(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    with pytest.raises(ConfigError, match=message):
        ActorKB.load([path])


def test_leader_of_a_parliamentary_state_is_its_head_of_government(kb: ActorKB) -> None:
    israel = kb.by_role("ISR", "leader", dt.date(2024, 5, 1))
    russia = kb.by_role("RUS", "leader", dt.date(2024, 5, 1))
    assert israel is not None
    assert israel.name == "Benjamin Netanyahu"
    assert russia is not None
    assert russia.name == "Vladimir Putin"


def test_congo_alone_is_not_the_republic_of_the_congo(kb: ActorKB) -> None:
    # Wire copy's `Congo` is most often the Democratic Republic of the Congo; the KB
    # leaves the short name to context rather than name the wrong state.
    assert kb.lookup("Congo") is None
