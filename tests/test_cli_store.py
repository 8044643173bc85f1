"""The store's commands: ingest, claims/events/places, search, db upgrade/info."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimwire.cli import main
from claimwire.store import open_store
from claimwire.store.schema import MIGRATIONS
from store_support import BACKENDS, make_backend_url, sample_extraction


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_backend_url(request.param, str(tmp_path))


@pytest.fixture
def filled(db_url: str) -> str:
    with open_store(db_url) as store:
        store.save(sample_extraction("a1", "2024-08-15"))
        store.save(sample_extraction("a2", "2024-08-16", title="Second report"))
    return db_url


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # rich wraps tables to the terminal's width; make it wide enough to read whole cells.
    monkeypatch.setenv("COLUMNS", "240")


def _json_lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_ingest_is_idempotent_and_reports_bad_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "one.txt").write_text(
        "Officials in Kyiv said on Tuesday that repairs to the power grid would take weeks.\n",
        "utf-8",
    )
    (docs / "two.txt").write_text(
        "The mayor said the city would open three more shelters before winter.\n", "utf-8"
    )
    (docs / "empty.txt").write_text("", "utf-8")
    (docs / "rows.jsonl").write_text(
        json.dumps({"id": "row1", "text": "Talks resumed in Geneva on Monday, diplomats said."})
        + "\n{not json\n",
        "utf-8",
    )
    db = str(tmp_path / "news.db")
    assert main(["ingest", str(docs), "--db", db, "--published", "2024-08-15"]) == 0
    out, err = capsys.readouterr()
    assert "3 new, 0 updated, 0 unchanged; 2 skipped" in out
    assert "empty.txt" in err
    assert "line 2" in err
    assert "Traceback" not in err
    assert main(["ingest", str(docs), "--db", db, "--published", "2024-08-15"]) == 0
    out, _ = capsys.readouterr()
    assert "0 new, 0 updated, 3 unchanged" in out
    with open_store(db) as store:
        assert store.count("articles") == 3
        assert store.get_extraction("row1").article.published == "2024-08-15"


def test_ingest_fails_only_when_nothing_could_be_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_text("  \n", "utf-8")
    db = str(tmp_path / "news.db")
    assert (
        main(["ingest", str(tmp_path / "empty.txt"), str(tmp_path / "nope.txt"), "--db", db]) == 1
    )
    _, err = capsys.readouterr()
    assert "nope.txt: no such file or folder" in err
    assert "error: nothing could be ingested (2 inputs skipped)" in err
    assert main(["ingest", str(tmp_path / "empty.txt"), "--db", db, "--published", "soon"]) == 1
    assert "not an ISO 8601 date" in capsys.readouterr().err


def test_claims_as_json_lines_and_as_a_table(
    filled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["claims", "--db", filled, "--speaker", "zelenskyy", "--json"]) == 0
    rows = _json_lines(capsys.readouterr().out)
    assert [(r["article"]["id"], r["claim"]["id"]) for r in rows] == [  # type: ignore[index]
        ("a2", "c1"),
        ("a1", "c1"),
    ]
    claim = rows[0]["claim"]
    assert claim["content"]["text"].startswith("his forces had captured")  # type: ignore[index]
    assert main(["claims", "--db", filled, "--flag", "denial", "--limit", "1"]) == 0
    out, err = capsys.readouterr()
    assert "Russian Ministry of Defence" in out
    assert "more: --after " in err
    cursor = err.split("--after ")[1].split()[0]
    assert main(["claims", "--db", filled, "--flag", "denial", "--after", cursor, "--json"]) == 0
    rows = _json_lines(capsys.readouterr().out)
    assert [r["article"]["id"] for r in rows] == ["a1"]  # type: ignore[index]


def test_events_and_places(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["events", "--db", filled, "--type", "ASSAULT", "--near", "51.2,35.3,20", "--json"])
        == 0
    )
    rows = _json_lines(capsys.readouterr().out)
    assert len(rows) == 4
    assert rows[0]["place"]["name"] == "Sudzha"  # type: ignore[index]
    assert rows[0]["event"]["asserted_by"] == "Volodymyr Zelenskyy"  # type: ignore[index]
    assert main(["events", "--db", filled, "--actor", "RUS"]) == 0
    out = capsys.readouterr().out
    assert "REJECT" in out
    assert "RUS → UKR" in out
    assert main(["places", "--db", filled, "--place", "kursk"]) == 0
    out = capsys.readouterr().out
    assert "Kursk Oblast" in out
    assert "Sudzha" not in out
    assert main(["events", "--db", filled, "--near", "51,35"]) == 2
    assert "--near takes 3 comma-separated numbers" in capsys.readouterr().err


def test_search_and_db_commands(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "repelled attack", "--db", filled, "--json"]) == 0
    hits = _json_lines(capsys.readouterr().out)
    assert {(h["kind"], h["article_id"], h["claim_id"]) for h in hits} >= {
        ("claim", "a1", "c2"),
        ("claim", "a2", "c2"),
    }
    assert main(["search", "nothing-like-this", "--db", filled]) == 0
    assert "no matches for 'nothing-like-this'" in capsys.readouterr().out
    assert main(["db", "info", "--db", filled, "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["schema"]["store"] == len(MIGRATIONS)
    assert info["counts"]["claims"] == 6
    assert main(["db", "upgrade", "--db", filled]) == 0
    assert "already up to date" in capsys.readouterr().out


def test_db_upgrade_creates_a_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "fresh.db")
    assert main(["db", "upgrade", "--db", db]) == 0
    out = capsys.readouterr().out
    assert all(f"applied store {m.version}" in out for m in MIGRATIONS)
    assert main(["db", "info", "--db", db]) == 0
    assert f"store v{len(MIGRATIONS)}" in capsys.readouterr().out


def test_store_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not an sqlite file at all, just some bytes" * 20)
    assert main(["claims", "--db", str(junk)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"error: {junk} is not a claimwire database (not an SQLite file)"
    assert main(["claims", "--db", str(tmp_path / "missing" / "x.db")]) == 1
    assert "does not exist" in capsys.readouterr().err
