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

import functools
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

    def labels(tokens: Sequence[Token]) -> list[set[str]]:
        out: list[set[str]] = [set() for _ in tokens]
        if words:
            for k, token in enumerate(tokens):
                found = known.get(token.norm)
                if found is None:
                    if len(known) >= 100_000:
                        known.clear()
                    found = known[token.norm] = words.get(token.norm) or words.get(peel(token.norm)[1], ())
                if found:
                    out[k].update(found)
        if not tokens:
            return out
        base = tokens[0].start
        parts: list[str] = []
        pos = base
        for token in tokens:
            parts.append(" " * (token.start - pos) + token.text)
            pos = token.end
        hits = automaton.find("".join(parts))
        if not hits:
            return out
        k = 0
        for hit in hits:
            kinds = {type_of(i) for i in hit.ids} - {""}
            start, end = hit.start + base, hit.end + base
            while k < len(tokens) and tokens[k].end <= start:
                k += 1
            first = True
            j = k
            while j < len(tokens) and tokens[j].start < end:
                out[j].update(f"{'B' if first else 'I'}-{kind}-gaz" for kind in kinds)
                first = False
                j += 1
        return out

    return labels


@functools.cache
def load_catalog_gazetteer() -> GazetteerFn:
    """The shipped catalog as a gazetteer, built on first use (about half a second)."""
    return catalog_gazetteer(load_catalog())
