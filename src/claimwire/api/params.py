"""Query parameters shared by the endpoints, with their validation and documentation."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Query
from pydantic import AfterValidator

__all__ = [
    "ArticleFilter",
    "BBoxParam",
    "Cursor",
    "Limit",
    "NearParam",
    "Since",
    "Text",
    "Until",
]

_NUMBER = r"-?(\d+(\.\d*)?|\.\d+)"
Limit = Annotated[int, Query(ge=1, le=1000, description="at most this many items per page")]
Cursor = Annotated[
    str | None,
    Query(max_length=200, description="the opaque cursor of the page to get (from `next`)"),
]


def _iso_day(value: str | None) -> str | None:
    if value is not None:
        dt.date.fromisoformat(value)  # ValueError: a 422 naming the parameter
    return value


_DAY_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
Since = Annotated[
    str | None,
    Query(
        pattern=_DAY_PATTERN,
        json_schema_extra={"format": "date"},
        description="on or after this day (ISO date, `2024-08-15`)",
    ),
    AfterValidator(_iso_day),
]
Until = Annotated[
    str | None,
    Query(
        pattern=_DAY_PATTERN,
        json_schema_extra={"format": "date"},
        description="on or before this day (ISO date, `2024-08-31`)",
    ),
    AfterValidator(_iso_day),
]
BBoxParam = Annotated[
    str | None,
    Query(
        pattern=rf"^{_NUMBER},{_NUMBER},{_NUMBER},{_NUMBER}$",
        description="`west,south,east,north` in degrees (west > east crosses the antimeridian)",
        examples=["30.5,49.5,36.5,52.5"],
    ),
]
NearParam = Annotated[
    str | None,
    Query(
        pattern=rf"^{_NUMBER},{_NUMBER},{_NUMBER}$",
        description="`lat,lon,km`: within `km` kilometres of a point",
        examples=["51.21,35.27,25"],
    ),
]
ArticleFilter = Annotated[str | None, Query(max_length=200, description="only this article")]
Text = Annotated[str | None, Query(max_length=200)]
