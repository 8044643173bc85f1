"""Splitting batch inputs into shards, and reading the articles of one shard.

A shard is a small, self-describing unit of work: a byte range of a JSONL file,
a range of records of a WARC file, one feed file, or a list of text/HTML files.
Its id is a hash of that description, so the same inputs always give the same
shards and a restarted run can skip the shards it already finished.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from claimwire.errors import InputError, MalformedRecordError
from claimwire.ingest import article_from_record, format_of, read_path
from claimwire.ingest.feeds import read_feed
from claimwire.ingest.warc import read_warc, warc_record_offsets
from claimwire.records import Article
from claimwire.settings import Settings

__all__ = ["Shard", "plan_shards", "read_shard"]

ShardKind = Literal["jsonl", "files", "feed", "warc"]


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of batch work; ``start``/``stop`` are byte offsets (jsonl, warc)."""

    kind: ShardKind
    paths: tuple[str, ...]
    start: int = 0
    stop: int = -1
    first_line: int = 1  # line number of `start` in a JSONL file, for messages

    @property
    def id(self) -> str:
        key = json.dumps([self.kind, self.paths, self.start, self.stop, _sizes(self.paths)])
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    @property
    def label(self) -> str:
        name = Path(self.paths[0]).name
        more = f" (+{len(self.paths) - 1} files)" if len(self.paths) > 1 else ""
        return f"{name}{more}@{self.start}" if self.kind in ("jsonl", "warc") else name + more


def _sizes(paths: Iterable[str]) -> list[int]:
    # A changed input file is a new shard, not a finished one.
    return [Path(p).stat().st_size if Path(p).exists() else -1 for p in paths]


def input_kind(path: Path) -> ShardKind:
    """How a file is sharded, from the format its name gives (as ingest reads it)."""
    fmt = format_of(path)
    if fmt in ("warc", "jsonl", "feed"):
        return fmt
    if fmt in ("text", "html"):
        return "files"
    raise InputError(
        "unknown input type (expected .jsonl, .txt, .html, .rss/.atom/.xml, .warc[.gz] "
        "or a folder of them)",
        source=str(path),
    )


def plan_shards(inputs: Iterable[str | Path], *, shard_size: int = 200) -> list[Shard]:
    """Split ``inputs`` (files and folders) into shards of about ``shard_size`` articles."""
    shards: list[Shard] = []
    loose_files: list[str] = []
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or folder", source=str(path))
        members = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for member in members:
            try:
                kind = input_kind(member)
            except InputError:
                if path.is_dir():
                    continue  # folders may hold other files; named files may not
                raise
            if kind == "files":
                loose_files.append(str(member))
            elif kind == "jsonl":
                shards += _jsonl_shards(member, shard_size)
            elif kind == "warc":
                shards += _warc_shards(member, shard_size)
            else:
                shards.append(Shard("feed", (str(member),)))
    for i in range(0, len(loose_files), shard_size):
        shards.append(Shard("files", tuple(loose_files[i : i + shard_size])))
    return shards


def _jsonl_shards(path: Path, shard_size: int) -> list[Shard]:
    shards, start, line_no, first_line, count = [], 0, 0, 1, 0
    with path.open("rb") as f:
        offset = 0
        for line in f:
            line_no += 1
            offset += len(line)
            if line.strip():
                count += 1
            if count == shard_size:
                shards.append(Shard("jsonl", (str(path),), start, offset, first_line))
                start, first_line, count = offset, line_no + 1, 0
        if count:
            shards.append(Shard("jsonl", (str(path),), start, offset, first_line))
    return shards


def _warc_shards(path: Path, shard_size: int) -> list[Shard]:
    offsets = warc_record_offsets(path)
    size = path.stat().st_size
    return [
        Shard(
            "warc",
            (str(path),),
            offsets[i],
            offsets[i + shard_size] if i + shard_size < len(offsets) else size,
        )
        for i in range(0, len(offsets), shard_size)
    ]


def read_shard(shard: Shard, settings: Settings | None = None) -> Iterator[Article | InputError]:
    """The shard's articles, or an :class:`InputError` for each record that is not one."""
    if shard.kind == "jsonl":
        yield from _read_jsonl_range(shard, settings)
    elif shard.kind == "warc":
        yield from read_warc(shard.paths[0], start=shard.start, stop=shard.stop, settings=settings)
    elif shard.kind == "feed":
        yield from read_feed(shard.paths[0], settings=settings)
    else:
        for name in shard.paths:
            try:
                yield from read_path(name, settings=settings)
            except InputError as exc:
                yield exc


def _read_jsonl_range(shard: Shard, settings: Settings | None) -> Iterator[Article | InputError]:

    path = shard.paths[0]
    with open(path, "rb") as f:
        f.seek(shard.start)
        line_no = shard.first_line - 1
        while f.tell() < shard.stop:
            raw = f.readline()
            if not raw:
                break
            line_no += 1
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield MalformedRecordError(f"not JSON: {exc}", source=path, line=line_no)
                continue
            try:
                yield article_from_record(row, line=line_no, name=path, settings=settings)
            except InputError as exc:
                yield exc
