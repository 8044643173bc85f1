"""CI eval gate for geoparsing: figures must stay above the floors in benchmarks/geo.py."""

from __future__ import annotations

import pytest
from benchmarks._common import check_floors, have_data
from benchmarks.geo import FLOORS, evaluate

from claimwire.settings import Settings


@pytest.mark.slow
@pytest.mark.skipif(not have_data("geo"), reason="shared evaluation data not present")
def test_geo_figures_stay_above_their_floors(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test gazetteer, never the user's cache.
    monkeypatch.setenv("CLAIMWIRE_GAZETTEER", str(settings.gazetteer_path))
    monkeypatch.setenv("CLAIMWIRE_CACHE_DIR", str(settings.cache_dir))
    assert check_floors(evaluate(quick=True), FLOORS) == []
