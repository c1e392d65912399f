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

from rasd.errors import DataFileError
from rasd.lang.normalize import fold
from rasd.nlp.catalog import Catalog
from rasd.nlp.titles import title_words
from rasd.records import LinkedEntity, Mention, Story
from rasd.resources import read_lines, read_tsv

#: The most characters between a title and its name that still make one phrase: a space, a comma and
#: a space, or quotation marks ("الرئيس الفرنسي "إيمانويل ماكرون"").
MAX_JOIN = 3
#: Characters that end a sentence or a line: never inside a phrase.
_STOPS = frozenset(".!?؟\n")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
#: The word before a name that opens brackets or quotation marks: "لحركة (حماس)", "مجموعة «بريكس»".
_WORD_BEFORE_MARK = re.compile(r"(\S+)\s+[(\"«“]?$")
_WORD_AFTER = re.compile(r"^\s+([^\s،,.:;!?؟]+)")
_WORD = re.compile(r"\S+")
_TRAILING = "،,.:;!?؟\"'«»“”()"
_PROCLITICS = "وفبلك"
#: Where an envoy is sent, after his title: " (الخاص) لليمن", " الخاص إلى سوريا" (one place word).
_DESTINATION = re.compile(r"(?:\s+ال[^\W\d_]*خاص[ةه]?)?\s+(?:ل[^\W\d_]{2,}|(?:إلى|الى)\s+[^\W\d_]+)")
#: A given name and its father's, then more of the lineage: the name to the father is a mention too.
_FIRST_LINK = re.compile(
    r"(?P<name>[^\W\d_]+\s+(?:بن|ابن|بنت)\s+(?:(?:عبد|أبو|ابو)\s+)?[^\W\d_]+)\s+(?:بن|ابن|بنت|آل)\s"
)


@dataclass(frozen=True, slots=True)
class PhraseWords:
    """The folded words the phrases are read with (`rasd/data/nlp/phrase_words.tsv`, the titles of
    `titles.tsv`, and the place classifiers of `classifiers.txt` and `state_classifiers.txt`)."""

    honorifics: frozenset[str]  # الدكتور، جلالة، الفريق، الرئيس … (titles among them)
    titles: frozenset[str]  # الملك، الرئيس، الشيخ …: may stand alone before a name
    compound_heads: frozenset[str]  # compound_heads.txt: عبد (عبد الله is one name word)
    places: frozenset[str]  # جمهورية، مدينة، دولة، العاصمة …
    epithets: frozenset[str]  # المحتلة …
    organisations: frozenset[str]  # حركة، جماعة …
    states: frozenset[str]  # الاحتلال (+ a state's adjective)
    envoys: frozenset[str] = frozenset()  # المبعوث …: a title that may name where its holder is sent
    #: folded role titles of two words or more (`entities/roles.tsv`): one before another title of the
    #: same man makes a compound title ("رئيس الوزراء وزير الخارجية القطري")
    role_titles: frozenset[str] = frozenset()


def load_phrase_words(catalog: Catalog) -> PhraseWords:
    """The words of `nlp/phrase_words.tsv`, the `honorific` and `title` words of `nlp/titles.tsv`, and
    the catalog's role titles of two words or more."""
    rows = read_tsv("nlp/phrase_words.tsv", ("word", "role"))
    unknown = {r["role"] for r in rows} - {
        "place",
        "epithet",
        "organisation",
        "state",
        "envoy",
    }
    if unknown:
        raise DataFileError(f"nlp/phrase_words.tsv: unknown roles {sorted(unknown)}")

    def of(role: str) -> frozenset[str]:
        return frozenset(fold(r["word"]) for r in rows if r["role"] == role)

    classifiers = (
        fold(w) for path in ("nlp/classifiers.txt", "nlp/state_classifiers.txt") for w in read_lines(path)
    )
    return PhraseWords(
        title_words("honorific") | title_words("title"),
        title_words("title"),
        frozenset(fold(w) for w in read_lines("nlp/compound_heads.txt")),
        of("place") | frozenset(classifiers),
        of("epithet"),
        of("organisation"),
        of("state"),
        of("envoy"),
        frozenset(
            fold(t.title_ar) for t in catalog.role_titles() if "…" not in t.title_ar and " " in t.title_ar
        ),
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


def _compound_titles(
    ordered: list[Mention], text_of: dict[str, str], words: PhraseWords
) -> Iterator[tuple[str, int, int]]:
    """A role title right before another title of the same man, with a space or و between: "رئيس الوزراء
    وزير الخارجية القطري", "نائب رئيس الوزراء ووزير الخارجية" name one man by his two offices."""
    for m in ordered:
        if m.source != "role":
            continue
        text = text_of[m.part]
        base = max(0, m.start - 60)
        before = text[base : m.start]
        if before.endswith("و") and before[-2:-1].isspace():
            before = before[:-1]  # "ووزير": the و glued to the second title
        if not before[-1:].isspace():
            continue
        found = list(_WORD.finditer(before))
        for k in (4, 3, 2):
            run = found[-k:]
            if len(run) == k and fold(" ".join(w.group() for w in run)) in words.role_titles:
                yield m.part, base + run[0].start(), m.end
                break


def _envoy_destinations(
    ordered: list[Mention], text_of: dict[str, str], words: PhraseWords
) -> Iterator[tuple[str, int, int]]:
    """An envoy's title with where he is sent: "المبعوث الأممي (الخاص) لليمن", "… الخاص إلى سوريا"."""
    for m in ordered:
        first = _WORD.match(m.text)
        found = (
            _DESTINATION.match(text_of[m.part], m.end) if first and _is(first.group(), words.envoys) else None
        )
        if m.source == "role" and found:
            yield m.part, m.start, found.end()


def _is(word: str, words: frozenset[str]) -> bool:
    """A folded word, or the word without one proclitic (وجمهورية), is in `words`."""
    folded = fold(word.strip(_TRAILING))
    if folded in words:
        return True
    if folded.startswith("لل") and "ال" + folded[2:] in words:  # للرئيس: ل + الرئيس
        return True
    return len(folded) > 3 and folded[0] in _PROCLITICS and folded[1:] in words


def _opened(text: str, start: int, words: frozenset[str]) -> int:
    """Where a run of `words` right before `start` begins (only spaces between; `start` if none)."""
    while (before := _WORD_BEFORE.search(text, max(0, start - 30), start)) and _is(before.group(1), words):
        start = before.start(1)
    return start


def _adjective(word: str) -> bool:
    """A nationality adjective's shape (المغربية، الإسرائيلي), folded."""
    return fold(word.strip(_TRAILING)).endswith(("يه", "ي"))


def _classified(text: str, start: int, words: frozenset[str]) -> int:
    """Where a classifier right before `start` begins, with a nationality adjective between or not
    ("جمهورية العراق", "العاصمة المغربية الرباط"); `start` if none."""
    before = _WORD_BEFORE_MARK.search(text, max(0, start - 30), start)
    if before is None:
        return start
    if _is(before.group(1), words):
        return before.start(1)
    if _adjective(before.group(1)):
        first = _WORD_BEFORE.search(text, max(0, before.start(1) - 30), before.start(1))
        if first and _is(first.group(1), words):
            return first.start(1)
    return start


def _one_word(name: str, heads: frozenset[str]) -> bool:
    """Whether a name is one word, a compound's head and the word after it counting as one."""
    ws = name.split()
    return len(ws) == 1 or (len(ws) == 2 and fold(ws[0]) in heads)


def _names(ordered: list[Mention]) -> list[Mention]:
    return [m for m in ordered if m.source not in ("role", "phrase", "adjective")]


def _places(
    ordered: list[Mention], text_of: dict[str, str], words: PhraseWords
) -> Iterator[tuple[str, int, int]]:
    names = _names(ordered)
    for m in names:
        text = text_of[m.part]
        yield m.part, _classified(text, m.start, words.places), m.end
        after = _WORD_AFTER.match(text[m.end : m.end + 30])
        if after and _is(after.group(1), words.epithets):
            yield m.part, m.start, m.end + after.end(1)
    for m in ordered:
        if m.source == "adjective":
            yield m.part, _opened(text_of[m.part], m.start, words.states), m.end
    for name, adjective in itertools.pairwise(ordered):
        if (
            name in names
            and adjective.source == "adjective"
            and adjective.part == name.part
            and text_of[name.part][name.end : adjective.start] == " "
        ):
            yield name.part, name.start, adjective.end


def _people(
    ordered: list[Mention], text_of: dict[str, str], words: PhraseWords
) -> Iterator[tuple[str, int, int]]:
    for m in _names(ordered):
        spans = [w.span() for w in _WORD.finditer(m.text)]
        k = next((k for k, (a, b) in enumerate(spans) if not _is(m.text[a:b], words.honorifics)), len(spans))
        if k == len(spans) or (
            k > 0 and m.text[spans[k][0] :].startswith("ال") and _adjective(m.text[slice(*spans[k])])
        ):
            continue  # titles alone, or a title and an adjective ("الرئيس المصري"): no name
        for j in range(1, k + 1):  # "الملك محمد السادس", "محمد السادس" in "جلالة الملك محمد السادس"
            if _one_word(m.text[spans[j][0] :], words.compound_heads):
                continue  # a given name alone ("عبد الله" in "الملك عبد الله") names many people
            if j == k or _is(m.text[slice(*spans[j])], words.titles):
                yield m.part, m.start + spans[j][0], m.end
        if k == 0:
            yield m.part, _opened(text_of[m.part], m.start, words.honorifics), m.end  # "الوزير شكري"
        short = _FIRST_LINK.match(m.text, spans[k][0]) if k < len(spans) else None
        if short is not None:  # "الأمير محمد بن سلمان" in "الأمير محمد بن سلمان بن عبدالعزيز"
            starts = {m.start, m.start + spans[k][0]}
            starts |= {
                m.start + spans[j][0] for j in range(1, k) if _is(m.text[slice(*spans[j])], words.titles)
            }
            for start in sorted(starts):
                yield m.part, start, m.start + short.end("name")


def _organisations(
    ordered: list[Mention], text_of: dict[str, str], words: PhraseWords
) -> Iterator[tuple[str, int, int]]:
    for m in _names(ordered):
        yield m.part, _classified(text_of[m.part], m.start, words.organisations), m.end


def entity_phrases(
    entity: LinkedEntity,
    text_of: dict[str, str],
    words: PhraseWords,
    others: tuple[Mention, ...] = (),
) -> LinkedEntity:
    """`entity` with one `phrase` mention for each nested span it is named by that it lacks. `others`:
    the mentions of the story's other entities (a title one of them holds joins no compound title)."""
    ordered = sorted(entity.mentions, key=lambda m: (m.part, m.start, m.end))
    nested = {"PER": _people, "LOC": _places, "ORG": _organisations}.get(entity.type)
    compound = _compound_titles(ordered, text_of, words) if entity.type == "PER" else iter(())
    found = itertools.chain(
        _titled_names(ordered, text_of),
        nested(ordered, text_of, words) if nested else (),
        (
            (part, start, end)
            for part, start, end in compound
            if not any(o.part == part and start < o.end and o.start < end for o in others)
        ),
        _envoy_destinations(ordered, text_of, words) if entity.type == "PER" else (),
    )
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
    mentions = [e.mentions for e in story.entities]
    return dataclasses.replace(
        story,
        entities=tuple(
            entity_phrases(e, text_of, words, tuple(m for j, ms in enumerate(mentions) if j != i for m in ms))
            for i, e in enumerate(story.entities)
        ),
    )
