"""CI gate: the seed report's figures stay at or above their floors."""

from __future__ import annotations

import pytest
from benchmarks import seed
from benchmarks._common import check_floors, have_data


@pytest.mark.skipif(not have_data("seed", "sudzha.txt"), reason="evaluation data not present")
def test_seed_floors() -> None:
    assert check_floors(seed.evaluate(quick=True), seed.FLOORS) == []
