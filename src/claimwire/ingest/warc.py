"""WARC and WARC.gz files (Common Crawl News format): HTML responses become articles.

Only ``response`` records with an HTML payload and a 2xx status are articles;
everything else (requests, metadata, redirects, images) is passed over
silently, as it is expected in a crawl. A record that should be an article but
cannot be read yields an :class:`~claimwire.errors.InputError`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from claimwire.errors import InputError, MalformedRecordError
from claimwire.ingest.html import article_from_html
from claimwire.records import Article
from claimwire.settings import Settings

__all__ = ["read_warc", "warc_record_offsets"]


def warc_record_offsets(path: str | Path) -> list[int]:
    """Byte offsets of the article-bearing records, for splitting a WARC into shards."""
    offsets: list[int] = []
    try:
        _check_magic(path)
        with open(path, "rb") as f:
            records = ArchiveIterator(f)
            for record in records:
                if _is_html_response(record):
                    offsets.append(records.get_record_offset())
    except ArchiveLoadFailed as exc:
        raise InputError(f"not a readable WARC file: {exc}", source=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=str(path)) from None
    return offsets


def read_warc(
    path: str | Path, *, start: int = 0, stop: int = -1, settings: Settings | None = None
) -> Iterator[Article | InputError]:
    """The articles in ``path`` whose records begin in ``[start, stop)``."""
    source = str(path)
    try:
        _check_magic(path)
        with open(path, "rb") as f:
            f.seek(start)
            records = ArchiveIterator(f)
            for record in records:
                html = record.content_stream().read() if _is_html_response(record) else None
                # Only now: asking for the offset reads the record to its end. Offsets
                # are absolute, as warcio counts from the file's position.
                offset = records.get_record_offset()
                if 0 <= stop <= offset:
                    break
                if html is None:
                    continue
                yield _article(record, html, offset, source, settings)
    except ArchiveLoadFailed as exc:
        yield InputError(f"not a readable WARC file: {exc}", source=source)
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source=source)


def _check_magic(path: str | Path) -> None:
    # warcio reads any bytes as a run of broken records, with warnings on stderr;
    # a WARC file starts with its version line, a WARC.gz with the gzip magic.
    with open(path, "rb") as f:
        head = f.read(5)
    if head != b"WARC/" and not head.startswith(b"\x1f\x8b"):
        raise ArchiveLoadFailed("it does not start with a WARC/1.x header or gzip data")


def _article(
    record: ArcWarcRecord, html: bytes, offset: int, source: str, settings: Settings | None
) -> Article | InputError:
    url = record.rec_headers.get_header("WARC-Target-URI")
    date = record.rec_headers.get_header("WARC-Date") or ""
    try:
        article = article_from_html(html, url=url, settings=settings, origin=f"{source}@{offset}")
    except InputError as exc:
        return exc
    except Exception as exc:  # a broken record must not stop the file
        return MalformedRecordError(f"unreadable record at byte {offset}: {exc}", source=source)
    # The crawl date stands in only when the page gives no date of its own.
    return article if article.published else replace(article, published=date[:10] or None)


def _is_html_response(record: object) -> bool:
    rec_type = getattr(record, "rec_type", None)
    http = getattr(record, "http_headers", None)
    if rec_type != "response" or http is None:
        return False
    status = http.get_statuscode() or ""
    content_type = (http.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ("html" in content_type)
