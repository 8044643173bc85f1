"""Hand-written facts about the bundled examples (``NAME.facts.json``) that must
hold whatever the golden files say: who said what, flags, responses, resolved
dates, quantities, places and events, as an analyst reading the report expects
(docs/annotation.md).

Matching is lenient as in GOLD_FORMAT.md: a content matches when it overlaps the
fact's text and shares at least half its words without being three times longer;
other spans when they overlap and are at most three times as long.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from benchmarks._common import content_match, km_between, locate, span_match

from claimwire import Article, Extraction, Extractor
from claimwire.ingest import read_path
from claimwire.ingest.demo import iter_examples
from claimwire.records import Span

#: Which component each kind of fact exercises, named in failure messages.
COMPONENT = {
    "boilerplate_absent": "ingest",
    "claims": "nlp/attribution + entities",
    "responses": "nlp/attribution",
    "dates": "nlp/dates",
    "quantities": "nlp/quantities",
    "places": "nlp/places + geo",
    "events": "nlp/events",
}


def _facts() -> list[tuple[Path, str, int, Any]]:
    cases = []
    for example in iter_examples():
        facts = json.loads(example.with_name(example.stem + ".facts.json").read_text("utf-8"))
        for kind in COMPONENT:
            for index, fact in enumerate(facts.get(kind, [])):
                cases.append((example, kind, index, fact))
    return cases


CASES = _facts()
_cache: dict[Path, Extraction] = {}


def _extraction(example: Path, extractor: Extractor) -> Extraction:
    if example not in _cache:
        (article,) = read_path(example)
        assert isinstance(article, Article), article
        _cache[example] = extractor.extract(article)
    return _cache[example]


def _where(text: str, fact: dict[str, Any], key: str) -> Span:
    found = locate(text, fact[key], fact.get("context"))
    assert found is not None, f"fact text {fact[key]!r} is not in the article"
    return Span(found[0], found[1], text[found[0] : found[1]])


def _overlaps(pred: Span, gold: Span) -> bool:
    return span_match((pred.start, pred.end), (gold.start, gold.end))


def _names(values: list[str] | None) -> set[str] | None:
    return {v.casefold() for v in values} if values else None


def _check_claim(x: Extraction, fact: dict[str, Any]) -> str | None:
    where = _where(x.article.text, fact, "content")
    candidates = [
        c
        for c in x.claims
        if c.content.overlaps(where) and content_match(c.content.text, fact["content"])
    ]
    if not candidates:
        claims = [c.content.text for c in x.claims]
        return f"no claim with content {fact['content']!r}; claims: {claims}"
    speakers = _names(fact.get("speaker"))
    for claim in candidates:
        if speakers and claim.speaker_name.casefold() not in speakers:
            continue
        if "kind" in fact and claim.kind != fact["kind"]:
            continue
        if not set(fact.get("flags", ())) <= set(claim.flags):
            continue
        return None
    found = [(c.speaker_name, c.kind, c.flags) for c in candidates]
    want = (fact.get("speaker"), fact.get("kind"), fact.get("flags", []))
    return f"claim {fact['content']!r}: want (speaker, kind, flags) {want}, got {found}"


def _check_response(x: Extraction, fact: dict[str, Any]) -> str | None:
    where = _where(x.article.text, fact, "text")
    if any(_overlaps(r.span, where) and r.kind == fact["kind"] for r in x.responses):
        return None
    got = [(r.kind, r.span.text) for r in x.responses]
    return f"no {fact['kind']} response at {fact['text']!r}; got {got}"


def _check_date(x: Extraction, fact: dict[str, Any]) -> str | None:
    where = _where(x.article.text, fact, "text")
    got = [(d.span.text, d.value, d.precision) for d in x.dates if _overlaps(d.span, where)]
    if any(v == fact["value"] and p == fact["precision"] for _, v, p in got):
        return None
    return f"{fact['text']!r}: want {fact['value']} ({fact['precision']}), got {got}"


def _check_quantity(x: Extraction, fact: dict[str, Any]) -> str | None:
    where = _where(x.article.text, fact, "text")
    got = [q for q in x.quantities if _overlaps(q.span, where)]
    for q in got:
        if abs(q.value - float(fact["value"])) > 1e-9:
            continue
        if any(k in fact and getattr(q, k) != fact[k] for k in ("qualifier", "category", "unit")):
            continue
        return None
    seen = [(q.value, q.qualifier, q.unit, q.category) for q in got]
    return f"{fact['text']!r}: want {fact}, got {seen}"


def _check_place(x: Extraction, fact: dict[str, Any]) -> str | None:
    where = _where(x.article.text, fact, "text")
    got = [p for p in x.places if any(_overlaps(m, where) for m in p.mentions)]
    if any(km_between(p.lat, p.lon, fact["lat"], fact["lon"]) <= fact["within_km"] for p in got):
        return None
    seen = [(p.name, p.lat, p.lon) for p in got]
    want = f"within {fact['within_km']} km of {fact['lat']}, {fact['lon']}"
    return f"{fact['text']!r}: want {want}; got {seen}"


def _check_event(x: Extraction, fact: dict[str, Any]) -> str | None:
    where = _where(x.article.text, fact, "trigger")
    got = [e for e in x.events if _overlaps(e.trigger, where)]
    speakers = {c.id: c.speaker_name.casefold() for c in x.claims}
    asserted = _names(fact.get("asserted_by"))
    for event in got:
        if event.type != fact["type"]:
            continue
        if asserted and speakers.get(event.claim or "") not in asserted:
            continue
        codes = {a.code or a.name for a in event.actors}
        if not set(fact.get("actors", ())) <= codes:
            continue
        return None
    return (
        f"{fact['trigger']!r}: want {fact}, got {[(e.type, e.trigger.text, e.claim) for e in got]}"
    )


CHECKS = {
    "claims": _check_claim,
    "responses": _check_response,
    "dates": _check_date,
    "quantities": _check_quantity,
    "places": _check_place,
    "events": _check_event,
}


@pytest.mark.parametrize(
    ("example", "kind", "index", "fact"),
    CASES,
    ids=[f"{e.stem}-{k}-{i}" for e, k, i, _ in CASES],
)
def test_fact(example: Path, kind: str, index: int, fact: Any, extractor: Extractor) -> None:
    x = _extraction(example, extractor)
    if kind == "boilerplate_absent":
        assert fact not in x.article.text, f"boilerplate {fact!r} left in the text"
        return
    problem = CHECKS[kind](x, fact)
    assert problem is None, f"[{COMPONENT[kind]}] {example.stem}: {problem}"
