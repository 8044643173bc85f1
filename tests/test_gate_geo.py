"""CI eval gate for geoparsing: figures must stay above the floors in benchmarks/geo.py."""

from __future__ import annotations

import pytest
from benchmarks._common import check_floors, have_data
from benchmarks.geo import FLOORS, evaluate


@pytest.mark.slow
@pytest.mark.skipif(not have_data("geo"), reason="shared evaluation data not present")
def test_geo_figures_stay_above_their_floors() -> None:
    assert check_floors(evaluate(quick=True), FLOORS) == []
