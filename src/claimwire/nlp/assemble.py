"""Turns a processed ``Doc`` into an :class:`~claimwire.records.Extraction`.

This is also where records are tied to the claims that contain them: an event
whose trigger, or a quantity whose span, lies inside a claim's content is
asserted by that claim's speaker, unless it is the speaker's own demand or
accusation, made by saying it (`"I urge them to talk," she said`), or the
content is a noun phrase the speaker reacts to (`condemned the invasion`). Doing it
here, by offsets, keeps the rule in one place whichever component found the
record.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from claimwire.nlp import extensions as ext
from claimwire.records import Article, Claim, Event, Extraction, Span

__all__ = ["assemble", "innermost_claim"]


def innermost_claim(claims: tuple[Claim, ...], span: Span) -> Claim | None:
    """The claim with the shortest content that contains ``span``, if any."""
    best: Claim | None = None
    for claim in claims:
        if claim.content.contains(span) and (
            best is None or len(claim.content.text) < len(best.content.text)
        ):
            best = claim
    return best


def assemble(doc: Doc, article: Article) -> Extraction:
    claims = tuple(sorted(ext.claims(doc), key=lambda c: c.content.start))
    events = tuple(
        event if event.claim else replace(event, claim=_event_claim(doc, claims, event))
        for event in sorted(ext.events(doc), key=lambda e: e.trigger.start)
    )
    quantities = tuple(
        q if q.claim else replace(q, claim=_claim_id(claims, q.span))
        for q in sorted(ext.quantities(doc), key=lambda q: q.span.start)
    )
    return Extraction(
        article=article,
        entities=tuple(ext.entities(doc)),
        claims=claims,
        responses=tuple(ext.responses(doc)),
        events=events,
        places=tuple(ext.places(doc)),
        dates=tuple(sorted(ext.dates(doc), key=lambda d: d.span.start)),
        quantities=quantities,
    )


def _event_claim(doc: Doc, claims: tuple[Claim, ...], event: Event) -> str | None:
    claim = innermost_claim(claims, event.trigger)
    if claim is None or _says_itself(claim, event) or _names_only(doc, claim):
        return None
    return claim.id


def _names_only(doc: Doc, claim: Claim) -> bool:
    """`China never condemned Russia's invasion`, `praised the withdrawal`: the noun
    phrase a reaction is about names an event the reporter narrates; the one
    reacting does not assert it."""
    if claim.kind in ("direct", "mixed"):
        return False
    cue = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    if cue is None or len(cue) == 0 or cue.root.lemma_.lower() not in _REACTION_CUES:
        return False  # `announced the activation of a force`: asserted all the same
    span = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.pos_ in ("NOUN", "PROPN")


#: Cues that react to what their object names rather than assert it.
_REACTION_WORDS = (
    "praise condemn denounce welcome criticize criticise applaud hail deplore decry "
    "lament propose place cite deny reject dismiss slam blast"
)
_REACTION_CUES = frozenset(_REACTION_WORDS.split())


#: Statements a speaker makes by saying them (`I urge`, `we reject`, `must stop`).
_PERFORMATIVE_TYPES = frozenset(("REQUEST", "ACCUSE", "REJECT", "THREATEN"))
_OBLIGATION_WORDS = frozenset(("must", "should", "need", "needs", "has", "have"))


def _says_itself(claim: Claim, event: Event) -> bool:
    """`"I urge the Taliban to reverse their decision," he said`, `Libya must pay, the
    minister said`: the speaker's own demand is made by the saying; the reporter
    narrates it, the speaker does not assert it."""
    if event.type not in _PERFORMATIVE_TYPES or event.modality != "actual":
        return False
    first = event.trigger.text.split(maxsplit=1)[0].lower() if event.trigger.text else ""
    if claim.kind not in ("direct", "mixed") and first not in _OBLIGATION_WORDS:
        return False
    speaker = claim.speaker_name.lower()
    return any(
        (claim.speaker is not None and actor.entity == claim.speaker)
        or actor.name.lower().endswith(speaker)
        for actor in event.actors
    )


def _claim_id(claims: tuple[Claim, ...], span: Span) -> str | None:
    claim = innermost_claim(claims, span)
    return claim.id if claim else None
