"""CI gate: event typing, actors, recall and claim links stay at or above their floors."""

from __future__ import annotations

import pytest
from benchmarks import events
from benchmarks._common import check_floors, have_data


@pytest.mark.skipif(
    not (have_data("plover", "PLOVER_GSR_CAMEO.txt") and have_data("voa", "gold")),
    reason="evaluation data not present",
)
def test_events_floors() -> None:
    assert check_floors(events.evaluate(quick=True), events.FLOORS) == []
