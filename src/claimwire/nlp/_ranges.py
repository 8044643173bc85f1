"""Character ranges that a component asks about many times over (private)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["Ranges"]


class Ranges:
    """Character ranges, built once, asked whether any of them overlaps a range.

    A bisect over the starts and the furthest end reached so far answers in a
    logarithm of their number, where a scan of all of them would make a long text,
    with many ranges and many questions, cost the square of its length.
    """

    __slots__ = ("_reach", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [start for start, _end in ordered]
        self._reach = list(accumulate((end for _start, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any range overlaps ``start:end``; ranges that only touch it do not."""
        before_end = bisect_left(self._starts, end)
        return before_end > 0 and self._reach[before_end - 1] > start
