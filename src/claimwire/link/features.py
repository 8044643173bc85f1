"""What the event and claim linkers compare: mentions reduced to comparable features.

An :class:`EventMention` is one event of one article seen from outside the article:
its type, the stems of its trigger, the content words around it (the claim that
holds it, or the words of its sentence), its participants, place (lat/lon), and
the time it happened as an interval of days. :func:`event_mentions` builds them
from an :class:`~claimwire.records.Extraction`; the MEANTIME benchmark builds them
from gold mentions, so both go through the same scorer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimwire.link.text import content_words, words
from claimwire.records import Actor, Claim, DateValue, Event, Extraction, Place

__all__ = [
    "ClaimMention",
    "EventMention",
    "claim_mentions",
    "date_interval",
    "event_mentions",
    "km_between",
    "stem",
]

Interval = tuple[dt.date, dt.date]


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event of one article, as the event linker compares it."""

    key: str  # "<article id>/<event id>"
    article: str
    type: str
    trigger: frozenset[str]  # stems of the trigger words
    context: frozenset[str]  # stems of the content words around it
    participants: frozenset[str] = frozenset()  # actor codes or lower-cased names
    lat: float | None = None
    lon: float | None = None
    place: str | None = None  # the place's name, for display
    when: Interval | None = None  # the event's own date, as days
    published: dt.date | None = None  # the article's publication day
    modality: str = "actual"
    claim: str | None = None  # Claim.id in its article
    speaker: str | None = None  # the claim's speaker_name; None = the reporter


@dataclass(frozen=True, slots=True)
class ClaimMention:
    """One claim of one article, as the claim linker compares it."""

    key: str  # "<article id>/<claim id>"
    article: str
    speaker: str  # speaker_name, lower-cased
    content: frozenset[str]  # stems of the content words
    published: dt.date | None = None
    denial: bool = False


_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude suffix-stripping stem: `captured`, `captures`, `capturing` → `captur`."""
    w = word.lower()
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    # `repelled` → `repell` → `repel`; `kill` → `kil` as well, so both forms meet.
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


def stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(text))


#: Trigger words that name one kind of war event, however a side or outlet words it;
#: a trigger in a class also carries the class (``#capture``), so `taken full control`
#: and `captured` share a trigger. Irregular forms are listed; the rest are stemmed.
_CLASS_WORDS = {
    "#capture": "take took taken capture seize occupy control liberate enter overrun overran",
    "#repel": "repel repulse thwart foil halt stop block beat push",
    "#strike": "strike struck hit shell bomb shoot shot kill dead death toll missile",
    "#deploy": "deploy mass station amass build",
    "#withdraw": "withdraw withdrew retreat pull abandon",
}
TRIGGER_CLASSES: dict[str, str] = {
    word: cls for cls, text in _CLASS_WORDS.items() for word in text.split()
}
_TRIGGER_CLASS_STEMS = {stem(w): c for w, c in TRIGGER_CLASSES.items()}


def trigger_stems(text: str) -> frozenset[str]:
    # Trigger words are few: keep them all except pure function words.
    found = frozenset(stem(w) for w in content_words(text))
    found = found or frozenset(stem(w) for w in words(text))
    classes = {c for s in found if (c := _TRIGGER_CLASS_STEMS.get(s))}
    return found | classes


_WEEK = re.compile(r"^(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def date_interval(value: DateValue | str | None, precision: str | None = None) -> Interval | None:
    """The days a resolved date covers: a day, a week (``A/B``), a month, quarter or year."""
    if value is None:
        return None
    if isinstance(value, DateValue):
        precision = value.precision
        value = value.value
    try:
        if m := _WEEK.match(value):
            return dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
        if m := _QUARTER.match(value):
            year, q = int(m[1]), int(m[2])
            last = 3 * q
            return dt.date(year, last - 2, 1), dt.date(
                year, last, calendar.monthrange(year, last)[1]
            )
        parts = value[:10].split("-")
        year = int(parts[0])
        if len(parts) == 1 or precision == "year":
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2 or precision == "month":
            return dt.date(year, month, 1), dt.date(
                year, month, calendar.monthrange(year, month)[1]
            )
        day = dt.date(year, month, int(parts[2]))
        return day, day
    except ValueError:
        return None


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def published_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _actor_keys(actors: Iterable[Actor]) -> set[str]:
    return {(a.code or a.name).strip().lower() for a in actors if (a.code or a.name).strip()}


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence around ``start..end`` (split at `. ` and newlines)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return left + 1, right


def _sentence_around(text: str, start: int, end: int) -> str:
    left, right = sentence_bounds(text, start, end)
    return text[left:right]


def event_mentions(extraction: Extraction) -> list[EventMention]:
    """The events of one extraction as comparable mentions."""
    article = extraction.article
    text = article.text
    claims = {c.id: c for c in extraction.claims}
    places = {p.id: p for p in extraction.places}
    published = published_day(article.published)
    out = []
    for event in extraction.events:
        out.append(_event_mention(event, article.id, text, claims, places, published))
    return out


def _event_mention(
    event: Event,
    article_id: str,
    text: str,
    claims: dict[str, Claim],
    places: dict[str, Place],
    published: dt.date | None,
) -> EventMention:
    claim = claims.get(event.claim) if event.claim else None
    place = places.get(event.place) if event.place else None
    if claim is not None and claim.content.contains(event.trigger):
        around = claim.content.text
    else:
        around = _sentence_around(text, event.trigger.start, event.trigger.end)
    trigger = trigger_stems(event.trigger.text)
    participants = _actor_keys(event.actors) | _actor_keys(event.recipients)
    return EventMention(
        key=f"{article_id}/{event.id}",
        article=article_id,
        type=event.type,
        trigger=trigger,
        context=stems(around) - trigger,
        participants=frozenset(participants),
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        place=place.name if place else None,
        when=date_interval(event.date),
        published=published,
        modality=event.modality,
        claim=event.claim,
        speaker=claim.speaker_name if claim else None,
    )


def claim_mentions(extraction: Extraction) -> list[ClaimMention]:
    """The claims of one extraction as comparable mentions."""
    published = published_day(extraction.article.published)
    return [
        ClaimMention(
            key=f"{extraction.article.id}/{c.id}",
            article=extraction.article.id,
            speaker=c.speaker_name.strip().lower(),
            content=stems(c.content.text),
            published=published,
            denial="denial" in c.flags,
        )
        for c in extraction.claims
    ]
