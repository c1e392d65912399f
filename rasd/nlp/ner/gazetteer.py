"""The entity catalog as the NER tagger's gazetteer: catalog names found in a sentence → token labels.

`catalog_gazetteer(catalog)` returns a `GazetteerFn`: the sentence's tokens are joined at their own
offsets, the catalog's Aho-Corasick `Gazetteer` (names after Arabic proclitics, longest hit wins)
runs over that text, and each hit labels the tokens it touches `B-<TYPE>-gaz` / `I-<TYPE>-gaz`
(PER, ORG, LOC; a form shared by entities of several types gives each type's label).

No catalog entry comes from the NER training data: the catalog is hand-written (places, people,
organisations, outlets, aliases) or generated from CLDR (states) and GeoNames (cities), see
rasd/data/entities/README.md. So at test time the feature does not echo training labels.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence

from rasd.nlp.catalog import Catalog, load_catalog
from rasd.nlp.gazetteer import Gazetteer
from rasd.nlp.ner.features import GazetteerFn, peel
from rasd.records import Token

#: The name the model sidecar records for this gazetteer.
CATALOG = "catalog"


def catalog_gazetteer(catalog: Catalog, parts: bool = True, adjectives: bool = False) -> GazetteerFn:
    """A gazetteer function over `catalog`'s Arabic surface forms, typed by the catalog entry.

    With `parts`, a token that is (after proclitics) one word of a catalog name of several words
    also gets `P-<TYPE>-gaz`: a surname or a given name alone (بوش، محمد) is a name's evidence.
    With `adjectives`, a nationality adjective (الروسي، مصرية) gets `ADJ-gaz`.
    """
    forms = list(catalog.surface_forms())
    automaton = Gazetteer(forms)
    types: dict[str, str] = {}
    words: dict[str, set[str]] = {}
    known: dict[str, Collection[str]] = {}  # memo: token → its word labels
    if adjectives:
        for form, _ in catalog.adjective_forms():
            words.setdefault(form, set()).add("ADJ-gaz")
    if parts:
        for form, entity_id in forms:
            entity = catalog.get(entity_id)
            pieces = form.split()
            if entity is None or len(pieces) < 2:
                continue
            for piece in pieces:
                if len(piece) >= 3:
                    words.setdefault(piece, set()).add(f"P-{entity.type}-gaz")

    def type_of(entity_id: str) -> str:
        found = types.get(entity_id)
        if found is None:
            entity = catalog.get(entity_id)
            found = types[entity_id] = entity.type if entity is not None else ""
        return found

    def words_of(sentences: Sequence[Sequence[Token]]) -> list[list[Collection[str]]]:
        """The word labels (name parts, adjectives) of every token: one set each, filled or empty."""
        out: list[list[Collection[str]]] = []
        for tokens in sentences:
            labels: list[Collection[str]] = [()] * len(tokens)  # a set only where there is a label
            out.append(labels)
            if not words:
                continue
            for k, found in enumerate(map(known.get, [t.norm for t in tokens])):
                if found is None:
                    norm = tokens[k].norm
                    if len(known) >= 100_000:
                        known.clear()
                    found = known[norm] = words.get(norm) or words.get(peel(norm)[1], ())
                if found:
                    labels[k] = set(found)
        return out

    def document(sentences: Sequence[Sequence[Token]]) -> list[list[Collection[str]]]:
        """The labels of every token of every sentence (each sentence read on its own, as `labels`).

        The sentences' folded tokens are laid out once at their own offsets (spaces between, as
        `normalize` leaves a space) and searched in one pass; a hit counts only inside one sentence."""
        out = words_of(sentences)
        parts: list[str] = []
        spans: list[tuple[int, int]] = []
        starts: list[list[int]] = []  # per sentence, each token's offset in the laid-out text
        pos = size = 0
        for tokens in sentences:
            if not tokens:
                spans.append((size, size))
                starts.append([])
                continue
            pos = tokens[0].start  # the sentence's own text starts at its first token
            lo = size
            offsets = []
            for token in tokens:
                if token.start > pos:
                    parts.append(" " * (token.start - pos))
                    size += token.start - pos
                offsets.append(size)
                parts.append(token.norm)
                size += len(token.norm)
                pos = token.end
            spans.append((lo, size))
            starts.append(offsets)
            parts.append(" ")  # between two sentences: neither reads the other
            size += 1
        found = automaton.find_normalized("".join(parts), spans)
        if not found:
            return out
        found.sort()
        k = 0  # the sentence of the current hit
        for start, end, _, ids in found:
            while spans[k][1] < end:
                k += 1
            tokens, offsets, labels = sentences[k], starts[k], out[k]
            kinds = {type_of(i) for i in ids} - {""}
            j = bisect.bisect_right(offsets, start) - 1  # the token the hit starts in (or the one before)
            j = max(j, 0)
            first = True
            while j < len(tokens) and offsets[j] < end:
                if offsets[j] + len(tokens[j].norm) > start:  # (a token folded to nothing: inside only)
                    if not isinstance(labels[j], set):
                        labels[j] = set()
                    labels[j].update(f"{'B' if first else 'I'}-{kind}-gaz" for kind in kinds)  # type: ignore[union-attr]
                    first = False
                j += 1
        return out

    def labels(tokens: Sequence[Token]) -> list[set[str]]:
        return [set(found) for found in document([tokens])[0]]

    labels.document = document  # type: ignore[attr-defined]
    return labels


def load_catalog_gazetteer() -> GazetteerFn:
    """The shipped catalog as a gazetteer (about half a second): the caller keeps it (`NerTagger`
    without a catalog, training); the pipeline builds its own from its catalog."""
    return catalog_gazetteer(load_catalog())
