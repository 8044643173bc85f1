"""The country table every stage shares (``claimwire/data/countries.tsv``).

One row a country: ISO alpha-2 and alpha-3 codes, name, other names, demonyms
(adjectives, and nouns for its people), capitals (and seats of government), a
representative point, and the names only the gazetteer takes. The event stage
normalises ``Ukraine``, ``Ukrainian`` and ``Kyiv`` to ``UKR`` with it
(:mod:`claimwire.nlp.countries`), the actor knowledge base completes its states
from it (:mod:`claimwire.nlp.actors`), and the embedded gazetteer takes each
country's point and names from it (:mod:`claimwire.geo.embedded`), so that a
name added here once reaches events, speakers and places alike. The file's
header documents its columns.

>>> country_by_code("UKR").capitals
('Kyiv', 'Kiev')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from claimwire.errors import ConfigError

__all__ = ["COLUMNS", "Country", "countries", "country_by_code", "parse_table", "table_text"]

#: The table's columns, in order; its header line names them.
COLUMNS = (
    "iso2",
    "iso3",
    "name",
    "aliases",
    "demonyms",
    "people",
    "capitals",
    "lat",
    "lon",
    "place_names",
)


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166 alpha-3
    name: str
    aliases: tuple[str, ...] = ()  # other names, for every stage
    demonyms: tuple[str, ...] = ()  # adjectives: `Ukrainian`
    capitals: tuple[str, ...] = ()  # and seats of government (`the Kremlin`)
    iso2: str = ""  # ISO 3166 alpha-2
    point: tuple[float, float] | None = None  # (lat, lon)
    place_names: tuple[str, ...] = ()  # names only the gazetteer takes
    people: tuple[str, ...] = ()  # nouns for its people: `Ukrainians`, `Briton`


def table_text() -> str:
    """The shipped table as text (the gazetteer's fingerprint hashes it)."""
    return resources.files("claimwire.data").joinpath("countries.tsv").read_text("utf-8")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def parse_table(text: str, where: str = "countries.tsv") -> tuple[Country, ...]:
    """The countries of a table in the shipped format (header line and ``#`` comments)."""
    rows: list[Country] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if cells[0] == COLUMNS[0]:
            if tuple(cells) != COLUMNS:
                raise ConfigError(f"{where}:{number}: expected the columns {', '.join(COLUMNS)}")
            continue
        cells += [""] * (len(COLUMNS) - len(cells))
        iso2, iso3, name, aliases, demonyms, people, capitals, lat, lon, place_names = cells[
            : len(COLUMNS)
        ]
        if len(iso2) != 2 or len(iso3) != 3 or not name:
            raise ConfigError(f"{where}:{number}: needs alpha-2 and alpha-3 codes and a name")
        try:
            point = (float(lat), float(lon)) if lat or lon else None
        except ValueError:
            raise ConfigError(f"{where}:{number}: lat and lon must be numbers") from None
        rows.append(
            Country(
                code=iso3,
                name=name,
                aliases=_split(aliases),
                demonyms=_split(demonyms),
                capitals=_split(capitals),
                iso2=iso2,
                point=point,
                place_names=_split(place_names),
                people=_split(people),
            )
        )
    return tuple(rows)


@cache
def countries() -> tuple[Country, ...]:
    """Every country of the shipped table, in its order (by alpha-3 code)."""
    return parse_table(table_text())


@cache
def _by_code() -> dict[str, Country]:
    return {c.code: c for c in countries()}


def country_by_code(code: str) -> Country | None:
    """The country with ISO alpha-3 code ``code`` (``UKR``)."""
    return _by_code().get(code.upper())
