"""Ingest: turning text, HTML pages, JSONL rows, RSS/Atom feed items and WARC
records into cleaned :class:`~claimwire.records.Article` objects.

Contract (see docs/architecture.md):

- ``article_from_text(text_or_bytes, *, id=None, title=None, url=None, source=None,
  published=None) -> Article``: decodes bytes, drops boilerplate lines, checks the
  language, normalises whitespace; raises an :class:`~claimwire.errors.InputError`.
- ``article_from_html(html, *, url=None, published=None, id=None) -> Article``.
- ``read_jsonl(path_or_file) -> Iterator[Article | InputError]``: one per line,
  a malformed line yields a :class:`~claimwire.errors.MalformedRecordError` with
  its line number and reading goes on.
- ``read_path(path, format="auto") -> Iterator[Article | InputError]``.
- ``article_id(text) -> str``: a stable hash of the normalised text.

``Article.text`` is the cleaned text: every offset of an extraction points into
it, so nothing downstream may change it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, get_args

from claimwire.errors import InputError
from claimwire.ingest.boilerplate import strip_boilerplate
from claimwire.ingest.feeds import read_feed
from claimwire.ingest.html import article_from_html, looks_like_html
from claimwire.ingest.jsonl import article_from_record, jsonl_from_text, read_jsonl
from claimwire.ingest.text import (
    article_from_text,
    article_id,
    clean_text,
    decode_bytes,
    detect_language,
    normalise_published,
)
from claimwire.ingest.warc import read_warc
from claimwire.records import Article
from claimwire.settings import Settings

__all__ = [
    "FORMATS",
    "Format",
    "article_from_html",
    "article_from_record",
    "article_from_text",
    "article_id",
    "clean_text",
    "decode_bytes",
    "detect_language",
    "format_of",
    "normalise_published",
    "read_bytes",
    "read_feed",
    "read_jsonl",
    "read_path",
    "read_warc",
    "sniff_format",
    "strip_boilerplate",
]

Format = Literal["auto", "text", "html", "jsonl", "feed", "warc"]
FORMATS: tuple[str, ...] = get_args(Format)

_SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
}
#: What a folder is read for: these suffixes, in name order.
FOLDER_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".rss", ".atom", ".xml", ".warc", ".warc.gz")
#: A text file ``NAME.txt`` may have ``NAME.meta.json`` beside it with
#: ``id``, ``title``, ``url``, ``source``, ``published``.
META_SUFFIX = ".meta.json"


def sniff_format(text: str) -> Format:
    """Guess the format of an input from its first characters."""
    head = text.lstrip("\ufeff \t\r\n")
    if _FEED_ROOT.match(head):
        return "feed"
    if head.startswith("{"):
        first = head.split("\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    return "html" if looks_like_html(head) else "text"


_FEED_ROOT = re.compile(r"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S)


def format_of(path: Path) -> Format:
    """The format a file's name says it has (``auto`` when it says nothing)."""
    if path.name.lower().endswith(".warc.gz"):
        return "warc"
    return _SUFFIXES.get(path.suffix.lower(), "auto")


def _check_format(format: str) -> Format:
    if format not in FORMATS:
        raise InputError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    return format  # type: ignore[return-value]


def read_bytes(
    data: bytes,
    *,
    format: str = "auto",
    name: str | None = None,
    published: str | None = None,
    settings: Settings | None = None,
    meta: dict[str, str] | None = None,
) -> Iterator[Article | InputError]:
    """Read one input held in memory (a file's content, stdin).

    ``published`` wins over a page's own date for text and HTML; for JSONL it is
    the fallback for rows without one. ``meta`` gives article fields (title, id...).
    """
    fmt = _check_format(format)
    try:
        text = decode_bytes(data, origin=name)
    except InputError as exc:
        yield exc
        return
    if fmt == "auto":
        fmt = sniff_format(text)
    fields = dict(meta or {})
    try:
        if fmt == "warc":
            raise InputError("WARC input must be a file, not standard input", source=name)
        if fmt == "feed":
            yield from read_feed(data, name=name, settings=settings)
        elif fmt == "jsonl":
            yield from jsonl_from_text(text, settings=settings, published=published, name=name)
        elif fmt == "html":
            yield article_from_html(
                text,
                url=fields.get("url"),
                published=published or fields.get("published"),
                id=fields.get("id"),
                title=fields.get("title"),
                source=fields.get("source"),
                settings=settings,
                origin=name,
            )
        else:
            yield article_from_text(
                text,
                id=fields.get("id"),
                title=fields.get("title"),
                url=fields.get("url"),
                source=fields.get("source"),
                published=published or fields.get("published"),
                author=fields.get("author"),
                settings=settings,
                origin=name,
            )
    except InputError as exc:
        yield exc


def read_path(
    path: str | Path,
    format: str = "auto",
    *,
    published: str | None = None,
    settings: Settings | None = None,
) -> Iterator[Article | InputError]:
    """Read a file or a folder; yield an :class:`Article` or an :class:`InputError`
    per document, so that one bad document never stops the rest.

    A folder is read for ``*.txt``, ``*.html``, ``*.htm`` and ``*.jsonl`` files
    (recursively, sorted by path). The format comes from the suffix, else from
    the content. A text file's ``NAME.meta.json`` sidecar gives its metadata.
    A path that does not exist raises :class:`InputError` at once.
    """
    fmt = _check_format(format)
    root = Path(path)
    if not root.exists():
        raise InputError(f"no such file or folder: {root}")
    if root.is_dir():
        files = sorted(
            p
            for p in root.rglob("*")
            if p.is_file()
            and p.name.lower().endswith(FOLDER_SUFFIXES)
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )
        if not files:
            raise InputError(
                f"folder {root} holds no {', '.join('*' + s for s in FOLDER_SUFFIXES)} files"
            )
        for file in files:
            yield from _read_file(file, fmt, published, settings)
        return
    yield from _read_file(root, fmt, published, settings)


def _read_file(
    path: Path, format: Format, published: str | None, settings: Settings | None
) -> Iterator[Article | InputError]:
    name = str(path)
    fmt = format if format != "auto" else format_of(path)
    if fmt == "warc":
        yield from read_warc(path, settings=settings)
        return
    if fmt == "feed":
        yield from read_feed(path, settings=settings)
        return
    if fmt == "jsonl":
        try:
            yield from read_jsonl(path, settings=settings, published=published, name=name)
        except OSError as exc:
            yield InputError(f"cannot read: {exc.strerror or exc}", source=name)
        return
    try:
        size = path.stat().st_size
        limit = 4 * (settings or Settings.from_env()).max_chars
        if size > limit:
            yield InputError(
                f"file is {size:,} bytes, more than 4 x the CLAIMWIRE_MAX_CHARS limit; split it",
                source=name,
            )
            return
        data = path.read_bytes()
        meta = _sidecar(path)
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source=name)
        return
    yield from read_bytes(
        data, format=fmt, name=name, published=published, settings=settings, meta=meta
    )


def _sidecar(path: Path) -> dict[str, str]:
    meta_path = path.with_name(path.name.rsplit(".", 1)[0] + META_SUFFIX)
    if not meta_path.is_file():
        return {}
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read its metadata file: {exc}", source=str(meta_path)) from None
    if not isinstance(meta, dict):
        raise InputError("metadata file must hold a JSON object", source=str(meta_path))
    return {k: str(v) for k, v in meta.items() if isinstance(v, str | int) and k != "expected"}
