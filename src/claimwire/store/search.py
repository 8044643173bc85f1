"""Full-text search over article titles and texts and claim contents.

SQLite uses the FTS5 tables of the schema (BM25 ranking, Porter stemming);
PostgreSQL the generated ``tsvector`` columns (``websearch_to_tsquery``,
``ts_rank``). Both take the same web-search style query: words (all must
match), ``"a phrase"``, ``OR`` between alternatives, ``-word`` to exclude.
"""

from __future__ import annotations

import re
from typing import Any

from claimwire.store.database import Database
from claimwire.store.rows import SearchHit

__all__ = ["WINDOW", "fts5_query", "search"]

#: At most this many of the newest matches (articles, and claims) are ranked.
WINDOW = 1000

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def fts5_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression for a web-search style query (None: nothing to
    search for). Every term is quoted, so no user text is read as FTS5 syntax."""
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    for match in _TOKEN.finditer(text):
        minus, phrase, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None:
            if bare == "OR":
                pending_or = bool(positive)
                continue
            minus = "-" if bare.startswith("-") and len(bare) > 1 else ""
            prefix = bare.endswith("*")
            words = _WORD.findall(bare)
            if not words:
                continue
            term = '"' + " ".join(words) + '"' + ("*" if prefix else "")
        else:
            words = _WORD.findall(phrase or "")
            if not words:
                continue
            term = '"' + " ".join(words) + '"'
        if minus:
            negative.append(term)
        elif pending_or and positive:
            positive[-1] = f"({positive[-1]} OR {term})"
            pending_or = False
        else:
            positive.append(term)
    if not positive:
        return None
    query = " AND ".join(positive)
    for term in negative:
        query = f"({query}) NOT {term}"
    return query


def search(db: Database, text: str, limit: int) -> list[SearchHit]:
    if db.dialect == "sqlite":
        query = fts5_query(text)
        if query is None:
            return []
        rows = _sqlite(db, query, limit)
    else:
        if not _WORD.search(text):
            return []
        rows = _postgres(db, text, limit)
    hits = [
        SearchHit(
            kind=r["kind"],
            article_id=r["article_id"],
            title=r["title"],
            published=r["published"],
            claim_id=r["claim_id"],
            snippet=" ".join((r["snippet"] or "").split()),
            score=float(r["score"]),
        )
        for r in rows
    ]
    hits.sort(key=lambda h: -h.score)
    return hits[:limit]


def _sqlite(db: Database, query: str, limit: int) -> list[dict[str, Any]]:
    # The best `limit` of each kind, ranked by BM25 (titles and speakers weigh more);
    # joined to the content tables only for those rows.
    # FTS5 walks its index newest first and stops after WINDOW matches, so BM25 is
    # computed for those only; snippets are made for the `limit` best.
    articles = db.query(
        "SELECT 'article' AS kind, a.id AS article_id, a.title, a.published,"
        " NULL AS claim_id, r.score,"
        " (SELECT snippet(articles_fts, -1, '[', ']', '…', 16) FROM articles_fts"
        "  WHERE articles_fts MATCH ? AND rowid = r.rowid) AS snippet FROM ("
        "  SELECT rowid, score FROM ("
        "   SELECT rowid, -bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts"
        "   WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"
        "  ORDER BY score DESC LIMIT ?) r"
        " JOIN articles a ON a.seq = r.rowid",
        [query, query, WINDOW, limit],
    )
    claims = db.query(
        "SELECT 'claim' AS kind, c.article_id, a.title, a.published, c.id AS claim_id,"
        " r.score,"
        " (SELECT snippet(claims_fts, -1, '[', ']', '…', 16) FROM claims_fts"
        "  WHERE claims_fts MATCH ? AND rowid = r.rowid) AS snippet FROM ("
        "  SELECT rowid, score FROM ("
        "   SELECT rowid, -bm25(claims_fts, 2.0, 1.0) AS score FROM claims_fts"
        "   WHERE claims_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"
        "  ORDER BY score DESC LIMIT ?) r"
        " JOIN claims c ON c.pk = r.rowid JOIN articles a ON a.id = c.article_id",
        [query, query, WINDOW, limit],
    )
    return articles + claims


def _postgres(db: Database, text: str, limit: int) -> list[dict[str, Any]]:
    options = "StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1"
    # The window is taken through the GIN index and the narrow side tables' keys
    # (`seq + 0` keeps the planner off a backward scan of the primary key, and
    # sequential scans are off for this transaction): filtering or projecting `tsv`
    # row by row would de-TOAST every match. Only the window's rows are ranked, only
    # the best get a headline.
    with db.transaction() as tx:
        tx.execute("SET LOCAL enable_seqscan = off")
        articles = tx.query(
            "SELECT 'article' AS kind, a.id AS article_id, a.title, a.published,"
            " NULL AS claim_id, ts_headline('english', left(a.text, 20000), r.q, ?) AS snippet,"
            " r.score FROM ("
            "  SELECT x.seq, w.q, ts_rank(x.tsv, w.q) AS score FROM ("
            "   SELECT seq, q FROM articles_search, websearch_to_tsquery('english', ?) q"
            "   WHERE tsv @@ q ORDER BY seq + 0 DESC LIMIT ?) w"
            "  JOIN articles_search x ON x.seq = w.seq"
            "  ORDER BY score DESC LIMIT ?) r"
            " JOIN articles a ON a.seq = r.seq",
            [options, text, WINDOW, limit],
        )
        claims = tx.query(
            "SELECT 'claim' AS kind, c.article_id, a.title, a.published, c.id AS claim_id,"
            " ts_headline('english', c.content_text, r.q, ?) AS snippet, r.score FROM ("
            "  SELECT x.pk, w.q, ts_rank(x.tsv, w.q) AS score FROM ("
            "   SELECT pk, q FROM claims_search, websearch_to_tsquery('english', ?) q"
            "   WHERE tsv @@ q ORDER BY pk + 0 DESC LIMIT ?) w"
            "  JOIN claims_search x ON x.pk = w.pk"
            "  ORDER BY score DESC LIMIT ?) r"
            " JOIN claims c ON c.pk = r.pk JOIN articles a ON a.id = c.article_id",
            [options, text, WINDOW, limit],
        )
    return articles + claims
