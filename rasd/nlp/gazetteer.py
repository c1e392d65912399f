"""Find known names in a story: Aho-Corasick over the normalised text, at word boundaries.

Arabic glues proclitics to the word (وموسكو، بطهران، للكرملين), so a name may start after one of
them; it must end at a word boundary. Overlapping hits are resolved longest-first, so "رجب طيب
أردوغان" wins over "أردوغان" and "منظمة شنغهاي للتعاون" over "شنغهاي".
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ahocorasick

from rasd.lang.normalize import Normalized, normalize

#: What may stand glued before a name: conjunctions, prepositions, the article and their combinations.
PROCLITICS = frozenset(
    {
        "",
        "و",
        "ف",
        "ب",
        "ل",
        "ك",
        "ال",
        "وال",
        "فال",
        "بال",
        "كال",
        "وب",
        "ول",
        "وك",
        "فب",
        "فل",
        "فك",
        "وبال",
    }
)
#: ل + ال is written لل: "للكرملين" is ل + الكرملين.
LAM_PROCLITICS = frozenset({"لل", "ولل", "فلل"})


@dataclass(frozen=True, slots=True)
class GazetteerHit:
    start: int  # span of the name itself (clitics excluded) in the original text
    end: int
    form: str  # the normalised surface form that matched
    ids: tuple[str, ...]  # every entity that has this form


class Gazetteer:
    """An automaton over normalised surface forms; build once, search many stories."""

    def __init__(self, forms: Iterable[tuple[str, str]], heads: frozenset[str] = frozenset()) -> None:
        """`forms`: (normalised surface form, entity id) pairs; a form may name several entities.
        `heads`: folded first words of compound names (عبد، أبو) whose glued or split spelling is added."""
        self.heads = heads
        ids: dict[str, list[str]] = {}
        given = []
        for form, entity_id in forms:
            form = " ".join(form.split())
            given.append((form, entity_id))
            if len(form) >= 2 and entity_id not in ids.setdefault(form, []):
                ids[form].append(entity_id)
        variants: dict[str, list[str]] = {}  # a variant never takes a form some entity has as written
        for form, entity_id in given:
            for variant in spelling_variants(form, heads):
                if variant not in ids and entity_id not in variants.setdefault(variant, []):
                    variants[variant].append(entity_id)
        ids.update(variants)
        self._automaton = ahocorasick.Automaton()
        for form, owners in ids.items():
            for variant in _quoted(form):  # قمة مجموعة “بريكس”: quotes between the words of a name
                self._automaton.add_word(variant, (variant, tuple(owners), False))
            if form.startswith("ال") and len(form) > 4 and form[2:] not in ids:
                self._automaton.add_word(form[2:], (form, tuple(owners), True))  # after لل
        self._automaton.make_automaton()
        self.size = len(ids)

    def find(self, text: str, norm: Normalized | None = None) -> list[GazetteerHit]:
        """Longest non-overlapping hits, in text order, with spans in the original text. `norm`:
        `normalize(text)`, if made."""
        if not self.size:
            return []
        norm = norm or normalize(text)
        hits = [
            GazetteerHit(*norm.to_original(start, end), form, owners)
            for start, end, form, owners in self.find_normalized(norm.text)
        ]
        return sorted(hits, key=lambda h: h.start)

    def find_normalized(
        self, text: str, spans: Sequence[tuple[int, int]] | None = None
    ) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """`find` on text already normalised, as (start, end, form, ids) in it, longest first.

        With `spans` (sorted, disjoint [start, end) ranges of `text`), each span is searched as if it
        were the whole text: one pass over `text` for all of them (the NER's sentences of a story)."""
        if not self.size:
            return []
        bounds = spans if spans is not None else [(0, len(text))]
        ends = [e for _, e in bounds]
        per_span: list[list[tuple[int, int, str, tuple[str, ...]]]] = [[] for _ in bounds]
        k = 0
        for last, (form, owners, after_lam) in self._automaton.iter(text):
            start = last - (len(form) - 2 if after_lam else len(form)) + 1
            end = last + 1
            if end > ends[k]:
                k = bisect.bisect_left(ends, end, k)
            if k >= len(bounds):
                break
            lo, hi = bounds[k]
            if start < lo or not _at_boundary(text, start, end, after_lam, lo, hi):
                continue
            per_span[k].append((start, end, form, owners))
        out = []
        for candidates in per_span:
            candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
            # the hits kept so far, disjoint and so sorted by start and by end alike: a candidate overlaps
            # one iff the last hit starting before its end ends after its start (a scan was quadratic)
            taken_starts: list[int] = []
            taken_ends: list[int] = []
            for start, end, form, owners in candidates:
                i = bisect.bisect_left(taken_starts, end)
                if i and taken_ends[i - 1] > start:
                    continue
                taken_starts.insert(i, start)
                taken_ends.insert(i, end)
                out.append((start, end, form, owners))
        return out


def spelling_variants(form: str, heads: frozenset[str]) -> list[str]:
    """The form with each compound head glued to the next word or split from it (عبد الله علي اليحيا ->
    عبدالله علي اليحيا; عبداللهيان -> عبد اللهيان), one word at a time, keeping two words or more."""
    words = form.split(" ")
    out = []
    for i, word in enumerate(words):
        if word in heads and i + 1 < len(words):
            variant = [*words[:i], word + words[i + 1], *words[i + 2 :]]
        else:
            head = next((h for h in heads if word.startswith(h) and len(word) - len(h) >= 3), None)
            if head is None:
                continue
            variant = [*words[:i], head, word[len(head) :], *words[i + 1 :]]
        if len(variant) >= 2:
            out.append(" ".join(variant))
    return out


def _quoted(form: str) -> list[str]:
    """The form, and for names of 2-3 words the same with a quotation mark opening a later word."""
    words = form.split(" ")
    if not 2 <= len(words) <= 3:
        return [form]
    variants = [form]
    for i in range(1, len(words)):
        variants.append(" ".join(words[:i]) + ' "' + " ".join(words[i:]))
    return variants


def _at_boundary(
    text: str, start: int, end: int, after_lam: bool, lo: int = 0, hi: int | None = None
) -> bool:
    """The hit ends a word and starts one, or follows proclitics; `text[lo:hi]` is all there is."""
    if end < (len(text) if hi is None else hi) and text[end].isalnum():
        return False
    word_start = start
    while word_start > lo and text[word_start - 1].isalnum():
        word_start -= 1
    prefix = text[word_start:start]
    return prefix in LAM_PROCLITICS if after_lam else prefix in PROCLITICS
