"""Link mentions to canonical entities: catalog names, spelling variants, short forms, roles, metonyms.

Order of evidence, most trusted first:
1. a catalog name found by the gazetteer (longest match), kept when it is unambiguous enough;
2. a CRF mention whose text (or its consonant skeleton, then a fuzzy ratio) matches a catalog name;
3. a short form equal to the last word of a full name in the same story (بوتين -> فلاديمير بوتين);
4. a role phrase: the name right after it ("الرئيس الروسي، فلاديمير بوتين"), else the office holder on the
   story's date, else the one person named in the story who ever held that office — never a guess;
5. a capital in a political context stands for its state (موسكو وطهران -> Russia, Iran); where it is a place
   (في موسكو، زار أنقرة، الهجوم على الدوحة، العاصمة الجزائرية) it is the city.
Names the catalog lacks become NIL entities grouped by their normalised form.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from rasd.clean.lexicon import load_stopwords
from rasd.clean.metadata import find_dateline
from rasd.lang.clitics import conjunction_readings, split_word, stem_of, without_article
from rasd.lang.frequency import load_word_frequencies, zipf
from rasd.lang.normalize import Normalized, fold, normalize
from rasd.nlp.catalog import Catalog
from rasd.nlp.gazetteer import Gazetteer, GazetteerHit
from rasd.nlp.ner.features import load_cues
from rasd.nlp.roles import BareBody, BodyHit, BodyMatcher, RoleHit, RoleMatcher
from rasd.nlp.romanize import Romanizer, load_romanizer, romanize
from rasd.nlp.titles import title_words, written_titles
from rasd.records import CatalogEntity, LinkedEntity, Mention, Token
from rasd.resources import read_lines, read_tsv
from rasd.settings import Settings

_VOWELS = str.maketrans({**dict.fromkeys(map(ord, "اويىءئؤأإآةه")), ord("غ"): "ج"})
_COUNTERPART = re.compile(r"(?<!\w)[وف]?[بل]?(نظير(?:ه|ها|هما|يه|يهما|ته|تها))\s+((?:\S+)(?:\s+\S+)?)")
#: A word without the punctuation glued to it (its marks kept: العُماني).
_WORD = re.compile(r"[^\s.,،؛:!?؟\"“”«»()]+")
_PROCLITIC = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?=ال)|^(?:و|ف)(?=\w{4})")
_CLITIC = re.compile(r"^(?:وبال|وال|بال|فال|كال|لل|ال|و|ف|ب|ل|ك)(?=\w{3})")
FUZZY_MIN = (
    75  # rapidfuzz ratio between a skeleton-matched name and the catalog spelling (benchmarks/linking.py)
)
#: English spellings this far apart (normalised edit distance) are two names: at 0.4 جمال/جميل and
#: صالح/صلاح share a NIL key, for 0.444 catalog-variant recall instead of 0.428 (benchmarks/nil.py --sweep).
NIL_DISTINCT = 0.3
#: Letters a surname needs before another spelling of it links by skeleton (غروندبرغ): shorter
#: words share skeletons by chance.
SURNAME_VARIANT_MIN = 5
#: Letters a surname needs before it is read as its person where it stands alone after a verb or a
#: title (`_surnames_alone`): two-letter words are particles.
SURNAME_ALONE_MIN = 3
#: A run of letters (a word without digits or punctuation), and the word right before a position.
_LETTERS = re.compile(r"[^\W\d_]+")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[^\S\n]+$")
_CAPITAL_WORD = re.compile("(?:ال)?عاصم")
#: The preposition على as written (alif maqsura), a conjunction glued: folded it is the name علي.
_ALA = re.compile("[وف]?على")
WEAK_KINDS = frozenset({"city", "town", "site"})  # single-word names here need the CRF's agreement
STATE_KINDS = frozenset({"country", "territory"})
PLACE_KINDS = frozenset({"capital", "city", "town"})
SENTENCE_STOPS = (".", "!", "؟", "?", "\n")  # a dateline's place: a city of some state
MEDIA_KINDS = frozenset({"outlet", "agency"})
#: Titles before a name that are not part of it (folded, with and without the article): the `name`
#: words of `nlp/titles.tsv`, read on first use.


@functools.lru_cache(maxsize=1 << 14)
def _consonants(word: str) -> str:
    """One word's skeleton, memoised: linking takes it for every word of every story."""
    return word.translate(_VOWELS)


def _head(key: str) -> str:
    """A skeleton's first word (also of a window's key, which starts with its first word's skeleton)."""
    return key.partition(" ")[0]


def skeleton(text: str) -> str:
    """Consonants only, G as ج: بزشكيان، بيزشكيان، بازشكيان -> بزشكن; غوتيريش، جوتيريش -> جترش."""
    return " ".join(w.translate(_VOWELS) for w in fold(text).split())


#: Letters a NIL key writes as the Arabic letter outlets also use for them (پزشكيان / بزشكيان).
_NIL_LETTERS = str.maketrans("پچژگڤ", "بجزكف")


def nil_distinct(
    catalog: Catalog, apart: float = NIL_DISTINCT, romanizer: Romanizer | None = None
) -> Mapping[str, str]:
    """Name words a NIL key writes by their English spelling, not their skeleton: the common ones
    (name_words.tsv, the words of catalog people's names) whose skeleton another common one shares
    with an English spelling far apart — محمد/محمود, حسن/حسين, سعد/سعيد are different names, while
    سيرغي and سيرجي are both "sergey". Words whose skeleton no such word shares need no help.
    `romanizer`: the name words and lexicon (`LinkResources.romanizer`; the files' when not given)."""
    romanizer = romanizer or load_romanizer()
    table = {arabic: english.lower() for arabic, english in romanizer.names.items()}
    english = {**romanizer.model.lexicon, **table}
    words = set(table)
    for entity in catalog:
        if entity.kind == "person":
            for name in (entity.name_ar, *entity.aliases_ar):
                words.update(map(without_article, fold(name).split()))
    by_skeleton: dict[str, list[str]] = {}
    for word in words:
        if word in english:
            by_skeleton.setdefault(_consonants(word.translate(_NIL_LETTERS)), []).append(word)
    return {
        word: english[word]
        for group in by_skeleton.values()
        for word in group
        if any(Levenshtein.normalized_distance(english[word], english[other]) >= apart for other in group)
    }


def _nil_skeleton(word: str) -> str:
    """The catalog skeleton of a word, but a final ي kept: مالكي (Maliki) is not مالك (Malik)."""
    return _consonants(word.translate(_NIL_LETTERS)) + ("ي" if word.endswith("ي") and len(word) > 2 else "")


def nil_key(
    type_: str,
    text: str,
    distinct: Mapping[str, str],
    honorifics: frozenset[str],
) -> str:
    """What a NIL entity's id is hashed from: one unknown person spelled differently by two outlets
    gets one id. For a person: the consonant skeleton of each word without its article (Persian
    letters as Arabic ones), a word of `distinct` (`nil_distinct`) by its English, a leading title
    dropped (السيد), عبد joined to its name; other types: the folded text. (A conjunction the NER
    glued on, وفيصل, is gone before: `_without_proclitics`.) `distinct`: `LinkResources.nil_distinct`;
    `honorifics`: `LinkResources.honorifics`."""
    if type_ != "PER":
        return type_ + ":" + fold(text)
    words = fold(text).split()
    while len(words) > 1 and words[0] in honorifics:
        words.pop(0)
    parts: list[str] = []
    for word in words:
        if parts and parts[-1] == "عبد":
            parts[-1] += word
            continue
        parts.append(word)
    parts = [without_article(w) for w in parts]
    return type_ + ":" + " ".join(distinct.get(w) or _nil_skeleton(w) for w in parts)


#: Endings a past verb of the speech lexicons also takes (قال، قالت، قالا، قالوا، قالتا).
VERB_ENDINGS = ("", "ت", "ا", "وا", "تا")
#: Pronoun suffixes an honorific takes (سموه، فخامتها، معاليكم) and the proclitics before it (وسموه، لمعاليه).
HONORIFIC_SUFFIXES = ("ه", "ها", "هما", "هم", "ك", "كم")
HONORIFIC_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def honorific_pronouns() -> frozenset[str]:
    """Folded words that address a dignitary by an honorific and a pronoun (سموه، معاليه، فخامته;
    `nlp/honorific_pronouns.txt`): a pronoun, never a name, so never a new person."""
    stems = {
        fold(w)[:-1] + "ت" if fold(w).endswith("ه") else fold(w)
        for w in read_lines("nlp/honorific_pronouns.txt")
    }
    return frozenset(p + s + e for s in stems for e in HONORIFIC_SUFFIXES for p in HONORIFIC_PROCLITICS)


#: Endings of the dual and plural of an imperfect verb (يوقعان، يوقعون).
IMPERFECT_ENDINGS = ("ان", "ون")


def not_name_words(catalog: Catalog) -> frozenset[str]:
    """Folded words that are never a person's name: the verbs and nouns of the event triggers
    (`events/triggers.tsv`: التقى، سيزور، زيارة; an imperfect also as dual or plural), the speech verbs
    (`events/speech_verbs.txt`, with their endings) and the single-word verbs of
    `events/quote_verbs.txt`. A word that is also a name word (`nlp/name_words.tsv`, a word of a
    catalog person's name: أكمل) is left out. An honorific with a pronoun (`honorific_pronouns`) is added."""
    triggers = read_tsv("events/triggers.tsv", ("type", "form", "tense"))
    found = {fold(r["form"]) for r in triggers}
    found |= {  # the dual and plural of an imperfect verb: يوقعان، سيوقعون
        fold(r["form"]) + end
        for r in triggers
        if r["tense"] in ("present", "future") and fold(r["form"]).lstrip("س")[:1] in ("ي", "ت")
        for end in IMPERFECT_ENDINGS
    }
    found |= {fold(w) + end for w in read_lines("events/speech_verbs.txt") for end in VERB_ENDINGS}
    quotes = read_tsv("events/quote_verbs.txt", ("form", "kind"), min_columns=1)
    found |= {fold(r["form"]) + end for r in quotes if r["kind"] in ("", "verb") for end in VERB_ENDINGS}
    found |= {fold(r["form"]) for r in quotes if r["kind"] == "marked"}
    names = {fold(r["arabic"]) for r in read_tsv("nlp/name_words.tsv", ("arabic", "english"))}
    for entity in catalog:
        if entity.kind == "person":
            for name in (entity.name_ar, *entity.aliases_ar):
                names.update(fold(name).split())
    return frozenset(w for w in found if " " not in w and w not in names) | honorific_pronouns()


def capitals_of(catalog: Catalog) -> dict[str, str]:
    """State id -> the id of its capital, for the states the catalog gives exactly one."""
    found: dict[str, list[str]] = {}
    for entity in catalog:
        if entity.kind == "capital" and entity.country:
            found.setdefault(entity.country, []).append(entity.id)
    return {state: ids[0] for state, ids in found.items() if len(ids) == 1}


def given_name_words() -> frozenset[str]:
    """Folded common name words: `nlp/name_words.tsv` and the `given` cues of `ner/cues.tsv`."""
    found = {fold(r["arabic"]) for r in read_tsv("nlp/name_words.tsv", ("arabic", "english"))}
    return frozenset(found | load_cues().words("given"))


def person_name_words(catalog: Catalog) -> frozenset[str]:
    """Folded words known to name people: `given_name_words` and every word of a catalog person's
    names."""
    found = set(given_name_words())
    for entity in catalog:
        if entity.kind == "person":
            for name in (entity.name_ar, *entity.aliases_ar):
                found.update(fold(name).split())
    return frozenset(found)


@functools.lru_cache(maxsize=4)
def _title_bigrams(titles: frozenset[str]) -> frozenset[str]:
    """Every two words in a row of the role titles (وزير الخارجيه), worked out once per title set."""
    return frozenset(" ".join(p) for t in titles for p in itertools.pairwise(t.split()))


def name_titles() -> frozenset[str]:
    """Folded words that open a person's span but are no part of the name: the `title` cue words of
    `ner/cues.tsv` (الدكتور، اللواء، سمو), the honorifics and the rank words of `nlp/titles.tsv`
    (ركن، أول). `trim_person` cuts them off the start of a span."""
    return load_cues().words("title") | title_words("name") | title_words("rank")


def _folded_words(form: str) -> str:
    """A regex of a folded form's words for the folded text (`StoryLinker.norm`), any spacing between."""
    return r"\s+".join(re.escape(w) for w in form.split())


@dataclass(frozen=True, slots=True)
class HeadOffice:
    """One row of `entities/head_offices.tsv` ("مكتب نتنياهو"), its regexes on the folded text compiled
    once with the resources: `before` ends where the head's name starts (searched in the text before a
    mention), `surname` is the same words and the next word as group 1 (the name, anywhere in a story)."""

    body: str
    before: re.Pattern[str]
    surname: re.Pattern[str]


def head_office_patterns() -> tuple[HeadOffice, ...]:
    """`entities/head_offices.tsv` as its body and a regex of its folded words ending where the head's
    name starts: a final ل glued to the name or apart (a tatweel after it is folded away); another word
    then a space."""
    found = []
    for row in read_tsv("entities/head_offices.tsv", ("body", "form_ar", "note"), 2):
        form = fold(row["form_ar"])
        if form.endswith(" ل"):
            tail = r"\s*ل\s*"
            form = form[:-2]
        else:
            tail = r"\s+"
        words = rf"(?<!\w){_folded_words(form)}{tail}"
        found.append(HeadOffice(row["body"], re.compile(words + "$"), re.compile(words + r"(\w+)")))
    return tuple(found)


def spokesman_pattern(catalog: Catalog) -> re.Pattern[str] | None:
    """The titles of roles.tsv's `spokesperson` rows (المتحدث باسم، الناطق الرسمي باسم), also with لـ
    glued to the name in place of باسم ("المتحدث الرسمي لـمركز …"), at the end of the searched folded
    text (a tatweel folded away)."""
    heads = {
        fold(t.title_ar).removesuffix(" باسم")
        for t in catalog.role_titles()
        if t.role == "spokesperson" and "…" not in t.title_ar
    }
    if not heads:
        return None
    alt = "|".join(_folded_words(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})\s+(?:[بپ]اسم\s+|ل\s*)$")


@dataclass(frozen=True)
class PlaceCues:
    """Folded words around a place name that make it the place, not the government seated there."""

    locative: frozenset[str] = frozenset()  # right before it: في، إلى، العاصمة، قمة (`nlp/locative.txt`)
    struck: frozenset[str] = frozenset()  # an attack on it: الهجوم … على الدوحة (`nlp/attack_words.txt`)
    #: verbs whose object is a place, before their subject: غادر رئيسي طهران (`nlp/place_verbs.txt`)
    object_of: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()  # other verbs of the news: a clause boundary for `object_of`
    #: nouns of a message before إلى: its addressee is a government (`nlp/addressee_nouns.txt`)
    messages: frozenset[str] = frozenset()
    #: words that say a name is the city (العاصمة طهران، مدينة الكويت، الجزائر العاصمة; `nlp/city_words.txt`)
    cities: frozenset[str] = frozenset()
    #: nouns of a venue that make the name after them a place (في مطار موسكو، بقصر الإليزيه), matched as
    #: word starts after clitics, one or two words before the name (`nlp/venue_nouns.txt`)
    venues: tuple[str, ...] = ()
    #: verbs whose subject is the venue (شهدت أستانا محادثات): the capital hosts, it does not act
    #: (`nlp/host_verbs.txt`)
    hosts: frozenset[str] = frozenset()


@dataclass
class LinkResources:
    catalog: Catalog
    gazetteer: Gazetteer
    roles: RoleMatcher
    skeletons: dict[str, list[str]] = field(default_factory=dict)  # skeleton -> person ids
    classifiers: frozenset[str] = frozenset()
    places: PlaceCues = PlaceCues()
    #: state id -> the id of its one capital (`capitals_of`): "العاصمة القطرية" is Doha
    capitals: Mapping[str, str] = field(default_factory=dict)
    #: the roles some catalog person holds: a bare title of another (رئيس الوزراء المكلف) is whoever it names
    held_roles: frozenset[str] = frozenset()
    bodies: BodyMatcher | None = None
    office_words: frozenset[str] = frozenset()  # before a role title: the office, not its holder
    nil_distinct: Mapping[str, str] = field(default_factory=dict)  # name words a NIL key spells in English
    titles: frozenset[str] = frozenset()  # folded role titles (ولي العهد): a "name" of only these is none
    body_story_share: float = 1.0  # Settings.body_story_state_share
    body_home: bool = True  # Settings.body_home_state
    body_state: bool = True  # Settings.body_state_mention
    header_lines: int = 4  # Settings.header_lines: the lines at a story's top that may hold its dateline
    not_names: frozenset[str] = frozenset()  # words never part of a person's name (`not_name_words`)
    #: folded nouns opening an institution's or a place's name (مركز، جامعة) -> the name's type
    institutions: Mapping[str, str] = field(default_factory=dict)
    former: frozenset[str] = frozenset()  # folded words after a title that make it a former holder's
    memo_words: int = 100_000  # Settings.link_memo_words: distinct words whose answers are kept
    #: folded words of persons' names (`person_name_words`): a short unknown word not among them is no name
    name_words: frozenset[str] = frozenset()
    junk_name_letters: int = 0  # Settings.junk_name_letters
    #: folded titles and ranks that open no name (`name_titles`): cut off the start of a person's span
    name_titles: frozenset[str] = frozenset()
    title_bodies: bool = True  # Settings.title_body_mention
    org_short_forms: bool = True  # Settings.organisation_short_forms
    org_heads: bool = True  # Settings.organisation_heads
    ala_name_zipf: float = 4.0  # Settings.ala_name_zipf
    body_of_bodies: bool = True  # Settings.body_state_of_bodies
    title_name_zipf: float = 0.0  # Settings.title_name_zipf (0: no names read after titles)
    title_reach: int = 40  # Settings.link_title_reach_chars
    #: a spokesman's title ending where a body's name starts ("الناطق باسم " / "المتحدث الرسمي لـ")
    spokesman: re.Pattern[str] | None = None
    function_words: frozenset[str] = frozenset()  # the cleaner's folded stopwords (في، على، أن …)
    catalog_surnames: bool = True  # Settings.catalog_surnames
    story_persons: bool = True  # Settings.story_persons_first
    given_names: frozenset[str] = frozenset()  # `given_name_words`: common name words, no catalog surnames
    #: the bodies and the words before their head's name of `entities/head_offices.tsv` ("مكتب نتنياهو")
    head_offices: tuple[HeadOffice, ...] = ()
    #: the name tables and model that spell NIL entities in English (`rasd.nlp.romanize`); None: read
    #: them when first needed (a hand-built LinkResources)
    romanizer: Romanizer | None = None
    #: the `name` titles of nlp/titles.tsv, folded, with and without the article (الشيخ، الأمير، السيد)
    honorifics: frozenset[str] = field(default_factory=lambda: title_words("name"))
    honorific_after: re.Pattern[str] = field(default_factory=lambda: compile_honorific_after())
    honorific_before: re.Pattern[str] = field(default_factory=lambda: compile_honorific_before())
    _adjective_openers: dict[str, bool] = field(default_factory=dict, repr=False)
    _skeleton_words: dict[str, tuple[str, str, bool]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, catalog: Catalog, settings: Settings) -> LinkResources:
        forms = list(catalog.surface_forms())
        skeletons: dict[str, list[str]] = {}
        for form, entity_id in forms:
            entity = catalog.get(entity_id)
            if entity is not None and entity.kind == "person" and len(form.split()) > 1:
                skeletons.setdefault(skeleton(form), []).append(entity_id)
        classifiers = frozenset(fold(w) for w in read_lines("nlp/classifiers.txt"))
        verbs = not_name_words(catalog)
        romanizer = load_romanizer()
        places = PlaceCues(
            *(
                frozenset(map(fold, read_lines(f"nlp/{n}.txt")))
                for n in ("locative", "attack_words", "place_verbs")
            ),
            verbs,
            frozenset(map(fold, read_lines("nlp/addressee_nouns.txt"))),
            frozenset(map(fold, read_lines("nlp/city_words.txt"))),
            tuple(map(fold, read_lines("nlp/venue_nouns.txt"))),
            frozenset(map(fold, read_lines("nlp/host_verbs.txt"))),
        )
        return cls(
            catalog,
            Gazetteer(forms, frozenset(fold(w) for w in read_lines("nlp/compound_heads.txt"))),
            RoleMatcher(catalog),
            skeletons,
            classifiers,
            places,
            capitals_of(catalog),
            frozenset(o.role for e in catalog for o in e.offices),
            BodyMatcher(catalog),
            frozenset(fold(w) for w in read_lines("nlp/office_words.txt")),
            nil_distinct(catalog, romanizer=romanizer),
            frozenset(fold(t.title_ar) for t in catalog.role_titles() if "…" not in t.title_ar),
            settings.body_story_state_share,
            settings.body_home_state,
            settings.body_state_mention,
            settings.header_lines,
            verbs,
            {fold(r["noun"]): r["type"] for r in read_tsv("nlp/institution_nouns.tsv", ("noun", "type"))},
            frozenset(fold(w) for w in read_lines("nlp/former_words.txt")),
            settings.link_memo_words,
            name_titles=name_titles(),
            name_words=person_name_words(catalog),
            junk_name_letters=settings.junk_name_letters,
            title_bodies=settings.title_body_mention,
            org_short_forms=settings.organisation_short_forms,
            org_heads=settings.organisation_heads,
            ala_name_zipf=settings.ala_name_zipf,
            body_of_bodies=settings.body_state_of_bodies,
            title_name_zipf=settings.title_name_zipf,
            title_reach=settings.link_title_reach_chars,
            spokesman=spokesman_pattern(catalog),
            function_words=load_stopwords(),
            catalog_surnames=settings.catalog_surnames,
            story_persons=settings.story_persons_first,
            given_names=given_name_words(),
            head_offices=head_office_patterns(),
            romanizer=romanizer,
            honorifics=title_words("name"),
            honorific_after=compile_honorific_after(),
            honorific_before=compile_honorific_before(),
        )

    def opens_adjective(self, word: str) -> bool:
        """Whether a nationality adjective can begin with this folded word (with or without proclitics).

        Asked for every word of every story, so the answers are kept (words repeat across stories).
        """
        known = self._adjective_openers.get(word)
        if known is None:
            if len(self._adjective_openers) > self.memo_words:
                self._adjective_openers.clear()
            may = self.catalog.may_start_adjective
            known = self._adjective_openers[word] = may(word) or may(_PROCLITIC.sub("", word))
        return known

    def openers(self, words: Sequence[str]) -> list[bool]:
        """`opens_adjective` of each word (a dict lookup per word met before)."""
        memo = self._adjective_openers
        found = list(map(memo.get, words))
        for k, known in enumerate(found):
            if known is None:
                found[k] = self.opens_adjective(words[k])
        return found  # type: ignore[return-value]

    def skeleton_words(self, words: Sequence[str]) -> list[tuple[str, str, bool]]:
        """Per folded word: its skeleton, the skeleton without a glued و/ف ("" if none), and whether
        either starts an indexed skeleton (memoised like `opens_adjective`)."""
        memo = self._skeleton_words
        found = list(map(memo.get, words))
        for k, known in enumerate(found):
            if known is None:
                word = words[k]
                skel = _consonants(word)
                bare = _consonants(word[1:]) if word[:1] in "وف" else ""
                heads = self.skeleton_heads
                opens = _head(skel) in heads or (bare != "" and _head(bare) in heads)
                if len(memo) > self.memo_words:
                    memo.clear()
                found[k] = memo[word] = (skel, bare, opens)
        return found  # type: ignore[return-value]

    @functools.cached_property
    def skeleton_heads(self) -> frozenset[str]:
        """The first word of every indexed skeleton: a window of words starting otherwise is none."""
        return frozenset(map(_head, self.skeletons))


@dataclass
class _Group:
    """Mentions gathered for one entity while a story is linked."""

    entity: CatalogEntity | None
    key: str
    type: str
    mentions: list[Mention] = field(default_factory=list)


def _without_proclitics(m: Mention) -> Mention:
    """A name the CRF read with a glued conjunction or preposition (وخالد، بقاسم) starts after it, as the
    shared clitic analysis reads its first word (وليد and وائل keep their و); an article stays (الأعرجي)."""
    first = m.text.split(maxsplit=1)[0] if m.text.strip() else ""
    reading = split_word(first)
    glued = reading.proclitics[:-2] if reading.has_article else reading.proclitics
    if not glued or reading.proclitics.endswith("لل"):
        return m
    cut, letters = 0, 0
    while cut < len(m.text) and letters < len(glued):
        letters += not unicodedata.combining(m.text[cut])
        cut += 1
    while cut < len(m.text) and (unicodedata.combining(m.text[cut]) or m.text[cut] == "ـ"):
        cut += 1  # the marks (and tatweel) on the last clitic letter go with it
    return dataclasses.replace(m, start=m.start + cut, text=m.text[cut:])


_SON_OF = frozenset({"بن", "ابن"})
_LINEAGE_LINKS = _SON_OF | {"بنت"}  # before a name: a father's name in someone's lineage


def _without_honorific(name: str, honorifics: frozenset[str]) -> str:
    """A NIL person's name without the honorific its mention took in (الدكتور محمد المومني): the
    title is how the text addresses him, not his name. A word right before بن is a given name, never a
    title (سلطان بن سلمان)."""
    words = name.split()
    titled = len(words) > 2 and fold(words[0]) in honorifics and fold(words[1]) not in _LINEAGE_LINKS
    return " ".join(words[1:]) if titled else name


def _given_names_of(group: _Group, words: list[str], heads: frozenset[str]) -> bool:
    """Whether `words` (two or more, folded) open a catalog person's full name and leave its family name
    out: "فرانك فالتر" of فرانك فالتر شتاينماير. A compound given name alone (عبد الله، أبو بكر: `heads`,
    nlp/compound_heads.txt) is one name shared by too many people."""
    if group.entity is None or len(words) < 2 or (len(words) == 2 and words[0] in heads):
        return False
    names = (fold(n).split() for n in (group.entity.name_ar, *group.entity.aliases_ar))
    return any(len(n) > len(words) and n[: len(words)] == words for n in names)


def _has_father(group: _Group, father: str) -> bool:
    """Whether a person's name, as the story or the catalog writes it, has "بن <father>" in it."""
    names = [m.text for m in group.mentions]
    if group.entity is not None:
        names += [group.entity.name_ar, *group.entity.aliases_ar]
    for name in names:
        words = fold(name).split()
        if any(w in _SON_OF and nxt == father for w, nxt in itertools.pairwise(words)):
            return True
    return False


class _SpanIndex:
    """The spans of a story's linked mentions, bucketed by position: does anything overlap a span?

    `StoryLinker.taken` runs for every candidate name; comparing it with every mention made linking
    quadratic in a story's length (a 400,000-character story: 8 of its 12 CPU seconds). Mentions are
    short, so each sits in one or two buckets and a query looks at a few. A multiset: the same span
    may be held by two groups until one is merged away.
    """

    WIDTH = 64  # characters per bucket: longer than most names, so a span rarely spans three

    def __init__(self, spans: Sequence[tuple[int, int]] = ()) -> None:
        self.buckets: dict[int, list[tuple[int, int]]] = {}
        for start, end in spans:
            self.add(Mention(start, end, "", "", ""))

    def _keys(self, start: int, end: int) -> range:
        return range(start // self.WIDTH, max(start, end - 1) // self.WIDTH + 1)

    def add(self, m: Mention) -> None:
        for k in self._keys(m.start, m.end):
            self.buckets.setdefault(k, []).append((m.start, m.end))

    def remove(self, m: Mention) -> None:
        for k in self._keys(m.start, m.end):
            self.buckets[k].remove((m.start, m.end))

    def starts_within(self, lo: int, hi: int) -> bool:
        """Whether a span starts at an offset from `lo` to `hi`, both included."""
        return any(lo <= s <= hi for k in self._keys(lo, hi + 1) for s, _ in self.buckets.get(k, ()))

    def overlaps(self, start: int, end: int, other_than: tuple[int, int] | None = None) -> bool:
        """Whether a span overlaps start…end (spans equal to `other_than` not counted)."""
        return any(
            s < end and start < e and (s, e) != other_than
            for k in self._keys(start, end)
            for s, e in self.buckets.get(k, ())
        )


def _overlaps_role(m: Mention, roles: Sequence[RoleHit], ends: list[int] | None) -> bool:
    """Whether a role hit overlaps the mention; `ends` (the hits' ends, given when the hits are in text
    order without overlaps) lets it look only at the hits from the first ending after the mention's start."""
    i = bisect.bisect_right(ends, m.start) if ends is not None else 0
    while i < len(roles) and (ends is None or roles[i].start < m.end):
        if _overlaps((m.start, m.end), (roles[i].start, roles[i].end)):
            return True
        i += 1
    return False


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Whether `inner` lies inside `outer` and is shorter."""
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    return [
        _CLITIC.sub("", w) if len(w) > 3 else w for w in fold(text[max(0, start - 60) : start]).split()[-n:]
    ]


_MARKS = re.compile("[\u064b-\u0652]")  # tanwin, short vowels, shadda, sukun


def _marks(name: str) -> tuple[str, frozenset[tuple[int, str]]]:
    """A name's letters and its written marks, each at the letter it follows."""
    letters, marks = "", set()
    for ch in name:
        if _MARKS.fullmatch(ch):
            marks.add((len(letters), ch))
        else:
            letters += ch
    return letters, frozenset(marks)


def _vocalised_choice(written: str, ids: Sequence[str], catalog: Catalog) -> CatalogEntity | None:
    """Of a homograph's entities, the one whose vocalised Arabic name carries the marks the text
    writes: "عمّان" (a shadda) is Amman, "عُمان" (a damma) Oman. None when the text writes no marks
    or not exactly one entity agrees: the catalog's order stands."""
    letters, marks = _marks(written)
    if not marks:
        return None
    agree = []
    for entity in filter(None, map(catalog.get, ids)):
        names = [_marks(n) for n in (entity.name_ar, *entity.aliases_ar)]
        if any(lt == letters and named and marks <= named for lt, named in names):
            agree.append(entity)
    return agree[0] if len(agree) == 1 else None


def _capital_named_by_its_state(
    text: str, hit: GazetteerHit, catalog: Catalog, cities: frozenset[str]
) -> CatalogEntity | None:
    """Of a homograph's entities, the city that "العاصمة الأردنية عمان" says it is: the one whose state
    the adjective after العاصمة names. None in any other context."""
    words = _words_before(text, hit.start, 2)
    if words and words[-1] in cities:  # "بالعاصمة الجزائر": the capital, whatever its state's name
        capitals = [e for e in filter(None, map(catalog.get, hit.ids)) if e.kind == "capital"]
        if len(capitals) == 1:
            return capitals[0]
    if len(words) < 2 or words[0] not in cities or (state := catalog.state_for_adjective(words[1])) is None:
        return None
    cities = [e for e in filter(None, map(catalog.get, hit.ids)) if e.country == state.id]
    return cities[0] if len(cities) == 1 else None


def _in_dateline(text: str, hit: GazetteerHit) -> bool:
    """Whether the hit is the place of a dateline opening its line, as the cleaner reads datelines
    (`find_dateline`): "القاهرة 13 أكتوبر (أ ف ب) -", "واس - الرياض:" name the city."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    name = text[hit.start : hit.end]
    if not text[line_start : hit.start].strip() and text[hit.end : hit.end + 2].strip()[:1] == ":":
        return False  # "أنقرة: الشرع سيزور تركيا": a headline's speaker, as often as a dateline
    found = find_dateline(line, frozenset({fold(name)}))
    return found is not None and found[1] == name and line.find(name) == hit.start - line_start


def _line_end(text: str, lines: int) -> int:
    """The offset where the first `lines` lines of `text` end."""
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


def _outlet_state(catalog: Catalog, outlet: str) -> str | None:
    """The country the catalog gives the outlet or agency named `outlet` (الأهرام: Egypt), if it knows one."""
    return next((e.country for e in catalog.by_name(outlet) if e.kind in MEDIA_KINDS and e.country), None)


#: Words of the clause before a capital that `PlaceCues.object_of` looks through (a subject's name).
PLACE_VERB_REACH = 8
_CLAUSE_STOP = re.compile(r"[.,،؛:!?؟\n«»\"“”()]")


def _bare_word(word: str) -> str:
    """A folded word without a glued conjunction: وفي، فمن are في، من. A hand strip, not
    `conjunction_readings`, on purpose: the clause readings need the two-letter verbs after و (وشن،
    وحث: launched, urged), which the shared analysis keeps whole (their rest is no function word)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 2 else word


def _clause_before(text: str, start: int) -> list[frozenset[str]]:
    """The folded words of the clause before `start`, up to `PLACE_VERB_REACH`, each as its readings:
    as written, without a glued و/ف, and without its article and proclitics (والهجوم: هجوم)."""
    chunk = text[max(0, start - 120) : start]
    stop = max((m.end() for m in _CLAUSE_STOP.finditer(chunk)), default=0)
    words = _LETTERS.findall(fold(chunk[stop:]))[-PLACE_VERB_REACH:]
    return [frozenset((w, _bare_word(w), _CLITIC.sub("", w))) for w in words]


def _struck(before: list[frozenset[str]], struck: frozenset[str]) -> bool:
    """Whether the words before a place make it the target of an attack: "استهداف الدوحة", "الهجوم
    الإسرائيلي على الدوحة" (an adjective or two between the attack and على)."""
    if before and before[-1] & struck:
        return True
    return bool(before) and "علي" in before[-1] and any(w & struck for w in before[-4:-1])


def _object_of_place_verb(before: list[frozenset[str]], cues: PlaceCues) -> bool:
    """Whether a verb that takes a place as its object opens the clause before a place, with only its
    subject between ("غادر الرئيس الإيراني إبراهيم رئيسي طهران"): another verb of the news ends it."""
    for word in reversed(before):
        if word & cues.object_of:
            return True
        if word & cues.verbs:
            return False
    return False


def _is_locative(text: str, hit: GazetteerHit, cues: PlaceCues, struck: bool = True) -> bool:
    """Whether the words around a place name make it the place. `struck`: whether a target of an attack
    counts (for a capital, only where its state is named in the story too: the events stage gives the
    attack's victim from the story's entities, so a struck capital whose state the story never names
    stays the state, the attack's party)."""
    word_start = hit.start  # the words before are those before the proclitics glued to the name
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in '"“”«»(':
        word_start -= 1
    before = _words_before(text, word_start)
    # the last word before the name, without a glued و/ف (وفي، ومن), a root و kept (وصل); يوغا”في
    last = [conjunction_readings(_LETTERS.findall(w)[-1])[-1] for w in before[-1:] if _LETTERS.search(w)]
    glued = text[word_start : hit.start]  # a proclitic glued to the name
    clause = _clause_before(text, word_start)
    addressed = last == ["الي"] and bool(clause[-2:-1]) and bool(clause[-2] & cues.messages)
    return (
        _in_dateline(text, hit)
        or _in_brackets(text, hit)
        or glued.endswith("ب")  # بالرياض، وبموسكو: in Riyadh
        or (any(w in cues.locative for w in last) and not addressed)  # بزيارة لموسكو; وفي الدوحة
        or any(w in cues.cities for w in before)
        or any(w in cues.cities for w in fold(hit.form).split())  # الجزائر العاصمة names the city
        or any(w.startswith(cues.venues) for w in before[-2:])
        or any(w in cues.hosts for w in before[-1:])
        or (struck and _struck(clause, cues.struck))
        or _object_of_place_verb(clause, cues)
    )


def _in_brackets(text: str, hit: GazetteerHit) -> bool:
    """Whether the name alone fills a pair of brackets: "«عكاظ» (الرياض)" tags the place of the report."""
    return text[hit.start - 1 : hit.start] == "(" and text[hit.end : hit.end + 1] == ")"


def _spells(entity: CatalogEntity, text: str, threshold: float = 80) -> bool:
    """Whether `text` is a spelling of one of the entity's Arabic names (fuzzy, normalised)."""
    return max(fuzz.ratio(fold(text), fold(n)) for n in (entity.name_ar, *entity.aliases_ar)) >= threshold


def _bare_words(text: str, honorifics: frozenset[str]) -> list[str]:
    """The folded words of a name without the honorifics before it (الملك، الشيخ، الأمير)."""
    words = fold(text).split()
    while words and words[0] in honorifics:
        words = words[1:]
    return words


def _begins_with(name: list[str], short: list[str]) -> bool:
    """`name`'s first words spell `short`, spaces aside (عبدالله الثاني begins with عبد الله)."""
    target, acc = "".join(short), ""
    for word in name[:-1]:
        acc += word
        if acc == target:
            return True
        if not target.startswith(acc):
            return False
    return False


def _other_person(tail: str) -> bool:
    """A family name after a catalog name makes another person; a lineage (بن، آل) the same one."""
    words = fold(tail).split()
    return bool(words) and words[0] not in ("بن", "ابن", "ال", "بنت") and len(words) == 1


def _governed(name: str) -> bool:
    """The name's first word carries a glued preposition (للسلطان هيثم، بالرئيس): a name after a title in
    apposition stands in the title's case, so this one is the object of the preposition, not the title's
    holder ("تحيات الرئيس الإيراني للسلطان هيثم")."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    reading = split_word(first)
    glued = reading.proclitics[:-2] if reading.has_article else reading.proclitics
    return any(p in glued for p in "بلك") or reading.proclitics.endswith("لل")


def _after_son_of(text: str, start: int) -> bool:
    """The word before `start` is بن / ابن / بنت: a name there is a father's in another's lineage."""
    before = text[max(0, start - 8) : start].split()
    return bool(before) and text[start - 1 : start].isspace() and fold(before[-1]) in _LINEAGE_LINKS


def _other_given_name(entity: CatalogEntity, given: str, honorifics: frozenset[str]) -> bool:
    """Whether the words before a catalog surname name someone else than `entity`.

    Titles (الأمير، الدكتور) are not names; the first word left, the given name, must spell the
    first word of one of the entity's Arabic names of two words or more (fuzzy ratio FUZZY_MIN):
    the lineage between (بن حمد بن حمود) may be given in full or not at all.
    """
    words = [w for w in fold(given).split() if _CLITIC.sub("", w) not in honorifics and w not in honorifics]
    names = [fold(n).split() for n in (entity.name_ar, *entity.aliases_ar)]
    names = [n[:-1] for n in names if len(n) > 1]
    if not words or not names:
        return False
    glued = "".join(words)  # فخرالدين written as one word is فخر الدين
    return not any(
        fuzz.ratio(words[0], n[0]) >= FUZZY_MIN
        or glued.startswith("".join(n))
        or "".join(n).startswith(glued)
        for n in names
    )


def _patronymics(name: str, honorifics: frozenset[str]) -> list[str]:
    """The name without a leading honorific, with the article of one later word dropped in turn: Gulf
    names write a father's or grandfather's name with or without it (أحمد العبدالله الأحمد الصباح =
    أحمد عبدالله الأحمد الصباح، صباح الخالد = صباح خالد)."""
    words = name.split()
    while len(words) > 2 and fold(words[0]) in honorifics:
        words.pop(0)
    return [
        " ".join([*words[:k], word[2:], *words[k + 1 :]])
        for k, word in enumerate(words)
        if k and fold(word).startswith("ال") and len(word) > 4
    ]


def _handover(holders: Sequence[CatalogEntity], hit: RoleHit, on: dt.date) -> bool:
    """Whether every holder but the newest left the office on `on` (both are holders that day)."""
    return all(
        any(o.role == hit.role and o.of == hit.of and o.end == on for o in h.offices) for h in holders[1:]
    )


#: A royal or honorific title then one word: "الأمير فيصل", "الشيخ محمد" (ending where a name would go on).
_LINEAGE_WORDS = "بن|ابن|بنت|آل"  # the links of a lineage: فيصل بن فرحان، محمد بن سلمان آل سعود
_TITLED = re.compile(
    rf"(?<!\w)[وف]?[بل]?(ال[أا]مير[ةه]?|الشيخ[ةه]?|السلطان|الملك)\s+(\w+)(?!\w)(?!\s+(?:{_LINEAGE_WORDS})(?!\w))"
)


#: بن / ابن and a father's name opening a noun phrase ("وابن زايد"): `StoryLinker._father_names`.
_FATHER_NAME = re.compile(
    r"(?<!\w)(?P<conj>[وف])?(?P<name>(?:ابن|بن)\s+(?P<father>[^\W\d_]+))(?!\s+(?:بن|ابن)(?!\w))"
)
#: "الوزير المصري": a minister named by his state alone (`StoryLinker.link_minister_titles`).
_MINISTER_TITLE = re.compile(
    r"(?<![^\W\d_])[وف]?[بل]?(?P<title>(?:ال)?وزير[ةه]?)\s+(?P<adj>ال[^\W\d_]+)(?![^\W\d_])"
)
#: The rest of a lineage after a name: "بن عبدالله", "بن عبدالعزيز آل سعود" (one link at a time); a
#: compound name written apart is one name ("بن عبد العزيز", not "بن عبد").
_LINEAGE = re.compile(rf"\s+(?:{_LINEAGE_WORDS})\s+(?:(?:عبد|أبو|ابو)\s+)?[^\W\d_]+")


def compile_honorific_after() -> re.Pattern[str]:
    """An honorific word right after a title, before the name (", السيد محمد …"): `_named_after`
    (compiled once into `LinkResources.honorific_after`)."""
    return re.compile(rf"[^\S\n]*[،,]?[^\S\n]*(?:ال)?(?:{_written_honorifics()})[^\S\n]")


def compile_honorific_before() -> re.Pattern[str]:
    """An honorific word right before a name, as the text writes it (الشيخ، الأمير، السيد، الدكتور)
    (compiled once into `LinkResources.honorific_before`)."""
    return re.compile(rf"(?<!\w)[وف]?(?P<h>(?:ال)?(?:{_written_honorifics()}))\s+$")


def _written_honorifics() -> str:
    """The `name` titles that are words ("د." is not), as written without the article, as a regex
    alternation (each is followed by a space, so their order does not matter)."""
    bare = (w[2:] if w.startswith("ال") else w for w in written_titles("name"))
    return "|".join(w for w in bare if w.isalpha())


_MAX_PROCLITICS = 3  # letters glued before a name: وبال


def _institution_noun(word: str, nouns: Mapping[str, str]) -> str | None:
    """The type of the institution a folded word opens without its article (بمستشفى، ومركز), else None."""
    reading = split_word(word)
    if reading.has_article:
        return None  # "مدير المركز ناصر العريني": the noun is defined, the name after it is a person's
    return nouns.get(reading.stem) or nouns.get(word)


def split_adjacent_names(
    crf: Sequence[Mention], hits: Sequence[GazetteerHit], catalog: Catalog
) -> tuple[Mention, ...]:
    """A person span of the CRF that is two catalog people's names side by side ("التقى بوتين أردوغان")
    is two mentions, one per name: the names of different people of the catalog, nothing but spaces
    between them and nothing else in the span (a lineage word, بن، آل, makes one name of them)."""
    people = sorted(
        (
            h
            for h in hits
            if len(h.ids) == 1 and (e := catalog.get(h.ids[0])) is not None and e.kind == "person"
        ),
        key=lambda h: (h.start, -h.end),
    )
    if len(people) < 2:
        return tuple(crf)
    starts = [h.start for h in people]
    out: list[Mention] = []
    for m in crf:
        chosen: list[GazetteerHit] = []
        for h in people[bisect.bisect_left(starts, m.start) : bisect.bisect_left(starts, m.end)]:
            if h.end <= m.end and (not chosen or h.start >= chosen[-1].end):
                chosen.append(h)
        if m.type != "PER" or len({h.ids[0] for h in chosen}) < 2:
            out.append(m)
            continue
        ends = [h.end for h in chosen]
        gaps = [
            m.text[a - m.start : b - m.start]
            for a, b in zip(ends, [h.start for h in chosen[1:]] + [m.end], strict=True)
        ]
        head = m.text[: chosen[0].start - m.start]
        if (
            any(gap.strip() for gap in gaps)
            or len(head) > _MAX_PROCLITICS
            or (head and head[-1].isspace())  # words before the first name: more than a glued proclitic
        ):
            out.append(m)
            continue
        out += [
            Mention(h.start, h.end, m.text[h.start - m.start : h.end - m.start], m.type, m.source)
            for h in chosen
        ]
    return tuple(out)


class StoryLinker:
    """Links the mentions of one story; create one per story (it holds that story's groups)."""

    def __init__(
        self,
        res: LinkResources,
        text: str,
        published: dt.date | None,
        outlet: str | None = None,
        norm: Normalized | None = None,
    ) -> None:
        self.res, self.text, self.published = res, text, published
        #: the text's matching form with its offset map (`find_entities` passes the one its matchers read)
        self.norm = norm if norm is not None else normalize(text)
        #: the state of the city the story is datelined in (`link_gazetteer`), and of its outlet: the
        #: homes a body with no state of its own belongs to when the story names several (`_story_state`)
        self.dateline_state: str | None = None
        self.outlet_state = _outlet_state(res.catalog, outlet) if outlet else None
        self._header_end = _line_end(text, res.header_lines)
        self.groups: dict[str, _Group] = {}
        self.spans = _SpanIndex()  # every mention of `groups`: each change to a group's mentions updates it
        #: "نظيره الروسي" phrases, resolved or not: their adjective names a person's state, not a party
        self.counterparts: list[tuple[int, int]] = []

    @property
    def folded(self) -> str:
        """The story's text in the matching form, folded once for the checks that read all of it."""
        return self.norm.text

    def _window_before(self, start: int) -> tuple[int, int]:
        """The folded text's span of the `Settings.link_title_reach_chars` original characters before
        the original offset `start`: where a title or an office's words before a name are searched."""
        norm = self.norm
        return norm.from_original(max(0, start - self.res.title_reach)), norm.from_original(start)

    def _ending_in(self, pattern: re.Pattern[str], window: tuple[int, int]) -> int | None:
        """Where `pattern`, a regex of folded words anchored at its end ($), matches the folded text
        ending at the end of `window` (`_window_before`), as an original offset; None if it does not."""
        found = pattern.search(self.norm.text, *window)
        return self.norm.to_original(found.start(), found.end())[0] if found is not None else None

    def add(self, entity: CatalogEntity | None, mention: Mention, nil_key: str = "") -> None:
        if mention.type == "PER" and (entity is None or entity.kind == "person"):
            kind = self._institution(mention)
            if kind is not None:
                if entity is not None or not kind[1]:
                    return  # "مستشفى الملك فهد": the king is no party to what the hospital does
                mention = dataclasses.replace(mention, type=kind[0])  # "جامعة الملك سعود" read as a name
        key = entity.id if entity else "nil:" + hashlib.sha1(nil_key.encode()).hexdigest()[:12]
        group = self.groups.setdefault(key, _Group(entity, key, entity.type if entity else mention.type))
        # the index first: when nothing overlaps the mention, the group's own list need not be scanned
        if not self.spans.overlaps(mention.start, mention.end) or not any(
            m.start < mention.end and mention.start < m.end for m in group.mentions
        ):
            group.mentions.append(mention)
            self.spans.add(mention)

    def _institution(self, m: Mention) -> tuple[str, bool] | None:
        """A person's name that is part of an institution's or a place's name (`nlp/institution_nouns.tsv`):
        the noun in the construct state (no article) right before it, an honorific between ("مطار الملكة
        علياء"), or as the mention's own first word. Returns the name's type and whether the mention
        holds the noun; None for a person's name."""
        start = m.start
        while start > 0 and self.text[start - 1].isalpha():
            start -= 1  # a proclitic cut off the name: "مؤسسة كوفي أنان" read as ك + "وفي أنان"
        words = fold(self.text[start : m.end]).split()
        if len(words) > 1 and (stem := _institution_noun(words[0], self.res.institutions)):
            return stem, True
        before = fold(self.text[max(0, start - 30) : start]).split()
        if before and before[-1] in self.res.honorifics:
            before.pop()
        found = _institution_noun(before[-1], self.res.institutions) if before else None
        return (found, False) if found else None

    def _join(self, group: _Group, short: Mention) -> None:
        """A short form of a person already in the story joins him, unless it names an institution."""
        if self._institution(short) is None:
            group.mentions.append(short)
            self.spans.add(short)

    def _fold_into(self, key: str, owner: str) -> None:
        """Group `key` is another form of group `owner`'s entity: its mentions join `owner`, it goes."""
        self.groups[owner].mentions.extend(self.groups.pop(key).mentions)

    def taken(self, span: tuple[int, int]) -> bool:
        """Whether a mention already linked overlaps `span` (it runs for every candidate: an index)."""
        return self.spans.overlaps(*span)

    def link_gazetteer(self, hits: list[GazetteerHit], crf: tuple[Mention, ...]) -> None:
        """Catalog names; persons and small places spelled as one word need the CRF or a full name."""
        catalog = self.res.catalog
        pending = []
        crf_ends = [m.end for m in crf]
        # CRF mentions come in text order without overlaps, so those overlapping a hit are a slice
        ordered = all(a.end <= b.start for a, b in itertools.pairwise(crf))
        for hit in hits:
            entity = catalog.get(hit.ids[0])
            if len(hit.ids) > 1:
                entity = (
                    _vocalised_choice(self.text[hit.start : hit.end], hit.ids, catalog)
                    or _capital_named_by_its_state(self.text, hit, catalog, self.res.places.cities)
                    or self._reading_in_named_state(hit, hits)
                    or entity
                )
            if entity is None:
                continue
            first = bisect.bisect_right(crf_ends, hit.start) if ordered else 0
            agreed = []
            for m in crf[first:]:
                if ordered and m.start >= hit.end:
                    break
                if m.start < hit.end and hit.start < m.end:
                    agreed.append(m)
            single = len(hit.form.split()) == 1
            if single and entity.kind in (*WEAK_KINDS, "person") and self._part_of_a_name(hit):
                continue  # "جولي بشوب" is Julie Bishop, not Joly; "مدلين ألبرايت" is no Medellín
            if entity.kind == "person" and _after_son_of(self.text, hit.start):
                continue  # "تركي بن محمد بن فهد بن عبدالعزيز": King Fahd is an ancestor, not the one named
            if (
                single
                and entity.kind in WEAK_KINDS
                and not agreed
                and not _is_locative(self.text, hit, self.res.places)
            ):
                continue
            if entity.kind == "capital" and not _is_locative(
                self.text, hit, self.res.places, self._state_named(entity.country, hits)
            ):
                state = catalog.get(entity.country or "")
                entity = state or entity
            if self.dateline_state is None and hit.start < self._header_end and entity.kind in PLACE_KINDS:
                self.dateline_state = entity.country if _in_dateline(self.text, hit) else None
            start, end = self._name_span(entity, hit)
            per = [  # the CRF's names here, from after a glued conjunction or preposition (بقاسم)
                m
                for m in map(_without_proclitics, agreed)
                if m.type == "PER" and m.start <= start and end <= m.end
            ]
            if entity.kind == "person" and per and _other_person(self.text[end : per[0].end]):
                continue  # "عبدالله بن عبدالعزيز الربيعة" is someone else than عبدالله بن عبدالعزيز
            if (
                entity.kind == "person"
                and single
                and per
                and _other_given_name(entity, self.text[per[0].start : start], self.res.honorifics)
            ):
                continue  # "أحمد الصفدي" is not أيمن الصفدي: another given name makes another person
            if entity.kind == "person" and per and _spells(entity, per[0].text):
                start, end = per[0].start, per[0].end  # "رجيب أردوغان": the CRF's fuller spelling
            if entity.kind == "person" and entity.id not in self.groups:
                entity = self._named_in_full_before(entity, start, end) or entity
            if entity.kind == "person" and self._preposition_read_as_name(entity, start, end, hits, True):
                continue  # "على حبيب" is "on a beloved", not علي حبيب
            mention = Mention(start, end, self.text[start:end], entity.type, "gazetteer")
            if entity.kind == "person" and single and not agreed:
                pending.append((entity, mention))
            else:
                self.add(entity, mention)
        for entity, mention in pending:  # "وأكد البرهان": after a news verb or a title it is the person
            if self._introduced(mention.start):
                self.add(entity, mention)
        for entity, mention in pending:  # a lone surname counts once its full name is in the story
            if entity.id in self.groups and not self.taken((mention.start, mention.end)):
                self.add(entity, mention)

    def _preposition_read_as_name(
        self,
        entity: CatalogEntity,
        start: int,
        end: int,
        hits: Sequence[GazetteerHit] = (),
        spelled: bool = False,
    ) -> bool:
        """Whether a person's name found in `start:end` opens with على written with alif maqsura and
        nothing shows it is the name: folded, the preposition is the name علي, so "على الجوال" reads
        as علي الأوجلي. Egyptian text writes the name على too, so it counts as a name after a title or
        honorific (الوزير على …), when the story names the person with another first word (a gazetteer
        hit in `hits`, a mention linked before), or, when the window is spelled as the catalog spells it
        (`spelled`), when a word after على is rarer than `ala_name_zipf` (على الزناتي, not على حبيب)."""
        words = self.text[start:end].split()
        if len(words) < 2 or not _ALA.fullmatch(words[0]):
            return False
        before = fold(self.text[max(0, start - 60) : start]).rpartition("\n")[2].split()
        titled = any(w in self.res.name_titles for w in before[-2:])  # honorifics among them
        if titled or any(" ".join(before[-k:]) in self.res.titles for k in range(1, 5)):
            return False  # الوزير على …، وزير الخارجية على …، المرشد الأعلى على …
        if entity.id in self.groups or any(
            entity.id in h.ids and not _ALA.fullmatch(self.text[h.start : h.end].split()[0]) for h in hits
        ):
            return False
        if spelled:
            freq = load_word_frequencies()
            rare = self.res.ala_name_zipf
            if any(zipf(freq.get(fold(w), 0.0)) < rare for w in words[1:]):
                return False
        return True

    def _reading_in_named_state(self, hit: GazetteerHit, hits: list[GazetteerHit]) -> CatalogEntity | None:
        """Of a place name's readings, the one that lies in a state the story names when no other reading
        does: "زنجبار" in a story about Yemen is the town of Abyan, in one about Tanzania the island;
        "طرابلس" beside Lebanon is Lebanon's. None when no reading or several states are named."""
        readings = [e for e in map(self.res.catalog.get, hit.ids) if e is not None]
        if any(e.kind not in (*PLACE_KINDS, "region", "site") for e in readings):
            return None  # a state, an organisation or a person among the readings: the catalog's order
        named = [e for e in readings if self._state_named(e.country, hits)]
        return named[0] if len({e.country for e in named}) == 1 else None

    def _state_named(self, state: str | None, hits: list[GazetteerHit]) -> bool:
        """Whether the story names the state by its name or its adjective (قطر، دولة قطر، القطري)."""
        if state is None:
            return False
        if any(h.ids and h.ids[0] == state for h in hits):
            return True
        adjective = self.res.catalog.state_for_adjective
        return any(
            (found := adjective(w) or adjective(_PROCLITIC.sub("", w))) is not None and found.id == state
            for w in set(self.folded.split())
            if self.res.opens_adjective(w)
        )

    def _named_in_full_before(self, entity: CatalogEntity, start: int, end: int) -> CatalogEntity | None:
        """The one person the story already named in full whose name begins with this shorter catalog
        form of another person: "الملك عبد الله" after "الملك عبدالله الثاني" is Abdullah II, not the
        catalog's King Abdullah of Saudi Arabia; the story's own naming wins over a namesake."""
        short = _bare_words(self.text[start:end], self.res.honorifics)
        if not short:
            return None
        found = {
            group.entity.id: group.entity
            for group in self.groups.values()
            if group.entity is not None
            and group.entity.kind == "person"
            and any(
                m.end <= start and _begins_with(_bare_words(m.text, self.res.honorifics), short)
                for m in group.mentions
            )
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _part_of_a_name(self, hit: GazetteerHit) -> bool:
        """The hit and the word before or after it spell a catalog person (by skeleton and fuzzy check)."""
        before = re.search(r"(\S+)\s+$", self.text[max(0, hit.start - 30) : hit.start])
        after = re.match(r"\s+(\S+)", self.text[hit.end : hit.end + 30])
        windows = []
        if before:
            windows.append(before.group(1) + " " + self.text[hit.start : hit.end])
        if after:
            windows.append(self.text[hit.start : hit.end] + " " + after.group(1))
        return any(skeleton(w) in self.res.skeletons and self._by_skeleton(w) for w in windows)

    def _name_span(self, entity: CatalogEntity, hit: GazetteerHit) -> tuple[int, int]:
        """The name inside a longer alias: "إقليم قره باغ" -> "قره باغ", "الولايات المتحدة الأمريكية" -> …"""
        catalog, text = self.res.catalog, self.text[hit.start : hit.end]
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        if len(words) < 2:
            return hit.start, hit.end
        first, last = fold(text[slice(*words[0])]), text[slice(*words[-1])]
        if first in self.res.classifiers and entity in catalog.by_name(text[words[1][0] :]):
            return hit.start + words[1][0], hit.end
        if catalog.state_for_adjective(last) and entity in catalog.by_name(text[: words[-2][1]]):
            return hit.start, hit.start + words[-2][1]
        return hit.start, hit.end

    def link_bodies(self, hits: Sequence[BodyHit], roles: Sequence[RoleHit] = ()) -> None:
        """State bodies ("الخارجية القطرية", "وزارة خارجية قطر"): the ministry, not the state, acts.

        A shorter name or role title wholly inside the phrase leaves its mentions (مجلس الأمن in "مجلس
        الأمن القومي الأمريكي", the prime minister in "مكتب رئيس الوزراء الإسرائيلي": the office speaks,
        not he). A phrase that a role title or another linked name crosses or encloses is left to them.
        The state's adjective or name in the phrase (القطرية, قطر) stays a mention of the state, as an
        adjective: the state is a party to what its body does (`Settings.body_state_mention`).
        """
        if self.res.bodies is None:
            return
        for hit in hits:
            span = (hit.start, hit.end)
            if any(_overlaps(span, (r.start, r.end)) and not _within((r.start, r.end), span) for r in roles):
                continue
            inside = self._names_inside(span)
            if inside is None:
                continue
            entity = self.res.bodies.entity(hit.body, hit.of)
            if entity is None:
                continue
            self._drop(inside)
            self.add(entity, Mention(hit.start, hit.end, self.text[hit.start : hit.end], "ORG", "body"))
            state = self.res.catalog.get(hit.of) if hit.state_start is not None else None
            if state is not None and self.res.body_state:
                named = self.text[hit.state_start : hit.end]
                self.add(state, Mention(hit.state_start, hit.end, named, "LOC", "adjective"))

    def link_names_after_titles(self, roles: Sequence[RoleHit], bodies: Sequence[BodyHit]) -> None:
        """A man the NER missed, named right after a role title ("وكيل وزارة الخارجية السودانية حسين عوض")
        or after a body's spokesman ("الناطق باسم الحكومة اليمنية عادل الحمادي"): two to four words, the
        first a known name word, each a known name word or a word general text seldom uses
        (`Settings.title_name_zipf`), none a title, a verb or a word with a preposition glued on, is a
        NIL person (source "rule"); `link_roles` then
        gives him the title. A spokesman's title spans the body it names: that body becomes a mention
        of the title (source "title"), as in `link_title_bodies`, so the man speaks, not the body."""
        if self.res.title_name_zipf <= 0:
            return
        spans = [(r.start, r.end, False) for r in roles]
        named = [(h.start, h.end) for h in bodies] + [
            (m.start, m.end)
            for g in self.groups.values()
            if g.entity is not None and g.entity.type == "ORG"
            for m in g.mentions
            if m.source == "gazetteer"
        ]
        for lo, hi in named:
            head = self._spokesman_before(lo)
            if head is not None and not any(_overlaps((head, hi), (r.start, r.end)) for r in roles):
                spans.append((head, hi, True))
        for start, end, spokesman in spans:
            group = self._named_after(end)
            if group is None:
                name = self._name_words_after(end)
                if name is None or self.spans.overlaps(*name):
                    continue
                text = self.text[name[0] : name[1]]
                key = nil_key("PER", text, self.res.nil_distinct, self.res.honorifics)
                self.add(None, Mention(name[0], name[1], text, "PER", "rule"), key)
                group = self.groups.get("nil:" + hashlib.sha1(key.encode()).hexdigest()[:12])
            if not spokesman or group is None:
                continue
            inside = self._overlapping((start, end))
            if any(not (start <= m.start and m.end <= end) for _, m in inside):
                continue
            for key, m in inside:
                entity = self.groups[key].entity
                if entity is not None and entity.type == "ORG" and m.source == "body":
                    self._drop([(key, m)])
                    self.add(entity, dataclasses.replace(m, source="title"))
                elif entity is not None and entity.kind in STATE_KINDS:
                    self._drop([(key, m)])
            title = Mention(start, end, self.text[start:end], "PER", "role")
            group.mentions.append(title)
            self.spans.add(title)

    def _spokesman_before(self, start: int) -> int | None:
        """Where a spokesman's title ends right before `start` ("الناطق باسم " before a body), else None."""
        if self.res.spokesman is None:
            return None
        return self._ending_in(self.res.spokesman, self._window_before(start))

    def _name_words_after(self, end: int) -> tuple[int, int] | None:
        """The span of two to four name-like words after `end` (a comma, quotation marks and an
        honorific between allowed), the first of them a known name word (`person_name_words`), or
        None."""
        pos = end
        while pos < len(self.text) and self.text[pos] in ' ،,"“”«»':
            pos += 1
        words = list(re.finditer(r"[\w\u0640]+", self.text[pos : pos + 80]))
        first = 0
        while first < len(words) and fold(words[first].group()) in self.res.name_titles:
            first += 1  # "الشيخ الدكتور …": the honorifics open no name
        if first >= len(words) or fold(words[first].group()) not in self.res.name_words:
            return None  # a name opens with a known name word (not "تحياته وتقديره" after a title)
        taken: list[re.Match[str]] = []
        for w in words[first : first + 4]:
            if taken and self.text[pos + taken[-1].end() : pos + w.start()] != " ":
                break  # punctuation ends the name
            if not self._name_word(w.group()):
                break
            taken.append(w)
        if len(taken) < 2:
            return None
        return pos + taken[0].start(), pos + taken[-1].end()

    def _name_word(self, word: str) -> bool:
        """A word that may be part of an unknown man's name: no function word (the cleaner's stopwords;
        علي only as written with ي, since على folds to it), verb, title or noun with a glued
        preposition, and a known name word or a rare one."""
        folded = fold(word)
        if not folded.isalpha() or folded in self.res.not_names or folded in self.res.name_titles:
            return False
        if folded in self.res.function_words and word != "علي":
            return False
        if folded in self.res.name_words:
            return True
        if folded.startswith(("بال", "لل", "كال", "وال", "فال")):
            return False  # a preposition or conjunction before the article: a noun of the sentence
        freq = load_word_frequencies()
        if folded[0] in "بلك" and zipf(freq.get(folded[1:], 0.0)) >= self.res.title_name_zipf:
            return False  # بطلاب: a preposition glued to a common noun (so بادي goes too: أدى is common)
        return zipf(freq.get(folded, 0.0)) < self.res.title_name_zipf

    def link_head_offices(self) -> None:
        """An office named by its head's name ("وقال المكتب الإعلامي للسوداني"، "مكتب نتنياهو"; forms in
        `entities/head_offices.tsv`) is that body of the state in which the person heads it on the
        story's date (undated: the one such state he ever did), not the person: the office speaks."""
        if self.res.bodies is None or not self.res.head_offices:
            return
        self._surnames_after_offices()
        for key, group in list(self.groups.items()):
            entity = group.entity
            if entity is None or entity.kind != "person":
                continue
            for m in list(group.mentions):
                if m.source in ("role", "title", "phrase"):
                    continue
                window = self._window_before(m.start)
                for head_office in self.res.head_offices:
                    found = self._ending_in(head_office.before, window)
                    if found is None:
                        continue
                    body = head_office.body
                    heads = self.res.bodies.head_roles(body)
                    states = {
                        o.of
                        for o in entity.offices
                        if o.role in heads and (self.published is None or o.covers(self.published))
                    }
                    office = self.res.bodies.entity(body, next(iter(states))) if len(states) == 1 else None
                    if office is None or self.spans.overlaps(found, m.start):
                        break
                    self._drop([(key, m)])
                    self.add(office, Mention(found, m.end, self.text[found : m.end], "ORG", "body"))
                    break

    def _surnames_after_offices(self) -> None:
        """A surname alone right after an office's words ("المكتب الإعلامي للسوداني", a ل glued) that is the
        last word of one catalog person named in full in the story is a mention of him, for
        `link_head_offices` to read: the short-form rules skip a name with a preposition glued on."""
        surnames: dict[str, set[str]] = {}
        for key, group in self.groups.items():
            if group.entity is not None and group.entity.kind == "person":
                for m in group.mentions:
                    words = fold(m.text).split()
                    if len(words) > 1:
                        surnames.setdefault(words[-1], set()).add(key)
        for head_office in self.res.head_offices:
            for match in head_office.surname.finditer(self.norm.text):
                word = match.group(1)  # ل + السوداني is written للسوداني: the article's alif goes
                owners = surnames.get(word) or surnames.get("ا" + word if word.startswith("ل") else "", set())
                start, end = self.norm.to_original(match.start(1), match.end(1))
                if len(owners) == 1 and not self.spans.overlaps(start, end):
                    owner = next(iter(owners))
                    self.add(
                        self.groups[owner].entity, Mention(start, end, self.text[start:end], "PER", "short")
                    )

    def link_title_bodies(self, hits: Sequence[BodyHit], roles: Sequence[RoleHit]) -> None:
        """A state body named inside a person's title ("رئيس مجلس الوزراء السعودي", "أمين المجلس الأعلى
        للأمن القومي الإيراني") is named on the page too (docs/labelling.md: an organisation named in a
        title is listed). Run after `link_roles`, so the title still stands for its holder, and only for a
        title linked to one; the body becomes a mention of its own (source "title") inside the title's
        span, as a state's adjective does. A body another linked name overlaps is left alone
        (`Settings.title_body_mention`); the events stage never takes such a mention as a party."""
        if self.res.bodies is None or not self.res.title_bodies:
            return
        for hit in hits:
            span = (hit.start, hit.end)
            if not any(_within(span, (r.start, r.end)) for r in roles):
                continue
            over = [(self.groups[key], m) for key, m in self._overlapping(span)]
            if any(g.entity is not None and g.entity.type == "ORG" for g, _ in over):
                continue
            # only a title that stands for a person: an unlinked "رئيس مجلس السيادة" would lend the body
            # the words its head said (the quotes stage reads the nearest entity)
            if not any(
                m.source == "role" and m.type == "PER" and _within(span, (m.start, m.end)) for _, m in over
            ):
                continue
            entity = self.res.bodies.entity(hit.body, hit.of)
            if entity is not None:
                self.add(entity, Mention(hit.start, hit.end, self.text[hit.start : hit.end], "ORG", "title"))

    def _states_inside(self, span: tuple[int, int], bodies: bool = False) -> list[tuple[str, Mention]] | None:
        """The state mentions inside a phrase that names its state (وزارة خارجية قطر، ملك البحرين); None
        when another linked name overlaps it, which then keeps the text. `bodies`: an organisation or a
        city wholly inside is the office's body or seat, which the phrase names too ("الأمين العام للأمم
        المتحدة", "المتحدث باسم وزارة الخارجية الإيرانية", "ولي عهد أبوظبي"): it stays a mention of its
        own and does not stop the phrase."""
        start, end = span
        inside = self._overlapping(span)
        if bodies:
            inside = [
                (key, m)
                for key, m in inside
                if not (
                    start <= m.start
                    and m.end <= end
                    and (entity := self.groups[key].entity) is not None
                    and (entity.type == "ORG" or entity.kind in PLACE_KINDS)
                )
            ]
        if any(
            not (start <= m.start and m.end <= end)
            or self.groups[key].entity is None
            or self.groups[key].entity.kind not in STATE_KINDS  # type: ignore[union-attr]
            for key, m in inside
        ):
            return None
        return inside

    def _overlapping(self, span: tuple[int, int]) -> list[tuple[str, Mention]]:
        """(group key, mention) of every linked mention that overlaps `span` (the span index first: most
        phrases overlap nothing, and a scan of all the groups is long)."""
        start, end = span
        return [
            (key, m)
            for key, g in (self.groups.items() if self.spans.overlaps(start, end) else ())
            for m in g.mentions
            if m.start < end and start < m.end
        ]

    def _names_inside(self, span: tuple[int, int]) -> list[tuple[str, Mention]] | None:
        """The linked mentions strictly inside a body phrase; None when one crosses or encloses it."""
        inside = self._overlapping(span)
        if any(
            not _within((m.start, m.end), span) for _, m in inside
        ):  # (a mention equal to it is not within)
            return None
        return inside

    def _drop(self, mentions: list[tuple[str, Mention]]) -> None:
        for key, m in mentions:
            self.groups[key].mentions.remove(m)
            self.spans.remove(m)
            if not self.groups[key].mentions:
                del self.groups[key]

    def link_body_references(self, bare: Sequence[BareBody], roles: Sequence[RoleHit] = ()) -> None:
        """A body named again without its state ("وأضافت الخارجية أن", "وأكدت الوزارة") is the nearest
        body of that kind named before it in the story with its state ("الخارجية الجزائرية"); with none
        before it, it stays unlinked."""
        named = sorted(
            (m.start, g.entity)
            for g in self.groups.values()
            if g.entity is not None and g.entity.id.startswith("org:")
            for m in g.mentions
            if m.source == "body"
        )
        if not named:
            return
        for hit in bare:
            span = (hit.start, hit.end)
            if self.taken(span) or any(_overlaps(span, (r.start, r.end)) for r in roles):
                continue
            before = [e for start, e in named if start < hit.start and e.id.split(":")[1] in hit.bodies]
            if before:
                self.add(
                    before[-1], Mention(hit.start, hit.end, self.text[hit.start : hit.end], "ORG", "body")
                )

    def link_story_bodies(self, bare: Sequence[BareBody], roles: Sequence[RoleHit] = ()) -> None:
        """A body named in full with no state and none of its kind before it ("أعربت وزارة الخارجية عن
        قلق المملكة") is that body of the story's state, when the story's names leave no doubt which
        (`_story_state`); else it stays as it was. Run once every name, role and adjective is linked:
        a name the CRF read as an unknown organisation (وزارة النقل) gives way."""
        if self.res.bodies is None:
            return
        pending = [
            h
            for h in bare
            if h.full
            and len(h.bodies) == 1
            and not any(_overlaps((h.start, h.end), (r.start, r.end)) for r in roles)
        ]
        for hit in pending:
            body = next(iter(hit.bodies))
            hosts = self.res.bodies.hosts(body)
            state = self._head_state(hit, self.res.bodies.head_roles(body), hosts) or self._story_state(
                hosts, home=self.res.body_home
            )
            inside = self._unknown_inside((hit.start, hit.end))
            entity = self.res.bodies.entity(body, state) if state is not None else None
            if entity is not None and inside is not None:
                self._drop(inside)
                self.add(entity, Mention(hit.start, hit.end, self.text[hit.start : hit.end], "ORG", "body"))
        self.link_body_references(bare, roles)  # "وأكدت الوزارة" after it

    def _head_state(self, hit: BareBody, roles: frozenset[str], among: frozenset[str] | None) -> str | None:
        """The state of the body's head or spokesman named in the body's sentence ("أعلنت وزارة النقل
        أن الوزير كامل الوزير تفقد الميناء": Egypt's): the one state in which the people linked there
        hold one of `roles` on the story's date (of `among`, when given), else None."""
        if not roles:
            return None
        lo = max(self.text.rfind(stop, 0, hit.start) for stop in SENTENCE_STOPS) + 1
        ends = [e for stop in SENTENCE_STOPS if (e := self.text.find(stop, hit.end)) >= 0]
        hi = min(ends, default=len(self.text))
        states = {
            o.of
            for g in self.groups.values()
            if g.entity is not None
            and g.entity.kind == "person"
            and any(lo <= m.start and m.end <= hi for m in g.mentions)
            for o in g.entity.offices
            if o.role in roles and o.covers(self.published)
        }
        if among is not None:
            states &= among
        return next(iter(states)) if len(states) == 1 else None

    def _story_state(self, among: frozenset[str] | None = None, home: bool = False) -> str | None:
        """The state the story's linked names point to: states, the state of a city or body, the state
        a person held office in on the story's date; one of them (of `among`, when given: the states
        that can have the body) with at least `body_story_share` of those mentions, else None. A state
        only ever named by an adjective of another noun (الاحتلال الإسرائيلي، السفير الإسرائيلي) is a
        party the story talks about, never the one it is from. With `home`, a story naming several
        states, none with that share, points to its dateline city's state, else the state opening its
        headline, else its outlet's, when it names that state too (`Settings.body_home_state`)."""
        counts: dict[str, int] = {}
        named: set[str] = set()
        for g in self.groups.values():
            entity = g.entity
            if entity is None:
                continue
            if entity.kind in STATE_KINDS:
                states = {entity.id}
            elif entity.country:
                states = {entity.country}
            else:
                states = {o.of for o in entity.offices if o.covers(self.published)}
                states = {s for s in states if (e := self.res.catalog.get(s)) and e.kind in STATE_KINDS}
            if among is not None:
                states &= among
            for state in states:
                counts[state] = counts.get(state, 0) + len(g.mentions)
            if entity.kind not in STATE_KINDS or any(m.source != "adjective" for m in g.mentions):
                named |= states
        if not counts:
            return None
        state, n = max(counts.items(), key=lambda kv: kv[1])
        if n >= self.res.body_story_share * sum(counts.values()) and state in named:
            return state
        if not home or len(counts) < 2:
            return None
        # a story about several states speaks of the body of where it is written or whom it is about:
        # its dateline's city, else the state its headline opens with, else its outlet's state
        bodied = self._bodies_state(counts) if self.res.body_of_bodies else None
        homes = (self.dateline_state, bodied, self._opening_state(), self.outlet_state)
        return next((s for s in homes if s in counts and s in named), None)

    def _bodies_state(self, counts: Mapping[str, int]) -> str | None:
        """The one state whose bodies the story names with their state ("الحكومة المصرية" before "أصدرت
        وزارة النقل بيانًا": Egypt's), when it is also the state the story names most: a government's
        other bodies are its own. None when bodies of two states are named, or another state leads."""
        states = {
            g.entity.country
            for g in self.groups.values()
            if g.entity is not None
            and g.entity.id.startswith("org:")
            and g.entity.country
            and any(m.source == "body" for m in g.mentions)
        }
        if len(states) != 1:
            return None
        state = next(iter(states))
        most = max(counts.values(), default=0)
        leaders = [s for s, n in counts.items() if n == most]
        return state if leaders == [state] else None

    def _opening_state(self) -> str | None:
        """The state whose name opens the story's first line, its headline's subject ("السعودية تكشف …")."""
        start = len(self.text) - len(self.text.lstrip())
        return next(
            (
                key
                for key, g in self.groups.items()
                if g.entity is not None
                and g.entity.kind in STATE_KINDS
                and any(m.start == start and m.source != "adjective" for m in g.mentions)
            ),
            None,
        )

    def _unknown_inside(self, span: tuple[int, int]) -> list[tuple[str, Mention]] | None:
        """The mentions of unknown names inside `span` (or the same span); None when a catalog name or
        a mention reaching out of it overlaps it."""
        start, end = span
        inside = self._overlapping(span)
        if any(
            self.groups[key].entity is not None or not (start <= m.start and m.end <= end)
            for key, m in inside
        ):
            return None
        return inside

    def link_crf(self, crf: tuple[Mention, ...], roles: Sequence[RoleHit] = ()) -> None:
        """CRF mentions the gazetteer did not cover: catalog by name, by skeleton, else NIL.

        A mention inside a role title ("ولي العهد السعودي" read as a name) is the title's business.
        """
        role_ends = [r.end for r in roles]
        ordered = all(a.end <= b.start for a, b in itertools.pairwise(roles))  # then a hit's roles are a run
        for m in map(_without_proclitics, crf):
            if self.taken((m.start, m.end)) or _overlaps_role(m, roles, role_ends if ordered else None):
                continue
            entity = self._by_name(m)
            if entity is None and m.type == "PER" and self._only_a_title(m.text):
                continue  # "ولي العهد الشيخ": a title and an honorific, no name (the name follows)
            if entity is None and m.type == "PER" and self._junk_name(m.text):
                continue  # "وكالو الأنباء": a typo read as a name
            self.add(entity, m, nil_key=nil_key(m.type, m.text, self.res.nil_distinct, self.res.honorifics))

    def _junk_name(self, text: str) -> bool:
        """One short word that no known name uses, written once in the story: a typo (وكالو for
        وكالة) or a clipped noun the NER read as a person, not a person (`junk_name_letters`)."""
        words = fold(text).split()
        if len(words) != 1 or len(words[0]) > self.res.junk_name_letters or words[0] in self.res.name_words:
            return False
        return len(re.findall(rf"(?<!\w)[وف]?{re.escape(words[0])}(?!\w)", self.folded)) < 2

    def _only_a_title(self, text: str) -> bool:
        """The words are a role title (ولي العهد، رئيس الوزراء) with at most an honorific: no name."""
        words = [w for w in fold(text).split() if w not in self.res.honorifics]
        return bool(words) and " ".join(words) in self.res.titles

    def link_skeletons(self, tokens: Sequence[Token]) -> None:
        """Two- and three-word names the CRF missed, found by consonant skeleton and a fuzzy check.

        Skeletons are computed once per word (memoised) and joined per window, only for a word whose
        skeleton starts one in the index; only a window whose skeleton is in the index is checked
        further, so the scan costs about a set lookup per word.
        """
        words = [t for t in tokens if t.text.isalpha()]
        facts = self.res.skeleton_words([t.norm for t in words])
        skel = [f[0] for f in facts]
        bare = [f[1] for f in facts]
        opens = [f[2] for f in facts]
        index = self.res.skeletons
        # a window opens only at a word whose skeleton starts an indexed one (few words do)
        openings = [i for i, may in enumerate(opens) if may]
        for size in (3, 2):
            for i in openings:
                if i + size > len(words):
                    break
                tail = skel[i + 1 : i + size]
                key, glued = " ".join([skel[i], *tail]), " ".join([bare[i], *tail])
                if key not in index and not (bare[i] and glued in index):
                    continue
                start, end = words[i].start, words[i + size - 1].end
                if end - start > sum(len(t.text) for t in words[i : i + size]) + size or self.taken(
                    (start, end)
                ):
                    continue  # words not adjacent, or already linked
                text = self.text[start:end]
                if fold(words[i].text) in _SON_OF and self._lineage_of_name_before(start):
                    continue  # "سلطان بن سلمان": a lineage, not the one man known as "بن سلمان"
                entity = self._by_skeleton(text) if key in index else None
                if entity is None and bare[i] and glued in index:  # a glued conjunction: وبزشكيان
                    start, text = start + 1, text[1:]
                    entity = self._by_skeleton(text)
                if entity is not None and self._preposition_read_as_name(entity, start, end):
                    continue  # "على العرض" is "on the offer", not علي العريض
                if entity is not None and not _after_son_of(self.text, start):  # a father in a lineage
                    self.add(entity, Mention(start, end, text, "PER", "skeleton"))

    def link_adjectives(self, tokens: Sequence[Token]) -> None:
        """A nationality adjective not inside a linked name or role refers to its state.

        "الحكومة الأردنية", "مستوطنون إسرائيليون": in Arabic news a state is named by its adjective
        as often as by its name. Not after a name (عبدالله التركي is a surname, وكالة تاس الروسية
        describes the agency) nor after العاصمة (the capital is the place).
        """
        catalog = self.res.catalog
        words = [t for t in tokens if t.text.isalpha()]
        named = {  # a surname (عبدالله التركي) or a description of an outlet (وكالة تاس الروسية)
            m.end
            for g in self.groups.values()
            if g.type == "PER" or (g.entity is not None and g.entity.kind in MEDIA_KINDS)
            for m in g.mentions
        }
        surnames = self._surnames()
        norms = [t.norm for t in words]
        opens = self.res.openers(norms)
        i = 0
        while i < len(words):
            if not opens[i]:
                i += 1
                continue
            bare = _PROCLITIC.sub("", norms[i])  # the proclitic is on a phrase's first word
            for size in (2, 1):
                span = words[i : i + size]
                if len(span) < size:
                    continue
                if size == 2:
                    state = catalog.state_for_pair(norms[i], norms[i + 1])
                    state = state or catalog.state_for_pair(bare, norms[i + 1])
                else:
                    state = catalog.state_for_adjective(norms[i]) or catalog.state_for_adjective(bare)
                start, end = span[0].start, span[-1].end
                if state is None or self.taken((start, end)):
                    continue
                capital = i > 0 and _CLITIC.sub("", words[i - 1].norm) in ("عاصمه", "العاصمه")
                counterpart = any(a <= start and end <= b for a, b in self.counterparts)
                person = self._surname(bare, words[i - 1].norm if i else "", surnames) if size == 1 else None
                if counterpart:
                    pass  # "نظيره الجزائري": the adjective says whose counterpart, it names no party
                elif person is not None:
                    short = Mention(start, end, self.text[start:end], "PER", "short")
                    self._join(self.groups[person], short)
                elif capital:
                    self._capital_by_adjective(state, words[i - 1], end)
                elif not named.intersection((start, start - 1, start - 2)):
                    self.add(state, Mention(start, end, self.text[start:end], "LOC", "adjective"))
                i += size - 1
                break
            i += 1

    def _capital_by_adjective(self, state: CatalogEntity, word: Token, end: int) -> None:
        """ "العاصمة الجزائرية" with no name after it is the capital city of the adjective's state (a
        name after it, "العاصمة القطرية الدوحة", is already the city's mention)."""
        capital = self.res.catalog.get(self.res.capitals.get(state.id, ""))
        after = _LETTERS.search(self.text, end)
        if capital is None or (after is not None and self.taken((after.start(), after.end()))):
            return
        head = _CAPITAL_WORD.search(word.text)  # the noun without a glued preposition: بالعاصمة
        start = word.start + (head.start() if head else 0)
        self.add(capital, Mention(start, end, self.text[start:end], "LOC", "adjective"))

    def _surnames(self) -> dict[str, str]:
        """Last word of a person's name of several words → the first such person's group key.

        Made once for `link_adjectives` (which adds no such name); a scan per adjective was quadratic.
        """
        found: dict[str, str] = {}
        for key, group in self.groups.items():
            if group.type == "PER":
                for m in group.mentions:
                    words = fold(m.text).split()
                    if len(m.text.split()) > 1 and words and m.source != "role":  # a title is no name
                        found.setdefault(words[-1], key)
        for key, group in self.groups.items():  # "رئيس الوزراء العراقي … وقال السوداني": his catalog names
            if group.type == "PER" and group.entity is not None:
                for name in (group.entity.name_ar, *group.entity.aliases_ar):
                    if len(words := fold(name).split()) > 1:
                        found.setdefault(words[-1], key)
        return found

    def _surname(self, word: str, before: str, surnames: dict[str, str]) -> str | None:
        """The person whose full name in the story ends with this adjective-like word: السوداني alone
        after محمد شياع السوداني is the man, not Sudan — unless it qualifies a definite noun before it
        (الشعب السوداني); an honorific is no such noun (السيد السوداني). Returns the person's group key."""
        honorific = (
            _PROCLITIC.sub("", before) in self.res.honorifics
            or split_word(before).stem in self.res.honorifics
        )
        if not honorific and (_PROCLITIC.sub("", before).startswith("ال") or split_word(before).has_article):
            return None  # وللشعب الإيراني: the article after ل is written لل
        return surnames.get(word)

    def _by_skeleton(self, text: str) -> CatalogEntity | None:
        best, best_score = None, 0.0
        for entity_id in self.res.skeletons.get(skeleton(text), []):
            entity = self.res.catalog.get(entity_id)
            if entity is None:
                continue
            score = max(fuzz.ratio(fold(text), fold(n)) for n in (entity.name_ar, *entity.aliases_ar))
            if score > best_score:
                best, best_score = entity, score
        return best if best_score >= FUZZY_MIN else None

    def _by_name(self, m: Mention) -> CatalogEntity | None:
        catalog = self.res.catalog
        found = catalog.by_name(m.text) or catalog.by_name(_CLITIC.sub("", fold(m.text)))
        if found:
            return found[0]
        if m.type != "PER" or len(m.text.split()) < 2:
            return None
        return self._by_skeleton(m.text) or next(
            filter(None, map(self._by_skeleton, _patronymics(m.text, self.res.honorifics))), None
        )

    def link_short_forms(self) -> None:
        """A NIL short form of a person named in full in the story joins that person: the last word of
        the name (عبداللهيان), or بن / ابن and the father's name (بن فرحان، ابن زايد) when one person
        of the story has that father's name.

        Persons are found by the last word of their names of several words (`by_last`, kept up to date
        as groups merge): a scan of every group for each one-word name was quadratic."""
        order = {key: i for i, key in enumerate(self.groups)}
        by_last: dict[str, set[str]] = {}

        def register(key: str, mentions: list[Mention]) -> None:
            for m in mentions:
                last = fold(m.text).split()[-1:]
                if last and len(m.text.split()) > 1:
                    by_last.setdefault(last[0], set()).add(key)

        for key, group in self.groups.items():
            if group.type == "PER":
                register(key, group.mentions)
                if group.entity is not None and self.res.catalog_surnames:
                    # the catalog's shorter forms say which word is his surname: كير of "سلفا كير" for
                    # "سلفا كير ميارديت"; never a given name (محمد alone is nobody) nor a word general
                    # text uses (rarer than `title_name_zipf`, as a name read after a title)
                    freq = load_word_frequencies()
                    for form in (group.entity.name_ar, *group.entity.aliases_ar):
                        words = fold(form).split()
                        if (
                            len(words) > 1
                            and len(words[-1]) > 2
                            and words[-1] not in self.res.given_names
                            and zipf(freq.get(words[-1], 0.0)) < self.res.title_name_zipf
                        ):
                            by_last.setdefault(words[-1], set()).add(key)
        for key, group in list(self.groups.items()):
            if group.entity is not None or group.type != "PER":
                continue
            words = fold(group.mentions[0].text).split()
            if len(words) == 2 and words[0] in _SON_OF:
                owners = [
                    other_key
                    for other_key, other in self.groups.items()
                    if other is not group and other.type == "PER" and _has_father(other, words[1])
                ]
            elif len(words) == 1:
                found = [k for k in by_last.get(words[0], ()) if k != key and k in self.groups]
                owners = [min(found, key=order.__getitem__)] if found else []  # the first such person
            else:  # given names alone (فرانك فالتر) of a catalog person the story names
                given, heads = [fold(m.text).split() for m in group.mentions], self.res.gazetteer.heads
                owners = [
                    other_key
                    for other_key, other in self.groups.items()
                    if other is not group
                    and other.type == "PER"
                    and any(_given_names_of(other, w, heads) for w in given)
                ]
            if len(owners) == 1:
                self._fold_into(key, owners[0])
                register(owners[0], group.mentions)
        self._father_names()
        self._surname_variants()
        self._surnames_alone()

    def link_organisation_short_forms(self) -> None:
        """A NIL organisation of two words or more whose words open the name of one catalog organisation
        the story names before it ("الائتلاف الوطني" after "الائتلاف الوطني لقوى الثورة والمعارضة
        السورية", "جامعة الدول" after "جامعة الدول العربية") is that organisation named short."""
        if not self.res.org_short_forms:
            return
        named: list[tuple[int, list[str], str]] = [
            (m.start, fold(m.text).split(), key)
            for key, g in self.groups.items()
            if g.entity is not None and g.entity.type == "ORG"
            for m in g.mentions
            if m.source != "title"
        ]
        for key, group in list(self.groups.items()):
            if group.entity is not None or group.type != "ORG":
                continue
            first = min(group.mentions, key=lambda m: m.start)
            words = fold(first.text).split()
            if len(words) < 2:
                continue
            owners = {
                k
                for start, full, k in named
                if start < first.start and len(full) > len(words) and full[: len(words)] == words
            }
            if len(owners) == 1:
                self._fold_into(key, next(iter(owners)))

    def link_organisation_heads(self) -> None:
        """The head noun of an organisation's name, made definite, standing alone after the story named
        the organisation ("التحالف" after "التحالف العربي", "المجلس" after "مجلس الأمن", "الحركة" after
        "حركة حماس") is that organisation: Arabic news names a body once in full and then by its head.
        Only when one organisation of the story has that head (catalog or NIL: two councils, no guess),
        never before its first full mention, never inside a mention, not when a definite word follows
        (التحالف الدولي after التحالف العربي is another coalition, الحزب الحاكم another party), nor as a
        word of a role title (الخارجية in وزير الخارجية). The title's own mention counts (the first, and
        for two owners)."""
        if not self.res.org_heads:
            return
        owners: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for key, group in self.groups.items():
            if group.type != "ORG":
                continue
            for m in group.mentions:
                words = fold(m.text).split()
                if len(words) < 2:
                    continue
                head = words[0] if words[0].startswith("ال") else "ال" + words[0]
                owners.setdefault(head, set()).add(key)
                first[head] = min(first.get(head, m.end), m.end)
        if not owners:
            return
        for w in _LETTERS.finditer(self.text):
            found = next((r for r in conjunction_readings(fold(w.group())) if r in owners), None)
            if found is None or len(owners[found]) != 1 or w.start() < first[found]:
                continue
            after = _LETTERS.match(self.text, w.end() + 1)
            if self.text[w.end() : w.end() + 1] == " " and after and fold(after.group()).startswith("ال"):
                continue  # التحالف الدولي، الحزب الحاكم: another body
            before = _PREVIOUS_WORD.search(self.text, max(0, w.start() - 40), w.start())
            if before is not None and fold(before.group(1)) + " " + found in _title_bigrams(self.res.titles):
                continue  # الخارجية in وزير الخارجية: a word of a title
            start = w.end() - len(found)
            if not self.taken((start, w.end())):
                short = Mention(start, w.end(), self.text[start : w.end()], "ORG", "short")
                self._join(self.groups[next(iter(owners[found]))], short)

    def _surnames_alone(self) -> None:
        """A family name standing alone right after a verb of the news or a title ("وأكد المعلم" after
        "وليد المعلم") is the person named in full before it, where the NER left it untagged.

        A surname that is also a common noun (المعلم, "the teacher") shares that noun's word class, so
        the CRF may tag it only inside the full name; `link_short_forms` can only merge spans the CRF
        found. After a speech or event verb (`not_names`) or an honorific the word is a subject or an
        addressee, not a noun phrase's head. Only after the full name, only when one person of the
        story ends with the word, never inside a mention already linked.
        """
        owners: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for key, group in self.groups.items():
            if group.type != "PER":
                continue
            for m in group.mentions:
                words = fold(m.text).split()
                if len(words) > 1 and m.source != "role" and len(words[-1]) >= SURNAME_ALONE_MIN:
                    owners.setdefault(words[-1], set()).add(key)
                    first[words[-1]] = min(first.get(words[-1], m.start), m.start)
        if not owners:
            return
        for w in _LETTERS.finditer(self.text):
            word = fold(w.group())
            keys = owners.get(word)
            if keys is None or len(keys) != 1 or w.start() <= first[word]:
                continue
            if not self._introduced(w.start()):
                continue
            if not self.taken((w.start(), w.end())):
                short = Mention(w.start(), w.end(), w.group(), "PER", "short")
                self._join(self.groups[next(iter(keys))], short)

    def _introduced(self, start: int) -> bool:
        """Whether the word right before `start` (same line) opens a subject or an addressee."""
        before = _PREVIOUS_WORD.search(self.text, max(0, start - 40), start)
        return before is not None and self._introduces(fold(before.group(1)))

    def _introduces(self, word: str) -> bool:
        """Whether a folded word opens a subject or an addressee: a verb of the news (speech verbs,
        event triggers: `not_names`, with a glued و/ف) or an honorific (السيد، الدكتور)."""
        not_names = self.res.not_names
        return any(w in not_names for w in conjunction_readings(word)) or word in self.res.honorifics

    def _lineage_of_name_before(self, start: int) -> bool:
        """بن / ابن at `start` follows a name word: the lineage of the name before it ("خالد بن زايد"),
        not a short form opening a noun phrase (after punctuation, a verb or another non-name word)."""
        before = self.text[max(0, start - 30) : start].split()
        return bool(before) and before[-1][-1:].isalpha() and fold(before[-1]) not in self.res.not_names

    def _father_names(self) -> None:
        """ "وابن زايد", "وقال بن فرحان": بن / ابن and a father's name the NER missed, opening a noun phrase
        (after a glued و/ف, punctuation or a verb: not the lineage of a name before it), is the one
        person of the story whose name has "بن <father>"; with none or several, nothing."""
        for m in _FATHER_NAME.finditer(self.text):
            span = (m.start("name"), m.end())
            if m.group("conj") is None and self._lineage_of_name_before(m.start()):
                continue  # "خالد بن زايد": the lineage of the name before it
            if self.taken(span):
                continue
            father = fold(m.group("father"))
            owners = [g for g in self.groups.values() if g.type == "PER" and _has_father(g, father)]
            if len(owners) == 1:
                short = Mention(*span, self.text[span[0] : span[1]], "PER", "short")
                self._join(owners[0], short)

    def _surname_variants(self) -> None:
        """A rare word spelling a surname of the story another way joins its person: "غروندبرغ" after
        "هانس غروندبيرغ", "بلينكين" after "أنتوني بلينكن" (vowel letters of foreign names vary).

        Same consonant skeleton and a fuzzy ratio of FUZZY_MIN as the surname, one such person in
        the story, and a word general text does not use (wordfreq): a common word is never a name.
        The word may stand alone or be a one-word NIL name, which is then merged.
        """
        surnames: dict[str, set[tuple[str, str]]] = {}  # skeleton -> (surname, group key)
        for key, group in self.groups.items():
            if group.type != "PER" or group.entity is None:
                continue
            for m in group.mentions:
                words = fold(m.text).split()
                if len(words) > 1 and m.source != "role" and len(words[-1]) >= SURNAME_VARIANT_MIN:
                    surnames.setdefault(_consonants(words[-1]), set()).add((words[-1], key))
        if not surnames:
            return
        common = load_word_frequencies()

        def owner(word: str) -> str | None:
            found = surnames.get(_consonants(word))
            if found is None:  # most words of a story: no surname's skeleton
                return None
            if len({key for _, key in found}) != 1 or word in common:
                return None
            (surname, key), *_ = found
            return key if fuzz.ratio(word, surname) >= FUZZY_MIN else None

        for key, group in list(self.groups.items()):  # one-word NIL names first
            words = fold(" ".join(m.text for m in group.mentions)).split()
            if group.entity is None and group.type == "PER" and len(set(words)) == 1:
                found = owner(words[0])
                if found is not None:
                    self._fold_into(key, found)
        for w in re.finditer(r"[^\W\d_]+", self.text):
            word = fold(w.group())
            glued = 1 if word[:1] in ("و", "ف") and len(word) > SURNAME_VARIANT_MIN else 0
            start = w.start() + glued
            found = owner(word[glued:])
            if found is not None and not self.taken((start, w.end())):
                short = Mention(start, w.end(), self.text[start : w.end()], "PER", "short")
                self._join(self.groups[found], short)

    def link_given_names(self) -> None:
        """A title and a given name ("الأمير فيصل") join the one person of the story named in full so.

        Only after a royal or honorific title (TITLED): a bare given name is shared by too many.
        A NIL mention of the name alone (the CRF's "فيصل") is merged into that person.
        """
        firsts: dict[str, set[str]] = {}
        for key, group in self.groups.items():
            if group.type != "PER" or group.entity is None:
                continue
            for m in group.mentions:
                words = [w for w in fold(m.text).split() if w not in self.res.honorifics]
                if len(words) > 1 and m.source != "role":
                    firsts.setdefault(words[0], set()).add(key)
        if not firsts:
            return
        for m in _TITLED.finditer(self.text):
            word = fold(m.group(2))
            owners = firsts.get(word, set())
            if len(owners) != 1:
                continue
            (owner,) = owners
            span = (m.start(1), m.end(2))
            short = Mention(*span, self.text[span[0] : span[1]], "PER", "short")
            if self._institution(short) is not None:
                continue  # "مركز الملك عبدالعزيز التاريخي"
            clash = [
                (key, g)
                for key, g in self.groups.items()
                for x in g.mentions
                if _overlaps(span, (x.start, x.end))
            ]
            if any(
                g.entity is not None or fold(" ".join(x.text for x in g.mentions)) != word for _, g in clash
            ):
                continue  # a full name there already, or another name
            for key, _ in clash:
                for x in self.groups.pop(key, _Group(None, key, "PER")).mentions:
                    self.spans.remove(x)
            self._join(self.groups[owner], short)

    def link_roles(self, hits: list[RoleHit]) -> None:
        """A role phrase joins the person it stands for, or stays unlinked.

        A title repeated in the story names the man its first mention named in apposition ("الرئيس
        الإيراني حسن روحاني … وقال الرئيس الإيراني"), not the holder on the page's date: the story
        may tell of an earlier term. A new name right after a repeat names another man. A former
        holder's title (`nlp/former_words.txt`: السابق، الراحل) is only the man named after it.
        """
        named: dict[tuple[str, str], CatalogEntity] = {}  # (role, of) -> its first apposition
        for hit in sorted(hits, key=lambda h: h.start):
            inside = self._states_inside((hit.start, hit.end), bodies=True)
            if inside is None or self._names_the_office(hit):
                continue
            # a title naming a body or seat the story links inside it ("المتحدث باسم الكرملين") is a man
            # only where the text names him with it; alone, the body speaks (the quotes stage's reading)
            named_only = self._states_inside((hit.start, hit.end)) is None
            former = self._former(hit.end)
            if former is not None:  # "الرئيس اليمني السابق علي عبدالله صالح": not the holder on the date
                person = self._named_person_after(former)
            elif (person := self._apposition(hit)) is not None:
                named.setdefault((hit.role, hit.of), person)
            elif (unknown := self._unknown_after(hit)) is not None:
                self._drop(inside)  # "وكيل وزارة الخارجية السودانية حسين عوض": a man the catalog lacks
                title = Mention(hit.start, hit.end, self.text[hit.start : hit.end], "PER", "role")
                unknown.mentions.append(title)
                self.spans.add(title)
                continue
            elif named_only:
                continue
            else:
                person = named.get((hit.role, hit.of)) or self._holder(hit)
            if person is not None:
                self._drop(inside)  # "ملك البحرين": the state's name is part of the title
                group = self.groups.get(person.id)
                mention = Mention(hit.start, hit.end, self.text[hit.start : hit.end], "PER", "role")
                if group is None:
                    self.add(person, mention)
                else:
                    group.mentions.append(mention)
                    self.spans.add(mention)
        self.link_bare_roles(self.res.roles.find_bare(self.text, hits))

    def link_minister_titles(self) -> None:
        """ "الوزير المصري" with no portfolio: the one person of the story who is a minister of that state
        (a cabinet office of roles.tsv ending in _minister, not the prime minister's; held on the story's
        date, ever when it has none). With none or several, or another man named right after, nothing."""
        for m in _MINISTER_TITLE.finditer(self.text):
            span = (m.start("title"), m.end())
            state = self.res.catalog.state_for_adjective(fold(m.group("adj")))
            if state is None or self.taken(span):
                continue
            people = [
                g
                for g in self.groups.values()
                if g.type == "PER"
                and g.entity is not None
                and any(
                    o.role.endswith("_minister")
                    and not o.role.endswith("prime_minister")
                    and o.of == state.id
                    and o.covers(self.published)
                    for o in g.entity.offices
                )
            ]
            after = [g for g in self.groups.values() for x in g.mentions if span[1] < x.start <= span[1] + 3]
            if len(people) == 1 and all(g is people[0] for g in after if g.type == "PER"):
                mention = Mention(*span, self.text[span[0] : span[1]], "PER", "role")
                people[0].mentions.append(mention)
                self.spans.add(mention)

    def link_bare_roles(self, hits: Sequence[RoleHit]) -> None:
        """A title written alone ("وزير الخارجية والمغتربين ناصيف حتي", "عبدالله بن زايد، وزير الخارجية")
        is the person named right after or right before it, when he held that office; with no name
        there, the office holder of the story's one state (`_story_state`) on the story's date."""
        for hit in hits:
            if self.taken((hit.start, hit.end)) or self._names_the_office(hit):
                continue
            title = self.text[hit.start : hit.end]
            if (
                " " not in title.strip()
                and stem_of(title) in self.res.honorifics
                and self.spans.starts_within(hit.end, hit.end + 2)
            ):
                continue  # "الملك حمد بن عيسى": the honorific is part of the name (`extend_names`)
            named = self._apposition(hit) or self._named_before(hit)
            if (former := self._former(hit.end)) is not None:  # "وزير الخارجية السابق": not the holder
                person = self._named_person_after(former)
            elif named is not None:
                held = self._held(named, hit.role) or hit.role not in self.res.held_roles
                person = named if held else None  # a role no one in the catalog holds: the man named
            elif self.published is None or self.spans.starts_within(hit.end, hit.end + len(" في ")):
                person = (
                    None  # a name the catalog lacks is his; "في مصر"، "بمصر": where he stands, not his state
                )
            else:
                state = self._story_state()
                person = self._holder(dataclasses.replace(hit, of=state)) if state else None
            if person is not None:
                self.add(person, Mention(hit.start, hit.end, self.text[hit.start : hit.end], "PER", "role"))

    def _named_before(self, hit: RoleHit) -> CatalogEntity | None:
        """The person whose mention ends right before the title, a comma between them ("عبدالله بن زايد،
        وزير الخارجية"): without it the title may open the next phrase ("استقبل بلينكن وزير الخارجية")."""
        for group in self.groups.values():
            if group.type != "PER":
                continue
            for m in group.mentions:
                gap = self.text[m.end : hit.start]
                if hit.start - 3 <= m.end <= hit.start and gap.strip() in ("،", ","):
                    return group.entity
        return None

    def _held(self, person: CatalogEntity, role: str) -> bool:
        """Whether `person` held `role` on the story's date (ever, when the story has none)."""
        return any(o.role == role and o.covers(self.published) for o in person.offices)

    def link_counterparts(self, roles: Sequence[RoleHit]) -> None:
        """ "نظيره الروسي": the holder of the same office as the sentence's last role, in that state.

        "استقبل الرئيس التركي … نظيره الروسي" — the counterpart of a president is a president; he is
        resolved like any role (by the story's date, else the one such office holder named).
        """
        catalog = self.res.catalog
        for m in _COUNTERPART.finditer(self.text):
            words = list(re.finditer(_WORD, m.group(2)))  # "نظيره الجزائري." : the stop is no part of it
            found = [
                (st, m.start(2) + words[n - 1].end())
                for n in (2, 1)
                if len(words) >= n
                and (st := catalog.state_for_adjective(" ".join(w.group() for w in words[:n])))
            ]
            if not found or self.taken((m.start(1), found[0][1])):
                continue
            state, end = found[0]
            self.counterparts.append((m.start(1), end))
            named = self._named_after(end)
            if named is not None:  # "نظيره الروسي فلاديمير بوتين": the name in apposition is the man
                mention = Mention(m.start(1), end, self.text[m.start(1) : end], "PER", "role")
                named.mentions.append(mention)
                self.spans.add(mention)
                continue
            sentence_start = max(self.text.rfind(".", 0, m.start()), self.text.rfind("\n", 0, m.start()))
            earlier = [r.role for r in roles if sentence_start < r.start and r.end <= m.start()]
            role = earlier[-1] if earlier else self._office_named_before(sentence_start, m.start(), state.id)
            if role is None:
                continue
            hit = RoleHit(m.start(1), end, role, state.id, False)
            person = self._holder(hit)
            if person is not None:
                self.add(person, Mention(hit.start, hit.end, self.text[hit.start : hit.end], "PER", "role"))

    def _office_named_before(self, lo: int, hi: int, state: str) -> str | None:
        """The office of the last catalog person named between `lo` and `hi` ("ويبحث بلينكن مع نظيره
        المغربي": a foreign minister), when he held one office on the story's date (with no date: one
        office ever, then resolved like a role without a date); of several (a deputy prime minister and
        foreign minister), the one whose holder in `state` the story names; else None."""
        before = [
            (m.start, g.entity)
            for g in self.groups.values()
            if g.type == "PER" and g.entity is not None
            for m in g.mentions
            if lo < m.start and m.end <= hi
        ]
        if not before:
            return None
        person = max(before, key=lambda pair: pair[0])[1]
        held = {o.role for o in person.offices if o.covers(self.published)}
        if len(held) > 1:
            held = {
                role
                for role in held
                if (holder := self._holder(RoleHit(lo, hi, role, state, False))) is not None
                and holder.id in self.groups
            }
        return held.pop() if len(held) == 1 else None

    def _former(self, end: int) -> int | None:
        """The end of a word right after a title that makes it a former holder's (السابق), else None."""
        after = _WORD.match(self.text, end + 1) if self.text[end : end + 1] == " " else None
        return after.end() if after is not None and fold(after.group()) in self.res.former else None

    def _apposition(self, hit: RoleHit) -> CatalogEntity | None:
        """The person named right after the role: "الرئيس الروسي، فلاديمير بوتين"."""
        return self._named_person_after(hit.end)

    def _named_person_after(self, end: int) -> CatalogEntity | None:
        """The catalog person of `_named_after(end)`, if any."""
        group = self._named_after(end)
        return group.entity if group is not None else None

    def _named_after(self, end: int) -> _Group | None:
        """The person (catalog or NIL) whose mention starts right after `end`, at most a comma between,
        in the same case (no preposition glued to it); an honorific between is his ("رئيس مجلس الوزراء
        المكلف السيد محمد شياع السوداني")."""
        found = self._named_right_after(end)
        if found is None and (honorific := self.res.honorific_after.match(self.text, end)) is not None:
            found = self._named_right_after(honorific.end() - 1)
        return found

    def _named_right_after(self, end: int) -> _Group | None:
        if not self.spans.starts_within(end, end + 3):
            return None  # no mention there (the loop below would find none; it is long in a long story)
        for group in self.groups.values():
            for m in group.mentions:
                if group.type != "PER" or not end <= m.start <= end + 3:
                    continue  # (offsets first: slicing the text for every mention was slow)
                gap = self.text[end : m.start]
                if not gap.strip(' ،,"“”«»') and not _governed(m.text):
                    return group
        return None

    def _unknown_after(self, hit: RoleHit) -> _Group | None:
        """A man the catalog lacks named in full right after a title ("وكيل وزارة الخارجية السودانية حسين
        عوض"): a NIL person of two words or more, unless the office's holder on the date is named in the
        story (then the NIL is more likely a broken span of his name: "جون" of جون كيري)."""
        group = self._named_after(hit.end)
        if group is None or group.entity is not None:
            return None
        first = min(group.mentions, key=lambda m: m.start)
        if len(first.text.split()) < 2:
            return None
        holder = self._holder(hit)
        return None if holder is not None and holder.id in self.groups else group

    def _names_the_office(self, hit: RoleHit) -> bool:
        """ "لمنصب رئيس الولايات المتحدة": the title after an office word is the post, not a person."""
        before = self.text[max(0, hit.start - 30) : hit.start].split()
        return bool(before) and stem_of(before[-1]) in self.res.office_words

    def _holder(self, hit: RoleHit) -> CatalogEntity | None:
        """The office holder on the story's date; of several at once (UN envoys for Syria and for Yemen),
        the one the story names, else none. A handover day's two holders give the newer one."""
        catalog = self.res.catalog
        if self.published is not None:
            holders = catalog.holders(hit.role, hit.of, self.published)
            if hit.acting:
                holders = tuple(h for h in holders if any(o.acting for o in h.offices)) or holders
            if len(holders) > 1 and not _handover(holders, hit, self.published):
                named = [h for h in holders if h.id in self.groups]
                return named[0] if len(named) == 1 else None
            return holders[0] if holders else None
        named = [
            g.entity
            for g in self.groups.values()
            if g.entity is not None and any(o.role == hit.role and o.of == hit.of for o in g.entity.offices)
        ]
        return named[0] if len(named) == 1 else None

    def extend_names(self) -> None:
        """A person's name as the text writes it: an honorific right before it (الشيخ عبدالله بن زايد)
        and the rest of the lineage right after it (فيصل بن فرحان بن عبدالله، … بن عبدالعزيز آل سعود),
        where no other mention stands; a role title is left as it is."""
        taken = _SpanIndex(
            [(m.start, m.end) for g in self.groups.values() for m in g.mentions]
        )  # as they were
        for group in self.groups.values():
            if group.type != "PER":
                continue
            for i, m in enumerate(group.mentions):
                if m.source == "role":
                    continue
                start, end = m.start, m.end
                before = self.res.honorific_before.search(self.text, max(0, start - 16), start)
                if before and not fold(self.text[start:end]).startswith(tuple(self.res.honorifics)):
                    start = before.start("h")
                while (more := _LINEAGE.match(self.text, end)) is not None:
                    end = more.end()
                if (start, end) != (m.start, m.end) and not taken.overlaps(start, end, (m.start, m.end)):
                    group.mentions[i] = dataclasses.replace(
                        m, start=start, end=end, text=self.text[start:end]
                    )
                    self.spans.remove(m)
                    self.spans.add(group.mentions[i])

    def entities(self) -> tuple[LinkedEntity, ...]:
        out = []
        for group in self.groups.values():
            mentions = tuple(sorted(group.mentions, key=lambda m: m.start))
            e = group.entity
            if e is not None:
                out.append(LinkedEntity.of(e, mentions))
            else:
                names = [m.text for m in mentions if m.source != "role"] or [m.text for m in mentions]
                name = _without_honorific(
                    max(names, key=len), self.res.honorifics
                )  # a title names no one (وكيل وزارة …)
                if self.res.romanizer is None:
                    self.res.romanizer = load_romanizer()
                english = romanize(name, romanizer=self.res.romanizer)
                out.append(LinkedEntity(group.key, group.type, english, name, mentions, True, True))
        return tuple(sorted(out, key=lambda e: e.mentions[0].start))


#: The sources of mentions that are no name as written: a role title, a title's body, a nested phrase.
_NOT_NAMES = frozenset({"role", "title", "phrase"})
#: Honorifics before a given name that address a commoner too; a king or queen is the catalog's.
_ROYAL = frozenset({"الملك", "الملكه"})
#: Folded words that open a family's or a lineage's name, never a person's given name (آل صالح، بن ريحان).
_FAMILY_OPENERS = _LINEAGE_LINKS | {"ال"}


def _name_parts(text: str, titles: frozenset[str]) -> tuple[list[str], str | None]:
    """A mention's folded name words without the words of `titles` (honorifics and titles) opening it,
    and the last such word (None when none opens it): "الأمير فيصل" -> (["فيصل"], "الامير")."""
    words, title = fold(text).split(), None
    while len(words) > 1 and words[0] in titles and words[1] not in _LINEAGE_LINKS:
        title = words.pop(0)  # a word right before بن is a given name (سلطان بن سلمان), never a title
    return words, title


def _fits(short: list[str], title: str | None, full: list[str], given: bool) -> bool:
    """Whether a short form names the person whose name as written is `full`: its family name (the last
    one or two words: كلينتون of هيلاري كلينتون, أبو زهري of سامي أبو زهري), بن and a father's name in
    its lineage (بن سلمان of محمد بن سلمان), or, after an honorific (`title`) and when `given` allows, its
    first name (الأمير عبدالرحمن of عبدالرحمن بن عبدالله). A word after بن is no family name, and a name
    after a king's title is the catalog's king (الملك سلمان is no محمد بن سلمان)."""
    if len(full) <= len(short) or title in _ROYAL:
        return False  # "الملك سلمان" is the catalog's king, whoever else is named سلمان
    if len(short) == 2 and short[0] in _SON_OF:
        return any(a in _SON_OF and b == short[1] for a, b in itertools.pairwise(full))
    if full[-len(short) :] == short:
        if full[-len(short) - 1] in _LINEAGE_LINKS:
            return False  # سلمان of "محمد بن سلمان" is his father's name, not a family name
        return len(short) > 1 or len(short[0]) >= SURNAME_ALONE_MIN
    return given and title is not None and len(short) == 1 and full[0] == short[0]


def _one_name(names: list[list[str]]) -> bool:
    """Whether names as written are one man's, each the start of the longest: "محمد بن شلاح" and
    "محمد بن شلاح المطيري" (the NER cut one of them), not "محمد بن زايد" and "عبدالله بن زايد"."""
    longest = max(names, key=len)
    return all(longest[: len(n)] == n for n in names)


def story_persons_first(entities: tuple[LinkedEntity, ...], res: LinkResources) -> tuple[LinkedEntity, ...]:
    """A partial name joins the person the story names in full with it, catalog or NIL, before the
    catalog's reading of the short form: "كلينتون" after "هيلاري كلينتون" is Hillary (the gazetteer's
    first reading is Bill), "فيشر" after "هاينز فيشر" is Heinz, not Joschka; "أبو زهري" after "سامي أبو
    زهري", "ظريف" a NIL review left beside "محمد جواد ظريف" join them (`_fits` says by which part).

    A one- or two-word mention (after its honorifics) moves when its entity has no name in the story that
    it fits and exactly one other person has one, named before or after it; with two such persons it
    stays as it was (brothers, a father and a son, محمد بن زايد and عبدالله بن زايد), unless their names
    are one name cut short (`_one_name`): then the nearest named before it. An entity keeping a
    fitting full name of its own keeps its short forms (أردوغان beside رجب طيب أردوغان and أمينة
    أردوغان). A catalog person keeps a two-word form that is not بن + father (the catalog names him
    so), and a first name after an honorific moves only off a NIL entity. A NIL owner's full name must
    open with a known name word (`LinkResources.name_words`): "مستشارو أوباما" is a misread phrase, not
    a person."""
    titles = res.name_titles | res.honorifics
    full: list[tuple[int, int, list[str]]] = []  # (start, entity index, name words): who may own a short form
    own: dict[int, list[list[str]]] = {}  # entity index -> its names of two words or more as written
    for i, e in enumerate(entities):
        if e.type != "PER":
            continue
        for m in e.mentions:
            words = _name_parts(m.text, titles)[0]
            if m.source in _NOT_NAMES or len(words) < 2:
                continue
            own.setdefault(i, []).append(words)
            if words[0] in _FAMILY_OPENERS or (e.nil and words[0] not in res.name_words):
                continue  # "آل صالح" is a family, "مستشارو أوباما" no name: neither owns "صالح" or "أوباما"
            full.append((m.start, i, words))
    if not full:
        return entities
    by_word: dict[str, list[tuple[int, int, list[str]]]] = {}  # a name's words -> its full names: no scan
    for named in full:
        for word in set(named[2]):
            by_word.setdefault(word, []).append(named)
    moved: dict[int, list[Mention]] = {}
    gone: dict[int, set[tuple[int, int]]] = {}
    for i, e in enumerate(entities):
        if e.type != "PER":
            continue
        for m in e.mentions:
            short, title = _name_parts(m.text, titles)
            if m.source in _NOT_NAMES or not 1 <= len(short) <= 2:
                continue
            if not e.nil and len(short) == 2 and short[0] not in _SON_OF:
                continue
            near = by_word.get(short[-1], ())
            fitting = [(start, j, words) for start, j, words in near if _fits(short, title, words, e.nil)]
            if not fitting or any(_fits(short, title, words, e.nil) for words in own.get(i, ())):
                continue  # its own name as written has it (رومان أبراموفيتش beside منى أبراموفيتش)
            if len({j for _, j, _ in fitting}) > 1 and not _one_name([words for _, _, words in fitting]):
                continue  # two persons of the story share it (عبدالله بن زايد، محمد بن زايد): no guess
            before = [f for f in fitting if f[0] < m.start]  # one man in two spans: the nearest before
            owner = max(before)[:2] if before else min(fitting)[:2]
            moved.setdefault(owner[1], []).append(m)
            gone.setdefault(i, set()).add((m.start, m.end))
    if not moved:
        return entities
    out = []
    for i, e in enumerate(entities):
        mentions = [m for m in e.mentions if (m.start, m.end) not in gone.get(i, ())] + moved.get(i, [])
        if mentions:
            out.append(dataclasses.replace(e, mentions=tuple(sorted(mentions, key=lambda m: m.start))))
    return tuple(sorted(out, key=lambda e: e.mentions[0].start))
