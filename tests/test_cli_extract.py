"""`claimwire extract` and the CLI's error handling: exit codes, one-line errors,
no tracebacks, JSONL streaming."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from claimwire.cli import main
from claimwire.serialize import json_schema

REPORT = (
    "Georgia's prime minister said on Thursday that the government would suspend talks "
    "on joining the European Union until 2028.\n"
    "Opposition leaders accused him of betraying the country's constitution, and "
    "thousands of protesters gathered outside parliament in Tbilisi."
)
SECOND = (
    "Kenya's interior ministry said on Monday that at least 12 people were killed when "
    "floods swept through a village north of Nairobi."
)
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path_factory.getbasetemp().parent / "claimwire-test-cache"
    monkeypatch.setenv("CLAIMWIRE_CACHE_DIR", str(cache))


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_text_file_prints_valid_article_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "georgia.txt"
    path.write_text(REPORT + "\nAdvertisement\n", "utf-8")
    code, out, err = _run(
        ["extract", str(path), "--published", "2024-11-28", "--indent", "2"], capsys
    )
    assert code == 0, err
    assert out.startswith("{\n  ")  # indented
    data = json.loads(out)
    jsonschema.validate(data, json_schema())
    assert data["schema"] == "claimwire.article/1"
    assert data["article"]["text"] == REPORT
    assert data["article"]["published"] == "2024-11-28"


def test_extract_jsonl_streams_one_line_each_and_reports_bad_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "g1", "text": REPORT, "published": "2024-11-28"}),
                "{oops",
                json.dumps({"id": "k1", "text": SECOND}),
                json.dumps({"id": "e1", "text": ""}),
            ]
        ),
        "utf-8",
    )
    code, out, err = _run(["extract", str(path), "--published", "2024-05-06"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert [json.loads(line)["article"]["id"] for line in lines] == ["g1", "k1"]
    assert json.loads(lines[1])["article"]["published"] == "2024-05-06"
    assert "line 2" in err
    assert "not valid JSON" in err
    assert "line 4" in err
    assert "skipped 2" in err
    assert "Traceback" not in err


def test_extract_fails_only_when_nothing_could_be_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n[1, 2]\n", "utf-8")
    code, out, err = _run(["extract", str(path)], capsys)
    assert code == 1
    assert out == ""
    assert "nothing could be extracted" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.5 rest", "is a PDF document, not text"),
        (b"   \n ", "no text"),
        (
            "Die Regierung in Berlin erklärte am Montag, sie werde die Hilfe für die Ukraine "
            "fortsetzen und weitere Luftabwehrsysteme liefern.".encode(),
            "English only",
        ),
    ],
)
def test_single_document_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    code, out, err = _run(["extract", str(path)], capsys)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("error: ")
    assert message in err
    assert str(path) in err


def test_missing_file_and_bad_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["extract", str(tmp_path / "missing.txt")], capsys)
    assert (code, err.strip()) == (1, f"error: no such file or folder: {tmp_path / 'missing.txt'}")
    (tmp_path / "a.txt").write_text(REPORT, "utf-8")
    code, _, err = _run(["extract", str(tmp_path / "a.txt"), "--published", "soon"], capsys)
    assert code == 1
    assert "not an ISO 8601 date" in err
    code, _, err = _run(["extract", str(tmp_path / "a.txt"), "--format", "pdf"], capsys)
    assert code == 1
    assert "unknown format 'pdf'" in err
    code, _, err = _run(["extract", str(tmp_path / "a.txt"), "--model", "no_such_model"], capsys)
    assert code == 1
    assert "no spaCy model 'no_such_model'" in err


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["frobnicate"], capsys)
    assert code == 2
    assert "No such command" in err


def test_internal_errors_are_one_line_without_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import claimwire.pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(claimwire.pipeline.Extractor, "__init__", broken)
    monkeypatch.delenv("CLAIMWIRE_DEBUG", raising=False)
    (tmp_path / "a.txt").write_text(REPORT, "utf-8")
    code, _, err = _run(["extract", str(tmp_path / "a.txt")], capsys)
    assert code == 70
    assert err.startswith("error: internal error (RuntimeError: boom)")
    assert "Traceback" not in err


def test_stdin_through_the_installed_entry_point(tmp_path: Path) -> None:
    """The real process: stdin, sniffed as JSONL, and a bad line on stderr."""
    rows = json.dumps({"id": "s1", "text": SECOND, "published": "2024-05-06"}) + "\n{bad\n"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CLAIMWIRE_CACHE_DIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "claimwire.cli", "extract", "-"],
        input=rows.encode(),
        capture_output=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    (line,) = proc.stdout.decode().splitlines()
    assert json.loads(line)["article"]["id"] == "s1"
    stderr = proc.stderr.decode()
    assert "line 2" in stderr
    assert "Traceback" not in stderr


def test_extract_html_page_and_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (
        "<html><head><title>Tbilisi protests</title>"
        '<meta property="og:site_name" content="Caucasus Wire">'
        '<meta property="article:published_time" content="2024-11-29"></head><body>'
        "<nav><a href='/'>Home</a></nav><article>"
        + "".join(f"<p>{p}</p>" for p in REPORT.split("\n"))
        + "</article></body></html>"
    )
    (tmp_path / "a.html").write_text(page, "utf-8")
    (tmp_path / "b.txt").write_text(SECOND, "utf-8")
    code, out, err = _run(["extract", str(tmp_path / "a.html")], capsys)
    assert code == 0, err
    article = json.loads(out)["article"]
    assert (article["source"], article["published"]) == ("Caucasus Wire", "2024-11-29")
    assert article["text"] == REPORT
    code, out, err = _run(["extract", str(tmp_path), "--indent", "2"], capsys)
    assert code == 0, err
    # Several articles: one compact JSON object per line, whatever --indent says.
    assert [json.loads(line)["article"]["text"] for line in out.splitlines()] == [REPORT, SECOND]


def test_stdin_single_text_and_its_errors(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    class Stdin:
        def __init__(self, data: bytes) -> None:
            self.buffer = io.BytesIO(data)

    monkeypatch.setattr("sys.stdin", Stdin(("\n\n" + REPORT).encode("utf-16")))
    code, out, err = _run(["extract", "-", "--published", "2024-11-28"], capsys)
    assert code == 0, err
    assert json.loads(out)["article"]["text"] == REPORT
    monkeypatch.setattr("sys.stdin", Stdin(b"\n\n   \n"))
    code, out, err = _run(["extract", "-"], capsys)
    assert code == 1
    assert err.strip() == "error: <stdin>: input holds no text; there is no report to extract from"
