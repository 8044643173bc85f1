"""Linking's tables in the store, as migrations (see :mod:`claimwire.store.migrations`).

``link_articles`` lists linked articles in link order with the digest of the
extraction that was linked; ``link_fingerprints`` keeps each article's MinHash
signature, so that the origin index is rebuilt without reading any text;
``link_event_mentions`` and ``link_claim_mentions`` keep each mention's
comparable features (JSON) and cluster, so that the linkers are restored without
scoring anything; ``link_clusters`` and ``link_contradictions`` hold each event
cluster's current picture for queries. Every row goes with its article
(``ON DELETE CASCADE``).
"""

from __future__ import annotations

from claimwire.store.migrations import Migration

__all__ = ["MIGRATIONS"]

_FK = "FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE"

_COMMON = [
    f"""CREATE TABLE link_articles (
        article_id TEXT PRIMARY KEY,
        seq {{INT}} NOT NULL UNIQUE,
        digest TEXT NOT NULL,
        published TEXT,
        origin_id TEXT NOT NULL,
        {_FK}
    )""",
    "CREATE INDEX link_articles_origin ON link_articles (origin_id)",
    f"""CREATE TABLE link_duplicates (
        article_id TEXT NOT NULL,
        other_id TEXT NOT NULL,
        relation TEXT NOT NULL,
        similarity {{REAL}} NOT NULL,
        PRIMARY KEY (article_id, other_id),
        {_FK}
    )""",
    f"""CREATE TABLE link_event_mentions (
        article_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        seq {{INT}} NOT NULL,
        cluster_id TEXT NOT NULL,
        features TEXT NOT NULL,
        PRIMARY KEY (article_id, event_id),
        {_FK}
    )""",
    "CREATE INDEX link_event_mentions_cluster ON link_event_mentions (cluster_id)",
    f"""CREATE TABLE link_claim_mentions (
        article_id TEXT NOT NULL,
        claim_id TEXT NOT NULL,
        seq {{INT}} NOT NULL,
        cluster_id TEXT NOT NULL,
        features TEXT NOT NULL,
        PRIMARY KEY (article_id, claim_id),
        {_FK}
    )""",
    "CREATE INDEX link_claim_mentions_cluster ON link_claim_mentions (cluster_id)",
    """CREATE TABLE link_clusters (
        cluster_id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        place TEXT,
        first_day TEXT,
        last_day TEXT,
        articles {INT} NOT NULL,
        origins {INT} NOT NULL,
        independent {INT} NOT NULL,
        asserted_by TEXT NOT NULL,
        deniers TEXT NOT NULL
    )""",
    "CREATE INDEX link_clusters_day ON link_clusters (last_day)",
    """CREATE TABLE link_contradictions (
        cluster_id TEXT NOT NULL,
        position {INT} NOT NULL,
        kind TEXT NOT NULL,
        first_key TEXT NOT NULL,
        second_key TEXT NOT NULL,
        first_by TEXT,
        second_by TEXT,
        detail TEXT NOT NULL,
        last_day TEXT,
        PRIMARY KEY (cluster_id, position),
        FOREIGN KEY (cluster_id) REFERENCES link_clusters (cluster_id) ON DELETE CASCADE
    )""",
]

MIGRATIONS: list[Migration] = [
    Migration(
        1,
        "linking: origins, event and claim clusters, pictures",
        sql=_COMMON,
        sqlite=[
            f"""CREATE TABLE link_fingerprints (
                article_id TEXT PRIMARY KEY,
                text_hash TEXT NOT NULL,
                signature BLOB NOT NULL,
                size INTEGER NOT NULL,
                wire TEXT,
                {_FK}
            )""",
            "CREATE INDEX link_fingerprints_hash ON link_fingerprints (text_hash)",
        ],
        postgresql=[
            f"""CREATE TABLE link_fingerprints (
                article_id TEXT PRIMARY KEY,
                text_hash TEXT NOT NULL,
                signature BYTEA NOT NULL,
                size BIGINT NOT NULL,
                wire TEXT,
                {_FK}
            )""",
            "CREATE INDEX link_fingerprints_hash ON link_fingerprints (text_hash)",
        ],
    ),
]
