"""The HTTP API against a real store and a real uvicorn server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from api_support import error_of, sample_extractions, serving, sudzha
from claimwire.api import create_app
from claimwire.api.exports import ExportFormat
from claimwire.api.middleware import CONTENT_SECURITY_POLICY
from claimwire.api.routes import EventType
from claimwire.export import FORMATS
from claimwire.pipeline import Extractor
from claimwire.records import PLOVER_TYPES
from claimwire.serialize import extraction_to_dict
from claimwire.settings import Settings
from claimwire.store import Store, open_store

TOKEN = "test-token-5b1f"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("api") / "api.db"
    with open_store(str(path)) as store:
        for extraction in sample_extractions():
            store.save(extraction)
        yield store


@pytest.fixture(scope="module")
def client(store: Store) -> Iterator[httpx.Client]:
    app = create_app(Settings(db=store.url), store=store)
    with serving(app) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def items(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


# ---------------------------------------------------------------- reading


def test_health_says_read_only_without_token(client: httpx.Client) -> None:
    assert client.get("/api/health").json() == {
        "status": "ok",
        "version": "0.1.0",
        "writable": False,
    }


def test_enumerations_agree_with_their_sources() -> None:
    # The Literals the API validates with must be the lists they stand for.
    assert list(EventType.__args__) == list(PLOVER_TYPES)
    assert list(ExportFormat.__args__) == list(FORMATS)


def test_article_is_returned_whole(client: httpx.Client) -> None:
    response = client.get("/api/articles/sudzha-1")
    assert response.status_code == 200
    assert response.json() == extraction_to_dict(sudzha())


def test_articles_page_by_cursor(client: httpx.Client) -> None:
    first = client.get("/api/articles", params={"limit": 3}).json()
    assert [a["id"] for a in first["items"]] == ["kharkiv-1", "hostile-1", "sudzha-1"]
    assert first["next"].startswith("/api/articles?")
    second = client.get(first["next"]).json()
    assert [a["id"] for a in second["items"]] == ["sudzha-3", "sudzha-2"]
    assert second["next"] is None
    summary = first["items"][2]
    assert (summary["claims"], summary["events"], summary["places"]) == (2, 2, 2)


def test_claims_carry_flags_and_responses(client: httpx.Client) -> None:
    claims = items(client, "/api/claims", speaker="ukraine")
    assert [(c["article"], c["id"]) for c in claims] == [("sudzha-1", "c1")]
    assert claims[0]["flags"] == ["unverified"]
    assert claims[0]["responses"] == [
        {"id": "r1", "party_name": "Russian Ministry of Defence", "kind": "denied"}
    ]
    denials = items(client, "/api/claims", flag="denial")
    assert [c["speaker_name"] for c in denials] == ["Russian Ministry of Defence"]


def test_claims_filter_by_words(client: httpx.Client) -> None:
    claims = items(client, "/api/claims", q="repelled")
    assert {(c["article"], c["id"]) for c in claims} == {("sudzha-1", "c2"), ("sudzha-2", "c1")}
    only_denials = items(client, "/api/claims", q="repelled", flag="denial")
    assert [(c["article"], c["id"]) for c in only_denials] == [("sudzha-1", "c2")]
    in_kherson = items(client, "/api/claims", q="shelling", place="kherson")
    assert [c["article"] for c in in_kherson] == ["hostile-1"]
    assert items(client, "/api/claims", q="repelled", since="2024-08-15") == [
        items(client, "/api/claims", flag="denial")[0]
    ]


def test_claims_filter_by_day(client: httpx.Client) -> None:
    claims = items(client, "/api/claims", since="2024-08-16", until="2024-08-19")
    assert {c["article"] for c in claims} == {"hostile-1"}


def test_events_filter_by_type_place_and_speaker(client: httpx.Client) -> None:
    assert {e["article"] for e in items(client, "/api/events", type="ASSAULT")} == {
        "sudzha-1",
        "sudzha-2",
        "sudzha-3",
        "kharkiv-1",
        "hostile-1",
    }
    rejects = items(client, "/api/events", type="REJECT")
    assert [(e["article"], e["id"], e["asserted_by"]) for e in rejects] == [
        ("sudzha-1", "e2", "Russian Ministry of Defence")
    ]
    assert rejects[0]["place_ref"]["name"] == "Sudzha"
    by_speaker = items(client, "/api/events", asserted_by="kharkiv")
    assert [e["article"] for e in by_speaker] == ["kharkiv-1"]
    by_actor = items(client, "/api/events", actor="UKR", type="ASSAULT")
    assert [e["article"] for e in by_actor] == ["sudzha-1", "sudzha-3", "sudzha-2"]


def test_events_filter_by_bbox_and_radius(client: httpx.Client) -> None:
    kursk_box = items(client, "/api/events", bbox="34.5,50.8,36.5,52")
    assert {e["place_ref"]["name"] for e in kursk_box} == {"Sudzha"}
    near_kharkiv = items(client, "/api/events", near="50.0,36.2,30")
    assert [e["article"] for e in near_kharkiv] == ["kharkiv-1"]
    nowhere = items(client, "/api/events", near="0,0,10")
    assert nowhere == []


def test_event_detail_has_claim_and_responses(client: httpx.Client) -> None:
    detail = client.get("/api/articles/sudzha-1/events/e1").json()
    assert detail["event"]["type"] == "ASSAULT"
    assert detail["claim"]["id"] == "c1"
    assert [r["kind"] for r in detail["responses"]] == ["denied"]
    missing = client.get("/api/articles/sudzha-1/events/e9")
    assert error_of(missing)["code"] == "not_found"


def test_places_entities_and_responses(client: httpx.Client) -> None:
    places = items(client, "/api/places", country="rus")
    assert {p["name"] for p in places} == {"Sudzha", "Kursk Oblast"}
    assert {p["name"] for p in items(client, "/api/places", near="46.6,32.6,20")} == {
        "<svg onload=window.__claimwire_pwned='place'>Kherson"
    }
    people = items(client, "/api/entities", kind="person", name="syniehubov")
    assert [(e["article"], e["id"]) for e in people] == [("kharkiv-1", "ent2")]
    denials = items(client, "/api/responses", kind="denied")
    assert [(r["article"], r["party_name"]) for r in denials] == [
        ("sudzha-1", "Russian Ministry of Defence")
    ]
    assert items(client, "/api/responses", kind="confirmed") == []


def test_search_finds_articles_and_claims(client: httpx.Client) -> None:
    hits = items(client, "/api/search", q="repelled")
    assert ("claim", "sudzha-1", "c2") in {(h["kind"], h["article"], h["claim"]) for h in hits}
    assert items(client, "/api/search", q="zeppelin") == []


def test_timeline_counts_per_day(client: httpx.Client) -> None:
    days = client.get("/api/timeline").json()
    assert days["truncated"] is False
    by_day = {d["day"]: (d["events"], d["claims"]) for d in days["days"]}
    # Events count on their own date (else the publication day), claims on publication.
    assert by_day["2024-08-13"] == (3, 0)  # the same attack, dated by three reports
    assert by_day["2024-08-14"] == (0, 2)
    assert by_day["2024-08-15"] == (1, 2)
    assert by_day["2024-08-20"] == (0, 2)
    only_denials = client.get("/api/timeline", params={"flag": "denial"}).json()
    assert only_denials["days"] == [{"day": "2024-08-15", "events": 0, "claims": 1}]


def test_timeline_counts_past_the_old_cap(client: httpx.Client, tmp_path: Path) -> None:
    """Every match is counted (the endpoint once stopped at 2,000 of each)."""
    copies = 500
    one = client.get("/api/timeline").json()["days"]
    with open_store(str(tmp_path / "many.db")) as many:
        many.save_many(
            replace(x, article=replace(x.article, id=f"{x.article.id}-{i}"))
            for i in range(copies)
            for x in sample_extractions()
        )
        app = create_app(Settings(db=many.url), store=many)
        with serving(app) as server, httpx.Client(base_url=server.url, timeout=30) as big:
            counted = big.get("/api/timeline").json()
            denials = big.get("/api/timeline", params={"flag": "denial"}).json()
    assert sum(d["events"] for d in counted["days"]) > 2000
    assert sum(d["claims"] for d in counted["days"]) > 2000
    assert counted == {
        "days": [
            {**d, "events": d["events"] * copies, "claims": d["claims"] * copies} for d in one
        ],
        "truncated": False,
    }
    assert denials["days"] == [{"day": "2024-08-15", "events": 0, "claims": copies}]


# ---------------------------------------------------------------- across articles


def test_cluster_shows_corroboration_and_contradictions(client: httpx.Client) -> None:
    # Either side's mention leads to the same cluster.
    picture = client.get("/api/clusters/sudzha-2/e1").json()
    assert picture == client.get("/api/clusters/sudzha-1/e1").json()
    assert picture["type"] == "ASSAULT"
    assert {s["mention"] for s in picture["sources"]} == {
        "sudzha-1/e1",
        "sudzha-2/e1",
        "sudzha-3/e1",
    }
    assert picture["independent_sources"] == 3
    assert set(picture["asserted_by"]) == {
        "Armed Forces of Ukraine",
        "Ukrainian commanders",
        "Russian Ministry of Defence",
    }
    by_mention = {s["mention"]: s for s in picture["sources"]}
    assert by_mention["sudzha-2/e1"]["claim"].startswith("its forces had repelled")
    kinds = {c["kind"] for c in picture["contradictions"]}
    assert "outcome" in kinds
    assert {(r["party"], r["kind"]) for r in picture["responses"]} == {
        ("Russian Ministry of Defence", "denied"),
        ("Government of Ukraine", "no_response"),
    }
    history = client.get("/api/clusters/sudzha-1/e1/history").json()
    assert [step["article"] for step in history] == ["sudzha-2", "sudzha-3", "sudzha-1"]
    assert history[0]["picture"]["contradictions"] == []
    assert error_of(client.get("/api/clusters/nope/e9"))["code"] == "not_found"


def test_contradictions_list_and_pages(client: httpx.Client) -> None:
    listed = items(client, "/api/contradictions")
    outcome = {frozenset((c["first"], c["second"])) for c in listed if c["kind"] == "outcome"}
    # Moscow's "repelled" against each report of the capture.
    assert outcome == {
        frozenset(("sudzha-1/e1", "sudzha-2/e1")),
        frozenset(("sudzha-3/e1", "sudzha-2/e1")),
    }
    assert items(client, "/api/contradictions", kind="tally") == []
    assert items(client, "/api/contradictions", since="2024-09-01") == []
    paged: list[dict[str, Any]] = []
    url: str | None = "/api/contradictions?limit=1"
    while url:
        page = client.get(url).json()
        assert len(page["items"]) == 1
        paged += page["items"]
        url = page["next"]
    assert paged == listed


def test_exports(client: httpx.Client) -> None:
    geo = client.get("/api/export/geojson")
    assert geo.headers["content-type"] == "application/geo+json"
    features = geo.json()["features"]
    assert {f["properties"]["place"] for f in features} >= {"Sudzha", "Kharkiv"}
    acled = client.get("/api/export/acled", params={"since": "2024-08-19"})
    assert acled.headers["content-type"].startswith("text/csv")
    assert "attachment" in acled.headers["content-disposition"]
    lines = acled.text.splitlines()
    assert lines[0].startswith("event_id_cnty,event_date")
    assert [line.split(",")[0] for line in lines[1:]] == ["UKR-kharkiv-1-e1"]
    plover = client.get("/api/export/plover").text.splitlines()
    assert len(plover) == 6  # every event of the five articles
    assert error_of(client.get("/api/export/pdf"))["status"] == 422


# ---------------------------------------------------------------- errors


def test_errors_have_one_shape(client: httpx.Client) -> None:
    assert error_of(client.get("/api/articles/nope"))["code"] == "not_found"
    assert error_of(client.get("/api/nowhere"))["code"] == "not_found"
    assert error_of(client.delete("/api/claims"))["code"] == "method_not_allowed"
    invalid = error_of(client.get("/api/claims", params={"limit": 0}))
    assert invalid["code"] == "invalid_request"
    assert invalid["details"][0]["loc"] == ["query", "limit"]
    assert error_of(client.get("/api/events", params={"type": "PICNIC"}))["status"] == 422
    assert error_of(client.get("/api/events", params={"bbox": "1,2,3"}))["status"] == 422
    assert error_of(client.get("/api/events", params={"bbox": "10,60,20,50"}))["status"] == 422
    assert error_of(client.get("/api/events", params={"near": "95,0,10"}))["status"] == 422
    assert error_of(client.get("/api/claims", params={"cursor": "not-a-cursor"}))["code"] == (
        "invalid_cursor"
    )


def test_unexpected_errors_are_logged_not_shown(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = open_store(str(tmp_path / "closed.db"))
    broken.close()  # every query now fails inside sqlite3
    with serving(create_app(Settings(db=broken.url), store=broken)) as server:
        response = httpx.get(f"{server.url}/api/claims")
    error = error_of(response)
    assert error == {
        "code": "internal_error",
        "message": "an unexpected error occurred; it has been logged",
        "status": 500,
    }
    assert "sqlite" not in response.text.lower()
    assert any("unhandled error on GET /api/claims" in r.getMessage() for r in caplog.records)


def test_security_headers_everywhere(client: httpx.Client) -> None:
    for path in ("/", "/api/claims", "/api/nowhere", "/static/app.js", "/docs"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY, path
        assert headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY


def test_pages_load_nothing_from_elsewhere(client: httpx.Client) -> None:
    for path in ("/", "/docs"):
        html = client.get(path).text
        for outside in ("http://", "https://", "//cdn"):
            assert outside not in html, path
        assert "<script>" not in html  # scripts only from files (no inline script)
    assert client.get("/openapi.json").json()["info"]["title"] == "claimwire"
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200


# ---------------------------------------------------------------- writing


def test_read_only_server_refuses_writes(client: httpx.Client) -> None:
    response = client.post("/api/articles", json={"text": "Kyiv said nothing."})
    assert error_of(response)["code"] == "read_only"
    assert response.status_code == 403


@pytest.fixture(scope="module")
def writer(
    tmp_path_factory: pytest.TempPathFactory, settings: Settings, extractor: Extractor
) -> Iterator[tuple[httpx.Client, Store]]:
    path = tmp_path_factory.mktemp("api-write") / "write.db"
    with open_store(str(path)) as store:
        app = create_app(
            settings.with_(db=str(path), api_token=TOKEN, api_max_body=20_000),
            store=store,
            extractor=extractor,
        )
        with serving(app) as server, httpx.Client(base_url=server.url, timeout=60) as client:
            yield client, store


AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORT = (
    "Ukraine's foreign ministry said on Friday that talks with Hungary would resume next week. "
    "Budapest did not respond to a request for comment."
)


def test_post_needs_the_token(writer: tuple[httpx.Client, Store]) -> None:
    client, _ = writer
    missing = client.post("/api/articles", json={"text": REPORT})
    assert error_of(missing)["code"] == "unauthorized"
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post(
        "/api/articles", json={"text": REPORT}, headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 401


def test_post_json_extracts_and_stores(writer: tuple[httpx.Client, Store]) -> None:
    client, store = writer
    response = client.post(
        "/api/articles",
        json={"text": REPORT, "title": "Talks", "published": "2024-09-06", "id": "talks-1"},
        headers=AUTH,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["schema"] == "claimwire.article/1"
    assert body["article"]["id"] == "talks-1"
    assert body["article"]["text"] == REPORT
    assert response.headers["location"] == "/api/articles/talks-1"
    assert store.get_extraction("talks-1").article.title == "Talks"
    assert client.get("/api/articles/talks-1").json() == body


def test_post_plain_text_with_metadata_in_query(writer: tuple[httpx.Client, Store]) -> None:
    client, store = writer
    response = client.post(
        "/api/articles",
        content=REPORT.replace("Friday", "Thursday").encode("utf-8"),
        params={"source": "Wire", "published": "2024-09-05", "id": "talks-2"},
        headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 201, response.text
    assert store.get_extraction("talks-2").article.source == "Wire"


def test_post_refuses_bad_bodies(writer: tuple[httpx.Client, Store]) -> None:
    client, _ = writer
    both = client.post("/api/articles", json={"text": "a", "html": "<p>a</p>"}, headers=AUTH)
    assert error_of(both)["code"] == "invalid_request"
    unknown = client.post("/api/articles", json={"txt": REPORT}, headers=AUTH)
    assert error_of(unknown)["status"] == 422
    not_json = client.post(
        "/api/articles", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert error_of(not_json)["status"] == 422
    image = client.post(
        "/api/articles", content=b"\x89PNG", headers={**AUTH, "Content-Type": "image/png"}
    )
    assert error_of(image)["code"] == "unsupported_media_type"
    latin = client.post(
        "/api/articles",
        content="Kyiv said \xe9".encode("latin-1"),
        headers={**AUTH, "Content-Type": "text/plain"},
    )
    assert error_of(latin)["code"] == "invalid_input"


def test_post_body_size_is_limited(writer: tuple[httpx.Client, Store]) -> None:
    client, store = writer
    before = store.count()
    big = "Kyiv said the talks went well. " * 1000  # ~31 kB > the 20 kB limit
    declared = client.post(
        "/api/articles", content=big.encode(), headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert error_of(declared)["code"] == "payload_too_large"
    assert declared.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        for _ in range(40):
            yield b"Kyiv said the talks went well. " * 20

    chunked = client.post(
        "/api/articles", content=chunks(), headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert chunked.status_code == 413
    assert store.count() == before
