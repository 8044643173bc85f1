"""API contract tests: schemathesis generates requests from the OpenAPI document and
checks every response against it (no server errors, documented status codes,
content types and bodies that conform to their schemas).

The number of examples per operation is bounded so that the whole file runs in
well under a minute; ``derandomize`` keeps CI runs repeatable.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api_support import sample_extractions, serving
from claimwire.api import create_app
from claimwire.pipeline import Extractor
from claimwire.settings import Settings
from claimwire.store import open_store

TOKEN = "contract-token-9d2"
EXAMPLES = 10
#: Parameters whose validity the schema cannot fully state.
OPAQUE = {"cursor", "bbox", "near"}


@pytest.fixture(scope="module")
def contract_server(
    tmp_path_factory: pytest.TempPathFactory, settings: Settings, extractor: Extractor
) -> Iterator[tuple[str, Any]]:
    path = tmp_path_factory.mktemp("contract") / "contract.db"
    with open_store(str(path)) as store:
        for extraction in sample_extractions():
            store.save(extraction)
        app = create_app(
            settings.with_(db=str(path), api_token=TOKEN, api_max_body=50_000),
            store=store,
            extractor=extractor,
        )
        with serving(app) as server:
            yield server.url, app


@pytest.fixture(scope="module")
def api_schema(contract_server: tuple[str, Any]) -> Any:
    _, app = contract_server
    return schemathesis.openapi.from_dict(app.openapi())


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_openapi_document(case: Any, contract_server: tuple[str, Any]) -> None:
    url, _ = contract_server
    excluded = []
    if case.method == "POST" or set(case.query or {}) & OPAQUE:
        # A schema-valid request may still be refused for what its values say: an
        # article with no English text in it, a cursor this API never gave out, a
        # bbox whose south is north of its north. Only there is a 4xx no failure.
        excluded.append(schemathesis.checks.positive_data_acceptance)
    case.call_and_validate(
        base_url=url, headers={"Authorization": f"Bearer {TOKEN}"}, excluded_checks=excluded
    )
