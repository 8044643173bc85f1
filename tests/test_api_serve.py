"""`claimwire serve` as a newcomer runs it: a fresh store gets the bundled examples,
and the page and the API answer on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from claimwire.settings import Settings

SRC = Path(__file__).resolve().parent.parent / "src"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_fills_an_empty_store_with_the_examples(tmp_path: Path, settings: Settings) -> None:
    db = tmp_path / "fresh.db"
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "CLAIMWIRE_CACHE_DIR": str(settings.cache_dir),
    }
    env.pop("CLAIMWIRE_API_TOKEN", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimwire.cli", "serve", "--db", str(db), "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"claimwire serve did not start:\n{proc.communicate()[0]}")
            time.sleep(0.3)
        articles = httpx.get(f"{base}/api/articles").json()["items"]
        examples = list((SRC / "claimwire" / "data" / "examples").glob("*.txt"))
        assert len(articles) == len(examples) > 0
        page = httpx.get(f"{base}/")
        assert page.status_code == 200
        assert '<main id="main"' in page.text
    finally:
        proc.terminate()
        output = proc.communicate(timeout=20)[0]
    assert "extracting the" in output
    assert "Traceback" not in output
