"""A bounded memo for per-word work that repeats story after story.

A hit is one dict lookup in C (no Python call per word); a miss computes the value, and the memo is
emptied when it holds `size` words, so a long run's memory stays flat.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """`memo[key]` is `compute(key)`, computed once while the memo keeps it."""

    __slots__ = ("compute", "size")

    def __init__(self, compute: Callable[[K], V], size: int) -> None:
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, key: K) -> V:
        out = self.compute(key)
        if len(self) >= self.size:
            self.clear()
        self[key] = out
        return out
