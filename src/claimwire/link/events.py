"""Event clusters: the same event reported by many articles.

Two event mentions may corefer only when their PLOVER types are compatible, their
places (when both are known) lie within ``max_km`` of each other and their dates
(when both are known) lie within ``window_days``. Past those gates a score in
[0, 1] weighs what both mentions have: trigger overlap, context overlap (the claim
or sentence that holds the event), participant overlap (actors and recipients
together, so that `Ukraine took Sudzha` and `Russia repelled Ukraine at Sudzha`
still meet), closeness of place and of date. Each feature counts only when both
mentions have it, so a mention without a place is neither helped nor hurt by it.

Clustering is incremental and average-link: an arrival joins the cluster whose
members it matches best on average when that reaches ``threshold``; a second
cluster that it matches at ``merge_threshold`` or better is merged into the older
one, whose id survives (the other id becomes an alias). Cluster ids are the key of
the founding mention (``<article id>/<event id>``), so they survive re-ingestion.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from claimwire.link.clusters import StableClusters
from claimwire.link.features import EventMention, km_between

__all__ = ["COMPATIBLE_TYPES", "EventLinkConfig", "EventLinker", "event_score"]

#: PLOVER types that can describe one event from two sides: a capture reported as an
#: assault by one side and as a seizure or a retreat by the other.
COMPATIBLE_TYPES: frozenset[frozenset[str]] = frozenset(
    {
        frozenset({"ASSAULT", "COERCE"}),
        frozenset({"ASSAULT", "RETREAT"}),
    }
)


@dataclass(frozen=True, slots=True)
class EventLinkConfig:
    """Gates and weights of the event scorer (defaults tuned on MEANTIME dev use)."""

    threshold: float = 0.45
    merge_threshold: float = 0.7
    max_km: float = 60.0  # places further apart are different events
    near_km: float = 10.0  # places this close count as the same place
    window_days: int = 3  # event dates further apart are different events
    published_window_days: int = 7  # without event dates, publication days this far apart
    w_trigger: float = 0.45
    w_context: float = 0.25
    # Where both mentions are grounded (same place, same days, same sides) that agreement
    # outweighs different wording: one side writes `took`, the other `repelled`.
    w_participants: float = 0.2
    w_place: float = 0.3
    w_date: float = 0.1
    # Across articles a shared trigger alone is weak evidence (`said`, `sales`): ask for
    # this much shared context too, unless places or participants were compared.
    cross_article_min_context: float = 0.15
    max_compare: int = 50  # average link over at most this many latest members
    compatible: frozenset[frozenset[str]] = field(default=COMPATIBLE_TYPES)

    def types_compatible(self, a: str, b: str) -> bool:
        return a == b or frozenset({a, b}) in self.compatible


_MAX_SPAN = 400  # days: dates vaguer than about a year are not used for blocking


def _day_range(first: dt.date, last: dt.date) -> set[dt.date]:
    return {first + dt.timedelta(days=i) for i in range((last - first).days + 1)}


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient |A∩B| / min(|A|, |B|)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _gap_days(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    return max(0, (a[0] - b[1]).days, (b[0] - a[1]).days)


def event_score(a: EventMention, b: EventMention, config: EventLinkConfig) -> float:
    """How likely ``a`` and ``b`` are the same event: 0 when a gate fails, else in [0, 1]."""
    if not config.types_compatible(a.type, b.type):
        return 0.0
    context = _jaccard(a.context, b.context)
    total = config.w_trigger * _overlap(a.trigger, b.trigger)
    total += config.w_context * context
    weight = config.w_trigger + config.w_context
    grounded = False  # compared on place or participants
    if a.lat is not None and b.lat is not None and a.lon is not None and b.lon is not None:
        km = km_between(a.lat, a.lon, b.lat, b.lon)
        if km > config.max_km:
            return 0.0
        closeness = 1.0 if km <= config.near_km else 1 - (km - config.near_km) / config.max_km
        total += config.w_place * closeness
        weight += config.w_place
        grounded = True
    if a.when is not None and b.when is not None:
        gap = _gap_days(a.when, b.when)
        if gap > config.window_days:
            return 0.0
        # A month or a year overlaps many events: a shared vague date is weak evidence.
        span = max((a.when[1] - a.when[0]).days, (b.when[1] - b.when[0]).days) + 1
        sharpness = min(1.0, (config.window_days + 1) / span)
        total += config.w_date * (1 - gap / (config.window_days + 1)) * sharpness
        weight += config.w_date
    elif a.published is not None and b.published is not None:
        gap = abs((a.published - b.published).days)
        if gap > config.published_window_days:
            return 0.0
        total += config.w_date * (1 - gap / (config.published_window_days + 1))
        weight += config.w_date
    if a.participants and b.participants:
        total += config.w_participants * _jaccard(a.participants, b.participants)
        weight += config.w_participants
        grounded = True
    if a.article != b.article and not grounded and context < config.cross_article_min_context:
        return 0.0
    return total / weight


class EventLinker:
    """Event mentions grouped into clusters, one arrival at a time."""

    def __init__(self, config: EventLinkConfig | None = None) -> None:
        self.config = config or EventLinkConfig()
        self._ids = StableClusters()
        self._members: dict[str, list[EventMention]] = {}  # cluster id -> mentions
        self._by_type: dict[str, set[str]] = defaultdict(set)  # type -> cluster ids
        self._mentions: dict[str, EventMention] = {}
        self._arrival: dict[str, int] = {}
        # Blocking: clusters by the days their members happened or were published on,
        # so an arrival is scored only against clusters its date gates could let in.
        self._by_day: dict[dt.date, set[str]] = defaultdict(set)
        self._days_of: dict[str, set[dt.date]] = defaultdict(set)
        self._undated: set[str] = set()

    def __contains__(self, key: object) -> bool:
        return key in self._mentions

    def __len__(self) -> int:
        return len(self._members)

    def _days(self, mention: EventMention, margin: bool) -> set[dt.date] | None:
        """The days a mention is filed under (``margin``: widened by the date gates);
        None when it has no date at all."""
        days: set[dt.date] = set()
        if mention.when is not None and (mention.when[1] - mention.when[0]).days <= _MAX_SPAN:
            pad = dt.timedelta(days=self.config.window_days if margin else 0)
            days |= _day_range(mention.when[0] - pad, mention.when[1] + pad)
        elif mention.when is not None:
            return None  # a span of years gates nothing: treat it as undated
        if mention.published is not None:
            pad = dt.timedelta(days=self.config.published_window_days if margin else 0)
            days |= _day_range(mention.published - pad, mention.published + pad)
        return days or None

    def _file(self, cluster_id: str, mention: EventMention) -> None:
        days = self._days(mention, margin=False)
        if days is None:
            self._undated.add(cluster_id)
            return
        for day in days:
            self._by_day[day].add(cluster_id)
        self._days_of[cluster_id] |= days

    def _candidates(self, mention: EventMention) -> set[str]:
        types: set[str] = set()
        for type_, cluster_ids in self._by_type.items():
            if self.config.types_compatible(mention.type, type_):
                types |= cluster_ids
        days = self._days(mention, margin=True)
        if days is None:
            return types
        dated: set[str] = set(self._undated)
        for day in days:
            dated |= self._by_day.get(day, set())
        return types & dated

    def _link_score(self, mention: EventMention, cluster_id: str) -> float:
        # Average link over the latest members: a huge cluster costs no more than that.
        members = self._members[cluster_id][-self.config.max_compare :]
        return sum(event_score(mention, m, self.config) for m in members) / len(members)

    def add(self, mention: EventMention) -> str:
        """Place one mention; return the id of its cluster (idempotent per key)."""
        if mention.key in self._mentions:
            return self.cluster_of(mention.key)
        scored = sorted(
            ((self._link_score(mention, cid), cid) for cid in self._candidates(mention)),
            key=lambda pair: (-pair[0], pair[1]),
        )
        self._mentions[mention.key] = mention
        self._arrival[mention.key] = len(self._arrival)
        cluster_id = self._ids.add(mention.key)
        self._members[cluster_id] = [mention]
        self._by_type[mention.type].add(cluster_id)
        self._file(cluster_id, mention)
        if scored and scored[0][0] >= self.config.threshold:
            cluster_id = self._join(scored[0][1], cluster_id)
            for score, other in scored[1:]:
                if score >= self.config.merge_threshold:
                    cluster_id = self._join(other, cluster_id)
        return cluster_id

    def restore(self, mention: EventMention, cluster_id: str) -> None:
        """Put back a mention into the cluster it was given before, without scoring.
        Restoring every mention in its original arrival order rebuilds the same
        clusters, ids and aliases (a cluster's id is its earliest member's key)."""
        if mention.key in self._mentions:
            return
        self._mentions[mention.key] = mention
        self._arrival[mention.key] = len(self._arrival)
        own = self._ids.add(mention.key)
        self._members[own] = [mention]
        self._by_type[mention.type].add(own)
        self._file(own, mention)
        if cluster_id != mention.key and cluster_id in self._ids:
            self._join(cluster_id, own)

    def _join(self, a: str, b: str) -> str:
        keep = self._ids.union(a, b)
        gone = b if keep == a else a
        merged = [*self._members[keep], *self._members.pop(gone)]
        self._members[keep] = sorted(merged, key=lambda m: self._arrival[m.key])
        for cluster_ids in self._by_type.values():
            if gone in cluster_ids:
                cluster_ids.discard(gone)
                cluster_ids.add(keep)
        for day in self._days_of.pop(gone, set()):
            self._by_day[day].discard(gone)
            self._by_day[day].add(keep)
            self._days_of[keep].add(day)
        if gone in self._undated:
            self._undated.discard(gone)
            self._undated.add(keep)
        return keep

    def add_all(self, mentions: Iterable[EventMention]) -> None:
        for mention in mentions:
            self.add(mention)

    def cluster_of(self, key: str) -> str:
        return self._ids.cluster_of(key)

    def resolve(self, cluster_id: str) -> str:
        return self._ids.resolve(cluster_id)

    @property
    def aliases(self) -> dict[str, str]:
        return dict(self._ids.aliases)

    def members(self, cluster_id: str) -> list[EventMention]:
        return list(self._members[self.resolve(cluster_id)])

    def clusters(self) -> Iterator[tuple[str, list[EventMention]]]:
        """``(cluster id, mentions)``, oldest cluster first."""
        for cluster_id, keys in self._ids.clusters():
            yield cluster_id, [self._mentions[k] for k in keys]
