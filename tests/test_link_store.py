"""Linking over a store (SQLite, and PostgreSQL when CLAIMWIRE_TEST_POSTGRES is set):
incremental links, restored state, stable ids, rebuilds and deletions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from benchmarks.linking import multisource_check, multisource_extractions

from claimwire.errors import RecordNotFoundError
from claimwire.link.linker import Linker
from claimwire.link.persist import contradiction_rows, link_new, load_linker, resolve_event
from claimwire.records import Extraction
from claimwire.store import Store, open_store
from store_support import BACKENDS, make_backend_url


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    for url in make_backend_url(request.param, str(tmp_path)):
        with open_store(url) as s:
            yield s


@pytest.fixture(scope="module")
def reports() -> list[Extraction]:
    return multisource_extractions()


def _clusters(linker: Linker) -> set[frozenset[str]]:
    return {frozenset(m.key for m in ms) for _, ms in linker.events.clusters()}


def test_linking_in_two_runs_equals_linking_at_once(
    store: Store, reports: list[Extraction]
) -> None:
    store.save_many(reports[:7])
    first = link_new(store)
    assert (first.linked, first.total, first.rebuilt) == (7, 7, False)
    store.save_many(reports[7:])
    second = link_new(store)
    assert (second.linked, second.total) == (len(reports) - 7, len(reports))
    assert link_new(store).linked == 0  # nothing new: nothing done
    restored = load_linker(store)
    at_once = Linker()
    at_once.add_all(reports)
    assert _clusters(restored) == _clusters(at_once)
    assert {o.articles for o in restored.origins.origins()} == {
        o.articles for o in at_once.origins.origins()
    }
    assert [c.cluster for c in restored.contradictions()] == [
        c.cluster for c in at_once.contradictions()
    ]


def test_persisted_rows_answer_queries(store: Store, reports: list[Extraction]) -> None:
    store.save_many(reports)
    link_new(store)
    rows = store.db.query("SELECT article_id, origin_id FROM link_articles ORDER BY seq")
    origin = {r["article_id"]: r["origin_id"] for r in rows}
    assert origin["r04"] == origin["r05"] == "r03"
    sudzha = store.db.query_one("SELECT * FROM link_clusters WHERE cluster_id = ?", ["r01/e1"])
    assert sudzha is not None
    assert (sudzha["articles"], sudzha["origins"], sudzha["independent"]) == (5, 3, 3)
    kinds = sorted(r["kind"] for r in contradiction_rows(store))
    assert kinds == ["denial", "denial", "denial", "outcome", "tally"]
    assert {r["cluster_id"] for r in contradiction_rows(store, since="2024-08-01")} == {
        "r01/e1",
        "r13/e1",
    }
    dup = store.db.query(
        "SELECT article_id, other_id, relation FROM link_duplicates ORDER BY article_id"
    )
    pairs = [(r["article_id"], r["other_id"]) for r in dup]
    assert pairs == [("r04", "r03"), ("r05", "r03"), ("r05", "r04")]
    assert {r["relation"] for r in dup} <= {"near", "wire_copy"}


def test_a_new_arrival_keeps_every_id_and_updates_the_picture(
    store: Store, reports: list[Extraction]
) -> None:
    store.save_many(reports)
    link_new(store)
    before = {m: load_linker(store).events.cluster_of(m) for m in ("r02/e1", "r10/e1")}
    # A copy of TASS's report, republished a day later under another id.
    copy = replace(reports[1], article=replace(reports[1].article, id="r15", source="RT",
                                               published="2024-08-16"))  # fmt: skip
    store.save(copy)
    assert link_new(store).linked == 1
    linker = load_linker(store)
    assert {m: linker.events.cluster_of(m) for m in before} == before
    assert linker.events.cluster_of("r15/e1") == "r01/e1"
    row = store.db.query_one("SELECT * FROM link_clusters WHERE cluster_id = 'r01/e1'")
    assert row is not None
    assert (row["articles"], row["independent"]) == (6, 3)  # a copy adds no source
    assert [s.article for s in linker.history("r01/e1")][-1] == "r15"


def test_a_changed_extraction_rebuilds_with_the_same_ids(
    store: Store, reports: list[Extraction]
) -> None:
    store.save_many(reports)
    link_new(store)
    ids = {k: v for k, ms in load_linker(store).events.clusters() for v in [k] for _ in ms}
    # Re-ingested with one event fewer (a newer pipeline dropped r12's second event).
    store.save(replace(reports[11], events=reports[11].events[:1]))
    report = link_new(store)
    assert report.rebuilt
    linker = load_linker(store)
    assert "r12/e2" not in linker.events
    assert {k for k, _ in linker.events.clusters()} == set(ids) - {"r12/e2"}


def test_deleting_an_article_removes_its_links(store: Store, reports: list[Extraction]) -> None:
    store.save_many(reports)
    link_new(store)
    store.delete("r14")
    assert store.db.query("SELECT * FROM link_event_mentions WHERE article_id = 'r14'") == []
    linker = load_linker(store)
    assert "r14/e1" not in linker.events
    assert "r13/e1" in linker.events


def test_resolving_event_references(store: Store, reports: list[Extraction]) -> None:
    store.save_many(reports)
    link_new(store)
    linker = load_linker(store)
    assert resolve_event(store, linker, "r01/e1") == "r01/e1"
    assert resolve_event(store, linker, "r05/e1") == "r01/e1"  # any mention key
    with pytest.raises(RecordNotFoundError, match="no event 'nope'"):
        resolve_event(store, linker, "nope")


def test_golden_set_still_holds() -> None:
    assert multisource_check() == {}


def test_two_linkers_at_once_lose_and_duplicate_nothing(
    store: Store, reports: list[Extraction]
) -> None:
    import threading

    store.save_many(reports)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with open_store(store.db.url) as own:
                link_new(own)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.count("link_articles") == len(reports)
    assert multisource_check() == {}
    at_once = Linker()
    at_once.add_all(reports)
    assert _clusters(load_linker(store)) == _clusters(at_once)


def test_linking_after_a_deletion(store: Store, reports: list[Extraction]) -> None:
    store.save_many(reports[:5])
    link_new(store)
    store.delete("r02")
    store.save_many(reports[5:])
    report = link_new(store)
    assert (report.linked, report.total) == (len(reports) - 5, len(reports) - 1)
    assert load_linker(store).events.cluster_of("r03/e1") == "r01/e1"
