"""JSON Lines to articles: one object per line, ``{id, text, title?, url?,
published?, source?}`` (``html`` may stand in for ``text``).

A bad line never stops the reading: it is yielded as an
:class:`~claimwire.errors.InputError` (a :class:`MalformedRecordError` when the
line is not a valid record) with its line number, and reading goes on.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, cast

from claimwire.errors import InputError, MalformedRecordError
from claimwire.ingest.html import article_from_html
from claimwire.ingest.text import article_from_text, decode_bytes, normalise_published
from claimwire.records import Article
from claimwire.settings import Settings

__all__ = ["article_from_record", "read_jsonl"]

_OPTIONAL_STRINGS = ("title", "url", "published", "source", "author")


def article_from_record(
    record: Any,
    *,
    line: int | None = None,
    name: str | None = None,
    settings: Settings | None = None,
    published: str | None = None,
) -> Article:
    """One JSONL record to an article; ``published`` is the fallback date for
    records without their own."""
    where = f"{name}: line {line}" if name and line is not None else (name or _line(line))
    if not isinstance(record, dict):
        raise MalformedRecordError(
            f"expected a JSON object, got {type(record).__name__}", source=name, line=line
        )
    text, html = record.get("text"), record.get("html")
    if text is None and html is None:
        raise MalformedRecordError('record has neither "text" nor "html"', source=name, line=line)
    for key in ("text", "html", *_OPTIONAL_STRINGS):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise MalformedRecordError(
                f'"{key}" must be a string, got {type(value).__name__}', source=name, line=line
            )
    raw_id = record.get("id")
    if raw_id is not None and not isinstance(raw_id, str | int):
        raise MalformedRecordError(
            f'"id" must be a string or an integer, got {type(raw_id).__name__}',
            source=name,
            line=line,
        )
    ident = str(raw_id) if raw_id is not None else None
    origin = f"{where} (id {ident})" if ident else where
    date = record.get("published") or published
    if text is not None and text.strip():
        return article_from_text(
            text,
            id=ident,
            title=record.get("title"),
            url=record.get("url"),
            source=record.get("source"),
            published=date,
            author=record.get("author"),
            settings=settings,
            origin=origin,
        )
    article = article_from_html(
        html or text or "",
        id=ident,
        title=record.get("title"),
        url=record.get("url"),
        source=record.get("source"),
        published=record.get("published"),
        settings=settings,
        origin=origin,
    )
    # The page's own date comes before the fallback for rows without one.
    if article.published is None and published:
        article = replace(article, published=normalise_published(published, origin=origin))
    return article


def _line(line: int | None) -> str | None:
    return f"line {line}" if line is not None else None


def read_jsonl(
    path_or_file: str | Path | IO[str] | IO[bytes] | Iterable[str] | Iterable[bytes],
    *,
    settings: Settings | None = None,
    published: str | None = None,
    name: str | None = None,
) -> Iterator[Article | InputError]:
    """Read JSON Lines; yield an :class:`Article` or an :class:`InputError` per line.

    Blank lines are skipped. ``published`` is used for records without a date.
    """
    if isinstance(path_or_file, str | Path):
        path = Path(path_or_file)
        with path.open("rb") as f:
            yield from read_jsonl(f, settings=settings, published=published, name=name or str(path))
        return
    for number, raw in enumerate(_lines(path_or_file, name), start=1):
        if isinstance(raw, InputError):
            yield raw
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield MalformedRecordError(
                f"not valid JSON ({exc.msg} at column {exc.colno})", source=name, line=number
            )
            continue
        try:
            yield article_from_record(
                record, line=number, name=name, settings=settings, published=published
            )
        except InputError as exc:
            yield exc


def _lines(
    source: IO[str] | IO[bytes] | Iterable[str] | Iterable[bytes], name: str | None
) -> Iterator[str | InputError]:
    lines = cast("Iterable[str | bytes]", source)
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                try:
                    yield decode_bytes(raw)
                except InputError as exc:
                    yield MalformedRecordError(str(exc), source=name, line=number)
        else:
            yield raw


def jsonl_from_text(text: str, **kwargs: Any) -> Iterator[Article | InputError]:
    """:func:`read_jsonl` over a string already in memory."""
    return read_jsonl(io.StringIO(text), **kwargs)
