"""The link commands end to end: a store holding the multi-source set, then
`claimwire link / event / history / timeline / contradictions`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.linking import multisource_extractions

from claimwire.cli import main
from claimwire.store import open_store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "linked.db")
    with open_store(path) as store:
        store.save_many(multisource_extractions())
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_link_then_nothing_new(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "link", "--db", db)
    assert code == 0
    assert out.startswith("linked 14 articles; 14 linked in")
    code, out, _ = run(capsys, "link", "--db", db)
    assert out.startswith("linked 0 articles; 14 linked")
    code, out, _ = run(capsys, "link", "--db", db, "--rebuild")
    assert "linked 14 articles (rebuilt)" in out


def test_event_shows_sources_claims_responses_contradictions(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "event", "r04/e1", "--db", db)  # any mention finds it
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("r01/e1  ASSAULT  Sudzha  2024-08-15  5 articles, 3 independent")
    assert "asserted by: Volodymyr Zelensky, Russian Defence Ministry" in out
    assert "[origin r03, Reuters]" in out
    assert "Russian government  no_response" in out
    assert "outcome: Volodymyr Zelensky: taken; Russian Defence Ministry: repelled" in out
    code, out, _ = run(capsys, "event", "r06/e1", "--db", db, "--json")
    data = json.loads(out)
    assert data["deniers"] == ["Russian Defence Ministry"]
    assert (
        data["claims"]["r07/e1"]
        == "its forces had struck the Okhmatdyt children's hospital in Kyiv"
    )


def test_unknown_event_is_a_clean_error(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "event", "r99/e9", "--db", db)
    assert code != 0
    assert err.startswith("error: no event 'r99/e9'")
    assert "Traceback" not in err


def test_history(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _ = run(capsys, "history", "r01/e1", "--db", db)
    lines = out.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("1. 2024-08-15  +r01: 1 articles, 1 independent")
    assert "0 contradiction(s)" in lines[0]
    assert lines[1].endswith("1 contradiction(s)")
    assert lines[4].startswith("5. 2024-08-16  +r05")


def test_timeline_by_place_and_actor(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "timeline", "Kostiantynivka", "--db", db)
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == ["r09/e1"]
    _, out, _ = run(capsys, "timeline", "BLR", "--db", db, "--json")
    assert {json.loads(line)["cluster"] for line in out.splitlines()} == {"r13/e1", "r13/e2"}
    _code, out, _ = run(capsys, "timeline", "Atlantis", "--db", db)
    assert out.startswith("no events at or by 'Atlantis'")


def test_contradictions_since(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "contradictions", "--db", db)
    assert len(out.splitlines()) == 5
    code, out, _ = run(capsys, "contradictions", "--db", db, "--since", "2024-08-01", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert {(r["cluster"], r["kind"]) for r in rows} == {
        ("r01/e1", "outcome"),
        ("r13/e1", "denial"),
    }
    code, out, err = run(capsys, "contradictions", "--db", db, "--since", "August")
    assert code == 2
    assert "--since takes a date as YYYY-MM-DD" in err
