"""CI gate of the API load benchmark (quick mode: 7,500 events, 20 clients)."""

from __future__ import annotations

from benchmarks._common import check_floors
from benchmarks.api import FLOORS, evaluate


def test_api_benchmark_stays_above_its_floors() -> None:
    assert check_floors(evaluate(quick=True), FLOORS) == []
