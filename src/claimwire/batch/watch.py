"""Streaming ingest: watch a folder or a feed file and store new articles as they appear."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from claimwire.batch.shards import input_kind
from claimwire.errors import InputError
from claimwire.records import Article

__all__ = ["Watcher"]


@dataclass(frozen=True, slots=True)
class _Seen:
    mtime_ns: int
    size: int


class Watcher:
    """Polls ``target`` and yields what is new since the last poll.

    A folder's files are new when their name, size or modification time is new;
    a feed file is read again whenever it changes (the store skips the items it
    already holds, so only new items cost extraction).
    """

    def __init__(self, target: str | Path) -> None:
        self.target = Path(target)
        if not self.target.exists():
            raise InputError("no such file or folder", source=str(self.target))
        self._seen: dict[Path, _Seen] = {}

    def _changed(self) -> list[Path]:
        paths = (
            sorted(p for p in self.target.rglob("*") if p.is_file())
            if self.target.is_dir()
            else [self.target]
        )
        changed = []
        for path in paths:
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue  # removed between listing and stat
            seen = _Seen(stat.st_mtime_ns, stat.st_size)
            if self._seen.get(path) != seen:
                self._seen[path] = seen
                changed.append(path)
        return changed

    def poll(self) -> Iterator[Article | InputError]:
        from claimwire.ingest import read_path

        for path in self._changed():
            try:
                input_kind(path)
            except InputError:
                continue  # not a document (a temp file, a README): ignore quietly
            try:
                yield from read_path(path)
            except InputError as exc:
                yield exc

    def run(
        self,
        handle: Callable[[list[Article | InputError]], None],
        *,
        interval: float = 2.0,
        max_polls: int | None = None,
    ) -> None:
        """Poll every ``interval`` seconds, handing each poll's items to ``handle``."""
        polls = 0
        while max_polls is None or polls < max_polls:
            items = list(self.poll())
            if items:
                handle(items)
            polls += 1
            if max_polls is None or polls < max_polls:
                time.sleep(interval)
