"""WARC and WARC.gz files (Common Crawl News format): HTML responses become articles.

Only ``response`` records with an HTML payload and a 2xx status are articles;
everything else (requests, metadata, redirects, images) is passed over
silently, as it is expected in a crawl. A record that should be an article but
cannot be read yields an :class:`~claimwire.errors.InputError`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from claimwire.errors import InputError, MalformedRecordError
from claimwire.records import Article

__all__ = ["read_warc", "warc_record_offsets"]


def warc_record_offsets(path: str | Path) -> list[int]:
    """Byte offsets of the article-bearing records, for splitting a WARC into shards."""
    offsets: list[int] = []
    try:
        with open(path, "rb") as f:
            records = ArchiveIterator(f)
            for record in records:
                if _is_html_response(record):
                    offsets.append(records.get_record_offset())
    except ArchiveLoadFailed as exc:
        raise InputError(f"not a readable WARC file: {exc}", source=str(path)) from None
    return offsets


def read_warc(
    path: str | Path, *, start: int = 0, stop: int = -1
) -> Iterator[Article | InputError]:
    """The articles in ``path`` whose records begin in ``[start, stop)``."""
    from claimwire.ingest import article_from_html

    source = str(path)
    try:
        with open(path, "rb") as f:
            f.seek(start)
            records = ArchiveIterator(f)
            for record in records:
                offset = start + records.get_record_offset()
                if 0 <= stop <= offset:
                    break
                if not _is_html_response(record):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                date = record.rec_headers.get_header("WARC-Date") or ""
                try:
                    html = record.content_stream().read()
                    yield article_from_html(html, url=url, published_fallback=date[:10] or None)
                except InputError as exc:
                    yield exc
                except Exception as exc:  # a broken record must not stop the file
                    yield MalformedRecordError(
                        f"unreadable record at byte {offset}: {exc}", source=source
                    )
    except ArchiveLoadFailed as exc:
        yield InputError(f"not a readable WARC file: {exc}", source=source)


def _is_html_response(record: object) -> bool:
    rec_type = getattr(record, "rec_type", None)
    http = getattr(record, "http_headers", None)
    if rec_type != "response" or http is None:
        return False
    status = http.get_statuscode() or ""
    content_type = (http.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ("html" in content_type)
