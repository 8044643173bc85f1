"""Fixtures shared by the whole suite.

The full pipeline is loaded once per test process (it takes about a second);
component tests that need no statistical model build small ``Doc`` objects by
hand instead, as spaCy's own tests do.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from spacy.language import Language

from claimwire.pipeline import Extractor, build_nlp
from claimwire.settings import Settings

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    # A private cache, so that tests never read or write the user's.
    cache = tmp_path_factory.getbasetemp().parent / "claimwire-test-cache"
    # The embedded gazetteer takes a while to build: one copy shared by all test runs
    # and xdist workers (built under a file lock, rebuilt when its data changes).
    gazetteer = Path(tempfile.gettempdir()) / "claimwire-test-gazetteer" / "gazetteer.sqlite"
    return Settings(
        cache_dir=cache, gazetteer=gazetteer, db=str(tmp_path_factory.mktemp("db") / "test.db")
    )


@pytest.fixture(scope="session")
def nlp(settings: Settings) -> Language:
    return build_nlp(settings)


@pytest.fixture(scope="session")
def extractor(settings: Settings, nlp: Language) -> Extractor:
    return Extractor(settings, nlp=nlp)
