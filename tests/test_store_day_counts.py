"""Counts per day (``Store.events_per_day`` / ``claims_per_day``) on SQLite and on
PostgreSQL: equal to a count in Python over the stored extractions for many filter
combinations; the day rules (the day the listings filter by: an event's own day,
else its article's publication day, a month read as its first day; impossible and
missing dates); a store past the old API cap of 2,000."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks._common import SpanText

from claimwire.records import (
    Actor,
    Article,
    Claim,
    DateValue,
    Event,
    Extraction,
    Place,
    Span,
)
from claimwire.store import Store, open_store
from store_support import BACKENDS, make_backend_url


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store(backend: str, tmp_path: Path) -> Iterator[Store]:
    for url in make_backend_url(backend, str(tmp_path)):
        with open_store(url) as opened:
            yield opened


# ---------------------------------------------------------------- building articles


PLACES = [("Sudzha", 51.19, 35.27, "RUS"), ("Kursk", 51.73, 36.19, "RUS"),
          ("Kharkiv", 49.99, 36.23, "UKR")]  # fmt: skip
SPEAKERS = ["Ukrainian General Staff", "Russian defence ministry", "Regional governor"]
ACTORS = [("Ukraine", "UKR"), ("Russia", "RUS"), ("local militia", None)]
TYPES = ["ASSAULT", "ACCUSE", "AID"]
FLAGS = ["denial", "unverified", "hedged"]
#: Publication dates: days, a time of day, a month, a year, an impossible day, none.
PUBLISHED = ["2024-03-05", "2024-03-05T22:10:00Z", "2024-03-06", "2024-03-31",
             "2024-04-01", "2024-03", "2024", "2024-02-30", None, "last Tuesday"]  # fmt: skip
#: Events' own dates: none, days (one with a time), a month, impossible days.
OWN = [None, None, "2024-03-01", "2024-03-04T06:00", "2024-03-05", "2024-03",
       "2024-02-31", "2024-13-01"]  # fmt: skip


def article(
    article_id: str,
    published: str | None,
    claims: list[tuple[str, str, tuple[str, ...]]],
    events: list[dict[str, Any]],
) -> Extraction:
    """An article whose claims are ``(speaker, place named in the content, flags)``
    and events ``type``, ``actors``, ``place`` (a name), ``own`` (a date value or
    None) and ``claim`` (an index into ``claims`` or None)."""
    text = SpanText()
    names = sorted({place for _, place, _ in claims} | {e["place"] for e in events if e["place"]})
    mentions: dict[str, list[Span]] = {name: [] for name in names}
    claim_records = []
    for k, (speaker, place, flags) in enumerate(claims):
        source = text.add(speaker)
        text.add(" ")
        cue = text.add("said")
        text.add(" that ")
        start = text.length
        text.add("shelling hit ")
        mentions[place].append(text.add(place))
        end = text.length
        text.add(" overnight. ")
        content = Span(start, end, str(text)[start:end])
        claim_records.append(
            Claim(f"c{k + 1}", None, speaker, source, cue, content, "indirect", flags)
        )
    event_records = []
    for k, e in enumerate(events):
        trigger = text.add(f"Strike {k + 1}")
        text.add(" was reported. ")
        own = e["own"]
        event_records.append(
            Event(
                f"e{k + 1}",
                e["type"],
                trigger,
                actors=tuple(Actor(name, code) for name, code in e["actors"]),
                place=f"p{names.index(e['place']) + 1}" if e["place"] else None,
                date=DateValue(own, "day") if own else None,
                claim=f"c{e['claim'] + 1}" if e["claim"] is not None else None,
            )
        )
    for name in names:
        if not mentions[name]:  # an event's place named outside every claim
            mentions[name].append(text.add(name))
            text.add(". ")
    coordinates = {name: (lat, lon, country) for name, lat, lon, country in PLACES}
    places = tuple(
        Place(f"p{i + 1}", name, *coordinates[name], "city", mentions=tuple(mentions[name]))
        for i, name in enumerate(names)
    )
    return Extraction(
        article=Article(id=article_id, text=str(text), title=article_id, published=published),
        claims=tuple(claim_records),
        events=tuple(event_records),
        places=places,
    )


def random_article(rng: random.Random, i: int) -> Extraction:
    claims = [
        (
            rng.choice(SPEAKERS),
            rng.choice(PLACES)[0],
            tuple(rng.sample(FLAGS, rng.randrange(3))),
        )
        for _ in range(rng.randrange(4))
    ]
    events = [
        {
            "type": rng.choice(TYPES),
            "actors": rng.sample(ACTORS, rng.randrange(1, 3)),
            "place": rng.choice([None, *(name for name, *_ in PLACES)]),
            "own": rng.choice(OWN),
            "claim": rng.randrange(len(claims)) if claims and rng.random() < 0.7 else None,
        }
        for _ in range(rng.randrange(4))
    ]
    return article(f"r{i:03d}", rng.choice(PUBLISHED), claims, events)


# ---------------------------------------------------------------- counting in Python


def calendar_day(value: str | None) -> str | None:
    """``value[:10]`` when it is a calendar day written YYYY-MM-DD."""
    day = (value or "")[:10]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return None
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return None
    return day


def listing_day(value: str | None) -> str:
    """The day the listings sort and filter by: a month or a year reads as its first day."""
    match = re.match(r"\d{4}(-\d{2}(-\d{2})?)?", value or "")
    if not match:
        return ""
    day = match.group(0)
    return day + "-01" * ((10 - len(day)) // 3)


def within(day: str, since: str | None, until: str | None) -> bool:
    return (not since or day >= since) and (not until or (day != "" and day <= until))


def events_by_day(extractions: list[Extraction], **f: Any) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for x in extractions:
        places = {p.id: p.name for p in x.places}
        coordinates = {p.id: (p.lat, p.lon) for p in x.places}
        speakers = {c.id: c.speaker_name for c in x.claims}
        for e in x.events:
            own = e.date.value if e.date else None
            if f.get("type") and e.type != f["type"]:
                continue
            if f.get("actor"):
                wanted = f["actor"]
                if not any(
                    a.code == wanted.upper() or wanted.lower() in a.name.lower()
                    for a in (*e.actors, *e.recipients)
                ):
                    continue
            if f.get("place") and f["place"].lower() not in places.get(e.place or "", "").lower():
                continue
            if f.get("bbox"):
                west, south, east, north = f["bbox"]
                where = coordinates.get(e.place or "")
                if where is None or not (south <= where[0] <= north and west <= where[1] <= east):
                    continue
            if f.get("asserted_by"):
                speaker = speakers.get(e.claim or "")
                if speaker is None or f["asserted_by"].lower() not in speaker.lower():
                    continue
            day = listing_day(own) or listing_day(x.article.published)
            if not within(day, f.get("since"), f.get("until")):
                continue
            counted = calendar_day(day) or calendar_day(x.article.published)
            if counted:
                counts[counted] += 1
    return dict(sorted(counts.items()))


def claims_by_day(extractions: list[Extraction], **f: Any) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for x in extractions:
        for c in x.claims:
            if f.get("speaker") and f["speaker"].lower() not in c.speaker_name.lower():
                continue
            if f.get("flag") and f["flag"] not in c.flags:
                continue
            if f.get("place") and not any(
                f["place"].lower() in p.name.lower()
                and c.content.start <= m.start
                and m.end <= c.content.end
                for p in x.places
                for m in p.mentions
            ):
                continue
            if not within(listing_day(x.article.published), f.get("since"), f.get("until")):
                continue
            counted = calendar_day(listing_day(x.article.published))
            if counted:
                counts[counted] += 1
    return dict(sorted(counts.items()))


# ---------------------------------------------------------------- tests


EVENT_FILTERS: list[dict[str, Any]] = [
    {},
    {"type": "ASSAULT"},
    {"actor": "UKR"},
    {"actor": "militia"},
    {"place": "kurs"},
    {"asserted_by": "ministry"},
    {"since": "2024-03-04"},
    {"until": "2024-03-05"},
    {"since": "2024-03-02", "until": "2024-03-31"},
    {"type": "ASSAULT", "place": "sudzha", "asserted_by": "general"},
    {"actor": "RUS", "since": "2024-03-05", "until": "2024-03-06"},
    {"type": "AID", "actor": "nobody at all"},
    {"bbox": (35.0, 51.0, 36.5, 52.0)},  # Sudzha and Kursk, not Kharkiv
    {"bbox": (36.0, 49.0, 37.0, 52.0), "type": "ACCUSE", "until": "2024-03-31"},
]
CLAIM_FILTERS: list[dict[str, Any]] = [
    {},
    {"speaker": "governor"},
    {"flag": "denial"},
    {"place": "kharkiv"},
    {"since": "2024-03-06"},
    {"until": "2024-03-05"},
    {"speaker": "staff", "flag": "unverified", "since": "2024-03-01", "until": "2024-03-31"},
    {"place": "sudzha", "flag": "hedged"},
]


def test_counts_equal_a_count_over_the_stored_records(store: Store) -> None:
    rng = random.Random(20240305)
    store.save_many(random_article(rng, i) for i in range(120))
    stored = list(store.iter_extractions())
    assert len(stored) == 120
    assert events_by_day(stored), "the random store should have dated events"
    for filters in EVENT_FILTERS:
        assert store.events_per_day(**filters) == events_by_day(stored, **filters), filters
    for filters in CLAIM_FILTERS:
        assert store.claims_per_day(**filters) == claims_by_day(stored, **filters), filters
    # Every event the listing holds on a calendar day is counted once, no more.
    for filters in ({"type": "ACCUSE"}, {"near": (51.2, 35.3, 40.0)}):
        listed = store.events(limit=10_000, **filters)
        own = [r.event.date.value if r.event.date else None for r in listed]
        dated = [
            r
            for r, d in zip(listed, own, strict=True)
            if calendar_day(listing_day(d) or listing_day(r.published)) or calendar_day(r.published)
        ]
        assert dated, filters
        assert sum(store.events_per_day(**filters).values()) == len(dated), filters


def test_day_rules(store: Store) -> None:
    def event(own: str | None) -> dict[str, Any]:
        return {"type": "ASSAULT", "actors": [ACTORS[0]], "place": None, "own": own, "claim": None}

    claim = ("Regional governor", "Kursk", ())
    store.save(
        article(
            "timed",
            "2024-03-05T22:10:00Z",
            [claim, claim],
            [
                event("2024-03-01"),  # its own day
                event("2024-03-04T06:00"),  # its own day, time ignored
                event(None),  # undated: the publication day
                event("2024-03"),  # only a month: its first day, as the listing reads it
                event("2024-02-30"),  # impossible: the publication day
            ],
        )
    )
    store.save(article("month", "2024-03", [claim], [event(None), event("2024-03-02")]))
    store.save(article("undated", None, [claim], [event(None), event("2024-02-29")]))
    store.save(article("impossible", "2023-02-29", [claim], [event("2023-02-28")]))
    assert store.events_per_day() == {
        "2023-02-28": 1,
        "2024-02-29": 1,
        "2024-03-01": 3,
        "2024-03-02": 1,
        "2024-03-04": 1,
        "2024-03-05": 2,
    }
    # Claims count on the publication day as the listing reads it, when it is a day.
    assert store.claims_per_day() == {"2024-03-01": 1, "2024-03-05": 2}
    assert store.claims_per_day(article="month") == {"2024-03-01": 1}
    assert store.events_per_day(article="month") == {"2024-03-01": 1, "2024-03-02": 1}
    # A window's counts fall inside it, as its listing does.
    march = store.events_per_day(since="2024-03-01", until="2024-03-04")
    assert march == {"2024-03-01": 3, "2024-03-02": 1, "2024-03-04": 1}
    assert sum(march.values()) == len(store.events(since="2024-03-01", until="2024-03-04"))


def test_more_than_the_old_cap(store: Store) -> None:
    """2,400 events and 2,400 claims over 600 small articles: all counted."""

    def small(i: int) -> Extraction:
        day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        event = {"type": "ASSAULT", "actors": [ACTORS[1]], "place": None, "own": None}
        return article(
            f"s{i:04d}",
            day,
            [("Russian defence ministry", "Sudzha", ("denial",) if i % 3 == 0 else ())] * 4,
            [{**event, "claim": k} for k in range(4)],
        )

    extractions = [small(i) for i in range(600)]
    assert store.save_many(extractions, batch_size=300).new == 600
    events = store.events_per_day()
    claims = store.claims_per_day()
    assert sum(events.values()) == 2400
    assert sum(claims.values()) == 2400
    assert events == events_by_day(extractions)
    assert claims == claims_by_day(extractions)
    assert sum(store.claims_per_day(flag="denial").values()) == 4 * 200
    assert store.events_per_day(asserted_by="ministry", since="2024-06-01", until="2024-06-30") == (
        events_by_day(extractions, since="2024-06-01", until="2024-06-30")
    )


def test_calendar_days_as_python_reads_them(store: Store) -> None:
    """Month ends of common, leap and century years, and malformed days: the SQL of
    each dialect agrees with ``datetime.date`` on which are calendar days."""
    month_ends = [
        f"{year}-{month:02d}-{day:02d}"
        for year in (1900, 2000, 2023, 2024)
        for month in range(1, 13)
        for day in (28, 29, 30, 31)
    ]
    odd = ["0000-01-01", "0001-01-01", "9999-12-31", "2024-00-10", "2024-13-01",
           "2024-01-00", "2024-01-32", "2024-1-05", "2024/01/06", "20240107",
           "2024-01-0a", "2024-01-08T09:00:00+02:00", " 2024-01-09", "2024-01-10x"]  # fmt: skip
    values = month_ends + odd
    claim = ("Regional governor", "Kursk", ())
    store.save_many(article(f"d{i:03d}", value, [claim], []) for i, value in enumerate(values))
    expected = Counter(
        day for day in (calendar_day(listing_day(v)) or calendar_day(v) for v in values) if day
    )
    # 48 28ths, 46 29ths (no 29 February in 1900 or 2023), 44 30ths, 28 31sts; and
    # 0001-01-01, 9999-12-31, the first ten characters of the last two odd ones, and
    # 2024-01-01 for the four the listing reads as a year or a month (`2024/01/06`).
    assert len(expected) == 48 + 46 + 44 + 28 + 5
    assert expected["2024-01-01"] == 4
    assert store.claims_per_day() == dict(sorted(expected.items()))
