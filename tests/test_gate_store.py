"""CI gate for the store benchmark: a lossless, idempotent BBC ingest and search
faster than a LIKE scan, measured in one run (benchmarks/store.py, quick mode)."""

from __future__ import annotations

import pytest
from benchmarks._common import check_floors, have_data
from benchmarks.store import FLOORS, evaluate


@pytest.mark.skipif(not have_data("corpus", "bbc.txt"), reason="evaluation data absent")
def test_store_figures_hold_their_floors() -> None:
    assert check_floors(evaluate(quick=True), FLOORS) == []
