"""HTML pages to articles, through trafilatura (main text plus metadata)."""

from __future__ import annotations

import re
from typing import Any

from claimwire.errors import InputError, NoArticleError
from claimwire.ingest.text import article_from_text, decode_bytes
from claimwire.records import Article
from claimwire.settings import Settings

__all__ = ["article_from_html", "looks_like_html"]

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|section)\b",
    re.IGNORECASE | re.DOTALL,
)
#: A page whose longest line is shorter than this has menus and links, no report.
MIN_SENTENCE_WORDS = 8

_HTML_TAGS = re.compile(r"</?(?:p|div|br|span|a|article|body|html)\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def article_from_html(
    html: str | bytes,
    *,
    url: str | None = None,
    published: str | None = None,
    id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    settings: Settings | None = None,
    origin: str | None = None,
) -> Article:
    """Extract the report from an HTML page: its main text (boilerplate dropped)
    and metadata (title, date, author, site name as ``source``, canonical URL).

    ``published``, ``title`` and ``source`` given here win over the page's own.
    Raises :class:`~claimwire.errors.NoArticleError` when the page has no article
    body (an index page, a login wall, an error page).
    """
    import trafilatura

    limit = 4 * (settings or Settings.from_env()).max_chars  # markup is bulkier than text
    if len(html) > limit:
        raise InputError(
            f"HTML page is {len(html):,} characters, more than 4 x the CLAIMWIRE_MAX_CHARS "
            f"limit ({limit:,}); is it really one article?",
            source=origin,
        )
    page = decode_bytes(html, origin=origin) if isinstance(html, bytes) else html
    try:
        document = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise NoArticleError(
            f"the HTML page could not be parsed ({type(exc).__name__}: {exc})", source=origin
        ) from None
    meta: dict[str, Any] = {}
    if document is not None:
        meta = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    body = (meta.get("text") or "").strip()
    # With no article, trafilatura falls back to whatever text there is (menus, link
    # lists): a report has at least one line that reads like a sentence.
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in body.splitlines()):
        raise NoArticleError("the HTML page holds no article text", source=origin)
    page_title = _text(meta.get("title"))
    # trafilatura keeps the headline as the first line of the text; it is the title.
    first, _, rest = body.partition("\n")
    if page_title and rest and " ".join(first.split()) == page_title:
        body = rest
    if not body.strip():
        raise NoArticleError("the HTML page holds a headline but no article text", source=origin)
    return article_from_text(
        body,
        id=id,
        title=title or page_title,
        url=url or _text(meta.get("url")),
        source=source or _text(meta.get("sitename")) or _text(meta.get("hostname")),
        published=published or _text(meta.get("date")),
        author=_text(meta.get("author")),
        settings=settings,
        origin=origin,
    )


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())
    return cleaned or None
