"""The `claimwire serve` command: the API and the web page, with uvicorn."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the `claimwire` app."""
    app.command()(serve)


def serve(
    db: Annotated[
        str | None,
        typer.Option(help="Store to read: an SQLite file or postgresql:// URL [CLAIMWIRE_DB]."),
    ] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Server processes (each with its own store).")
    ] = 1,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    examples: Annotated[
        bool,
        typer.Option(
            "--examples/--no-examples",
            help="Fill an empty store with the bundled example reports first.",
        ),
    ] = True,
) -> None:
    """Serve the web page (http://HOST:PORT/) and the JSON API (/api, /docs).

    Reading needs no token. To accept articles by POST /api/articles, set
    CLAIMWIRE_API_TOKEN; clients send it as `Authorization: Bearer TOKEN`.
    """
    import uvicorn

    from claimwire.api import create_app
    from claimwire.api.serving import NoDelayH11Protocol
    from claimwire.settings import Settings
    from claimwire.store import open_store

    settings = Settings.from_env(db=db)
    if db is not None:
        os.environ["CLAIMWIRE_DB"] = db  # for worker processes, which read the environment
    if "://" not in settings.db and not Path(settings.db).exists():
        typer.echo(
            f"claimwire: no store at {settings.db} yet; starting with an empty one "
            "(fill it with `claimwire demo` or `claimwire ingest`, or pass --db)",
            err=True,
        )
    store = open_store(settings.db)  # opened here so that a bad store fails before listening
    if examples and store.count() == 0:
        _load_examples(store, settings)
    where = f"http://{host}:{port}/"
    typer.echo(f"claimwire: serving {settings.db} at {where} (API docs at {where}docs)")
    if not settings.api_token:
        typer.echo("claimwire: read-only (set CLAIMWIRE_API_TOKEN to accept POST /api/articles)")
    options: dict[str, Any] = {
        "host": host, "port": port, "log_level": log_level, "server_header": False,
        # uvicorn formats each access line before its logger drops it: skip that
        # work where the level hides the access log anyway.
        "access_log": log_level.lower() in {"trace", "debug", "info"},
        "http": NoDelayH11Protocol,
    }  # fmt: skip
    if workers > 1:
        store.close()
        # A worker must answer the supervisor's health check soon after it starts; on
        # a busy machine importing claimwire takes longer than uvicorn's 5 s default.
        uvicorn.run(
            "claimwire.api.app:app_from_env",
            factory=True,
            workers=workers,
            timeout_worker_healthcheck=60,
            **options,
        )
        return
    try:
        uvicorn.run(create_app(settings, store=store), **options)
    finally:
        store.close()


def _load_examples(store: Any, settings: Any) -> None:
    """Extract the bundled example reports into an empty store, so that a first
    `claimwire serve` has something to show."""
    from claimwire.errors import InputError
    from claimwire.ingest import read_path
    from claimwire.ingest.demo import iter_examples
    from claimwire.pipeline import Extractor

    articles = [
        item
        for path in iter_examples()
        for item in read_path(path, settings=settings)
        if not isinstance(item, InputError)
    ]
    typer.echo(
        f"claimwire: the store is empty; extracting the {len(articles)} bundled example "
        "reports into it (--no-examples to skip)"
    )
    stats = store.save_many(Extractor(settings).extract_many(articles))
    typer.echo(f"claimwire: stored {stats.saved} example reports")
