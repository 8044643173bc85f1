"""Schema versions: new databases are created, older ones upgraded on request,
newer ones and foreign ones refused; a failed migration leaves nothing behind."""

from __future__ import annotations

import sqlite3
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimwire.errors import StoreError
from claimwire.store import Migration, migrations, open_store
from claimwire.store.database import Database, connect
from claimwire.store.schema import MIGRATIONS as STORE_MIGRATIONS
from store_support import BACKENDS, make_backend_url, sample_extraction


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_backend_url(request.param, str(tmp_path))


def _with_extra(
    monkeypatch: pytest.MonkeyPatch, extra: list[Migration], component: str = "extra"
) -> None:
    """Register a component the way `link` does: a module with a MIGRATIONS list."""
    module = types.ModuleType(f"cw_test_{component}_schema")
    module.MIGRATIONS = extra  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(
        migrations,
        "MIGRATION_MODULES",
        (*migrations.MIGRATION_MODULES, (component, module.__name__)),
    )


STORE_VERSION = len(STORE_MIGRATIONS)

NOTES = Migration(
    1,
    "notes",
    sql=["CREATE TABLE notes (id {SERIAL}, article_id TEXT NOT NULL, weight {REAL})"],
    sqlite=["CREATE INDEX notes_article ON notes (article_id)"],
    postgresql=["CREATE INDEX notes_article ON notes USING btree (article_id)"],
)


def test_a_new_component_is_added_by_upgrade(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(store_url) as store:
        store.save(sample_extraction())
    _with_extra(monkeypatch, [NOTES])
    with pytest.raises(StoreError, match=r"older schema \(extra\).*claimwire db upgrade"):
        open_store(store_url)
    db = connect(store_url)
    try:
        assert migrations.upgrade(db) == ["extra 1: notes"]
        assert migrations.upgrade(db) == []
    finally:
        db.close()
    with open_store(store_url) as store:
        assert store.info()["schema"] == {**_others(store.db), "store": STORE_VERSION, "extra": 1}
        with store.db.transaction() as tx:
            tx.execute("INSERT INTO notes (article_id, weight) VALUES (?, ?)", ["a1", 0.5])
        assert store.db.query("SELECT id, article_id, weight FROM notes") == [
            {"id": 1, "article_id": "a1", "weight": 0.5}
        ]
        assert store.count("articles") == 1


def _others(db: Database) -> dict[str, int]:
    """Versions of the components other than the store and the test's `extra` (link)."""
    current = migrations.schema_status(db).current
    return {c: v for c, v in current.items() if c not in {"store", "extra"}}


def test_a_failed_migration_is_rolled_back(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(store_url):
        pass
    broken = Migration(
        1, "broken", sql=["CREATE TABLE half (id TEXT)", "INSERT INTO missing VALUES (1)"]
    )
    _with_extra(monkeypatch, [broken])
    db = connect(store_url)
    try:
        with pytest.raises(StoreError, match=r"migration extra 1 \(broken\) failed"):
            migrations.upgrade(db)
        assert not db.table_exists("half")
        assert migrations.schema_status(db).current == {**_others(db), "store": STORE_VERSION}
    finally:
        db.close()


def test_a_database_from_a_newer_claimwire_is_refused(store_url: str) -> None:
    future = STORE_VERSION + 1
    with open_store(store_url) as store, store.db.transaction() as tx:
        tx.execute(
            "INSERT INTO schema_version VALUES ('store', ?, 'from the future', 'later')", [future]
        )
    with pytest.raises(
        StoreError,
        match=rf"newer claimwire: schema store v{future} \(this claimwire knows v{STORE_VERSION}\)",
    ):
        open_store(store_url)


def test_migrations_must_be_numbered(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_extra(monkeypatch, [Migration(1, "one"), Migration(3, "gap")])
    with pytest.raises(StoreError, match=r"numbered 1..N, got \[1, 3\]"):
        migrations.all_migrations()


def test_sqlite_file_with_other_tables_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="is not a claimwire database"):
        open_store(str(path))


def test_unreachable_postgres_is_a_clear_error() -> None:
    # Nothing listens on port 9; the message names the URL without its password.
    with pytest.raises(
        StoreError, match=r"cannot open database postgresql://u:\*\*\*@127\.0\.0\.1:9/x"
    ):
        open_store("postgresql://u:secret@127.0.0.1:9/x", timeout=2)


def test_a_new_database_is_created_whole_or_not_at_all(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every step of a new database runs in one transaction: a process opening it at
    # the same moment sees all of the schema or none, and a failure leaves none.
    broken = Migration(1, "broken", sql=["INSERT INTO missing VALUES (1)"])
    _with_extra(monkeypatch, [broken])
    with pytest.raises(StoreError, match="creating the schema failed and was rolled back"):
        open_store(store_url)
    db = connect(store_url)
    try:
        assert not db.table_exists("articles")
        assert not db.table_exists("schema_version")
    finally:
        db.close()
    monkeypatch.undo()
    with open_store(store_url) as store:
        assert store.info()["schema"]["store"] == STORE_VERSION
