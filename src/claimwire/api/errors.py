"""The API's one error shape, and the handlers that give every failure that shape.

Every error response, whatever raised it (a missing route, a wrong method, an
invalid query, a body too large, a bug), is::

    {"error": {"code": "not_found", "message": "no article 'x'", "status": 404}}

with ``details`` added for invalid requests. Unexpected exceptions are logged
server-side with their traceback; the client only gets a generic message.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from claimwire.errors import (
    ClaimwireError,
    ConfigError,
    InputError,
    RecordNotFoundError,
    StoreError,
)

__all__ = [
    "CODES",
    "HTTPError",
    "error_body",
    "error_response",
    "install_error_handlers",
    "validation_details",
]

log = logging.getLogger("claimwire.api")

#: The ``code`` of each HTTP status the API answers with, unless a raiser names one.
CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "too_many_requests",
    500: "internal_error",
    503: "unavailable",
}


class HTTPError(StarletteHTTPException):
    """An HTTP error with an explicit ``code`` for the error body."""

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        *,
        headers: Mapping[str, str] | None = None,
        details: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(status_code, detail=message, headers=dict(headers) if headers else None)
        self.code = code
        self.details = details


def error_body(
    status: int, message: str, code: str | None = None, details: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    error: dict[str, Any] = {
        "code": code or CODES.get(status, "error"),
        "message": message,
        "status": status,
    }
    if details is not None:
        error["details"] = details
    return {"error": error}


def error_response(
    status: int,
    message: str,
    code: str | None = None,
    *,
    details: list[dict[str, Any]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(
        error_body(status, message, code, details), status_code=status, headers=headers
    )


def validation_details(errors: Any) -> list[dict[str, Any]]:
    # Only where and what: the offending input is not echoed back (it may be large).
    details = []
    for err in errors:
        loc = [str(part) for part in err.get("loc", ())]
        details.append({"loc": loc, "message": str(err.get("msg", "")), "type": err.get("type")})
    # Round-trip through JSON so that nothing unserialisable slips through.
    return json.loads(json.dumps(details, default=str))  # type: ignore[no-any-return]


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    if isinstance(exc, HTTPError):
        return error_response(
            status, str(exc.detail), exc.code, details=exc.details, headers=exc.headers
        )
    detail = exc.detail if isinstance(exc.detail, str) else CODES.get(status, "error")
    headers = exc.headers
    if status == 404 and detail == "Not Found":
        detail = f"nothing at {request.url.path}"
    elif status == 405:
        if detail == "Method Not Allowed":
            detail = f"{request.method} is not allowed on {request.url.path}"
        headers = {**(headers or {}), "Allow": ", ".join(_allowed_methods(request))}
    return error_response(status, detail, headers=headers)


def _allowed_methods(request: Request) -> list[str]:
    # Starlette names only the methods of the first route matching the path; a path
    # may have several routes (GET and POST /api/articles), so gather them all.
    path = request.scope["path"]
    allowed: set[str] = set()
    for route in request.app.router.routes:
        regex = getattr(route, "path_regex", None)
        methods = getattr(route, "methods", None)
        if regex is not None and methods and regex.match(path):
            allowed |= set(methods)
    return sorted(allowed)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    details = validation_details(exc.errors())
    first = details[0] if details else {"loc": [], "message": "invalid request"}
    where = ".".join(first["loc"])
    message = f"{where}: {first['message']}" if where else str(first["message"])
    return error_response(422, message, "invalid_request", details=details)


async def _claimwire_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ClaimwireError)
    if isinstance(exc, InputError):
        return error_response(422, str(exc), "invalid_input")
    if isinstance(exc, RecordNotFoundError):
        return error_response(404, "the record asked for is not in the store", "not_found")
    if isinstance(exc, StoreError):
        log.error("store error on %s %s: %s", request.method, request.url.path, exc)
        return error_response(503, "the store cannot answer right now", "store_unavailable")
    if isinstance(exc, ConfigError):
        log.error("configuration error on %s %s: %s", request.method, request.url.path, exc)
        return error_response(500, "the server is misconfigured", "config_error")
    log.error("claimwire error on %s %s: %s", request.method, request.url.path, exc)
    return error_response(500, "an unexpected error occurred; it has been logged")


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "an unexpected error occurred; it has been logged")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(ClaimwireError, _claimwire_error)
    app.add_exception_handler(Exception, _unexpected)
