"""The output contract: every extraction is valid ``claimwire.article/1`` and its
spans point into the article text."""

from __future__ import annotations

import jsonschema
import pytest

from claimwire import Article, Extractor, extraction_from_dict, extraction_to_dict
from claimwire.records import Span
from claimwire.serialize import json_schema

TEXT = (
    "Finland's president said on Tuesday that the border would stay closed. "
    "Russia did not respond to the claims."
)


def _spans(data: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    if isinstance(data, dict):
        if set(data) == {"start", "end", "text"}:
            found.append(data)
        for value in data.values():
            found += _spans(value)
    elif isinstance(data, list):
        for value in data:
            found += _spans(value)
    return found


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_extraction_validates_and_round_trips(extractor: Extractor) -> None:
    extraction = extractor.extract(Article(id="t1", text=TEXT, published="2024-03-06"))
    data = extraction_to_dict(extraction)
    jsonschema.validate(data, json_schema())
    assert extraction_from_dict(data) == extraction
    for span in _spans({k: v for k, v in data.items() if k != "article"}):
        assert TEXT[span["start"] : span["end"]] == span["text"]  # type: ignore[misc]


def test_span_rejects_inverted_offsets() -> None:
    with pytest.raises(ValueError, match="bad span"):
        Span(5, 2, "")
