"""Ingest: turning text, HTML pages and JSONL rows (later also feeds and WARC
records) into cleaned :class:`~claimwire.records.Article` objects.

Contract (see docs/architecture.md):

- ``article_from_text(text_or_bytes, *, id=None, title=None, url=None, source=None,
  published=None) -> Article``: decodes bytes, drops boilerplate lines, checks the
  language, normalises whitespace; raises an :class:`~claimwire.errors.InputError`.
- ``article_from_html(html, *, url=None, published=None, id=None) -> Article``.
- ``read_jsonl(path_or_file) -> Iterator[Article | InputError]``: one per line,
  a malformed line yields a :class:`~claimwire.errors.MalformedRecordError` with
  its line number and reading goes on.
- ``read_path(path, format="auto") -> Iterator[Article | InputError]``.
- ``article_id(text) -> str``: a stable hash of the normalised text.
"""

from __future__ import annotations

from claimwire.records import Article

__all__ = ["article_from_text"]


def article_from_text(
    text: str | bytes,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: str | None = None,
) -> Article:
    """Placeholder until the ingest stage lands: no cleaning, no checks."""
    body = text.decode("utf-8") if isinstance(text, bytes) else text
    import hashlib

    digest = hashlib.sha1(" ".join(body.split()).encode("utf-8")).hexdigest()[:16]
    return Article(
        id=id or digest, text=body, title=title, url=url, source=source, published=published
    )
