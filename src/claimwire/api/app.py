"""The FastAPI application: the JSON API under ``/api``, the web page at ``/``.

>>> from claimwire.api import create_app          # doctest: +SKIP
>>> app = create_app(Settings(db="claimwire.db"))  # doctest: +SKIP

``claimwire serve`` runs it with uvicorn. Everything the page needs (Leaflet,
country outlines, the API reference page) ships in ``api/static``: the page
loads nothing from elsewhere, and a strict Content-Security-Policy forbids it to.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.responses import FileResponse

from claimwire import __version__
from claimwire.api.errors import install_error_handlers
from claimwire.api.middleware import BodyLimit, SecurityHeaders
from claimwire.api.models import ErrorBody
from claimwire.api.state import ApiState
from claimwire.settings import Settings

if TYPE_CHECKING:
    from claimwire.pipeline import Extractor

__all__ = ["STATIC", "app_from_env", "create_app"]

log = logging.getLogger("claimwire.api")

STATIC = Path(__file__).resolve().parent / "static"

_DESCRIPTION = """\
claimwire's record of who claims what happened, to whom, where and when: articles,
the claims in them (speaker, cue, content, flags), responses, PLOVER events with
their places and dates, and the cross-article picture.

Every list is paginated by an opaque `cursor`; `next` is the URL of the following
page. Every error has one shape: `{"error": {"code", "message", "status"}}`.
Reading needs no token; `POST /api/articles` needs `Authorization: Bearer <token>`
(the server's `CLAIMWIRE_API_TOKEN`) and is refused with 403 when none is set.
"""

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in {
        400: "Bad request (e.g. an invalid cursor)",
        404: "Not found",
        422: "Invalid parameters",
        500: "Unexpected server error (logged server-side)",
    }.items()
}


def create_app(
    settings: Settings | None = None,
    *,
    store: Any | None = None,
    extractor: Extractor | None = None,
) -> FastAPI:
    """The app, reading ``settings.db`` (or the given ``store``, left open at shutdown).

    ``extractor`` serves ``POST /api/articles``; without one, the pipeline is loaded
    on the first such request.
    """
    settings = settings or Settings.from_env()
    state = ApiState(settings, store=store, extractor=extractor)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state.open()
        try:
            yield
        finally:
            state.close()

    app = FastAPI(
        title="claimwire",
        version=__version__,
        description=_DESCRIPTION,
        openapi_url="/openapi.json",
        docs_url=None,  # Swagger UI loads scripts from a CDN; /docs is our own page
        redoc_url=None,
        responses=_ERRORS,
        lifespan=lifespan,
    )
    app.state.api = state
    install_error_handlers(app)

    from claimwire.api import routes

    app.include_router(routes.router)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # Added last = outermost: the 413 of BodyLimit gets the security headers too.
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_env() -> FastAPI:
    """The app for settings from the environment: the factory uvicorn workers import
    (``claimwire serve --workers N``); each worker opens its own store."""
    return create_app(Settings.from_env())
