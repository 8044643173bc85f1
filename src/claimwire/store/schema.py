"""The store's tables, as migrations (see :mod:`claimwire.store.migrations`).

Every record of an :class:`~claimwire.records.Extraction` has its own table with
its fields as columns, each span as ``<name>_start``, ``<name>_end``,
``<name>_text`` (character offsets into ``articles.text``), keyed by
``(article_id, id)``; ``position`` keeps the order of the tuples. Cross
references inside an article (a claim's speaker, an event's place) are plain
columns, not foreign keys, so an imperfect extraction is still stored whole.
``articles.record`` holds the extraction's JSON (without the text, which has its
own column) so that reading back is exact.

Listing (migration 2): ``claims``, ``events`` and ``places`` carry a copy of
their article's sort key (``published_day``, ``article_seq`` = ``articles.seq``)
and their record's own JSON (``record``), with a keyset index in listing order
(``<table>_page``; events also ``events_type_page``). A page is then read in
index order and stops after ``limit`` rows, and each row is decoded alone
instead of its article's whole extraction. The copies are written with the
records (an article's records are always rewritten together).

Full-text search: SQLite FTS5 tables over article titles and texts and claim
contents (external content, kept in sync by triggers); PostgreSQL ``tsvector``
side tables (``articles_search``, ``claims_search``) with GIN indexes, kept in
sync by triggers.
"""

from __future__ import annotations

import json
from typing import Any

from claimwire.store.database import Tx
from claimwire.store.migrations import Migration

__all__ = ["LISTED_TABLES", "MIGRATIONS", "RECORD_TABLES"]

#: The tables holding an article's records, children after parents.
RECORD_TABLES: tuple[str, ...] = (
    "entities",
    "entity_mentions",
    "claims",
    "claim_flags",
    "responses",
    "response_claims",
    "events",
    "event_actors",
    "event_quantities",
    "places",
    "place_mentions",
    "dates",
    "quantities",
)


def _span(name: str) -> str:
    return f"{name}_start {{INT}} NOT NULL, {name}_end {{INT}} NOT NULL, {name}_text TEXT NOT NULL"


def _opt_span(name: str) -> str:
    return f"{name}_start {{INT}}, {name}_end {{INT}}, {name}_text TEXT"


_ARTICLE_FK = "FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE"

_TABLES = [
    """CREATE TABLE articles (
        seq {SERIAL},
        id TEXT NOT NULL UNIQUE,
        title TEXT,
        url TEXT,
        source TEXT,
        published TEXT,
        published_day TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        author TEXT,
        text TEXT NOT NULL,
        schema TEXT NOT NULL,
        digest TEXT NOT NULL,
        record TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    )""",
    "CREATE INDEX articles_published ON articles (published_day, seq)",
    "CREATE INDEX articles_source ON articles (source)",
    f"""CREATE TABLE entities (
        article_id TEXT NOT NULL,
        id TEXT NOT NULL,
        position {{INT}} NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT,
        kb_id TEXT,
        PRIMARY KEY (article_id, id),
        {_ARTICLE_FK}
    )""",
    "CREATE INDEX entities_name ON entities (name)",
    "CREATE INDEX entities_kb_id ON entities (kb_id)",
    f"""CREATE TABLE entity_mentions (
        article_id TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        position {{INT}} NOT NULL,
        {_span("span")},
        PRIMARY KEY (article_id, entity_id, position),
        FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, id) ON DELETE CASCADE
    )""",
    f"""CREATE TABLE claims (
        pk {{SERIAL}},
        article_id TEXT NOT NULL,
        id TEXT NOT NULL,
        position {{INT}} NOT NULL,
        speaker TEXT,
        speaker_name TEXT NOT NULL,
        {_opt_span("source")},
        {_span("cue")},
        {_span("content")},
        kind TEXT NOT NULL,
        date_value TEXT,
        date_precision TEXT,
        UNIQUE (article_id, id),
        {_ARTICLE_FK}
    )""",
    "CREATE INDEX claims_speaker_name ON claims (speaker_name)",
    """CREATE TABLE claim_flags (
        article_id TEXT NOT NULL,
        claim_id TEXT NOT NULL,
        flag TEXT NOT NULL,
        PRIMARY KEY (article_id, claim_id, flag),
        FOREIGN KEY (article_id, claim_id) REFERENCES claims (article_id, id) ON DELETE CASCADE
    )""",
    "CREATE INDEX claim_flags_flag ON claim_flags (flag)",
    f"""CREATE TABLE responses (
        article_id TEXT NOT NULL,
        id TEXT NOT NULL,
        position {{INT}} NOT NULL,
        party TEXT,
        party_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        {_span("span")},
        PRIMARY KEY (article_id, id),
        {_ARTICLE_FK}
    )""",
    """CREATE TABLE response_claims (
        article_id TEXT NOT NULL,
        response_id TEXT NOT NULL,
        position {INT} NOT NULL,
        claim_id TEXT NOT NULL,
        PRIMARY KEY (article_id, response_id, position),
        FOREIGN KEY (article_id, response_id)
            REFERENCES responses (article_id, id) ON DELETE CASCADE
    )""",
    f"""CREATE TABLE events (
        article_id TEXT NOT NULL,
        id TEXT NOT NULL,
        position {{INT}} NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        {_span("trigger")},
        place TEXT,
        date_value TEXT,
        date_precision TEXT,
        day TEXT NOT NULL DEFAULT '',
        claim TEXT,
        modality TEXT NOT NULL,
        PRIMARY KEY (article_id, id),
        {_ARTICLE_FK}
    )""",
    "CREATE INDEX events_type ON events (type)",
    "CREATE INDEX events_day ON events (day)",
    """CREATE TABLE event_actors (
        article_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        role TEXT NOT NULL,
        position {INT} NOT NULL,
        name TEXT NOT NULL,
        code TEXT,
        sector TEXT,
        entity TEXT,
        PRIMARY KEY (article_id, event_id, role, position),
        FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, id) ON DELETE CASCADE
    )""",
    "CREATE INDEX event_actors_code ON event_actors (code)",
    "CREATE INDEX event_actors_name ON event_actors (name)",
    """CREATE TABLE event_quantities (
        article_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        position {INT} NOT NULL,
        quantity_id TEXT NOT NULL,
        PRIMARY KEY (article_id, event_id, position),
        FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, id) ON DELETE CASCADE
    )""",
    f"""CREATE TABLE places (
        article_id TEXT NOT NULL,
        id TEXT NOT NULL,
        position {{INT}} NOT NULL,
        name TEXT NOT NULL,
        lat {{REAL}} NOT NULL,
        lon {{REAL}} NOT NULL,
        country TEXT,
        level TEXT NOT NULL,
        part TEXT,
        geonameid {{INT}},
        PRIMARY KEY (article_id, id),
        {_ARTICLE_FK}
    )""",
    "CREATE INDEX places_name ON places (name)",
    "CREATE INDEX places_lat_lon ON places (lat, lon)",
    "CREATE INDEX places_geonameid ON places (geonameid)",
    f"""CREATE TABLE place_mentions (
        article_id TEXT NOT NULL,
        place_id TEXT NOT NULL,
        position {{INT}} NOT NULL,
        {_span("span")},
        PRIMARY KEY (article_id, place_id, position),
        FOREIGN KEY (article_id, place_id) REFERENCES places (article_id, id) ON DELETE CASCADE
    )""",
    f"""CREATE TABLE dates (
        article_id TEXT NOT NULL,
        position {{INT}} NOT NULL,
        {_span("span")},
        value TEXT,
        precision TEXT,
        reason TEXT NOT NULL,
        anchor {{INT}} NOT NULL,
        PRIMARY KEY (article_id, position),
        {_ARTICLE_FK}
    )""",
    f"""CREATE TABLE quantities (
        article_id TEXT NOT NULL,
        id TEXT NOT NULL,
        position {{INT}} NOT NULL,
        {_span("span")},
        value {{REAL}} NOT NULL,
        upper {{REAL}},
        qualifier TEXT NOT NULL,
        unit TEXT,
        category TEXT NOT NULL,
        counted TEXT,
        claim TEXT,
        PRIMARY KEY (article_id, id),
        {_ARTICLE_FK}
    )""",
    "CREATE INDEX quantities_category ON quantities (category)",
]

_TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2'"

_SQLITE_SEARCH = [
    f"""CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content = 'articles', content_rowid = 'seq', {_TOKENIZE})""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    f"""CREATE VIRTUAL TABLE claims_fts USING fts5(
        speaker_name, content_text, content = 'claims', content_rowid = 'pk', {_TOKENIZE})""",
    """CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
        INSERT INTO claims_fts (rowid, speaker_name, content_text)
            VALUES (new.pk, new.speaker_name, new.content_text);
    END""",
    """CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
        INSERT INTO claims_fts (claims_fts, rowid, speaker_name, content_text)
            VALUES ('delete', old.pk, old.speaker_name, old.content_text);
    END""",
]

# The tsvectors live in narrow side tables, kept in sync by triggers, with their
# values stored out of line (toast_tuple_target): a GIN bitmap scan then visits
# a few hundred small pages to learn which rows match, instead of every page of
# the wide articles table. tsvector is capped at 1 MB, so the first 500,000
# characters of a text are indexed.
_POSTGRES_SEARCH = [
    """CREATE TABLE articles_search (
        seq BIGINT PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
        tsv tsvector NOT NULL
    ) WITH (toast_tuple_target = 128)""",
    "ALTER TABLE articles_search ALTER COLUMN tsv SET STORAGE EXTERNAL",
    "CREATE INDEX articles_search_tsv ON articles_search USING GIN (tsv)",
    """CREATE FUNCTION articles_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO articles_search (seq, tsv) VALUES (NEW.seq,
            setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
            || setweight(to_tsvector('english', left(NEW.text, 500000)), 'B'))
        ON CONFLICT (seq) DO UPDATE SET tsv = EXCLUDED.tsv;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER articles_search_sync AFTER INSERT OR UPDATE OF title, text ON articles
        FOR EACH ROW EXECUTE FUNCTION articles_search_sync()""",
    """CREATE TABLE claims_search (
        pk BIGINT PRIMARY KEY REFERENCES claims (pk) ON DELETE CASCADE,
        tsv tsvector NOT NULL
    ) WITH (toast_tuple_target = 128)""",
    "ALTER TABLE claims_search ALTER COLUMN tsv SET STORAGE EXTERNAL",
    "CREATE INDEX claims_search_tsv ON claims_search USING GIN (tsv)",
    """CREATE FUNCTION claims_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO claims_search (pk, tsv) VALUES (NEW.pk,
            setweight(to_tsvector('english', NEW.speaker_name), 'A')
            || setweight(to_tsvector('english', NEW.content_text), 'B'));
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER claims_search_sync AFTER INSERT ON claims
        FOR EACH ROW EXECUTE FUNCTION claims_search_sync()""",
    # The same great-circle distance that SQLite gets as a Python function.
    """CREATE FUNCTION km(lat1 DOUBLE PRECISION, lon1 DOUBLE PRECISION,
                          lat2 DOUBLE PRECISION, lon2 DOUBLE PRECISION)
        RETURNS DOUBLE PRECISION LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT 2 * 6371.0088 * asin(least(1.0, sqrt(
            sin(radians(lat2 - lat1) / 2) ^ 2
            + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ^ 2)))
    $$""",
]

#: Record tables listed newest article first, each with a copy of the sort key.
LISTED_TABLES: tuple[str, ...] = ("claims", "events", "places")

#: The listing order; ``position`` orders the records of one article.
_PAGE_ORDER = "published_day DESC, article_seq DESC, position"


def _listing(table: str) -> list[str]:
    article = f"SELECT a.{{column}} FROM articles a WHERE a.id = {table}.article_id"
    return [
        f"ALTER TABLE {table} ADD COLUMN published_day TEXT NOT NULL DEFAULT ''",
        f"ALTER TABLE {table} ADD COLUMN article_seq {{INT}} NOT NULL DEFAULT 0",
        f"ALTER TABLE {table} ADD COLUMN record TEXT NOT NULL DEFAULT ''",
        f"UPDATE {table} SET published_day = ({article.format(column='published_day')}),"
        f" article_seq = ({article.format(column='seq')})",
        f"CREATE INDEX {table}_page ON {table} ({_PAGE_ORDER})",
    ]


def _fill_records(tx: Tx) -> None:
    """Each listed record's own JSON, cut from its article's stored extraction."""
    last = 0
    while True:
        articles = tx.query(
            "SELECT seq, id, record FROM articles WHERE seq > ? ORDER BY seq LIMIT 500", [last]
        )
        updates: dict[str, list[list[Any]]] = {table: [] for table in LISTED_TABLES}
        for article in articles:
            data = json.loads(article["record"])
            for table in LISTED_TABLES:
                updates[table].extend(
                    [record_json(table, record), article["id"], record["id"]]
                    for record in data[table]
                )
        for table, rows in updates.items():
            tx.executemany(f"UPDATE {table} SET record = ? WHERE article_id = ? AND id = ?", rows)
        if len(articles) < 500:
            return
        last = int(articles[-1]["seq"])


def record_json(table: str, record: dict[str, Any]) -> str:
    """The JSON kept in ``<table>.record``: the record's ``claimwire.article/1`` object
    (events without the derived ``asserted_by``, which the listing joins)."""
    if table == "events":
        record = {k: v for k, v in record.items() if k != "asserted_by"}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


MIGRATIONS: list[Migration] = [
    Migration(
        1,
        "articles and their records, with full-text search",
        sql=_TABLES,
        sqlite=_SQLITE_SEARCH,
        postgresql=_POSTGRES_SEARCH,
    ),
    Migration(
        2,
        "listed records carry their article's sort key and their own JSON (keyset pages)",
        sql=[
            *(statement for table in LISTED_TABLES for statement in _listing(table)),
            # Type first: a type filter reads its own records in listing order.
            f"CREATE INDEX events_type_page ON events (type, {_PAGE_ORDER})",
            "DROP INDEX events_type",
        ],
        postgresql=[
            # Name filters are substrings of lower(name): without statistics on that
            # expression the planner guesses them rare and sorts every match instead
            # of walking the keyset index (PostgreSQL 14+ keeps such statistics).
            """DO $$ BEGIN
                IF current_setting('server_version_num')::int >= 140000 THEN
                    EXECUTE 'CREATE STATISTICS claims_speaker_name_lower'
                        ' ON (lower(speaker_name)) FROM claims';
                    EXECUTE 'CREATE STATISTICS places_name_lower ON (lower(name)) FROM places';
                END IF;
            END $$""",
            "ANALYZE claims",
            "ANALYZE events",
            "ANALYZE places",
        ],
        apply=_fill_records,
    ),
]
