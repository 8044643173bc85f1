"""`claimwire demo`: the pipeline on the example reports shipped with the package."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from claimwire.errors import InputError
from claimwire.records import Extraction

__all__ = ["examples_dir", "iter_examples", "render_extraction", "run_demo"]


def examples_dir() -> Path:
    """The folder of bundled example reports (``claimwire/data/examples``)."""
    root: Traversable = resources.files("claimwire.data").joinpath("examples")
    return Path(str(root))


def iter_examples() -> Iterator[Path]:
    """The example texts, ``NAME.txt``, in name order."""
    folder = examples_dir()
    if not folder.is_dir():
        raise InputError(f"the bundled examples are missing from {folder}; reinstall claimwire")
    yield from sorted(folder.glob("*.txt"))


def _flags(flags: tuple[str, ...]) -> str:
    return f" [yellow]\\[{', '.join(flags)}][/]" if flags else ""


def render_extraction(extraction: Extraction) -> list[object]:
    """The rich renderables that describe one extraction."""
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    article = extraction.article
    parts: list[object] = []
    heading = article.title or article.id
    meta = " · ".join(x for x in (article.source, article.published) if x)
    parts.append(Text.assemble((heading, "bold"), (f"  {meta}" if meta else "", "dim")))

    claims = Table(title="Claims", title_justify="left", expand=True, show_lines=False)
    claims.add_column("id", style="dim", no_wrap=True)
    # Ratios keep the content readable in an 80-column terminal.
    claims.add_column("speaker", style="cyan", ratio=1)
    claims.add_column("cue", style="magenta", max_width=12)
    claims.add_column("content (kind, flags)", ratio=3)
    for claim in extraction.claims:
        claims.add_row(
            claim.id,
            escape(claim.speaker_name),
            escape(claim.cue.text),
            f"{escape(claim.content.text)} [dim]({claim.kind})[/]{_flags(claim.flags)}",
        )
    parts.append(claims if extraction.claims else Text("Claims: none found", style="dim"))

    if extraction.responses:
        responses = Table(title="Responses", title_justify="left", expand=True)
        responses.add_column("party", style="cyan", ratio=1)
        responses.add_column("kind", style="magenta", max_width=16)
        responses.add_column("to claims")
        responses.add_column("text", ratio=3)
        for response in extraction.responses:
            responses.add_row(
                escape(response.party_name),
                response.kind,
                ", ".join(response.claims) or "-",
                escape(response.span.text),
            )
        parts.append(responses)

    if extraction.events:
        events = Table(title="Events", title_justify="left", expand=True)
        events.add_column("type", style="magenta", ratio=1)
        events.add_column("trigger", ratio=1)
        events.add_column("actors → recipients", ratio=2)
        events.add_column("where / when", ratio=1)
        events.add_column("asserted by", style="cyan", ratio=1)
        places = {p.id: p.name for p in extraction.places}
        speakers = {c.id: c.speaker_name for c in extraction.claims}
        for event in extraction.events:
            who = ", ".join(a.code or a.name for a in event.actors) or "?"
            whom = ", ".join(a.code or a.name for a in event.recipients) or "-"
            where = places.get(event.place or "", "")
            when = event.date.value if event.date else ""
            events.add_row(
                event.type + (f"/{event.mode}" if event.mode else ""),
                escape(event.trigger.text)
                + ("" if event.modality == "actual" else f" ({event.modality})"),
                escape(f"{who} → {whom}"),
                escape(" ".join(x for x in (where, when) if x) or "-"),
                escape(speakers.get(event.claim or "", "reporter")),
            )
        parts.append(events)

    facts: list[str] = []
    if extraction.places:
        facts.append(
            "[bold]Places[/]: "
            + "; ".join(
                escape(
                    f"{p.name} ({p.country or '-'}, {p.level}{', ' + p.part if p.part else ''}, "
                    f"{p.lat:.2f}, {p.lon:.2f})"
                )
                for p in extraction.places
            )
        )
    if extraction.dates:
        facts.append(
            "[bold]Dates[/]: "
            + "; ".join(
                escape(
                    f"{d.span.text} → {d.value or 'unresolved'}"
                    + (f" ({d.precision})" if d.precision else "")
                )
                for d in extraction.dates
            )
        )
    if extraction.quantities:
        facts.append(
            "[bold]Quantities[/]: "
            + "; ".join(
                escape(
                    f"{q.span.text} → {q.qualifier} {q.value:g}"
                    + (f"–{q.upper:g}" if q.upper is not None else "")
                    + f" {q.unit or ''} [{q.category}]"
                )
                for q in extraction.quantities
            )
        )
    parts.extend(facts)
    return parts


def run_demo(model: str | None = None) -> None:
    """Extract from every bundled example and print a readable report."""
    from rich.console import Console
    from rich.rule import Rule

    from claimwire.ingest import read_path
    from claimwire.pipeline import Extractor
    from claimwire.settings import Settings

    console = Console()
    settings = Settings.from_env(model=model)
    articles = []
    for path in iter_examples():
        for item in read_path(path, settings=settings):
            if isinstance(item, InputError):
                console.print(f"[red]skipped[/] {item}")
            else:
                articles.append(item)
    console.print(
        f"[bold]claimwire demo[/]: {len(articles)} example reports from {examples_dir()}\n"
    )
    extractor = Extractor(settings)
    totals = {"claims": 0, "responses": 0, "events": 0, "places": 0}
    for extraction in extractor.extract_many(articles):
        console.print(Rule())
        for part in render_extraction(extraction):
            console.print(part)
        totals["claims"] += len(extraction.claims)
        totals["responses"] += len(extraction.responses)
        totals["events"] += len(extraction.events)
        totals["places"] += len(extraction.places)
    console.print(Rule())
    console.print(
        "[bold]Total[/]: "
        + ", ".join(f"{n} {what}" for what, n in totals.items())
        + ".  Try [bold]claimwire extract FILE[/] on your own report."
    )
