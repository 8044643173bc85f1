"""Character ranges that a component asks about many times over (private)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate
from typing import Generic, TypeVar

__all__ = ["Ranges"]

T = TypeVar("T")


class Ranges(Generic[T]):
    """Character ranges, each with what it stands for, built once and asked which of
    them overlap a range.

    Bisects over the sorted starts answer in about a logarithm of their number,
    where a scan of all of them would make a long text, with many ranges and many
    questions, cost the square of its length.
    """

    __slots__ = ("_items", "_longest", "_reach", "_starts")

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        # In start order, each with its place in the order given.
        ordered = sorted(
            ((start, end, n, item) for n, (start, end, item) in enumerate(items)),
            key=lambda row: row[:3],
        )
        self._starts = [row[0] for row in ordered]
        self._items = [(row[1], row[2], row[3]) for row in ordered]
        self._reach = list(accumulate((row[1] for row in ordered), max))
        self._longest = max((row[1] - row[0] for row in ordered), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any range overlaps ``start:end``; ranges that only touch it do not."""
        before_end = bisect_left(self._starts, end)
        return before_end > 0 and self._reach[before_end - 1] > start

    def overlapping(self, start: int, end: int) -> list[T]:
        """What the ranges overlapping ``start:end`` stand for, in the order given."""
        # A range that reaches past ``start`` starts less than the longest length before.
        first = bisect_left(self._starts, start - self._longest + 1)
        last = bisect_left(self._starts, end)
        hits = [(n, item) for e, n, item in self._items[first:last] if e > start]
        hits.sort(key=lambda hit: hit[0])
        return [item for _n, item in hits]
