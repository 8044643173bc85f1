"""The overlap index the components use on long texts answers as a scan would."""

from __future__ import annotations

import random

import pytest

from claimwire.nlp._ranges import Ranges


def scan(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in ranges)


@pytest.mark.parametrize("seed", range(20))
def test_overlaps_agrees_with_a_scan(seed: int) -> None:
    rng = random.Random(seed)
    # Nested, overlapping, touching and long ranges, in no order.
    ranges = [(s, s + rng.choice([1, 2, 5, 40, 300])) for s in rng.sample(range(1000), 60)]
    index = Ranges(ranges)
    for _ in range(500):
        start = rng.randrange(-5, 1400)
        end = start + rng.randrange(1, 30)
        assert index.overlaps(start, end) == scan(ranges, start, end), (start, end)


def test_touching_is_not_overlapping() -> None:
    index = Ranges([(10, 20), (30, 40)])
    assert not index.overlaps(20, 30)
    assert not index.overlaps(0, 10)
    assert index.overlaps(19, 21)
    assert index.overlaps(25, 31)


def test_a_long_range_before_short_ones_is_found() -> None:
    # The furthest end so far, not the last range's end, decides.
    index = Ranges([(0, 100), (10, 11), (20, 21)])
    assert index.overlaps(50, 60)


def test_no_ranges_overlap_nothing() -> None:
    assert not Ranges([]).overlaps(0, 10)
