"""The records claimwire produces, as frozen dataclasses.

Every stage exchanges these. Each textual field is a :class:`Span` with
character offsets into :attr:`Article.text`, the cleaned text, so that any
field can be traced back to the words it came from. The meaning of each record
is defined in ``ANNOTATION.md`` (kept in ``docs/annotation.md``); the JSON form
is ``claimwire.article/1`` (``claimwire/data/article.schema.json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "SCHEMA_ID",
    "Actor",
    "Article",
    "Claim",
    "ClaimKind",
    "DateMention",
    "DateValue",
    "Entity",
    "EntityKind",
    "Event",
    "Extraction",
    "Modality",
    "Place",
    "PlaceLevel",
    "Precision",
    "Qualifier",
    "Quantity",
    "Response",
    "ResponseKind",
    "Span",
]

SCHEMA_ID = "claimwire.article/1"

ClaimKind = Literal["direct", "indirect", "mixed", "according_to"]
ClaimFlag = Literal["hedged", "unsupported", "unverified", "denial", "distanced"]
ResponseKind = Literal["no_response", "declined_comment", "denied", "confirmed", "disputed"]
Modality = Literal["actual", "intended", "hypothetical", "negated"]
PlaceLevel = Literal["country", "admin1", "admin2", "city", "region", "feature"]
Precision = Literal["day", "week", "month", "quarter", "year"]
Qualifier = Literal["exact", "more_than", "less_than", "about", "at_least", "at_most", "range"]
EntityKind = Literal[
    "person", "government", "military", "ministry", "organization", "group", "document", "other"
]

CLAIM_FLAGS: tuple[str, ...] = ("hedged", "unsupported", "unverified", "denial", "distanced")
RESPONSE_KINDS: tuple[str, ...] = (
    "no_response",
    "declined_comment",
    "denied",
    "confirmed",
    "disputed",
)
MODALITIES: tuple[str, ...] = ("actual", "intended", "hypothetical", "negated")
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
QUANTITY_CATEGORIES: tuple[str, ...] = (
    "killed", "wounded", "captured", "prisoners", "evacuees", "displaced", "refugees",
    "arrested", "hostages", "troops", "fighters", "population", "distance", "area", "money",
    "weapons", "other",
)  # fmt: skip


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned news report; every offset of its extraction points into ``text``."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None  # ISO 8601 date (or date-time) of publication
    language: str = "en"
    author: str | None = None


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: ``2024-08-14`` (day), ``2024-08-05/2024-08-11`` (week), ``2022-02``."""

    value: str
    precision: Precision


@dataclass(frozen=True, slots=True)
class DateMention:
    """A time expression, resolved against the publication date or left unresolved."""

    span: Span
    value: str | None
    precision: Precision | None
    reason: str = ""
    anchor: bool = False  # `since last week`: a start point, not the time of an event


@dataclass(frozen=True, slots=True)
class Entity:
    """One canonical actor of the article (a person, government, force, body or group)."""

    id: str
    name: str
    kind: EntityKind
    country: str | None = None  # ISO 3166 alpha-3
    mentions: tuple[Span, ...] = ()
    kb_id: str | None = None  # key in the actor knowledge base, when known


@dataclass(frozen=True, slots=True)
class Claim:
    """An attribution: ``source`` asserts ``content``, signalled by ``cue``."""

    id: str
    speaker: str | None  # Entity.id
    speaker_name: str
    source: Span | None
    cue: Span
    content: Span
    kind: ClaimKind
    flags: tuple[str, ...] = ()
    date: DateValue | None = None


@dataclass(frozen=True, slots=True)
class Response:
    """Another party's reaction to one or more claims."""

    id: str
    party: str | None  # Entity.id
    party_name: str
    kind: ResponseKind
    span: Span
    claims: tuple[str, ...] = ()  # Claim.id


@dataclass(frozen=True, slots=True)
class Actor:
    """An event participant: a state as ISO alpha-3 ``code``, else a canonical name."""

    name: str
    code: str | None = None
    sector: str | None = None  # government, military, police, rebels, civilians, ...
    entity: str | None = None  # Entity.id


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event, with the claim (if any) that asserts it."""

    id: str
    type: str
    trigger: Span
    mode: str | None = None
    actors: tuple[Actor, ...] = ()
    recipients: tuple[Actor, ...] = ()
    place: str | None = None  # Place.id
    date: DateValue | None = None
    claim: str | None = None  # Claim.id; None when the reporter narrates it
    modality: Modality = "actual"
    quantities: tuple[str, ...] = ()  # Quantity.id


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place and its mentions; one record per (gazetteer entry, part)."""

    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    level: PlaceLevel
    part: str | None = None  # north, south-west, centre, near, ...
    geonameid: int | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number that counts or measures something, with its bounds and category."""

    id: str
    span: Span
    value: float
    upper: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    category: str = "other"
    counted: str | None = None
    claim: str | None = None  # Claim.id


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything claimwire extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    responses: tuple[Response, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    schema: str = field(default=SCHEMA_ID)
