"""Running a batch on Dask distributed: local processes or an existing cluster."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from claimwire.batch.shards import plan_shards
from claimwire.batch.worker import ShardResult, done_marker, run_shard
from claimwire.errors import ConfigError, InputError
from claimwire.settings import Settings

__all__ = ["BatchSummary", "run_batch"]

_ADDRESS_SCHEMES = ("tcp://", "tls://", "ucx://")


@dataclass(slots=True)
class BatchSummary:
    out: Path
    shards: int = 0
    skipped: int = 0
    articles: int = 0
    rejects: int = 0
    dashboard: str | None = None
    results: list[ShardResult] = field(default_factory=list)

    @property
    def peak_worker_rss_mb(self) -> float:
        return max((r.peak_rss_mb for r in self.results), default=0.0)


def run_batch(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    scheduler: str = "local",
    workers: int = 1,
    settings: Settings | None = None,
    shard_size: int = 200,
    memory_limit: str = "1.5GiB",
    connect_timeout: float = 10.0,
    on_result: Callable[[ShardResult], None] | None = None,
    on_plan: Callable[[int, int], None] | None = None,
) -> BatchSummary:
    """Extract every article of ``inputs`` into Parquet tables under ``out``.

    Shards whose marker exists are skipped, so a killed run picks up where it
    stopped. ``scheduler`` is ``local`` (a cluster of ``workers`` processes on
    this machine) or the address of a running scheduler (``tcp://host:8786``).
    """
    import dask
    from distributed import Client, LocalCluster, as_completed

    if workers < 1:
        raise ConfigError("--workers must be at least 1")
    if scheduler != "local" and not scheduler.startswith(_ADDRESS_SCHEMES):
        raise ConfigError(
            f"--scheduler must be 'local' or an address like tcp://host:8786, not {scheduler!r}"
        )
    settings = settings or Settings.from_env()
    shards = plan_shards(inputs, shard_size=shard_size)
    if not shards:
        raise InputError("the inputs hold no documents (.jsonl, .txt, .html, feeds, WARC)")
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    todo = [s for s in shards if not done_marker(out_dir, s).exists()]
    summary = BatchSummary(out=out_dir, shards=len(shards), skipped=len(shards) - len(todo))
    (out_dir / "_plan.json").write_text(json.dumps({"shards": [s.id for s in shards]}), "utf-8")
    if on_plan:
        on_plan(len(shards), summary.skipped)
    if not todo:
        return summary

    with ExitStack() as stack:
        if scheduler == "local":
            # Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in each worker to hand freed
            # memory back to the OS at once; spaCy's many small allocations then cost
            # about 13% more CPU (measured: benchmarks/batch.py, docs/batch.md). A
            # worker's memory stays bounded by its shard, so the trim is not needed.
            stack.enter_context(
                dask.config.set(
                    {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
                )
            )
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,  # spaCy releases no GIL worth sharing; use processes
                    processes=True,
                    memory_limit=memory_limit,
                    # No dashboard; its HTTP server (health routes) still starts, so
                    # give it a free port instead of 8787, which may be taken.
                    dashboard_address=None,
                    scheduler_kwargs={"dashboard": False, "dashboard_address": ":0"},
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(scheduler, timeout=connect_timeout))
            except (OSError, TimeoutError) as exc:
                raise ConfigError(
                    f"cannot reach the Dask scheduler at {scheduler}: {exc}"
                ) from None
            summary.dashboard = client.dashboard_link
        futures = [
            client.submit(run_shard, s, str(out_dir), settings, key=f"shard-{s.id}", pure=False)
            for s in todo
        ]
        for future in as_completed(futures):
            result: ShardResult = future.result()
            summary.results.append(result)
            summary.articles += result.articles
            summary.rejects += result.rejects
            if on_result:
                on_result(result)
    return summary


def finished_shards(out: str | Path) -> list[str]:
    """Ids of the shards under ``out`` that finished (have their marker)."""
    return sorted(p.stem for p in (Path(out) / "_done").glob("*.json"))
