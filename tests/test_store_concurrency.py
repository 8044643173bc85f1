"""Two ingests at once lose nothing; a writer that waits too long gets a clear error."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimwire.errors import StoreError
from claimwire.store import open_store
from store_support import BACKENDS, make_backend_url, sample_extraction

REPO = Path(__file__).resolve().parent.parent

WORKER = """
import json, sys
from claimwire.store import open_store
from store_support import sample_extraction

url, start, stop = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open_store(url) as store:
    stats = store.save_many(
        (sample_extraction(f"a{i}", f"2024-08-{i % 28 + 1:02d}") for i in range(start, stop)),
        batch_size=3,
    )
    again = sum(store.save(sample_extraction(f"a{i}", f"2024-08-{i % 28 + 1:02d}"))
                for i in range(start, stop))
print(json.dumps({**stats.as_dict(), "changed_on_second_pass": again}))
"""


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_backend_url(request.param, str(tmp_path))


def test_two_processes_ingesting_at_once_lose_nothing(store_url: str) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO / "tests")]),
    }
    # Overlapping ranges, started together on a database that does not exist yet:
    # both race to create the schema and then to store a30..a59.
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, store_url, str(start), str(stop)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for start, stop in ((0, 60), (30, 90))
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        results.append(json.loads(out))
    assert sum(r["failed"] for r in results) == 0
    assert sum(r["changed_on_second_pass"] for r in results) == 0
    assert sum(r["new"] for r in results) == 90
    assert sum(r["new"] + r["unchanged"] for r in results) == 120
    with open_store(store_url) as store:
        assert store.count("articles") == 90
        assert store.count("claims") == 270
        assert store.count("place_mentions") == 270
        assert len(store.search("Sudzha", limit=1000)) == 90 * 3
        ids = {x.article.id for x in store.iter_extractions()}
        assert ids == {f"a{i}" for i in range(90)}


def test_sqlite_writer_locked_out_too_long(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    with open_store(str(path)):
        pass
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with (
            open_store(str(path), timeout=0.2) as store,
            pytest.raises(StoreError, match=r"locked by another writer for more than 0\.2 s"),
        ):
            store.save(sample_extraction())
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_store(str(path)) as store:
        assert store.save(sample_extraction()) is True


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("CLAIMWIRE_TEST_POSTGRES"), reason="no PostgreSQL")
def test_postgres_writer_locked_out_too_long(tmp_path: Path) -> None:
    import psycopg

    schema = make_backend_url("postgresql", str(tmp_path))
    url = next(schema)
    try:
        with open_store(url) as store:
            store.save(sample_extraction())
        changed = sample_extraction(title="A changed title")
        with psycopg.connect(url) as holder:
            holder.execute("SELECT 1 FROM articles WHERE id = 'a1' FOR UPDATE")
            with (
                open_store(url, timeout=0.2) as store,
                pytest.raises(StoreError, match="locked by another writer"),
            ):
                store.save(changed)
            holder.rollback()
        with open_store(url) as store:
            assert store.save(changed) is True
    finally:
        schema.close()
