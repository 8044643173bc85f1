"""The `claimwire` commands of the link stage: link, event, history, timeline,
contradictions.

Every reading command first links the articles stored since the last run
(incremental and cheap when there are none), so its answer covers the whole store.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

import typer

from claimwire.errors import ConfigError
from claimwire.serialize import to_plain
from claimwire.settings import Settings
from claimwire.store.commands import DbOption, JsonOption, SinceOption

__all__ = ["register"]


def _open(db: str | None) -> Any:
    from claimwire.store import open_store

    return open_store(settings=Settings.from_env(db=db))


def _day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{option} takes a date as YYYY-MM-DD, not {value!r}") from None


def _echo_json(data: Any) -> None:
    typer.echo(json.dumps(to_plain(data), ensure_ascii=False))


def _cut(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _when(picture: Any) -> str:
    if picture.when is None:
        return "date unknown"
    a, b = picture.when
    return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"


def _headline(p: Any) -> str:
    return (
        f"{p.cluster}  {p.type}  {p.place or 'place unknown'}  {_when(p)}  "
        f"{len({s.article for s in p.sources})} articles, {p.independent_sources} independent"
        + (f", {len(p.contradictions)} contradiction(s)" if p.contradictions else "")
    )


def _claim_text(linker: Any, article: str, claim_id: str | None) -> str | None:
    if claim_id is None:
        return None
    for claim in linker.extraction(article).claims:
        if claim.id == claim_id:
            return str(claim.content.text)
    return None


def link_command(
    db: DbOption = None,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Relink every article from scratch.")
    ] = False,
) -> None:
    """Link stored articles: duplicates and origins, event and claim clusters.

    Incremental: only articles stored since the last run are compared. Other link
    commands run this first, so it is only needed to link ahead of time.
    """
    from claimwire.link.persist import link_new

    with _open(db) as store:
        report = link_new(store, rebuild=rebuild)
        typer.echo(
            f"linked {report.linked} article{'s' * (report.linked != 1)}"
            f"{' (rebuilt)' if report.rebuilt else ''}; {report.total} linked in "
            f"{store.url}; {report.clusters_touched} event clusters updated"
        )


def event_command(
    ref: Annotated[str, typer.Argument(help="An event cluster id, or ARTICLE/EVENT.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One event across articles: its sources and origins, who asserts it, who
    denies or does not respond, and the contradictions between them."""
    from claimwire.link.persist import link_new, load_linker, resolve_event

    with _open(db) as store:
        link_new(store)
        linker = load_linker(store)
        picture = linker.picture(resolve_event(store, linker, ref))
        claims = {
            s.mention: _claim_text(linker, s.article, _mention_claim(linker, s.mention))
            for s in picture.sources
        }
        if as_json:
            _echo_json({**to_plain(picture), "claims": claims})
            return
        typer.echo(_headline(picture))
        typer.echo(
            f"asserted by: {', '.join(picture.asserted_by) or '-'}"
            + ("; also narrated by reporters" if picture.narrated else "")
        )
        typer.echo(f"denied or disputed by: {', '.join(picture.deniers) or '-'}")
        typer.echo("sources:")
        for s in picture.sources:
            said = claims[s.mention]
            typer.echo(
                f"  {(s.published or '')[:10]:10}  {s.article}  {s.outlet or '?'}"
                f"  [origin {s.origin}{', ' + s.independent[5:] if s.independent.startswith('wire:') else ''}]"  # noqa: E501
                f"  {s.speaker or 'reporter'}" + (f': "{_cut(said, 80)}"' if said else "")
            )
        if picture.responses:
            typer.echo("responses:")
            for r in picture.responses:
                typer.echo(
                    f'  {r.article}  {r.party}  {r.kind}  "{_cut(r.text, 80)}"'
                    f"  (to {r.to_speaker or 'the report'})"
                )
        if picture.contradictions:
            typer.echo("contradictions:")
            for c in picture.contradictions:
                typer.echo(f"  {c.kind}: {c.detail}  ({c.first} vs {c.second})")


def _mention_claim(linker: Any, key: str) -> str | None:
    for mention in linker.events.members(linker.events.cluster_of(key)):
        if mention.key == key:
            return mention.claim  # type: ignore[no-any-return]
    return None


def history_command(
    ref: Annotated[str, typer.Argument(help="An event cluster id, or ARTICLE/EVENT.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """How the picture of an event changed as each article arrived (by publication
    date, then arrival)."""
    from claimwire.link.persist import link_new, load_linker, resolve_event

    with _open(db) as store:
        link_new(store)
        linker = load_linker(store)
        steps = linker.history(resolve_event(store, linker, ref))
        if as_json:
            for step in steps:
                _echo_json(step)
            return
        for i, step in enumerate(steps, 1):
            p = step.picture
            typer.echo(
                f"{i}. {(step.published or '')[:10]:10}  +{step.article}: "
                f"{len({s.article for s in p.sources})} articles, {p.independent_sources} "
                f"independent; asserted by {', '.join(p.asserted_by) or '-'}"
                f"{'; narrated' if p.narrated else ''}"
                f"; denied by {', '.join(p.deniers) or '-'}"
                f"; {len(p.contradictions)} contradiction(s)"
            )


def timeline_command(
    what: Annotated[str, typer.Argument(help="A place name, or an actor (name or ISO code).")],
    db: DbOption = None,
    within: Annotated[
        float, typer.Option("--within", min=0, help="Km around the place that count.")
    ] = 25.0,
    as_json: JsonOption = False,
) -> None:
    """The events at a place (or near it), or involving an actor, in date order."""
    from claimwire.link.persist import link_new, load_linker

    with _open(db) as store:
        link_new(store)
        linker = load_linker(store)
        pictures = linker.timeline(place=what, within_km=within)
        if not pictures:
            pictures = linker.timeline(actor=what)
        if as_json:
            for p in pictures:
                _echo_json(p)
            return
        if not pictures:
            typer.echo(f"no events at or by {what!r} in {store.url}")
        for p in pictures:
            typer.echo(_headline(p))


def contradictions_command(
    db: DbOption = None,
    since: SinceOption = None,
    as_json: JsonOption = False,
) -> None:
    """Contradictions between sources about one event: taken vs repelled, asserted
    vs denied, tallies that cannot both be right."""
    from claimwire.link.persist import contradiction_rows, link_new

    day = _day(since, "--since")
    with _open(db) as store:
        link_new(store)
        rows = contradiction_rows(store, since=day.isoformat() if day else None)
        if as_json:
            for row in rows:
                _echo_json(
                    {
                        "cluster": row["cluster_id"],
                        "kind": row["kind"],
                        "first": row["first_key"],
                        "second": row["second_key"],
                        "first_by": row["first_by"],
                        "second_by": row["second_by"],
                        "detail": row["detail"],
                        "last_day": row["last_day"],
                    }
                )
            return
        if not rows:
            typer.echo(f"no contradictions in {store.url}")
        for row in rows:
            typer.echo(f"{row['last_day'] or '':10}  {row['cluster_id']}  {row['kind']}: "
                       f"{row['detail']}")  # fmt: skip


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the `claimwire` app."""
    app.command("link")(link_command)
    app.command("event")(event_command)
    app.command("history")(history_command)
    app.command("timeline")(timeline_command)
    app.command("contradictions")(contradictions_command)
