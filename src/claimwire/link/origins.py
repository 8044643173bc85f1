"""Duplicates and origins: which articles are copies of one another.

Three relations tie an article to one already seen:

``exact``
    the same words once wire datelines and trailing credits are removed
    (a hash of the normalised text);
``near``
    estimated Jaccard similarity of 5-word shingles at least ``near`` (0.8):
    the same story lightly edited;
``wire_copy``
    most of the smaller story's shingles appear in the larger one (estimated
    containment at least ``containment``, 0.7): one wire story that an outlet
    framed with its own intro, headline or trailer.

Articles tied by any relation form one *origin*; corroboration counts origins,
not URLs. Candidates come from MinHash LSH (``datasketch``) at a low Jaccard
threshold, so each arrival is compared with a handful of stories, never all.
The index is incremental: :meth:`OriginIndex.add` places one article, and a
:class:`Fingerprint` (MinHash signature, shingle count, hash, wire credit) is all
that must be persisted to rebuild the index without re-reading any text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from datasketch import MinHash, MinHashLSH

from claimwire.link.clusters import StableClusters
from claimwire.link.text import shingles, text_hash, wire_credit
from claimwire.records import Article

__all__ = ["DuplicateLink", "Fingerprint", "Origin", "OriginIndex", "Relation", "fingerprint"]

Relation = Literal["exact", "near", "wire_copy"]

NUM_PERM = 128
_SEED = 1
_SCHEME: Literal["affine32"] = "affine32"  # fixed: signatures are persisted


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the index keeps of an article: enough to compare it with later arrivals."""

    article: str
    text_hash: str
    signature: tuple[int, ...]  # MinHash hash values, NUM_PERM of them
    size: int  # number of distinct shingles
    wire: str | None  # the agency it credits, if any
    published: str | None = None

    def signature_bytes(self) -> bytes:
        """The signature packed as little-endian uint64 (for a BLOB / BYTEA column)."""
        return np.asarray(self.signature, dtype="<u8").tobytes()

    @staticmethod
    def unpack_signature(blob: bytes) -> tuple[int, ...]:
        return tuple(int(v) for v in np.frombuffer(blob, dtype="<u8"))


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    """``article`` is a copy of ``other`` (seen before it) by ``relation``."""

    article: str
    other: str
    relation: Relation
    similarity: float  # Jaccard for exact/near, containment for wire_copy


@dataclass(frozen=True, slots=True)
class Origin:
    """Articles that are copies of one story; ``id`` is its first article's id."""

    id: str
    articles: tuple[str, ...]
    wire: str | None = None


def _minhash(shingle_set: set[str]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    mh.update_batch([s.encode("utf-8") for s in shingle_set])
    return mh


def fingerprint(article: Article) -> Fingerprint:
    """The fingerprint of one article (a pure function of its text and source)."""
    shingle_set = shingles(article.text)
    mh = _minhash(shingle_set)
    return Fingerprint(
        article=article.id,
        text_hash=text_hash(article.text),
        signature=tuple(int(v) for v in mh.hashvalues),
        size=len(shingle_set),
        wire=wire_credit(article.text, article.source),
        published=article.published,
    )


def _as_minhash(fp: Fingerprint) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=np.asarray(fp.signature, "u8")
    )


class OriginIndex:
    """Articles grouped into origins, updated one arrival at a time."""

    def __init__(
        self,
        *,
        near: float = 0.8,
        containment: float = 0.7,
        min_shingles: int = 12,
    ) -> None:
        if not 0 < near <= 1 or not 0 < containment <= 1:
            raise ValueError("thresholds must lie in (0, 1]")
        self.near = near
        self.containment = containment
        self.min_shingles = min_shingles
        # Low enough that a story framed by an intro twice its length is still a candidate.
        self._lsh = MinHashLSH(threshold=0.25, num_perm=NUM_PERM)
        self._by_hash: dict[str, str] = {}
        self._prints: dict[str, Fingerprint] = {}
        self._clusters = StableClusters()
        self.links: list[DuplicateLink] = []

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._prints

    def __len__(self) -> int:
        return len(self._prints)

    def add(self, item: Article | Fingerprint) -> list[DuplicateLink]:
        """Place one article; return its links to articles seen before (idempotent)."""
        fp = item if isinstance(item, Fingerprint) else fingerprint(item)
        if fp.article in self._prints:
            return [link for link in self.links if link.article == fp.article]
        links = self._compare(fp)
        self._prints[fp.article] = fp
        self._clusters.add(fp.article)
        for link in links:
            self._clusters.union(link.other, fp.article)
        self.links.extend(links)
        self._by_hash.setdefault(fp.text_hash, fp.article)
        if fp.size:
            self._lsh.insert(fp.article, _as_minhash(fp), check_duplication=False)
        return links

    def restore(self, fp: Fingerprint, origin_id: str) -> None:
        """Put back an article into the origin it was given before, without comparing."""
        if fp.article in self._prints:
            return
        self._prints[fp.article] = fp
        self._clusters.add(fp.article)
        if origin_id != fp.article and origin_id in self._clusters:
            self._clusters.union(origin_id, fp.article)
        self._by_hash.setdefault(fp.text_hash, fp.article)
        if fp.size:
            self._lsh.insert(fp.article, _as_minhash(fp), check_duplication=False)

    def _compare(self, fp: Fingerprint) -> list[DuplicateLink]:
        exact = self._by_hash.get(fp.text_hash)
        if exact is not None:
            return [DuplicateLink(fp.article, exact, "exact", 1.0)]
        if fp.size == 0:
            return []
        mh = _as_minhash(fp)
        links = []
        for other_id in sorted(self._lsh.query(mh)):
            other = self._prints[other_id]
            jaccard = float(mh.jaccard(_as_minhash(other)))
            if jaccard >= self.near:
                links.append(DuplicateLink(fp.article, other_id, "near", round(jaccard, 3)))
                continue
            small = min(fp.size, other.size)
            if small < self.min_shingles:
                continue
            shared = jaccard * (fp.size + other.size) / (1 + jaccard)
            containment = min(1.0, shared / small)
            if containment >= self.containment:
                links.append(
                    DuplicateLink(fp.article, other_id, "wire_copy", round(containment, 3))
                )
        return links

    def origin_of(self, article_id: str) -> str:
        """The origin id of an article (KeyError if it was never added)."""
        return self._clusters.cluster_of(article_id)

    def members(self, article_id: str) -> list[str]:
        """The articles of ``article_id``'s origin, in arrival order."""
        return self._clusters.members(article_id)

    def resolve(self, origin_id: str) -> str:
        """An origin id after merges (old ids stay valid as aliases)."""
        return self._clusters.resolve(origin_id)

    @property
    def aliases(self) -> dict[str, str]:
        return dict(self._clusters.aliases)

    def fingerprint_of(self, article_id: str) -> Fingerprint:
        return self._prints[article_id]

    def origins(self) -> list[Origin]:
        """Every origin, oldest first, with the wire it credits (first credit found)."""
        out = []
        for origin_id, members in self._clusters.clusters():
            wires = [w for m in members if (w := self._prints[m].wire)]
            out.append(Origin(origin_id, tuple(members), wires[0] if wires else None))
        return out
