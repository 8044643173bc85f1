"""The `claimwire` commands of the ingest stage: `extract` and `demo`."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from claimwire.errors import ClaimwireError, InputError
from claimwire.records import Article

__all__ = ["register"]


def _articles_reporting_errors(
    items: Iterable[Article | InputError], counts: dict[str, int]
) -> Iterator[Article]:
    """Pass articles on; report each bad document on stderr as it comes."""
    for item in items:
        if isinstance(item, InputError):
            counts["failed"] += 1
            typer.echo(f"skipped: {item}", err=True)
        else:
            counts["read"] += 1
            yield item


def extract_command(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE|-",
            help="A text, HTML or JSONL file, a folder of them, or `-` for stdin.",
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            metavar="DATE",
            help="Publication date (2024-08-15) that relative dates resolve against; "
            "wins over an HTML page's own date, fills in for JSONL rows without one.",
        ),
    ] = None,
    format: Annotated[str, typer.Option("--format", help="auto, text, html or jsonl.")] = "auto",
    indent: Annotated[
        int | None,
        typer.Option(
            "--indent", metavar="N", help="Pretty-print a single article's JSON with N spaces."
        ),
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", metavar="NAME", help="spaCy model to run on.")
    ] = None,
) -> None:
    """Extract the sourced record from a news report and print it as JSON.

    One `claimwire.article/1` object per article; with several articles (JSONL, a
    folder) one object per line. Bad documents are reported on stderr and skipped.
    """
    from claimwire.ingest import format_of, read_bytes, read_jsonl, read_path, sniff_format
    from claimwire.pipeline import Extractor
    from claimwire.serialize import extraction_to_json
    from claimwire.settings import Settings

    if indent is not None and indent < 0:
        raise InputError("--indent must be 0 or more")
    settings = Settings.from_env(model=model)
    items: Iterable[Article | InputError]
    if file == "-":
        stdin = sys.stdin.buffer
        head = [stdin.readline()]
        while head[-1] and not head[-1].strip():
            head.append(stdin.readline())
        is_jsonl = format == "jsonl" or (
            format == "auto" and sniff_format(head[-1].decode("utf-8", "replace")) == "jsonl"
        )
        if is_jsonl:
            # Stream: rows are read as the pipeline asks for them, never all at once.
            items = read_jsonl(
                itertools.chain(head, stdin), settings=settings, published=published, name="<stdin>"
            )
        else:
            items = read_bytes(
                b"".join(head) + stdin.read(),
                format=format,
                name="<stdin>",
                published=published,
                settings=settings,
            )
        single = not is_jsonl
    else:
        path = Path(file)
        items = read_path(path, format, published=published, settings=settings)
        single = path.is_file() and (
            format in {"text", "html"}
            or (format == "auto" and format_of(path) in {"text", "html", "auto"})
        )
    counts = {"read": 0, "failed": 0, "extracted": 0}
    first = _first_article(items, counts, single)
    if first is None:
        raise InputError("nothing could be extracted: every document was skipped")
    extractor = Extractor(settings)
    out_indent = indent if single else None
    articles = _articles_reporting_errors(items, counts)

    def failed(article: Article, error: ClaimwireError) -> None:
        counts["failed"] += 1
        typer.echo(f"skipped: {error}", err=True)

    for extraction in extractor.extract_many(_chain(first, articles), on_error=failed):
        counts["extracted"] += 1
        typer.echo(extraction_to_json(extraction, indent=out_indent))
    if not counts["extracted"]:
        raise InputError("nothing could be extracted: every document was skipped")
    if counts["failed"]:
        typer.echo(
            f"extracted {counts['extracted']} article(s); skipped {counts['failed']} (see above)",
            err=True,
        )


def _first_article(
    items: Iterable[Article | InputError], counts: dict[str, int], single: bool
) -> Article | None:
    """The first good article, so that no model is loaded for input that has none.

    For a single document its error is raised as is (one line, its own exit code).
    """
    for item in items:
        if isinstance(item, InputError):
            if single:
                raise item
            counts["failed"] += 1
            typer.echo(f"skipped: {item}", err=True)
            continue
        counts["read"] += 1
        return item
    return None


def _chain(first: Article, rest: Iterable[Article]) -> Iterator[Article]:
    yield first
    yield from rest


def demo_command(
    model: Annotated[
        str | None, typer.Option("--model", metavar="NAME", help="spaCy model to run on.")
    ] = None,
) -> None:
    """Run claimwire on the bundled example reports and print what it found."""
    from claimwire.ingest.demo import run_demo

    run_demo(model=model)


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the `claimwire` app."""
    app.command("extract")(extract_command)
    app.command("demo")(demo_command)
