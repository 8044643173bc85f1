"""The cross-article linker: origins, event clusters, claim clusters, pictures, history.

:class:`Linker` holds the state of all three linkers and the extractions they
were built from. :meth:`Linker.add` takes one extraction and updates everything
incrementally; the store keeps what is needed to rebuild a linker in the same
order (:mod:`claimwire.link.persist`), so cluster ids come out the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from claimwire.link.claims import ClaimLinkConfig, ClaimLinker, same_speaker
from claimwire.link.events import EventLinkConfig, EventLinker
from claimwire.link.features import (
    ClaimMention,
    EventMention,
    claim_mentions,
    event_mentions,
    km_between,
    published_day,
)
from claimwire.link.origins import DuplicateLink, Fingerprint, OriginIndex
from claimwire.link.picture import Contradiction, EventPicture, event_picture
from claimwire.records import Extraction

__all__ = ["HistoryStep", "LinkConfig", "LinkUpdate", "Linker"]


@dataclass(frozen=True, slots=True)
class LinkConfig:
    """The settings of all three linkers."""

    events: EventLinkConfig = field(default_factory=EventLinkConfig)
    claims: ClaimLinkConfig = field(default_factory=ClaimLinkConfig)
    near: float = 0.8
    containment: float = 0.7


@dataclass(frozen=True, slots=True)
class LinkUpdate:
    """What adding one article changed."""

    article: str
    origin: str
    duplicates: tuple[DuplicateLink, ...]
    events: dict[str, str]  # event id -> cluster id
    claims: dict[str, str]  # claim id -> cluster id


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """The picture of an event once ``article`` had arrived."""

    article: str
    published: str | None
    picture: EventPicture


class Linker:
    """Links articles as they arrive; answers questions about the events they report."""

    def __init__(
        self,
        config: LinkConfig | None = None,
        load: Callable[[str], Extraction] | None = None,
    ) -> None:
        """``load`` fetches an extraction by article id (from a store) when a restored
        linker needs one it does not hold in memory."""
        self.config = config or LinkConfig()
        self.origins = OriginIndex(near=self.config.near, containment=self.config.containment)
        self.events = EventLinker(self.config.events)
        self.claims = ClaimLinker(self.config.claims)
        self._load = load
        self._extractions: dict[str, Extraction] = {}
        self._published: dict[str, str | None] = {}
        self._arrival: dict[str, int] = {}
        self._names: dict[str, frozenset[str]] = {}  # event mention key -> actor names, codes

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._arrival

    def __len__(self) -> int:
        return len(self._arrival)

    def articles(self) -> list[str]:
        """Linked article ids, in the order they were linked."""
        return sorted(self._arrival, key=self._arrival.__getitem__)

    def _register(self, article_id: str, published: str | None) -> None:
        if article_id not in self._arrival:
            self._arrival[article_id] = len(self._arrival)
            self._published[article_id] = published

    def actor_names(self, mention_key: str) -> frozenset[str]:
        return self._names.get(mention_key, frozenset())

    def add(self, extraction: Extraction, fingerprint: Fingerprint | None = None) -> LinkUpdate:
        """Link one article (idempotent: adding it again changes nothing)."""
        aid = extraction.article.id
        duplicates = self.origins.add(fingerprint or extraction.article)
        self._register(aid, extraction.article.published)
        self._extractions.setdefault(aid, extraction)
        for event in extraction.events:
            names = {a.name.strip().lower() for a in (*event.actors, *event.recipients)}
            codes = {a.code.lower() for a in (*event.actors, *event.recipients) if a.code}
            self._names[f"{aid}/{event.id}"] = frozenset(names | codes)
        mentions = event_mentions(extraction)
        events = {m.key.rsplit("/", 1)[1]: self.events.add(m) for m in mentions}
        claims = {m.key.rsplit("/", 1)[1]: self.claims.add(m) for m in claim_mentions(extraction)}
        self._link_claims_through_events(mentions)
        claims = {cid: self.claims.cluster_of(f"{aid}/{cid}") for cid in claims}
        return LinkUpdate(aid, self.origins.origin_of(aid), tuple(duplicates), events, claims)

    def _link_claims_through_events(self, mentions: list[EventMention]) -> None:
        """One speaker asserting one event in two articles makes one claim, however
        differently the two articles word it (`taken full control of` / `captured`)."""
        for m in mentions:
            if m.claim is None or m.speaker is None:
                continue
            key = f"{m.article}/{m.claim}"
            for other in self.events.members(self.events.cluster_of(m.key)):
                if other.article == m.article or other.claim is None or other.speaker is None:
                    continue
                if other.modality == m.modality and same_speaker(m.speaker, other.speaker):
                    self.claims.union(f"{other.article}/{other.claim}", key)

    def add_all(self, extractions: Iterable[Extraction]) -> list[LinkUpdate]:
        return [self.add(e) for e in extractions]

    def restore_article(
        self, article_id: str, published: str | None, fingerprint: Fingerprint, origin: str
    ) -> None:
        """Put back a linked article as it was persisted (no comparison, no text)."""
        self._register(article_id, published)
        self.origins.restore(fingerprint, origin)

    def restore_event(self, mention: EventMention, cluster_id: str, names: Iterable[str]) -> None:
        self.events.restore(mention, cluster_id)
        self._names[mention.key] = frozenset(names)

    def restore_claim(self, mention: ClaimMention, cluster_id: str) -> None:
        self.claims.restore(mention, cluster_id)

    def extraction(self, article_id: str) -> Extraction:
        found = self._extractions.get(article_id)
        if found is None:
            if self._load is None:
                raise KeyError(article_id)
            found = self._extractions[article_id] = self._load(article_id)
        return found

    def _wire_of(self, article_id: str) -> str | None:
        """The agency an article's origin credits: any copy may carry the credit."""
        for member in self.origins.members(article_id):
            if wire := self.origins.fingerprint_of(member).wire:
                return wire
        return None

    def _arrival_order(self, mentions: Iterable[EventMention]) -> list[EventMention]:
        """By publication date, then ingest order: the order a reader saw them."""

        def key(m: EventMention) -> tuple[str, int]:
            return self._published.get(m.article) or "~", self._arrival.get(m.article, -1)

        return sorted(mentions, key=key)

    def resolve(self, cluster_id: str) -> str:
        return self.events.resolve(cluster_id)

    def picture(self, cluster_id: str) -> EventPicture:
        """Sources, speakers, origins, responses and contradictions of one event cluster."""
        cluster_id = self.resolve(cluster_id)
        return self._picture(cluster_id, self._arrival_order(self.events.members(cluster_id)))

    def _picture(self, cluster_id: str, mentions: list[EventMention]) -> EventPicture:
        return event_picture(
            cluster_id, mentions, self.extraction, self.origins.origin_of, self._wire_of
        )

    def pictures(self) -> list[EventPicture]:
        return [self._picture(cid, self._arrival_order(ms)) for cid, ms in self.events.clusters()]

    def contradictions(self, since: dt.date | None = None) -> list[Contradiction]:
        """Every contradiction, optionally only in events that happened (or were
        reported) on or after ``since``."""
        out: list[Contradiction] = []
        for picture in self.pictures():
            last = picture.when[1] if picture.when else None
            if last is None:
                days = [published_day(s.published) for s in picture.sources]
                last = max((d for d in days if d), default=None)
            if since is None or (last is not None and last >= since):
                out.extend(picture.contradictions)
        return out

    def history(self, cluster_id: str) -> list[HistoryStep]:
        """The picture after each article that mentions the event, in arrival order."""
        cluster_id = self.resolve(cluster_id)
        mentions = self._arrival_order(self.events.members(cluster_id))
        articles = list(dict.fromkeys(m.article for m in mentions))
        steps = []
        for i, article in enumerate(articles):
            seen = set(articles[: i + 1])
            picture = self._picture(cluster_id, [m for m in mentions if m.article in seen])
            published = self._published.get(article)
            steps.append(HistoryStep(article, published, picture))
        return steps

    def timeline(
        self,
        *,
        place: str | None = None,
        actor: str | None = None,
        within_km: float = 25.0,
    ) -> list[EventPicture]:
        """Event pictures at a place (by name, or within ``within_km`` of a place of that
        name) or involving an actor (code or name), ordered by date."""
        wanted_place = place.strip().lower() if place else None
        wanted_actor = actor.strip().lower() if actor else None
        anchors = set()
        if wanted_place:
            for _, members in self.events.clusters():
                anchors |= {
                    (m.lat, m.lon)
                    for m in members
                    if m.lat is not None and m.lon is not None
                    and (m.place or "").lower() == wanted_place
                }  # fmt: skip
        out = []
        for cid, members in self.events.clusters():
            hit = False
            for m in members:
                names = self._names.get(m.key, frozenset()) | m.participants
                if wanted_actor and wanted_actor in names:
                    hit = True
                if wanted_place and m.lat is not None and m.lon is not None:
                    lat, lon = m.lat, m.lon
                    if (m.place or "").lower() == wanted_place or any(
                        km_between(lat, lon, a, b) <= within_km for a, b in anchors
                    ):
                        hit = True
            if hit:
                out.append(self._picture(cid, self._arrival_order(members)))
        return sorted(out, key=lambda p: (p.when[0] if p.when else dt.date.max, p.cluster))
