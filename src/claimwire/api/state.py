"""What the app holds between requests: settings, the store and the extraction pipeline."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from claimwire.errors import StoreError
from claimwire.records import Article, Extraction
from claimwire.settings import Settings

if TYPE_CHECKING:  # loaded on first use: a worker starts without them
    from claimwire.link.linker import Linker
    from claimwire.pipeline import Extractor

__all__ = ["ApiState"]

log = logging.getLogger("claimwire.api")


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
        self._linker: Linker | None = None
        self._linked = -1
        self._link_lock = threading.Lock()

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

    def linker(self) -> Linker:
        """The cross-article linker, after linking what was stored since the last call.

        Kept between requests and reloaded only when the set of linked articles
        changed (here or in another process). Linking writes the link tables; where
        the store cannot be written, what was linked before is served.
        """
        from claimwire.link.persist import link_new, load_linker

        with self._link_lock:
            try:
                total = link_new(self.store).total
            except StoreError:
                log.warning("cannot link new articles in %s; serving earlier links", self.store.url)
                total = self._linked if self._linker is not None else -2
            if self._linker is None or total != self._linked:
                self._linker = load_linker(self.store)
                self._linked = total
            return self._linker

    def extract(self, article: Article) -> Extraction:
        with self._extract_lock:
            if self._extractor is None:
                from claimwire.pipeline import Extractor

                self._extractor = Extractor(self.settings)
            return self._extractor.extract(article)
