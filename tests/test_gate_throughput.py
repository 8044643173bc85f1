"""CI gate: the full pipeline keeps at least half of bare spaCy's throughput, and
attribution and events stay under their share of pipeline time (a ratio measured
in one run, so a slow or busy machine slows both sides alike)."""

from __future__ import annotations

import pytest
from benchmarks import throughput
from benchmarks._common import check_floors


@pytest.mark.slow
def test_throughput_floors() -> None:
    assert check_floors(throughput.evaluate(quick=True), throughput.FLOORS) == []
