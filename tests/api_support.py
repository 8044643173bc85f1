"""What the API and web tests share: hand-built extractions and a live server.

The extractions are built by hand over texts written for these tests (the facts
are real, the sentences are ours), so that the API and the page can be checked
against known claims, events and places whatever the pipeline extracts today.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from fastapi import FastAPI

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

#: Set by the payloads below if any of them ever runs in the page.
PWNED_FLAG = "__claimwire_pwned"

XSS_TITLE = f"<script>window.{PWNED_FLAG}='title'</script>Shelling reported"
XSS_SPEAKER = f"<img src=x onerror=\"window.{PWNED_FLAG}='speaker'\">Mayor"


def span(text: str, part: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``part`` in ``text`` as a Span (fails loudly if absent)."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(part, at + 1)
    return Span(at, at + len(part), part)


def sudzha() -> Extraction:
    text = (
        "Ukraine's military said on Tuesday that its troops had captured the town of Sudzha "
        "in Russia's Kursk region, taking more than 100 prisoners. "
        "Russia's defence ministry denied the claim and said the attack near Sudzha had been "
        "repelled. The account could not be independently verified."
    )
    article = Article(
        id="sudzha-1",
        text=text,
        title="Ukraine says it took Sudzha; Moscow denies it",
        url="https://example.org/news/sudzha",
        source="Example Wire",
        published="2024-08-15",
    )
    ukraine = Entity(
        "ent1", "Armed Forces of Ukraine", "military", "UKR", (span(text, "Ukraine's military"),)
    )
    russia = Entity(
        "ent2", "Russian Ministry of Defence", "ministry", "RUS",
        (span(text, "Russia's defence ministry"),),
    )  # fmt: skip
    sudzha_place = Place(
        "p1", "Sudzha", 51.1917, 35.2722, "RUS", "city", None, 491_953,
        (span(text, "Sudzha"), span(text, "Sudzha", 1)),
    )  # fmt: skip
    kursk = Place(
        "p2", "Kursk Oblast", 51.5, 36.0, "RUS", "admin1", None, None, (span(text, "Kursk region"),)
    )
    c1 = Claim(
        "c1", "ent1", "Armed Forces of Ukraine", span(text, "Ukraine's military"),
        span(text, "said"),
        span(text, "its troops had captured the town of Sudzha in Russia's Kursk region, "
                   "taking more than 100 prisoners"),
        "indirect", ("unverified",), DateValue("2024-08-13", "day"),
    )  # fmt: skip
    c2 = Claim(
        "c2", "ent2", "Russian Ministry of Defence", span(text, "Russia's defence ministry"),
        span(text, "said", 1), span(text, "the attack near Sudzha had been repelled"),
        "indirect", ("denial",), None,
    )  # fmt: skip
    r1 = Response(
        "r1", "ent2", "Russian Ministry of Defence", "denied",
        span(text, "Russia's defence ministry denied the claim"), ("c1",),
    )  # fmt: skip
    e1 = Event(
        "e1", "ASSAULT", span(text, "captured"), "seize",
        (Actor("Ukraine", "UKR", "military", "ent1"),), (Actor("Russia", "RUS", None, None),),
        "p1", DateValue("2024-08-13", "day"), "c1", "actual", ("q1",),
    )  # fmt: skip
    e2 = Event(
        "e2", "REJECT", span(text, "repelled"), None,
        (Actor("Russia", "RUS", "military", "ent2"),), (Actor("Ukraine", "UKR", None, None),),
        "p1", None, "c2", "actual",
    )  # fmt: skip
    return Extraction(
        article=article,
        entities=(ukraine, russia),
        claims=(c1, c2),
        responses=(r1,),
        events=(e1, e2),
        places=(sudzha_place, kursk),
        dates=(DateMention(span(text, "Tuesday"), "2024-08-13", "day"),),
        quantities=(
            Quantity(
                "q1",
                span(text, "more than 100 prisoners"),
                100.0,
                None,
                "more_than",
                None,
                "prisoners",
                "prisoners",
                "c1",
            ),
        ),
    )


def sudzha_moscow() -> Extraction:
    """Moscow's side of the Sudzha story, from another outlet: the same attack, repelled."""
    text = (
        "Russia's defence ministry said on Tuesday that its forces had repelled a Ukrainian "
        "attack on Sudzha in the Kursk region. Kyiv did not respond to a request for comment."
    )
    article = Article(
        id="sudzha-2",
        text=text,
        title="Moscow says attack on Sudzha repelled",
        source="Other Wire",
        published="2024-08-14",
    )
    ministry = Entity(
        "ent1", "Russian Ministry of Defence", "ministry", "RUS",
        (span(text, "Russia's defence ministry"),),
    )  # fmt: skip
    kyiv = Entity("ent2", "Government of Ukraine", "government", "UKR", (span(text, "Kyiv"),))
    place = Place(
        "p1", "Sudzha", 51.1917, 35.2722, "RUS", "city", None, 491_953, (span(text, "Sudzha"),)
    )
    region = Place(
        "p2", "Kursk Oblast", 51.5, 36.0, "RUS", "admin1", None, None, (span(text, "Kursk region"),)
    )
    c1 = Claim(
        "c1", "ent1", "Russian Ministry of Defence", span(text, "Russia's defence ministry"),
        span(text, "said"),
        span(text, "its forces had repelled a Ukrainian attack on Sudzha in the Kursk region"),
        "indirect", (), DateValue("2024-08-13", "day"),
    )  # fmt: skip
    r1 = Response(
        "r1", "ent2", "Government of Ukraine", "no_response",
        span(text, "Kyiv did not respond to a request for comment"), ("c1",),
    )  # fmt: skip
    e1 = Event(
        "e1", "ASSAULT", span(text, "repelled"), None,
        (Actor("Ukraine", "UKR", "military", None),), (Actor("Russia", "RUS", None, "ent1"),),
        "p1", DateValue("2024-08-13", "day"), "c1", "actual",
    )  # fmt: skip
    return Extraction(
        article=article,
        entities=(ministry, kyiv),
        claims=(c1,),
        responses=(r1,),
        events=(e1,),
        places=(place, region),
        dates=(DateMention(span(text, "Tuesday"), "2024-08-13", "day"),),
    )


def sudzha_kyiv() -> Extraction:
    """A third outlet carrying Ukraine's side: corroboration from an independent source."""
    text = "Ukrainian commanders said their troops entered Sudzha on Tuesday and captured it."
    article = Article(
        id="sudzha-3",
        text=text,
        title="Ukrainian troops enter Sudzha",
        source="Third Daily",
        published="2024-08-14",
    )
    commanders = Entity(
        "ent1", "Ukrainian commanders", "military", "UKR", (span(text, "Ukrainian commanders"),)
    )
    place = Place(
        "p1", "Sudzha", 51.1917, 35.2722, "RUS", "city", None, 491_953, (span(text, "Sudzha"),)
    )
    c1 = Claim(
        "c1", "ent1", "Ukrainian commanders", span(text, "Ukrainian commanders"),
        span(text, "said"), span(text, "their troops entered Sudzha on Tuesday and captured it"),
        "indirect", (), DateValue("2024-08-13", "day"),
    )  # fmt: skip
    e1 = Event(
        "e1", "ASSAULT", span(text, "captured"), "seize",
        (Actor("Ukraine", "UKR", "military", "ent1"),), (Actor("Russia", "RUS", None, None),),
        "p1", DateValue("2024-08-13", "day"), "c1", "actual",
    )  # fmt: skip
    return Extraction(
        article=article,
        entities=(commanders,),
        claims=(c1,),
        events=(e1,),
        places=(place,),
        dates=(DateMention(span(text, "Tuesday"), "2024-08-13", "day"),),
    )


def kharkiv() -> Extraction:
    text = (
        "Officials in Kharkiv said a missile strike on Monday killed three people. "
        "The regional governor, Oleh Syniehubov, said rescue work was still going on."
    )
    article = Article(
        id="kharkiv-1",
        text=text,
        title="Missile strike on Kharkiv",
        source="Other Daily",
        published="2024-08-20",
    )
    officials = Entity(
        "ent1", "Kharkiv officials", "government", "UKR", (span(text, "Officials in Kharkiv"),)
    )
    governor = Entity("ent2", "Oleh Syniehubov", "person", "UKR", (span(text, "Oleh Syniehubov"),))
    place = Place(
        "p1", "Kharkiv", 49.9935, 36.2304, "UKR", "city", None, 706_483, (span(text, "Kharkiv"),)
    )
    c1 = Claim(
        "c1", "ent1", "Kharkiv officials", span(text, "Officials in Kharkiv"), span(text, "said"),
        span(text, "a missile strike on Monday killed three people"), "indirect", (), None,
    )  # fmt: skip
    c2 = Claim(
        "c2", "ent2", "Oleh Syniehubov", span(text, "The regional governor, Oleh Syniehubov"),
        span(text, "said", 1), span(text, "rescue work was still going on"), "indirect",
        ("hedged",), None,
    )  # fmt: skip
    e1 = Event(
        "e1", "ASSAULT", span(text, "missile strike"), "missile",
        (Actor("Russia", "RUS", "military", None),), (Actor("civilians", None, "civilians", None),),
        "p1", DateValue("2024-08-19", "day"), "c1", "actual", ("q1",),
    )  # fmt: skip
    return Extraction(
        article=article,
        entities=(officials, governor),
        claims=(c1, c2),
        events=(e1,),
        places=(place,),
        dates=(DateMention(span(text, "Monday"), "2024-08-19", "day"),),
        quantities=(
            Quantity(
                "q1", span(text, "three people"), 3.0, None, "exact", None, "killed", "people", "c1"
            ),
        ),
    )


def hostile() -> Extraction:
    """An article whose text, title and names carry script payloads."""
    text = (
        f"The mayor said <script>window.{PWNED_FLAG}='text'</script> shelling hit Kherson. "
        f"Residents posted <img src=x onerror=\"window.{PWNED_FLAG}='img'\"> photos. "
        f"<a href=\"javascript:window.{PWNED_FLAG}='link'\">see more</a>"
    )
    article = Article(
        id="hostile-1",
        text=text,
        title=XSS_TITLE,
        url=f"javascript:window.{PWNED_FLAG}='url'",
        source='<b onmouseover="alert(1)">Feed</b>',
        published="2024-08-18",
    )
    mayor = Entity("ent1", XSS_SPEAKER, "person", "UKR", (span(text, "The mayor"),))
    place = Place(
        "p1", f"<svg onload=window.{PWNED_FLAG}='place'>Kherson", 46.6354, 32.6169, "UKR",
        "city", None, None, (span(text, "Kherson"),),
    )  # fmt: skip
    content = span(text, f"<script>window.{PWNED_FLAG}='text'</script> shelling hit Kherson")
    c1 = Claim(
        "c1", "ent1", XSS_SPEAKER, span(text, "The mayor"), span(text, "said"), content,
        "indirect", ("unverified",), None,
    )  # fmt: skip
    e1 = Event(
        "e1", "ASSAULT", span(text, "shelling"), None, (Actor("<i>Russia</i>", "RUS"),), (),
        "p1", None, "c1",
    )  # fmt: skip
    return Extraction(
        article=article, entities=(mayor,), claims=(c1,), events=(e1,), places=(place,)
    )


def sample_extractions() -> list[Extraction]:
    return [sudzha(), sudzha_moscow(), sudzha_kyiv(), kharkiv(), hostile()]


class LiveServer:
    """The app served by uvicorn on a free loopback port, in a background thread."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port: int = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app, log_level="warning", lifespan="on", ws="none", server_header=False
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@contextmanager
def serving(app: FastAPI) -> Iterator[LiveServer]:
    server = LiveServer(app).start()
    try:
        yield server
    finally:
        server.stop()


def error_of(response: Any) -> dict[str, Any]:
    """The ``error`` object of an API error response, checking the shape on the way."""
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert isinstance(error["code"], str)
    assert error["code"]
    assert isinstance(error["message"], str)
    assert error["message"]
    assert error["status"] == response.status_code
    assert "Traceback" not in response.text
    return dict(error)
