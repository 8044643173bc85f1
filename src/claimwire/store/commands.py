"""The `claimwire` commands of the store stage: ingest, list, search, db."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from claimwire.errors import ConfigError, InputError
from claimwire.records import Article, Extraction
from claimwire.settings import Settings
from claimwire.store.rows import ClaimRow, EventRow, PlaceRow, SaveStats, SearchHit

__all__ = ["ingest", "register"]

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLite file or postgresql:// URL. Default: $CLAIMWIRE_DB, else ./claimwire.db.",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many rows.")]
AfterOption = Annotated[
    str | None,
    typer.Option("--after", help="Page cursor: show the rows after this one.", show_default=False),
]
NearOption = Annotated[
    str | None,
    typer.Option(help="LAT,LON,KM: within KM kilometres of a point.", show_default=False),
]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="From this day on (YYYY-MM-DD).", show_default=False)
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Up to this day (YYYY-MM-DD).", show_default=False)
]


def _settings(db: str | None) -> Settings:
    return Settings.from_env(db=db)


# ---------------------------------------------------------------- ingest


class NothingIngestedError(InputError):
    """Not one input could be turned into a stored article."""


def _articles(
    paths: list[Path], fmt: str, published: str | None, report: Callable[[str], None]
) -> Iterator[Article]:
    """Articles from every path; each bad input is reported in one line and skipped."""
    from claimwire.ingest import read_path
    from claimwire.pipeline import parse_published

    for path in paths:
        if not path.exists():
            report(f"{path}: no such file or folder")
            continue
        for item in read_path(path, fmt, published=published):
            if isinstance(item, InputError):
                report(str(item))
                continue
            article = item
            try:
                parse_published(article.published)
            except InputError as exc:
                report(f"{article.id}: {exc}")
                continue
            yield article


def _chunks(items: Iterable[Extraction], size: int) -> Iterator[list[Extraction]]:
    chunk: list[Extraction] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Files or folders: text, HTML or JSONL (one article per line)."),
    ],
    db: DbOption = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date (YYYY-MM-DD) for inputs that carry none.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option("--format", help="auto, text, html, jsonl, feed or warc."),
    ] = "auto",
) -> None:
    """Extract from articles and store them with all their records.

    Idempotent: an article already stored with the same content is left alone.
    Bad inputs are reported one per line and skipped; the exit status is non-zero
    only when nothing could be stored. Ctrl-C never leaves half an article.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from claimwire.ingest import FORMATS
    from claimwire.pipeline import Extractor, parse_published
    from claimwire.store.store import open_store

    if fmt not in FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if published:
        parse_published(published)
    settings = _settings(db)
    err = Console(stderr=True)
    problems: list[str] = []

    def report(message: str) -> None:
        problems.append(message)
        err.print(f"skipped: {message}", markup=False, highlight=False, soft_wrap=True)

    stats = SaveStats(failed=[])
    with open_store(settings=settings) as store:
        extractor = Extractor(settings)
        progress = Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        )
        with progress:
            task = progress.add_task("ingest", total=None)
            articles = _articles(paths, fmt, published, report)
            extractions = extractor.extract_many(
                articles, on_error=lambda article, error: report(str(error))
            )
            for chunk in _chunks(extractions, settings.batch_size):
                part = store.save_many(chunk)
                stats.new += part.new
                stats.updated += part.updated
                stats.unchanged += part.unchanged
                for article_id, reason in part.failed or ():
                    report(f"{article_id}: {reason}")
                progress.advance(task, len(chunk))
    stored = stats.new + stats.updated + stats.unchanged
    typer.echo(
        f"{stored} article{'s' * (stored != 1)} in {store.url}: {stats.new} new, "
        f"{stats.updated} updated, {stats.unchanged} unchanged"
        + (f"; {len(problems)} skipped" if problems else "")
    )
    if stored == 0:
        raise NothingIngestedError(
            f"nothing could be ingested ({len(problems)} input{'s' * (len(problems) != 1)} skipped)"
            if problems
            else "no articles found in the given paths"
        )


# ---------------------------------------------------------------- listing


def _json_line(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)


def _article_ref(row: ClaimRow | EventRow | PlaceRow) -> dict[str, Any]:
    return {
        "id": row.article_id,
        "title": row.title,
        "published": row.published,
        "source": row.source,
        "url": row.url,
    }


def _cut(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(
    title: str, columns: list[str], rows: list[list[str]], more: str | None, empty: str = ""
) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not rows:
        console.print(empty or f"no {title} found", style="dim")
        return
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)
    if more:
        Console(stderr=True).print(f"more: --after {more}", style="dim")


def _emit(
    rows: list[Any],
    as_json: bool,
    limit: int,
    to_json: Callable[[Any], dict[str, Any]],
    title: str,
    columns: list[str],
    to_cells: Callable[[Any], list[str]],
) -> None:
    if as_json:
        for row in rows:
            typer.echo(_json_line(to_json(row)))
        return
    more = rows[-1].cursor if rows and len(rows) >= limit else None
    _print_table(title, columns, [to_cells(r) for r in rows], more)


def _floats(value: str | None, count: int, option: str) -> tuple[float, ...] | None:
    if value is None:
        return None
    try:
        numbers = tuple(float(v) for v in value.split(","))
    except ValueError:
        numbers = ()
    if len(numbers) != count:
        raise ConfigError(f"{option} takes {count} comma-separated numbers, got {value!r}")
    return numbers


def claims_command(
    db: DbOption = None,
    speaker: Annotated[
        str | None, typer.Option(help="Speaker name contains this.", show_default=False)
    ] = None,
    place: Annotated[
        str | None,
        typer.Option(help="The claim's content mentions a place named so.", show_default=False),
    ] = None,
    flag: Annotated[
        str | None,
        typer.Option(
            help="hedged, unsupported, unverified, denial or distanced.", show_default=False
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 20,
    after: AfterOption = None,
    as_json: JsonOption = False,
) -> None:
    """List stored claims (who asserts what), newest article first."""
    from claimwire.store.store import open_store

    with open_store(settings=_settings(db)) as store:
        rows = store.claims(
            speaker=speaker, place=place, flag=flag, since=since, until=until,
            limit=limit, after=after,
        )  # fmt: skip
    _emit(
        rows,
        as_json,
        limit,
        lambda r: {
            "article": _article_ref(r),
            "claim": dataclasses.asdict(r.claim),
            "cursor": r.cursor,
        },
        "claims",
        ["published", "speaker", "cue", "content", "flags", "article"],
        lambda r: [
            (r.published or "")[:10],
            r.claim.speaker_name,
            r.claim.cue.text,
            _cut(r.claim.content.text),
            ", ".join(r.claim.flags),
            r.article_id,
        ],
    )


def events_command(
    db: DbOption = None,
    type: Annotated[
        str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.", show_default=False)
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(help="Actor or recipient: ISO alpha-3 code or name.", show_default=False),
    ] = None,
    place: Annotated[
        str | None, typer.Option(help="The event's place name contains this.", show_default=False)
    ] = None,
    near: NearOption = None,
    bbox: Annotated[
        str | None,
        typer.Option(help="WEST,SOUTH,EAST,NORTH in degrees.", show_default=False),
    ] = None,
    asserted_by: Annotated[
        str | None,
        typer.Option(help="Speaker of the claim that holds the event.", show_default=False),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 20,
    after: AfterOption = None,
    as_json: JsonOption = False,
) -> None:
    """List stored events (PLOVER), newest article first."""
    from claimwire.store.store import open_store

    near_v = _floats(near, 3, "--near")
    bbox_v = _floats(bbox, 4, "--bbox")
    with open_store(settings=_settings(db)) as store:
        rows = store.events(
            type=type, actor=actor, place=place,
            near=near_v,  # type: ignore[arg-type]
            bbox=bbox_v, asserted_by=asserted_by, since=since, until=until,
            limit=limit, after=after,
        )  # fmt: skip

    def actors(r: EventRow) -> str:
        left = ", ".join(a.code or a.name for a in r.event.actors) or "?"
        right = ", ".join(a.code or a.name for a in r.event.recipients)
        return f"{left} → {right}" if right else left

    _emit(
        rows,
        as_json,
        limit,
        lambda r: {
            "article": _article_ref(r),
            "event": {**dataclasses.asdict(r.event), "asserted_by": r.asserted_by},
            "place": dataclasses.asdict(r.place) if r.place else None,
            "cursor": r.cursor,
        },
        "events",
        ["published", "type", "trigger", "actors", "place", "date", "asserted by", "article"],
        lambda r: [
            (r.published or "")[:10],
            r.event.type + ("" if r.event.modality == "actual" else f" ({r.event.modality})"),
            r.event.trigger.text,
            actors(r),
            r.place.name if r.place else "",
            r.event.date.value if r.event.date else "",
            r.asserted_by or "",
            r.article_id,
        ],
    )


def places_command(
    db: DbOption = None,
    place: Annotated[
        str | None, typer.Option(help="Place name contains this.", show_default=False)
    ] = None,
    country: Annotated[
        str | None, typer.Option(help="ISO alpha-3 country code.", show_default=False)
    ] = None,
    near: NearOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 20,
    after: AfterOption = None,
    as_json: JsonOption = False,
) -> None:
    """List places mentioned in stored articles, newest article first."""
    from claimwire.store.store import open_store

    near_v = _floats(near, 3, "--near")
    with open_store(settings=_settings(db)) as store:
        rows = store.places(
            name=place, country=country,
            near=near_v,  # type: ignore[arg-type]
            since=since, until=until, limit=limit, after=after,
        )  # fmt: skip
    _emit(
        rows,
        as_json,
        limit,
        lambda r: {
            "article": _article_ref(r),
            "place": dataclasses.asdict(r.place),
            "cursor": r.cursor,
        },
        "places",
        ["published", "place", "country", "level", "lat", "lon", "mentions", "article"],
        lambda r: [
            (r.published or "")[:10],
            r.place.name + (f" ({r.place.part})" if r.place.part else ""),
            r.place.country or "",
            r.place.level,
            f"{r.place.lat:.4f}",
            f"{r.place.lon:.4f}",
            str(len(r.place.mentions)),
            r.article_id,
        ],
    )


def search_command(
    text: Annotated[str, typer.Argument(help='Words (all must match), "a phrase", OR, -excluded.')],
    db: DbOption = None,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over stored articles and claims, best match first."""
    from claimwire.store.store import open_store

    with open_store(settings=_settings(db)) as store:
        hits = store.search(text, limit=limit)
    if as_json:
        for hit in hits:
            typer.echo(_json_line(dataclasses.asdict(hit)))
        return

    def cells(h: SearchHit) -> list[str]:
        where = h.article_id + (f" {h.claim_id}" if h.claim_id else "")
        return [f"{h.score:.3f}", h.kind, where, _cut(h.title, 40), _cut(h.snippet, 100)]

    _print_table(
        f"search: {text}", ["score", "kind", "article", "title", "snippet"],
        [cells(h) for h in hits], None, empty=f"no matches for {text!r}",
    )  # fmt: skip


# ---------------------------------------------------------------- db


db_app = typer.Typer(
    help="Manage the database: schema upgrades and what it holds.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Bring the database schema up to date (creating the database when new)."""
    from claimwire.store import migrations
    from claimwire.store.database import connect

    settings = _settings(db)
    database = connect(settings.db)
    try:
        applied = migrations.upgrade(database)
        where = database.describe()
    finally:
        database.close()
    if applied:
        for step in applied:
            typer.echo(f"applied {step}")
        typer.echo(f"{where} is up to date")
    else:
        typer.echo(f"{where} was already up to date")


@db_app.command("info")
def db_info(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Show where the database is, its schema versions and how much it holds."""
    from claimwire.store.store import open_store

    with open_store(settings=_settings(db)) as store:
        info = store.info()
    if as_json:
        typer.echo(_json_line(info))
        return
    typer.echo(f"database: {info['url']} ({info['dialect']})")
    schema = ", ".join(f"{c} v{v}" for c, v in sorted(info["schema"].items()))
    typer.echo(f"schema: {schema}")
    if "bytes" in info:
        typer.echo(f"size: {info['bytes'] / 1e6:.1f} MB")
    for table, n in info["counts"].items():
        typer.echo(f"{table:>12}: {n}")


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the `claimwire` app."""
    app.command("ingest")(ingest)
    app.command("claims")(claims_command)
    app.command("events")(events_command)
    app.command("places")(places_command)
    app.command("search")(search_command)
    app.add_typer(db_app, name="db")
