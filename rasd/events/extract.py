"""Events from a story: triggers (data), participants, place, date and status, merged per story.

A trigger word opens an event; its clause decides the status (سيزور, من المقرر → planned; لم, نفى →
denied; إذا, لو → hypothetical); the linked entities of its sentence fill the roles: people first,
else states and organisations that are not the event's place. A place after في/إلى (or the
destination of a visit) is the location; "اليوم" or a time expression in the sentence gives the
date. The same type with the same participants and status in one story is one event with several
triggers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rasd.events.records import Event, Trigger
from rasd.lang.normalize import fold
from rasd.nlp.records import LinkedEntity
from rasd.resources import read_tsv

_TOKEN = re.compile(r"[^\W\d_]+|[.،,:؛;!?؟]")
_SUFFIXES = ("", "ه", "ها", "هما", "هم", "ي", "نا")
_CLAUSE_END = frozenset(".،,:؛;!?؟")
NEEDS_TWO = frozenset({"meet", "call", "agree", "sign"})
LOCATIVE = ("في", "الي", "بمدينه", "مدينه", "العاصمه")

#: A date finder: (sentence text, its offset, the story date) -> (date, text) or None.
DateFinder = Callable[[str, dt.date | None], "tuple[dt.date | None, str] | None"]


@dataclass(frozen=True, slots=True)
class EventLexicon:
    triggers: dict[tuple[str, ...], tuple[str, str]]  # normalised words -> (type, tense)
    cues: tuple[tuple[str, tuple[str, ...], str], ...]  # (status, words, where)
    longest: int


def load_event_lexicon() -> EventLexicon:
    triggers: dict[tuple[str, ...], tuple[str, str]] = {}
    for row in read_tsv("events/triggers.tsv", ("type", "form", "tense")):
        words = tuple(fold(row["form"]).split())
        triggers.setdefault(words, (row["type"], row["tense"]))
    cues = tuple(
        (r["status"], tuple(fold(r["cue"]).split()), r["where"])
        for r in read_tsv("events/status_cues.tsv", ("status", "cue", "where"))
    )
    return EventLexicon(triggers, cues, max(len(k) for k in triggers))


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    norm: str  # normalised, a glued و/ف stripped


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        word = fold(m.group())
        if len(word) > 3 and word[0] in "وف":
            word = word[1:]
        out.append(_Tok(m.start(), m.end(), word))
    return out


def _trigger_at(toks: list[_Tok], i: int, lex: EventLexicon) -> tuple[int, str, str] | None:
    """(length in tokens, type, tense) of the longest trigger starting at token i."""
    for n in range(min(lex.longest, len(toks) - i), 0, -1):
        words = [t.norm for t in toks[i : i + n]]
        for suffix in _SUFFIXES:
            if suffix and not words[-1].endswith(suffix):
                continue
            key = (*words[:-1], words[-1][: len(words[-1]) - len(suffix)] if suffix else words[-1])
            found = lex.triggers.get(key)
            if found and (not suffix or found[1] == "noun"):
                return n, *found
    return None


def _status(toks: list[_Tok], i: int, n: int, tense: str, lex: EventLexicon) -> str:
    start = i
    while start > 0 and toks[start - 1].norm not in _CLAUSE_END and i - start < 8:
        start -= 1
    end = i + n
    while end < len(toks) and toks[end].norm not in _CLAUSE_END and end - i < 8:
        end += 1
    before = [t.norm for t in toks[start:i]]
    after = [t.norm for t in toks[i + n : end]]
    for status, cue, where in lex.cues:
        window = before[-3:] if status == "denied" else before if where == "before" else after
        if any(tuple(window[k : k + len(cue)]) == cue for k in range(len(window))):
            return status
    return "planned" if tense == "future" else "occurred"


_CONTEXT = re.compile(
    r"(?:على هامش|خلال|في إطار)\s+((?:أعمال\s+)?(?:قمة|القمة|منتدى|المنتدى|مؤتمر|اجتماع)[^،.:\n]{0,60})"
)


def _sentence_entities(
    entities: Sequence[LinkedEntity], start: int, end: int
) -> list[tuple[int, LinkedEntity]]:
    found = [
        (m.start, e) for e in entities for m in e.mentions if m.part == "text" and start <= m.start < end
    ]
    return sorted(found, key=lambda p: p[0])


def _location(
    text: str, mentions: list[tuple[int, LinkedEntity]], after: int, kind: str
) -> LinkedEntity | None:
    """The place the event happened at (or, for a visit, went to): a LOC after في / إلى."""
    best = None
    for pos, e in mentions:
        if e.type != "LOC":
            continue
        before = fold(text[max(0, pos - 14) : pos]).split()[-1:] or [""]
        glued = fold(text[pos - 1 : pos]) if pos else ""
        locative = before[0] in LOCATIVE or before[0].startswith(("بمدين", "العاصم")) or glued == "ب"
        if locative and (best is None or (kind == "visit" and pos > after)):
            best = e
    return best


def _participants(mentions: list[tuple[int, LinkedEntity]], place: LinkedEntity | None) -> list[str]:
    people = list(dict.fromkeys(e.id for _, e in mentions if e.type == "PER"))
    if len(people) >= 2:
        return people
    others = [e.id for _, e in mentions if e.type in ("LOC", "ORG") and (place is None or e.id != place.id)]
    return list(dict.fromkeys(people + others))


def extract_events(
    text: str,
    sentences: Sequence[tuple[int, int]],
    entities: Sequence[LinkedEntity],
    published: dt.date | None,
    lex: EventLexicon,
    find_date: DateFinder | None = None,
) -> tuple[Event, ...]:
    """Every event the story states, one per (type, participants, status), with all its triggers."""
    merged: dict[tuple, Event] = {}
    for s_start, s_end in sentences:
        toks = _tokens(text, s_start, s_end)
        mentions = _sentence_entities(entities, s_start, s_end)
        sentence = text[s_start:s_end]
        phone = any(t.norm.startswith(("هاتف", "الهاتف")) for t in toks)
        i = 0
        while i < len(toks):
            hit = _trigger_at(toks, i, lex)
            if hit is None:
                i += 1
                continue
            n, kind, tense = hit
            kind = "call" if phone and kind == "meet" else kind
            trigger = Trigger(toks[i].start, toks[i + n - 1].end, text[toks[i].start : toks[i + n - 1].end])
            status = _status(toks, i, n, tense, lex)
            place = _location(text, mentions, trigger.end, kind)
            people = _participants(mentions, place)
            i += n
            if len(people) < (2 if kind in NEEDS_TWO else 1):
                continue
            date, date_text = _date(sentence, toks, published, status, find_date)
            context = _CONTEXT.search(sentence)
            event = Event(
                kind,
                status,
                tuple(people),
                (trigger,),
                place.id if place else None,
                date,
                date_text,
                context.group(1).strip() if context else None,
            )
            _merge(merged, event)
    return tuple(merged.values())


def _date(
    sentence: str, toks: list[_Tok], published: dt.date | None, status: str, find_date: DateFinder | None
) -> tuple[dt.date | None, str | None]:
    if find_date is not None:
        found = find_date(sentence, published)
        if found is not None and found[0] is not None:
            return found
    if status == "occurred" and published and any(t.norm == "اليوم" for t in toks):
        return published, "اليوم"
    return None, None


def _merge(merged: dict[tuple, Event], event: Event) -> None:
    """One real event mentioned several times in a story: one record, every trigger kept."""
    key = (event.type, frozenset(event.participants), event.status)
    old = merged.get(key)
    if old is None:
        merged[key] = event
        return
    merged[key] = Event(
        old.type, old.status, old.participants, old.triggers + event.triggers,
        old.location or event.location, old.date or event.date, old.date_text or event.date_text,
        old.context or event.context,
    )  # fmt: skip
