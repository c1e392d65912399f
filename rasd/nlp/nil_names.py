"""A second look at the names the linker left NIL (issue 14, tenth round).

On unseen news the NIL people rasd writes out are of three sorts: no person at all (God in a formula,
a currency, a verb read into a name: "سيستضيف ترامب"), a catalog person under another spelling or form
(للافروف with a glued preposition, "أحمد واود أوغلو", "فيصل مقداد" without the article, "صباح خالد
الحمد المبارك الصباح" with one more forebear in the chain, "أحمدبن مبارك" glued), and people the
catalog lacks. This pass, run on the story's entities after linking, drops the first and links the
second by general rules: never an alias per miss. Figures: docs/entities.md ("NIL names on unseen
news, tenth round").

- **Not a name**: every word of a NIL PER or MISC, without a proclitic or the article, is listed in
  `nlp/not_person_names.txt` (الله، والله، دولار، اليورو …). (Common nouns of general text are no test:
  "وحي أمان" is a minister, and wordfreq's list holds many foreign names.)
- **Not a name word, at a mention's edge** (`not_a_name_word`): a future verb, a noun with a pronoun
  suffix, a preposition glued to an article; cut off, the name left is looked up again.
- **A surname with the article** (القطان after أحمد قطان) joins the one person of the story whose
  family name is written without it.
- **A catalog person**: the name's words, compared without honorifics, articles and the spacing of
  compounds (عبد الله / عبدالله, داود أوغلو / داوداوغلو), equal one catalog person's Arabic name of two
  words or more; or they do so once a glued preposition leaves the first word, once a father's name
  inside the chain ("بن X", never the last pair) or one middle word of a chain of four or more leaves
  it; or all but one later word are equal and that word is a misspelling of the catalog's: a fuzzy
  ratio ≥ `link.FUZZY_MIN` and at least `MISSPELLING_ZIPF_GAP` rarer in general text (a misspelling
  is rarer than the spelling; two real surnames one letter apart, الزعبي / الكعبي, are both used);
  or they are a catalog name of three words or more without its second word, the father's name
  ("أحمد بن مبارك" for أحمد عوض بن مبارك), when one catalog person has that short form; or the
  mention and the words after it in the text open a catalog name (the NER cut it short).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from rasd.lang.clitics import MIN_UNSEEN_CONJ_STEM, split_word, stacks, without_article
from rasd.lang.frequency import load_word_frequencies, zipf
from rasd.lang.normalize import fold
from rasd.lang.tokens import trim_words
from rasd.nlp.catalog import Catalog
from rasd.nlp.link import FUZZY_MIN, nil_key
from rasd.nlp.romanize import Romanizer, romanize
from rasd.records import CatalogEntity, LinkedEntity, Mention
from rasd.resources import read_lines

#: Zipf value (wordfreq) from which a whole word is a common one: لصالح "in favour of" is no ل + صالح.
COMMON_WORD_ZIPF = 3.0
#: How much rarer (Zipf) a word must be than the catalog word it is read as a misspelling of:
#: نتياهوا (unseen) for نتنياهو; الزعبي (3.5) is no misspelling of الكعبي (3.5).
MISSPELLING_ZIPF_GAP = 1.0
_SON_OF = frozenset({"بن", "ابن"})
#: Words that join a name to the next one (a prefix ending with one is cut mid-name).
_LINKS = _SON_OF | {"بنت", "ولد", "ال", "ابو", "ام", "عبد", "دي", "فون", "فان"}
#: Words of the text after a NIL mention that may complete a catalog name it starts.
_AFTER = re.compile(r"\s+([^\W\d_]+)")


def name_words(text: str, honorifics: frozenset[str]) -> tuple[str, ...]:
    """The words a name is compared by: folded, honorifics before it dropped (also glued:
    الدكتورعبدالله), a glued بن split off (أحمدبن), عبد joined to its name, articles dropped.
    `honorifics`: `NilNames.honorifics`."""
    words: list[str] = []
    for word in fold(text).split():
        if word.endswith("بن") and len(word) > 4 and word != "ابن":
            words += [word[:-2], "بن"]
        else:
            words.append(word)
    while words:
        glued = next((h for h in honorifics if words[0].startswith(h) and len(words[0]) - len(h) >= 3), None)
        if len(words) > 1 and words[0] in honorifics:
            words.pop(0)
        elif glued is not None and words[0][len(glued) :] not in honorifics and len(glued) >= 5:
            words[0] = words[0][len(glued) :]
            break
        else:
            break
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] == "عبد":
            joined[-1] += word
        else:
            joined.append(word)
    return tuple(without_article(w) for w in joined)


def _variants(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Other forms of the same name: the first word without the proclitics the shared clitic analysis
    reads on it (لمحمد بن سلمان، وعبدالله), a father's name inside the chain dropped (بن X, not the last
    pair), one middle word of a chain of four or more dropped."""
    out = []
    first = split_word(words[0])
    if first.proclitics:
        out.append((first.stem, *words[1:]))
    if len(words) >= 4 and words[-3] in _SON_OF and words[-1] not in _SON_OF and words[-2] != "ال":
        out.append((*words[:-3], words[-1]))  # عبدالله بن عبدالعزيز الربيعة: never بن X بن Y (the father)
    if len(words) >= 4:
        out += [(*words[:i], *words[i + 1 :]) for i in range(1, len(words) - 1) if words[i] not in _SON_OF]
    return out


@dataclass(frozen=True)
class NilNames:
    """The catalog's person names by their compared words, and the word lists the junk rule reads."""

    catalog: Catalog
    forms: Mapping[str, tuple[str, ...]]  # "".join(name_words(form)) -> person ids
    #: the same for names of 3+ words without the father's name: احمد عوض بن مبارك -> احمد بن مبارك
    short_forms: Mapping[str, tuple[str, ...]]
    #: the first three words or more of names of four or more (اسماعيل ولد الشيخ of اسماعيل ولد الشيخ احمد)
    prefixes: Mapping[str, tuple[str, ...]]
    shapes: Mapping[tuple[int, str], tuple[tuple[tuple[str, ...], str], ...]]  # (length, first) -> names
    person_words: frozenset[str]  # folded words known to name people (`link.person_name_words`)
    not_names: frozenset[str]  # nlp/not_person_names.txt
    frequencies: Mapping[str, float]
    nil_distinct: Mapping[str, str]  # `link.nil_distinct`: how a renamed NIL person is keyed
    romanizer: Romanizer  # `LinkResources.romanizer`: a NIL person's English name
    honorifics: frozenset[str]  # `LinkResources.honorifics`: dropped before a name's compared words

    @classmethod
    def build(
        cls,
        catalog: Catalog,
        person_words: Iterable[str],
        nil_distinct: Mapping[str, str],
        romanizer: Romanizer,
        honorifics: frozenset[str],
    ) -> NilNames:
        """The indexes over the catalog's person names; the rest as `LinkResources` loaded it."""
        forms: dict[str, list[str]] = {}
        shapes: dict[tuple[int, str], list[tuple[tuple[str, ...], str]]] = {}
        shorts: dict[str, list[str]] = {}
        prefixes: dict[str, list[str]] = {}
        for entity in catalog:
            if entity.kind != "person":
                continue
            for name in (entity.name_ar, *entity.aliases_ar):
                words = name_words(name, honorifics)
                if len(words) < 2:
                    continue
                owners = forms.setdefault("".join(words), [])
                if entity.id not in owners:
                    owners.append(entity.id)
                shapes.setdefault((len(words), words[0]), []).append((words, entity.id))
                for k in range(3, len(words)):
                    if words[k - 1] not in _LINKS and entity.id not in prefixes.setdefault(
                        "".join(words[:k]), []
                    ):
                        prefixes["".join(words[:k])].append(entity.id)
                if len(words) >= 3 and words[1] not in _SON_OF:
                    short = "".join((words[0], *words[2:]))
                    if entity.id not in shorts.setdefault(short, []):
                        shorts[short].append(entity.id)
        return cls(
            catalog,
            {k: tuple(v) for k, v in forms.items()},
            {k: tuple(v) for k, v in shorts.items() if k not in forms},
            {k: tuple(v) for k, v in prefixes.items() if k not in forms},
            {k: tuple(v) for k, v in shapes.items()},
            frozenset(person_words),
            frozenset(fold(w) for w in read_lines("nlp/not_person_names.txt")),
            load_word_frequencies(),
            nil_distinct,
            romanizer,
            honorifics,
        )

    def _zipf(self, word: str) -> float:
        return zipf(self.frequencies.get(word, 0.0))

    def is_junk(self, text: str) -> bool:
        """No person and no name: God in a formula or a currency, alone (see the module doc)."""
        words = fold(text).split()
        listed = self.not_names
        return bool(words) and all(
            without_article(w) in listed or (w[:1] in "وبلف" and without_article(w[1:]) in listed)
            for w in words
        )

    def person(
        self, text: str, present: frozenset[str] = frozenset(), on: dt.date | None = None
    ) -> CatalogEntity | None:
        """The catalog person a NIL name spells (see the module doc), or None. `present`: ids already
        in the story, preferred when a form names several people; `on`: the story's date (`_one`)."""
        words = name_words(text, self.honorifics)
        if len(words) <= 1:
            return self._glued_surname(words[0], present) if words else None
        for form in (words, *_variants(words)):
            if len(form) < 2:
                continue
            owners = self.forms.get("".join(form), ())
            if owners:
                return self._one(owners, present, on)
        if (found := self._misspelt(words)) is not None:
            return self._one((found,), present, on)
        short = self.short_forms.get("".join(words), ())
        return self._one(short, present, on) if short else None

    def _glued_surname(self, word: str, present: frozenset[str]) -> CatalogEntity | None:
        """One word with a preposition glued before it (للافروف، بنتنياهو) that is the family name of
        one catalog person the story already names. Every proclitic stack of the clitic table is tried
        (للافروف is ل + لافروف or لل + افروف), leaving a stem as long as an unseen name keeps."""
        if self._zipf(word) >= COMMON_WORD_ZIPF:
            return None  # لصالح "in favour of", not ل + صالح
        rests = {
            without_article(word[len(c) :])
            for c in stacks()
            if word.startswith(c) and len(word) - len(c) >= MIN_UNSEEN_CONJ_STEM
        }
        owners = [
            p
            for p in sorted(present)
            if (e := self.catalog.get(p)) is not None
            and e.kind == "person"
            and any(
                name_words(n, self.honorifics)[-1:][0] in rests
                for n in (e.name_ar, *e.aliases_ar)
                if n.strip()
            )
        ]
        return self.catalog.get(owners[0]) if len(owners) == 1 else None

    def _misspelt(self, words: tuple[str, ...]) -> str | None:
        """The one catalog person whose name differs from `words` in one later word, misspelt."""
        found = set()
        for name, entity_id in self.shapes.get((len(words), words[0]), ()):
            differ = [i for i, (a, b) in enumerate(zip(words, name, strict=True)) if a != b]
            if len(differ) != 1:
                continue
            ours, theirs = words[differ[0]], name[differ[0]]
            if (
                len(ours) >= 4
                and ours not in self.person_words
                and fuzz.ratio(ours, theirs) >= FUZZY_MIN
                and not self.frequencies.get("ال" + ours)  # an Arabic family name (الزعبي) is no misspelling
                and self._zipf(ours) <= self._zipf(theirs) - MISSPELLING_ZIPF_GAP
            ):
                found.add(entity_id)
        return found.pop() if len(found) == 1 else None

    def _one(
        self, owners: Sequence[str], present: frozenset[str], on: dt.date | None = None
    ) -> CatalogEntity | None:
        """The one person of `owners` meant: the one the story already names, else the only owner,
        else the only one in office on the story's date (إسماعيل ولد الشيخ in 2015 is the UN envoy, not
        the later Mauritanian prime minister whose name starts the same); None when that leaves several."""
        here = [o for o in owners if o in present]
        if not here and len(owners) > 1 and on is not None:
            here = [o for o in owners if (p := self.catalog.get(o)) and any(f.covers(on) for f in p.offices)]
            here = here if len(here) == 1 else []
        chosen = here[0] if here else owners[0] if len(owners) == 1 else None
        return self.catalog.get(chosen) if chosen is not None else None

    def completed(
        self, text: str, mention: Mention, present: frozenset[str] = frozenset(), on: dt.date | None = None
    ) -> CatalogEntity | None:
        """The catalog person whose name a NIL mention opens, the NER having cut the name short: the
        mention and up to three words after it are a catalog name, or the first three words or more of
        a longer one that one person has, or one person named elsewhere in the story ("إسماعيل" + "ولد
        الشيخ" when the story names إسماعيل ولد الشيخ أحمد in full or by his office)."""
        after: list[str] = []
        pos = mention.end
        while len(after) < 3 and (m := _AFTER.match(text, pos)):
            after.append(m.group(1))
            pos = m.end()
        for k in range(len(after), 0, -1):
            words = name_words(" ".join([mention.text, *after[:k]]), self.honorifics)
            key = "".join(words)
            owners = self.forms.get(key) or (self.prefixes.get(key) if len(words) >= 3 else None)
            if owners:
                return self._one(owners, present, on)
        return None

    def not_a_name_word(self, word: str) -> bool:
        """A word no name holds, by its form: a future verb (سيستضيف: س + a common imperfect), a noun with
        a pronoun suffix (مواقفكم) or a preposition glued to its article (للشورى), the rest a common word."""
        w = fold(word)
        if w in self.person_words:
            return False
        if w.startswith(("سي", "ست", "سن")) and len(w) >= 5:
            return self._zipf(w[1:]) >= COMMON_WORD_ZIPF
        if w.endswith(("كم", "هم", "هما")) and len(w) >= 6:
            return self._zipf(w[: -2 if w.endswith("م") else -3]) >= COMMON_WORD_ZIPF
        if w.startswith("لل") and len(w) >= 5:
            return self._zipf("ال" + w[2:]) >= COMMON_WORD_ZIPF
        return False

    def trimmed(self, mention: Mention) -> Mention | None:
        """The mention without words at its edges that no name holds (`not_a_name_word`); None when
        no word is left. The mention itself when nothing is cut, and always for a role title's mention."""
        if mention.source == "role":
            return mention
        kept = trim_words(mention.text, self.not_a_name_word, self.not_a_name_word)
        if kept is None:
            return None
        a, b = kept
        if mention.text[a:b] == mention.text.strip():
            return mention
        return dataclasses.replace(
            mention, start=mention.start + a, end=mention.start + b, text=mention.text[a:b]
        )

    def _renamed(self, e: LinkedEntity, mentions: list[Mention], present: frozenset[str]) -> LinkedEntity:
        """A NIL person whose mentions were trimmed: the catalog person of the name left when one catalog
        person is named so and is in the story (ظريف after محمد جواد ظريف), else NIL under that name."""
        name = max((m.text for m in mentions if m.source != "role"), key=len, default=mentions[0].text)
        known = [p for p in self.catalog.by_name(name) if p.kind == "person"]
        here = [p for p in known if p.id in present]
        person = (
            here[0] if len(here) == 1 else known[0] if len(known) == 1 and len(name.split()) > 1 else None
        )
        if person is not None:
            return LinkedEntity.of(person, tuple(mentions))
        key = (
            "nil:"
            + hashlib.sha1(nil_key("PER", name, self.nil_distinct, self.honorifics).encode()).hexdigest()[:12]
        )
        return LinkedEntity(
            key, "PER", romanize(name, romanizer=self.romanizer), name, tuple(mentions), True, True
        )

    def review(
        self, entities: Sequence[LinkedEntity], text: str = "", on: dt.date | None = None
    ) -> tuple[LinkedEntity, ...]:
        """The story's entities with junk NIL people and MISC dropped and NIL people the catalog has
        under another spelling linked to it (merged with that person's entity when the story has it).
        `on`: the story's publication date, which settles a name two catalog people share (`_one`)."""
        present = frozenset(e.id for e in entities if not e.nil)
        surnames: dict[str, list[LinkedEntity]] = {}  # a person's last name word -> the story's people
        written: dict[str, str] = {}  # entity id -> its last name word as written (folded)
        for e in entities:
            words = name_words(e.name_ar, self.honorifics) if e.type == "PER" else ()
            if len(words) >= 2 and words[-2] not in _SON_OF:
                surnames.setdefault(words[-1], []).append(e)
                written[e.id] = fold(e.name_ar).split()[-1]
        kept: dict[str, LinkedEntity] = {}
        for e in entities:
            if e.nil and e.type == "PER":
                cut = [t for t in map(self.trimmed, e.mentions) if t is not None]
                if not cut:
                    continue  # "يستعرضان": no name at all
                if cut != list(e.mentions):
                    e = self._renamed(e, cut, present)
            words = name_words(e.name_ar, self.honorifics) if e.nil and e.type == "PER" else ()
            owners = surnames.get(words[0], []) if len(words) == 1 else []
            if len(owners) == 1 and written[owners[0].id] != fold(e.name_ar):
                # القطان after أحمد قطان: the surname with the article (the same form is the linker's call)
                e = dataclasses.replace(owners[0], mentions=e.mentions)
            elif e.nil and e.type in ("PER", "MISC") and self.is_junk(e.name_ar):
                continue
            person = self.person(e.name_ar, present, on) if e.nil and e.type == "PER" else None
            if person is None and e.nil and e.type == "PER" and text:
                crf = (m for m in e.mentions if m.source == "crf")
                person = next(filter(None, (self.completed(text, m, present, on) for m in crf)), None)
            if person is not None:
                e = LinkedEntity.of(person, e.mentions)
            if e.id in kept:
                old = kept[e.id]
                mentions = tuple(sorted({*old.mentions, *e.mentions}, key=lambda m: (m.start, m.end)))
                kept[e.id] = dataclasses.replace(old, mentions=mentions)
            else:
                kept[e.id] = e
        return tuple(sorted(kept.values(), key=lambda e: e.mentions[0].start))
