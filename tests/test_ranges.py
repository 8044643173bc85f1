"""The overlap index the components use on long texts answers as a scan would."""

from __future__ import annotations

import random

import pytest

from claimwire.nlp._ranges import Ranges


def scan(ranges: list[tuple[int, int, int]], start: int, end: int) -> list[int]:
    return [item for s, e, item in ranges if s < end and start < e]


def random_ranges(rng: random.Random) -> list[tuple[int, int, int]]:
    # Nested, overlapping, touching, repeated and long ranges, in no order.
    starts = [rng.randrange(1000) for _ in range(60)]
    return [(s, s + rng.choice([1, 2, 5, 40, 300]), n) for n, s in enumerate(starts)]


@pytest.mark.parametrize("seed", range(20))
def test_overlapping_agrees_with_a_scan_in_the_order_given(seed: int) -> None:
    rng = random.Random(seed)
    ranges = random_ranges(rng)
    rng.shuffle(ranges)
    index = Ranges(ranges)
    for _ in range(500):
        start = rng.randrange(-5, 1400)
        end = start + rng.randrange(1, 30)
        expected = scan(ranges, start, end)
        assert index.overlapping(start, end) == expected, (start, end)
        assert index.overlaps(start, end) == bool(expected), (start, end)


def test_touching_is_not_overlapping() -> None:
    index = Ranges([(10, 20, "a"), (30, 40, "b")])
    assert not index.overlaps(20, 30)
    assert index.overlapping(0, 10) == []
    assert index.overlapping(19, 31) == ["a", "b"]


def test_a_long_range_before_short_ones_is_found() -> None:
    # The furthest end so far and the longest range, not the last range, decide.
    index = Ranges([(0, 100, "long"), (10, 11, "x"), (20, 21, "y")])
    assert index.overlaps(50, 60)
    assert index.overlapping(50, 60) == ["long"]


def test_no_ranges_overlap_nothing() -> None:
    index: Ranges[str] = Ranges([])
    assert not index.overlaps(0, 10)
    assert index.overlapping(0, 10) == []
