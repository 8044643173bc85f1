"""Countries by name, alias, demonym and capital (``claimwire/data/countries.tsv``).

One table for every stage that turns ``Ukraine``, ``Ukrainian`` or ``Kyiv`` into
``UKR``. Names and capitals come from GeoNames' country list; aliases and
demonyms were written for claimwire.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

__all__ = ["Country", "CountryMatch", "countries", "country_by_code", "lookup_country"]

How = Literal["name", "alias", "demonym", "capital"]


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166 alpha-3
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CountryMatch:
    country: Country
    how: How


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPACE = re.compile(r"\s+")


def _key(text: str) -> str:
    """Normalised lookup key: ``the U.S.'s`` → ``u.s.``."""
    text = _SPACE.sub(" ", text.strip())
    text = _POSSESSIVE.sub("", text)
    if text.lower().startswith("the "):
        text = text[4:]
    return text.casefold()


@cache
def countries() -> tuple[Country, ...]:
    rows: list[Country] = []
    table = resources.files("claimwire.data").joinpath("countries.tsv").read_text("utf-8")
    for line in table.splitlines():
        if not line or line.startswith("#") or line.startswith("iso3\t"):
            continue
        code, name, aliases, demonyms, capitals = (line.split("\t") + [""] * 5)[:5]
        rows.append(
            Country(
                code=code,
                name=name,
                aliases=tuple(a for a in aliases.split("|") if a),
                demonyms=tuple(d for d in demonyms.split("|") if d),
                capitals=tuple(c for c in capitals.split("|") if c),
            )
        )
    return tuple(rows)


@cache
def _index() -> dict[str, CountryMatch]:
    index: dict[str, CountryMatch] = {}
    # Later kinds never overwrite earlier ones: a name beats a demonym beats a capital.
    for how in ("name", "alias", "demonym", "capital"):
        for country in countries():
            values: tuple[str, ...]
            if how == "name":
                values = (country.name,)
            elif how == "alias":
                values = country.aliases
            elif how == "demonym":
                values = country.demonyms
            else:
                values = country.capitals
            for value in values:
                index.setdefault(_key(value), CountryMatch(country, how))
    return index


@cache
def _by_code() -> dict[str, Country]:
    return {c.code: c for c in countries()}


def country_by_code(code: str) -> Country | None:
    return _by_code().get(code.upper())


def lookup_country(text: str) -> CountryMatch | None:
    """The country ``text`` names (``Russia``), describes (``Russian``) or stands
    for (``Moscow``), or None. Case-insensitive; a leading ``the`` and a trailing
    possessive are ignored, but the text must be capitalised (``us`` is a pronoun)
    and short codes must be in capitals (``US``, not ``Us``)."""
    stripped = text.strip()
    if stripped.lower().startswith("the "):
        stripped = stripped[4:]
    if not stripped or not stripped[0].isupper():
        return None
    key = _key(text)
    if (
        len(key.replace(".", "")) <= 3
        and not _POSSESSIVE.sub("", stripped).replace(".", "").isupper()
    ):
        return None
    return _index().get(key)
