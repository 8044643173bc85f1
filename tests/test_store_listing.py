"""Listings read in keyset order: ties in publication day and arrival, records of one
article, undated articles, filters and both geographic plans give the same total
order page by page; a store written with schema 1 upgrades and lists the same pages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claimwire.errors import StoreError
from claimwire.records import Extraction
from claimwire.store import Store, migrations, open_store, schema
from claimwire.store.database import Database, connect
from claimwire.store.rows import decode_cursor, encode_cursor
from store_support import BACKENDS, elsewhere, make_backend_url, sample_extraction

# Ties everywhere: four articles on 2024-08-02, two undated (they sort last), a
# month-precision date (read as its first day, tying with a day-precision one).
DAYS = [
    "2024-08-02",
    "2024-08-02",
    None,
    "2024-08",
    "2024-08-02",
    "2024-08-01",
    None,
    "2024-08-03T09:30:00Z",
    "2024-08-02",
]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store_url(backend: str, tmp_path: Path) -> Iterator[str]:
    yield from make_backend_url(backend, str(tmp_path))


def _articles() -> list[Extraction]:
    return [sample_extraction(f"a{i}", day) for i, day in enumerate(DAYS)]


def _day(published: str | None) -> str:
    if not published:
        return ""
    day = published[:10]
    return day + "-01" * ((10 - len(day)) // 3)


def _expected(arrivals: list[Extraction], kind: str) -> list[tuple[str, str]]:
    """(article, record) in listing order, computed from the saved extractions."""
    keyed = [
        ((_day(x.article.published), seq), position, x.article.id, record.id)
        for seq, x in enumerate(arrivals)
        for position, record in enumerate(getattr(x, kind))
    ]
    keyed.sort(key=lambda k: k[1])  # position ascending within an article...
    keyed.sort(key=lambda k: k[0], reverse=True)  # ...newest article first (stable)
    return [(article, record) for _, _, article, record in keyed]


def _listing(store: Store, kind: str, **filters: Any) -> Any:
    return getattr(store, kind)(**filters)


def _record_id(kind: str, row: Any) -> str:
    return str(getattr(row, kind[:-1]).id)  # claims -> row.claim, ...


def _all_pages(
    store: Store, kind: str, limit: int, *, start: str | None = None, **filters: Any
) -> list[Any]:
    """Every row after the cursor ``start`` (None: from the top), ``limit`` a page."""
    rows: list[Any] = []
    after = start
    while True:
        page = _listing(store, kind, limit=limit, after=after, **filters)
        rows += page
        if len(page) < limit:
            return rows
        after = page[-1].cursor


@pytest.mark.parametrize("kind", ["claims", "events", "places"])
def test_pages_of_every_size_give_the_one_total_order(store_url: str, kind: str) -> None:
    arrivals = _articles()
    with open_store(store_url) as store:
        store.save_many(arrivals)
        whole = _listing(store, kind, limit=1000)
        assert [(r.article_id, _record_id(kind, r)) for r in whole] == _expected(arrivals, kind)
        assert len({r.cursor for r in whole}) == len(whole)
        for limit in (1, 2, 3, 7, len(whole), len(whole) + 1):
            assert _all_pages(store, kind, limit) == whole, limit


def test_filtered_pages_keep_the_order(store_url: str) -> None:
    arrivals = _articles()
    with open_store(store_url) as store:
        store.save_many(arrivals)
        # One claim per article carries the flag; two events per article are ASSAULTs
        # (the type filter reads its own index).
        denials = [(a, c) for a, c in _expected(arrivals, "claims") if c == "c2"]
        paged = _all_pages(store, "claims", 2, flag="denial")
        assert [(r.article_id, r.claim.id) for r in paged] == denials
        assaults = [(a, e) for a, e in _expected(arrivals, "events") if e in {"e1", "e2"}]
        paged = _all_pages(store, "events", 3, type="ASSAULT")
        assert [(r.article_id, r.event.id) for r in paged] == assaults
        days = {x.article.id: _day(x.article.published) for x in arrivals}
        august_2 = [(a, p) for a, p in _expected(arrivals, "places") if days[a] == "2024-08-02"]
        paged = _all_pages(store, "places", 1, since="2024-08-02", until="2024-08-02")
        assert [(r.article_id, r.place.id) for r in paged] == august_2
        assert len(august_2) == 8


def test_a_changed_article_keeps_its_arrival_and_moves_with_its_day(store_url: str) -> None:
    arrivals = _articles()
    with open_store(store_url) as store:
        store.save_many(arrivals)
        first_page = store.events(limit=4)
        changed = replace(
            sample_extraction("a1", "2024-08-02"),
            events=sample_extraction("a1").events[:1],
        )
        assert store.save(changed)
        arrivals[1] = changed
        assert [(r.article_id, r.event.id) for r in store.events(limit=1000)] == _expected(
            arrivals, "events"
        )
        # A cursor given out before the change still continues the listing.
        rest = _all_pages(store, "events", 5, start=first_page[-1].cursor)
        expected = _expected(arrivals, "events")
        start = expected.index((first_page[-1].article_id, first_page[-1].event.id)) + 1
        assert [(r.article_id, r.event.id) for r in rest] == expected[start:]
        # A new publication day moves the article; its arrival still breaks ties.
        moved = sample_extraction("a5", "2024-08-02")
        store.save(moved)
        arrivals[5] = moved
        assert [(r.article_id, r.claim.id) for r in store.claims(limit=1000)] == _expected(
            arrivals, "claims"
        )


def test_both_geographic_plans_list_the_same_rows(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Many places around Sudzha, two articles far away: with limit 2 the dense box
    # holds more places than sqrt(limit x places) and the sparse one fewer.
    far = [elsewhere(sample_extraction(f"far{i}", "2024-08-0" + str(i + 1)), "Tbilisi", 41.7, 44.8)
           for i in range(2)]  # fmt: skip
    near = [sample_extraction(f"n{i}", f"2024-07-{i % 28 + 1:02d}") for i in range(30)]
    chosen: list[Any] = []
    real = Store._geo_plan

    def spy(self: Store, bbox: Any, near: Any, limit: Any) -> Any:
        plan = real(self, bbox, near, limit)
        if bbox is not None or near is not None:
            chosen.append(plan)
        return plan

    monkeypatch.setattr(Store, "_geo_plan", spy)
    with open_store(store_url) as store:
        store.save_many([*near[:15], *far, *near[15:]])
        everything = store.events(limit=1000)
        for bbox in ((35.0, 51.0, 36.0, 52.0), (44.0, 41.0, 45.0, 42.0)):
            west, south, east, north = bbox
            expected = [
                r
                for r in everything
                if r.place is not None
                and south <= r.place.lat <= north
                and west <= r.place.lon <= east
            ]
            assert expected
            assert _all_pages(store, "events", 2, bbox=bbox) == expected
            assert _all_pages(store, "places", 2, bbox=bbox) == [
                r for r in _all_pages(store, "places", 1000) if r.place.lat >= south
                and r.place.lat <= north and west <= r.place.lon <= east
            ]  # fmt: skip
        near_far = _all_pages(store, "events", 2, near=(41.7, 44.8, 10))
        assert {r.article_id for r in near_far} == {"far0", "far1"}
    # Both plans, on both dialects: the places in the box sorted, the keyset walked.
    assert {plan.gather for plan in chosen} == {True, False}
    walks = {(plan.lat, plan.lon, plan.opaque) for plan in chosen if not plan.gather}
    if store.dialect == "sqlite":
        assert walks == {("+p.lat", "+p.lon", False)}
    else:
        assert walks == {("p.lat", "p.lon", True)}


# ---------------------------------------------------------------- upgrading from schema 1


def _columns(db: Database, table: str) -> list[str]:
    if db.dialect == "sqlite":
        return [r["name"] for r in db.query(f"PRAGMA table_info({table})")]
    return [
        r["column_name"]
        for r in db.query(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ?"
            " ORDER BY ordinal_position",
            [table],
        )
    ]


def _copy_into_schema_1(source: Store, url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store created by schema 1 alone, holding the source's rows (same seq and pk)."""
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        with open_store(url) as old:
            assert old.info()["schema"]["store"] == 1
            assert "record" not in _columns(old.db, "claims")
            with old.db.transaction() as tx:
                for table in ("articles", *schema.RECORD_TABLES):
                    columns = _columns(old.db, table)
                    rows = source.db.query(f"SELECT {', '.join(columns)} FROM {table}")
                    tx.executemany(
                        f"INSERT INTO {table} ({', '.join(columns)})"
                        f" VALUES ({', '.join('?' * len(columns))})",
                        [[row[c] for c in columns] for row in rows],
                    )
                if old.dialect == "postgresql":
                    for table, column in (("articles", "seq"), ("claims", "pk")):
                        tx.execute(
                            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
                            f" (SELECT MAX({column}) FROM {table}))"
                        )


def test_a_schema_1_store_upgrades_and_lists_the_same_pages(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "new").mkdir()
    (tmp_path / "old").mkdir()
    new_urls = make_backend_url(backend, str(tmp_path / "new"))
    old_urls = make_backend_url(backend, str(tmp_path / "old"))
    try:
        new_url, old_url = next(new_urls), next(old_urls)
        with open_store(new_url) as current:
            current.save_many(_articles())
            pages = {kind: _all_pages(current, kind, 4) for kind in ("claims", "events", "places")}
            filtered = current.events(bbox=(35.0, 51.0, 36.0, 52.0), type="ASSAULT", limit=3)
            _copy_into_schema_1(current, old_url, monkeypatch)
        with pytest.raises(StoreError, match=r"older schema \(store\)"):
            open_store(old_url)
        db = connect(old_url)
        try:
            assert migrations.upgrade(db) == [f"store 2: {schema.MIGRATIONS[1].name}"]
        finally:
            db.close()
        with open_store(old_url) as upgraded:
            for kind, rows in pages.items():
                assert _all_pages(upgraded, kind, 4) == rows, kind
            assert upgraded.events(bbox=(35.0, 51.0, 36.0, 52.0), type="ASSAULT", limit=3) == (
                filtered
            )
            for table in schema.LISTED_TABLES:
                assert not upgraded.db.query(
                    f"SELECT t.id FROM {table} t JOIN articles a ON a.id = t.article_id"
                    " WHERE t.record = '' OR t.published_day <> a.published_day"
                    " OR t.article_seq <> a.seq"
                )
            # The upgraded store takes new articles in their place.
            upgraded.save(sample_extraction("late", "2024-09-01"))
            assert upgraded.claims(limit=1)[0].article_id == "late"
            assert (
                upgraded.claims(limit=2, after=pages["claims"][0].cursor) == (pages["claims"][1:3])
            )
    finally:
        new_urls.close()
        old_urls.close()


def test_cursors_keep_their_text() -> None:
    # Cursors handed out stay valid across versions: the same key, the same text.
    assert encode_cursor(("2024-08-01", 5, 0)) == "WyIyMDI0LTA4LTAxIiw1LDBd"  # ["2024-08-01",5,0]
    assert encode_cursor(("", 12, 3)) == "WyIiLDEyLDNd"  # ["",12,3]
    for key in (("2024-08-01", 5, 0), ("", 12, 3), ('odd "day" é', 2**40, 7)):
        assert decode_cursor(encode_cursor(key)) == key
