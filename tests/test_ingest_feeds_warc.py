"""RSS/Atom feeds and WARC files as inputs: each item or HTML response an article."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from claimwire.errors import InputError, MalformedRecordError, NoArticleError
from claimwire.ingest import read_bytes, read_path
from claimwire.ingest.warc import read_warc, warc_record_offsets
from claimwire.records import Article

PARAGRAPHS = [
    "Sudanese army units said on Monday they had pushed paramilitary fighters out of "
    "two districts of Omdurman after a week of heavy shelling along the Nile.",
    "The Rapid Support Forces did not respond to a request for comment, and residents "
    "reached by telephone said gunfire could still be heard across the river overnight.",
    "Aid groups said thousands of families had fled towards the north since the start "
    "of the month, and that the main hospital was running short of fuel and medicine.",
]


def _story(n: int) -> str:
    return " ".join(p.replace("two districts", f"{n + 2} districts") for p in PARAGRAPHS)


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test Wire</title><link>https://wire.example.org</link>
<item><title>Army pushes into Omdurman</title><link>https://wire.example.org/1</link>
<guid>wire-1</guid><pubDate>Tue, 12 Mar 2024 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}]]></content:encoded></item>
<item><title>Empty item</title><link>https://wire.example.org/2</link><guid>wire-2</guid></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Shelling along the Nile</title><id>urn:atom:1</id>
<link href="https://atom.example.org/1"/><updated>2024-03-11T08:00:00Z</updated>
<content type="html">{"".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in PARAGRAPHS)}</content></entry>
</feed>"""


def write_warc(path: Path, stories: list[str], *, extra_records: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=path.suffix == ".gz")
        for i, story in enumerate(stories):
            if extra_records:
                writer.write_record(
                    writer.create_warc_record(
                        f"https://news.example.org/{i}",
                        "request",
                        payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                        length=len(b"GET / HTTP/1.1\r\n\r\n"),
                    )
                )
            page = (
                f"<html><head><title>Story {i}</title></head><body><nav>Home | World</nav>"
                f"<article><h1>Story {i}</h1><p>{story}</p></article></body></html>"
            ).encode()
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://news.example.org/{i}",
                    "response",
                    payload=io.BytesIO(page),
                    length=len(page),  # a known length keeps warcio from spooling to a temp file
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": "2024-03-12T10:00:00Z"},
                )
            )
        if extra_records:
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://news.example.org/logo.png",
                    "response",
                    payload=io.BytesIO(b"\x89PNG\r\n"),
                    length=6,
                    http_headers=image,
                )
            )


def test_rss_items_become_articles_and_an_empty_item_an_error(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_path(path))
    assert len(items) == 2
    article, error = items
    assert isinstance(article, Article)
    assert article.title == "Army pushes into Omdurman"
    assert article.url == "https://wire.example.org/1"
    assert article.published == "2024-03-12"
    assert article.source == "Test Wire"
    assert "Rapid Support Forces did not respond" in article.text
    assert isinstance(error, NoArticleError)
    assert "item 2" in str(error)


def test_atom_feed_from_standard_input_is_sniffed() -> None:
    (article,) = list(read_bytes(ATOM.encode()))
    assert isinstance(article, Article)
    assert article.title == "Shelling along the Nile"
    assert article.published == "2024-03-11"
    assert article.text.startswith("Sudanese army units said on Monday")


def test_a_file_that_is_no_feed_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<rss><channel><title>x</title>", encoding="utf-8")
    (error,) = list(read_path(path))
    assert isinstance(error, MalformedRecordError)
    assert "not an RSS or Atom feed" in str(error)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_become_articles(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_warc(path, [_story(i) for i in range(3)])
    articles = list(read_path(path))
    assert [a.url for a in articles if isinstance(a, Article)] == [
        f"https://news.example.org/{i}" for i in range(3)
    ]
    first = articles[0]
    assert isinstance(first, Article)
    assert first.published == "2024-03-12"  # the crawl date, as the page gives none
    assert "Home | World" not in first.text


def test_warc_offsets_split_a_file_into_ranges(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [_story(i) for i in range(4)])
    offsets = warc_record_offsets(path)
    assert len(offsets) == 4
    middle = list(read_warc(path, start=offsets[1], stop=offsets[3]))
    assert [a.url for a in middle if isinstance(a, Article)] == [
        "https://news.example.org/1",
        "https://news.example.org/2",
    ]


def test_a_file_that_is_no_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not a web archive\n" * 10)
    items = list(read_warc(path))
    assert len(items) == 1
    assert isinstance(items[0], InputError)
    assert "not a readable WARC file" in str(items[0])
