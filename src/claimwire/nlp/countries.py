"""Countries by name, alias, demonym and capital, for actor normalisation.

Turns ``Ukraine``, ``Ukrainian`` or ``Kyiv`` into ``UKR``. The names come from
the country table every stage shares (:mod:`claimwire.countries`,
``claimwire/data/countries.tsv``); the names only the gazetteer takes
(``place_names``) are left out here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from claimwire.countries import Country, countries, country_by_code

__all__ = ["Country", "CountryMatch", "countries", "country_by_code", "lookup_country"]

How = Literal["name", "alias", "demonym", "capital"]


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
                values = (*country.demonyms, *country.people)
            else:
                values = country.capitals
            for value in values:
                index.setdefault(_key(value), CountryMatch(country, how))
    return index


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
