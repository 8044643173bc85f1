"""Linking over a store: link new articles incrementally, keep the results in tables.

:func:`link_new` restores the linker from the store's ``link_*`` tables (MinHash
signatures, mention features and cluster ids: nothing is re-read or re-scored),
links every stored article that is not linked yet, in the order the store
received them, and writes what changed in one transaction: the new articles'
fingerprints, duplicates and mentions, and the pictures (sources, contradictions)
of the clusters they touched. Cluster ids never change: an arrival that merges two
clusters keeps the older id, and every mention key resolves to its cluster.

An article whose extraction changed since it was linked (re-ingested by a newer
pipeline) makes :func:`link_new` rebuild all links from scratch, in the original
order, so ids stay as they were wherever the clusters themselves did not change.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from claimwire.errors import RecordNotFoundError, StoreError
from claimwire.link.features import ClaimMention, EventMention
from claimwire.link.linker import LinkConfig, Linker
from claimwire.link.origins import Fingerprint
from claimwire.link.picture import EventPicture
from claimwire.store import Store, Tx

__all__ = ["LinkReport", "contradiction_rows", "link_new", "load_linker", "resolve_event"]


@dataclass(frozen=True, slots=True)
class LinkReport:
    """What one :func:`link_new` run did."""

    linked: int  # articles linked in this run
    total: int  # articles linked in all
    rebuilt: bool  # everything was relinked (an extraction had changed)
    clusters_touched: int


# ---------------------------------------------------------------- (de)serialising features


def _interval(value: tuple[dt.date, dt.date] | None) -> list[str] | None:
    return [value[0].isoformat(), value[1].isoformat()] if value else None


def _event_json(m: EventMention, names: Iterable[str]) -> str:
    return json.dumps(
        {
            "type": m.type,
            "trigger": sorted(m.trigger),
            "context": sorted(m.context),
            "participants": sorted(m.participants),
            "lat": m.lat,
            "lon": m.lon,
            "place": m.place,
            "when": _interval(m.when),
            "published": m.published.isoformat() if m.published else None,
            "modality": m.modality,
            "claim": m.claim,
            "speaker": m.speaker,
            "names": sorted(names),
        },
        ensure_ascii=False,
    )


def _event_from(article: str, event_id: str, raw: str) -> tuple[EventMention, list[str]]:
    d = json.loads(raw)
    when = d["when"]
    return (
        EventMention(
            key=f"{article}/{event_id}",
            article=article,
            type=d["type"],
            trigger=frozenset(d["trigger"]),
            context=frozenset(d["context"]),
            participants=frozenset(d["participants"]),
            lat=d["lat"],
            lon=d["lon"],
            place=d["place"],
            when=(dt.date.fromisoformat(when[0]), dt.date.fromisoformat(when[1])) if when else None,
            published=dt.date.fromisoformat(d["published"]) if d["published"] else None,
            modality=d["modality"],
            claim=d["claim"],
            speaker=d["speaker"],
        ),
        list(d.get("names", ())),
    )


def _claim_json(m: ClaimMention) -> str:
    return json.dumps(
        {
            "speaker": m.speaker,
            "content": sorted(m.content),
            "published": m.published.isoformat() if m.published else None,
            "denial": m.denial,
        },
        ensure_ascii=False,
    )


def _claim_from(article: str, claim_id: str, raw: str) -> ClaimMention:
    d = json.loads(raw)
    return ClaimMention(
        key=f"{article}/{claim_id}",
        article=article,
        speaker=d["speaker"],
        content=frozenset(d["content"]),
        published=dt.date.fromisoformat(d["published"]) if d["published"] else None,
        denial=bool(d["denial"]),
    )


# ---------------------------------------------------------------- restoring


def load_linker(store: Store, config: LinkConfig | None = None) -> Linker:
    """The linker as persisted in ``store`` (empty for a store never linked)."""
    linker = Linker(config, load=store.get_extraction)
    db = store.db
    prints = {
        r["article_id"]: r
        for r in db.query(
            "SELECT article_id, text_hash, signature, size, wire FROM link_fingerprints"
        )
    }
    for row in db.query("SELECT article_id, published, origin_id FROM link_articles ORDER BY seq"):
        aid = row["article_id"]
        fp_row = prints[aid]
        fp = Fingerprint(
            article=aid,
            text_hash=fp_row["text_hash"],
            signature=Fingerprint.unpack_signature(bytes(fp_row["signature"])),
            size=int(fp_row["size"]),
            wire=fp_row["wire"],
            published=row["published"],
        )
        linker.restore_article(aid, row["published"], fp, row["origin_id"])
    for row in db.query(
        "SELECT article_id, event_id, cluster_id, features FROM link_event_mentions ORDER BY seq"
    ):
        mention, names = _event_from(row["article_id"], row["event_id"], row["features"])
        linker.restore_event(mention, row["cluster_id"], names)
    for row in db.query(
        "SELECT article_id, claim_id, cluster_id, features FROM link_claim_mentions ORDER BY seq"
    ):
        linker.restore_claim(
            _claim_from(row["article_id"], row["claim_id"], row["features"]), row["cluster_id"]
        )
    return linker


# ---------------------------------------------------------------- linking new articles


def _stored_digests(store: Store) -> list[tuple[str, str]]:
    """``(article id, digest of its extraction)`` in the store's arrival order."""
    rows = store.db.query("SELECT id, digest FROM articles ORDER BY seq")
    return [(r["id"], r["digest"]) for r in rows]


def link_new(
    store: Store, config: LinkConfig | None = None, *, rebuild: bool = False, _retries: int = 3
) -> LinkReport:
    """Link every stored article not linked yet; rebuild when an extraction changed.

    Safe to run from several processes at once: a run that finds, under the write
    lock, that another run linked articles meanwhile starts over from what is stored.
    """
    linked = {
        r["article_id"]: r["digest"]
        for r in store.db.query("SELECT article_id, digest FROM link_articles")
    }
    stored = _stored_digests(store)
    changed = any(aid in linked and linked[aid] != d for aid, d in stored)
    if rebuild or changed:
        return _rebuild(store, config, stored)
    todo = [(aid, d) for aid, d in stored if aid not in linked]
    if not todo:
        return LinkReport(0, len(linked), False, 0)
    linker = load_linker(store, config)
    try:
        touched = _link(store, linker, todo, start=len(linked))
    except _LinkedMeanwhile:
        if _retries <= 0:
            raise StoreError(
                f"{store.url}: other processes keep linking at the same time; try again"
            ) from None
        return link_new(store, config, _retries=_retries - 1)
    return LinkReport(len(todo), len(linked) + len(todo), False, touched)


def _rebuild(store: Store, config: LinkConfig | None, stored: list[tuple[str, str]]) -> LinkReport:
    previous = [
        r["article_id"] for r in store.db.query("SELECT article_id FROM link_articles ORDER BY seq")
    ]
    order = {aid: i for i, aid in enumerate(previous)}
    # Keep the original link order; articles never linked go after, in store order.
    ordered = sorted(stored, key=lambda item: order.get(item[0], len(order)))
    with store.db.transaction() as tx:
        for table in (
            "link_contradictions",
            "link_clusters",
            "link_claim_mentions",
            "link_event_mentions",
            "link_duplicates",
            "link_fingerprints",
            "link_articles",
        ):
            tx.execute(f"DELETE FROM {table}")
    linker = Linker(config, load=store.get_extraction)
    touched = _link(store, linker, ordered, start=0)
    return LinkReport(len(ordered), len(ordered), True, touched)


def _next_seq(tx: Tx, table: str) -> int:
    return int(tx.scalar(f"SELECT COALESCE(MAX(seq), -1) + 1 AS n FROM {table}"))


class _LinkedMeanwhile(Exception):
    """Another process linked articles between our read and our write lock."""


_ADVISORY_KEY = 0x6C696E6B  # "link": serialises PostgreSQL link runs


def _link(store: Store, linker: Linker, todo: list[tuple[str, str]], start: int) -> int:
    touched: set[str] = set()
    new_claim_clusters: set[str] = set()
    new_articles: list[str] = []
    with store.db.transaction() as tx:
        if tx.dialect == "postgresql":
            tx.execute("SELECT pg_advisory_xact_lock(?)", [_ADVISORY_KEY])
        # SQLite's write transaction is already exclusive (BEGIN IMMEDIATE).
        if int(tx.scalar("SELECT COUNT(*) AS n FROM link_articles")) != start:
            raise _LinkedMeanwhile
        article_seq = _next_seq(tx, "link_articles")
        event_seq = _next_seq(tx, "link_event_mentions")
        claim_seq = _next_seq(tx, "link_claim_mentions")
        for i, (aid, digest_) in enumerate(todo):
            try:
                extraction = store.get_extraction(aid)
            except RecordNotFoundError:
                continue  # deleted meanwhile
            before = set(linker.events.aliases)
            update = linker.add(extraction)
            new_articles.append(aid)
            new_claim_clusters.update(update.claims.values())
            fp = linker.origins.fingerprint_of(aid)
            tx.execute(
                "INSERT INTO link_articles (article_id, seq, digest, published, origin_id)"
                " VALUES (?, ?, ?, ?, ?)",
                [aid, article_seq + i, digest_, extraction.article.published, update.origin],
            )
            tx.execute(
                "INSERT INTO link_fingerprints (article_id, text_hash, signature, size, wire)"
                " VALUES (?, ?, ?, ?, ?)",
                [aid, fp.text_hash, fp.signature_bytes(), fp.size, fp.wire],
            )
            tx.executemany(
                "INSERT INTO link_duplicates (article_id, other_id, relation, similarity)"
                " VALUES (?, ?, ?, ?)",
                [[d.article, d.other, d.relation, d.similarity] for d in update.duplicates],
            )
            for event in extraction.events:
                key = f"{aid}/{event.id}"
                mention = next(m for m in linker.events.members(update.events[event.id])
                               if m.key == key)  # fmt: skip
                tx.execute(
                    "INSERT INTO link_event_mentions (article_id, event_id, seq, cluster_id,"
                    " features) VALUES (?, ?, ?, ?, ?)",
                    [aid, event.id, event_seq, update.events[event.id],
                     _event_json(mention, linker.actor_names(key))],
                )  # fmt: skip
                event_seq += 1
                touched.add(update.events[event.id])
            for claim in extraction.claims:
                tx.execute(
                    "INSERT INTO link_claim_mentions (article_id, claim_id, seq, cluster_id,"
                    " features) VALUES (?, ?, ?, ?, ?)",
                    [aid, claim.id, claim_seq, update.claims[claim.id],
                     _claim_json(linker.claims.mention(f"{aid}/{claim.id}"))],
                )  # fmt: skip
                claim_seq += 1
            # Merges: rows of merged-away clusters now belong to the surviving one.
            for gone, kept in linker.events.aliases.items():
                if gone not in before:
                    tx.execute(
                        "UPDATE link_event_mentions SET cluster_id = ? WHERE cluster_id = ?",
                        [kept, gone],
                    )
                    touched.add(kept)
                    touched.discard(gone)
                    _drop_picture(tx, gone)
        _sync_claim_clusters(tx, linker, new_claim_clusters)
        _sync_origins(tx, linker, new_articles)
        for cluster in sorted(touched):
            _write_picture(tx, linker.picture(cluster))
    return len(touched)


def _sync_claim_clusters(tx: Tx, linker: Linker, clusters: set[str]) -> None:
    # A new claim joined through an event can merge older claims' clusters.
    for cluster_id in sorted({linker.claims.cluster_of(c) for c in clusters}):
        for key in linker.claims.members(cluster_id):
            article, claim_id = key.rsplit("/", 1)
            tx.execute(
                "UPDATE link_claim_mentions SET cluster_id = ?"
                " WHERE article_id = ? AND claim_id = ? AND cluster_id <> ?",
                [cluster_id, article, claim_id, cluster_id],
            )


def _sync_origins(tx: Tx, linker: Linker, articles: list[str]) -> None:
    # A new article can join two origins: the older id wins for all their articles.
    for origin_id in sorted({linker.origins.origin_of(a) for a in articles}):
        for aid in linker.origins.members(origin_id):
            tx.execute(
                "UPDATE link_articles SET origin_id = ? WHERE article_id = ? AND origin_id <> ?",
                [origin_id, aid, origin_id],
            )


def _drop_picture(tx: Tx, cluster_id: str) -> None:
    tx.execute("DELETE FROM link_contradictions WHERE cluster_id = ?", [cluster_id])
    tx.execute("DELETE FROM link_clusters WHERE cluster_id = ?", [cluster_id])


def _write_picture(tx: Tx, p: EventPicture) -> None:
    _drop_picture(tx, p.cluster)
    days = [s.published[:10] for s in p.sources if s.published]
    first = p.when[0].isoformat() if p.when else (min(days) if days else None)
    last = p.when[1].isoformat() if p.when else (max(days) if days else None)
    tx.execute(
        "INSERT INTO link_clusters (cluster_id, type, place, first_day, last_day, articles,"
        " origins, independent, asserted_by, deniers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [p.cluster, p.type, p.place, first, last, len({s.article for s in p.sources}),
         len(p.origins), p.independent_sources, json.dumps(list(p.asserted_by)),
         json.dumps(list(p.deniers))],
    )  # fmt: skip
    tx.executemany(
        "INSERT INTO link_contradictions (cluster_id, position, kind, first_key, second_key,"
        " first_by, second_by, detail, last_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [p.cluster, i, c.kind, c.first, c.second, c.first_by, c.second_by, c.detail, last]
            for i, c in enumerate(p.contradictions)
        ],
    )


def resolve_event(store: Store, linker: Linker, ref: str) -> str:
    """The cluster id for ``ref``: a cluster id, an alias, or any mention key."""
    cluster = linker.resolve(ref)
    if cluster in dict(linker.events.clusters()):
        return cluster
    if ref in linker.events:
        return linker.events.cluster_of(ref)
    raise RecordNotFoundError(
        f"no event {ref!r} in {store.url}: give a cluster id or an `ARTICLE/EVENT` key "
        "(see `claimwire timeline` or `claimwire contradictions`)"
    )


def contradiction_rows(store: Store, since: str | None = None) -> list[dict[str, Any]]:
    """The persisted contradictions, newest events first."""
    where, params = ("WHERE last_day >= ?", [since]) if since else ("", [])
    return store.db.query(
        f"SELECT * FROM link_contradictions {where} ORDER BY last_day DESC, cluster_id, position",
        params,
    )
