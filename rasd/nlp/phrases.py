"""Mention phrases: the other spans a story names an entity by, given as more mentions of it.

The linker gives one span per way of naming, cut at the entity's catalog name: "الرئيس الإيراني
مسعود بزشكيان" is two mentions of Pezeshkian (the title, source `role`, and the name), "جمهورية
العراق" is the name العراق, "الدكتور مصطفى مدبولي" one span with its courtesy title. Readers, search
and the labelling guide (`docs/labelling.md`) take any of the nested spans as a way the story names
him, so the entity also lists them (source `phrase`):
- a title and the name right after it, as one phrase ("الرئيس الجزائري، عبد المجيد تبون" too: only
  spaces, quotation marks or a comma between them);
- a place with the word that classifies it before it ("جمهورية العراق", "مدينة وهران"), with its
  own adjective after it ("الولايات المتحدة الأمريكية") or with an epithet after it ("القدس المحتلة");
- a person's name without the courtesy titles or ranks that open its span ("مصطفى مدبولي" in
  "الدكتور مصطفى مدبولي").
The stage runs after quotes and events, which keep reading the linker's spans: a phrase adds a form,
it moves no span that they use.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from rasd.lang.normalize import fold
from rasd.records import LinkedEntity, Mention, Story
from rasd.resources import read_lines

#: The most characters between a title and its name that still make one phrase: a space, a comma and
#: a space, or quotation marks ("الرئيس الفرنسي "إيمانويل ماكرون"").
MAX_JOIN = 3
#: Characters that end a sentence or a line: never inside a phrase.
_STOPS = frozenset(".!?؟\n")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_WORD_AFTER = re.compile(r"^\s+([^\s،,.:;!?؟]+)")
_WORD = re.compile(r"\S+")
_TRAILING = "،,.:;!?؟\"'«»“”()"
_PROCLITICS = "وفبلك"


@dataclass(frozen=True, slots=True)
class PhraseWords:
    """The folded words the phrases are read with (data files under `rasd/data/nlp/`)."""

    classifiers: frozenset[str]  # classifiers.txt and state_classifiers.txt: جمهورية، مدينة، دولة …
    epithets: frozenset[str]  # place_epithets.txt: المحتلة …
    honorifics: frozenset[str]  # honorifics.txt: الدكتور، جلالة، الفريق …


def load_phrase_words() -> PhraseWords:
    def words(*paths: str) -> frozenset[str]:
        return frozenset(fold(w) for path in paths for w in read_lines(path))

    return PhraseWords(
        words("nlp/classifiers.txt", "nlp/state_classifiers.txt"),
        words("nlp/place_epithets.txt"),
        words("nlp/honorifics.txt"),
    )


def _joins(between: str) -> bool:
    """Whether two spans are one phrase: nothing but spaces and punctuation of a few characters."""
    return 0 < len(between) <= MAX_JOIN and not any(c.isalnum() or c in _STOPS for c in between)


def _titled_names(ordered: list[Mention], text_of: dict[str, str]) -> Iterator[tuple[str, int, int]]:
    for title, name in itertools.pairwise(ordered):
        if (
            title.source == "role"
            and name.source not in ("role", "phrase")
            and name.part == title.part
            and _joins(text_of[title.part][title.end : name.start])
        ):
            yield title.part, title.start, name.end


def _is(word: str, words: frozenset[str]) -> bool:
    """A folded word, or the word without one proclitic (وجمهورية), is in `words`."""
    folded = fold(word.strip(_TRAILING))
    return folded in words or (len(folded) > 3 and folded[0] in _PROCLITICS and folded[1:] in words)


def _places(
    ordered: list[Mention], text_of: dict[str, str], words: PhraseWords
) -> Iterator[tuple[str, int, int]]:
    names = [m for m in ordered if m.source not in ("role", "phrase", "adjective")]
    for m in names:
        text = text_of[m.part]
        before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if before and _is(before.group(1), words.classifiers):
            yield m.part, before.start(1), m.end
        after = _WORD_AFTER.match(text[m.end : m.end + 30])
        if after and _is(after.group(1), words.epithets):
            yield m.part, m.start, m.end + after.end(1)
    for name, adjective in itertools.pairwise(ordered):
        if (
            name in names
            and adjective.source == "adjective"
            and adjective.part == name.part
            and text_of[name.part][name.end : adjective.start] == " "
        ):
            yield name.part, name.start, adjective.end


def _bare_names(ordered: list[Mention], words: PhraseWords) -> Iterator[tuple[str, int, int]]:
    for m in ordered:
        if m.source in ("role", "phrase", "adjective"):
            continue
        spans = [w.span() for w in _WORD.finditer(m.text)]
        k = next((k for k, (a, b) in enumerate(spans) if not _is(m.text[a:b], words.honorifics)), 0)
        if 0 < k < len(spans):
            yield m.part, m.start + spans[k][0], m.end


def entity_phrases(entity: LinkedEntity, text_of: dict[str, str], words: PhraseWords) -> LinkedEntity:
    """`entity` with one `phrase` mention for each nested span it is named by that it lacks."""
    ordered = sorted(entity.mentions, key=lambda m: (m.part, m.start, m.end))
    found = itertools.chain(_titled_names(ordered, text_of), _bare_names(ordered, words))
    if entity.type == "LOC":
        found = itertools.chain(found, _places(ordered, text_of, words))
    have = {(m.part, m.start, m.end) for m in entity.mentions}
    added = []
    for part, start, end in found:
        if (part, start, end) not in have:
            have.add((part, start, end))
            added.append(Mention(start, end, text_of[part][start:end], entity.type, "phrase", part))
    if not added:
        return entity
    return dataclasses.replace(entity, mentions=entity.mentions + tuple(added))


def add_phrases(story: Story, words: PhraseWords) -> Story:
    """The story with every entity's nested phrases among its mentions (pure)."""
    text_of = {"text": story.text, "title": story.title or ""}
    return dataclasses.replace(
        story, entities=tuple(entity_phrases(e, text_of, words) for e in story.entities)
    )
