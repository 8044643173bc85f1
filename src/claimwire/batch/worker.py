"""What runs on a Dask worker: extract one shard and write its Parquet files.

The pipeline is loaded once per worker process and kept (``_extractor``), so a
worker pays the model's start-up once however many shards it runs. A shard's
files are written under a temporary name and moved into place, and its marker
file ``_done/<shard>.json`` is written last: a shard either has its marker and
all its files, or is run again.
"""

from __future__ import annotations

import json
import os
import resource
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

import pyarrow.parquet as pq

from claimwire.batch.shards import Shard, read_shard
from claimwire.batch.tables import TABLES, extractions_to_tables
from claimwire.errors import ClaimwireError, InputError
from claimwire.pipeline import Extractor
from claimwire.records import Article, Extraction
from claimwire.settings import Settings

__all__ = ["ShardResult", "done_marker", "run_shard"]

_extractors: dict[Settings, Extractor] = {}


@dataclass(frozen=True, slots=True)
class ShardResult:
    """What a worker reports of one shard. ``cpu_seconds`` is the CPU time the
    worker process (all its threads) used meanwhile: unlike ``seconds``, it does
    not grow when other work shares the machine (benchmarks/batch.py uses it)."""

    shard: str
    label: str
    articles: int
    rejects: int
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float = 0.0


def done_marker(out: Path, shard: Shard) -> Path:
    return out / "_done" / f"{shard.id}.json"


def _extractor(settings: Settings) -> Extractor:
    if settings not in _extractors:
        _extractors[settings] = Extractor(settings)
    return _extractors[settings]


def run_shard(shard: Shard, out: str, settings: Settings) -> ShardResult:
    """Extract every article of ``shard`` and write its tables and rejects under ``out``."""
    started, cpu_started = time.perf_counter(), time.process_time()
    out_dir = Path(out)
    articles: list[Article] = []
    rejects: list[dict[str, object]] = []
    for item in read_shard(shard, settings):
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, InputError):
            rejects.append({"shard": shard.id, "source": item.source, "reason": str(item)})

    def reject(article: Article, error: ClaimwireError) -> None:
        rejects.append({"shard": shard.id, "source": article.id, "reason": str(error)})

    extractions: list[Extraction] = list(
        _extractor(settings).extract_many(articles, on_error=reject)
    )
    tables = extractions_to_tables(extractions)

    staging = out_dir / "_staging" / f"{shard.id}-{uuid.uuid4().hex[:8]}"
    staging.mkdir(parents=True)
    for name in TABLES:
        pq.write_table(tables[name], staging / f"{name}.parquet")
    with (staging / "rejects.jsonl").open("w", encoding="utf-8") as f:
        for row in rejects:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for name in (*TABLES, "rejects"):
        target = out_dir / name
        target.mkdir(exist_ok=True)
        suffix = ".jsonl" if name == "rejects" else ".parquet"
        os.replace(staging / f"{name}{suffix}", target / f"{shard.id}{suffix}")
    staging.rmdir()

    result = ShardResult(
        shard=shard.id,
        label=shard.label,
        articles=len(extractions),
        rejects=len(rejects),
        seconds=time.perf_counter() - started,
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        cpu_seconds=time.process_time() - cpu_started,
    )
    marker = done_marker(out_dir, shard)
    marker.parent.mkdir(exist_ok=True)
    tmp = marker.with_suffix(".tmp")
    tmp.write_text(json.dumps({**asdict(result), "shard_spec": asdict(shard)}), "utf-8")
    os.replace(tmp, marker)
    return result
