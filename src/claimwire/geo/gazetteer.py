"""The gazetteer: a compact SQLite index of places, opened read-only.

It is built once (by :mod:`claimwire.geo.build`) into ``Settings.gazetteer_path``
and opened read-only afterwards; lookups go through an in-memory cache, so that a
hot name costs a dictionary access and a cold one one indexed SQLite query.

Schema (``FORMAT`` in table ``meta``):

``place``   one row per place: GeoNames id (negative for the entries claimwire
            derives itself, such as first-level regions the embedded data lacks),
            name, coordinates, feature class and code, ISO alpha-2 and alpha-3
            country, admin1 and admin2 codes, population, level.
``name``    ``(key, place, kind)``: every name and alternate name under its
            :func:`~claimwire.geo.names.name_key`; kind 0 is the place's own name,
            1 an alternate name, 2 the bare name of an administrative unit
            (``kursk`` for Kursk Oblast).
``admin``   admin1/admin2 codes (``UA.09``) with their names.
``meta``    format version, source, build statistics.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from claimwire.errors import GazetteerError
from claimwire.geo.names import name_key
from claimwire.records import PlaceLevel

__all__ = ["FORMAT", "Candidate", "Gazetteer", "GazetteerEntry", "level_of"]

#: Version of the on-disk layout; an index of another version is rebuilt or refused.
FORMAT: Final = 3

NAME_OWN, NAME_ALTERNATE, NAME_BASE = 0, 1, 2

_ENTRY_COLUMNS = (
    "id, name, lat, lon, fclass, fcode, country, country3, admin1, admin2, population, level"
)


def level_of(feature_class: str, feature_code: str) -> PlaceLevel:
    """The claimwire place level of a GeoNames feature class and code."""
    if feature_class == "A":
        if feature_code.startswith("PCL") or feature_code == "TERR":
            return "country"
        if feature_code in {"ADM1", "ADM1H"}:
            return "admin1"
        if feature_code.startswith("ADM"):
            return "admin2"
        return "region"
    if feature_class == "P":
        return "city"
    if feature_class == "L":
        return "region"
    return "feature"


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place of the gazetteer."""

    id: int  # GeoNames id; negative for entries claimwire derived itself
    name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str  # ISO 3166 alpha-2, "" for places in no country (seas, continents)
    country3: str  # ISO 3166 alpha-3, ""
    admin1: str
    admin2: str
    population: int
    level: PlaceLevel  # from the feature class and code (:func:`level_of`)

    @property
    def geonameid(self) -> int | None:
        return self.id if self.id > 0 else None

    @property
    def is_capital(self) -> bool:
        return self.feature_code == "PPLC"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry that a name may refer to, and how the name matched."""

    entry: GazetteerEntry
    kind: int  # NAME_OWN, NAME_ALTERNATE or NAME_BASE


class Gazetteer:
    """Read-only access to a built index.

    >>> gazetteer = Gazetteer(Path("gazetteer.sqlite"))  # doctest: +SKIP
    >>> [c.entry.country for c in gazetteer.lookup("Kharkov")][:1]  # doctest: +SKIP
    ['UA']
    """

    def __init__(self, path: Path, cache_size: int = 200_000) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(
                f"no gazetteer at {self.path}; run `claimwire gazetteer build` to make one"
            )
        try:
            # immutable: the file is only ever replaced by an atomic rename, never
            # written in place, so SQLite may skip locking.
            self._db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro&immutable=1",
                uri=True,
                check_same_thread=False,
            )
            meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{self.path}: not a claimwire gazetteer ({exc})") from None
        if meta.get("format") != str(FORMAT):
            raise GazetteerError(
                f"{self.path}: gazetteer format {meta.get('format')} is not {FORMAT}; "
                "rebuild it with `claimwire gazetteer build` (or re-import your dumps)"
            )
        self.meta: dict[str, str] = meta
        self._lock = threading.Lock()
        self._cache_size = cache_size
        self._by_key: dict[str, tuple[Candidate, ...]] = {}
        self._by_id: dict[int, GazetteerEntry] = {}
        self._countries: dict[str, GazetteerEntry] = {}
        self._admin1: dict[tuple[str, str], GazetteerEntry] = {}
        for row in self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM place WHERE level IN ('country', 'admin1')"
        ):
            entry = GazetteerEntry(*row)
            self._by_id[entry.id] = entry
            if entry.level == "country":
                self._countries.setdefault(entry.country, entry)
            else:
                self._admin1.setdefault((entry.country, entry.admin1), entry)

    def __len__(self) -> int:
        return int(self.meta.get("places", "0"))

    @property
    def source(self) -> str:
        return self.meta.get("source", "")

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place a name may refer to (any script, any spelling the index knows)."""
        return self.lookup_key(name_key(name))

    def lookup_key(self, key: str) -> tuple[Candidate, ...]:
        """As :meth:`lookup`, for a key already made by :func:`name_key`."""
        found = self._by_key.get(key)
        if found is not None:
            return found
        with self._lock:
            rows = self._db.execute(
                f"SELECT n.kind, {', '.join('p.' + c.strip() for c in _ENTRY_COLUMNS.split(','))} "
                "FROM name n JOIN place p ON p.id = n.place WHERE n.key = ?",
                (key,),
            ).fetchall()
        found = tuple(Candidate(self._intern(GazetteerEntry(*row[1:])), row[0]) for row in rows)
        if len(self._by_key) >= self._cache_size:
            self._by_key.clear()  # crude, but hot names come straight back
        self._by_key[key] = found
        return found

    def has_key(self, key: str) -> bool:
        return bool(self.lookup_key(key))

    def get(self, place_id: int) -> GazetteerEntry | None:
        entry = self._by_id.get(place_id)
        if entry is not None:
            return entry
        with self._lock:
            row = self._db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM place WHERE id = ?", (place_id,)
            ).fetchone()
        return self._intern(GazetteerEntry(*row)) if row else None

    def country(self, alpha2: str) -> GazetteerEntry | None:
        """The country entry of an ISO alpha-2 code."""
        return self._countries.get(alpha2)

    def admin1(self, country: str, code: str) -> GazetteerEntry | None:
        """The first-level region ``code`` of ``country`` (alpha-2), when the index has it."""
        return self._admin1.get((country, code))

    def alpha3(self, alpha2: str) -> str | None:
        entry = self._countries.get(alpha2)
        return entry.country3 if entry and entry.country3 else None

    def _intern(self, entry: GazetteerEntry) -> GazetteerEntry:
        # Countries and admin1 units are preloaded; share those objects.
        return self._by_id.get(entry.id, entry)

    def close(self) -> None:
        self._db.close()
