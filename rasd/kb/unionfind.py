"""Disjoint sets whose representative is the smallest member: groups named the same in any order.

Near-duplicate groups, event clusters and undated-report groups all join items pairwise and name a
group by its smallest key, so that the result never depends on the order of arrival.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


class UnionFind:
    def __init__(self, items: Iterable[str] = ()) -> None:
        self._parent: dict[str, str] = {x: x for x in items}

    def find(self, x: str) -> str:
        parent = self._parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: str, y: str) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self._parent[max(rx, ry)] = min(rx, ry)

    def groups(self) -> dict[str, list[str]]:
        """Representative → members (every item seen)."""
        out: dict[str, list[str]] = defaultdict(list)
        for x in list(self._parent):
            out[self.find(x)].append(x)
        return dict(out)
