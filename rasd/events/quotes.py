"""Who said what: direct and reported quotes of a story, each with its speaker (an entity id).

A quote is attributed through a speech verb (`rasd/data/events/quote_verbs.txt`) in its sentence:
before the quote (وقال بوتين: "…"), after it ("…"، قال بوتين) or as a reporting frame without
quotation marks (قال بزشكيان: إن …; أكد أن … for reported speech). Verbs such as دعا، أعرب، وصف frame
only quotation-marked words (ودعا إلى "…"). The speaker is the entity
mention nearest the verb on its side; a verb with no subject (وأضاف:) continues the last speaker.
A title with no name (وأكد وزير الخارجية) is a mention of the entity the story tied that title to;
an unnamed source (مصدر، مسؤول) speaks for nobody, and so do the verbs that continue it.
Pure functions over the story text and its linked entities; nothing is guessed when nothing resolves.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rasd.errors import DataFileError
from rasd.lang.clitics import conjunction_readings, load_clitics, split_word, without_article
from rasd.lang.normalize import fold
from rasd.lang.tokens import WORD_RE, Token, TokenIndex, tokenize, word_tokens
from rasd.nlp.link import MEDIA_KINDS
from rasd.nlp.titles import title_words
from rasd.records import LinkedEntity, Mention, Quote
from rasd.resources import read_lines, read_tsv
from rasd.settings import Settings

VERBS_FILE = "events/quote_verbs.txt"
STATEMENTS_FILE = "events/statement_nouns.txt"
JOINT_FILE = "events/joint_statements.txt"
ADVERBS_FILE = "events/frame_adverbs.txt"
TEXTS_FILE = "events/statement_texts.txt"
TEXT_KINDS = ("text", "list")
WORDS_FILE = "events/quote_words.tsv"
KINDS = ("verb", "relay", "source", "marked", "issued")
VERB_ENDINGS = ("", "ت", "ا", "وا", "تا")  # قال، قالت، قالا، قالوا، قالتا
# a verb of kind "marked" also takes an object pronoun: ووصفته "…"، ووصفتها بأنها "…"
MARKED_ENDINGS = (*VERB_ENDINGS, "ه", "ها", "ته", "تها")
MARKS = '"“”«»„‟'
CLOSERS = {"«": "»", "„": '"“”‟'}  # what closes an opener; any other opener closes on "“”»‟
_REVERSED_CLOSERS = '«»"“”'  # what closes a reversed » opener (»…« or »…»)
_STOPS_AFTER_CLOSER = ".،,؛;"  # a mark right before one of these closes a quote, never opens one
_CLITIC_LETTERS = "وفبلك"  # one-letter proclitics a reversed opener may be glued to (و»مواقع»)
SPEAKER_TYPES = ("PER", "ORG")
# kinds of attribution word that end the reported speech or frame of a verb before them; "marked" verbs
# (دعا، وصف) are too often part of what is reported (قال إن أردوغان دعا إلى …); dev F1 equal either way
STOPPING = ("verb", "relay", "issued")
MIN_PARTICIPLE = 4  # letters of a participle (مؤكداً), after which a glued و is read off

_WORD = WORD_RE  # the tokens that are words (rasd.lang.tokens), for counting the words of a span
# the فاعلاً / فاعلةً form of a speech participle (لافتاً، لافتةً، داعياً، ذاكراً), folded
_ACTIVE_PARTICIPLE = re.compile(r".ا..[اه]")
_SENTENCE_END = re.compile(r"(?<![.\d])\.(?![.\d])|[!?؟\n]")
# إن، أن، بأن، فإن، إنه، أنها …: the frame of reported speech (folded forms)
_COMPLEMENTIZER = re.compile(r"^(?:ب|ف)?ان(?:ه|ها|هم|هما|نا|ني)?$")
_FIRST_PERSON = re.compile(r"(?:ني|نا)$")  # إنني، إننا: the complementizer with "me"/"us", folded
_ABOUT = re.compile(r"^(?:عن(?:ه|ها|هم|هما)?|عما)$")  # عن of a relay (نقل عن، نقلاً عنه، نقلاً عما), folded
NOBODY = ""  # the speaker of an unnamed source (مصادر، مسؤول): no entity, and what continues it has none
REPORTED = "\0media"  # the "speaker" of a report by a medium named by its noun (وأضافت الوكالة، قالت صحيفة)
MEDIA_FILE = "events/media_nouns.txt"
UNNAMED_FILE = "events/unnamed_sources.txt"
_GLUED = frozenset("بلك")  # a mention glued to one of these (لبوتين) is an object too


@dataclass(frozen=True, slots=True)
class QuoteWords:
    """The word sets of the attribution grammar (`quote_words.tsv`), folded; each set's use is said
    above its words in the file."""

    auxiliaries: frozenset[str]  # كان before a subject and a speech verb (وكانت الرئاسة قالت)
    prepositions: frozenset[str]  # a mention after one is an object or a place, not a subject
    title_links: frozenset[str]  # باسم، لدى: a title's link to the body or place it serves
    place_links: frozenset[str]  # إلى، في: a title's link to a place named right after (المبعوث إلى اليمن)
    role_heads: frozenset[str]  # heads of titles that stand for a named person or body (without ال)
    body_heads: frozenset[str]  # role heads naming an institution: only a body or a state
    openers: frozenset[str]  # words that may open a clause before its subject (لكن مسؤولاً … قال)
    fronted: frozenset[str]  # بدوره، من جهته + comma before a sentence's verb (the phrase's last word)
    topic_openers: frozenset[str]  # وعن …، وفي سؤال عن …، before a comma and a verb: a topic, no subject
    inserted: frozenset[str]  # أيضاً، كذلك between the two words of a two-word frame (وجاء أيضاً في)
    not_that: frozenset[str]  # words that make the أن after them a conjunction (إلا أن، بعد أن)
    not_subjects: frozenset[str]  # definite words after a verb that are no subject (اليوم، البيان)
    name_nouns: frozenset[str]  # a quotation mark after one opens a name, not a quote
    label_openers: frozenset[str]  # «مايسمى …»، «ما يسمى …»: marks opening on one hold a label, not speech
    negations: frozenset[str]  # لم، لن، لا right before a speech verb: no attribution (لم يعلن، لا يضيف)
    no_pronoun: frozenset[str]  # `marked` verbs without object-pronoun forms (حمّله would read حملة)
    scripture: frozenset[str]  # a verb with one of these right after it cites scripture (قال الله تعالى)
    honorific_pronouns: frozenset[str]  # سموه، معاليه، فضيلته: "his highness", the person so introduced
    # `bare` of a folded word (memoised per table: called for most words of every story)
    bare: Callable[[str], str] = dataclasses.field(init=False, repr=False, compare=False)
    # every folded word whose `bare` form is a role head: the head, with the article, with a glued
    # و/ف, or both (a set lookup per word instead of a call)
    role_words: frozenset[str] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        bare = functools.lru_cache(maxsize=1 << 16)(functools.partial(_bare, role_heads=self.role_heads))
        object.__setattr__(self, "bare", bare)
        conj = load_clitics().conj
        forms = {f for h in self.role_heads for f in (h, "ال" + h)}
        forms |= {c + f for c in conj for f in forms}
        object.__setattr__(self, "role_words", frozenset(f for f in forms if bare(f) in self.role_heads))


WORD_SETS = tuple(f.name for f in dataclasses.fields(QuoteWords) if f.init)


def load_quote_words() -> QuoteWords:
    """`quote_words.tsv`: set name → folded words (an unknown set name is an error); read once by
    `load_quote_verbs` into `QuoteVerbs.words`."""
    sets: dict[str, set[str]] = {name: set() for name in WORD_SETS}
    for row in read_tsv(WORDS_FILE, ("set", "word")):
        if row["set"] not in sets:
            raise DataFileError(
                f"{WORDS_FILE}: {row['word']}: set {row['set']!r} is not one of {', '.join(WORD_SETS)}"
            )
        sets[row["set"]].add(fold(row["word"]))
    return QuoteWords(**{name: frozenset(words) for name, words in sets.items()})


@dataclass(frozen=True)
class QuoteVerbs:
    """Folded word form → kind (verb, relay, source), with the inflections of each verb."""

    forms: dict[str, str]
    words: QuoteWords  # the word sets of the attribution grammar (`quote_words.tsv`)
    # courtesy titles skipped before a role or a name (سمو وزير الخارجية، الدكتور مصطفى مدبولي), folded:
    # the `speaker` words of nlp/titles.tsv
    honorifics: frozenset[str]
    # a form that attributes only with the next word (جاء في البيان: "…"): form → next word → kind
    pairs: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)
    statements: frozenset[str] = frozenset()  # nouns of a written statement (بيان، بلاغ), folded
    media: frozenset[str] = frozenset()  # nouns of a news medium (الوكالة، صحيفة), folded, bare
    unnamed: frozenset[str] = frozenset()  # subjects that name no one (مصادر، مسؤولون), folded
    adverbs: frozenset[str] = frozenset()  # words after a verb that open no subject (خلال، عقب), folded
    joint: frozenset[tuple[str, str]] = frozenset()  # (noun, adjective) of a joint statement, folded, bare
    texts: dict[str, str] = dataclasses.field(default_factory=dict)  # نصه، كالتالي → text | list, folded

    @functools.cached_property
    def heads(self) -> frozenset[str]:
        """Every folded word `kind_of` can find a kind for: a form, or و/ف + a form (a fast filter)."""
        return frozenset(self.forms) | {
            conj + form
            for conj in load_clitics().conj
            for form in self.forms
            if len(conjunction_readings(conj + form)) > 1
        }

    def kind(self, word: str, following: str = "") -> str | None:
        return self.kind_of(fold(word), fold(following))

    def kind_of(self, norm: str, following: str = "") -> str | None:
        """`kind` of a folded word (and the folded word after it)."""
        for form in conjunction_readings(norm):
            if form in self.forms and (form not in self.pairs or following in self.pairs[form]):
                kind = self.pairs[form][following] if form in self.pairs else self.forms[form]
                # حسب ما قال بوتين، وفق ما أعلن الكرملين: a conjunction; the verb after it attributes
                return None if kind == "source" and following == "ما" else kind
        return None


def load_quote_verbs() -> QuoteVerbs:
    """The packaged attribution words (loaded once into `pipeline.Resources` and passed in)."""
    forms: dict[str, str] = {}
    pairs: dict[str, dict[str, str]] = {}
    words = load_quote_words()
    for line in read_lines(VERBS_FILE):
        form, _, kind = line.partition("\t")
        kind = kind.strip() or "verb"
        form, _, nxt = form.strip().partition(" ")
        if kind not in KINDS:
            raise DataFileError(f"{VERBS_FILE}: {form}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
        base = fold(form.strip())
        endings = {"source": ("",), "marked": MARKED_ENDINGS}.get(kind, VERB_ENDINGS)
        if base in words.no_pronoun:  # حمّل: حمّله would also read حملة (a campaign), folded alike
            endings = VERB_ENDINGS
        for ending in endings:
            if nxt:
                pairs.setdefault(base + ending, {})[fold(nxt)] = kind
            forms.setdefault(base + ending, kind)
    return QuoteVerbs(
        forms,
        words,
        title_words("speaker"),
        pairs,
        statements=frozenset(fold(w) for w in read_lines(STATEMENTS_FILE)),
        media=frozenset(words.bare(fold(w)) for w in read_lines(MEDIA_FILE)),
        unnamed=frozenset(fold(w) for w in read_lines(UNNAMED_FILE)),
        adverbs=frozenset(fold(w) for w in read_lines(ADVERBS_FILE)),
        joint=frozenset(
            (words.bare(fold(a)), words.bare(fold(b)))
            for a, _, b in (w.partition(" ") for w in read_lines(JOINT_FILE))
        ),
        texts=_load_texts(),
    )


def _load_texts() -> dict[str, str]:
    """`statement_texts.txt`: folded word → text | list."""
    texts: dict[str, str] = {}
    for row in read_tsv(TEXTS_FILE, ("form", "kind")):
        if row["kind"] not in TEXT_KINDS:
            raise DataFileError(
                f"{TEXTS_FILE}: {row['form']}: kind {row['kind']!r} is not one of {', '.join(TEXT_KINDS)}"
            )
        texts[fold(row["form"])] = row["kind"]
    return texts


_Word = Token  # a word of the story: its span and folded form


@dataclass(frozen=True, slots=True)
class QuoteWindows:
    """How far the quote rules look and how long a quote must be, in words unless said: made by
    `Settings.quote_windows()`, whose `quote_*` fields hold the dev figures that chose each."""

    min_words: int  # a quote has at least this many words
    min_loose: int  # a shorter quotation-marked span, with no colon or إن before it, is a scare quote
    max_chars: int  # characters an unclosed quotation mark runs to, at most
    subject: int  # words between a verb and its quote (a longer subject is no frame)
    head: int  # a body line "name: words" this short, with no final stop, is a subheading quote
    nested: int  # a clause this short before the next speech verb may be only its subject
    after: int  # a verb after a quote ("…"، قال بوتين) stands within this many words of it
    back_sentences: int  # how far back a speakerless "وقال" looks for the subject it continues
    role_key: int  # a role is matched on its head and this many words in all (وزير الخارجية)
    role_context: int  # how far a title stands from the name it titles
    title: int  # words of a title holding a body before its holder's name (المتحدث باسم الكرملين بيسكوف)
    opening: int  # conjunctions skipped before an unnamed subject (لكن مسؤولاً)
    object_lead: int  # a preposition this far before a name (مع الدكتور …) makes it an object
    issuer: int  # words after a statement noun (بيان صادر عن …) where its issuer stands
    text_lead: int  # the word نص (نصه، نص البيان) this close before a colon announces a statement's text
    text_paragraphs: int  # the paragraphs of a statement's text after its colon, at most
    text_signed: int  # … or up to its signature (a person's name alone on a line) within this many
    headlines: bool  # a headline label "بوتين: …" is given as a quote of its speaker
    media: bool  # what a news agency or outlet reports (وأفادت وكالة الأنباء أن …) is given as its quote
    addressee: int  # a quotation-marked name glued to ل (قال لـ«عكاظ») this short is the medium spoken to
    nested_name: int  # words at most of a name quoted inside a straight quote ("… "زينة الحياة الدنيا" …")


@dataclass(frozen=True, slots=True)
class _Hit:
    """An attribution word in the text."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class _Span:
    """A mention of a possible speaker."""

    start: int
    end: int
    id: str
    type: str


@dataclass(frozen=True, slots=True)
class _Found:
    """A quote before its speaker is resolved: `frame` is where the speaker is looked for."""

    start: int
    end: int
    direct: bool
    hit: _Hit
    frame_end: int  # the subject after the verb stands before this offset
    sentence_start: int
    after: bool = False  # the verb follows the quote
    speaker: str | None = None  # already known (a subheading "رئيسي: …")


class _Story:
    """The text with its words, attribution words, quote spans and speaker mentions."""

    def __init__(
        self,
        text: str,
        entities: Sequence[LinkedEntity],
        verbs: QuoteVerbs,
        tokens: TokenIndex,
        windows: QuoteWindows,
    ) -> None:
        self.text = text
        self.w = windows
        self.lex = verbs
        self.words = word_tokens(tokens.tokens)
        self.starts = [w.start for w in self.words]
        self.ends = [w.end for w in self.words]
        self.quoted = _quote_spans(text, windows.max_chars, windows.nested_name)
        named = {(m.start, m.end) for e in entities for m in e.mentions if m.part == "text" and not e.nil}
        self.media = {e.id for e in entities if e.kind in MEDIA_KINDS}  # agencies and outlets
        self.glued = {  # لأردوغان: the linker's mention holds the ل of an object
            m.start for e in entities for m in e.mentions if m.part == "text" and _glued_name(m.text, e)
        }
        names = {q for q in self.quoted if _trim(text, *q) in named}  # فقد أكد "ترامب": a name
        self.quoted = [q for q in self.quoted if q not in names]
        self.name_marks = {m for qs, qe in names for m in (qs - 1, qe)}  # the marks around such a name
        # وأضاف لـ«عكاظ» أن …: the medium spoken to, glued to its ل; its marks frame no speech either
        self.name_marks |= {
            m for qs, qe in self.quoted if _spoken_to(text, qs, qe, windows.addressee) for m in (qs - 1, qe)
        }
        heads = verbs.heads
        words = self.words
        self.hits = [
            _Hit(w.start, w.end, kind)
            for k in [k for k, norm in enumerate([w.norm for w in words]) if norm in heads]
            if (w := words[k])
            and (kind := verbs.kind_of(w.norm, _following(words, k, verbs.words.inserted)))
            and not self.inside_quote(w.start)
            and not (_is_participle(w.norm, verbs) and _after_credit(text, w.start))
            and not (
                k
                and words[k - 1].norm in verbs.words.negations
                and not text[words[k - 1].end : w.start].strip()
            )
        ]
        self.hits = [h for k, h in enumerate(self.hits) if not (k and self._object_noun(self.hits[k - 1], h))]
        self.hit_starts = [h.start for h in self.hits]
        self.titles: set[int] = set()  # word offsets of titles in apposition to a name (… ، وزير الخارجية)
        self.spans = sorted(
            (
                _Span(m.start, m.end, e.id, e.type)
                for e in entities
                for m in e.mentions
                if m.part == "text" and e.type in (*SPEAKER_TYPES, "LOC")
            ),
            key=lambda s: (s.start, s.end),
        )
        self.spans = sorted([*self.spans, *_role_spans(self)], key=lambda s: (s.start, s.end))
        self.span_starts = [s.start for s in self.spans]
        self.spans = sorted([*self.spans, *_anaphor_spans(self)], key=lambda s: (s.start, s.end))
        self.span_starts = [s.start for s in self.spans]
        self.longest_span = max((s.end - s.start for s in self.spans), default=0)  # bounds `covered`

    def _object_noun(self, before: _Hit, hit: _Hit) -> bool:
        """A `marked` word right after another attribution word, with no و/ف or mark between (نقل شكر
        اليمن، نقل تحيات): the verbal noun that is that verb's object (thanks), not a verb of its own."""
        gap = self.text[before.end : hit.start]
        return hit.kind == "marked" and not gap.strip() and self.text[hit.start] not in "وف"

    def hit_at(self, pos: int) -> bool:
        i = bisect.bisect_left(self.hit_starts, pos)
        return i < len(self.hit_starts) and self.hit_starts[i] == pos

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted, (pos, len(self.text) + 1)) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def words_in(self, start: int, end: int) -> list[_Word]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end, lo=i)
        return [w for w in self.words[i:j] if w.end <= end]

    @functools.cached_property
    def sentence_ends(self) -> list[int]:
        """Offsets of the sentence-ending marks outside quotes, in order (each mark is one character).

        Found once per story: scanning from a paragraph's start for every quote made quote finding
        quadratic in the length of a paragraph.
        """
        return [m.start() for m in _SENTENCE_END.finditer(self.text) if not self.inside_quote(m.start())]

    def last_word_in(self, start: int, end: int) -> list[_Word]:
        """`words_in(start, end)[-1:]` without listing the words (a paragraph can be the whole text)."""
        j = bisect.bisect_left(self.starts, end)
        for w in self.words[max(0, j - 2) : j][::-1]:  # words are disjoint: only the last may pass `end`
            if w.end <= end:
                return [w] if w.start >= start else []
        return []

    def sentence_start(self, pos: int) -> int:
        """After the last sentence end before `pos` in its paragraph (a mark just before `pos` counts
        whatever follows `pos`, as when the text was cut there)."""
        floor = self.text.rfind("\n", 0, pos) + 1
        if (
            pos - 1 >= floor
            and _SENTENCE_END.match(self.text, pos - 1, pos)
            and not self.inside_quote(pos - 1)
        ):
            return pos
        i = bisect.bisect_left(self.sentence_ends, pos - 1) - 1
        return self.sentence_ends[i] + 1 if i >= 0 and self.sentence_ends[i] >= floor else floor

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_left(self.sentence_ends, pos)
        return self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)

    @functools.cached_property
    def surnames(self) -> dict[str, list[tuple[int, str]]]:
        """The last word of each person's name of two words or more → (offset, entity id), in text
        order: found once per story, not once per quote."""
        found: dict[str, list[tuple[int, str]]] = {}
        for s in self.spans:
            if s.type != "PER":
                continue
            i, j = bisect.bisect_left(self.starts, s.start), bisect.bisect_left(self.starts, s.end)
            if j - i > 1 and self.words[j - 1].end == s.end:
                found.setdefault(self.words[j - 1].norm, []).append((s.start, s.id))
        return found

    @functools.cached_property
    def stopping_starts(self) -> list[int]:
        """Offsets of the speech verbs that end the clause of an earlier one (kinds in STOPPING)."""
        return [h.start for h in self.hits if h.kind in STOPPING and (h.kind != "relay" or self._relays(h))]

    def _relays(self, hit: _Hit) -> bool:
        """نقل with عن where its subject stands (within `QuoteWindows.subject` words: نقلت الوكالة عن
        بيسكوف، نقلاً عنه): a relay of speech; without it (وذكر أنه نقل دعوة من بوتين) the verb conveys a
        thing and does not end the reported clause."""
        near = self.words_in(hit.end, min(len(self.text), hit.end + 200))[: self.w.subject]
        return any(_ABOUT.match(conjunction_readings(w.norm)[-1]) for w in near)

    @functools.cached_property
    def quote_starts(self) -> list[int]:
        return [qs for qs, _ in self.quoted]

    def is_object(self, span: _Span) -> bool:
        """The mention follows a preposition (مع بوتين، لبوتين): not the subject of a verb."""
        head = self.title_head(span)
        if head is not None:  # مع المتحدث باسم الكرملين دميتري بيسكوف: the title's place decides
            return self.is_object(head)
        if (span.start and self.text[span.start - 1] in _GLUED) or self.text.startswith("لل", span.start):
            return True  # لبوتين، للرئيس الأميركي
        if span.start in self.glued:
            return True  # أكد لأردوغان
        i = bisect.bisect_left(self.starts, span.start)
        lead = self.words[max(0, i - self.w.object_lead) : i]
        for w in reversed(lead):  # مع الدكتور مدبولي، مع نظيره اللبناني سلام
            if w.norm in self.lex.words.prepositions:
                return True
            title = _span_at(self, w.start)
            if title and title.type != "LOC" and title.end <= span.start:  # للرئيس الأميركي دونالد ترامب
                return self.is_object(title)
            if w.norm not in self.lex.honorifics and not title:
                return False
        return False

    def title_head(self, span: _Span) -> _Span | None:
        """The head of the title a name completes when a body or place stands in that title (المتحدث باسم
        الكرملين دميتري بيسكوف، الأمين العام للأمم المتحدة، أنطونيو غوتيريش، وزير خارجية روسيا سيرغي
        لافروف): the name is the title's holder, a subject or an object where the title is. Walks back
        over at most `QuoteWindows.title` words to the leftmost role word, through bodies, places,
        adjectives and باسم/لدى; a speech verb, another preposition, a person or a stop ends the title,
        and a comma only right before the name (apposition). None unless a body or place is passed; a
        body glued to the ل of its title (الأمين العام للأمم المتحدة) is in it, a glued person (لبوتين) or
        news medium (قائد قوات محلية لرويترز) is an addressee."""
        if span.id in self.media and span.start and self.text[span.start - 1] == "ل":
            return None  # وقال قائد قوات محلية لرويترز: the medium spoken to, in no title
        i = bisect.bisect_right(self.ends, span.start)  # the word the name starts in
        head, body = None, span.type != "PER" and i < len(self.words) and self.words[i].start < span.start
        for k in range(i - 1, max(-1, i - 1 - self.w.title), -1):
            w = self.words[k]
            after = self.words[k + 1].start if k + 1 < i else span.start
            if _broken(self.text, w.end, after) and (
                k + 1 < i or self.text[w.end : after].strip() not in "،,"
            ):
                break
            # المبعوث الأممي إلى اليمن فلان: إلى/في before a place named right after it is in the title
            place = (
                w.norm in self.lex.words.place_links
                and k + 1 < i
                and _in_span(self, self.words[k + 1].start, "LOC")
            )
            if self.hit_at(w.start) or (
                w.norm in self.lex.words.prepositions
                and w.norm not in self.lex.words.title_links
                and not place
            ):
                break
            within = _span_at(self, w.start)
            if within is not None and within.type == "PER":
                break
            body = body or within is not None or w.norm in self.lex.words.title_links
            if (
                self.lex.words.bare(w.norm) in self.lex.words.role_heads
                or w.norm in self.lex.words.role_words
            ):
                head = w
        if head is None or not body:
            return None
        return _Span(head.start, head.end, span.id, span.type)

    def candidates(self, start: int, end: int) -> list[_Span]:
        first = bisect.bisect_left(self.span_starts, start)
        last = bisect.bisect_right(self.span_starts, end, lo=first)  # a span inside starts by `end`
        return [
            s
            for s in self.spans[first:last]
            if s.end <= end
            and not self.inside_quote(s.start)
            and not self.is_object(s)
            and not self.titled_genitive(s)
        ]

    def titled_genitive(self, span: _Span) -> bool:
        """A person completing an indefinite title in construct (قال ولايتي مستشار خامنئي، مبعوث ترامب):
        the title's holder is someone else, never the person in its genitive."""
        i = bisect.bisect_left(self.starts, span.start)
        if span.type != "PER" or not i:
            return False
        w = self.words[i - 1]
        return (
            self.lex.words.bare(w.norm) == w.norm
            and w.norm in self.lex.words.role_heads
            and w.norm not in self.lex.words.body_heads
            and not _broken(self.text, w.end, span.start)
            and _span_at(self, w.start) is None
        )

    def covered(self, start: int, end: int) -> bool:
        """Whether one span holds all of start…end (only spans starting at most `longest_span` before)."""
        i = bisect.bisect_right(self.span_starts, start)
        j = bisect.bisect_left(self.span_starts, start - self.longest_span, hi=i)
        return any(end <= s.end for s in self.spans[j:i])


def _following(words: list[_Word], k: int, inserted: frozenset[str]) -> str:
    """The folded word after word k, over an inserted adverb (وجاء أيضاً في البيان: في completes جاء)."""
    n = k + 1
    while n < len(words) and words[n].norm in inserted:
        n += 1
    return words[n].norm if n < len(words) else ""


def _bare(norm: str, role_heads: frozenset[str]) -> str:
    """A folded word without a glued و/ف or the article: والوزير → وزير, الخارجيه → خارجيه (a role head
    keeps its و/ف reading off even without the article). Called through `QuoteWords.bare`."""
    readings = conjunction_readings(norm)  # (`rasd.lang.clitics`) the word, then without its و/ف
    rest = readings[-1]
    if len(readings) > 1 and (rest.startswith("ال") or rest in role_heads) and norm not in role_heads:
        norm = rest
    return without_article(norm)


def _after_credit(text: str, pos: int) -> bool:
    """A word right after a dash on its line (سبق- متابعة:، الرياض – متابعات): a byline or dateline
    credit, not a participle of speech, which follows a clause of its own (وأكد …، متابعاً: …)."""
    lead = text[text.rfind("\n", 0, pos) + 1 : pos].rstrip()
    return lead.endswith(("-", "–", "—"))


def _broken(text: str, start: int, end: int) -> bool:
    """Punctuation or a line break between two words: a role and a name across it do not go together."""
    return any(ch in ",،.:;؛()\n" or ch in MARKS for ch in text[start:end])


def _role_key(story: _Story, i: int, size: int | None = None) -> tuple[tuple[str, ...], int]:
    """The role that starts at word i (its head and the words after, باسم skipped, up to `size` words, up
    to a name) and its last word's index."""
    size = size or story.w.role_key
    key, j, last = [story.lex.words.bare(story.words[i].norm)], i + 1, i
    while len(key) < size and j < len(story.words):
        w = story.words[j]
        if _broken(story.text, story.words[j - 1].end, w.start) or story.hit_at(w.start):
            break
        if _in_span(story, w.start, "PER") or _in_span(story, w.start, "ORG"):
            break
        if w.norm != "باسم":
            if (
                w.norm in story.lex.words.prepositions
                or _COMPLEMENTIZER.match(w.norm)
                or w.norm in story.lex.honorifics
            ):
                break
            construct = not story.words[j - 1].norm.startswith("ال")  # وزير خارجية …، رئيس مجلس …
            if not (construct or w.norm.startswith("ال") or _in_span(story, w.start, "LOC")):
                break  # وزير الخارجية تحيات …: the title ended
            key.append(story.lex.words.bare(w.norm))
        last, j = j, j + 1
    return tuple(key), last


def _role_bindings(story: _Story) -> list[tuple[int, _Span, tuple[str, ...]]]:
    """(offset, entity, role words) for every role the story ties to an entity: in a mention's own words
    (وزير الخارجية الإيراني), right before a person's name (العاهل الأردني عبد الله الثاني) or just after
    it (فيصل بن فرحان، وزير الخارجية)."""
    found = []
    for span in story.spans:
        i = bisect.bisect_right(story.ends, span.start)  # the first word that ends inside the mention
        j = bisect.bisect_left(story.starts, span.end)  # the first word after it
        inner = tuple(story.lex.words.bare(w.norm) for w in story.words[i:j])
        heads = [k for k, w in enumerate(inner) if w in story.lex.words.role_heads]
        if heads:
            found.append((span.start, span, inner[heads[0] :]))
        if span.type != "PER":
            continue
        named = next(
            (n for n in range(i, j) if story.words[n].norm not in story.lex.honorifics), i
        )  # الدكتور شوقي
        first = _lineage_start(story, i)  # عادل بن أحمد [الجبير]: the name starts before the mention
        for k in range(first - 1, max(-1, first - 1 - story.w.role_context), -1):  # a title just before it
            gap = story.text[story.words[k].end : story.words[k + 1].start if k + 1 < i else span.start]
            if _broken(story.text, story.words[k].end, story.words[k].end + len(gap)) and not (
                k + 1 == first and gap.strip() in ("،", ",")  # مفتي مصر، الدكتور شوقي علام: apposition
            ):
                break
            if _in_span(story, story.words[k].start, "PER"):
                break  # a title that is a mention of its own (وزير الخارجية اليمني) is bound as one
            if story.lex.words.bare(story.words[k].norm) in story.lex.words.role_heads:
                key, last = _role_key(story, k, story.w.role_context)
                nxt = last + 1
                while nxt < first and story.words[nxt].norm in story.lex.honorifics:  # الأستاذ عادل بن …
                    nxt += 1
                nxt = nxt if first < i and nxt == first else _next_name(story, last)
                if nxt in (i, named, first) and not _on_behalf(story, i):
                    found.append((story.words[k].start, span, key))
        k = j  # a title just after the name, maybe after a comma or the rest of a long name (بن عبدالله)
        if k + 1 < len(story.words) and story.words[k].norm in ("بن", "ابن", "ال"):
            k += 2
        if k >= len(story.words) or story.hit_at(story.words[k].start):
            continue
        gap = story.text[story.words[k - 1].end if k > j else span.end : story.words[k].start]
        norm = story.words[k].norm
        # ووليّ عهده: another person
        coordinated = len(conjunction_readings(norm)) > 1 and norm not in story.lex.words.role_heads
        if (
            gap.strip() in ("", "،", ",")
            and "\n" not in gap
            and story.lex.words.bare(norm) in story.lex.words.role_heads
            and not coordinated
        ):
            key, last = _role_key(story, k, story.w.role_context)
            principal = _next_name(story, last)
            if principal is None or _on_behalf(story, principal):  # بيسكوف، المتحدث باسم بوتين
                found.append((span.start, span, key))
                story.titles.add(story.words[k].start)  # an apposition, not a mention of its own
    return found


def _lineage_start(story: _Story, i: int) -> int:
    """The first word of a name whose mention starts at word i while its lineage runs before it: given
    names joined by بن/ابن/بنت (عادل بن أحمد [الجبير]، محمد بن سلمان بن [عبدالعزيز]) when the linker
    marked only the last words. i itself when the word before the mention is not the end of such a chain."""
    start, k = i, i - 1
    while (
        k >= 2
        and story.words[k - 1].norm in _LINEAGE
        and not any(_in_span(story, story.words[n].start) for n in (k - 2, k))
        and not _broken(story.text, story.words[k - 2].end, story.words[k].start)
        and not _broken(story.text, story.words[k].end, story.words[start].start)
    ):
        start, k = k - 2, k - 2
    return start


_LINEAGE = frozenset(("بن", "ابن", "بنت"))  # folded: the links of a name's lineage


def _on_behalf(story: _Story, i: int) -> bool:
    """Word i, a name, follows باسم (المتحدث باسم بوتين): the title is its holder's, not the name's."""
    return i > 0 and story.words[i - 1].norm == "باسم"


def _span_at(story: _Story, pos: int) -> _Span | None:
    i = bisect.bisect_right(story.span_starts, pos) - 1
    return next((s for s in story.spans[max(0, i - 3) : i + 1][::-1] if s.start <= pos < s.end), None)


def _in_span(story: _Story, pos: int, kind: str | None = None) -> bool:
    i = bisect.bisect_right(story.span_starts, pos) - 1
    return any(s.start <= pos < s.end and kind in (None, s.type) for s in story.spans[max(0, i - 3) : i + 1])


def _next_name(story: _Story, last: int) -> int | None:
    """The index of the first word of a person's name right after word `last` (honorifics and the body or
    country of the title skipped: المتحدث باسم الخارجية الإيرانية ناصر كنعاني)."""
    k = last + 1
    while k < len(story.words) and (
        story.words[k].norm in story.lex.honorifics
        or (not _in_span(story, story.words[k].start, "PER") and _in_span(story, story.words[k].start))
    ):
        k += 1
    return k if k < len(story.words) and _in_span(story, story.words[k].start, "PER") else None


def _role_spans(story: _Story) -> list[_Span]:
    """A role with no name (وأكد وزير الخارجية، وأوضحت الوزارة) as a mention of the entity the story
    last tied that role to; roles that title a name or sit inside a mention are left alone."""
    role_words = story.lex.words.role_words
    heads = [i for i, norm in enumerate([w.norm for w in story.words]) if norm in role_words]
    if not heads:
        return []
    story.span_starts = [s.start for s in story.spans]
    bindings = _Bindings(_role_bindings(story), story.w.role_key)
    if not bindings.exact:
        return []
    found: list[_Span] = []
    done = 0  # words up to here belong to a title already read
    for i in heads:
        w = story.words[i]
        bare = story.lex.words.bare(w.norm)
        if i < done or w.start in story.titles or _in_span(story, w.start) or story.inside_quote(w.start):
            continue
        key, last = _role_key(story, i)
        if _next_name(story, last) is None:
            body = bare in story.lex.words.body_heads
            entity = bindings.bound(key, w.start, body) or (
                bindings.bound(key[:1], w.start, body)
                if len(key) > 1 and w.norm != bare and not key[1].endswith(("ي", "يه"))
                else None
            )
            if entity:
                found.append(_Span(w.start, story.words[last].end, entity.id, entity.type))
        done = last + 1
    return found


_DEFINITE = frozenset(("ال", "وال", "فال"))  # the article, alone or after و/ف: a subject, not an object


def _anaphor_spans(story: _Story) -> list[_Span]:
    """A definite noun (وقالت الحركة، وأوضح المجلس) as a mention of the body the story last named with
    that noun, indefinite, at its head (حركة حماس، لمجلس التعاون): Arabic refers back to a named body
    by its head noun with the article. Not when an adjective or noun with the article follows (الحزب
    الحاكم is another party), nor inside a mention or a quote."""
    heads: dict[str, list[_Span]] = {}
    for s in story.spans:
        i = bisect.bisect_right(story.ends, s.start)  # the word the mention starts in (لحركة حماس)
        if s.type != "ORG" or i + 1 >= len(story.words) or story.words[i + 1].end > s.end:
            continue
        reading = split_word(story.words[i].norm)
        if not reading.has_article and len(reading.stem) > 2:
            heads.setdefault(reading.stem, []).append(s)
    found: list[_Span] = []
    for k, w in enumerate(story.words):
        reading = split_word(w.norm) if w.norm.startswith(("ال", "وال", "فال")) else None
        if reading is None or reading.proclitics not in _DEFINITE or reading.stem not in heads:
            continue
        named = heads[reading.stem]  # in text order, and mentions do not overlap
        before = bisect.bisect_right(named, w.start, key=lambda s: s.end)
        nxt = story.words[k + 1] if k + 1 < len(story.words) else None
        modified = nxt is not None and nxt.norm.startswith("ال") and not _broken(story.text, w.end, nxt.start)
        if not before or modified or _in_span(story, w.start) or story.inside_quote(w.start):
            continue
        found.append(_Span(w.start, w.end, named[before - 1].id, "ORG"))
    return found


class _Bindings:
    """The story's role bindings indexed by role key, so that a role is resolved by bisection: the key
    itself (exact) and every ordered pair and single word of the title (held)."""

    def __init__(self, bindings: list[tuple[int, _Span, tuple[str, ...]]], key_words: int) -> None:
        exact: dict[tuple[str, ...], list[tuple[int, _Span]]] = {}
        held: dict[tuple[str, ...], list[tuple[int, _Span]]] = {}
        for at, span, words in bindings:
            exact.setdefault(words, []).append((at, span))
            keys = {c for n in range(1, key_words + 1) for c in itertools.combinations(words, n)}
            for key in keys:
                held.setdefault(key, []).append((at, span))
        self.exact = {k: sorted(v, key=lambda b: b[0]) for k, v in exact.items()}
        self.held = {k: sorted(v, key=lambda b: b[0]) for k, v in held.items()}

    def bound(self, key: tuple[str, ...], pos: int, body: bool = False) -> _Span | None:
        """The entity most recently tied to exactly this role before `pos`, else to a longer title that
        holds it (a bare وزير الخارجية is the story's own minister before وزير خارجية سلطنة عمان). With
        `body` (a role whose head names an institution: الخارجية، الوزارة، الرئاسة), never a person: the
        ministry is not its minister."""
        for table in (self.exact, self.held):
            found = [b for b in table.get(key, []) if not (body and b[1].type == "PER")]
            i = bisect.bisect_left(found, pos, key=lambda b: b[0])
            if i:
                return found[i - 1][1]
        return None


def _quote_spans(text: str, max_chars: int, nested_words: int) -> list[tuple[int, int]]:
    """The inner spans of quotation marks, paired within each paragraph (mixed styles allowed); a name
    of `nested_words` words at most may be quoted inside a straight quote (`_nested_name`)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for para in text.split("\n"):
        marks = [offset + i for i, ch in enumerate(para) if ch in MARKS]
        end = offset + len(para)
        k = 0
        while k < len(marks):
            opener = text[marks[k]]
            reversed_open = opener == "»" and _reversed_opener(text, marks[k])
            if (opener == "»" and not reversed_open) or _glued_closer(text, marks[k]):  # a stray closer
                k += 1
                continue
            closers = _REVERSED_CLOSERS if reversed_open else CLOSERS.get(opener, '"“”»‟')
            j = next((j for j in range(k + 1, len(marks)) if text[marks[j]] in closers), None)
            if j is not None and not reversed_open and _nested_name(text, marks, k, j, closers, nested_words):
                j += 2  # "… برنامجها الطبي "زينة الحياة الدنيا" الهادف …": a name quoted inside the quote
            if j is None and not _WORD.search(text, marks[k] + 1, end):
                break  # …في اليمن".: a stray closer of a quote opened in an earlier paragraph
            if j is None:  # unbalanced: runs to the end of the paragraph
                spans.append((marks[k] + 1, min(end, marks[k] + 1 + max_chars)))
                break
            spans.append((marks[k] + 1, marks[j]))
            # …الإسلامية، مشيرا إلى أنه "لا يوجد…": the opener was left unclosed and this mark opens
            reopens = _opens(text, marks[j]) and text[marks[j]] != "»"
            k = j if reopens else j + 1
        offset = end + 1
    return spans


def _spoken_to(text: str, start: int, end: int, words_at_most: int) -> bool:
    """The quotation-marked span start…end follows a lone ل (قال لـ«عكاظ»، صرح لـ "سبق") and is a short
    name (`QuoteWindows.addressee` words at most): the outlet the speaker talked to, not his words."""
    before = text[max(0, start - 6) : start - 1].rstrip()
    words = _WORD.findall(before)
    glued = bool(words) and before.endswith(words[-1]) and fold(words[-1]) == "ل"
    return glued and 0 < len(_WORD.findall(text[start:end])) <= words_at_most


_SENTENCE_STOP = re.compile(r"[.!?؟]\s")  # a sentence ends inside a quote


def _nested_name(text: str, marks: list[int], k: int, j: int, closers: str, words_at_most: int) -> bool:
    """The mark `j` that would close the quote opened at `k` opens a short name inside it instead: it
    stands after a space and before a letter (an opener's shape, not after a colon or إن) in the quote's
    first sentence, the next mark closes that name (glued to its last word, no colon after it: وقال
    "الشقيق": is a speaker), and one more closer follows in the paragraph to close the quote itself. Only
    marks that both open and close (straight quotes) are ambiguous so; «» are not."""
    if j + 2 >= len(marks) or text[marks[j + 2]] not in closers:
        return False
    at, inner_end = marks[j], marks[j + 1]
    opener_shape = text[at - 1 : at].isspace() and text[at + 1 : at + 2].isalpha() and not _opens(text, at)
    closes_name = text[inner_end - 1 : inner_end].isalnum() and text[inner_end] == text[at] == '"'
    labels = text[inner_end + 1 : inner_end + 3].lstrip().startswith(":")
    one_sentence = not _SENTENCE_STOP.search(text, marks[k] + 1, at)
    short = len(_WORD.findall(text, at + 1, inner_end)) <= words_at_most
    return opener_shape and closes_name and not labels and one_sentence and short


def _glued_closer(text: str, pos: int) -> bool:
    """A mark glued to the word or number before it and followed by a stop or comma, spaces allowed
    between (… واستقرارها". وقال، … 2022” ، إعلان) closes a quote: no quote opens on a punctuation mark,
    so it is a stray closer, not an opener."""
    before = text[pos - 1 : pos]
    line_end = text.find("\n", pos + 1)
    after = text[pos + 1 : len(text) if line_end < 0 else line_end].lstrip(" \u00a0")[:1]
    return before.isalnum() and before != "ـ" and after in _STOPS_AFTER_CLOSER and after != ""


def _reversed_opener(text: str, pos: int) -> bool:
    """A » that opens (قال:»نطالب …«، لـ»المدينة»): some outlets print the guillemets reversed. It opens
    when a word starts right after it (after a colon, spaces too) and no word ends right before it, but
    a glued one-letter clitic (و»مواقع، بـ»الحازم»); a » glued to the word before it closes."""
    glued = text[pos + 1 : pos + 2].isalpha()
    spaced = _opens(text, pos) and text[pos + 1 : pos + 3].strip()[:1].isalpha()
    if not glued and not spaced:
        return False
    before = text[:pos].rstrip("ـ")
    if not before or not before[-1].isalpha():
        return True
    return before[-1] in _CLITIC_LETTERS and (len(before) == 1 or not before[-2].isalpha())


def _opens(text: str, pos: int) -> bool:
    """The mark at `pos` follows a colon or إن/أن (قال: "…"، أنه "…"): it opens a quote, never closes one."""
    lead = text[max(0, pos - 12) : pos].rstrip()
    if lead.endswith(":"):
        return True
    last = _WORD.findall(lead)[-1:]
    return bool(last) and lead.endswith(last[0]) and bool(_COMPLEMENTIZER.match(fold(last[0])))


def _frame_stop(story: _Story, hit: _Hit, limit: int) -> tuple[int, str]:
    """Where a verb's subject ends and what follows: (offset, "colon" | "that" | "quote" | "none")."""
    k = bisect.bisect_right(story.stopping_starts, hit.start)  # the next stopping verb, if any
    if k < len(story.stopping_starts):
        limit = min(limit, story.stopping_starts[k])
    words = story.words_in(hit.end, limit)[: story.w.subject]
    pos = hit.end
    prev = ""
    for w in [*words, None]:
        gap_end = w.start if w else min(limit, pos + 3)
        gap = story.text[pos:gap_end]
        for i, ch in enumerate(gap):
            if ch == ":":
                return pos + i, "colon"
            if ch in MARKS and pos + i not in story.name_marks:  # وأوضح "الإليزيه" أن …: a name
                return pos + i, "quote"
        if w is None:
            break
        # والتي لا يملك المرء إلا أن …، وقال بعد أن التقاه إن …: a conjunction, not the frame's أن
        if _COMPLEMENTIZER.match(w.norm) and prev not in story.lex.words.not_that:
            return w.start, "that"
        pos, prev = w.end, w.norm
    return pos, "none"


def _titled_name(story: _Story, head: _Word, after: list[_Span]) -> bool:
    """A person named in the title an unnamed-source word heads (وقال مسؤول الملف النووي علي باقري، وقال
    متحدث باسم الخارجية ناصر كنعاني): no preposition but باسم/لدى nor punctuation between (مسؤول كبير في
    إدارة الرئيس أوباما is still unnamed)."""
    return any(
        s.type == "PER"
        and not _broken(story.text, head.end, s.start)
        and not any(
            w.norm in story.lex.words.prepositions and w.norm not in story.lex.words.title_links
            for w in story.words_in(head.end, s.start)
        )
        for s in after
    )


def _pick(cands: list[_Span], nearest_last: bool) -> str | None:
    """PER before ORG; the mention nearest the verb."""
    for kind in SPEAKER_TYPES:
        typed = [s for s in cands if s.type == kind]
        if typed:
            return (typed[-1] if nearest_last else typed[0]).id
    return None


def _speaker(story: _Story, f: _Found, last: str | None) -> str | None:
    hit = f.hit
    start = hit.end
    if hit.kind == "relay":  # نقلت وكالة تاس عن بيسكوف: the speaker follows عن
        about = next((w for w in story.words_in(hit.end, f.frame_end) if w.norm == "عن"), None)
        start = about.end if about else start
    if hit.kind == "issued":  # وجاء في بيان صدر عن البحرين أن …: the issuer, after a preposition or not
        # (before its أن: وجاء في البيان أن السوداني "…" names the one the statement speaks of)
        clause = next(
            (w.start for w in story.words_in(hit.end, f.frame_end) if _COMPLEMENTIZER.match(w.norm)), None
        )
        bound = f.frame_end if clause is None else clause
        issuer = [s for s in story.spans if hit.end <= s.start and s.end <= bound]
        issuer = [s for s in issuer if not story.inside_quote(s.start)][:1]
        if issuer:
            return issuer[0].id
    aux = _auxiliary_subject(story, f, hit)
    if aux is not None:
        return aux or None
    participle = _is_participle(story.words_in(hit.start, hit.end)[0].norm, story.lex)  # نفى مصدر …، مؤكداً
    # a circumstantial verb (واصفاً الموقف …) has its subject before it: what follows is its object,
    # unless a name stands right after it (مؤكداً المقداد أن …)
    frame = story.words_in(hit.end, f.frame_end)
    that = next((w.start for w in frame if _COMPLEMENTIZER.match(w.norm)), f.frame_end)
    after = story.candidates(start, that)  # وذكر أنه نقل دعوة من بوتين …: the subject is not in the clause
    if participle and hit.kind in ("verb", "marked"):  # مضيفاً: إيران ستزيد …: the quote's words, no name
        first = story.words_in(hit.end, f.frame_end)[:1]
        right_after = bool(first) and not _broken(story.text, hit.end, first[0].start)
        # داعياً طهران إلى "…"، مطالباً الحكومة بـ"…": a name after a participle of a verb that frames only
        # quotation marks (kind "marked": دعا، طالب، وصف) is the one called on or described, never its subject
        after = [s for s in after if right_after and s.start == first[0].start and hit.kind != "marked"]
    if start > hit.end or hit.kind == "source":  # عن بيسكوف، وفقاً لبيسكوف: the next mention speaks
        after = _phrase_head(story, [s for s in story.spans if start <= s.start and s.end <= that]) + after
    first_word = story.words_in(hit.end, f.frame_end)[:1]
    two = story.words_in(hit.end, f.frame_end)[:2]
    definite = bool(two) and two[0].norm.startswith(("ال", "وال"))
    if (
        hit.kind in ("verb", "marked")
        and definite
        and tuple(story.lex.words.bare(w.norm) for w in two) in story.lex.joint
    ):
        return NOBODY  # وأكد البيان الختامي أن …: all the parties, no one speaker
    if hit.kind in ("verb", "marked") and first_word and first_word[0].norm in story.lex.statements:
        # وذكر بلاغ للديوان الملكي صادر عقب زيارة ماكرون أن …: its issuer, or nobody we know
        return _statement_issuer(story, start, that) or NOBODY
    if (
        hit.kind in ("verb", "marked")
        and first_word
        and story.lex.words.bare(first_word[0].norm) in story.lex.statements
    ):
        # وأضاف البيان الصادر عن الكرملين أن …: the statement told before, by the issuer it names; وقال
        # البيان إن … naming none: the issuer of the statement the story named last (وفق بيان للأمم المتحدة)
        issuer = _statement_issuer(story, start, that)
        if issuer is None and first_word[0].norm.startswith(("ال", "وال")):
            issuer = _earlier_issuer(story, first_word[0].start)
        if issuer:
            return issuer
    honored = (
        _honored(story, first_word[0], hit.start) if first_word and hit.kind in ("verb", "marked") else None
    )
    if honored:
        return honored  # صاحب السمو الأمير سعود بن نايف … وأكد سموه: the person the story gave that honorific
    named = bool(first_word) and _in_span(story, first_word[0].start)  # وكالة الأناضول is named
    speaks = hit.kind in ("verb", "marked", "source") and not named and not f.after
    if (
        speaks
        and _unnamed_subject(story, start, f.frame_end)
        and not _titled_name(story, first_word[0], after)
    ):
        return NOBODY  # وقال مسؤولو الخارجية …، وبحسب مصدر، فإن …: an unnamed source
    if hit.kind == "relay" and start > hit.end:
        # نقلت الوكالة عن مصدر مسؤول في الخارجية العمانية: the body says where the source works, not
        # who speaks (docs/labelling.md "Who speaks"), unless a name follows the title
        source = story.words_in(start, f.frame_end)[:1]
        if (
            source
            and not _in_span(story, source[0].start)
            and _unnamed_subject(story, start, f.frame_end)
            and not _titled_name(story, source[0], after)
        ):
            return NOBODY
    adjacent_loc = [s for s in after if s.type == "LOC" and first_word and s.start == first_word[0].start]
    found = (adjacent_loc[0].id if adjacent_loc else None) or _pick(after, nearest_last=False)
    own_verb = not adjacent_loc and not participle and not f.after and hit.kind in ("verb", "marked")
    if found and own_verb and _object_after_subject(story, first_word, after):
        return None  # ودعت السلطات المحلية الأمم المتحدة إلى …: the body named is the object
    if found or hit.kind == "source":
        return found
    if hit.kind == "relay" and start > hit.end:
        return NOBODY  # نقلاً عن ثلاثة مصادر: an unnamed source, never the one relaying it
    if not f.after and _unnamed_subject(story, start, f.frame_end):
        return NOBODY  # "وقالت مصادر محلية إن …": someone spoke, and it is no entity
    own = hit.kind in ("verb", "marked")  # also after the quote: «…»، قال الجروان
    surname = _surname_subject(story, hit, f.frame_end) if own else None
    if surname is not None:
        return surname  # أحمد بن محمد الجروان … وأكد الجروان: the person, by the last word of the name
    # "وأكدت وزارة الخارجية أن …" with no such entity: not the last speaker either. The words after a
    # participle are its object (داعياً طهران إلى "…"): its subject is that of its sentence's verb
    if not f.after and hit.kind in ("verb", "marked"):
        if participle and _unknown_opening_subject(story, f):
            return None  # وأضاف المواطن …، قائلاً: "…"
        if not participle and _unknown_subject(story, hit, f.frame_end):
            return None
    found = _continued(story, f, last, participle)
    if (
        found
        and hit.kind in ("verb", "marked")
        and _plural_verb(story, hit)
        and not _plural_named(story, found)
    ):
        return NOBODY  # ناشد مواطنون الحكومة …، وأكدوا أن …: a group, never one body or person named before
    return found


def _continued(story: _Story, f: _Found, last: str | None, participle: bool) -> str | None:
    """The speaker of a verb with no subject of its own: a subject before it in the sentence, else the
    one it continues. A body in a genitive (بتدخل الحكومة، دعوة الحكومة) is no subject."""
    hit = f.hit
    floor = f.sentence_start
    for w in story.words_in(floor, hit.start):  # reported speech before the verb holds no subject
        if _COMPLEMENTIZER.match(w.norm) and any(floor <= h.start < w.start for h in story.hits):
            floor = w.end
    before = [s for s in story.candidates(floor, hit.start) if not _genitive(story, s)]
    if f.after:
        before = [s for s in before if s.start >= f.end]
    if _fronted_topic(story, floor, hit.start):
        before = []  # وعن الخيارات أمام اتحاد الكرة، أجاب: the topic asked about, not who answers
    # وذكر أنه …، واصفاً …، and وأضاف البنيان أن …، وقال «…»: a participle, or a verb with و after a comma,
    # goes on with the speaker of the sentence's reported speech, not a name inside that speech
    joined = story.text[hit.start] in "وف" and _after_comma(story, hit.start)
    if joined and floor > f.sentence_start:  # أكدت شيرمان أن أوباما …، وأكد له: not her verb, his
        opener = story.hits[bisect.bisect_left(story.hit_starts, floor) - 1]
        joined = _feminine(story, opener) == _feminine(story, hit)
    if (participle or joined) and floor > f.sentence_start:
        # وقال ياسين إنه نقل شكر اليمن …، مضيفاً: the subject of the verb that opened the reported speech,
        # else the last speaker; never a name inside the reported clause
        subject = _reporting_subject(story, f.sentence_start, floor)
        return subject if subject is not None else last
    coordinated = (
        story.text[hit.start] in "وف" and hit.kind != "relay"
    ) or participle  # the sentence's subject
    opens = f.sentence_start if participle else floor  # نفى مصدر أن يكون …، مؤكداً: the sentence's subject
    unnamed = None if f.after else _unnamed_opens(story, opens, hit.start, 2 if participle else 1)
    picked = [s for s in before if unnamed is None or s.start < unnamed]
    # ورفضت أنقرة لعب دور … وقالت إن …: a joined verb's subject is the one right after the sentence's
    # opening verb, a body or a state too, before any person named later in the sentence
    joined_verb = story.text[hit.start] in "وف" and hit.kind != "relay" and not participle
    plain = joined_verb and floor == f.sentence_start  # no reported speech before it in the sentence
    opening = _state_subject(story, f.sentence_start, hit.start, any_type=True) if plain else None
    found = (opening if unnamed is None and not f.after else None) or _pick(
        picked, nearest_last=not coordinated
    )
    if found:
        return found
    if unnamed is not None:
        return NOBODY  # "لكن مسؤولاً أمريكياً، تحدث للصحيفة، قال: …"
    return last if last is not None else _previous_subject(story, f.sentence_start)


def _fronted_topic(story: _Story, start: int, verb: int) -> bool:
    """The words from `start` to the verb are a fronted prepositional phrase closed by a comma (وعن
    العلاقات مع روسيا، قال …؛ وفي سؤال عن الاتحاد، أجاب …): the topic, which holds no subject. One
    comma-free phrase with no attribution word nor أن in it, else a clause with its own subject."""
    lead = story.words_in(start, verb)
    if not lead or story.text[lead[-1].end : verb].strip() not in ("،", ","):
        return False
    inner = story.text[lead[0].start : lead[-1].end]
    i, j = bisect.bisect_left(story.hit_starts, start), bisect.bisect_left(story.hit_starts, verb)
    return (
        lead[0].norm in story.lex.words.topic_openers
        and "،" not in inner  # وفي هذا السياق، دان الزياني …، مؤكداً: the topic ended at its comma
        and "," not in inner
        and i == j  # no attribution word inside
        and not any(_COMPLEMENTIZER.match(w.norm) for w in lead)  # حول … يشدد فلان على أن …، ويضيف
    )


def _unknown_opening_subject(story: _Story, f: _Found) -> bool:
    """The first speech verb of a participle's sentence has a subject of its own that names no entity
    (وأضاف المواطن …، قائلاً): the participle shares that subject, so it speaks for no one we know."""
    i = bisect.bisect_left(story.hit_starts, f.sentence_start)
    j = bisect.bisect_left(story.hit_starts, f.hit.start, lo=i)  # the sentence's verbs only: linear
    before = next((h for h in story.hits[i:j] if h.kind in ("verb", "marked")), None)
    if before is None:
        return False
    frame = story.words_in(before.end, f.hit.start)
    that = next((w.start for w in frame if _COMPLEMENTIZER.match(w.norm)), f.hit.start)
    if story.candidates(before.end, that):  # وقال المتحدث باسم الوزارة فلان …، مضيفاً: a name speaks
        return False
    return _unknown_subject(story, before, that)


def _reporting_subject(story: _Story, start: int, floor: int) -> str | None:
    """The subject of the speech verb whose reported speech (its أن/إن) opens the sentence part from
    `start` to `floor`: named right after the verb up to its أن/إن, else before the verb; NOBODY for an
    unnamed source; None when it names no one."""
    words = story.words_in(start, floor)
    for w in words:
        if not _COMPLEMENTIZER.match(w.norm):
            continue
        i, j = bisect.bisect_left(story.hit_starts, start), bisect.bisect_left(story.hit_starts, w.start)
        verbs = [h for h in story.hits[i:j] if h.kind in ("verb", "marked")]
        if not verbs:
            continue
        hit = verbs[-1]
        after = [s for s in story.candidates(hit.end, w.start) if not _genitive(story, s)]
        if not after and _unnamed_subject(story, hit.end, w.start):
            return NOBODY
        first = story.words_in(hit.end, w.start)[:1]
        state = [s for s in after if s.type == "LOC" and first and s.start == first[0].start]  # وقالت روسيا
        before = [s for s in story.candidates(start, hit.start) if not _genitive(story, s)]
        return (state[0].id if state else None) or _pick(after, nearest_last=False) or _pick(before, True)
    return None


def _plural_verb(story: _Story, hit: _Hit) -> bool:
    """A speech verb with the masculine plural ending (وأكدوا، قالوا، وأشاروا): its subject is a group."""
    norm = conjunction_readings(fold(story.text[hit.start : hit.end]))[-1]
    return norm.endswith("وا") and (norm in story.lex.forms or norm[:-2] in story.lex.forms)


def _plural_named(story: _Story, entity: str) -> bool:
    """Some mention of the entity is plural (الحوثيون، مقاتلو طالبان): it can be a plural verb's subject;
    a body named in the singular (الحكومة اليمنية) cannot."""
    return any(s.id == entity and _plural_at(story, s) for s in story.spans)


def _plural_at(story: _Story, span: _Span) -> bool:
    """The mention is a plural noun (الحوثيون) or completes one in construct (مقاتلو طالبان)."""
    if fold(story.text[span.start : span.end]).endswith(("ون", "يين")):
        return True
    i = bisect.bisect_left(story.starts, span.start)
    before = story.words[i - 1].norm if i else ""
    return len(before) > 3 and before.endswith(("و", "ون", "يين")) and before[:2] != "اب"


def _genitive(story: _Story, span: _Span) -> bool:
    """The body or place completes the noun right before it (دعوة الحكومة، بتدخل الحكومة): a genitive, no
    subject. That noun carries a glued preposition (ب، ل، ك), or ends in ة before a definite name; a title
    (رئيس الحكومة) is the title's holder, a speech verb is no noun, and a person is left alone."""
    i = bisect.bisect_left(story.starts, span.start)
    if not i or span.type == "PER" or story.title_head(span) is not None:
        return False
    w = story.words[i - 1]
    if _broken(story.text, w.end, span.start) or story.hit_at(w.start) or _span_at(story, w.start):
        return False
    if (
        story.lex.words.bare(w.norm) in story.lex.words.role_heads
        or w.norm in story.lex.words.role_words
        or w.norm in story.lex.words.prepositions
    ):
        return False
    glued = w.norm[:1] in _GLUED and len(w.norm) > 3 and not w.norm.startswith("بين")  # بتدخل، لنظام
    definite = story.text.startswith("ال", span.start)  # شركة أبل names the company; دعوة الحكومة is of it
    return glued or (definite and story.text[w.start : w.end].endswith("ة"))


def _phrase_head(story: _Story, spans: list[_Span]) -> list[_Span]:
    """The mention that heads the phrase after عن or بحسب: the first one, or the holder of the title it
    stands in (عن المتحدث باسم الكرملين دميتري بيسكوف → Peskov, not the Kremlin)."""

    def opens(s: _Span) -> int:
        head = story.title_head(s)
        return head.start if head else s.start

    return [min(spans, key=lambda s: (opens(s), s.type != "PER", s.start))] if spans else []


def _feminine(story: _Story, hit: _Hit) -> bool:
    """A past-tense speech verb with the feminine ت (قالت، وأضافت) or a feminine participle (مؤكدةً):
    its subject is feminine, so it shares no subject with a masculine verb."""
    norm = conjunction_readings(fold(story.text[hit.start : hit.end]))[-1]
    return (norm.endswith("ت") and norm[:-1] in story.lex.forms) or (
        norm.startswith("م") and norm.endswith("ه")
    )


def _after_comma(story: _Story, pos: int) -> bool:
    """A comma stands between the word before `pos` and `pos` (…، وقال)."""
    before = story.last_word_in(story.sentence_start(pos), pos)
    return bool(before) and any(ch in "،," for ch in story.text[before[0].end : pos])


def _auxiliary_subject(story: _Story, f: _Found, hit: _Hit) -> str | None:
    """The subject between كان and the verb (وكانت الرئاسة التركية قالت في بيان …، وكان الرئيس قد أفصح):
    its entity; NOBODY when that subject names none; None when the verb has no such auxiliary."""
    if f.after or hit.kind not in ("verb", "marked"):
        return None
    words = story.words_in(f.sentence_start, hit.start)
    if not words or words[0].norm not in story.lex.words.auxiliaries:
        return None
    between = [w for w in words[1:] if w.norm != "قد"]
    if not between or len(between) > story.w.subject:
        return None
    return _pick(story.candidates(between[0].start, hit.start), nearest_last=False) or NOBODY


def _object_after_subject(story: _Story, first: list[_Word], after: list[_Span]) -> bool:
    """A verb whose own subject is a definite noun naming no entity (الخارجية التركية، السلطات) followed,
    through definite words only, by a body (المجتمع الدولي): in VSO order that body is the object, not the
    speaker. Not a person (الكاتب الصحفي فلان is apposition), nor a body the title holds (المتحدث باسم
    الكرملين، الرئيس التنفيذي لشركة أرامكو: a glued or linking word between)."""
    if not first or _in_span(story, first[0].start) or story.inside_quote(first[0].start):
        return False
    norm = first[0].norm
    if (
        not norm.startswith(("ال", "وال"))
        or story.lex.words.bare(norm) in story.lex.words.not_subjects
        or norm in story.lex.honorifics
    ):
        return False
    person = [s for s in after if s.type == "PER"]
    bodies = [s for s in after if s.type == "ORG"]
    if person or not bodies:
        return False
    body = bodies[0]
    between = story.words_in(first[0].end, body.start)
    return (
        body.start > first[0].start
        and story.title_head(body) is None
        and not _broken(story.text, first[0].end, body.start)
        and all(w.norm.startswith("ال") and w.norm not in story.lex.honorifics for w in between)
    )


def _is_participle(norm: str, lex: QuoteVerbs) -> bool:
    """مؤكداً، مضيفاً، قائلاً، لافتاً: a circumstantial speech verb, whose subject is the sentence's (a
    listed فاعلاً form; تابعا, a verb with the dual ending, is not one)."""
    if norm[:1] == "و" and len(norm) > MIN_PARTICIPLE:
        norm = conjunction_readings(norm)[-1]
    active = bool(_ACTIVE_PARTICIPLE.fullmatch(norm)) and norm[:-1] not in lex.forms
    return norm.startswith(("م", "قائل")) or active


def _statement_issuer(story: _Story, start: int, end: int) -> str | None:
    """The body or person whose statement (the noun at `start`) is the verb's subject (وقال بيان للكرملين،
    وذكر بيان صادر عن الرئاسة أن …): the first person or body within `quote_issuer_words` words after the
    noun, by a preposition or not (a statement speaks for its issuer); a place only right after it
    (بيان لمصر)."""
    words = story.words_in(start, end)
    near = words[1 : 1 + story.w.issuer]
    if not near or _broken(story.text, words[0].end, near[0].start):
        return None
    first = bisect.bisect_left(story.span_starts, words[0].end)
    last = bisect.bisect_left(story.span_starts, near[-1].end, lo=first)
    return next(
        (
            s.id
            for s in story.spans[first:last]
            if not story.inside_quote(s.start)
            and (s.type in SPEAKER_TYPES or (s.type == "LOC" and s.start <= near[0].start + 1))
        ),
        None,
    )


def _earlier_issuer(story: _Story, pos: int) -> str | None:
    """The issuer of the statement the story named last before `pos` (… وفق بيان للأمم المتحدة. وقال
    البيان إن …): the nearest statement noun before it, and the issuer it names (`_statement_issuer`);
    None when that statement names none or is the speaker's own (وقالت الوزارة في بيان …: the
    ministry goes on speaking; a word after في بيان is who read it, not its issuer)."""
    k = bisect.bisect_left(story.starts, pos) - 1
    while k >= 0:
        w = story.words[k]
        if story.lex.words.bare(w.norm) in story.lex.statements and not story.inside_quote(w.start):
            if k and story.words[k - 1].norm in story.lex.words.topic_openers:
                return None  # وقال المكتب، في بيان اطلع عليه "ألترا عراق"، …: the sentence's speaker's
            return _statement_issuer(story, w.start, story.sentence_end(w.start))
        k -= 1
    return None


def _media_subject(story: _Story, f: _Found) -> bool:
    """The verb's subject right after it is a news medium by its noun (وأضافت الوكالة، وقالت صحيفة …):
    the story reports a report. Not for نقل عن (the speaker follows عن) nor بحسب."""
    if f.after or f.hit.kind not in ("verb", "marked"):
        return False
    first = story.words_in(f.hit.end, f.frame_end)[:1]
    return (
        bool(first)
        and story.lex.words.bare(first[0].norm) in story.lex.media
        and not story.inside_quote(first[0].start)
    )


def _unnamed_subject(story: _Story, start: int, frame_end: int) -> bool:
    """The verb's subject is an unnamed source (وقالت مصادر محلية، أفاد شهود عيان، نقلت عن مصدر)."""
    first = story.words_in(start, frame_end)[:1]
    return bool(first) and first[0].norm in story.lex.unnamed


def _unknown_subject(story: _Story, hit: _Hit, frame_end: int) -> bool:
    """The verb has a subject of its own after it that names no entity: a definite noun (السلطات) or a
    title (وزارة الخارجية), not a time (اليوم، الأسبوع الماضي) nor the statement itself (البيان)."""
    first = story.words_in(hit.end, frame_end)[:1]
    if not first or story.inside_quote(first[0].start) or _broken(story.text, hit.end, first[0].start):
        return False
    norm = first[0].norm
    bare = story.lex.words.bare(norm)
    if (
        norm in story.lex.words.not_subjects
        or bare in story.lex.words.not_subjects
        or norm in story.lex.honorifics
    ):
        return False
    if bare in story.lex.words.role_heads or (
        norm.startswith(("ال", "وال")) and norm not in story.lex.words.prepositions
    ):
        return True
    return _construct_subject(story, first[0], frame_end)


def _honored(story: _Story, word: _Word, before: int) -> str | None:
    """The person an honorific pronoun right after the verb stands for (وأكد سموه، وقال معاليه، وأوضح
    فضيلته): the first person of the story introduced with that honorific (صاحب السمو الملكي الأمير …،
    معالي الوزير …، فضيلة إمام المسجد الحرام الشيخ …) within `QuoteWindows.subject` words before the
    name, in one clause; None when the word is no such pronoun or no one was so introduced."""
    norm = conjunction_readings(word.norm)[-1]
    if norm not in story.lex.words.honorific_pronouns:
        return None
    noun = norm[:-2] + "ه" if norm.endswith("ته") else norm[:-1]  # فضيلته → فضيله، سموه → سمو
    for span in story.candidates(0, before):
        if span.type != "PER":
            continue
        i = bisect.bisect_left(story.starts, span.start)
        if i and story.words[i - 1].norm in ("بن", "ابن", "بنت"):
            continue  # سعود بن [نايف بن عبدالعزيز]: a father's name inside another person's name
        for k in range(i - 1, max(-1, i - 1 - story.w.subject), -1):
            if _broken(story.text, story.words[k].end, story.words[k + 1].start if k + 1 < i else span.start):
                break
            if story.lex.words.bare(story.words[k].norm) == noun or story.words[k].norm == noun:
                return span.id
    return None


def _surname_subject(story: _Story, hit: _Hit, frame_end: int) -> str | None:
    """The person whose name, named before in full, ends with the word right after the verb (أحمد بن محمد
    الجروان … وأكد الجروان): news refers back to a person by the family name, which the linker may leave
    unlinked. The nearest such person; None when the word is no such surname."""
    first = story.words_in(hit.end, frame_end)[:1]
    gap = story.text[hit.end : first[0].start].strip() if first else ""
    if not first or (gap and gap not in MARKS) or _in_span(story, first[0].start):
        return None  # وبيّن "العبداللطيف" أن …: quotation marks around the name are no break
    named = story.surnames.get(first[0].norm, [])
    i = bisect.bisect_left(named, hit.start, key=lambda n: n[0])
    return named[i - 1][1] if i else None


def _construct_subject(story: _Story, first: _Word, frame_end: int) -> bool:
    """An indefinite noun with a definite genitive right after the verb (وأكدت مجموعات الإغاثة أن …): a
    subject in construct, unless the word is a preposition or adverb (`frame_adverbs.txt`: خلال، عقب)."""
    second = story.words_in(first.end, frame_end)[:1]
    if not second or _broken(story.text, first.end, second[0].start) or not second[0].norm.startswith("ال"):
        return False
    norm = first.norm
    glued = norm[:1] in _GLUED and (
        norm[1:].startswith("ل") or story.lex.words.bare(norm[1:]) in story.lex.words.role_heads
    )  # للرئيس
    return (
        not glued
        and norm not in story.lex.words.prepositions
        and norm not in story.lex.adverbs
        and len(norm) > 2
    )


def _unnamed_opens(story: _Story, start: int, end: int, within: int) -> int | None:
    """Where an unnamed source opens the clause before the verb (لكن مسؤولاً … قال; نفى مصدر … مؤكداً):
    among its first `within` words, conjunctions skipped."""
    words = [
        w
        for w in story.words_in(start, end)[: within + story.w.opening]
        if w.norm not in story.lex.words.openers
    ]
    for w in words[:within]:
        unnamed = any(r in story.lex.unnamed for r in conjunction_readings(w.norm))
        if unnamed and not _in_span(story, w.start):  # وكالة الأناضول is named
            return w.start
    return None


def _named_subject_between(story: _Story, lo: int, hi: int) -> str | None:
    """The entity named right after the nearest speech verb between offsets lo and hi that framed no
    quote (ومن جانبه، أعرب أردوغان عن سعادته. وأضاف أن …): a speakerless "وأضاف" continues that
    subject rather than an older speaker. NOBODY when that subject is an unnamed source (أكد مصدر أمني
    وصول التعزيزات، مبيناً أن …: the source goes on speaking); None when that verb names no subject."""
    i = bisect.bisect_right(story.hit_starts, lo)
    j = bisect.bisect_left(story.hit_starts, hi, lo=i)
    if i >= j or story.hits[j - 1].kind not in ("verb", "marked"):
        return None
    hit = story.hits[j - 1]
    first = story.words_in(hit.end, hi)[:1]
    span = _span_at(story, first[0].start) if first else None
    if span is None and first and _unnamed_subject(story, hit.end, hi):
        return NOBODY
    if span is None or span.start != first[0].start or story.is_object(span):
        return None
    return span.id if span.type in (*SPEAKER_TYPES, "LOC") else None


def _subject_just_before(story: _Story, lo: int, f: _Found) -> str | None:
    """The subject of the sentence right before, in the same paragraph and after offset `lo` (the last
    speaker's verb), when it opens with its verb (واستقبل أردوغان الوفد. وقال إن …): a verb with no
    subject of its own that opens the next sentence goes on with that subject, not with an older
    speaker. Only for a verb that opens its sentence; None when that sentence has no such subject."""
    start = f.sentence_start
    lead = [w for w in story.words_in(start, f.hit.start) if w.norm not in story.lex.words.openers]
    if lead:
        return None
    end = start
    while end > 0 and (story.text[end - 1].isspace() or _SENTENCE_END.match(story.text, end - 1)):
        end -= 1
    if end <= 0 or "\n" in story.text[end:start]:
        return None
    prev = story.sentence_start(end)
    if prev <= lo:
        return None
    return _state_subject(story, prev, end, any_type=True)


def _previous_subject(story: _Story, start: int) -> str | None:
    """The subject of the sentence before, for "وقال إن …" with no speaker yet: its first person or body."""
    para = story.text.rfind("\n", 0, start) + 1
    for _ in range(story.w.back_sentences):
        while start > 0 and (story.text[start - 1].isspace() or _SENTENCE_END.match(story.text, start - 1)):
            start -= 1  # step back over the stop that ends the sentence before
        if start <= 0:
            return None
        prev = story.sentence_start(start)
        cands = [s for s in story.candidates(prev, start) if not _genitive(story, s)]
        found = _pick(cands, nearest_last=False) or _state_subject(story, prev, start)
        if found or prev < para:
            return found
        start = prev
    return None


def _state_subject(story: _Story, start: int, end: int, any_type: bool = False) -> str | None:
    """A place standing as the subject of a sentence that opens with its verb (قررت الجزائر استدعاء …,
    VSO): its second word, or its third after a conjunction or a fronted adverb; with `any_type`, a
    person or body there too (ورفضت الوزارة …). None otherwise."""
    words = story.words_in(start, end)[:5]
    first = next((k for k, w in enumerate(words) if w.norm not in story.lex.words.openers), len(words))
    first = _after_fronted(story, words, first)
    if first + 1 >= len(words):
        return None
    if _broken(story.text, words[first].end, words[first + 1].start):
        return None  # سبق- الرياض: أوضح …: a dateline, not a verb and its subject
    span = _span_at(story, words[first + 1].start)
    if span is None or span.start != words[first + 1].start or story.inside_quote(span.start):
        return None
    if story.text[span.end : span.end + 2].strip().startswith(":"):
        return None  # الرياض: …
    return span.id if span.type == "LOC" or (any_type and span.type in SPEAKER_TYPES) else None


def _after_fronted(story: _Story, words: list[_Word], first: int) -> int:
    """The index of the sentence's verb after a fronted adverb of one or two words and its comma
    (بدوره، يسعى روحاني …؛ ومن جهته، أكد …), else `first`: the adverb is no verb, nor its subject."""
    fronted = story.lex.words.fronted
    for size in (1, 2):
        last = first + size - 1
        if last + 1 >= len(words):
            break
        if any(r in fronted for r in conjunction_readings(words[last].norm)):
            gap = story.text[words[last].end : words[last + 1].start]
            return last + 1 if "،" in gap or "," in gap else first
    return first


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ":،,"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,:؛;…"):
        end -= 1
    return start, end


def _attribute_marked(story: _Story, qs: int, qe: int) -> _Found | None:
    """The verb framing a quotation-marked span: before it in its sentence, else just after it."""
    text = story.text
    sent = story.sentence_start(qs - 1)
    para = text.rfind("\n", 0, qs) + 1
    if not text[para : qs - 1].strip() and para > 1 and text[:para].rstrip().endswith(":"):
        sent = story.sentence_start(text.rstrip().rfind(":", 0, para))  # "…عن بيزشكيان:" ⏎ “…”
    if _names_something(story, qs, qe):
        return None
    lo, hi = bisect.bisect_left(story.hit_starts, sent), bisect.bisect_left(story.hit_starts, qs - 1)
    before = [h for h in story.hits[lo:hi] if h.end <= qs - 1]  # the verbs from `sent` to the quote
    near = story.words_in(sent, qs - 1)[-story.w.subject :]
    speech = [h for h in before if h.kind != "source"]
    speech = speech or [h for h in before if near and h.start >= near[0].start]
    # وبحسب شمخاني، فإن الاتفاق "…": a source that frames with فإن is the nearer frame of the quote
    framing = [
        h for h in before if h.kind == "source" and any(w.norm == "فان" for w in story.words_in(h.end, qs))
    ]
    if framing and (not speech or framing[-1].start > speech[-1].start):
        speech = framing
    if speech:
        return _Found(qs, qe, True, speech[-1], qs - 1, sent)
    close = min(qe + 1, len(text))
    end = story.sentence_end(close)
    following = story.words_in(close, end)[: story.w.after]
    hit = next(
        (
            story.hits[bisect.bisect_left(story.hit_starts, w.start)]
            for w in following
            if story.hit_at(w.start)
        ),
        None,
    )
    if hit is None:
        return None
    stop, what = _frame_stop(story, hit, end)
    if what in ("colon", "that"):  # "…"، وأكد أن …: a new statement, not this quote's frame
        return None
    comma = text.find("،", hit.end, stop)
    return _Found(qs, qe, True, hit, stop if comma < 0 else comma, sent, after=True)


def _names_something(story: _Story, qs: int, qe: int) -> bool:
    """Quotation marks around a name: glued to a word (بـ"…"), after المنتدى, or just an entity."""
    text = story.text
    glued = qs >= 2 and (text[qs - 2].isalpha() or text[qs - 2] == "\u0640")
    if glued and len(_WORD.findall(text[qs:qe])) < story.w.min_loose:
        return True  # بـ"الودية"; but مشيداً بـ"الدور المحوري الذي تضطلع به …" is speech
    before = story.last_word_in(text.rfind("\n", 0, qs) + 1, qs - 1)
    if before and before[0].norm in story.lex.words.name_nouns:
        return True
    inside = story.words_in(qs, qe)[:2]  # «مايسمى استقلال القبائل»، "ما يسمى بالحوار": "so-called"
    if inside and (
        inside[0].norm in story.lex.words.label_openers
        or (len(inside) == 2 and inside[0].norm == "ما" and inside[1].norm in story.lex.words.label_openers)
    ):
        return True
    start, end = _trim(text, qs, qe)
    return story.covered(start, end)


def _unmarked(story: _Story, hit: _Hit) -> _Found | None:
    """قال بزشكيان: إن … (direct, after a colon) or أكد أن … (reported speech), to the sentence end."""
    text = story.text
    end = story.sentence_end(hit.end)
    k = bisect.bisect_right(story.stopping_starts, hit.start)  # the next stopping verb, if any
    if k < len(story.stopping_starts):
        end = min(end, story.stopping_starts[k])
    stop, what = _frame_stop(story, hit, end)
    if what not in ("colon", "that") or hit.kind == "marked":
        return None  # ودعا إلى أن …، ورحب بالوفد وهم: …: neither reported speech nor a quote
    if hit.kind == "source" and not (what == "that" and fold(text[stop : stop + 3]) == "فان"):
        return None  # بحسب غروندبيرغ، فإن …: reported speech; بحسب البيان (no فإن) frames nothing
    # "that": `stop` is the start of the complementizer word, whose end the body follows
    body = stop + 1 if what == "colon" else story.words[bisect.bisect_left(story.starts, stop)].end
    if what == "colon" and text[body : body + 2].strip()[:1] in ("", *MARKS):
        return None
    q = bisect.bisect_left(story.quote_starts, body + 1)
    terms = 0  # words of the scare-quoted terms in the clause
    while q < len(story.quote_starts) and story.quote_starts[q] - 1 < end:
        if _long_enough(text, *_trim(text, *story.quoted[q]), story.w):
            return None  # an embedded direct quote is taken on its own
        terms += len(_WORD.findall(text[slice(*story.quoted[q])]))
        q += 1  # إنها استغربت "الانقلاب المفاجئ" في …: a term, no quote of its own; the clause is one
    start, stop_at = _trim(text, body, end)
    while stop_at > start and text[stop_at - 1] in MARKS:  # a stray closer (… في اليمن".)
        start, stop_at = _trim(text, start, stop_at - 1)
    if _subject_of_next(story, start, stop_at, end):
        return None  # ذكرت الوكالة أن الملك حمد بن عيسى أكد …: the clause is the next verb's subject
    if terms and len(_WORD.findall(text[start:stop_at])) - terms < story.w.min_loose:
        return None  # أنها "وثيقة شاملة"، أن هذا الحديث "عبث": a term and a few words, no speech
    first = story.words_in(start, stop_at)[:1]
    # قال …: إن …: the complementizer makes the words after the colon reported speech, not the words
    # themselves (docs/labelling.md, docs/devset.md); but with the first person (وأضاف: إننا …، إنني …) the
    # speaker's own pronoun shows his own words, where a report would say إنه/إنهم
    reported = bool(first) and bool(_COMPLEMENTIZER.match(first[0].norm))
    direct = what == "colon" and not (reported and not _FIRST_PERSON.search(first[0].norm))
    return _Found(start, stop_at, direct, hit, stop, story.sentence_start(hit.start))


def _subject_of_next(story: _Story, start: int, end: int, cut: int) -> bool:
    """A reported clause cut by the next speech verb that holds only that verb's subject (a name or a
    title, at most `QuoteWindows.nested` words): nested reporting, whose quote is the inner verb's."""
    if not story.hit_at(cut) or _broken(story.text, end, cut):
        return False  # إن القاهرة مهد التاريخ، مشيراً …: a new clause after the comma
    words = story.words_in(start, end)
    if not words or len(words) > story.w.nested:
        return False
    first = words[0]
    named = _in_span(story, first.start, "PER") or _in_span(story, first.start, "ORG")
    return (
        named
        or first.norm in story.lex.honorifics
        or story.lex.words.bare(first.norm) in story.lex.words.role_heads
    )


def _marked(story: _Story) -> list[_Found]:
    """The attributed quotation-marked spans; a paragraph that reopens an unclosed quote continues it."""
    text, found = story.text, []
    prev: _Found | None = None
    for qs, qe in story.quoted:
        f = _attribute_marked(story, qs, qe)
        unclosed = prev is not None and (prev.end >= len(text) or text[prev.end] not in MARKS)
        if f is None and unclosed and prev and not text[prev.end : qs - 1].strip():
            f = dataclasses.replace(prev, start=qs, end=qe)  # the same frame: the same speaker
        if f:
            found.append(f)
        prev = f
    return found


def _subheadings(story: _Story) -> list[_Found]:
    """Body lines shaped like a quote headline ("رئيسي: لا شيء سيقف …"), spoken by the entity named."""
    found, offset = [], 0
    for line in story.text.split("\n"):
        colon, words = line.find(":"), len(_WORD.findall(line))
        if colon > 0 and words <= story.w.head and not line.rstrip().endswith((".", ":")):
            prefix = fold(line[:colon]).strip()
            named = [
                s
                for s in story.spans
                if s.type in SPEAKER_TYPES
                and offset <= s.start < offset + colon
                and fold(story.text[s.start : s.end]) == prefix
            ]
            start, end = _strip_marks(line, colon + 1, len(line))
            if named:
                hit = _Hit(offset + colon, offset + colon + 1, "head")
                found.append(
                    _Found(offset + start, offset + end, True, hit, offset, offset, speaker=named[0].id)
                )
        offset += len(line) + 1
    return found


def _text_kind(story: _Story, word: _Word) -> str | None:
    """The kind (text, list) of a word that announces a statement's text (نصه، وفيما يلي), else None."""
    return next((story.lex.texts[r] for r in conjunction_readings(word.norm) if r in story.lex.texts), None)


def _statement_word(story: _Story, word: _Word) -> bool:
    """A statement noun in any form (بيان، بياناً، البيان، ببيان، بيانها)."""
    forms = {word.norm, story.lex.words.bare(word.norm), split_word(word.norm).stem}
    return any(f in story.lex.statements or story.lex.words.bare(f) in story.lex.statements for f in forms)


def _text_issuer(story: _Story, words: list[_Word]) -> str | None:
    """Who issued the text a sentence announces: the first person or body named after its statement
    noun (بيان أصدره الديوان الملكي، بيان وزارة الخارجية كالتالي), by a preposition or not, else the
    sentence's subject before it (أصدرت وزارة الداخلية بياناً … وفيما يلي نصه). None when neither is
    named, or for a joint statement (بيان مشترك): the text is then no one's we know, and no quote is
    given."""
    k = next((k for k, w in enumerate(words) if _statement_word(story, w)), None)
    noun = words[k] if k is not None else None
    lo, hi = words[0].start, words[-1].end
    pair = tuple(story.lex.words.bare(w.norm) for w in words[k : k + 2]) if k is not None else ()
    if pair in story.lex.joint:
        return None  # صدر بيان مشترك فيما يلي نصه: several parties, no one issuer
    if noun is not None:
        after = [
            s
            for s in story.spans[bisect.bisect_left(story.span_starts, noun.end) :]
            if s.end <= hi and s.type in SPEAKER_TYPES and not story.inside_quote(s.start)
        ]
        if after:
            return after[0].id
        hi = noun.start
    before = [s for s in story.candidates(lo, hi) if s.type in SPEAKER_TYPES and not _genitive(story, s)]
    return before[0].id if before else None


def _statement_texts(story: _Story) -> list[_Found]:
    """The text of a statement given after a colon that announces it (جاء ذلك في بيان أصدره الديوان
    الملكي فيما يلي نصه: ⏎ «…»، وجاء بيان الوزارة كالتالي: ⏎ …): the rest of the colon's paragraph and
    the paragraphs after it, up to `QuoteWindows.text_paragraphs` or one that holds an attribution word
    of its own (the reporter speaking again), as one direct quote of the statement's issuer: a letter's
    salutation lines are no quotes of their own. A news convention for a text given in full, which no
    speech verb frames."""
    text, found = story.text, []
    signed_only: set[int] = set()  # the texts given to their signer only
    for colon in (m.start() for m in re.finditer(":", text)):
        if story.inside_quote(colon):
            continue
        opens = max(story.sentence_start(colon), text.rfind(":", 0, colon) + 1)  # not a subheading's
        words = story.words_in(opens, colon)
        lead = words[-story.w.text_lead :]
        kinds = [_text_kind(story, w) for w in lead]
        texts = [w for w, kind in zip(lead, kinds, strict=True) if kind == "text"]
        lists = [w for w, kind in zip(lead[-2:], kinds[-2:], strict=True) if kind == "list"]
        if not texts and not (lists and any(_statement_word(story, w) for w in words)):
            continue  # كالتالي alone also opens lists of decisions, tips, results
        signer, signed_at = _signature(story, colon + 1)
        issuer = _text_issuer(story, words) or signer  # the text's issuer, else its signer
        if issuer is None:
            continue
        hit = _Hit((texts or lists)[0].start, (texts or lists)[0].end, "text")
        start, last, taken = colon + 1, colon + 1, 0
        if signed_at is not None:  # a royal order, a letter, a cable: the text runs to its signature
            last, start = signed_at - 1, len(text)
        while start < len(text) and taken < story.w.text_paragraphs:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            k = bisect.bisect_left(story.hit_starts, start)
            if start > colon + 1 and k < len(story.hits) and story.hit_starts[k] < end:
                break  # وأضاف البيان …: the reporter frames what follows
            taken += bool(text[start:end].strip())
            last, start = end, end + 1
        qs, qe = _strip_marks(text, colon + 1, last)
        if qe > qs:  # one quote: the text is one statement, its salutation and its paragraphs
            found.append(_Found(qs, qe, True, hit, colon, words[0].start, speaker=issuer))
            if issuer == signer and _text_issuer(story, words) is None:
                signed_only.add(len(found) - 1)
    # بيان فيما يلي نصه: … رسالته الآتي نصها: … هادي: the signature is the inner letter's, not the outer
    # statement's, whose issuer is then unknown
    return [
        f
        for i, f in enumerate(found)
        if i not in signed_only or not any(f.start < g.start < f.end for g in found if g is not f)
    ]


def _signature(story: _Story, start: int) -> tuple[str | None, int | None]:
    """The signature that closes a statement's text from `start` on: the last line within
    `QuoteWindows.text_signed` paragraphs, and before any paragraph with an attribution word of its own
    (the reporter speaking again), that is one person's name alone (سلمان بن عبدالعزيز آل سعود under a
    royal order, عبد ربه منصور هادي under a letter; the last, as a letter's salutation may be a name
    too), as (the person, where the line starts); (None, None) when there is none."""
    text, taken, pos = story.text, 0, start
    found: tuple[str | None, int | None] = (None, None)
    while pos < len(text) and taken < story.w.text_signed:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line_start, line_end = _trim(text, pos, end)
        if line_end > line_start:
            taken += 1
            k, j = (
                bisect.bisect_left(story.hit_starts, line_start),
                bisect.bisect_left(story.hit_starts, line_end),
            )
            if pos > start and any(h.kind != "source" for h in story.hits[k:j]):
                break  # not حسب تقويم أم القرى: a source word is no reporter's verb
            i = bisect.bisect_right(story.span_starts, line_start)
            name = next(
                (s for s in story.spans[:i] if s.type == "PER" and s.start >= pos and s.end >= line_end), None
            )
            if name is not None and pos > start:
                found = (name.id, line_start)
        pos = end + 1
    return found


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = _trim(text, start, end)
    while start < end and text[start] in MARKS:
        start += 1
    while end > start and (text[end - 1] in MARKS or text[end - 1] in ".…"):
        end -= 1
    return start, end


def find_quotes(
    text: str,
    entities: Sequence[LinkedEntity],
    verbs: QuoteVerbs,
    tokens: TokenIndex | None = None,
    windows: QuoteWindows | None = None,
    headline_speaker: str | None = None,
) -> tuple[Quote, ...]:
    """Every quote of a story body, in text order; mentions of the title (`part="title"`) are ignored.
    `tokens`: the body's (`rasd.lang.tokens`), when a stage before has them. `headline_speaker`: who the
    headline gives the floor to ("العرفج: …"), whom a body that opens with "وقال إن …" continues."""
    tokens = tokens if tokens is not None else TokenIndex(tokenize(text))
    windows = windows or Settings().quote_windows()
    story = _Story(text, entities, verbs, tokens, windows)
    found = _marked(story)
    found += [f for h in story.hits if (f := _unmarked(story, h))]
    found += _subheadings(story)
    texts = _statement_texts(story)  # a quote found inside the text keeps its own frame
    found += [t for t in texts if not any(f.start < t.end and t.start < f.end for f in found)]
    media = set() if windows.media else {REPORTED, *(e.id for e in entities if e.kind in MEDIA_KINDS)}
    fuller = _fuller_names(entities)
    quotes: list[Quote] = []
    last: str | None = None  # NOBODY after an unnamed source: "وأضاف" continues it
    last_at = -1  # where the verb that gave `last` stands
    seen: set[tuple[int, int]] = set()
    for f in sorted(found, key=lambda f: f.start):
        start, end = _trim(text, f.start, f.end)
        if (start, end) in seen:
            continue
        seen.add((start, end))
        if not _long_enough(text, start, end, windows) or _cites_scripture(story, f.hit):
            continue
        reported = not windows.media and _media_subject(story, f)
        recent = None if f.after else _named_subject_between(story, last_at, f.hit.start)
        if recent is None:  # NOBODY (an unnamed source that framed no quote) is a subject too
            recent = None if f.after else _subject_just_before(story, last_at, f)
        going_on = last if recent is None else recent
        speaker = REPORTED if reported else f.speaker or _speaker(story, f, going_on)
        if speaker is None and last is None:  # no one named yet: the headline's speaker goes on
            speaker = headline_speaker
        if speaker is not None:
            last, last_at = speaker, max(last_at, f.hit.start)
        if speaker in media:  # an agency's report, and "وأضافت" after it: no one's quote
            continue
        speaker = fuller.get(speaker, speaker) if speaker else None
        verb = (f.hit.start, f.hit.end) if f.hit.kind != "head" else (None, None)
        trigger = text[f.hit.start : f.hit.end] if f.hit.kind != "head" else None
        quotes.append(Quote(speaker, text[start:end], start, end, f.direct, trigger, "text", *verb))
    return tuple(quotes)


def _cites_scripture(story: _Story, hit: _Hit) -> bool:
    """A speech verb whose subject is God or the Prophet (قال الله تعالى: {…}، قال النبي): a verse or
    saying the writer cites, no one's speech in the news."""
    nxt = story.words_in(hit.end, min(hit.end + 40, len(story.text)))[:1]
    return bool(nxt) and nxt[0].norm in story.lex.words.scripture


def _name_words(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _WORD.findall(text))


def _shortens(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` is `full` with words left out, ending on the same word (بن صقر of عبدالعزيز بن صقر, أحمد
    باهمام of أحمد بن سالم باهمام)."""
    if not short or len(short) >= len(full) or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(w in rest for w in short)


def _fuller_names(entities: Sequence[LinkedEntity]) -> dict[str, str]:
    """Unknown people (nil) whose every mention shortens the name of one other person of the story
    (وقال بن صقر after عبدالعزيز بن صقر; the linker made two people of one): that person's id. A
    catalog person is left alone (ترامب is not إيفانكا ترامب), and so is a name two people could shorten."""
    people = [e for e in entities if e.type == "PER"]
    names = {e.id: {_name_words(m.text) for m in e.mentions} for e in people}
    found: dict[str, str] = {}
    for e in people:
        if not e.nil:
            continue
        whole = [
            f.id
            for f in people
            if f.id != e.id and all(any(_shortens(m, n) for n in names[f.id]) for m in names[e.id])
        ]
        if len(whole) == 1:
            found[e.id] = whole[0]
    return found


def _long_enough(text: str, start: int, end: int, w: QuoteWindows) -> bool:
    """Speech, not a scare-quoted term: a short quotation-marked span counts only after a colon or إن."""
    words = len(_WORD.findall(text[start:end]))
    before = text[max(0, start - 12) : start].rstrip(" \n")
    marked = before.endswith(tuple(MARKS))
    if words >= w.min_loose or not marked:
        return words >= w.min_words
    lead = before.rstrip(MARKS + " \n")
    # after a bare إن/أن the quote is a whole sentence (إن "روسيا لن تتراجع"); after أنها، بأنه it is a
    # predicate, a term (وصفها بأنها "مركز الحوار الإقليمي"، أنها "وثيقة شاملة"): dev P +3 quotes
    framed = lead.endswith(":") or (bool(lead.split()) and fold(lead.split()[-1]) in ("ان", "فان"))
    return words >= w.min_words and framed


def find_headline_quote(
    title: str, entities: Sequence[LinkedEntity], windows: QuoteWindows | None = None
) -> Quote | None:
    """A headline "بوتين: علاقتنا…" as a quote of Putin (`part="title"`); None unless a speaker resolves."""
    colon = title.find(":")
    if colon <= 0 or len(_WORD.findall(title[:colon])) > 5 or any(ch in MARKS for ch in title[:colon]):
        return None
    prefix = fold(title[:colon]).strip()
    speaker = None
    for kind in SPEAKER_TYPES:
        typed = [e for e in entities if e.type == kind]
        in_title = [  # not the addressee glued to ل (ملك البحرين لترامب: …)
            e
            for e in typed
            if any(m.part == "title" and m.end <= colon and not _addressee(title, m, e) for m in e.mentions)
        ]
        named = [
            e
            for e in typed
            if any(_names(prefix, m.text) and not _addressee(title, m, e) for m in e.mentions)
            or _names(prefix, e.name_ar)
        ]
        if in_title or named:
            speaker = (in_title or named)[0].id
            break
    start, end = _strip_marks(title, colon + 1, len(title))
    if (
        speaker is None
        or len(_WORD.findall(title[start:end])) < (windows or Settings().quote_windows()).min_words
    ):
        return None
    return Quote(speaker, title[start:end], start, end, True, None, part="title")


def _addressee(title: str, mention: Mention, entity: LinkedEntity) -> bool:
    """A headline mention glued to ل/ب (لترامب, the linker's mention may hold the ل): who is spoken to."""
    if mention.part == "title" and mention.start and title[mention.start - 1] in _GLUED:
        return True
    return _glued_name(mention.text, entity)


def _glued_name(text: str, entity: LinkedEntity) -> bool:
    """A mention that is ل/ب glued to a word of the entity's own name (لأردوغان، لترامب; not لافروف)."""
    return len(text) > 3 and text[:1] in _GLUED and fold(text[1:]) in fold(entity.name_ar or "").split()


def _names(prefix: str, name: str) -> bool:
    """The headline's prefix is this name, or ends with it (الرئيس الروسي بوتين)."""
    folded = fold(name).strip()
    return bool(folded) and (prefix == folded or prefix.endswith(" " + folded))
