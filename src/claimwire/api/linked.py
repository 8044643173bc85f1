"""The cross-article endpoints, over :mod:`claimwire.link`: event clusters with their
corroboration and contradictions, their history, and all contradictions.

Like the ``claimwire event`` command, each first links the articles stored since
the last request, so answers cover the whole store.
"""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING, Annotated, Any, cast

from fastapi import APIRouter, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from claimwire.api.errors import HTTPError
from claimwire.api.models import ClusterOut, ContradictionOut, HistoryStepOut, Page
from claimwire.api.params import Since
from claimwire.api.state import ApiState
from claimwire.errors import RecordNotFoundError
from claimwire.serialize import to_plain

if TYPE_CHECKING:  # claimwire.link is imported on the first cross-article request
    from claimwire.link.linker import Linker
    from claimwire.link.picture import EventPicture

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["across articles"])

EventRef = Annotated[
    str,
    Path(
        min_length=1,
        max_length=300,
        description="a cluster id or any `ARTICLE/EVENT` key of one of its mentions",
        examples=["sudzha-1/e1"],
    ),
]


def _state(request: Request) -> ApiState:
    return cast(ApiState, request.app.state.api)


def _claim_of(linker: Linker, mention: str) -> str | None:
    article, _, event_id = mention.rpartition("/")
    try:
        extraction = linker.extraction(article)
    except (KeyError, RecordNotFoundError):
        return None
    event = next((e for e in extraction.events if e.id == event_id), None)
    if event is None or event.claim is None:
        return None
    claim = next((c for c in extraction.claims if c.id == event.claim), None)
    return claim.content.text if claim else None


def _picture(linker: Linker, picture: EventPicture) -> dict[str, Any]:
    data: dict[str, Any] = to_plain(picture)
    for source in data["sources"]:
        source["claim"] = _claim_of(linker, source["mention"])
    return data


def _cluster_of(linker: Linker, ref: str) -> str:
    cluster = linker.resolve(ref)
    if cluster in dict(linker.events.clusters()):
        return cluster
    if ref in linker.events:
        return linker.events.cluster_of(ref)
    raise HTTPError(404, "not_found", f"no event {ref!r}: give a cluster id or ARTICLE/EVENT")


@router.get(
    "/clusters/{ref:path}/history",
    response_model=list[HistoryStepOut],
    summary="How the picture of an event changed as each report arrived",
)
async def cluster_history(request: Request, ref: EventRef) -> JSONResponse:
    def answer() -> list[dict[str, Any]]:
        linker = _state(request).linker()
        return [
            {"article": s.article, "published": s.published, "picture": _picture(linker, s.picture)}
            for s in linker.history(_cluster_of(linker, ref))
        ]

    return JSONResponse(await run_in_threadpool(answer))


@router.get(
    "/clusters/{ref:path}",
    response_model=ClusterOut,
    summary="One event across articles: corroborating and contradicting sources",
)
async def cluster(request: Request, ref: EventRef) -> JSONResponse:
    def answer() -> dict[str, Any]:
        linker = _state(request).linker()
        return _picture(linker, linker.picture(_cluster_of(linker, ref)))

    return JSONResponse(await run_in_threadpool(answer))


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
        if not raw.startswith("o:"):
            raise ValueError(raw)
        return max(0, int(raw[2:]))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise HTTPError(
            400, "invalid_cursor", "cursor is not one this API gave out; start from page 1"
        ) from None


@router.get(
    "/contradictions",
    response_model=Page[ContradictionOut],
    summary="Contradictions between sources about one event, newest events first",
    description="Taken vs repelled (`outcome`), actual vs negated (`negation`), asserted "
    "vs denied (`denial`), tallies that cannot both hold (`tally`).",
)
async def contradictions(
    request: Request,
    since: Since = None,
    kind: Annotated[str | None, Query(pattern="^(outcome|negation|denial|tally)$")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    cursor: Annotated[str | None, Query(max_length=100)] = None,
) -> JSONResponse:
    from claimwire.link.persist import contradiction_rows

    start = _offset(cursor)
    state = _state(request)

    def answer() -> list[dict[str, Any]]:
        state.linker()  # links what is new
        return contradiction_rows(state.store, since=since)

    rows = [r for r in await run_in_threadpool(answer) if not kind or r["kind"] == kind]
    page = rows[start : start + limit]
    items = [
        {
            "cluster": r["cluster_id"],
            "kind": r["kind"],
            "first": r["first_key"],
            "second": r["second_key"],
            "first_by": r["first_by"],
            "second_by": r["second_by"],
            "detail": r["detail"],
            "last_day": r["last_day"],
        }
        for r in page
    ]
    following = None
    if start + limit < len(rows):
        token = base64.urlsafe_b64encode(f"o:{start + limit}".encode()).decode().rstrip("=")
        url = request.url.include_query_params(cursor=token)
        following = f"{url.path}?{url.query}"
    return JSONResponse({"items": items, "next": following})
