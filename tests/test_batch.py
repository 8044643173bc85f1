"""`claimwire batch` on a real local Dask cluster: shards, Parquet output, rejects,
resuming after an interruption, and loading into a store."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from claimwire.batch.load import iter_batch_extractions
from claimwire.batch.runner import run_batch
from claimwire.batch.shards import plan_shards
from claimwire.batch.tables import TABLES
from claimwire.batch.worker import ShardResult
from claimwire.cli import main
from claimwire.errors import InputError
from claimwire.settings import Settings
from claimwire.store import open_store

# Dask clusters take a few seconds to start: keep these tests on one xdist worker.
pytestmark = pytest.mark.xdist_group("dask")

TOWNS = ["Avdiivka", "Bakhmut", "Vuhledar", "Pokrovsk", "Kupiansk", "Lyman", "Siversk"]


def _story(i: int) -> str:
    town = TOWNS[i % len(TOWNS)]
    return (
        f"Ukrainian officials said on Tuesday that Russian forces had shelled {town} "
        f"overnight, wounding at least {i + 3} civilians. The regional governor said "
        "emergency crews were still clearing rubble, and that power had been cut to "
        f"several districts. Moscow did not respond to the claims about {town}."
    )


def write_inputs(folder: Path, n: int = 9) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    jsonl = folder / "stories.jsonl"
    with jsonl.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(
                json.dumps({"id": f"s{i}", "text": _story(i), "published": "2024-02-14"}) + "\n"
            )
        f.write("{not json\n")
        f.write(json.dumps({"id": "empty", "text": "   "}) + "\n")
    return jsonl


@pytest.fixture
def settings(settings: Settings, tmp_path: Path) -> Settings:
    return settings.with_(db=str(tmp_path / "batch.db"))


def _rows(out: Path, table: str) -> list[dict[str, object]]:
    files = sorted((out / table).glob("*.parquet"))
    rows = [row for f in files for row in pq.read_table(f).to_pylist()]
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))


def test_jsonl_is_split_into_shards_by_line_with_stable_ids(tmp_path: Path) -> None:
    jsonl = write_inputs(tmp_path, n=9)
    shards = plan_shards([jsonl], shard_size=4)
    assert [s.first_line for s in shards] == [1, 5, 9]
    assert [s.id for s in plan_shards([jsonl], shard_size=4)] == [s.id for s in shards]
    assert shards[0].stop == shards[1].start


def test_unknown_and_missing_inputs_are_refused(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n")
    with pytest.raises(InputError, match="unknown input type"):
        plan_shards([tmp_path / "data.csv"])
    with pytest.raises(InputError, match="no such file"):
        plan_shards([tmp_path / "missing.jsonl"])


def test_batch_writes_tables_and_rejects_then_resumes_to_the_same_records(
    tmp_path: Path, settings: Settings
) -> None:
    jsonl = write_inputs(tmp_path / "in")
    whole = run_batch([jsonl], tmp_path / "whole", settings=settings, shard_size=3)
    assert (whole.shards, whole.articles, whole.rejects) == (4, 9, 2)
    assert {p.name for p in (tmp_path / "whole").iterdir()} >= {*TABLES, "rejects", "_done"}
    reasons = [
        json.loads(line)["reason"]
        for f in (tmp_path / "whole" / "rejects").glob("*.jsonl")
        for line in f.read_text().splitlines()
    ]
    assert any("line 10" in r for r in reasons)
    assert len(reasons) == 2

    class Interrupted(Exception):
        pass

    def stop_after_first(result: ShardResult) -> None:
        raise Interrupted(result.shard)

    with pytest.raises(Interrupted):
        run_batch(
            [jsonl],
            tmp_path / "resumed",
            settings=settings,
            shard_size=3,
            on_result=stop_after_first,
        )
    done_before = len(list((tmp_path / "resumed" / "_done").glob("*.json")))
    assert 1 <= done_before < 4
    # A shard killed while writing leaves staging files and no marker: it runs again.
    (tmp_path / "resumed" / "_staging" / "deadbeef-0").mkdir(parents=True)
    resumed = run_batch([jsonl], tmp_path / "resumed", settings=settings, shard_size=3)
    assert resumed.skipped == done_before
    assert resumed.skipped + len(resumed.results) == 4
    for table in TABLES:
        assert _rows(tmp_path / "resumed", table) == _rows(tmp_path / "whole", table), table


def test_load_puts_every_article_in_the_store_once(tmp_path: Path, settings: Settings) -> None:
    jsonl = write_inputs(tmp_path / "in", n=5)
    out = tmp_path / "out"
    run_batch([jsonl], out, settings=settings, shard_size=2)
    db = str(tmp_path / "loaded.db")
    assert main(["load", str(out), "--db", db]) == 0
    assert main(["load", str(out), "--db", db]) == 0  # idempotent
    with open_store(db) as store:
        assert store.count("articles") == 5
        stored = store.get_extraction("s3")
    (from_parquet,) = [x for x in iter_batch_extractions(out) if x.article.id == "s3"]
    assert stored == from_parquet


def test_load_refuses_a_folder_that_is_no_batch_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", str(tmp_path), "--db", str(tmp_path / "x.db")]) != 0
    err = capsys.readouterr().err
    assert "not a claimwire batch output folder" in err
    assert "Traceback" not in err


def test_batch_command_reports_and_a_second_run_skips_every_shard(
    tmp_path: Path,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CLAIMWIRE_CACHE_DIR", str(settings.cache_dir))
    jsonl = write_inputs(tmp_path / "in", n=4)
    out = tmp_path / "out"
    assert main(["batch", str(jsonl), "--out", str(out), "--shard-size", "2"]) == 0
    assert "4 articles from 3 shards (0 already done), 2 rejected" in capsys.readouterr().out
    assert main(["batch", str(jsonl), "--out", str(out), "--shard-size", "2"]) == 0
    assert "0 articles from 0 shards (3 already done)" in capsys.readouterr().out


def test_batch_command_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["batch", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o")])
    assert code != 0
    err = capsys.readouterr().err
    assert "no such file or folder" in err
    assert "Traceback" not in err
    bad = main(["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--scheduler", "udp://x"])
    assert bad != 0


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path: Path, settings: Settings) -> None:
    from claimwire.errors import ConfigError

    jsonl = write_inputs(tmp_path / "in", n=1)
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        run_batch(
            [jsonl],
            tmp_path / "out",
            scheduler="tcp://127.0.0.1:9",  # the discard port: nothing listens
            settings=settings,
            connect_timeout=1.0,
        )


def test_batch_runs_on_an_existing_cluster_by_address(tmp_path: Path, settings: Settings) -> None:
    from distributed import LocalCluster

    jsonl = write_inputs(tmp_path / "in", n=3)
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        summary = run_batch(
            [jsonl], tmp_path / "out", scheduler=cluster.scheduler_address, settings=settings
        )
    assert summary.articles == 3
    assert summary.dashboard is not None
