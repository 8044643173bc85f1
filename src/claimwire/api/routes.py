"""The read endpoints of the API: thin adapters over the store's queries.

Each list endpoint maps its query parameters onto one store query
(:meth:`Store.claims`, :meth:`Store.events`, ...), turns the store's rows into
the JSON of :mod:`claimwire.api.models` and links the next page by the store's
own opaque cursor.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal, cast

from fastapi import APIRouter, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from claimwire import __version__
from claimwire.api import exports, ingest, linked
from claimwire.api.errors import HTTPError
from claimwire.api.models import (
    ArticleSummary,
    ClaimRow,
    EntityRow,
    EventDetail,
    EventRow,
    ExtractionOut,
    Health,
    Page,
    PlaceRow,
    ResponseRow,
    SearchHit,
    Timeline,
    TimelineBucket,
    Vocabulary,
)
from claimwire.api.params import (
    ArticleFilter,
    BBoxParam,
    Cursor,
    Limit,
    NearParam,
    Since,
    Text,
    Until,
)
from claimwire.api.state import ApiState
from claimwire.errors import RecordNotFoundError, StoreError
from claimwire.records import (
    CLAIM_FLAGS,
    MODALITIES,
    PLOVER_TYPES,
    RESPONSE_KINDS,
    Claim,
    ClaimKind,
    EntityKind,
    Event,
    Extraction,
    Modality,
    Place,
    PlaceLevel,
    ResponseKind,
)
from claimwire.serialize import extraction_to_dict, to_plain
from claimwire.store import rows as store_rows

__all__ = ["router"]

router = APIRouter()
api = APIRouter(prefix="/api")


EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
ClaimFlag = Literal["hedged", "unsupported", "unverified", "denial", "distanced"]


def _state(request: Request) -> ApiState:
    return cast(ApiState, request.app.state.api)


def _cursor(cursor: str | None) -> str | None:
    if not cursor:
        return None
    try:
        store_rows.decode_cursor(cursor)
    except StoreError:
        raise HTTPError(
            400, "invalid_cursor", "cursor is not one this API gave out; start from page 1"
        ) from None
    return cursor


def _bbox(value: str | None) -> store_rows.BBox | None:
    if value is None:
        return None
    west, south, east, north = (float(v) for v in value.split(","))
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise HTTPError(422, "invalid_request", "bbox: longitudes must be within -180..180")
    if not (-90 <= south <= north <= 90):
        raise HTTPError(422, "invalid_request", "bbox: need -90 <= south <= north <= 90")
    return store_rows.BBox(west, south, east, north)


def _near(value: str | None) -> store_rows.Near | None:
    if value is None:
        return None
    lat, lon, km = (float(v) for v in value.split(","))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise HTTPError(422, "invalid_request", "near: lat must be within -90..90, lon -180..180")
    if not (0 < km <= 20_000) or not math.isfinite(km):
        raise HTTPError(422, "invalid_request", "near: km must be within 0..20000")
    return store_rows.Near(lat, lon, km)


def _page(request: Request, items: list[Any], rows: Sequence[Any], limit: int) -> JSONResponse:
    """A page whose ``next`` continues after the last row (when the page was full)."""
    after = rows[-1].cursor if len(rows) >= limit and rows else None
    if after is None:
        return JSONResponse({"items": items, "next": None})
    following = request.url.include_query_params(cursor=after)
    return JSONResponse({"items": items, "next": f"{following.path}?{following.query}"})


def _dump(record: Any) -> dict[str, Any]:
    """A record as its ``claimwire.article/1`` JSON object (tuples become lists).

    List endpoints answer with these plain objects directly (their shape is checked
    by the contract tests): validating every row through pydantic again would cost
    more than the query itself.
    """
    return cast(dict[str, Any], to_plain(record))


def _place_ref(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "id": place.id,
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
    }


class _Extractions:
    """Extractions fetched at most once per request (responses, entities of a page)."""

    def __init__(self, state: ApiState) -> None:
        self.state = state
        self.cache: dict[str, Extraction] = {}

    def get(self, article_id: str) -> Extraction:
        if article_id not in self.cache:
            self.cache[article_id] = self.state.store.get_extraction(article_id)
        return self.cache[article_id]


def _claim_item(row: store_rows.ClaimRow) -> dict[str, Any]:
    claim: Claim = row.claim
    responses = [{"id": r.id, "party_name": r.party_name, "kind": r.kind} for r in row.responses]
    return {
        **_dump(claim),
        "article": row.article_id,
        "article_title": row.title,
        "published": row.published,
        "responses": responses,
    }


def _event_item(row: store_rows.EventRow) -> dict[str, Any]:
    event: Event = row.event
    return {
        **_dump(event),
        "asserted_by": row.asserted_by,
        "article": row.article_id,
        "article_title": row.title,
        "published": row.published,
        "place_ref": _place_ref(row.place),
    }


# ---------------------------------------------------------------- meta


@api.get("/health", response_model=Health, tags=["meta"], summary="Is the server up?")
def health(request: Request) -> Health:
    return Health(status="ok", version=__version__, writable=_state(request).writable)


@api.get(
    "/vocabulary",
    response_model=Vocabulary,
    tags=["meta"],
    summary="The values of the enumerated filters",
)
def vocabulary() -> Vocabulary:
    return Vocabulary(
        event_types=list(PLOVER_TYPES),
        claim_flags=list(CLAIM_FLAGS),
        claim_kinds=["direct", "indirect", "mixed", "according_to"],
        response_kinds=list(RESPONSE_KINDS),
        modalities=list(MODALITIES),
        place_levels=["country", "admin1", "admin2", "city", "region", "feature"],
        entity_kinds=[
            "person",
            "government",
            "military",
            "ministry",
            "organization",
            "group",
            "document",
            "other",
        ],
    )


# ---------------------------------------------------------------- articles


@api.get(
    "/articles",
    response_model=Page[ArticleSummary],
    tags=["articles"],
    summary="Stored articles, newest first",
)
def list_articles(
    request: Request,
    source: Text = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    rows = _state(request).store.articles(
        source=source, since=since, until=until, limit=limit, after=_cursor(cursor)
    )
    items = [
        {
            "id": r.article.id,
            "title": r.article.title,
            "url": r.article.url,
            "source": r.article.source,
            "published": r.article.published,
            "claims": r.claims,
            "events": r.events,
            "places": r.places,
        }
        for r in rows
    ]
    return _page(request, items, rows, limit)


ArticleId = Annotated[str, Path(min_length=1, max_length=200, description="the article id")]


def _extraction(state: ApiState, article_id: str) -> Extraction:
    try:
        return cast(Extraction, state.store.get_extraction(article_id))
    except RecordNotFoundError:
        raise HTTPError(404, "not_found", f"no article {article_id!r}") from None


@api.get(
    "/articles/{article_id}",
    response_model=ExtractionOut,
    tags=["articles"],
    summary="One article with everything extracted from it (claimwire.article/1)",
)
def get_article(request: Request, article_id: ArticleId) -> dict[str, Any]:
    return extraction_to_dict(_extraction(_state(request), article_id))


@api.get(
    "/articles/{article_id}/events/{event_id}",
    response_model=EventDetail,
    tags=["events"],
    summary="One event, the claim asserting it and the responses to that claim",
)
def get_event(
    request: Request,
    article_id: ArticleId,
    event_id: Annotated[str, Path(min_length=1, max_length=50)],
) -> JSONResponse:
    state = _state(request)
    x = _extraction(state, article_id)
    event = next((e for e in x.events if e.id == event_id), None)
    if event is None:
        raise HTTPError(404, "not_found", f"no event {event_id!r} in article {article_id!r}")
    claim = next((c for c in x.claims if c.id == event.claim), None) if event.claim else None
    place = next((p for p in x.places if p.id == event.place), None) if event.place else None
    row = store_rows.EventRow(
        article_id=x.article.id,
        title=x.article.title,
        published=x.article.published,
        source=x.article.source,
        url=x.article.url,
        cursor="",
        event=event,
        place=place,
        asserted_by=claim.speaker_name if claim else None,
    )
    responses = [r for r in x.responses if claim is not None and claim.id in r.claims]
    return JSONResponse(
        {
            "event": _event_item(row),
            "claim": _dump(claim) if claim else None,
            "responses": [_dump(r) for r in responses],
        }
    )


# ---------------------------------------------------------------- claims


@api.get(
    "/claims",
    response_model=Page[ClaimRow],
    tags=["claims"],
    summary="Claims with their speaker, flags and responses, newest article first",
)
def list_claims(
    request: Request,
    speaker: Annotated[
        str | None, Query(max_length=200, description="speaker name contains")
    ] = None,
    place: Annotated[
        str | None, Query(max_length=200, description="a place named in the content")
    ] = None,
    flag: ClaimFlag | None = None,
    kind: ClaimKind | None = None,
    article: ArticleFilter = None,
    since: Since = None,
    until: Until = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=500,
            description="words in the claim (full-text, as `/api/search`): the best "
            "`limit` matches, one page",
        ),
    ] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    state = _state(request)
    if q is not None:
        wanted = _ClaimFilter(speaker, place, flag, kind, article, since, until)
        return JSONResponse({"items": _matching_claims(state, q, wanted, limit), "next": None})
    rows = state.store.claims(
        speaker=speaker,
        place=place,
        flag=flag,
        kind=kind,
        article=article,
        since=since,
        until=until,
        limit=limit,
        after=_cursor(cursor),
    )
    return _page(request, [_claim_item(r) for r in rows], rows, limit)


@dataclass(frozen=True, slots=True)
class _ClaimFilter:
    speaker: str | None
    place: str | None
    flag: str | None
    kind: str | None
    article: str | None
    since: str | None
    until: str | None

    def keeps(self, x: Extraction, claim: Claim) -> bool:
        day = (x.article.published or "")[:10]
        if self.speaker and self.speaker.lower() not in claim.speaker_name.lower():
            return False
        if (self.flag and self.flag not in claim.flags) or (self.kind and claim.kind != self.kind):
            return False
        if (self.article and x.article.id != self.article) or (self.since and day < self.since):
            return False
        if self.until and (not day or day > self.until):
            return False
        if self.place:
            name = self.place.lower()
            return any(
                name in p.name.lower() and any(claim.content.contains(m) for m in p.mentions)
                for p in x.places
            )
        return True


def _matching_claims(
    state: ApiState, q: str, wanted: _ClaimFilter, limit: int
) -> list[dict[str, Any]]:
    """Claims matching ``q`` by full-text search, best first, that pass the filters."""
    extractions = _Extractions(state)
    items = []
    for hit in state.store.search(q, limit=min(10 * limit, 1000)):
        if hit.kind != "claim" or hit.claim_id is None:
            continue
        x = extractions.get(hit.article_id)
        claim = next((c for c in x.claims if c.id == hit.claim_id), None)
        if claim is None or not wanted.keeps(x, claim):
            continue
        row = store_rows.ClaimRow(
            article_id=x.article.id, title=x.article.title, published=x.article.published,
            source=x.article.source, url=x.article.url, cursor="", claim=claim,
            responses=tuple(r for r in x.responses if claim.id in r.claims),
        )  # fmt: skip
        items.append(_claim_item(row))
        if len(items) >= limit:
            break
    return items


# ---------------------------------------------------------------- per-article records


def _per_article(
    request: Request,
    limit: int,
    cursor: str | None,
    since: str | None,
    until: str | None,
    article: str | None,
    pick: Callable[[Extraction], Iterable[dict[str, Any]]],
) -> JSONResponse:
    """Records of the articles of one page of :meth:`Store.articles` (``limit``
    articles, newest first): the store keeps no separate index of these records."""
    state = _state(request)
    if article is not None:
        return JSONResponse({"items": list(pick(_extraction(state, article))), "next": None})
    rows = state.store.articles(since=since, until=until, limit=limit, after=_cursor(cursor))
    extractions = _Extractions(state)
    items = [item for r in rows for item in pick(extractions.get(r.article.id))]
    return _page(request, items, rows, limit)


@api.get(
    "/responses",
    response_model=Page[ResponseRow],
    tags=["claims"],
    summary="Responses to claims (denials, confirmations, no comment)",
    description="Pages go by article: one page holds the responses of up to `limit` articles.",
)
def list_responses(
    request: Request,
    kind: ResponseKind | None = None,
    party: Annotated[str | None, Query(max_length=200, description="party name contains")] = None,
    article: ArticleFilter = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    party_lower = party.lower() if party else None

    def pick(x: Extraction) -> Iterable[dict[str, Any]]:
        for r in x.responses:
            if kind and r.kind != kind:
                continue
            if party_lower and party_lower not in r.party_name.lower():
                continue
            yield {**_dump(r), "article": x.article.id}

    return _per_article(request, limit, cursor, since, until, article, pick)


@api.get(
    "/entities",
    response_model=Page[EntityRow],
    tags=["places and actors"],
    summary="Actors named in articles (people, governments, forces, bodies)",
    description="Pages go by article: one page holds the entities of up to `limit` articles.",
)
def list_entities(
    request: Request,
    name: Annotated[str | None, Query(max_length=200, description="name contains")] = None,
    kind: EntityKind | None = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$")] = None,
    article: ArticleFilter = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    name_lower = name.lower() if name else None
    country_upper = country.upper() if country else None

    def pick(x: Extraction) -> Iterable[dict[str, Any]]:
        for e in x.entities:
            if kind and e.kind != kind:
                continue
            if name_lower and name_lower not in e.name.lower():
                continue
            if country_upper and e.country != country_upper:
                continue
            yield {**_dump(e), "article": x.article.id}

    return _per_article(request, limit, cursor, since, until, article, pick)


# ---------------------------------------------------------------- events and places


@api.get(
    "/events",
    response_model=Page[EventRow],
    tags=["events"],
    summary="PLOVER events with their place and who asserts them, newest article first",
)
def list_events(
    request: Request,
    type: EventType | None = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="ISO alpha-3 code or name of an actor")
    ] = None,
    place: Annotated[str | None, Query(max_length=200, description="place name contains")] = None,
    bbox: BBoxParam = None,
    near: NearParam = None,
    since: Since = None,
    until: Until = None,
    asserted_by: Annotated[
        str | None, Query(max_length=200, description="speaker of the asserting claim contains")
    ] = None,
    modality: Modality | None = None,
    article: ArticleFilter = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    rows = _state(request).store.events(
        type=type,
        actor=actor,
        place=place,
        bbox=_bbox(bbox),
        near=_near(near),
        since=since,
        until=until,
        asserted_by=asserted_by,
        modality=modality,
        article=article,
        limit=limit,
        after=_cursor(cursor),
    )
    return _page(request, [_event_item(r) for r in rows], rows, limit)


@api.get(
    "/places",
    response_model=Page[PlaceRow],
    tags=["places and actors"],
    summary="Places mentioned in articles (one row per article and place)",
)
def list_places(
    request: Request,
    name: Annotated[str | None, Query(max_length=200, description="name contains")] = None,
    country: Annotated[
        str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO alpha-3")
    ] = None,
    level: PlaceLevel | None = None,
    bbox: BBoxParam = None,
    near: NearParam = None,
    since: Since = None,
    until: Until = None,
    article: ArticleFilter = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    rows = _state(request).store.places(
        name=name,
        country=country,
        level=level,
        bbox=_bbox(bbox),
        near=_near(near),
        since=since,
        until=until,
        article=article,
        limit=limit,
        after=_cursor(cursor),
    )
    items = [{**_dump(r.place), "article": r.article_id} for r in rows]
    return _page(request, items, rows, limit)


# ---------------------------------------------------------------- search and timeline


@api.get(
    "/search",
    response_model=Page[SearchHit],
    tags=["search"],
    summary="Full-text search over articles and claims, best first",
    description='Web-search syntax: words (all must match), `"a phrase"`, `OR`, `-word`. '
    "One page only (`next` is null); raise `limit` for more.",
)
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description="what to look for")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> JSONResponse:
    hits = _state(request).store.search(q, limit=limit)
    items = [
        {
            "kind": h.kind,
            "article": h.article_id,
            "claim": h.claim_id,
            "title": h.title,
            "published": h.published,
            "snippet": h.snippet,
            "score": h.score,
        }
        for h in hits
    ]
    return JSONResponse({"items": items, "next": None})


@api.get(
    "/timeline",
    response_model=Timeline,
    tags=["events"],
    summary="Events and claims per day",
    description="Every matching event and claim, counted by the store. Events count on "
    "their own date when it is a calendar day (else the publication day), claims on the "
    "publication day; records with neither are not counted. `truncated` is always false "
    "(kept for older clients). A claim `flag` counts claims only; `type` or `actor` "
    "events only.",
)
async def timeline(
    request: Request,
    type: EventType | None = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    flag: ClaimFlag | None = None,
    since: Since = None,
    until: Until = None,
) -> Timeline:
    store = _state(request).store
    events: dict[str, int] = {}
    claims: dict[str, int] = {}
    if not flag:  # a claim flag selects claims only
        events = await run_in_threadpool(
            lambda: store.events_per_day(
                type=type, actor=actor, place=place, asserted_by=speaker, since=since, until=until
            )
        )
    if not (type or actor):  # event filters select events only
        claims = await run_in_threadpool(
            lambda: store.claims_per_day(
                speaker=speaker, place=place, flag=flag, since=since, until=until
            )
        )
    return Timeline(
        days=[
            TimelineBucket(day=day, events=events.get(day, 0), claims=claims.get(day, 0))
            for day in sorted(events.keys() | claims.keys())
        ],
        truncated=False,
    )


router.include_router(ingest.router)
router.include_router(api)
router.include_router(linked.router)
router.include_router(exports.router)
