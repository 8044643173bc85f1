"""Hand-annotated extractions in a compact form: spans given by their words.

Golden sets for linking (``tests/fixtures/multisource/``) describe each report's
records by the words they cover instead of by offsets, which keeps them writable
by hand; :func:`extraction_from_compact` finds the words in the text and builds a
real :class:`~claimwire.records.Extraction` with exact offsets. A span is a string
(its first occurrence) or ``[string, n]`` (its n-th occurrence, from 1).

.. code-block:: json

    {"id": "a1", "source": "Reuters", "published": "2024-08-07", "text": "...",
     "claims": [{"id": "c1", "speaker": "Volodymyr Zelenskyy", "source": "Zelenskyy",
                 "cue": "said", "content": "Ukraine had taken Sudzha"}],
     "places": [{"id": "p1", "name": "Sudzha", "lat": 51.19, "lon": 35.27,
                 "country": "RUS", "level": "city", "mentions": ["Sudzha"]}],
     "events": [{"id": "e1", "type": "ASSAULT", "trigger": "taken", "actors": ["UKR"],
                 "place": "p1", "date": "2024-08-14", "claim": "c1"}]}
"""

from __future__ import annotations

from typing import Any, cast

from claimwire.errors import MalformedRecordError
from claimwire.records import (
    Actor,
    Article,
    Claim,
    DateValue,
    Entity,
    Event,
    Extraction,
    Place,
    Quantity,
    Response,
    Span,
)

__all__ = ["extraction_from_compact"]


def _span(text: str, ref: Any, where: str) -> Span:
    if isinstance(ref, list) and len(ref) == 2:
        words, nth = str(ref[0]), int(ref[1])
    elif isinstance(ref, str):
        words, nth = ref, 1
    else:
        raise MalformedRecordError(f"{where}: a span is a string or [string, n], got {ref!r}")
    at = -1
    for _ in range(nth):
        at = text.find(words, at + 1)
        if at < 0:
            raise MalformedRecordError(f"{where}: {words!r} (occurrence {nth}) is not in the text")
    return Span(at, at + len(words), words)


def _actor(value: Any) -> Actor:
    if isinstance(value, dict):
        return Actor(str(value["name"]), value.get("code"), value.get("sector"))
    name = str(value)
    # Three capitals are an ISO 3166 alpha-3 state code.
    return Actor(name, name) if len(name) == 3 and name.isupper() else Actor(name)


def _date(value: Any, precision: Any) -> DateValue | None:
    if value is None:
        return None
    return DateValue(str(value), cast(Any, precision or "day"))


def extraction_from_compact(data: dict[str, Any]) -> Extraction:
    """Build an extraction from its compact description (see the module docstring)."""
    try:
        return _build(data)
    except KeyError as exc:
        raise MalformedRecordError(
            f"{data.get('id', '?')}: missing field {exc.args[0]!r}"
        ) from None


def _build(data: dict[str, Any]) -> Extraction:
    text = str(data["text"])
    aid = str(data["id"])
    article = Article(
        id=aid,
        text=text,
        title=data.get("title"),
        url=data.get("url"),
        source=data.get("source"),
        published=data.get("published"),
    )
    entities = tuple(
        Entity(
            id=e["id"],
            name=e["name"],
            kind=e.get("kind", "other"),
            country=e.get("country"),
            mentions=tuple(_span(text, m, f"{aid}/{e['id']}") for m in e.get("mentions", ())),
        )
        for e in data.get("entities", ())
    )
    claims = tuple(
        Claim(
            id=c["id"],
            speaker=c.get("speaker_id"),
            speaker_name=c["speaker"],
            source=_span(text, c["source"], f"{aid}/{c['id']}.source") if c.get("source") else None,
            cue=_span(text, c["cue"], f"{aid}/{c['id']}.cue"),
            content=_span(text, c["content"], f"{aid}/{c['id']}.content"),
            kind=c.get("kind", "indirect"),
            flags=tuple(c.get("flags", ())),
            date=_date(c.get("date"), c.get("precision")),
        )
        for c in data.get("claims", ())
    )
    responses = tuple(
        Response(
            id=r["id"],
            party=r.get("party_id"),
            party_name=r["party"],
            kind=r["kind"],
            span=_span(text, r["span"], f"{aid}/{r['id']}"),
            claims=tuple(r.get("claims", ())),
        )
        for r in data.get("responses", ())
    )
    places = tuple(
        Place(
            id=p["id"],
            name=p["name"],
            lat=float(p["lat"]),
            lon=float(p["lon"]),
            country=p.get("country"),
            level=p.get("level", "city"),
            part=p.get("part"),
            mentions=tuple(_span(text, m, f"{aid}/{p['id']}") for m in p.get("mentions", ())),
        )
        for p in data.get("places", ())
    )
    quantities = tuple(
        Quantity(
            id=q["id"],
            span=_span(text, q["span"], f"{aid}/{q['id']}"),
            value=float(q["value"]),
            upper=float(q["upper"]) if q.get("upper") is not None else None,
            qualifier=q.get("qualifier", "exact"),
            unit=q.get("unit"),
            category=q.get("category", "other"),
            counted=q.get("counted"),
            claim=q.get("claim"),
        )
        for q in data.get("quantities", ())
    )
    events = tuple(
        Event(
            id=e["id"],
            type=e["type"],
            trigger=_span(text, e["trigger"], f"{aid}/{e['id']}"),
            mode=e.get("mode"),
            actors=tuple(_actor(a) for a in e.get("actors", ())),
            recipients=tuple(_actor(a) for a in e.get("recipients", ())),
            place=e.get("place"),
            date=_date(e.get("date"), e.get("precision")),
            claim=e.get("claim"),
            modality=e.get("modality", "actual"),
            quantities=tuple(e.get("quantities", ())),
        )
        for e in data.get("events", ())
    )
    return Extraction(
        article=article,
        entities=entities,
        claims=claims,
        responses=responses,
        events=events,
        places=places,
        quantities=quantities,
    )
