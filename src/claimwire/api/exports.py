"""``GET /api/export/{format}``: the stored events in the formats analysts use
(PLOVER JSON lines, ACLED-style CSV, GeoJSON, flat JSONL or CSV), from
:mod:`claimwire.export`."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from typing import IO, Annotated, Literal, cast

from fastapi import APIRouter, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from claimwire.api.params import Since, Until
from claimwire.api.state import ApiState

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["exports"])

#: The formats of :mod:`claimwire.export` (``FORMATS``; a test checks they agree).
ExportFormat = Literal["plover", "acled", "geojson", "jsonl", "csv"]

MEDIA_TYPES: dict[str, tuple[str, str]] = {
    "plover": ("application/x-ndjson", "jsonl"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "geojson": ("application/geo+json", "geojson"),
    "acled": ("text/csv; charset=utf-8", "csv"),
    "csv": ("text/csv; charset=utf-8", "csv"),
}


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        spool.seek(0)
        while chunk := spool.read(64 * 1024):
            yield chunk
    finally:
        spool.close()


@router.get(
    "/export/{format}",
    summary="Stored events as PLOVER, ACLED-style CSV, GeoJSON, JSONL or CSV",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The export, as a file",
            "content": {
                "application/x-ndjson": {"schema": {"type": "string"}},
                "application/geo+json": {"schema": {"type": "object"}},
                "text/csv": {"schema": {"type": "string"}},
            },
        }
    },
)
async def export(
    request: Request,
    format: Annotated[ExportFormat, Path(description="plover, acled, geojson, jsonl or csv")],
    since: Since = None,
    until: Until = None,
) -> StreamingResponse:
    state = cast(ApiState, request.app.state.api)

    from claimwire.export import write_export

    def write() -> IO[bytes]:
        # Spooled: in memory while small, on disk beyond; never the whole store in RAM.
        spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115
        text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
        write_export(state.store.iter_extractions(since, until=until), format, text)
        text.flush()
        text.detach()
        return spool

    spool = await run_in_threadpool(write)
    media, suffix = MEDIA_TYPES[format]
    return StreamingResponse(
        _chunks(spool),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="claimwire-{format}.{suffix}"'},
    )
