"""``POST /api/articles``: extract from a text, an HTML page or a JSON article, and store it.

Writing needs the bearer token of ``Settings.api_token``; with no token set the
server is read-only and answers 403.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated, Any, cast

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import TypeAdapter, ValidationError

from claimwire.api.errors import HTTPError, validation_details
from claimwire.api.models import ErrorBody, ExtractionOut, IngestHtml, IngestRequest, IngestText
from claimwire.api.state import ApiState
from claimwire.records import Article
from claimwire.serialize import extraction_to_dict
from claimwire.settings import Settings

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["ingest"])

_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description="The server's `CLAIMWIRE_API_TOKEN`, as `Authorization: Bearer <token>`.",
)


def _state(request: Request) -> ApiState:
    return cast(ApiState, request.app.state.api)


def require_writer(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Only a request with the server's token may write; none may when none is set."""
    token = _state(request).settings.api_token
    if not token:
        raise HTTPError(
            403,
            "read_only",
            "this server is read-only: start it with CLAIMWIRE_API_TOKEN set to accept articles",
        )
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise HTTPError(
            401,
            "unauthorized",
            "missing or wrong token: send `Authorization: Bearer <CLAIMWIRE_API_TOKEN>`",
            headers={"WWW-Authenticate": "Bearer"},
        )


_INGEST: TypeAdapter[IngestRequest] = TypeAdapter(IngestRequest)

_REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "description": (
        "The article: a JSON object with `text` or `html` (and optional metadata), "
        "or the raw text (`text/plain`) or page (`text/html`), with metadata in the query."
    ),
    "content": {
        "application/json": {
            "schema": {"oneOf": [IngestText.model_json_schema(), IngestHtml.model_json_schema()]}
        },
        "text/plain": {"schema": {"type": "string", "minLength": 1}},
        "text/html": {"schema": {"type": "string", "minLength": 1}},
    },
}


def _decode(body: bytes, content_type: str) -> str:
    charset = "utf-8"
    for param in content_type.split(";")[1:]:
        name, _, value = param.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip('"').lower()
    try:
        return body.decode(charset)
    except LookupError:
        raise HTTPError(415, "unsupported_media_type", f"unknown charset {charset!r}") from None
    except UnicodeDecodeError:
        raise HTTPError(
            422, "invalid_input", f"the body is not valid {charset} text; send UTF-8"
        ) from None


@dataclass(frozen=True, slots=True)
class _Meta:
    """What the client says about the article (JSON fields win over the query)."""

    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None

    def over(self, other: _Meta) -> _Meta:
        return _Meta(
            *(
                getattr(self, f) or getattr(other, f)
                for f in ("id", "title", "url", "source", "published")
            )
        )


def _from_text(text: str | bytes, meta: _Meta, settings: Settings) -> Article:
    from claimwire.ingest import article_from_text

    return article_from_text(
        text, id=meta.id, title=meta.title, url=meta.url, source=meta.source,
        published=meta.published, settings=settings, origin="request body",
    )  # fmt: skip


def _from_html(html: str | bytes, meta: _Meta, settings: Settings) -> Article:
    from claimwire.ingest import article_from_html

    return article_from_html(
        html, id=meta.id, title=meta.title, url=meta.url, source=meta.source,
        published=meta.published, settings=settings, origin="request body",
    )  # fmt: skip


def _article(body: bytes, content_type: str, query: _Meta, settings: Settings) -> Article:
    media = content_type.split(";")[0].strip().lower()
    if media == "application/json":
        try:
            req = _INGEST.validate_json(body)
        except ValidationError as exc:
            details = validation_details(exc.errors())
            where = ".".join(["body", *details[0]["loc"]]) if details else "body"
            message = details[0]["message"] if details else "invalid JSON"
            raise HTTPError(
                422, "invalid_request", f"{where}: {message}", details=details
            ) from None
        meta = _Meta(req.id, req.title, req.url, req.source, req.published).over(query)
        if isinstance(req, IngestHtml):
            return _from_html(req.html, meta, settings)
        return _from_text(req.text, meta, settings)
    if media in {"text/plain", ""}:
        return _from_text(_decode(body, content_type), query, settings)
    if media in {"text/html", "application/xhtml+xml"}:
        return _from_html(_decode(body, content_type), query, settings)
    raise HTTPError(
        415,
        "unsupported_media_type",
        f"cannot ingest {media!r}: send application/json, text/plain or text/html",
    )


@router.post(
    "/articles",
    status_code=201,
    response_model=ExtractionOut,
    summary="Extract from an article and store it",
    dependencies=[Depends(require_writer)],
    openapi_extra={"requestBody": _REQUEST_BODY},
    responses={
        401: {"model": ErrorBody, "description": "Missing or wrong token"},
        403: {"model": ErrorBody, "description": "The server is read-only (no token set)"},
        413: {"model": ErrorBody, "description": "Body larger than CLAIMWIRE_API_MAX_BODY"},
        415: {"model": ErrorBody, "description": "Unsupported content type"},
    },
)
async def ingest_article(
    request: Request,
    response: Response,
    id: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: Annotated[
        str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}", description="ISO 8601 date")
    ] = None,
) -> dict[str, Any]:
    """The extraction, as `claimwire.article/1`; the article is stored (idempotently)."""
    state = _state(request)
    query = _Meta(id, title, url, source, published)
    body = await request.body()
    article = _article(body, request.headers.get("content-type", ""), query, state.settings)
    extraction = await run_in_threadpool(state.extract, article)
    await run_in_threadpool(state.save, extraction)
    response.headers["Location"] = f"/api/articles/{extraction.article.id}"
    return extraction_to_dict(extraction)
