"""The embedded gazetteer: name keys, lookups, countries and first-level regions."""

from __future__ import annotations

import pytest

from claimwire.geo import Gazetteer, name_key, open_gazetteer
from claimwire.geo.build import admin_base_names, is_current
from claimwire.geo.names import is_wanted_script
from claimwire.settings import Settings


@pytest.fixture(scope="module")
def gazetteer(settings: Settings) -> Gazetteer:
    return open_gazetteer(settings.gazetteer_path)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kyiv", "KYIV"),
        ("Kyïv", "Kyiv"),
        ("Zaporizhzhia’s", "Zaporizhzhia's"),
        ("Ivano-Frankivsk", "Ivano Frankivsk"),
        ("U.S.", "US"),
        ("Côte d'Ivoire", "cote divoire"),
        ("Ёлкино", "Елкино"),
    ],
)
def test_name_key_joins_spellings(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_name_key_keeps_different_names_apart() -> None:
    assert name_key("Kursk") != name_key("Kursk Oblast")
    assert name_key("Київ") != name_key("Kyiv")  # scripts are matched through alternate names


def test_wanted_scripts() -> None:
    assert is_wanted_script("Kharkiv")
    assert is_wanted_script("Харків")
    assert is_wanted_script("Łódź")
    assert not is_wanted_script("哈尔科夫")
    assert not is_wanted_script("خاركيف")
    assert not is_wanted_script("1234")


def test_admin_base_names() -> None:
    assert admin_base_names(["Kursk Oblast", "Kursk region", "Kursk"]) == {"Kursk"}
    assert admin_base_names(["Republic of Tatarstan"]) == {"Tatarstan"}


def test_index_is_current_and_reports_itself(gazetteer: Gazetteer) -> None:
    assert is_current(gazetteer.path)
    assert gazetteer.source.startswith("embedded:")
    assert len(gazetteer) > 200_000


def _best(gazetteer: Gazetteer, name: str, level: str | None = None) -> object:
    found = [c.entry for c in gazetteer.lookup(name) if level is None or c.entry.level == level]
    return max(found, key=lambda e: e.population)


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [("Kiev", "Kyiv"), ("Kharkov", "Kharkiv"), ("Zaporozhye", "Zaporizhzhia"), ("Киев", "Kyiv")],
)
def test_transliteration_variants_find_the_same_city(
    gazetteer: Gazetteer, variant: str, canonical: str
) -> None:
    assert _best(gazetteer, variant, "city") == _best(gazetteer, canonical, "city")


def test_small_towns_resolve_with_coordinates(gazetteer: Gazetteer) -> None:
    sudzha = _best(gazetteer, "Sudzha", "city")
    assert sudzha.country == "RU"
    assert sudzha.country3 == "RUS"
    assert abs(sudzha.lat - 51.19) < 0.05
    assert abs(sudzha.lon - 35.27) < 0.05


def test_countries_have_representative_points_and_alpha3(gazetteer: Gazetteer) -> None:
    russia = gazetteer.country("RU")
    assert russia is not None
    assert russia.country3 == "RUS"
    assert russia.level == "country"
    assert (russia.lat, russia.lon) == (60.0, 100.0)
    assert gazetteer.alpha3("UA") == "UKR"
    us = {c.entry.id for c in gazetteer.lookup("U.S.") if c.entry.level == "country"}
    assert us == {gazetteer.country("US").id}  # type: ignore[union-attr]
    assert _best(gazetteer, "Britain", "country") == gazetteer.country("GB")


def test_first_level_regions(gazetteer: Gazetteer) -> None:
    kursk = _best(gazetteer, "Kursk Oblast", "admin1")
    assert kursk.country == "RU"  # type: ignore[attr-defined]
    # The bare name reaches the region too, marked as such.
    kinds = {(c.entry.level, c.kind) for c in gazetteer.lookup("Kursk")}
    assert ("admin1", 2) in kinds
    assert ("city", 0) in kinds
    donetsk = _best(gazetteer, "Donetsk Oblast", "admin1")
    assert donetsk.country == "UA"  # type: ignore[attr-defined]
    assert gazetteer.admin1("UA", donetsk.admin1) == donetsk  # type: ignore[attr-defined]
    california = _best(gazetteer, "California", "admin1")
    assert california.geonameid == 5332921  # type: ignore[attr-defined]


def test_named_regions_and_features(gazetteer: Gazetteer) -> None:
    assert _best(gazetteer, "Middle East", "region").country == ""  # type: ignore[attr-defined]
    assert _best(gazetteer, "Black Sea", "feature").feature_class == "H"  # type: ignore[attr-defined]
    assert _best(gazetteer, "Africa", "region").feature_code == "CONT"  # type: ignore[attr-defined]


def test_unknown_names_find_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Qwxzyville") == ()


def test_lookups_are_cached(gazetteer: Gazetteer) -> None:
    first = gazetteer.lookup("Sudzha")
    assert gazetteer.lookup("SUDZHA") is first


def test_open_gazetteer_shares_one_instance(settings: Settings) -> None:
    assert open_gazetteer(settings.gazetteer_path) is open_gazetteer(settings.gazetteer_path)
