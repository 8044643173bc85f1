"""CI gate: the time benchmark's quick figures stay above their recorded floors."""

from __future__ import annotations

import pytest
from benchmarks._common import check_floors, have_data
from benchmarks.time import FLOORS, evaluate


@pytest.mark.skipif(not have_data(), reason="evaluation data (../shared/data) absent")
def test_time_figures_stay_above_their_floors() -> None:
    assert check_floors(evaluate(quick=True), FLOORS) == []
