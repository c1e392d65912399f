"""Near-duplicate documents: one wire story republished, a page crawled twice, a copy with a new headline.

Each text becomes a set of word k-shingles over its matching form (`rasd.lang.normalize.fold`, so
diacritics, tatweel, hamza forms and quote styles never make two copies differ), summarised by a
MinHash signature; `datasketch.MinHashLSH` finds candidates and the MinHash estimate of their
Jaccard similarity confirms them, since a shared LSH bucket alone lets through pairs well below the
threshold. The index is incremental (`add` answers against the documents added before) and can be
rebuilt from stored signatures without the texts. The seed and the permutation scheme are fixed, so
a signature made today matches one made by another process tomorrow; `params` names everything a
stored signature depends on, so a store can tell when its signatures are stale.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from rasd.kb.unionfind import UnionFind
from rasd.lang.normalize import fold
from rasd.settings import Settings

#: Fixed so that signatures agree across processes and runs; changing it invalidates stored ones.
SEED: Final = 1
#: datasketch 2's bijective 32-bit permutations (its default, named so an upgrade cannot change it).
SCHEME: Final = "affine32"
_DTYPE: Final = np.dtype("<u4")  # how a signature is stored: little-endian uint32, one per permutation
_EMPTY: Final = np.iinfo(np.uint32).max  # every slot of the signature of an empty shingle set
_WORD = re.compile(r"\w+")  # punctuation is dropped: "،" versus "," or a stray dash is no difference


def shingles(text: str, k: int) -> set[bytes]:
    """The word k-grams of the matching form of `text`, UTF-8 encoded (what MinHash hashes).

    A text of fewer than k words is one shingle of all its words, so short identical texts still
    match; a text with no words has no shingles and is nobody's duplicate.
    """
    words = _WORD.findall(fold(text))
    if not words:
        return set()
    if len(words) <= k:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


class DuplicateIndex:
    """Documents seen so far, looked up by the near-duplicates of a new one."""

    def __init__(self, settings: Settings | None = None) -> None:
        settings = settings or Settings()
        self.permutations: int = settings.dedup_permutations
        self.shingle_words: int = settings.dedup_shingle_words
        self.threshold: float = settings.dedup_threshold
        self._template = MinHash(num_perm=self.permutations, seed=SEED, scheme=SCHEME)
        self._lsh = MinHashLSH(
            threshold=self.threshold,
            num_perm=self.permutations,
            params=_bands(self.threshold, self.permutations),
        )
        self._sketches: dict[str, LeanMinHash] = {}

    @property
    def params(self) -> str:
        """What a stored signature depends on (the threshold does not change signatures)."""
        return f"minhash:{SCHEME}:seed={SEED}:perm={self.permutations}:words={self.shingle_words}"

    @property
    def bands(self) -> tuple[int, int]:
        """The LSH split of the signature: (bands, rows per band)."""
        return self._lsh.b, self._lsh.r

    def __len__(self) -> int:
        return len(self._sketches)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._sketches

    def signature(self, text: str) -> bytes:
        """The MinHash of `text` as bytes (4 per permutation) for a store to keep beside the document."""
        sketch = MinHash(
            num_perm=self.permutations,
            seed=SEED,
            scheme=SCHEME,
            permutations=self._template.permutations,  # not regenerated for every text
        )
        sketch.update_batch(shingles(text, self.shingle_words))
        return sketch.hashvalues.astype(_DTYPE).tobytes()

    def add(self, doc_id: str, text: str) -> list[str]:
        """Index `text`; the ids of earlier documents it near-duplicates, most similar first."""
        return self.add_signature(doc_id, self.signature(text))

    def add_signature(self, doc_id: str, signature: bytes) -> list[str]:
        """As `add`, from a stored signature; an empty text's signature is not indexed."""
        sketch = self._sketch(signature)
        if doc_id in self._sketches:
            raise ValueError(f"document {doc_id!r} is already in the duplicate index")
        if bool(np.all(sketch.hashvalues == _EMPTY)):
            return []
        found = [(sketch.jaccard(self._sketches[other]), other) for other in self._lsh.query(sketch)]
        self._lsh.insert(doc_id, sketch, check_duplication=False)
        self._sketches[doc_id] = sketch
        return [
            other for score, other in sorted(found, key=lambda f: (-f[0], f[1])) if score >= self.threshold
        ]

    def similarity(self, a: str, b: str) -> float:
        """The MinHash estimate of the Jaccard similarity of two indexed documents."""
        return self._sketches[a].jaccard(self._sketches[b])

    @classmethod
    def from_signatures(
        cls, signatures: Iterable[tuple[str, bytes]], settings: Settings | None = None
    ) -> DuplicateIndex:
        """An index rebuilt at startup from (doc_id, signature) rows, without re-reading any text."""
        index = cls(settings)
        for doc_id, signature in signatures:
            sketch = index._sketch(signature)
            if doc_id in index._sketches:
                raise ValueError(f"document {doc_id!r} is already in the duplicate index")
            if not bool(np.all(sketch.hashvalues == _EMPTY)):
                index._lsh.insert(doc_id, sketch, check_duplication=False)
                index._sketches[doc_id] = sketch
        return index

    def _sketch(self, signature: bytes) -> LeanMinHash:
        """A stored signature back as a MinHash; the wrong length means other settings made it."""
        if len(signature) != self.permutations * _DTYPE.itemsize:
            raise ValueError(
                f"signature of {len(signature)} bytes, expected {self.permutations * _DTYPE.itemsize} "
                f"({self.params})"
            )
        values = np.frombuffer(signature, dtype=_DTYPE).astype(np.uint32)
        return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


@functools.cache
def _bands(threshold: float, permutations: int) -> tuple[int, int]:
    """datasketch's (bands, rows) for this threshold, worked out once: it integrates for every split."""
    lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
    return lsh.b, lsh.r


def groups(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each document in a pair mapped to its duplicate group: the smallest id of its connected component.

    Near-duplication is not transitive (A~B and B~C while A≁C), but a story copied down a chain
    is still one story; components make the grouping independent of the order pairs arrive in.
    """
    sets = UnionFind()
    for a, b in pairs:
        sets.union(a, b)
    return {x: root for root, members in sets.groups().items() for x in members}
