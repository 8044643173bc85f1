"""CI eval gate for linking: MEANTIME CDEC and the multi-source set keep their floors."""

from __future__ import annotations

import pytest
from benchmarks._common import check_floors, have_data
from benchmarks.linking import FLOORS, MEANTIME, evaluate


@pytest.mark.skipif(not have_data(*MEANTIME), reason="evaluation data not present")
def test_linking_figures_keep_their_floors() -> None:
    figures = evaluate(quick=True)
    assert check_floors(figures, FLOORS) == []
