"""The JSON form of an extraction: ``claimwire.article/1``.

The schema is shipped as ``claimwire/data/article.schema.json``; tests validate
every example's output against it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields, is_dataclass
from functools import cache
from importlib import resources
from typing import Any

from claimwire.records import (
    Actor,
    Article,
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

__all__ = [
    "claim_from_dict",
    "event_from_dict",
    "extraction_from_dict",
    "extraction_to_dict",
    "extraction_to_json",
    "json_schema",
    "place_from_dict",
    "to_plain",
]


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """A type's dataclass field names; None for anything that is not a dataclass."""
    return tuple(f.name for f in fields(kind)) if is_dataclass(kind) else None


_SCALARS = frozenset({str, int, float, bool, type(None)})


def to_plain(value: Any) -> Any:
    """Records (any dataclasses) as JSON-ready dicts and lists; dates as ISO text.

    Called for every field of every record written or served: scalars first, and
    one cached lookup per type (``is_dataclass`` costs more than the conversion).
    """
    kind: type = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [to_plain(v) for v in value]
    names = _field_names(kind)
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    """The ``claimwire.article/1`` object, with ``schema`` first."""
    data = to_plain(extraction)
    speakers = {c.id: c.speaker_name for c in extraction.claims}
    for event in data["events"]:
        # Convenience for readers: who asserts the event, without a lookup.
        event["asserted_by"] = speakers.get(event["claim"]) if event["claim"] else None
    return {"schema": data.pop("schema"), **data}


def extraction_to_json(extraction: Extraction, *, indent: int | None = None) -> str:
    return json.dumps(extraction_to_dict(extraction), ensure_ascii=False, indent=indent)


def _span(d: dict[str, Any] | None) -> Span | None:
    return Span(d["start"], d["end"], d["text"]) if d else None


def _date(d: dict[str, Any] | None) -> DateValue | None:
    return DateValue(d["value"], d["precision"]) if d else None


def _actors(items: list[dict[str, Any]]) -> tuple[Actor, ...]:
    return tuple(Actor(**a) for a in items)


def _spans(items: list[dict[str, Any]]) -> tuple[Span, ...]:
    return tuple(Span(s["start"], s["end"], s["text"]) for s in items)


def claim_from_dict(c: dict[str, Any]) -> Claim:
    """One claim from its ``claimwire.article/1`` object."""
    return Claim(
        **{
            **c,
            "source": _span(c["source"]),
            "cue": _span(c["cue"]),
            "content": _span(c["content"]),
            "flags": tuple(c["flags"]),
            "date": _date(c["date"]),
        }
    )


def event_from_dict(e: dict[str, Any]) -> Event:
    """One event from its ``claimwire.article/1`` object (``asserted_by`` is derived)."""
    return Event(
        **{
            **{k: v for k, v in e.items() if k != "asserted_by"},
            "trigger": _span(e["trigger"]),
            "actors": _actors(e["actors"]),
            "recipients": _actors(e["recipients"]),
            "date": _date(e["date"]),
            "quantities": tuple(e["quantities"]),
        }
    )


def place_from_dict(p: dict[str, Any]) -> Place:
    """One place from its ``claimwire.article/1`` object."""
    return Place(**{**p, "mentions": _spans(p["mentions"])})


def extraction_from_dict(data: dict[str, Any]) -> Extraction:
    """Rebuild records from their JSON form (the inverse of :func:`extraction_to_dict`)."""
    return Extraction(
        article=Article(**data["article"]),
        entities=tuple(
            Entity(**{**e, "mentions": _spans(e["mentions"])}) for e in data["entities"]
        ),
        claims=tuple(claim_from_dict(c) for c in data["claims"]),
        responses=tuple(
            Response(**{**r, "span": _span(r["span"]), "claims": tuple(r["claims"])})
            for r in data["responses"]
        ),
        events=tuple(event_from_dict(e) for e in data["events"]),
        places=tuple(place_from_dict(p) for p in data["places"]),
        dates=tuple(DateMention(**{**d, "span": _span(d["span"])}) for d in data["dates"]),
        quantities=tuple(Quantity(**{**q, "span": _span(q["span"])}) for q in data["quantities"]),
        schema=data["schema"],
    )


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``claimwire.article/1``."""
    text = resources.files("claimwire.data").joinpath("article.schema.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]
