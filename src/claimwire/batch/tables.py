"""Extractions as Arrow tables: one row per record, spans as offset columns.

The column layout is derived from the record dataclasses themselves, so a field
added to a record appears here without a second schema to keep in step. Every
table carries ``article_id``; the ``articles`` table also keeps the full
``claimwire.article/1`` JSON, which is what ``claimwire load`` reads back, so a
round trip through Parquet loses nothing.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from claimwire.records import (
    Actor,
    Claim,
    DateMention,
    DateValue,
    Entity,
    Event,
    Extraction,
    Place,
    Quantity,
    Response,
    Span,
)
from claimwire.serialize import extraction_from_dict, extraction_to_dict

__all__ = ["TABLES", "extractions_from_articles", "extractions_to_tables"]

#: Table name → the record type of its rows (``articles`` is special-cased).
RECORD_TABLES: dict[str, type[Any]] = {
    "entities": Entity,
    "claims": Claim,
    "responses": Response,
    "events": Event,
    "places": Place,
    "dates": DateMention,
    "quantities": Quantity,
}
TABLES = ("articles", *RECORD_TABLES)

_SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
_ACTOR = pa.struct([(f.name, pa.string()) for f in dataclasses.fields(Actor)])
_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}

ARTICLES_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("source", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
        ("text", pa.string()),
        ("extraction", pa.string()),
    ]
)


def _strip_optional(tp: Any) -> Any:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _columns(name: str, tp: Any) -> list[tuple[str, pa.DataType]]:
    """Arrow columns for one dataclass field: spans and dates are spread out."""
    tp = _strip_optional(tp)
    if tp is Span:
        return [
            (f"{name}_start", pa.int64()),
            (f"{name}_end", pa.int64()),
            (f"{name}_text", pa.string()),
        ]
    if tp is DateValue:
        return [(f"{name}_value", pa.string()), (f"{name}_precision", pa.string())]
    if typing.get_origin(tp) is tuple:
        item = typing.get_args(tp)[0]
        if item is Span:
            return [(name, pa.list_(_SPAN))]
        if item is Actor:
            return [(name, pa.list_(_ACTOR))]
        return [(name, pa.list_(pa.string()))]
    if typing.get_origin(tp) is typing.Literal:
        return [(name, pa.string())]
    return [(name, _SCALARS[tp])]


def record_schema(record_type: type[Any]) -> pa.Schema:
    hints = typing.get_type_hints(record_type)
    columns: list[tuple[str, pa.DataType]] = [("article_id", pa.string())]
    for f in dataclasses.fields(record_type):
        columns += _columns(f.name, hints[f.name])
    return pa.schema(columns)


def _plain(value: Any) -> Any:
    if isinstance(value, Span | Actor):
        return dataclasses.asdict(value)
    return value


def _field_types(record_type: type[Any]) -> tuple[tuple[str, Any], ...]:
    """Each field's name and type (Optional stripped)."""
    hints = typing.get_type_hints(record_type)
    return tuple((f.name, _strip_optional(hints[f.name])) for f in dataclasses.fields(record_type))


# Resolving type hints is slow: once per record type, not once per row.
_FIELD_TYPES = {record_type: _field_types(record_type) for record_type in RECORD_TABLES.values()}


def _row(article_id: str, record: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"article_id": article_id}
    for name, tp in _FIELD_TYPES[type(record)]:
        value = getattr(record, name)
        if tp is Span:
            row[f"{name}_start"] = value.start if value else None
            row[f"{name}_end"] = value.end if value else None
            row[f"{name}_text"] = value.text if value else None
        elif tp is DateValue:
            row[f"{name}_value"] = value.value if value else None
            row[f"{name}_precision"] = value.precision if value else None
        elif isinstance(value, tuple):
            row[name] = [_plain(v) for v in value]
        else:
            row[name] = value
    return row


_SCHEMAS = {name: record_schema(record_type) for name, record_type in RECORD_TABLES.items()}


def extractions_to_tables(extractions: Iterable[Extraction]) -> dict[str, pa.Table]:
    """One Arrow table per record kind (see :data:`TABLES`)."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for extraction in extractions:
        article = extraction.article
        rows["articles"].append(
            {
                "article_id": article.id,
                "title": article.title,
                "url": article.url,
                "source": article.source,
                "published": article.published,
                "language": article.language,
                "text": article.text,
                "extraction": json.dumps(extraction_to_dict(extraction), ensure_ascii=False),
            }
        )
        for name in RECORD_TABLES:
            rows[name] += [_row(article.id, r) for r in getattr(extraction, name)]
    tables = {"articles": pa.Table.from_pylist(rows["articles"], schema=ARTICLES_SCHEMA)}
    for name in RECORD_TABLES:
        tables[name] = pa.Table.from_pylist(rows[name], schema=_SCHEMAS[name])
    return tables


def extractions_from_articles(table: pa.Table) -> Iterator[Extraction]:
    """Rebuild the extractions from an ``articles`` table (its JSON column)."""
    for value in table.column("extraction").to_pylist():
        yield extraction_from_dict(json.loads(value))
