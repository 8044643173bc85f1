"""Loading a finished batch's Parquet output into a store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from claimwire.batch.tables import extractions_from_articles
from claimwire.errors import InputError
from claimwire.records import Extraction

__all__ = ["iter_batch_extractions"]


def iter_batch_extractions(out: str | Path) -> Iterator[Extraction]:
    """Every extraction of the finished shards under ``out``, shard by shard.

    Only shards with a marker are read: a shard that a killed run left half
    written is not part of the output until the batch is resumed.
    """
    out_dir = Path(out)
    done = out_dir / "_done"
    if not done.is_dir():
        raise InputError("not a claimwire batch output folder (no _done/)", source=str(out_dir))
    for marker in sorted(done.glob("*.json")):
        table = pq.read_table(out_dir / "articles" / f"{marker.stem}.parquet")
        yield from extractions_from_articles(table)
