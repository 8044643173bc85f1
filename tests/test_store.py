"""The store on SQLite and on a real PostgreSQL (when CLAIMWIRE_TEST_POSTGRES is set):
round trips, idempotence, all-or-nothing writes, filters, pages and search."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from claimwire.errors import RecordNotFoundError, StoreError
from claimwire.records import Extraction
from claimwire.store import BBox, Store, open_store
from claimwire.store import store as store_module
from claimwire.store.schema import RECORD_TABLES
from store_support import BACKENDS, TEXT, elsewhere, make_backend_url, sample_extraction


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_backend_url(request.param, str(tmp_path))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as s:
        yield s


def _all_counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in ("articles", *RECORD_TABLES)}


# ---------------------------------------------------------------- writing


def test_save_then_read_back_exactly(store: Store) -> None:
    extraction = sample_extraction()
    assert store.save(extraction) is True
    assert store.get_extraction("a1") == extraction
    assert store.has_article("a1")
    assert _all_counts(store) == {
        "articles": 1,
        "entities": 3,
        "entity_mentions": 3,
        "claims": 3,
        "claim_flags": 3,
        "responses": 1,
        "response_claims": 1,
        "events": 3,
        "event_actors": 5,
        "event_quantities": 0,
        "places": 2,
        "place_mentions": 3,
        "dates": 2,
        "quantities": 1,
    }


def test_saving_the_same_extraction_again_changes_nothing(store: Store) -> None:
    extraction = sample_extraction()
    assert store.save(extraction) is True
    before = _all_counts(store)
    assert store.save(extraction) is False
    stats = store.save_many([extraction, extraction])
    assert (stats.new, stats.updated, stats.unchanged, stats.failed) == (0, 0, 2, [])
    assert _all_counts(store) == before


def test_a_changed_extraction_replaces_the_old_one_whole(store: Store) -> None:
    old = sample_extraction()
    store.save(old)
    new = replace(old, claims=old.claims[:1], events=old.events[:1], quantities=())
    assert store.save(new) is True
    assert store.get_extraction("a1") == new
    assert store.count("claims") == 1
    assert store.count("claim_flags") == 0
    assert store.count("events") == 1
    assert store.count("quantities") == 0
    assert store.count("articles") == 1


def test_columns_hold_the_records_with_their_offsets(store: Store) -> None:
    store.save(sample_extraction())
    rows = store.db.query(
        "SELECT id, speaker_name, cue_start, cue_end, cue_text, content_start, content_end,"
        " content_text FROM claims ORDER BY position"
    )
    assert [r["id"] for r in rows] == ["c1", "c2", "c3"]
    for row in rows:
        assert TEXT[row["cue_start"] : row["cue_end"]] == row["cue_text"]
        assert TEXT[row["content_start"] : row["content_end"]] == row["content_text"]
    mentions = store.db.query("SELECT span_start, span_end, span_text FROM place_mentions")
    assert all(TEXT[m["span_start"] : m["span_end"]] == m["span_text"] for m in mentions)
    flags = store.db.query("SELECT claim_id, flag FROM claim_flags ORDER BY claim_id, flag")
    assert [(f["claim_id"], f["flag"]) for f in flags] == [
        ("c2", "denial"),
        ("c2", "distanced"),
        ("c3", "unverified"),
    ]
    quantity = store.db.query_one("SELECT value, qualifier, category, claim FROM quantities")
    assert quantity == {
        "value": 120000.0,
        "qualifier": "more_than",
        "category": "evacuees",
        "claim": "c3",
    }


def test_a_failure_mid_article_stores_nothing(store: Store) -> None:
    good = sample_extraction()
    # Two quantities with one id: the last table's insert fails after all others ran.
    bad = replace(good, quantities=(good.quantities[0], good.quantities[0]))
    with pytest.raises(StoreError, match="cannot be stored"):
        store.save(bad)
    assert all(n == 0 for n in _all_counts(store).values())
    assert store.save(good) is True


def test_an_interruption_mid_article_stores_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = store_module._insert_records

    def interrupted(tx: object, extraction: Extraction) -> None:
        real(tx, extraction)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(store_module, "_insert_records", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.save(sample_extraction())
    with pytest.raises(KeyboardInterrupt):
        store.save_many([sample_extraction("x1"), sample_extraction("x2")])
    monkeypatch.undo()
    assert all(n == 0 for n in _all_counts(store).values())


def test_save_many_reports_a_bad_article_and_keeps_the_rest(store: Store) -> None:
    good = sample_extraction("g1")
    bad = sample_extraction("b1")
    bad = replace(bad, entities=(bad.entities[0], bad.entities[0]))
    stats = store.save_many([good, bad, sample_extraction("g2")], batch_size=2)
    assert (stats.new, stats.unchanged) == (2, 0)
    assert stats.failed is not None
    assert [article for article, _ in stats.failed] == ["b1"]
    assert not store.has_article("b1")
    assert store.count("entities") == 6


def test_save_many_with_one_article_twice_in_a_batch(store: Store) -> None:
    first = sample_extraction("d1")
    second = sample_extraction("d1", title="A corrected title")
    stats = store.save_many([first, second, first])
    assert (stats.new, stats.updated, stats.failed) == (1, 2, [])
    assert store.get_extraction("d1") == first
    assert store.count("claims") == 3


def test_iter_extractions_in_arrival_order_and_since(store: Store) -> None:
    days = ["2024-08-10", "2024-08-15", None, "2024-08-12"]
    extractions = [sample_extraction(f"a{i}", day) for i, day in enumerate(days)]
    store.save_many(extractions)
    assert list(store.iter_extractions(chunk=3)) == extractions
    assert [x.article.id for x in store.iter_extractions(since="2024-08-12")] == ["a1", "a3"]
    assert [x.article.id for x in store.iter_extractions(until="2024-08-12")] == ["a0", "a3"]


def test_missing_article(store: Store) -> None:
    with pytest.raises(RecordNotFoundError, match="no article 'nope'"):
        store.get_extraction("nope")
    assert store.delete("nope") is False


def test_delete_removes_every_record(store: Store) -> None:
    store.save(sample_extraction())
    assert store.delete("a1") is True
    assert all(n == 0 for n in _all_counts(store).values())
    assert store.search("Sudzha") == []


def test_count_refuses_unknown_tables(store: Store) -> None:
    with pytest.raises(StoreError, match="no table"):
        store.count("articles; DROP TABLE articles")


# ---------------------------------------------------------------- queries


def test_claim_filters(store: Store) -> None:
    store.save(sample_extraction("a1", "2024-08-15"))
    store.save(sample_extraction("a2", "2024-08-20"))
    assert [(r.article_id, r.claim.id) for r in store.claims(speaker="zelensk")] == [
        ("a2", "c1"),
        ("a1", "c1"),
    ]
    row = store.claims(speaker="Zelenskyy", limit=1)[0]
    assert row.claim == sample_extraction().claims[0]
    assert (row.title, row.published, row.source) == (
        "Ukraine says it took Sudzha",
        "2024-08-20",
        "Test Wire",
    )
    # `place`: a place mentioned inside the claim's content.
    assert {r.claim.id for r in store.claims(place="sudzha")} == {"c1", "c2"}
    assert {r.claim.id for r in store.claims(place="Kursk")} == {"c1"}
    assert {r.claim.id for r in store.claims(flag="denial")} == {"c2"}
    assert {r.article_id for r in store.claims(since="2024-08-16")} == {"a2"}
    assert {r.article_id for r in store.claims(until="2024-08-15")} == {"a1"}
    assert store.claims(speaker="nobody at all") == []
    assert store.claims(speaker="100%") == []  # LIKE wildcards are literal


def test_event_filters(store: Store) -> None:
    base = sample_extraction("a1")
    store.save(base)
    store.save(elsewhere(sample_extraction("a2", "2024-08-01"), "Kharkiv", 49.99, 36.23))
    assert {(r.article_id, r.event.id) for r in store.events(type="assault")} == {
        ("a1", "e1"),
        ("a1", "e2"),
        ("a2", "e1"),
        ("a2", "e2"),
    }
    rows = store.events(actor="UKR", place="Sudzha")
    assert [(r.article_id, r.event.id) for r in rows] == [("a1", "e1"), ("a1", "e2")]
    first = rows[0]
    assert first.event == base.events[0]
    assert first.place == base.places[0]
    assert first.asserted_by == "Volodymyr Zelenskyy"
    assert [r.event.id for r in store.events(actor="ministry of defence")] == ["e3", "e3"]
    assert {r.event.id for r in store.events(asserted_by="ministry")} == {"e2"}
    # Sudzha is about 115 km from Kharkiv.
    near_sudzha = store.events(near=(51.2, 35.3, 10))
    assert {(r.article_id, r.place.name if r.place else None) for r in near_sudzha} == {
        ("a1", "Sudzha")
    }
    assert len(store.events(near=(51.2, 35.3, 150))) == 4
    assert {r.article_id for r in store.events(bbox=BBox(36.0, 49.5, 36.5, 50.5))} == {"a2"}
    assert {r.article_id for r in store.events(bbox=(30.0, 45.0, 40.0, 55.0))} == {"a1", "a2"}
    # Event day: its own date when resolved (e1: 2024-08-14), else publication day.
    assert {(r.article_id, r.event.id) for r in store.events(since="2024-08-14")} == {
        ("a1", "e1"),
        ("a1", "e2"),
        ("a1", "e3"),
        ("a2", "e1"),
    }
    assert {(r.article_id, r.event.id) for r in store.events(until="2024-08-13")} == {
        ("a2", "e2"),
        ("a2", "e3"),
    }


def test_place_filters(store: Store) -> None:
    store.save(sample_extraction("a1"))
    store.save(elsewhere(sample_extraction("a2"), "Kharkiv", 49.99, 36.23))
    assert [(r.article_id, r.place.name) for r in store.places(country="rus")] == [
        ("a2", "Kharkiv"),
        ("a2", "Kursk Oblast"),
        ("a1", "Sudzha"),
        ("a1", "Kursk Oblast"),
    ]
    rows = store.places(name="sudzha")
    assert [r.place for r in rows] == [sample_extraction().places[0]]
    assert [r.article_id for r in store.places(near=(50.0, 36.2, 5))] == ["a2"]


def test_articles_listing(store: Store) -> None:
    store.save(sample_extraction("old", "2024-01-02", source="Wire A"))
    store.save(sample_extraction("new", "2024-03-04", source="Wire B"))
    rows = store.articles()
    assert [r.article.id for r in rows] == ["new", "old"]
    assert (rows[0].claims, rows[0].events, rows[0].places) == (3, 3, 2)
    assert rows[0].article == sample_extraction("new", "2024-03-04", source="Wire B").article
    assert [r.article.id for r in store.articles(source="wire a")] == ["old"]


def test_pages_follow_each_other_without_gaps_or_repeats(store: Store) -> None:
    days = [f"2024-08-{d:02d}" for d in (3, 1, 2, 2, 5, 4, 2)] + [None]
    store.save_many(sample_extraction(f"a{i}", day) for i, day in enumerate(days))
    everything = [(r.article_id, r.claim.id) for r in store.claims(limit=1000)]
    assert len(everything) == 24
    # Newest publication day first; arrival order breaks ties, newest first.
    assert [a for a, _ in everything[::3]] == ["a4", "a5", "a0", "a6", "a3", "a2", "a1", "a7"]
    paged: list[tuple[str, str]] = []
    after = None
    while True:
        page = store.claims(limit=5, after=after)
        paged += [(r.article_id, r.claim.id) for r in page]
        if len(page) < 5:
            break
        after = page[-1].cursor
        if len(paged) == 10:
            # A new article arriving between pages does not shift the rest.
            store.save(sample_extraction("late", "2024-08-09"))
    assert paged == everything


def test_a_bad_cursor_is_a_clear_error(store: Store) -> None:
    with pytest.raises(StoreError, match="invalid page cursor"):
        store.claims(after="not-a-cursor")


def test_search_finds_articles_and_claims(store: Store) -> None:
    store.save(sample_extraction("a1"))
    other = sample_extraction("a2", title="Grain deal talks resume")
    other = replace(
        other,
        article=replace(other.article, text=other.article.text.replace("Sudzha", "Vovchansk")),
        claims=(),
    )
    store.save(other)
    hits = store.search("Sudzha")
    assert {(h.kind, h.article_id, h.claim_id) for h in hits} == {
        ("article", "a1", None),
        ("claim", "a1", "c1"),
        ("claim", "a1", "c2"),
    }
    assert all("[Sudzha]" in h.snippet or "[Sudzha" in h.snippet for h in hits)
    assert hits == sorted(hits, key=lambda h: -h.score)
    # Stemming: `captures` finds `captured`.
    assert ("claim", "a1", "c1") in {
        (h.kind, h.article_id, h.claim_id) for h in store.search("captures")
    }
    assert {h.article_id for h in store.search("grain deal")} == {"a2"}
    assert {h.article_id for h in store.search('"defence ministry" -Sudzha')} == {"a2"}
    assert {h.article_id for h in store.search("Vovchansk OR Sudzha")} == {"a1", "a2"}
    assert store.search("evacuated", limit=1)[0].article_id in {"a1", "a2"}
    # Query syntax from users is never an error.
    for weird in ['"unbalanced', "AND OR NOT (", "*", "-", "", "a:b ^c", "NEAR(x y)"]:
        store.search(weird)


def test_search_ranks_the_newest_matches(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimwire.store import search

    store.save_many(sample_extraction(f"a{i}") for i in range(5))
    assert {h.article_id for h in store.search("Sudzha", limit=50) if h.kind == "article"} == {
        f"a{i}" for i in range(5)
    }
    monkeypatch.setattr(search, "WINDOW", 2)
    hits = store.search("Sudzha", limit=50)
    assert {h.article_id for h in hits if h.kind == "article"} == {"a3", "a4"}
    assert len([h for h in hits if h.kind == "claim"]) == 2


# ---------------------------------------------------------------- opening


def test_open_store_uses_settings_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimwire.settings import Settings

    path = tmp_path / "via-settings.db"
    with open_store(settings=Settings(db=str(path))) as s:
        s.save(sample_extraction())
    monkeypatch.setenv("CLAIMWIRE_DB", str(path))
    with open_store() as s:
        assert s.count() == 1
        assert s.dialect == "sqlite"


def test_sqlite_is_wal_with_foreign_keys(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "x.db")) as s:
        assert s.db.scalar("PRAGMA journal_mode") == "wal"
        assert s.db.scalar("PRAGMA foreign_keys") == 1
