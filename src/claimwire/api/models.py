"""Pydantic models of the HTTP edge: what the API accepts and returns.

They mirror :mod:`claimwire.records` and ``claimwire.article/1`` so that the
OpenAPI document describes every response exactly; the records themselves stay
frozen dataclasses (pydantic lives only here).
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ActorOut",
    "ArticleOut",
    "ArticleSummary",
    "ClaimOut",
    "ClaimRow",
    "ClusterOut",
    "ContradictionOut",
    "DateMentionOut",
    "DateValueOut",
    "EntityOut",
    "EntityRow",
    "ErrorBody",
    "ErrorDetail",
    "EventDetail",
    "EventOut",
    "EventRow",
    "ExtractionOut",
    "Health",
    "HistoryStepOut",
    "IngestHtml",
    "IngestRequest",
    "IngestText",
    "Page",
    "PlaceOut",
    "PlaceRow",
    "QuantityOut",
    "ResponseOut",
    "ResponseRow",
    "SearchHit",
    "Timeline",
    "TimelineBucket",
    "Vocabulary",
]


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- errors


class ErrorDetail(_Out):
    code: str = Field(description="machine-readable code, e.g. `not_found`, `invalid_request`")
    message: str = Field(description="what went wrong, for a person")
    status: int = Field(description="the HTTP status, repeated")
    details: list[dict[str, Any]] | None = Field(
        default=None, description="per-field problems of an invalid request"
    )


class ErrorBody(_Out):
    """The one shape of every error the API returns."""

    error: ErrorDetail


# ---------------------------------------------------------------- records


class SpanOut(_Out):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class DateValueOut(_Out):
    value: str
    precision: Literal["day", "week", "month", "quarter", "year"]


class ArticleOut(_Out):
    id: str
    text: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    language: str
    author: str | None


class EntityOut(_Out):
    id: str
    name: str
    kind: str
    country: str | None
    mentions: list[SpanOut]
    kb_id: str | None


class ClaimOut(_Out):
    id: str
    speaker: str | None
    speaker_name: str
    source: SpanOut | None
    cue: SpanOut
    content: SpanOut
    kind: str
    flags: list[str]
    date: DateValueOut | None


class ResponseOut(_Out):
    id: str
    party: str | None
    party_name: str
    kind: str
    span: SpanOut
    claims: list[str]


class ActorOut(_Out):
    name: str
    code: str | None
    sector: str | None
    entity: str | None


class EventOut(_Out):
    id: str
    type: str
    trigger: SpanOut
    mode: str | None
    actors: list[ActorOut]
    recipients: list[ActorOut]
    place: str | None
    date: DateValueOut | None
    claim: str | None
    modality: str
    quantities: list[str]
    asserted_by: str | None = None


class PlaceOut(_Out):
    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    level: str
    part: str | None
    geonameid: int | None
    mentions: list[SpanOut]


class DateMentionOut(_Out):
    span: SpanOut
    value: str | None
    precision: str | None
    reason: str
    anchor: bool


class QuantityOut(_Out):
    id: str
    span: SpanOut
    value: float
    upper: float | None
    qualifier: str
    unit: str | None
    category: str
    counted: str | None
    claim: str | None


class ExtractionOut(_Out):
    """One article and everything extracted from it (``claimwire.article/1``)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["claimwire.article/1"] = Field(alias="schema", serialization_alias="schema")
    article: ArticleOut
    entities: list[EntityOut]
    claims: list[ClaimOut]
    responses: list[ResponseOut]
    events: list[EventOut]
    places: list[PlaceOut]
    dates: list[DateMentionOut]
    quantities: list[QuantityOut]


# ---------------------------------------------------------------- list rows


class ArticleSummary(_Out):
    id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    claims: int = Field(description="number of claims extracted from the article")
    events: int = Field(description="number of events extracted from the article")
    places: int = Field(description="number of places mentioned in the article")


class ResponseBadge(_Out):
    id: str
    party_name: str
    kind: str


class ClaimRow(ClaimOut):
    """A claim with the article it comes from and the responses to it."""

    article: str = Field(description="id of the article")
    article_title: str | None
    published: str | None
    responses: list[ResponseBadge]


class ResponseRow(ResponseOut):
    article: str


class PlaceRef(_Out):
    id: str
    name: str
    lat: float
    lon: float
    country: str | None


class EventRow(EventOut):
    """An event with its article, its place resolved and who asserts it."""

    article: str
    article_title: str | None
    published: str | None
    place_ref: PlaceRef | None = Field(description="the event's place, resolved")


class PlaceRow(PlaceOut):
    article: str


class EntityRow(EntityOut):
    article: str


class SearchHit(_Out):
    kind: Literal["article", "claim"]
    article: str = Field(description="id of the article")
    claim: str | None = Field(description="id of the claim within the article, for a claim")
    title: str | None
    published: str | None
    snippet: str = Field(description="the matched text, shortened")
    score: float = Field(description="higher is better; comparable within one search only")


class TimelineBucket(_Out):
    day: str = Field(description="ISO date")
    events: int
    claims: int


class Timeline(_Out):
    days: list[TimelineBucket] = Field(description="days with events or claims, oldest first")
    truncated: bool = Field(
        description="always false: every matching record is counted (kept for older clients)"
    )


class EventDetail(_Out):
    """One event, the claim that asserts it and the responses to that claim.

    Its cross-article picture is at ``/api/clusters/{article}/{event}``."""

    event: EventRow
    claim: ClaimOut | None
    responses: list[ResponseOut]


# ---------------------------------------------------------------- cross-article


class SourceOut(_Out):
    """One article carrying a mention of the event."""

    article: str
    origin: str = Field(description="origin id: copies of one story share it")
    independent: str = Field(description="what corroboration counts: the wire, else the origin")
    outlet: str | None
    published: str | None
    mention: str = Field(description="`ARTICLE/EVENT` key of the mention")
    speaker: str | None = Field(description="who asserts it there; null: the reporter")
    claim: str | None = Field(description="the content of the asserting claim")


class ResponseViewOut(_Out):
    article: str
    response: str
    party: str
    kind: str
    text: str
    to_speaker: str | None


class ContradictionOut(_Out):
    cluster: str
    kind: str = Field(description="`outcome`, `negation`, `denial` or `tally`")
    first: str = Field(description="`ARTICLE/ID` of a mention, claim or quantity")
    second: str
    first_by: str | None
    second_by: str | None
    detail: str
    last_day: str | None = None


class ClusterOut(_Out):
    """One event across articles: who asserts it, how many independent sources carry
    it, who denies it, and where the sources contradict each other."""

    cluster: str = Field(description="stable id: the key of its earliest mention")
    type: str
    place: str | None
    when: list[str] | None = Field(description="[first day, last day], or null")
    sources: list[SourceOut]
    asserted_by: list[str]
    narrated: bool = Field(description="some article reports it in its own voice")
    origins: list[str]
    independent_sources: int
    responses: list[ResponseViewOut]
    deniers: list[str]
    contradictions: list[ContradictionOut]


class HistoryStepOut(_Out):
    article: str
    published: str | None
    picture: ClusterOut


class Vocabulary(_Out):
    """The values the enumerated filters accept."""

    event_types: list[str]
    claim_flags: list[str]
    claim_kinds: list[str]
    response_kinds: list[str]
    modalities: list[str]
    place_levels: list[str]
    entity_kinds: list[str]


T = TypeVar("T")


class Page(_Out, Generic[T]):
    """One page of a list: ``next`` is the URL of the following page, or null."""

    items: list[T]
    next: str | None = Field(description="URL of the next page; null on the last page")


class Health(_Out):
    status: Literal["ok"]
    version: str
    writable: bool = Field(description="whether POST /api/articles is enabled (a token is set)")


# ---------------------------------------------------------------- input


class _IngestMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: Annotated[str | None, Field(min_length=1, max_length=200)] = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: Annotated[
        str | None,
        Field(pattern=r"^\d{4}-\d{2}-\d{2}", description="ISO 8601 date (or date-time)"),
    ] = None


class IngestText(_IngestMeta):
    """An article as plain text."""

    text: Annotated[str, Field(min_length=1)]


class IngestHtml(_IngestMeta):
    """An article as an HTML page (its body is found and cleaned)."""

    html: Annotated[str, Field(min_length=1)]


IngestRequest = IngestText | IngestHtml
