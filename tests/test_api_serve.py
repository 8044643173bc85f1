"""`claimwire serve` as a newcomer runs it: a fresh store gets the bundled examples,
and the page and the API answer on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

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


def test_served_connections_send_each_answer_at_once() -> None:
    """With --workers, uvicorn binds the listening socket itself (protocol number 0)
    and asyncio then leaves Nagle's algorithm on for its connections: every answer
    written as headers, then body, waited ~40 ms for the client's delayed ACK. The
    protocol `claimwire serve` uses turns it off on each connection."""
    import asyncio

    import uvicorn
    from uvicorn.protocols.http.h11_impl import H11Protocol
    from uvicorn.server import ServerState

    from claimwire.api.serving import NoDelayH11Protocol

    async def app(scope: Any, receive: Any, send: Any) -> None:  # never called here
        raise AssertionError

    config = uvicorn.Config(app, log_level="warning")
    config.load()

    async def nodelay_of(kind: type[H11Protocol]) -> int:
        with socket.socket(socket.AF_INET) as listener:  # as uvicorn binds it for workers
            listener.bind(("127.0.0.1", 0))
            listener.listen()
            with socket.create_connection(listener.getsockname()) as client:
                accepted, _ = listener.accept()
                transport, _ = await asyncio.get_running_loop().connect_accepted_socket(
                    lambda: kind(config=config, server_state=ServerState(), app_state={}),
                    sock=accepted,
                )
                option = accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
                transport.close()
                await asyncio.sleep(0.05)  # lets the transport close its socket
                client.close()
        return int(option)

    assert asyncio.run(nodelay_of(H11Protocol)) == 0  # the problem: Nagle stays on
    assert asyncio.run(nodelay_of(NoDelayH11Protocol)) == 1
