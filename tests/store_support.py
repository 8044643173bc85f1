"""Helpers for the store tests: a store on each backend, and extractions written
by hand (text written for this project; offsets computed, never typed)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import replace
from urllib.parse import quote

import pytest

from claimwire.records import (
    Actor,
    Article,
    Claim,
    DateMention,
    DateValue,
    Entity,
    Event,
    Extraction,
    Place,
    Quantity,
    Response,
    Span,
)

POSTGRES = os.environ.get("CLAIMWIRE_TEST_POSTGRES")

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not POSTGRES, reason="CLAIMWIRE_TEST_POSTGRES is not set"),
        ],
    ),
]


def postgres_schema_url(base: str, schema: str) -> str:
    """``base`` with every unqualified name going to ``schema``."""
    options = quote(f"-csearch_path={schema}")
    return f"{base}{'&' if '?' in base else '?'}options={options}"


def make_backend_url(backend: str, tmp_path_str: str) -> Iterator[str]:
    """A fresh, empty store location: an SQLite file, or a private PostgreSQL schema
    dropped afterwards (so that tests never see each other's rows)."""
    if backend == "sqlite":
        yield f"{tmp_path_str}/store.db"
        return
    import psycopg

    assert POSTGRES
    schema = f"cw_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield postgres_schema_url(POSTGRES, schema)
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


TEXT = (
    "Ukraine's president, Volodymyr Zelenskyy, said on Wednesday that his forces had "
    "captured the town of Sudzha in Russia's Kursk region. Russia's defence ministry "
    "denied the claim, saying its troops had repelled the attack near Sudzha. The "
    "Ukrainian military did not respond to a request for comment. More than 120,000 "
    "people have been evacuated from the border area, regional officials said."
)


def span(text: str, phrase: str, nth: int = 0) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return Span(at, at + len(phrase), phrase)


def sample_extraction(
    article_id: str = "a1",
    published: str | None = "2024-08-15",
    *,
    title: str = "Ukraine says it took Sudzha",
    source: str = "Test Wire",
) -> Extraction:
    """An extraction with every kind of record, offsets into :data:`TEXT`."""
    t = TEXT
    article = Article(
        id=article_id,
        text=t,
        title=title,
        url=f"https://news.example/{article_id}",
        source=source,
        published=published,
        author="A. Reporter",
    )
    zelenskyy = Entity(
        "ent1",
        "Volodymyr Zelenskyy",
        "person",
        "UKR",
        (span(t, "Volodymyr Zelenskyy"),),
        kb_id="Q3874799",
    )
    ministry = Entity(
        "ent2", "Russian Ministry of Defence", "ministry", "RUS",
        (span(t, "Russia's defence ministry"),),
    )  # fmt: skip
    military = Entity(
        "ent3", "Ukrainian military", "military", "UKR", (span(t, "Ukrainian military"),)
    )
    day = DateValue("2024-08-14", "day")
    c1 = Claim(
        "c1",
        "ent1",
        "Volodymyr Zelenskyy",
        span(t, "Volodymyr Zelenskyy"),
        span(t, "said"),
        span(t, "his forces had captured the town of Sudzha in Russia's Kursk region"),
        "indirect",
        (),
        day,
    )
    c2 = Claim(
        "c2",
        "ent2",
        "Russian Ministry of Defence",
        span(t, "Russia's defence ministry"),
        span(t, "saying"),
        span(t, "its troops had repelled the attack near Sudzha"),
        "indirect",
        ("denial", "distanced"),
    )
    c3 = Claim(
        "c3",
        None,
        "regional officials",
        span(t, "regional officials"),
        span(t, "said", 1),
        span(t, "More than 120,000 people have been evacuated from the border area"),
        "indirect",
        ("unverified",),
    )
    response = Response(
        "r1",
        "ent3",
        "Ukrainian military",
        "no_response",
        span(t, "did not respond to a request for comment"),
        ("c2",),
    )
    sudzha = Place(
        "p1",
        "Sudzha",
        51.19,
        35.27,
        "RUS",
        "city",
        None,
        484907,
        (span(t, "Sudzha"), span(t, "Sudzha", 1)),
    )
    kursk = Place(
        "p2", "Kursk Oblast", 51.5, 36.0, "RUS", "admin1", None, 538555,
        (span(t, "Kursk region"),),
    )  # fmt: skip
    events = (
        Event(
            "e1",
            "ASSAULT",
            span(t, "captured"),
            mode="seize",
            actors=(Actor("Ukraine", "UKR", "military", "ent1"),),
            recipients=(Actor("Russia", "RUS"),),
            place="p1",
            date=day,
            claim="c1",
        ),
        Event(
            "e2",
            "ASSAULT",
            span(t, "repelled"),
            actors=(Actor("Russia", "RUS", "military"),),
            recipients=(Actor("Ukraine", "UKR", "military"),),
            place="p1",
            claim="c2",
        ),
        Event(
            "e3",
            "REJECT",
            span(t, "denied"),
            actors=(Actor("Russian Ministry of Defence", "RUS", "government", "ent2"),),
        ),
    )
    dates = (
        DateMention(span(t, "on Wednesday"), "2024-08-14", "day"),
        DateMention(Span(0, 0, ""), None, None, reason="test: an unresolved empty span"),
    )
    quantity = Quantity(
        "q1",
        span(t, "More than 120,000 people"),
        120000.0,
        None,
        "more_than",
        "person",
        "evacuees",
        "people",
        "c3",
    )
    return Extraction(
        article=article,
        entities=(zelenskyy, ministry, military),
        claims=(c1, c2, c3),
        responses=(response,),
        events=events,
        places=(sudzha, kursk),
        dates=dates,
        quantities=(quantity,),
    )


def elsewhere(extraction: Extraction, name: str, lat: float, lon: float) -> Extraction:
    """The same extraction with its first place moved (for geographic filters)."""
    first = replace(extraction.places[0], name=name, lat=lat, lon=lon)
    return replace(extraction, places=(first, *extraction.places[1:]))
