"""The `claimwire gazetteer` commands: build the index, import GeoNames dumps, look up names."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]

gazetteer_app = typer.Typer(
    name="gazetteer",
    help=(
        "The place index claimwire resolves place names with.\n\n"
        "It is built on first use from the data claimwire ships (cities of 500+ people, "
        "countries, first-level regions); `import` makes a fuller one from GeoNames dumps."
    ),
    no_args_is_help=True,
    rich_markup_mode="markdown",
)

GazetteerOption = Annotated[
    Path | None,
    typer.Option(
        "--gazetteer",
        help="Index file (default: $CLAIMWIRE_GAZETTEER or <cache dir>/gazetteer.sqlite).",
    ),
]


def _target(gazetteer: Path | None) -> Path:
    from claimwire.settings import Settings

    return Settings.from_env(gazetteer=gazetteer).gazetteer_path


@gazetteer_app.command("build")
def build_command(
    gazetteer: GazetteerOption = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if it is current.")] = False,
) -> None:
    """Build the embedded gazetteer (done automatically on first use)."""
    from claimwire.geo import Gazetteer, build_embedded, is_current

    target = _target(gazetteer)
    if not force and is_current(target):
        typer.echo(f"{target} is current; --force rebuilds it")
        return
    started = time.perf_counter()
    build_embedded(target)
    index = Gazetteer(target)
    typer.echo(
        f"built {target}: {len(index):,} places, {int(index.meta['names']):,} names "
        f"in {time.perf_counter() - started:.1f}s"
    )


@gazetteer_app.command("import")
def import_command(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="GeoNames dump files: allCountries.txt or XX.txt, admin1CodesASCII.txt, "
            "admin2Codes.txt, alternateNamesV2.txt (plain or .zip), in any order.",
            show_default=False,
        ),
    ],
    gazetteer: GazetteerOption = None,
    base: Annotated[
        bool,
        typer.Option(
            "--base/--no-base",
            help="Lay the dumps over the embedded data (so a per-country file still "
            "leaves the rest of the world resolvable), or index the dumps alone.",
        ),
    ] = True,
) -> None:
    """Build the gazetteer from GeoNames dumps (https://download.geonames.org/export/dump/).

    The files are streamed, so allCountries.txt (1.5 GB) needs little memory; the
    index is written beside the old one and replaces it only when complete.
    """
    from claimwire.geo import Gazetteer, import_dumps

    target = _target(gazetteer)
    started = time.perf_counter()
    counts = import_dumps(target, files, base=base)
    index = Gazetteer(target)
    read = ", ".join(f"{n:,} {kind.replace('_', ' ')}" for kind, n in counts.items() if n)
    typer.echo(
        f"imported {read}; {target} has {len(index):,} places "
        f"({time.perf_counter() - started:.1f}s)"
    )


@gazetteer_app.command("lookup")
def lookup_command(
    name: Annotated[str, typer.Argument(help="A place name, in any spelling the index knows.")],
    gazetteer: GazetteerOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many entries.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """List the places a name may refer to, most populous first."""
    from claimwire.geo import open_gazetteer

    index = open_gazetteer(_target(gazetteer))
    found = sorted(index.lookup(name), key=lambda c: (-c.entry.population, c.entry.id))
    if not found:
        typer.echo(f"no place named {name!r} in {index.path}", err=True)
        raise typer.Exit(1)
    for candidate in found[:limit]:
        e = candidate.entry
        row = {
            "name": e.name,
            "geonameid": e.geonameid,
            "level": e.level,
            "country": e.country3 or None,
            "admin1": e.admin1 or None,
            "lat": e.lat,
            "lon": e.lon,
            "population": e.population,
            "feature": f"{e.feature_class}.{e.feature_code}",
        }
        if as_json:
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            typer.echo(
                f"{e.name:<28} {e.level:<8} {e.country3 or '-':<4} {e.lat:9.4f} {e.lon:10.4f} "
                f"pop {e.population:>11,}  geonames {e.geonameid or '-'}"
            )


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the `claimwire` app."""
    app.add_typer(gazetteer_app)
