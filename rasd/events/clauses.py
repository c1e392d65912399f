"""A sentence's clauses: where one event's words end and the next event's begin.

A news sentence often tells several events: "وصل الوزير إلى دمشق، حيث التقى نظيره، وأكد أن …". An
event's participants, place and date are told in its own clause, so `split_clauses` cuts a sentence
at the words that open a clause:

- و/ف glued to a verb (وأكد، فيما، ويأتي): a known verb form (`verbs`, and the common news verbs
  below with the endings ت، ا، وا، تا) or an imperfect (ي + three letters or more);
- a subordinator: حيث، بينما، فيما، إذ، عندما، بعدما، بعد أن، قبل أن;
- a relative pronoun: الذي، التي، الذين … (kind `relative`: its subject is the noun before it);
- على هامش, and خلال before an occasion noun (خلال لقائه، خلال زيارته): a new event is told;
- a colon, a semicolon, an opening quotation mark (kind `quote`), and its closing one;
- أن / إن after a speech verb of the same clause (أكد أن …, kind `reported`).

A pure function over the text with offsets; one pass over the sentence's words (the story's tokens,
`rasd.lang.tokens`; a glued و/ف is read by `rasd.lang.clitics.conjunction_readings`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.lang.clitics import conjunction_readings
from rasd.lang.memo import Memo
from rasd.lang.normalize import fold
from rasd.lang.tokens import Token, tokenize
from rasd.resources import read_kinds

_MARKS = frozenset('«»"“”:؛;')  # the punctuation a clause cut reads
_HAS_WORD = re.compile(r"[^\W\d_]")
_OPEN_QUOTES = frozenset('«"“')
_CLOSE_QUOTES = frozenset('»"”')
CLAUSE_WORDS = "events/clause_words.tsv"
_KINDS = ("subordinator", "relative", "before-that", "that", "occasion", "news-verb", "not-imperfect")
FACTS_MEMO_WORDS = 1 << 16  # words whose clause facts one ClauseWords keeps (then the memo is emptied)

_Facts = tuple[bool, bool, bool, str, bool, bool]


@dataclass(frozen=True)
class ClauseWords:
    """The folded words of `events/clause_words.tsv`, by kind (the README gives each kind); loaded once
    into `EventLexicon.clauses` and passed to `split_clauses`."""

    subordinators: frozenset[str]  # كما، حيث، بينما، فيما، إذ …
    relatives: frozenset[str]  # الذي، التي، الذين …
    before_that: frozenset[str]  # بعد، قبل: أن/ان after them opens a clause of its own (بعد أن التقى …)
    that: frozenset[str]  # أن، أنه، بأن …
    occasions: tuple[str, ...]  # starts of occasion nouns: after خلال they tell an event of their own
    news_verbs: frozenset[str]  # past verbs common in news that open a clause after و/ف (with _ENDINGS)
    not_imperfect: tuple[str, ...]  # starts of words with ي that are no imperfect verb (ويوم، ويونيو)

    @functools.cached_property
    def facts(self) -> Memo[tuple[str, frozenset[str], frozenset[str]], _Facts]:
        """`_facts` of (word, verbs, speech), memoised for these clause words across stories."""
        return Memo(functools.partial(_facts_of, words=self), FACTS_MEMO_WORDS)


def load_clause_words() -> ClauseWords:
    """The clause words of `events/clause_words.tsv`, folded (read by `load_event_lexicon`)."""
    rows = read_kinds(CLAUSE_WORDS, _KINDS)

    def of(kind: str) -> tuple[str, ...]:
        return tuple(map(fold, rows[kind]))

    return ClauseWords(
        frozenset(of("subordinator")),
        frozenset(of("relative")),
        frozenset(of("before-that")),
        frozenset(of("that")),
        of("occasion"),
        frozenset(of("news-verb")),
        of("not-imperfect"),
    )


#: A quotation of at most this many words is a name or a term ("حمد بن عيسى آل خليفة"), not a clause.
NAME_QUOTE_WORDS = 5
_ENDINGS = ("", "ت", "ا", "وا", "تا")


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    kind: str  # main | conjunct | subordinate | relative | occasion | quote | reported


def split_clauses(
    text: str,
    start: int = 0,
    end: int | None = None,
    verbs: frozenset[str] = frozenset(),
    speech: frozenset[str] = frozenset(),
    tokens: Sequence[Token] | None = None,
    words: ClauseWords | None = None,
) -> list[Clause]:
    """The clauses of text[start:end], in order, covering it. `verbs` are folded verb forms that open
    a clause after a glued و/ف; `speech` the folded speech verbs whose أن/إن opens reported speech;
    `tokens` the tokens of text[start:end] (offsets into `text`) when the caller has them; `words`
    the clause words (`EventLexicon.clauses`; read from the file when not given, for tests)."""
    end = len(text) if end is None else end
    words = words or load_clause_words()
    memo = words.facts
    if tokens is None:
        tokens = [t for t in tokenize(text) if start <= t.start < end]
    cuts: list[tuple[int, str]] = [(start, "main")]
    said = False  # a speech verb stands in the current clause
    quoted = opened = False  # inside quotation marks; they opened a clause (not a quoted name)
    prev = ""
    toks = [t for t in tokens if t.text in _MARKS or t.norm[:1].isalpha()]  # words and the marks
    for k, m in enumerate(toks):
        raw = m.text
        word = m.norm
        kind = None
        if raw in ("؛", ";"):
            cuts.append((m.end, "main"))
            prev, said = "", False
            continue
        if raw == ":":
            cuts.append((m.end, "quote"))
            prev, said = "", False
            continue
        if raw in _OPEN_QUOTES and not quoted:
            quoted = True
            opened = False
            close = next((j for j in range(k + 1, len(toks)) if toks[j].text in _CLOSE_QUOTES), len(toks))
            after_colon = k > 0 and toks[k - 1].text == ":"
            if close - k - 1 <= NAME_QUOTE_WORDS and not after_colon:  # "حمد بن عيسى": a name, no clause
                continue
            opened = True
            cuts.append((m.start, "quote"))
            prev, said = "", False
            continue
        if raw in _CLOSE_QUOTES and quoted and not opened:
            quoted = False
            continue
        if raw in _CLOSE_QUOTES and quoted:
            quoted = False
            cuts.append((m.end, "main"))
            prev, said = "", False
            continue
        facts = memo[(word, verbs, speech)]
        if facts is _PLAIN:  # most words open nothing and say nothing
            prev = word
            continue
        sub, rel, that, occasion, conjunct, spoken = facts
        nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
        if sub:
            kind = "subordinate"
        elif rel:
            kind = "relative"
        elif that and prev in words.before_that:
            kind = "subordinate"
            m = toks[k - 1]  # the clause opens at بعد / قبل
        elif that and said:
            kind = "reported"
        elif (occasion == "علي" and nxt == "هامش") or (
            occasion == "خلال"
            and (nxt.startswith(occasions := words.occasions) or nxt[2:].startswith(occasions))
        ):
            kind = "occasion"
        elif conjunct:
            kind = "conjunct"
        if kind is not None and m.start > cuts[-1][0]:
            cuts.append((m.start, kind))
            said = False
        if spoken:
            said = True
        prev = word
    bounds = [c for k, c in enumerate(cuts) if k == 0 or c[0] > cuts[k - 1][0]]
    out: list[Clause] = []
    pending = None  # a clause with no word yet (a lone quotation mark): it joins the next one
    for k, (at, kind) in enumerate(bounds):
        stop = bounds[k + 1][0] if k + 1 < len(bounds) else end
        at = pending if pending is not None else at
        if not _HAS_WORD.search(text, at, stop) and k + 1 < len(bounds):
            pending = at
            continue
        pending = None
        if stop > at:
            out.append(Clause(at, stop, kind))
    return out or [Clause(start, end, "main")]


_PLAIN: _Facts = (False, False, False, "", False, False)


def _facts(word: str, verbs: frozenset[str], speech: frozenset[str], words: ClauseWords) -> _Facts:
    """What a folded word can do in `split_clauses`, worked out once per word (`ClauseWords.facts`):
    (subordinator, relative pronoun, أن/إن, "علي"/"خلال" that may open an occasion, a verb after a
    glued و/ف, a speech verb). `_PLAIN` for a word that does none of these."""
    readings = conjunction_readings(word)  # the word, then without a glued و/ف (`rasd.lang.clitics`)
    bare = readings[1] if len(readings) > 1 else ""
    occasion = "علي" if word in ("علي", "وعلي") else "خلال" if word in ("خلال", "وخلال") else ""
    facts = (
        word in words.subordinators or bare in words.subordinators,
        word in words.relatives,
        word in words.that,
        occasion,
        bool(bare) and (_is_verb(bare, verbs, words) or bare in speech),
        word in speech or bare in speech,
    )
    return _PLAIN if facts == _PLAIN else facts


def _facts_of(key: tuple[str, frozenset[str], frozenset[str]], words: ClauseWords) -> _Facts:
    return _facts(*key, words)


def _is_verb(word: str, verbs: frozenset[str], words: ClauseWords) -> bool:
    if word in verbs:
        return True
    if any(word.endswith(e) and word[: len(word) - len(e)] in words.news_verbs for e in _ENDINGS):
        return True
    return word[:1] == "ي" and len(word) >= 4 and not word.startswith(words.not_imperfect)


def clause_at(clauses: list[Clause], pos: int) -> Clause:
    """The clause holding offset `pos` (the last clause when past its end)."""
    return clauses[clause_index(clauses, pos)]


def clause_index(clauses: list[Clause], pos: int) -> int:
    """The index of `clause_at`'s clause: a caller may walk to the clauses before it."""
    return next((k for k, c in enumerate(clauses) if c.start <= pos < c.end), len(clauses) - 1)
