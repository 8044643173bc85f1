"""RSS and Atom feed files: each item becomes an article.

Feeds usually carry the article (``content:encoded`` or Atom ``content``) as
HTML, sometimes only a summary. An item with no usable body yields a
:class:`~claimwire.errors.NoArticleError` and the rest of the feed goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser

from claimwire.errors import InputError, MalformedRecordError, NoArticleError
from claimwire.ingest.html import article_from_html
from claimwire.records import Article
from claimwire.settings import Settings

__all__ = ["read_feed"]


def read_feed(
    feed_source: str | Path | bytes,
    *,
    name: str | None = None,
    settings: Settings | None = None,
) -> Iterator[Article | InputError]:
    """The items of an RSS/Atom feed (a file path, or its bytes) as articles, or
    an error for each item that is not one."""
    if isinstance(feed_source, bytes):
        data, source = feed_source, name or "<feed>"
    else:
        source = name or str(feed_source)
        try:
            data = Path(feed_source).read_bytes()
        except OSError as exc:
            yield InputError(f"cannot read feed: {exc.strerror or exc}", source=source)
            return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        yield MalformedRecordError(f"not an RSS or Atom feed with items{reason}", source=source)
        return
    for number, entry in enumerate(feed.entries, start=1):
        body = _body(entry)
        where = f"{source} item {number}"
        if not body:
            yield NoArticleError("feed item has no content or summary", source=where)
            continue
        try:
            yield article_from_html(
                f"<html><body><article>{body}</article></body></html>",
                url=entry.get("link"),
                title=entry.get("title"),
                published=_published(entry),
                source=feed.feed.get("title"),
                id=entry.get("id") or None,
                settings=settings,
                origin=where,
            )
        except InputError as exc:
            yield exc


def _body(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    return best or entry.get("summary", "") or ""


def _published(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
