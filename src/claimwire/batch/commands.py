"""The ``claimwire batch``, ``load`` and ``watch`` commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimwire.settings import Settings

__all__ = ["register"]

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="SQLite file or postgresql:// URL [env CLAIMWIRE_DB; default claimwire.db]"
    ),
]


def batch(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="JSONL files, folders of .txt/.html, RSS/Atom files, WARC/WARC.gz files."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="Folder for the Parquet tables (created).")],
    scheduler: Annotated[
        str,
        typer.Option(
            help="'local' (processes on this machine) or tcp://HOST:PORT of a Dask scheduler."
        ),
    ] = "local",
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes, with --scheduler local.")
    ] = 1,
    shard_size: Annotated[int, typer.Option(min=1, help="Articles per shard.")] = 200,
    memory_limit: Annotated[str, typer.Option(help="Memory limit per local worker.")] = "1.5GiB",
    model: Annotated[str | None, typer.Option(help="spaCy model name.")] = None,
) -> None:
    """Extract many articles in parallel on Dask, writing Parquet tables per shard.

    Resumable: run the same command again after an interruption and finished
    shards are skipped. Records that are not articles go to OUT/rejects/ with
    their reason. Load the result with `claimwire load OUT`.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from claimwire.batch.runner import run_batch

    settings = Settings.from_env(model=model)
    with Progress(
        TextColumn("[bold]batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("shards · {task.fields[articles]} articles"),
        TimeRemainingColumn(),
        transient=False,
    ) as progress:
        task = progress.add_task("batch", total=None, articles=0)

        def planned(total: int, skipped: int) -> None:
            progress.update(task, total=total, completed=skipped)
            if skipped:
                progress.console.print(f"resuming: {skipped} of {total} shards already done")

        def finished(result: object) -> None:
            from claimwire.batch.worker import ShardResult

            assert isinstance(result, ShardResult)
            articles = progress.tasks[0].fields["articles"] + result.articles
            progress.update(task, advance=1, articles=articles)

        summary = run_batch(
            inputs,
            out,
            scheduler=scheduler,
            workers=workers,
            settings=settings,
            shard_size=shard_size,
            memory_limit=memory_limit,
            on_plan=planned,
            on_result=finished,
        )
    if summary.dashboard:
        typer.echo(f"dashboard: {summary.dashboard}")
    typer.echo(
        f"{summary.articles} articles from {summary.shards - summary.skipped} shards "
        f"({summary.skipped} already done), {summary.rejects} rejected → {out}"
    )
    if summary.shards and summary.articles == 0 and summary.skipped == 0:
        raise typer.Exit(1)


def load(
    out: Annotated[Path, typer.Argument(help="A folder written by `claimwire batch`.")],
    db: DbOption = None,
) -> None:
    """Bulk-load a batch's output into SQLite or PostgreSQL (idempotent)."""
    from claimwire.batch.load import iter_batch_extractions
    from claimwire.store import open_store

    settings = Settings.from_env(db=db)
    with open_store(settings.db, settings=settings) as store:
        stats = store.save_many(iter_batch_extractions(out))
    typer.echo(
        f"{stats.new} new, {stats.updated} updated, {stats.unchanged} unchanged articles "
        f"loaded into {settings.db}"
    )
    for article_id, reason in stats.failed or ():
        typer.echo(f"failed: {article_id}: {reason}", err=True)


def watch(
    target: Annotated[Path, typer.Argument(help="A folder of documents or an RSS/Atom file.")],
    db: DbOption = None,
    interval: Annotated[float, typer.Option(min=0.1, help="Seconds between polls.")] = 2.0,
    polls: Annotated[
        int | None, typer.Option(help="Stop after this many polls (default: run until Ctrl-C).")
    ] = None,
) -> None:
    """Ingest new articles as they appear in a folder or feed file."""
    from claimwire.batch.watch import Watcher
    from claimwire.errors import InputError
    from claimwire.pipeline import Extractor
    from claimwire.records import Article
    from claimwire.store import open_store

    settings = Settings.from_env(db=db)
    watcher = Watcher(target)
    extractor = Extractor(settings)
    with open_store(settings.db, settings=settings) as store:

        def handle(items: list[Article | InputError]) -> None:
            articles = [i for i in items if isinstance(i, Article)]
            for item in items:
                if isinstance(item, InputError):
                    typer.echo(f"skipped: {item}", err=True)
            new = 0
            for extraction in extractor.extract_many(articles):
                new += bool(store.save(extraction))
            if articles:
                typer.echo(f"{new} new of {len(articles)} articles")

        typer.echo(f"watching {target} (Ctrl-C to stop)")
        watcher.run(handle, interval=interval, max_polls=polls)


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the `claimwire` app."""
    app.command()(batch)
    app.command()(load)
    app.command()(watch)
