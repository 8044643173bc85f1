"""Store: SQLite by default, PostgreSQL for teams, behind one interface.

>>> from claimwire.store import open_store
>>> with open_store(":memory:") as store:
...     store.count("articles")
0

- :func:`open_store` opens (and, when new, creates) a store; ``postgresql://``
  URLs select PostgreSQL.
- :class:`Store`: ``save`` / ``save_many`` / ``get_extraction`` /
  ``iter_extractions``; listing queries ``claims``, ``events``, ``places``,
  ``articles`` returning frozen rows with page cursors; ``events_per_day`` and
  ``claims_per_day`` counting what those listings match, per day; ``search``;
  ``count``.
- ``store.db`` (:class:`~claimwire.store.database.Database`) runs SQL with ``?``
  placeholders in both dialects, for modules that keep their own tables here;
  their migrations go in ``claimwire/<module>/schema.py`` (see
  :mod:`claimwire.store.migrations`).
"""

from claimwire.store.database import Database, Tx
from claimwire.store.migrations import Migration
from claimwire.store.rows import (
    ArticleRow,
    BBox,
    ClaimRow,
    EventRow,
    Near,
    PlaceRow,
    SaveStats,
    SearchHit,
)
from claimwire.store.store import Store, open_store

__all__ = [
    "ArticleRow",
    "BBox",
    "ClaimRow",
    "Database",
    "EventRow",
    "Migration",
    "Near",
    "PlaceRow",
    "SaveStats",
    "SearchHit",
    "Store",
    "Tx",
    "open_store",
]
