"""Exports of events in the formats conflict analysts use.

Every function takes an iterable of :class:`~claimwire.records.Extraction`
(from a store's ``iter_extractions()`` or from ``claimwire extract`` JSONL):

- :func:`plover_records`: PLOVER JSON records (one per event; the field names of
  the PLOVER manual, chapter 6, in snake case), plus claimwire's ``modality``,
  ``asserted_by`` and ``claim``. ``event`` follows PLOVER's convention that an
  announced act is coded as the announcement (intent to cooperate is AGREE,
  intent to act against someone THREATEN); ``claimwire_type`` keeps the act.
- :func:`acled_rows`: ACLED-style rows: ``event_type``/``sub_event_type`` mapped
  from the PLOVER type and mode, ``geo_precision`` and ``time_precision`` 1-3,
  ``source`` and ``notes`` naming the claimant. Statements (REQUEST, ACCUSE...)
  have no ACLED counterpart and are left out, as are events that did not happen
  (intended, hypothetical, negated).
- :func:`geojson`: a GeoJSON FeatureCollection of the events that have a place.
- :func:`event_rows`: one flat row per event, for JSONL and CSV.

:func:`write_export` writes any of them to a text stream.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Annotated, Any, Literal

import typer

from claimwire import __version__
from claimwire.errors import InputError, MalformedRecordError
from claimwire.nlp.countries import country_by_code
from claimwire.nlp.events import plover_actors, plover_event_type
from claimwire.records import Actor, Claim, Event, Extraction, Place, Quantity

__all__ = [
    "ACLED_FIELDS",
    "EVENT_FIELDS",
    "FORMATS",
    "ExportFormat",
    "acled_rows",
    "event_rows",
    "geojson",
    "plover_records",
    "read_extractions",
    "register",
    "write_export",
]

ExportFormat = Literal["plover", "acled", "geojson", "jsonl", "csv"]
FORMATS: tuple[str, ...] = ("plover", "acled", "geojson", "jsonl", "csv")

#: PLOVER's quad categories (manual, table 2.2).
QUAD: dict[str, int] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
_PLOVER_SECTORS = {
    "government": "GOV",
    "military": "MIL",
    "police": "COP",
    "rebels": "REB",
    "civilians": "CVL",
    "igo": "IGO",
}
_RESOLUTION = {"feature": 5, "city": 4, "admin2": 3, "region": 2, "admin1": 2, "country": 1}


# ---------------------------------------------------------------- shared helpers


class _Context:
    """Lookups for one extraction: places, claims, quantities by id."""

    def __init__(self, extraction: Extraction) -> None:
        self.x = extraction
        self.places = {p.id: p for p in extraction.places}
        self.claims = {c.id: c for c in extraction.claims}
        self.quantities = {q.id: q for q in extraction.quantities}

    def place(self, event: Event) -> Place | None:
        return self.places.get(event.place) if event.place else None

    def claim(self, event: Event) -> Claim | None:
        return self.claims.get(event.claim) if event.claim else None

    def asserted_by(self, event: Event) -> str | None:
        claim = self.claim(event)
        return claim.speaker_name if claim else None

    def event_quantities(self, event: Event) -> list[Quantity]:
        return [self.quantities[q] for q in event.quantities if q in self.quantities]

    def fatalities(self, event: Event) -> int:
        return int(sum(q.value for q in self.event_quantities(event) if q.category == "killed"))

    def sentence(self, event: Event) -> str:
        """The sentence that holds the trigger: the evidence for the record."""
        text = self.x.article.text
        start = max(text.rfind(c, 0, event.trigger.start) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, event.trigger.end) for c in ".!?\n") if i >= 0]
        end = min(ends) + 1 if ends else len(text)
        return text[start:end].strip()

    def event_date(self, event: Event) -> tuple[str | None, str | None]:
        """(YYYY-MM-DD, precision): the event's own date, else the publication date."""
        if event.date is not None:
            return _first_day(event.date.value), event.date.precision
        published = self.x.article.published
        return (published[:10], None) if published else (None, None)


def _first_day(value: str) -> str:
    start = value.split("/")[0]
    if re.fullmatch(r"\d{4}", start):
        return f"{start}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", start):
        return f"{start}-01"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", start):
        return f"{m.group(1)}-{3 * int(m.group(2)) - 2:02d}-01"
    return start[:10]


def _actor_label(actor: Actor) -> str:
    return actor.code or actor.name


def _actor_text(actor: Actor) -> str:
    """ACLED-style actor names: `Military Forces of Ukraine`, `Government of Russia`."""
    state = country_by_code(actor.code) if actor.code else None
    if state is None:
        return actor.name
    if actor.sector == "military":
        return f"Military Forces of {state.name}"
    if actor.sector == "police":
        return f"Police Forces of {state.name}"
    if actor.sector == "civilians":
        return f"Civilians ({state.name})"
    if actor.sector == "rebels":
        return f"{actor.name} ({state.name})"
    return f"Government of {state.name}"


# ---------------------------------------------------------------- PLOVER


def _plover_entity(actor: Actor) -> dict[str, Any]:
    entity: dict[str, Any] = {"entity_text": actor.name}
    code = actor.code or ("IGO" if actor.sector == "igo" else None)
    if code:
        entity["code"] = code
    sector = _PLOVER_SECTORS.get(actor.sector or "")
    if sector and sector != code:
        entity["sector"] = sector
    if actor.entity:
        entity["identifier_id"] = actor.entity
    return entity


def plover_records(extractions: Iterable[Extraction]) -> Iterator[dict[str, Any]]:
    """One PLOVER record per event (manual, tables 6.1-6.6)."""
    coded = dt.date.today().isoformat()
    for extraction in extractions:
        ctx = _Context(extraction)
        article = extraction.article
        for event in extraction.events:
            date, precision = ctx.event_date(event)
            record: dict[str, Any] = {
                "id": f"{article.id}-{event.id}",
                "has_event": True,
                "date": date,
                "date_precision": precision,
                # PLOVER codes an event with no named actor to the state where it
                # happened; the record itself keeps only the actors the text names.
                "actor": [_plover_entity(a) for a in plover_actors(event, extraction.places)],
                "recipient": [_plover_entity(a) for a in event.recipients],
                # PLOVER codes an announced act as the announcement (AGREE, THREATEN).
                "event": [plover_event_type(event)],
                "claimwire_type": event.type,
                "mode": [event.mode] if event.mode else [],
                "context": [],
                "event_text": [event.trigger.text],
                "quad_code": QUAD.get(event.type),
                "text": ctx.sentence(event),
                "text_info": {"start": event.trigger.start, "end": event.trigger.end},
                "cite_info": {
                    "corpus": article.source,
                    "url": article.url,
                    "title": article.title,
                    "language": article.language,
                    "publication": article.source,
                    "coder": f"claimwire {__version__}",
                    "codebook": "plover-2021",
                },
                "coder": f"claimwire {__version__}",
                "coded_date": coded,
                "modality": event.modality,
                "asserted_by": ctx.asserted_by(event),
                "claim": event.claim,
            }
            place = ctx.place(event)
            if place is not None:
                state = country_by_code(place.country) if place.country else None
                record["event_loc"] = {
                    "extracted_place": place.mentions[0].text if place.mentions else place.name,
                    "resolved_place": place.name,
                    "geonameid": place.geonameid,
                    "lat": place.lat,
                    "lon": place.lon,
                    "country": state.name if state else None,
                    "country_code": place.country,
                    "resolution": _RESOLUTION.get(place.level),
                }
            dead = ctx.fatalities(event)
            if dead:
                record["size"] = {"dead": dead}
            yield record


# ---------------------------------------------------------------- ACLED

ACLED_FIELDS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "civilian_targeting",
    "iso3",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "plover_type",
    "plover_mode",
    "modality",
    "article_id",
    "url",
)

_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_REMOTE = {
    "aerial": "Air/drone strike",
    "drone": "Air/drone strike",
    "heavy-weapons": "Shelling/artillery/missile attack",
    "explosives": "Remote explosive/landmine/IED",
    "suicide-attack": "Suicide bomb",
    "unconventional": "Chemical weapon",
}
_STATE_SECTORS = ("government", "military", "police")


def _is_state(actor: Actor) -> bool:
    return actor.code is not None and actor.sector in (*_STATE_SECTORS, None)


def acled_types(event: Event, place: Place | None) -> tuple[str, str] | None:
    """ACLED (event_type, sub_event_type) for a PLOVER event, or None for statements."""
    mode = event.mode
    if event.type == "ASSAULT":
        if mode == "seize":
            actor = event.actors[0] if event.actors else None
            if actor is not None and _is_state(actor):
                if place is not None and place.country == actor.code:
                    return "Battles", "Government regains territory"
                return "Battles", "Armed clash"
            return "Battles", "Non-state actor overtakes territory"
        if mode in _REMOTE:
            return "Explosions/Remote violence", _REMOTE[mode]
        if mode == "abduct":
            return "Violence against civilians", "Abduction/forced disappearance"
        if mode == "sexual":
            return "Violence against civilians", "Sexual violence"
        if any(r.sector == "civilians" for r in event.recipients):
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if event.type == "PROTEST":
        if mode == "riot":
            return "Riots", "Violent demonstration"
        return "Protests", "Peaceful protest"
    if event.type == "COERCE":
        if mode == "arrest":
            return "Strategic developments", "Arrests"
        if mode in ("seize", "confiscate"):
            return "Strategic developments", "Looting/property destruction"
        return "Strategic developments", "Other"
    if event.type == "MOBILIZE":
        if re.search(r"\b(base|headquarters|office|command|post)\b", event.trigger.text, re.I):
            return "Strategic developments", "Headquarters or base established"
        return "Strategic developments", "Change to group/activity"
    if event.type == "AGREE":
        return "Strategic developments", "Agreement"
    if event.type == "RETREAT" and mode == "withdraw":
        return "Strategic developments", "Non-violent transfer of territory"
    if event.type in ("RETREAT", "AID", "SANCTION", "COOPERATE"):
        return "Strategic developments", "Other"
    return None


def _geo_precision(place: Place) -> int:
    """ACLED: 1 the town itself, 2 near it or a small region, 3 a larger region."""
    if place.level in ("city", "feature"):
        return 2 if place.part else 1
    if place.level in ("admin2", "region"):
        return 2
    return 3


def _time_precision(precision: str | None) -> int:
    return {"day": 1, "week": 2}.get(precision or "", 3)


def acled_rows(extractions: Iterable[Extraction]) -> Iterator[dict[str, Any]]:
    """ACLED-style rows for the events that ACLED's categories cover."""
    for extraction in extractions:
        ctx = _Context(extraction)
        article = extraction.article
        for event in extraction.events:
            if event.modality != "actual":
                continue  # ACLED records what happened, not what was announced
            place = ctx.place(event)
            types = acled_types(event, place)
            if types is None:
                continue
            date, precision = ctx.event_date(event)
            claimant = ctx.asserted_by(event)
            state = country_by_code(place.country) if place and place.country else None
            source = article.source or article.url or article.id
            notes = ctx.sentence(event)
            yield {
                "event_id_cnty": f"{place.country if place and place.country else 'XXX'}"
                f"-{article.id}-{event.id}",
                "event_date": date,
                "year": date[:4] if date else None,
                "time_precision": _time_precision(precision),
                "disorder_type": _DISORDER[types[0]],
                "event_type": types[0],
                "sub_event_type": types[1],
                "actor1": _actor_text(event.actors[0]) if event.actors else "Unidentified",
                "assoc_actor_1": "; ".join(_actor_text(a) for a in event.actors[1:]),
                "actor2": _actor_text(event.recipients[0]) if event.recipients else "",
                "assoc_actor_2": "; ".join(_actor_text(a) for a in event.recipients[1:]),
                "civilian_targeting": (
                    "Civilian targeting"
                    if types[0] == "Violence against civilians"
                    or any(r.sector == "civilians" for r in event.recipients)
                    else ""
                ),
                "iso3": place.country if place else None,
                "country": state.name if state else None,
                "location": place.name if place else None,
                "latitude": place.lat if place else None,
                "longitude": place.lon if place else None,
                "geo_precision": _geo_precision(place) if place else None,
                "source": f"{source}; according to {claimant}" if claimant else source,
                "notes": f"According to {claimant}: {notes}" if claimant else notes,
                "fatalities": ctx.fatalities(event),
                "plover_type": event.type,
                "plover_mode": event.mode,
                "modality": event.modality,
                "article_id": article.id,
                "url": article.url,
            }


# ---------------------------------------------------------------- GeoJSON


def geojson(extractions: Iterable[Extraction]) -> dict[str, Any]:
    """A FeatureCollection with one Point per event that has a place."""
    features: list[dict[str, Any]] = []
    for extraction in extractions:
        ctx = _Context(extraction)
        for event in extraction.events:
            place = ctx.place(event)
            if place is None:
                continue
            date, precision = ctx.event_date(event)
            features.append(
                {
                    "type": "Feature",
                    "id": f"{extraction.article.id}-{event.id}",
                    "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                    "properties": {
                        "article_id": extraction.article.id,
                        "event_id": event.id,
                        "type": event.type,
                        "mode": event.mode,
                        "trigger": event.trigger.text,
                        "actors": [_actor_label(a) for a in event.actors],
                        "recipients": [_actor_label(a) for a in event.recipients],
                        "place": place.name,
                        "place_level": place.level,
                        "country": place.country,
                        "date": date,
                        "date_precision": precision,
                        "modality": event.modality,
                        "asserted_by": ctx.asserted_by(event),
                        "fatalities": ctx.fatalities(event),
                        "url": extraction.article.url,
                        "title": extraction.article.title,
                    },
                }
            )
    return {"type": "FeatureCollection", "features": features}


# ---------------------------------------------------------------- flat rows

EVENT_FIELDS: tuple[str, ...] = (
    "article_id",
    "event_id",
    "type",
    "mode",
    "trigger",
    "trigger_start",
    "trigger_end",
    "actors",
    "actor_codes",
    "recipients",
    "recipient_codes",
    "place_id",
    "place",
    "lat",
    "lon",
    "place_country",
    "date",
    "date_precision",
    "modality",
    "claim_id",
    "asserted_by",
    "quantities",
    "fatalities",
    "published",
    "url",
    "sentence",
)


def event_rows(extractions: Iterable[Extraction]) -> Iterator[dict[str, Any]]:
    """One flat row per event; list fields are joined with ``; ``."""
    for extraction in extractions:
        ctx = _Context(extraction)
        for event in extraction.events:
            place = ctx.place(event)
            yield {
                "article_id": extraction.article.id,
                "event_id": event.id,
                "type": event.type,
                "mode": event.mode,
                "trigger": event.trigger.text,
                "trigger_start": event.trigger.start,
                "trigger_end": event.trigger.end,
                "actors": "; ".join(a.name for a in event.actors),
                "actor_codes": "; ".join(a.code or "" for a in event.actors),
                "recipients": "; ".join(a.name for a in event.recipients),
                "recipient_codes": "; ".join(a.code or "" for a in event.recipients),
                "place_id": event.place,
                "place": place.name if place else None,
                "lat": place.lat if place else None,
                "lon": place.lon if place else None,
                "place_country": place.country if place else None,
                "date": event.date.value if event.date else None,
                "date_precision": event.date.precision if event.date else None,
                "modality": event.modality,
                "claim_id": event.claim,
                "asserted_by": ctx.asserted_by(event),
                "quantities": "; ".join(q.span.text for q in ctx.event_quantities(event)),
                "fatalities": ctx.fatalities(event),
                "published": extraction.article.published,
                "url": extraction.article.url,
                "sentence": ctx.sentence(event),
            }


# ---------------------------------------------------------------- writing


def write_export(extractions: Iterable[Extraction], fmt: str, out: IO[str]) -> int:
    """Write ``extractions`` in format ``fmt`` to ``out``; return the records written."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "geojson":
        collection = geojson(extractions)
        json.dump(collection, out, ensure_ascii=False)
        out.write("\n")
        return len(collection["features"])
    if fmt in ("plover", "jsonl"):
        records = plover_records(extractions) if fmt == "plover" else event_rows(extractions)
        n = 0
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        return n
    fields = ACLED_FIELDS if fmt == "acled" else EVENT_FIELDS
    rows = acled_rows(extractions) if fmt == "acled" else event_rows(extractions)
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        n += 1
    return n


def read_extractions(path: Path) -> Iterator[Extraction]:
    """Extractions from a JSONL file of ``claimwire.article/1`` objects."""
    from claimwire.serialize import extraction_from_dict

    if not path.exists():
        raise InputError(f"no such file: {path}")
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                yield extraction_from_dict(data)
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise MalformedRecordError(
                    f"not a claimwire.article/1 object ({exc.__class__.__name__}: {exc})",
                    source=str(path),
                    line=n,
                ) from None


# ---------------------------------------------------------------- CLI


def _store_extractions(db: str | None) -> Iterator[Extraction]:
    from claimwire.store import open_store

    with open_store(db) as store:
        yield from store.iter_extractions()


def register(app: typer.Typer) -> None:
    """Add ``claimwire export`` to the app."""

    @app.command("export")
    def export_command(
        fmt: Annotated[
            str, typer.Option("--format", "-f", help="plover | acled | geojson | jsonl | csv")
        ] = "plover",
        input_path: Annotated[
            Path | None,
            typer.Option(
                "--input",
                "-i",
                help="JSONL of claimwire.article/1 objects (`claimwire extract` output) "
                "instead of the store",
            ),
        ] = None,
        db: Annotated[str | None, typer.Option("--db", help="store to read")] = None,
        output: Annotated[
            Path | None,
            typer.Option("--output", "-o", help="file to write (default: standard output)"),
        ] = None,
    ) -> None:
        """Export events as PLOVER JSONL, ACLED-style CSV, GeoJSON, or flat JSONL/CSV."""
        if fmt not in FORMATS:
            raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
        extractions = read_extractions(input_path) if input_path else _store_extractions(db)
        if output is None:
            write_export(extractions, fmt, sys.stdout)
            return
        with output.open("w", encoding="utf-8", newline="") as out:
            n = write_export(extractions, fmt, out)
        typer.echo(f"wrote {n} {fmt} records to {output}", err=True)
