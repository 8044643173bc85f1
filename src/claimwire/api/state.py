"""What the app holds between requests: settings, the store and the extraction pipeline."""

from __future__ import annotations

import threading
from typing import Any

from claimwire.pipeline import Extractor
from claimwire.records import Article, Extraction
from claimwire.settings import Settings

__all__ = ["ApiState"]


class ApiState:
    """The store (opened at startup unless given) and the pipeline (loaded on first use)."""

    def __init__(
        self, settings: Settings, *, store: Any | None = None, extractor: Extractor | None = None
    ) -> None:
        self.settings = settings
        self._store = store
        self._owns_store = store is None
        self._extractor = extractor
        # spaCy pipelines are not safe to run from several threads at once.
        self._extract_lock = threading.Lock()

    def open(self) -> None:
        if self._store is None:
            from claimwire.store import open_store

            self._store = open_store(self.settings.db)

    def close(self) -> None:
        if self._owns_store and self._store is not None:
            self._store.close()
            self._store = None

    @property
    def store(self) -> Any:
        if self._store is None:
            self.open()
        return self._store

    @property
    def writable(self) -> bool:
        return bool(self.settings.api_token)

    def save(self, extraction: Extraction) -> None:
        self.store.save(extraction)

    def extract(self, article: Article) -> Extraction:
        with self._extract_lock:
            if self._extractor is None:
                self._extractor = Extractor(self.settings)
            return self._extractor.extract(article)
