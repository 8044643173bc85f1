"""CI gate: the attribution figures must not fall below the floors recorded in
``benchmarks/attribution.py`` (measured on the development data)."""

from __future__ import annotations

import pytest
from benchmarks._common import check_floors, have_data
from benchmarks.attribution import FLOORS, evaluate


@pytest.mark.slow
@pytest.mark.skipif(
    not (have_data("attribution", "polnear", "dev") and have_data("voa", "gold")),
    reason="evaluation data (../shared/data) is not present",
)
def test_attribution_figures_stay_above_their_floors() -> None:
    assert check_floors(evaluate(quick=True), FLOORS) == []
