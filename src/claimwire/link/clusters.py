"""Clusters with stable ids: a union-find whose surviving id is the oldest cluster's.

Every linker (origins, event clusters, claim clusters) groups items as they arrive.
A cluster is named after the first item that founded it; when an arrival joins two
clusters, the one founded earlier keeps its id and the other's id becomes an alias
of it, so an id handed to a user keeps resolving after any number of arrivals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

__all__ = ["StableClusters"]


class StableClusters:
    """Items grouped into clusters whose ids never change, only merge."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}  # item -> item (union-find forest)
        self._founded: dict[str, int] = {}  # root item -> creation order
        self._cluster_id: dict[str, str] = {}  # root item -> cluster id
        self._members: dict[str, list[str]] = {}  # root item -> items, in arrival order
        self.aliases: dict[str, str] = {}  # merged-away cluster id -> surviving cluster id
        self._arrival: dict[str, int] = {}  # item -> arrival order
        self._seq = 0

    def __contains__(self, item: object) -> bool:
        return item in self._parent

    def __len__(self) -> int:
        return len(self._members)

    def add(self, item: str, cluster_id: str | None = None) -> str:
        """Add ``item`` as a new singleton cluster (id ``cluster_id`` or the item)."""
        if item in self._parent:
            return self.cluster_of(item)
        self._parent[item] = item
        self._founded[item] = self._arrival[item] = self._seq
        self._seq += 1
        self._cluster_id[item] = cluster_id or item
        self._members[item] = [item]
        return self._cluster_id[item]

    def _root(self, item: str) -> str:
        root = item
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[item] != root:  # path compression
            self._parent[item], item = root, self._parent[item]
        return root

    def cluster_of(self, item: str) -> str:
        """The id of the cluster that holds ``item`` (KeyError if unknown)."""
        return self._cluster_id[self._root(item)]

    def union(self, a: str, b: str) -> str:
        """Merge the clusters of ``a`` and ``b``; return the surviving (older) id."""
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return self._cluster_id[ra]
        old, new = (ra, rb) if self._founded[ra] <= self._founded[rb] else (rb, ra)
        self._parent[new] = old
        gone = self._cluster_id.pop(new)
        self.aliases[gone] = self._cluster_id[old]
        for alias, target in list(self.aliases.items()):
            if target == gone:
                self.aliases[alias] = self._cluster_id[old]
        self._members[old] = sorted(
            [*self._members[old], *self._members.pop(new)], key=self._arrival.__getitem__
        )
        del self._founded[new]
        return self._cluster_id[old]

    def resolve(self, cluster_id: str) -> str:
        """A cluster id after merges: aliases lead to the surviving cluster."""
        return self.aliases.get(cluster_id, cluster_id)

    def members(self, item: str) -> list[str]:
        """The items of ``item``'s cluster, in arrival order."""
        return list(self._members[self._root(item)])

    def clusters(self) -> Iterator[tuple[str, list[str]]]:
        """``(cluster id, members)`` for every cluster, oldest first."""
        for root in sorted(self._members, key=self._founded.__getitem__):
            yield self._cluster_id[root], list(self._members[root])

    def items(self) -> Iterable[str]:
        return self._parent.keys()
