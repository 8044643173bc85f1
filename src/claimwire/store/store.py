"""The :class:`Store`: extractions in, records and searches out.

>>> with open_store("claimwire.db") as store:            # doctest: +SKIP
...     store.save(extraction)
...     [row.claim.speaker_name for row in store.claims(place="Sudzha")]

An article is written whole or not at all, in one transaction; saving the same
extraction again changes nothing, and a changed extraction of the same article
id replaces the old one (keeping its place in the arrival order).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, NamedTuple

from claimwire.errors import RecordNotFoundError, StoreError
from claimwire.records import (
    Article,
    Claim,
    Extraction,
    Response,
    Span,
)
from claimwire.serialize import (
    claim_from_dict,
    event_from_dict,
    extraction_from_dict,
    extraction_to_dict,
    place_from_dict,
)
from claimwire.settings import Settings
from claimwire.store import migrations
from claimwire.store.database import Database, Tx, connect
from claimwire.store.rows import (
    ArticleRow,
    BBox,
    ClaimRow,
    EventRow,
    Near,
    PlaceRow,
    SaveStats,
    SearchHit,
    decode_cursor,
    encode_cursor,
)
from claimwire.store.schema import LISTED_TABLES, RECORD_TABLES, record_json

__all__ = ["Store", "open_store"]

Outcome = Literal["new", "updated", "unchanged"]

#: Tables whose rows belong to one article directly (children cascade from them).
_TOP_TABLES = ("entities", "claims", "responses", "events", "places", "dates", "quantities")
_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


def open_store(
    url: str | None = None, *, settings: Settings | None = None, timeout: float = 30.0
) -> Store:
    """Open (creating it when new) the store at ``url``.

    ``url`` defaults to ``settings.db`` (``CLAIMWIRE_DB``, else ``claimwire.db``).
    A ``postgresql://`` URL selects PostgreSQL; anything else is an SQLite file.
    A new database gets the current schema; an older one must be upgraded with
    ``claimwire db upgrade``; one written by a newer claimwire is refused.
    """
    if url is None:
        url = (settings or Settings.from_env()).db
    db = connect(url, timeout=timeout)
    try:
        status = migrations.schema_status(db)
        migrations.check_not_newer(status, db)
        if status.is_new:
            migrations.upgrade(db)
        elif status.behind:
            raise StoreError(
                f"{db.describe()} has an older schema ({', '.join(status.behind)}); "
                f"run `claimwire db upgrade --db {db.describe()}`"
            )
    except BaseException:
        db.close()
        raise
    return Store(db)


def _published_day(published: str | None) -> str:
    match = _DAY.match(published or "")
    if not match:
        return ""
    day = match.group(0)
    return day + "-01" * ((10 - len(day)) // 3)


def _like(value: str) -> str:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _page_after(
    after: str | None, day_column: str, seq_column: str, position: str | None
) -> tuple[str, list[Any]]:
    """The rows after the cursor's in listing order (day DESC, seq DESC, position).

    The leading ``day <= ?`` is a range the keyset index seeks to, so a deep
    page costs no more than the first; the rest skips the rows of that day
    already served.
    """
    if after is None:
        return "", []
    day, seq, pos = decode_cursor(after)
    same_article = f" OR ({seq_column} = ? AND {position} > ?)" if position else ""
    return (
        f"{day_column} <= ? AND ({day_column} < ? OR ({day_column} = ? AND "
        f"({seq_column} < ?{same_article})))",
        [day, day, day, seq, *([seq, pos] if position else [])],
    )


def _limit(limit: int | None) -> int:
    if limit is None:
        return 50
    if limit < 1:
        raise StoreError(f"limit must be at least 1, got {limit}")
    return min(limit, 10_000)


class _Where:
    """WHERE clauses and their parameters, built up filter by filter."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        if clause:
            self.clauses.append(clause)
            self.params.extend(params)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.clauses)) if self.clauses else ""

    def days(self, column: str, since: str | None, until: str | None) -> None:
        if since:
            self.add(f"{column} >= ?", _published_day(since) or since)
        if until:
            self.add(f"{column} <> '' AND {column} <= ?", _published_day(until) or until)

    def geo(
        self,
        plan: _GeoPlan,
        bbox: BBox | Sequence[float] | None,
        near: Any,
        *,
        exact: bool = True,
    ) -> None:
        """Coordinates in the box, or within ``near``'s circle (``exact=False``: within
        the box around that circle, which the (lat, lon) index answers alone),
        written on ``plan``'s columns in ``plan``'s form."""
        lat, lon = plan.lat, plan.lon
        if bbox is not None:
            west, south, east, north = BBox(*bbox)
            if plan.opaque:
                # One expression, true exactly when the point is in the box: the
                # difference of two doubles is <= 0 exactly when a <= b (bounds
                # clamped so that no difference overflows).
                across = f"? - {lon}, {lon} - ?" if west <= east else f"LEAST(? - {lon}, {lon} - ?)"
                self.add(
                    f"GREATEST(? - {lat}, {lat} - ?, {across}) <= 0",
                    *(min(max(bound, -1e300), 1e300) for bound in (south, north, west, east)),
                )
            else:
                self.add(f"{lat} BETWEEN ? AND ?", south, north)
                if west <= east:
                    self.add(f"{lon} BETWEEN ? AND ?", west, east)
                else:  # crosses the antimeridian
                    self.add(f"({lon} >= ? OR {lon} <= ?)", west, east)
        if near is not None:
            centre = Near(*near)
            if not (plan.opaque and exact):
                # A box around the circle lets the (lat, lon) index do most of the work.
                south, north, lons = _around(centre)
                self.add(f"{lat} BETWEEN ? AND ?", south, north)
                if lons is not None:
                    west, east = lons
                    if west <= east:
                        self.add(f"{lon} BETWEEN ? AND ?", west, east)
                    else:  # crosses the antimeridian
                        self.add(f"({lon} >= ? OR {lon} <= ?)", west, east)
            if exact:
                self.add(f"km({lat}, {lon}, ?, ?) <= ?", centre.lat, centre.lon, centre.km)


class _GeoPlan(NamedTuple):
    """How a listing writes its geographic filter on the event's or listed place.

    The default lets the (lat, lon) index find the places in the area, to be
    sorted in listing order: right for a small area. Over a big one the listing
    should walk its keyset index instead and stop after ``limit`` matches:
    SQLite is kept off the (lat, lon) index by a unary ``+`` on the columns;
    PostgreSQL's planner, which multiplies the selectivities of the latitude and
    longitude ranges as if they were independent, takes any dense area for a
    rare one and sorts it, so the area is written as one ``opaque`` expression
    (the circle's exact distance test alone, or one ``GREATEST(...) <= 0`` for a
    box) that it estimates at a third of the rows instead.
    """

    lat: str = "p.lat"
    lon: str = "p.lon"
    opaque: bool = False
    #: A small area: its places are read through the (lat, lon) index and sorted,
    #: so the listing sorts their keys first and joins the rest to one page of rows.
    gather: bool = False


#: The great-circle distances of :func:`km` are on a sphere of this radius.
_EARTH_KM = 6371.0088


def _around(centre: Near) -> tuple[float, float, tuple[float, float] | None]:
    """South, north and (west, east) of a box holding the whole circle (``None``:
    every longitude, when the circle reaches a pole); west > east where it crosses
    the antimeridian. A little wider than the circle, never narrower: the exact
    distance test does the rest."""
    angle = max(0.0, centre.km) / _EARTH_KM  # radians of arc
    dlat = math.degrees(angle) * (1 + 1e-9) + 1e-9
    south, north = centre.lat - dlat, centre.lat + dlat
    if north >= 90 or south <= -90:
        return south, north, None
    # The widest point of the circle lies poleward of its centre, at this longitude.
    reach = math.sin(angle) / math.cos(math.radians(centre.lat))
    if reach >= 1:
        return south, north, None
    dlon = math.degrees(math.asin(reach)) * (1 + 1e-9) + 1e-9
    if dlon >= 180:
        return south, north, None
    west, east = centre.lon - dlon, centre.lon + dlon
    if west < -180 and east > 180:
        return south, north, None
    if west < -180:
        west += 360
    elif east > 180:
        east -= 360
    return south, north, (west, east)


class Store:
    """Articles and their records in SQLite or PostgreSQL. Use :func:`open_store`.

    ``store.db`` is the underlying :class:`~claimwire.store.database.Database`
    for modules that keep their own tables in the store (``link``): run SQL with
    ``?`` placeholders in either dialect through it.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def dialect(self) -> str:
        return self.db.dialect

    @property
    def url(self) -> str:
        return self.db.describe()

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------ writing

    def save(self, extraction: Extraction) -> bool:
        """Store one extraction in one transaction. True when something changed
        (a new article, or a changed extraction of a stored one)."""
        try:
            with self.db.transaction() as tx:
                return _save(tx, _Encoded(extraction)) != "unchanged"
        except StoreError:
            raise
        except Exception as exc:  # a record the schema refuses: nothing was written
            raise StoreError(
                f"article {extraction.article.id}: cannot be stored: {type(exc).__name__}: {exc}"
            ) from exc

    def save_many(self, extractions: Iterable[Extraction], *, batch_size: int = 200) -> SaveStats:
        """Store many extractions, ``batch_size`` per transaction.

        Each article is all-or-nothing (a savepoint each): one that cannot be
        stored is listed in ``failed`` with its reason and the rest go on. An
        interruption loses at most the open batch, never part of an article.
        """
        stats = SaveStats(failed=[])
        batch: list[Extraction] = []
        for extraction in extractions:
            batch.append(extraction)
            if len(batch) >= batch_size:
                self._save_batch(batch, stats)
                batch = []
        if batch:
            self._save_batch(batch, stats)
        return stats

    def _save_batch(self, batch: list[Extraction], stats: SaveStats) -> None:
        failed = stats.failed if stats.failed is not None else []
        encoded = [_Encoded(x) for x in batch]
        with self.db.transaction() as tx:
            outcomes: list[Outcome] | None
            try:
                # Fast path: the whole batch in one statement per table.
                with tx.savepoint("cw_batch"):
                    outcomes = _save_all(tx, encoded)
            except StoreError:
                raise
            except Exception:  # a bad or contended article: go one by one
                outcomes = None
            if outcomes is None:
                outcomes = []
                for item in encoded:
                    try:
                        with tx.savepoint("cw_article"):
                            outcomes.append(_save(tx, item))
                    except StoreError:
                        raise
                    except Exception as exc:  # one bad record must not stop the batch
                        failed.append((item.id, f"{type(exc).__name__}: {exc}"))
        for outcome in outcomes:
            if outcome == "new":
                stats.new += 1
            elif outcome == "updated":
                stats.updated += 1
            else:
                stats.unchanged += 1
        stats.failed = failed

    def delete(self, article_id: str) -> bool:
        """Remove an article and all its records; True if it was there."""
        with self.db.transaction() as tx:
            return tx.execute("DELETE FROM articles WHERE id = ?", [article_id]) > 0

    # ------------------------------------------------------------ reading back

    def has_article(self, article_id: str) -> bool:
        return bool(self.db.query("SELECT 1 AS x FROM articles WHERE id = ?", [article_id]))

    def get_extraction(self, article_id: str) -> Extraction:
        """The extraction exactly as it was saved; RecordNotFoundError if absent."""
        row = self.db.query_one("SELECT text, record FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise RecordNotFoundError(f"no article {article_id!r} in {self.url}")
        return _extraction(row["text"], row["record"])

    def iter_extractions(
        self, since: str | None = None, *, until: str | None = None, chunk: int = 500
    ) -> Iterator[Extraction]:
        """Every stored extraction in arrival order, optionally only those published
        on or after ``since`` / on or before ``until`` (ISO dates). Streams in chunks,
        so it neither holds the whole store in memory nor a long read transaction."""
        where = _Where()
        where.days("published_day", since, until)
        last = 0
        while True:
            clause = " AND ".join([*where.clauses, "seq > ?"])
            rows = self.db.query(
                f"SELECT seq, text, record FROM articles WHERE {clause} ORDER BY seq LIMIT ?",
                [*where.params, last, chunk],
            )
            for row in rows:
                yield _extraction(row["text"], row["record"])
            if len(rows) < chunk:
                return
            last = int(rows[-1]["seq"])

    def count(self, table: str = "articles") -> int:
        """The number of rows of one of the store's tables."""
        if not _IDENT.match(table) or not self.db.table_exists(table):
            known = ", ".join(("articles", *RECORD_TABLES))
            raise StoreError(f"no table {table!r} in the store; tables: {known}")
        return int(self.db.scalar(f"SELECT COUNT(*) AS n FROM {table}"))

    def info(self) -> dict[str, Any]:
        """Where the store is, its schema versions and how much it holds."""
        status = migrations.schema_status(self.db)
        info: dict[str, Any] = {
            "url": self.url,
            "dialect": self.dialect,
            "schema": status.current,
            "latest": status.latest,
            "counts": {t: self.count(t) for t in ("articles", *_TOP_TABLES)},
        }
        if self.dialect == "sqlite" and self.db.url != ":memory:":
            path = Path(self.db.url)
            info["bytes"] = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
        return info

    # ------------------------------------------------------------ queries

    def claims(
        self,
        *,
        speaker: str | None = None,
        place: str | None = None,
        flag: str | None = None,
        kind: str | None = None,
        article: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 50,
        after: str | None = None,
    ) -> list[ClaimRow]:
        """Claims, newest article first. ``speaker`` and ``place`` match names
        case-insensitively as substrings; ``place`` means a place mentioned inside
        the claim's content; ``since``/``until`` bound the publication day."""
        where = _claim_filters(
            speaker=speaker,
            place=place,
            flag=flag,
            kind=kind,
            article=article,
            since=since,
            until=until,
        )
        where.add(*_page_after_args(after, "c"))
        rows = self.db.query(
            f"SELECT {_REF_COLUMNS}, c.record"
            " FROM claims c JOIN articles a ON a.id = c.article_id"
            f" {where.sql()} ORDER BY {_order('c')} LIMIT ?",
            [*where.params, _limit(limit)],
        )
        claims = [claim_from_dict(json.loads(row["record"])) for row in rows]
        responses = self._responses({row["article_id"] for row in rows})
        return [
            ClaimRow(
                **_ref(row),
                claim=claim,
                responses=tuple(
                    r for r in responses.get(row["article_id"], ()) if claim.id in r.claims
                ),
            )
            for row, claim in zip(rows, claims, strict=True)
        ]

    def events(
        self,
        *,
        type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        bbox: BBox | Sequence[float] | None = None,
        near: Near | tuple[float, float, float] | None = None,
        since: str | None = None,
        until: str | None = None,
        asserted_by: str | None = None,
        modality: str | None = None,
        article: str | None = None,
        limit: int | None = 50,
        after: str | None = None,
    ) -> list[EventRow]:
        """Events, newest article first.

        ``type``: a PLOVER type. ``actor``: an ISO alpha-3 code (exact) or a name
        (substring) among actors or recipients. ``place``: substring of the event
        place's name; ``bbox`` (west, south, east, north) and ``near`` (lat, lon,
        km) filter on its coordinates. ``since``/``until`` bound the event's day
        (its own date's start when resolved, else the publication day).
        ``asserted_by``: substring of the speaker of the claim that holds it.
        """
        geo_plan = self._geo_plan(bbox, near, limit)
        where = _event_filters(
            type=type,
            actor=actor,
            place=place,
            geo_plan=geo_plan,
            bbox=bbox,
            near=near,
            since=since,
            until=until,
            asserted_by=asserted_by,
            modality=modality,
            article=article,
        )
        where.add(*_page_after_args(after, "e"))
        rows = self.db.query(
            _listing_sql(
                f"{_REF_COLUMNS.replace('c.', 'e.')}, e.record,"
                " p.record AS place_record, c.speaker_name AS asserted_by",
                "events e",
                f"JOIN articles a ON a.id = e.article_id {_EVENT_PLACE} {_EVENT_CLAIM}",
                where,
                keys_first=geo_plan.gather,
                filter_joins=f"{_EVENT_PLACE} {_EVENT_CLAIM if asserted_by else ''}",
            ),
            [*where.params, _limit(limit)],
        )
        return [
            EventRow(
                **_ref(row),
                event=event_from_dict(json.loads(row["record"])),
                place=place_from_dict(json.loads(row["place_record"]))
                if row["place_record"]
                else None,
                asserted_by=row["asserted_by"],
            )
            for row in rows
        ]

    def places(
        self,
        *,
        name: str | None = None,
        country: str | None = None,
        level: str | None = None,
        bbox: BBox | Sequence[float] | None = None,
        near: Near | tuple[float, float, float] | None = None,
        since: str | None = None,
        until: str | None = None,
        article: str | None = None,
        limit: int | None = 50,
        after: str | None = None,
    ) -> list[PlaceRow]:
        """Places mentioned in articles, newest article first (one row per article
        and place). ``name`` is a case-insensitive substring; ``country`` ISO alpha-3."""
        where = _Where()
        if name:
            where.add("lower(p.name) LIKE ? ESCAPE '\\'", _like(name))
        if country:
            where.add("p.country = ?", country.upper())
        if level:
            where.add("p.level = ?", level)
        geo_plan = self._geo_plan(bbox, near, limit)
        where.geo(geo_plan, bbox, near)
        where.days("p.published_day", since, until)
        if article:
            where.add("p.article_id = ?", article)
        where.add(*_page_after_args(after, "p"))
        rows = self.db.query(
            _listing_sql(
                f"{_REF_COLUMNS.replace('c.', 'p.')}, p.record",
                "places p",
                "JOIN articles a ON a.id = p.article_id",
                where,
                keys_first=geo_plan.gather,
            ),
            [*where.params, _limit(limit)],
        )
        return [
            PlaceRow(**_ref(row), place=place_from_dict(json.loads(row["record"]))) for row in rows
        ]

    def articles(
        self,
        *,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 50,
        after: str | None = None,
    ) -> list[ArticleRow]:
        """Stored articles, newest first, with their record counts."""
        where = _Where()
        if source:
            where.add("lower(a.source) LIKE ? ESCAPE '\\'", _like(source))
        where.days("a.published_day", since, until)
        where.add(*_page_after_args(after, None))
        rows = self.db.query(
            "SELECT a.id, a.title, a.url, a.source, a.published, a.language, a.author,"
            " a.text, a.ingested_at, a.published_day, a.seq,"
            " (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS n_claims,"
            " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n_events,"
            " (SELECT COUNT(*) FROM places p WHERE p.article_id = a.id) AS n_places"
            f" FROM articles a {where.sql()}"
            " ORDER BY a.published_day DESC, a.seq DESC LIMIT ?",
            [*where.params, _limit(limit)],
        )
        return [
            ArticleRow(
                article=Article(
                    id=r["id"],
                    text=r["text"],
                    title=r["title"],
                    url=r["url"],
                    source=r["source"],
                    published=r["published"],
                    language=r["language"],
                    author=r["author"],
                ),
                claims=int(r["n_claims"]),
                events=int(r["n_events"]),
                places=int(r["n_places"]),
                ingested_at=r["ingested_at"],
                cursor=encode_cursor((r["published_day"], int(r["seq"]), 0)),
            )
            for r in rows
        ]

    # ------------------------------------------------------------ counts per day

    def events_per_day(
        self,
        *,
        type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        bbox: BBox | Sequence[float] | None = None,
        near: Near | tuple[float, float, float] | None = None,
        since: str | None = None,
        until: str | None = None,
        asserted_by: str | None = None,
        modality: str | None = None,
        article: str | None = None,
    ) -> dict[str, int]:
        """How many of the events :meth:`events` lists with these filters fall on
        each day (ISO dates, oldest first), counted by the database over the whole
        store.

        An event counts on the day the listing sorts and filters it by: its own
        date, else its article's publication day, a month or a year read as its
        first day (``2024-03`` counts on 2024-03-01), so that the counts of a
        ``since``/``until`` window fall inside it. One whose day is no calendar day
        (none, or an impossible ``2024-02-30``) counts on the publication day when
        that is one, else not at all.
        """
        where = _event_filters(
            type=type,
            actor=actor,
            place=place,
            geo_plan=_GeoPlan(),  # every match is read: the box's index
            bbox=bbox,
            near=near,
            since=since,
            until=until,
            asserted_by=asserted_by,
            modality=modality,
            article=article,
        )
        # Only the joins a filter reads: SQLite would look every event's up otherwise.
        joins = [
            *([_EVENT_PLACE] if place or bbox is not None or near is not None else []),
            *([_EVENT_CLAIM] if asserted_by else []),
        ]
        return self._per_day(
            "SELECT e.article_seq AS seq, e.day AS own, COUNT(*) AS n FROM events e"
            f" {' '.join(joins)} {where.sql()} GROUP BY e.article_seq, e.day",
            where.params,
        )

    def claims_per_day(
        self,
        *,
        speaker: str | None = None,
        place: str | None = None,
        flag: str | None = None,
        kind: str | None = None,
        article: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> dict[str, int]:
        """How many of the claims :meth:`claims` lists with these filters fall on
        each day (ISO dates, oldest first), counted by the database over the whole
        store. A claim counts on its article's publication day as the listing reads
        it (a month or a year as its first day) when that is a calendar day;
        otherwise it is not counted."""
        where = _claim_filters(
            speaker=speaker,
            place=place,
            flag=flag,
            kind=kind,
            article=article,
            since=since,
            until=until,
        )
        return self._per_day(
            "SELECT c.article_seq AS seq, c.published_day AS own, COUNT(*) AS n"
            f" FROM claims c {where.sql()} GROUP BY c.article_seq, c.published_day",
            where.params,
        )

    def _per_day(self, counted: str, params: list[Any]) -> dict[str, int]:
        """Day totals of ``counted``: rows (``seq``: the article, ``own``: a record's
        own day or NULL, ``n``: how many records) counted per article, so that each
        article is read once for its publication day. The day rules run on the few
        distinct (own day, publication day) pairs, not on every row."""
        pairs = (
            "SELECT k.own, substr(a.published, 1, 10) AS published, SUM(k.n) AS n"
            f" FROM ({counted}) k JOIN articles a ON a.seq = k.seq"
            " GROUP BY k.own, substr(a.published, 1, 10)"
        )
        day = (
            f"CASE WHEN {_is_day(self.dialect, 'p.own')} THEN p.own"
            f" WHEN {_is_day(self.dialect, 'p.published')} THEN p.published END"
        )
        rows = self.db.query(
            f"SELECT d.day, SUM(d.n) AS n FROM (SELECT {day} AS day, p.n FROM ({pairs}) p) d"
            " WHERE d.day IS NOT NULL GROUP BY d.day ORDER BY d.day",
            params,
        )
        return {row["day"]: int(row["n"]) for row in rows}

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over article titles and texts and claim contents, best
        first. ``text`` is web-search style: words, ``"a phrase"``, ``OR``, ``-word``."""
        from claimwire.store import search

        return search.search(self.db, text, _limit(limit))

    # ------------------------------------------------------------ helpers

    def _geo_plan(
        self,
        bbox: BBox | Sequence[float] | None,
        near: Near | tuple[float, float, float] | None,
        limit: int | None,
    ) -> _GeoPlan:
        """How a listing writes its geographic filter (see :class:`_GeoPlan`).

        Reading the places in the area through the (lat, lon) index and sorting
        them is right for a few hundred places, slow for a big area (all 20,000
        events of a dense region sorted for one page); walking the listing's
        keyset index stops after ``limit`` matches, which is right where the area
        holds many places and slow where it holds few. Both plans cost about the
        same at sqrt(limit x places) matching places: the store counts the places
        in the area up to that threshold (in the index alone) and picks the plan.
        Neither planner can do this itself: SQLite always takes the index, and
        PostgreSQL misjudges how many places a box holds (see :class:`_GeoPlan`).
        """
        if bbox is None and near is None:
            return _GeoPlan()
        if self.dialect == "sqlite":
            places = self.db.scalar("SELECT COALESCE(MAX(rowid), 0) AS n FROM places")
        else:
            # The planner's estimate, scaled to the table's current size (pg_class's
            # row count alone is stale until autovacuum next analyzes the table).
            plan = self.db.scalar("EXPLAIN (FORMAT JSON) SELECT 1 FROM places")
            places = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"]
        threshold = math.ceil(math.sqrt(_limit(limit) * max(0.0, float(places))))
        area = _Where()
        area.geo(_GeoPlan("lat", "lon"), bbox, near, exact=False)  # an estimate: the box is enough
        matching = self.db.scalar(
            f"SELECT COUNT(*) AS n FROM (SELECT 1 FROM places {area.sql()} LIMIT ?) AS m",
            [*area.params, threshold],
        )
        if int(matching) < threshold:
            return _GeoPlan(gather=True)
        if self.dialect == "sqlite":
            return _GeoPlan("+p.lat", "+p.lon")
        return _GeoPlan(opaque=True)

    def _responses(self, article_ids: set[str]) -> dict[str, list[Response]]:
        """The responses of these articles, each article's in its order."""
        ids = sorted(article_ids)
        found: dict[str, list[Response]] = {}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ", ".join("?" * len(part))
            answered: dict[tuple[str, str], list[str]] = {}
            for r in self.db.query(
                "SELECT article_id, response_id, claim_id FROM response_claims"
                f" WHERE article_id IN ({marks}) ORDER BY article_id, response_id, position",
                part,
            ):
                answered.setdefault((r["article_id"], r["response_id"]), []).append(r["claim_id"])
            for r in self.db.query(
                "SELECT article_id, id, party, party_name, kind, span_start, span_end, span_text"
                f" FROM responses WHERE article_id IN ({marks}) ORDER BY article_id, position",
                part,
            ):
                found.setdefault(r["article_id"], []).append(
                    Response(
                        id=r["id"],
                        party=r["party"],
                        party_name=r["party_name"],
                        kind=r["kind"],
                        span=Span(int(r["span_start"]), int(r["span_end"]), r["span_text"]),
                        claims=tuple(answered.get((r["article_id"], r["id"]), ())),
                    )
                )
        return found


def _claim_filters(
    *,
    speaker: str | None,
    place: str | None,
    flag: str | None,
    kind: str | None,
    article: str | None,
    since: str | None,
    until: str | None,
) -> _Where:
    """The filters of :meth:`Store.claims` on ``claims c``."""
    where = _Where()
    if speaker:
        where.add("lower(c.speaker_name) LIKE ? ESCAPE '\\'", _like(speaker))
    if place:
        where.add(
            "EXISTS (SELECT 1 FROM place_mentions m JOIN places p"
            " ON p.article_id = m.article_id AND p.id = m.place_id"
            " WHERE m.article_id = c.article_id AND m.span_start >= c.content_start"
            " AND m.span_end <= c.content_end AND lower(p.name) LIKE ? ESCAPE '\\')",
            _like(place),
        )
    if flag:
        where.add(
            "EXISTS (SELECT 1 FROM claim_flags f WHERE f.article_id = c.article_id"
            " AND f.claim_id = c.id AND f.flag = ?)",
            flag,
        )
    if kind:
        where.add("c.kind = ?", kind)
    if article:
        where.add("c.article_id = ?", article)
    where.days("c.published_day", since, until)
    return where


#: The event's place (``p``) and the claim that holds it (``c``): the event filters
#: and the listed rows read them.
_EVENT_PLACE = "LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place"
_EVENT_CLAIM = "LEFT JOIN claims c ON c.article_id = e.article_id AND c.id = e.claim"


def _event_filters(
    *,
    type: str | None,
    actor: str | None,
    place: str | None,
    geo_plan: _GeoPlan,
    bbox: BBox | Sequence[float] | None,
    near: Near | tuple[float, float, float] | None,
    since: str | None,
    until: str | None,
    asserted_by: str | None,
    modality: str | None,
    article: str | None,
) -> _Where:
    """The filters of :meth:`Store.events` on ``events e``, :data:`_EVENT_PLACE` (for
    ``place``, ``bbox``, ``near``) and :data:`_EVENT_CLAIM` (for ``asserted_by``)."""
    where = _Where()
    if type:
        where.add("e.type = ?", type.upper())
    if actor:
        where.add(
            "EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id"
            " AND x.event_id = e.id AND (x.code = ? OR lower(x.name) LIKE ? ESCAPE '\\'))",
            actor.upper(),
            _like(actor),
        )
    if place:
        where.add("lower(p.name) LIKE ? ESCAPE '\\'", _like(place))
    where.geo(geo_plan, bbox, near)
    where.days("e.day", since, until)
    if asserted_by:
        where.add("lower(c.speaker_name) LIKE ? ESCAPE '\\'", _like(asserted_by))
    if modality:
        where.add("e.modality = ?", modality)
    if article:
        where.add("e.article_id = ?", article)
    return where


def _listing_sql(
    columns: str,
    table: str,
    joins: str,
    where: _Where,
    *,
    keys_first: bool = False,
    filter_joins: str = "",
) -> str:
    """A page of ``table`` (``"events e"``: name and alias) in listing order, with
    ``joins`` for its ``columns``; the page's size is the last parameter.

    ``keys_first``: the filters select rows that are read in no useful order and
    sorted (a small map area): a subquery then sorts the rows' keys alone, with
    only the ``filter_joins`` that ``where`` reads, and the page's rows alone are
    joined to their article, place and claim. Joining every match before sorting
    costs several times more.
    """
    alias = table.split()[1]
    order = _order(alias)
    if not keys_first:
        return f"SELECT {columns} FROM {table} {joins} {where.sql()} ORDER BY {order} LIMIT ?"
    return (
        f"SELECT {columns} FROM (SELECT {alias}.article_id, {alias}.id FROM {table}"
        f" {filter_joins} {where.sql()} ORDER BY {order} LIMIT ?) k"
        f" JOIN {table} ON {alias}.article_id = k.article_id AND {alias}.id = k.id"
        f" {joins} ORDER BY {order}"
    )


def _is_day(dialect: str, text: str) -> str:
    """SQL that is true when ``text`` is an ISO calendar day (``YYYY-MM-DD``, year 1
    or later: what ``datetime.date`` accepts), false or NULL otherwise."""
    if dialect == "sqlite":
        # Date arithmetic rolls an impossible day over (02-30 + 0 days is 03-01;
        # date() alone keeps it), so only a real calendar day comes back unchanged.
        return f"(date({text}, '+0 days') = {text} AND {text} >= '0001')"
    # PostgreSQL has no cast that fails softly: the month's first day is built only
    # once the shape is right, and the day must fall within that month's length.
    shape = "'^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'"
    year, month, day = (
        f"CAST(substr({text}, {at}, {n}) AS INT)" for at, n in ((1, 4), (6, 2), (9, 2))
    )
    first = f"make_date({year}, {month}, 1)"
    return (
        f"(CASE WHEN {text} ~ {shape} AND {text} >= '0001' THEN"
        f" {day} <= CAST({first} + INTERVAL '1 month' AS DATE) - {first} ELSE FALSE END)"
    )


def _page_after_args(after: str | None, table: str | None) -> tuple[Any, ...]:
    """The keyset condition of a record table's alias (``None``: articles)."""
    if table is None:
        clause, params = _page_after(after, "a.published_day", "a.seq", None)
    else:
        clause, params = _page_after(
            after, f"{table}.published_day", f"{table}.article_seq", f"{table}.position"
        )
    return (clause, *params)


def _order(table: str) -> str:
    """The listing order of a record table, as its ``<table>_page`` index has it."""
    return f"{table}.published_day DESC, {table}.article_seq DESC, {table}.position"


#: What a listed row says about its article and its place in the order (alias ``c``).
_REF_COLUMNS = (
    "c.article_id, a.title, a.published, a.source, a.url,"
    " c.published_day, c.article_seq, c.position"
)


def _ref(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "article_id": row["article_id"],
        "title": row["title"],
        "published": row["published"],
        "source": row["source"],
        "url": row["url"],
        "cursor": encode_cursor(
            (row["published_day"], int(row["article_seq"]), int(row["position"]))
        ),
    }


# ---------------------------------------------------------------- saving


class _Encoded:
    """An extraction with its record JSON (without the text, which has its own
    column) and a digest of the whole, computed once."""

    __slots__ = ("data", "digest", "extraction", "id", "record")

    def __init__(self, extraction: Extraction) -> None:
        data = extraction_to_dict(extraction)
        text = data["article"].pop("text")
        self.extraction = extraction
        self.data = data
        self.id = extraction.article.id
        self.record = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        self.digest = hashlib.sha256(f"{text}\0{self.record}".encode()).hexdigest()

    def article_values(self) -> list[Any]:
        """The articles row, in the order of :data:`_ARTICLE_COLUMNS`, id last."""
        article = self.extraction.article
        return [
            article.title,
            article.url,
            article.source,
            article.published,
            _published_day(article.published),
            article.language,
            article.author,
            article.text,
            self.extraction.schema,
            self.digest,
            self.record,
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            self.id,
        ]


_ARTICLE_COLUMNS = (
    "title", "url", "source", "published", "published_day", "language", "author", "text",
    "schema", "digest", "record", "ingested_at", "id",
)  # fmt: skip
_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))}) ON CONFLICT (id) DO NOTHING"
)
_UPDATE_ARTICLE = (
    "UPDATE articles SET " + ", ".join(f"{c} = ?" for c in _ARTICLE_COLUMNS[:-1]) + " WHERE id = ?"
)


def _extraction(text: str, record: str) -> Extraction:
    data = json.loads(record)
    data["article"]["text"] = text
    return extraction_from_dict(data)


def _save(tx: Tx, item: _Encoded) -> Outcome:
    """One article, whatever its state in the store (the careful path)."""
    lock = " FOR UPDATE" if tx.dialect == "postgresql" else ""
    row = tx.query_one(f"SELECT digest FROM articles WHERE id = ?{lock}", [item.id])
    if row is None:
        if tx.execute(_INSERT_ARTICLE, item.article_values()):
            _insert_records(tx, [item])
            return "new"
        # Another writer stored it since our look (PostgreSQL): compare with theirs.
        row = tx.query_one(f"SELECT digest FROM articles WHERE id = ?{lock}", [item.id])
        if row is None:
            raise StoreError(f"article {item.id}: vanished while being stored; try again")
    if row["digest"] == item.digest:
        return "unchanged"
    _replace(tx, [item])
    return "updated"


def _replace(tx: Tx, items: list[_Encoded]) -> None:
    tx.executemany(_UPDATE_ARTICLE, [item.article_values() for item in items])
    for table in _TOP_TABLES:
        tx.executemany(f"DELETE FROM {table} WHERE article_id = ?", [[i.id] for i in items])
    _insert_records(tx, items)


class _Contended(Exception):
    """The batch cannot take the fast path; store its articles one by one."""


def _save_all(tx: Tx, items: list[_Encoded]) -> list[Outcome]:
    """A whole batch with one statement per table. Raises when an article is
    repeated or another writer got there first; the caller then goes one by one."""
    ids = [item.id for item in items]
    if len(set(ids)) != len(ids):
        raise _Contended
    lock = " FOR UPDATE" if tx.dialect == "postgresql" else ""
    stored: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        for row in tx.query(
            f"SELECT id, digest FROM articles WHERE id IN ({', '.join('?' * len(part))}){lock}",
            part,
        ):
            stored[row["id"]] = row["digest"]
    outcomes: list[Outcome] = []
    new: list[_Encoded] = []
    changed: list[_Encoded] = []
    for item in items:
        digest = stored.get(item.id)
        if digest is None:
            new.append(item)
            outcomes.append("new")
        elif digest == item.digest:
            outcomes.append("unchanged")
        else:
            changed.append(item)
            outcomes.append("updated")
    if new:
        # Without a conflict every row is ours; with one (another writer stored the
        # same id since our look) the records below collide and the caller falls back.
        tx.executemany(_INSERT_ARTICLE, [item.article_values() for item in new])
        _insert_records(tx, new)
    if changed:
        _replace(tx, changed)
    return outcomes


def _day_of(value: str | None, fallback: str) -> str:
    return _published_day(value) or fallback


def _insert_records(tx: Tx, items: Sequence[_Encoded]) -> None:
    """The records of articles whose rows are written (listed records need their seq)."""
    seqs: dict[str, int] = {}
    for start in range(0, len(items), 500):
        part = [item.id for item in items[start : start + 500]]
        for row in tx.query(
            f"SELECT id, seq FROM articles WHERE id IN ({', '.join('?' * len(part))})", part
        ):
            seqs[row["id"]] = int(row["seq"])
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for item in items:
        for table, table_rows in _record_rows(item, seqs[item.id]).items():
            rows.setdefault(table, []).extend(table_rows)
    for table, sql in _INSERTS.items():
        tx.executemany(sql, rows.get(table, []))


#: Each record table's columns, in the order of the rows of :func:`_record_rows`.
_RECORD_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("article_id", "id", "position", "name", "kind", "country", "kb_id"),
    "entity_mentions": (
        "article_id",
        "entity_id",
        "position",
        "span_start",
        "span_end",
        "span_text",
    ),
    "claims": (
        "article_id",
        "id",
        "position",
        "speaker",
        "speaker_name",
        "source_start",
        "source_end",
        "source_text",
        "cue_start",
        "cue_end",
        "cue_text",
        "content_start",
        "content_end",
        "content_text",
        "kind",
        "date_value",
        "date_precision",
    ),
    "claim_flags": ("article_id", "claim_id", "flag"),
    "responses": (
        "article_id",
        "id",
        "position",
        "party",
        "party_name",
        "kind",
        "span_start",
        "span_end",
        "span_text",
    ),
    "response_claims": ("article_id", "response_id", "position", "claim_id"),
    "events": (
        "article_id",
        "id",
        "position",
        "type",
        "mode",
        "trigger_start",
        "trigger_end",
        "trigger_text",
        "place",
        "date_value",
        "date_precision",
        "day",
        "claim",
        "modality",
    ),
    "event_actors": (
        "article_id",
        "event_id",
        "role",
        "position",
        "name",
        "code",
        "sector",
        "entity",
    ),
    "event_quantities": ("article_id", "event_id", "position", "quantity_id"),
    "places": (
        "article_id",
        "id",
        "position",
        "name",
        "lat",
        "lon",
        "country",
        "level",
        "part",
        "geonameid",
    ),
    "place_mentions": ("article_id", "place_id", "position", "span_start", "span_end", "span_text"),
    "dates": (
        "article_id",
        "position",
        "span_start",
        "span_end",
        "span_text",
        "value",
        "precision",
        "reason",
        "anchor",
    ),
    "quantities": (
        "article_id",
        "id",
        "position",
        "span_start",
        "span_end",
        "span_text",
        "value",
        "upper",
        "qualifier",
        "unit",
        "category",
        "counted",
        "claim",
    ),
}
#: What listed records carry besides their fields (see claimwire.store.schema).
_LISTING_COLUMNS = ("published_day", "article_seq", "record")
_INSERTS = {
    table: f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    for table, columns in (
        (table, columns + (_LISTING_COLUMNS if table in LISTED_TABLES else ()))
        for table, columns in _RECORD_COLUMNS.items()
    )
}


def _record_rows(item: _Encoded, seq: int) -> dict[str, list[tuple[Any, ...]]]:
    x = item.extraction
    aid = x.article.id
    published_day = _published_day(x.article.published)
    out: dict[str, list[tuple[Any, ...]]] = {}
    out["entities"] = [
        (aid, e.id, i, e.name, e.kind, e.country, e.kb_id) for i, e in enumerate(x.entities)
    ]
    out["entity_mentions"] = [
        (aid, e.id, j, m.start, m.end, m.text) for e in x.entities for j, m in enumerate(e.mentions)
    ]
    out["claims"] = [_claim_row(aid, i, c) for i, c in enumerate(x.claims)]
    out["claim_flags"] = [(aid, c.id, flag) for c in x.claims for flag in dict.fromkeys(c.flags)]
    out["responses"] = [
        (aid, r.id, i, r.party, r.party_name, r.kind, r.span.start, r.span.end, r.span.text)
        for i, r in enumerate(x.responses)
    ]
    out["response_claims"] = [
        (aid, r.id, j, cid) for r in x.responses for j, cid in enumerate(r.claims)
    ]
    out["events"] = [
        (
            aid,
            e.id,
            i,
            e.type,
            e.mode,
            e.trigger.start,
            e.trigger.end,
            e.trigger.text,
            e.place,
            e.date.value if e.date else None,
            e.date.precision if e.date else None,
            _day_of(e.date.value if e.date else None, published_day),
            e.claim,
            e.modality,
        )
        for i, e in enumerate(x.events)
    ]
    out["event_actors"] = [
        (aid, e.id, role, j, a.name, a.code, a.sector, a.entity)
        for e in x.events
        for role, actors in (("actor", e.actors), ("recipient", e.recipients))
        for j, a in enumerate(actors)
    ]
    out["event_quantities"] = [
        (aid, e.id, j, q) for e in x.events for j, q in enumerate(e.quantities)
    ]
    out["places"] = [
        (aid, p.id, i, p.name, p.lat, p.lon, p.country, p.level, p.part, p.geonameid)
        for i, p in enumerate(x.places)
    ]
    out["place_mentions"] = [
        (aid, p.id, j, m.start, m.end, m.text) for p in x.places for j, m in enumerate(p.mentions)
    ]
    out["dates"] = [
        (aid, i, d.span.start, d.span.end, d.span.text, d.value, d.precision, d.reason,
         int(d.anchor))
        for i, d in enumerate(x.dates)
    ]  # fmt: skip
    out["quantities"] = [
        (aid, q.id, i, q.span.start, q.span.end, q.span.text, q.value, q.upper,
         q.qualifier, q.unit, q.category, q.counted, q.claim)
        for i, q in enumerate(x.quantities)
    ]  # fmt: skip
    for table in LISTED_TABLES:
        out[table] = [
            (*row, published_day, seq, record_json(table, record))
            for row, record in zip(out[table], item.data[table], strict=True)
        ]
    return out


def _claim_row(aid: str, i: int, c: Claim) -> tuple[Any, ...]:
    source = c.source
    return (
        aid,
        c.id,
        i,
        c.speaker,
        c.speaker_name,
        source.start if source else None,
        source.end if source else None,
        source.text if source else None,
        c.cue.start,
        c.cue.end,
        c.cue.text,
        c.content.start,
        c.content.end,
        c.content.text,
        c.kind,
        c.date.value if c.date else None,
        c.date.precision if c.date else None,
    )
