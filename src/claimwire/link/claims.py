"""Claim clusters: one speaker's claim repeated across articles.

Two claims are the same claim when their speakers match (the same canonical name,
or names that share most of their words: `Russian defence ministry` and `Russia's
defence ministry`), their contents share most of their content words, and the
articles appeared within ``window_days`` of each other. Clustering is incremental
with the same stable ids as events (the founding claim's ``<article>/<claim>`` key).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from claimwire.link.clusters import StableClusters
from claimwire.link.features import ClaimMention, stem
from claimwire.link.text import content_words

__all__ = ["ClaimLinkConfig", "ClaimLinker", "claim_score", "same_speaker"]


@dataclass(frozen=True, slots=True)
class ClaimLinkConfig:
    threshold: float = 0.5  # overlap of content stems
    speaker_overlap: float = 0.6
    window_days: int = 14


def _speaker_stems(name: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(name.replace("'s", "")))


def same_speaker(a: str, b: str, overlap: float = 0.6) -> bool:
    """Whether two speaker names name one actor (equal, or sharing most stems)."""
    if a.strip().lower() == b.strip().lower():
        return True
    sa, sb = _speaker_stems(a), _speaker_stems(b)
    if not sa or not sb:
        return False
    # `Russia` and `Russian` stem apart: compare on their first five letters too.
    pa, pb = {s[:5] for s in sa}, {s[:5] for s in sb}
    return len(pa & pb) / max(len(pa), len(pb)) >= overlap


def claim_score(a: ClaimMention, b: ClaimMention, config: ClaimLinkConfig) -> float:
    """Content overlap of two claims by one speaker; 0 for different speakers or times."""
    if not same_speaker(a.speaker, b.speaker, config.speaker_overlap):
        return 0.0
    if a.published and b.published and abs((a.published - b.published).days) > config.window_days:
        return 0.0
    if a.denial != b.denial or not a.content or not b.content:
        return 0.0
    return len(a.content & b.content) / min(len(a.content), len(b.content))


class ClaimLinker:
    """Claims grouped into clusters of repetitions, one arrival at a time."""

    def __init__(self, config: ClaimLinkConfig | None = None) -> None:
        self.config = config or ClaimLinkConfig()
        self._ids = StableClusters()
        self._mentions: dict[str, ClaimMention] = {}
        self._by_speaker_word: dict[str, set[str]] = defaultdict(set)  # blocking

    def __contains__(self, key: object) -> bool:
        return key in self._mentions

    def add(self, mention: ClaimMention) -> str:
        if mention.key in self._mentions:
            return self._ids.cluster_of(mention.key)
        candidates: set[str] = set()
        words = {s[:5] for s in _speaker_stems(mention.speaker)} or {mention.speaker}
        for word in words:
            candidates |= self._by_speaker_word[word]
        best, best_key = 0.0, None
        for key in sorted(candidates):
            score = claim_score(mention, self._mentions[key], self.config)
            if score > best:
                best, best_key = score, key
        self._mentions[mention.key] = mention
        for word in words:
            self._by_speaker_word[word].add(mention.key)
        cluster = self._ids.add(mention.key)
        if best_key is not None and best >= self.config.threshold:
            cluster = self._ids.union(best_key, mention.key)
        return cluster

    def restore(self, mention: ClaimMention, cluster_id: str) -> None:
        """Put back a claim into its earlier cluster without scoring (see EventLinker)."""
        if mention.key in self._mentions:
            return
        self._mentions[mention.key] = mention
        for word in {s[:5] for s in _speaker_stems(mention.speaker)} or {mention.speaker}:
            self._by_speaker_word[word].add(mention.key)
        self._ids.add(mention.key)
        if cluster_id != mention.key and cluster_id in self._ids:
            self._ids.union(cluster_id, mention.key)

    def cluster_of(self, key: str) -> str:
        return self._ids.cluster_of(key)

    def union(self, a: str, b: str) -> str:
        """Put two claims in one cluster (the older cluster's id survives)."""
        return self._ids.union(a, b)

    def members(self, key: str) -> list[str]:
        """The claim keys of ``key``'s cluster, in arrival order."""
        return self._ids.members(key)

    def mention(self, key: str) -> ClaimMention:
        return self._mentions[key]

    @property
    def aliases(self) -> dict[str, str]:
        return dict(self._ids.aliases)

    def clusters(self) -> Iterator[tuple[str, list[ClaimMention]]]:
        for cluster_id, keys in self._ids.clusters():
            yield cluster_id, [self._mentions[k] for k in keys]
