"""CI gate for the batch benchmark (benchmarks/batch.py, quick mode: 120 articles,
one round): `claimwire batch` keeps its share of bare spaCy's speed, start-up
included and in steady state, two workers go faster than one, and the WARC path
loses no page. The speeds are ratios measured in one run, against bare spaCy
timed just before, so a busy machine slows both sides alike."""

from __future__ import annotations

import pytest
from benchmarks._common import check_floors, have_data
from benchmarks.batch import FLOORS, evaluate

pytestmark = pytest.mark.xdist_group("dask")


@pytest.mark.slow
@pytest.mark.skipif(not have_data("corpus", "bbc.txt"), reason="evaluation data absent")
def test_batch_figures_hold_their_floors() -> None:
    assert check_floors(evaluate(quick=True), FLOORS) == []
