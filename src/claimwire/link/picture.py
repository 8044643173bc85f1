"""Corroboration and contradiction: the picture of one event cluster.

For the mentions of one cluster, :func:`event_picture` gathers

* who asserts the event: the speakers of the claims that hold its mentions
  (``None`` where a reporter narrates it without attribution);
* which independent origins carry it: articles are reduced to their origin
  (copies of one story count once) and origins that credit the same news agency
  are counted once more, since two outlets running one wire are one source;
* who denies, disputes or does not respond: the responses that the articles link
  to the claims asserting the event, and claims flagged ``denial``;
* contradictions between mentions of the cluster:

  ``outcome``   one side says the place was taken, the other that the attack was
                repelled or blocked (ASSAULT-like mentions with opposite outcomes);
  ``negation``  one mention is ``actual``, another ``negated``;
  ``denial``    a party denies or disputes a claim that asserts the event, or
                a claim flagged ``denial`` sits in the same cluster;
  ``tally``     two quantities of one category attached to the event whose
                bounds (value, upper, qualifier) cannot both be right.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from claimwire.link.features import EventMention, sentence_bounds, stem
from claimwire.link.text import words
from claimwire.records import Extraction, Quantity

__all__ = [
    "Contradiction",
    "EventPicture",
    "ResponseView",
    "Source",
    "event_picture",
    "outcome",
    "quantity_bounds",
]

ContradictionKind = Literal["outcome", "negation", "denial", "tally"]

_TAKEN = frozenset(
    stem(w)
    for w in [
        "took",
        "taken",
        "take",
        "takes",
        "captured",
        "capture",
        "captures",
        "seized",
        "seize",
        "seizes",
        "occupied",
        "occupy",
        "liberated",
        "liberate",
        "entered",
        "enter",
        "control",
        "controls",
        "overran",
        "overrun",
        "won",
        "advanced",
        "advance",
        "broke",
    ]
)
_FAILED = frozenset(
    stem(w)
    for w in [
        "repelled",
        "repel",
        "repelling",
        "repulsed",
        "repulse",
        "blocked",
        "block",
        "thwarted",
        "thwart",
        "stopped",
        "stop",
        "foiled",
        "foil",
        "halted",
        "halt",
        "beat",
        "back",
        "pushed",
        "destroyed",
        "failed",
        "fail",
        "prevented",
        "prevent",
        "defeated",
        "retained",
        "held",
        "kept",
    ]
)


@dataclass(frozen=True, slots=True)
class Source:
    """One article carrying a mention of the event."""

    article: str
    origin: str  # origin id: copies of one story share it
    independent: str  # the wire it credits, else its origin: what corroboration counts
    outlet: str | None
    published: str | None
    mention: str  # EventMention.key
    speaker: str | None  # who the article says asserts it; None = the reporter


@dataclass(frozen=True, slots=True)
class ResponseView:
    """A party's reaction to a claim that asserts the event."""

    article: str
    response: str  # Response.id
    party: str
    kind: str
    text: str
    to_speaker: str | None


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two statements about the event that cannot both be true."""

    cluster: str
    kind: ContradictionKind
    first: str  # a mention, claim or quantity key: "<article>/<id>"
    second: str
    first_by: str | None  # speaker (None = reporter)
    second_by: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class EventPicture:
    """Everything known about one event cluster, from a set of articles."""

    cluster: str
    type: str
    place: str | None
    when: tuple[dt.date, dt.date] | None
    sources: tuple[Source, ...]
    asserted_by: tuple[str, ...]  # speakers, first-seen order
    narrated: bool  # some article reports it in its own voice
    origins: tuple[str, ...]
    independent_sources: int
    responses: tuple[ResponseView, ...]
    deniers: tuple[str, ...]
    contradictions: tuple[Contradiction, ...]


def outcome(mention: EventMention, trigger_text: str) -> Literal["taken", "failed"] | None:
    """Whether an attack is reported as successful or as failed, from its trigger."""
    stems = {stem(w) for w in words(trigger_text)}
    if mention.modality == "negated":
        return "failed" if stems & _TAKEN else None
    if stems & _FAILED:
        return "failed"
    if stems & _TAKEN:
        return "taken"
    return None


def quantity_bounds(q: Quantity) -> tuple[float, float]:
    """The values a quantity allows: `more than 100` → (100, inf), `about 50` → (45, 55)."""
    v = q.value
    if q.qualifier == "range" and q.upper is not None:
        return min(v, q.upper), max(v, q.upper)
    if q.qualifier in {"more_than", "at_least"}:
        return v, math.inf
    if q.qualifier in {"less_than", "at_most"}:
        return 0.0, v
    if q.qualifier == "about":
        return v * 0.9, v * 1.1
    return v, v


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    # Strict bounds (`more than 100`) exclude their own value.
    return a[1] < b[0] or b[1] < a[0]


def event_picture(
    cluster: str,
    mentions: Sequence[EventMention],
    extractions: Callable[[str], Extraction],
    origin_of: Callable[[str], str],
    wire_of: Callable[[str], str | None],
) -> EventPicture:
    """The picture of one event cluster from ``mentions`` (in arrival order)."""
    sources: list[Source] = []
    speakers: list[str] = []
    narrated = False
    responses: list[ResponseView] = []
    deniers: list[str] = []
    quantities: list[tuple[str, str | None, Quantity]] = []
    for m in mentions:
        ex = extractions(m.article)
        origin = origin_of(m.article)
        sources.append(
            Source(
                article=m.article,
                origin=origin,
                independent=f"wire:{w}" if (w := wire_of(m.article)) else origin,
                outlet=ex.article.source,
                published=ex.article.published,
                mention=m.key,
                speaker=m.speaker,
            )
        )
        if m.modality == "negated":
            # Saying it did not happen is denying it, not asserting it.
            if m.speaker is not None and m.speaker not in deniers:
                deniers.append(m.speaker)
        elif m.speaker is None:
            narrated = True
        elif m.speaker not in speakers:
            speakers.append(m.speaker)
        event_id = m.key.rsplit("/", 1)[1]
        event = next((e for e in ex.events if e.id == event_id), None)
        by_id = {q.id: q for q in ex.quantities}
        if event is not None:
            qids = list(event.quantities)
            if not qids:
                # Not tied by the extractor: the counts stated in the trigger's sentence.
                left, right = sentence_bounds(ex.article.text, event.trigger.start,
                                              event.trigger.end)  # fmt: skip
                qids = [q.id for q in ex.quantities
                        if left <= q.span.start and q.span.end <= right]  # fmt: skip
            for qid in qids:
                if qid in by_id:
                    quantities.append((f"{m.article}/{qid}", m.speaker, by_id[qid]))
        for r in ex.responses:
            if m.claim and m.claim in r.claims:
                responses.append(
                    ResponseView(m.article, r.id, r.party_name, r.kind, r.span.text, m.speaker)
                )
                if r.kind in {"denied", "disputed"} and r.party_name not in deniers:
                    deniers.append(r.party_name)
        claim = next((c for c in ex.claims if c.id == m.claim), None) if m.claim else None
        if claim is not None and "denial" in claim.flags and claim.speaker_name not in deniers:
            deniers.append(claim.speaker_name)
    contradictions = _contradictions(cluster, mentions, extractions, responses, quantities)
    first = mentions[0]
    whens = [m.when for m in mentions if m.when]
    return EventPicture(
        cluster=cluster,
        type=first.type,
        place=next((m.place for m in mentions if m.place), None),
        when=(min(w[0] for w in whens), max(w[1] for w in whens)) if whens else None,
        sources=tuple(sources),
        asserted_by=tuple(speakers),
        narrated=narrated,
        origins=tuple(dict.fromkeys(s.origin for s in sources)),
        independent_sources=len({s.independent for s in sources}),
        responses=tuple(responses),
        deniers=tuple(deniers),
        contradictions=tuple(contradictions),
    )


def _trigger_text(m: EventMention, extractions: Callable[[str], Extraction]) -> str:
    event_id = m.key.rsplit("/", 1)[1]
    ex = extractions(m.article)
    return next((e.trigger.text for e in ex.events if e.id == event_id), "")


def _is_denial(m: EventMention, extractions: Callable[[str], Extraction]) -> bool:
    if m.claim is None:
        return False
    claim = next((c for c in extractions(m.article).claims if c.id == m.claim), None)
    return claim is not None and "denial" in claim.flags


def _contradictions(
    cluster: str,
    mentions: Sequence[EventMention],
    extractions: Callable[[str], Extraction],
    responses: Sequence[ResponseView],
    quantities: Sequence[tuple[str, str | None, Quantity]],
) -> list[Contradiction]:
    found: list[Contradiction] = []
    seen: set[tuple[str, frozenset[str | None], str]] = set()

    def add(kind: ContradictionKind, a: str, b: str, by_a: str | None, by_b: str | None,
            detail: str, topic: str = "") -> None:  # fmt: skip
        # One contradiction per kind, topic and pair of speakers: repetitions add nothing.
        key = (kind, frozenset({by_a, by_b}), topic)
        if key not in seen:
            seen.add(key)
            found.append(Contradiction(cluster, kind, a, b, by_a, by_b, detail))

    outcomes = [(m, outcome(m, _trigger_text(m, extractions))) for m in mentions]
    for i, (a, oa) in enumerate(outcomes):
        for b, ob in outcomes[i + 1 :]:
            if a.speaker == b.speaker:
                continue
            if oa and ob and oa != ob:
                taken, failed = (a, b) if oa == "taken" else (b, a)
                add(
                    "outcome", taken.key, failed.key, taken.speaker, failed.speaker,
                    f"{taken.speaker or 'reporter'}: taken; {failed.speaker or 'reporter'}: "
                    "repelled or failed",
                )  # fmt: skip
            elif {a.modality, b.modality} == {"actual", "negated"} and not (oa and ob):
                pos, neg = (a, b) if a.modality == "actual" else (b, a)
                if _is_denial(neg, extractions):
                    continue  # the denial rule reports it, once
                add(
                    "negation", pos.key, neg.key, pos.speaker, neg.speaker,
                    f"{pos.speaker or 'reporter'} says it happened; "
                    f"{neg.speaker or 'reporter'} says it did not",
                )  # fmt: skip
    for r in responses:
        if r.kind in {"denied", "disputed"}:
            add(
                "denial", f"{r.article}/{r.response}", f"{r.article}/{r.response}",
                r.to_speaker, r.party,
                f"{r.party} {r.kind} the claim of {r.to_speaker or 'reporter'}",
            )  # fmt: skip
    asserting = [m for m in mentions if m.modality == "actual"]
    for m in mentions:
        ex = extractions(m.article)
        claim = next((c for c in ex.claims if c.id == m.claim), None) if m.claim else None
        if claim is None or "denial" not in claim.flags:
            continue
        for other in asserting:
            if other.speaker != claim.speaker_name and other.key != m.key:
                add(
                    "denial", other.key, m.key, other.speaker, claim.speaker_name,
                    f"{claim.speaker_name} denies it; "
                    f"asserted by {other.speaker or 'the reporter'}",
                )  # fmt: skip
    for i, (ka, by_a, qa) in enumerate(quantities):
        for kb, by_b, qb in quantities[i + 1 :]:
            if qa.category != qb.category or qa.category == "other":
                continue
            if ka.rsplit("/", 1)[0] == kb.rsplit("/", 1)[0]:
                continue  # one article's counts of one category are parts, not rivals
            if _disjoint(quantity_bounds(qa), quantity_bounds(qb)):
                add(
                    "tally", ka, kb, by_a, by_b,
                    f"{qa.category}: {qa.span.text} ({by_a or 'reporter'}) vs "
                    f"{qb.span.text} ({by_b or 'reporter'})", qa.category,
                )  # fmt: skip
    return found
