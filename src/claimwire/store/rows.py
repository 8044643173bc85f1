"""What the store's read queries return: frozen rows, each with its page cursor.

Listing queries sort newest article first (``published`` day, then the order of
arrival), then by the record's position in its article. That order is stable, so
pages are cut by keyset: pass a row's :attr:`cursor` as ``after=`` to get the
rows that follow it. A cursor is opaque text; it stays valid when new articles
arrive (they take their place in the order without shifting later pages).
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from claimwire.errors import StoreError
from claimwire.records import Article, Claim, Event, Place, Response

__all__ = [
    "ArticleRow",
    "BBox",
    "ClaimRow",
    "EventRow",
    "Near",
    "PlaceRow",
    "SaveStats",
    "SearchHit",
    "decode_cursor",
    "encode_cursor",
]


class BBox(NamedTuple):
    """A bounding box in degrees, in GeoJSON order: west, south, east, north."""

    west: float
    south: float
    east: float
    north: float


class Near(NamedTuple):
    """A circle: ``km`` kilometres around ``lat``, ``lon``."""

    lat: float
    lon: float
    km: float


_PLAIN_DAY = re.compile(r"^[0-9-]*$")


def encode_cursor(key: tuple[str, int, int]) -> str:
    day, seq, position = key
    if _PLAIN_DAY.match(day):  # every stored day: the same text json.dumps gives, faster
        raw = f'["{day}",{int(seq)},{int(position)}]'.encode("ascii")
    else:
        raw = json.dumps(list(key), separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, int, int]:
    """The sort key a cursor stands for; StoreError when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, seq, position = json.loads(raw)
        if not (isinstance(day, str) and isinstance(seq, int) and isinstance(position, int)):
            raise ValueError
    except (ValueError, TypeError):
        raise StoreError(f"invalid page cursor {cursor!r}") from None
    return day, seq, position


@dataclass(frozen=True, slots=True)
class _ArticleRef:
    article_id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    cursor: str


@dataclass(frozen=True, slots=True)
class ClaimRow(_ArticleRef):
    """A claim with the article it comes from and the responses to it there."""

    claim: Claim
    responses: tuple[Response, ...] = ()


@dataclass(frozen=True, slots=True)
class EventRow(_ArticleRef):
    """An event, its place (when resolved) and who asserts it (None: the reporter)."""

    event: Event
    place: Place | None
    asserted_by: str | None


@dataclass(frozen=True, slots=True)
class PlaceRow(_ArticleRef):
    """A place mentioned in an article, with its mentions there."""

    place: Place


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """A stored article and how many records it has."""

    article: Article
    claims: int
    events: int
    places: int
    ingested_at: str
    cursor: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A full-text match: an article (``claim_id`` None) or one of its claims."""

    kind: str  # "article" or "claim"
    article_id: str
    title: str | None
    published: str | None
    claim_id: str | None
    snippet: str
    score: float  # higher is better; comparable within one search only


@dataclass(slots=True)
class SaveStats:
    """What :meth:`Store.save_many` did."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] | None = None  # (article id, reason)

    @property
    def saved(self) -> int:
        return self.new + self.updated

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + len(self.failed or ())

    def as_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": len(self.failed or ()),
        }
