"""CI gate: the full pipeline keeps at least half of bare spaCy's throughput, and
attribution and events stay under their share of pipeline time (a ratio measured
in one run, so a slow or busy machine slows both sides alike)."""

from __future__ import annotations

import pytest
from benchmarks import throughput
from benchmarks._common import check_floors


@pytest.mark.slow
def test_throughput_floors() -> None:
    figures = throughput.evaluate(quick=True)
    for _ in range(2):
        if not check_floors(figures, throughput.FLOORS):
            break
        # The quick run times only four batches each way, so one burst of load from
        # the other test worker can fall on one side alone and halve the ratio (or
        # lift a component's share past its cap). A real slowdown shows again in
        # every run; a burst does not, so each figure is the best of up to three.
        again = throughput.evaluate(quick=True)
        figures = {name: max(value, again[name]) for name, value in figures.items()}
    assert check_floors(figures, throughput.FLOORS) == []
