"""Check the per-page gold files and assemble them into eval/pages/dev.yaml and eval/pages/test.yaml.

Usage: python eval/pages/build.py [--check] [--shared ../shared] [--verbose] [--all-entities]

Reads every eval/pages/gold/*.yaml (format and rules: docs/labelling.md) and checks it against its page
in ../shared/corpus/pages/articles/ with the scorer's own functions (norm, words, fold_name,
event_mismatches ... imported from ../shared/eval/score_seeds.py, not copied): the keys; event types
(CONTRACT.md) and statuses; every entity surface form, title_starts, boilerplate entry, outlet and quote
text found in the page; quotes of 4-8 words; every boilerplate entry starting a line and occurring in no
content line or headline (the scorer fails a story that holds one); every name in participants,
location and speaker declared in some file's `entities` or `aliases_en`. One line per problem
(`gold/<file>: ...`), exit status 1 if any. `WARN` lines do not count: a name that is only a catalog
state or city, a page without an event whose id is its event_key, two events of a page that one output
event matches both, a surface form that two entities claim. A file that cannot be read, is not valid
YAML or has a problem is reported and left out of the output; pages without a gold file are absent.

Without --check it also writes eval/pages/dev.yaml and eval/pages/test.yaml (split by
eval/pages/split.tsv) in the seeds gold format of ../shared/gold/seeds.yaml: `entities` and
`aliases_en` merged over the split's files (the union of surface forms, less those that two entities
claim: the scorer would require both wherever the form stands), and `documents` keyed by page file
name (each file's `document` block). The scorer requires every merged surface form on every page of
the split where it stands; `NOTE` lines (--verbose) list the forms found on a page whose file does not
give them, and by default those whose entity that page's file does not list are left out (role titles like
وزير الخارجية name someone else on another page); --all-entities keeps them.

No `timeline` section: in score_seeds.py any entry under `timeline.events` also starts the pair
check (check_pair_timeline: `leader-clusters-count` and `-order`), which takes every timeline entry
for one leader pair's series (types, statuses and participant sets pooled over all entries) and fails
on a corpus of unrelated events, with or without `pair`. Without the section the scorer still checks,
for every event id that two or more documents carry, that all matching output events share one
cluster (`timeline/<id>/cluster`), and that no cluster holds two gold events
(`timeline/distinct-clusters`). The multi-document events are listed instead under `multi_source`
(id, `sources`: number of documents, `date` when every report gives the same one), a key that the
scorer ignores.

--gold-dir, --pages, --split-file and --out-dir point elsewhere (for tests).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import yaml
from prf import load_scorer  # one loader of the shared scorer for every eval/pages script

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CATALOG = ROOT / "rasd" / "data" / "entities"

EVENT_TYPES = (  # CONTRACT.md §1
    "meet", "call", "visit", "statement", "praise", "criticize", "agree", "sign",
    "request", "threaten", "attack", "aid", "protest", "other",
)  # fmt: skip
STATUSES = ("occurred", "planned", "denied", "hypothetical")

TOP_KEYS = {"page", "document"}
TOP_OPTIONAL = {"entities", "aliases_en"}
DOC_KEYS = {"published", "stories", "boilerplate_removed", "events", "quotes"}
DOC_OPTIONAL = {"outlet", "published_ok", "outlet_ok"}
EVENT_KEYS = {"id", "type", "status", "location", "date"}
EVENT_OPTIONAL = {
    "participants", "participants_ok", "location_ok", "date_ok", "date_never_before",
    "may_cluster_with", "context", "note",
}  # fmt: skip
QUOTE_KEYS = {"speaker", "text"}
QUOTE_OPTIONAL = {"kind", "speaker_ok"}
QUOTE_KINDS = (None, "direct", "indirect")
ARCHIVE_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Report:
    """Problems (they fail the run) and warnings, one printed line each."""

    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"WARN {where}: {message}")

    def at(self, where: str, prefix: str = "") -> Callable[[str], None]:
        """A one-argument `error` for one file (and one item of it)."""
        return lambda message: self.error(where, prefix + message)


@dataclass
class PageGold:
    """One parsed gold file."""

    label: str  # gold/<file>.yaml, for messages
    page: str  # the page's file name
    data: dict[str, Any]
    split: str = ""
    ok: bool = True


def read_split(path: Path) -> dict[str, tuple[str, str]]:
    """page file name -> (event_key, dev|test)."""
    with path.open(encoding="utf-8") as f:
        return {r["file"]: (r["event_key"], r["split"]) for r in csv.DictReader(f, delimiter="\t")}


def catalog_places(s: ModuleType) -> set[str]:
    """Folded name_en of every catalog state, city and hand place."""
    names = set()
    for rel, col in (("generated/states.tsv", 1), ("generated/cities.tsv", 1), ("places.tsv", 2)):
        path = CATALOG / rel
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if line.startswith("#") or len(cells) <= col:
                continue
            names.add(s.fold_name(cells[col]))
    return names


def load_file(path: Path, report: Report) -> PageGold | None:
    """Parse one gold file; None (reported) when it is unreadable, not YAML or not a mapping."""
    label = f"gold/{path.name}"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        report.error(label, f"cannot read: {exc}")
        return None
    except yaml.YAMLError as exc:
        report.error(label, f"not valid YAML: {' '.join(str(exc).split())}")
        return None
    if not isinstance(data, dict):
        report.error(label, "not a YAML mapping (empty or half-written?)")
        return None
    return PageGold(label, f"{path.stem}.txt", data)


def as_date(value: Any) -> str | None:
    """ISO form of a YAML date (object or string); None when it is not one."""
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if isinstance(value, str) and ISO_DATE.match(value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return None
        return value
    return None


class Checker:
    """Validates one file against its page, with the scorer's normalisation."""

    def __init__(self, s: ModuleType, declared: set[str], aliases: dict[str, str], places: set[str]):
        self.s = s
        english: dict[str, list[str]] = {}
        for alias, canonical in aliases.items():
            english.setdefault(canonical, []).append(alias)
        self.gold = s.Gold(HERE, {}, english, {}, {}, None)  # for the scorer's name comparisons
        self.declared = declared  # folded canonical names of every file's entities / aliases_en keys
        self.aliases = aliases  # folded alias -> canonical
        self.places = places

    def check(self, g: PageGold, raw: str, event_key: str, report: Report) -> None:
        before = len(report.problems)
        where = g.label
        err = report.at(where)
        d = g.data
        if d.get("page") != g.page:
            err(f"`page` is {d.get('page')!r}, expected {g.page!r} (the file's name)")
        self.keys(d, TOP_KEYS, TOP_OPTIONAL, "top level", err)
        s = self.s
        lines = [ln for ln in raw.splitlines() if s.norm(ln)]
        npage = s.norm(raw)

        for key in ("entities", "aliases_en"):
            if d.get(key) is not None and not name_map(d[key]):
                err(f"`{key}` must map a name to a list of strings")
        if name_map(d.get("entities")):
            for canonical, forms in d["entities"].items():
                for form in forms:
                    if self.occurs(form, lines):
                        continue
                    if s.norm(form) in npage:  # glued to a neighbour: the scorer's entity check skips it
                        report.warn(
                            where,
                            f"entity {canonical}: «{form}» is in the page only inside a "
                            f"longer word: the scorer's entity check will not see it",
                        )
                    else:
                        err(f"entity {canonical}: surface form «{form}» is not in the page")

        doc = d.get("document")
        if not isinstance(doc, dict):
            if "document" in d:
                err("`document` is not a mapping")
            g.ok = len(report.problems) == before
            return
        self.keys(doc, DOC_KEYS, DOC_OPTIONAL, "document", err)
        for key in ("stories", "boilerplate_removed", "events", "quotes"):
            if doc.get(key) is not None and not isinstance(doc[key], list):
                err(f"document.{key} is not a list")
        self.check_document(doc, raw, lines, npage, report, where)
        for i, ev in enumerate(lst(doc.get("events")), 1):
            self.check_event(ev, i, report, where)
        ids = Counter(str(ev.get("id")) for ev in lst(doc.get("events")) if isinstance(ev, dict))
        for gid, n in ids.items():
            if n > 1:
                err(f"event id {gid} is used {n} times in this page (ids are one real event each)")
        if event_key and event_key not in ids:
            report.warn(where, f"no event has the page's event_key {event_key} as its id")
        for i, q in enumerate(lst(doc.get("quotes")), 1):
            self.check_quote(q, i, npage, report, where)
        if len(report.problems) == before:
            self.check_confusable(lst(doc.get("events")), report, where)
        g.ok = len(report.problems) == before

    def check_confusable(self, events: list[dict], report: Report, where: str) -> None:
        """Warn when the right output event for one gold event also matches another of the page."""
        s = self.s
        seen: set[frozenset[int]] = set()
        for a in events:
            options = a.get("participants_ok") or [a.get("participants")]
            date = as_date(a.get("date")) or next((as_date(d) for d in a.get("date_ok") or [] if d), None)
            loc = a.get("location") or next((x for x in a.get("location_ok") or [] if x), None)
            right = s.OutEvent("", 1, a["type"], a["status"], list(options[0]), loc, date, None, None)
            for b in events:
                linked = {a.get("may_cluster_with"), b.get("may_cluster_with")} & {a["id"], b["id"]}
                pair = frozenset((id(a), id(b)))
                if b is a or linked or pair in seen or s.event_mismatches(self.gold, b, right):
                    continue
                seen.add(pair)
                report.warn(
                    where,
                    f"event {b['id']} is also matched by the right answer for {a['id']}: the scorer's "
                    f"timeline/distinct-clusters then fails on a correct output; tell them apart, "
                    f"merge them, or link them with may_cluster_with",
                )

    @staticmethod
    def keys(
        obj: dict, required: set[str], optional: set[str], what: str, err: Callable[[str], None]
    ) -> None:
        missing = sorted(required - set(obj))
        unknown = sorted(set(obj) - required - optional)
        if missing:
            err(f"{what} lacks {', '.join(missing)}")
        if unknown:
            err(f"{what} has unknown key(s) {', '.join(map(str, unknown))}")

    def occurs(self, form: str, lines: list[str]) -> bool:
        """As whole words, one proclitic allowed on the first word (the scorer's occurrence test)."""
        s = self.s
        ws = s.words(form)
        if not ws:
            return False
        firsts, rest = s.first_word_variants(ws[0]), ws[1:]
        for line in lines:
            lw = s.words(line)
            for i, w in enumerate(lw):
                if w in firsts and lw[i + 1 : i + len(ws)] == rest:
                    return True
        return False

    def check_document(
        self, doc: dict, raw: str, lines: list[str], npage: str, report: Report, where: str
    ) -> None:
        s = self.s
        err = report.at(where)
        published = doc.get("published")
        if published is not None and as_date(published) is None:
            err(f"published {published!r} is not an ISO date or null")
        first = raw.lstrip("\ufeff").splitlines()[0] if raw.strip() else ""
        archive = ARCHIVE_DATE.match(first)
        if archive and as_date(published) != archive.group(1) and "published" in doc:
            report.warn(
                where,
                f"the page's first line is the archive date {archive.group(1)}, published is {published}",
            )
        outlet = doc.get("outlet")
        if outlet is not None and (not isinstance(outlet, str) or s.norm(outlet) not in npage):
            err(f"outlet «{outlet}» is not in the page (write it as the page writes it, or null)")

        stories = lst(doc.get("stories"))
        if "stories" in doc and not stories:
            err("document.stories is empty (one entry per story, title_starts null when no headline)")
        for i, st in enumerate(stories, 1):
            if not isinstance(st, dict) or set(st) != {"title_starts"}:
                err(f"story {i} must be a mapping with the one key title_starts")
                continue
            ts = st["title_starts"]
            if ts is None:
                continue
            if not isinstance(ts, str) or not s.norm(ts):
                err(f"story {i}: title_starts must be a string or null")
            elif s.norm(ts) not in npage:
                err(f"story {i}: title_starts «{ts}» is not in the page")
            elif len(s.words(ts)) > 6:
                report.warn(where, f"story {i}: title_starts has {len(s.words(ts))} words (the guide: 3-6)")

        prefixes = []
        for b in lst(doc.get("boilerplate_removed")):
            if not isinstance(b, str) or not s.norm(b):
                err(f"boilerplate entry {b!r} is not a non-empty string")
                continue
            nb = s.norm(b)
            prefixes.append(nb)
            if not any(s.norm(ln).startswith(nb) for ln in lines):
                inside = " (it is inside a line: the guide lists whole lines)" if nb in npage else ""
                err(f"boilerplate «{b}» starts no line of the page{inside}")
            elif len(s.words(b)) > 6:
                report.warn(where, f"boilerplate «{b}» has {len(s.words(b))} words (the guide: 2-6)")
        # The scorer fails a story that holds a boilerplate entry anywhere: it must not occur in content.
        # Headlines are content even when a boilerplate line (a breadcrumb) repeats their words.
        heads = [
            s.norm(st["title_starts"]) for st in stories if isinstance(st, dict) and st.get("title_starts")
        ]
        numbered = [(k, s.norm(ln)) for k, ln in enumerate(raw.splitlines(), 1) if s.norm(ln)]
        content = [
            (k, n, any(n.startswith(h) for h in heads if h))
            for k, n in numbered
            if not any(n.startswith(p) for p in prefixes) or any(n.startswith(h) for h in heads if h)
        ]
        for b in lst(doc.get("boilerplate_removed")):
            nb = s.norm(b) if isinstance(b, str) else ""
            hit = next(((k, head) for k, n, head in content if nb and nb in n), None)
            if hit is not None:
                what = "the headline on line" if hit[1] else "content line"
                err(
                    f"boilerplate «{b}» also occurs inside {what} {hit[0]}: the scorer would fail a story "
                    f"that keeps that line; quote more of the boilerplate line (words the content line "
                    f"lacks), or leave the entry out when that is the whole line"
                )

    def check_event(self, ev: Any, i: int, report: Report, where: str) -> None:
        if not isinstance(ev, dict):
            report.error(where, f"event {i} is not a mapping")
            return
        label = f"event {ev.get('id') or i}"
        err = report.at(where, f"{label}: ")
        self.keys(ev, EVENT_KEYS, EVENT_OPTIONAL, "it", err)
        if not isinstance(ev.get("id"), str) or not ev.get("id"):
            err("id must be a non-empty string")
        if ev.get("type") not in EVENT_TYPES:
            err(f"type {ev.get('type')!r} is not one of {', '.join(EVENT_TYPES)}")
        if "status" in ev and ev.get("status") not in STATUSES:
            err(f"status {ev.get('status')!r} is not one of {', '.join(STATUSES)}")
        people = ev.get("participants")
        options = ev.get("participants_ok")
        if people is None and options is None:
            err("needs participants or participants_ok")
        if people is not None and not names_list(people):
            err("participants must be a non-empty list of names")
        if options is not None and not (
            isinstance(options, list) and options and all(names_list(o) for o in options)
        ):
            err("participants_ok must be a list of non-empty lists of names")
        names = list(people or []) if names_list(people) else []
        if isinstance(options, list):
            names += [n for o in options if names_list(o) for n in o]
        loc = ev.get("location")
        if loc is not None and not isinstance(loc, str):
            err("location must be a name or null")
        elif loc is not None:
            names.append(loc)
        loc_ok = ev.get("location_ok")
        if loc_ok is not None and not isinstance(loc_ok, list):
            err("location_ok must be a list")
        names += [n for n in (loc_ok or []) if isinstance(n, str)]
        if "date" in ev and ev["date"] is not None and as_date(ev["date"]) is None:
            err(f"date {ev['date']!r} is not an ISO date or null")
        if "date_ok" in ev and not (
            isinstance(ev["date_ok"], list) and all(d is None or as_date(d) for d in ev["date_ok"])
        ):
            err("date_ok must be a list of ISO dates (null allowed)")
        for name in dict.fromkeys(names):
            self.check_name(name, label, report, where)

    def check_quote(self, q: Any, i: int, npage: str, report: Report, where: str) -> None:
        s = self.s
        if not isinstance(q, dict):
            report.error(where, f"quote {i} is not a mapping")
            return
        err = report.at(where, f"quote {i}: ")
        self.keys(q, QUOTE_KEYS, QUOTE_OPTIONAL, "it", err)
        text = q.get("text")
        if not isinstance(text, str) or not s.norm(text):
            err("text must be a non-empty string")
        else:
            n = len(s.words(text))
            if not 4 <= n <= 8:
                err(f"text has {n} words (4-8)")
            if s.norm(text) not in npage:
                err(f"text «{text}» is not in the page")
        if q.get("kind") not in QUOTE_KINDS:
            err(f"kind {q.get('kind')!r} is not indirect (or direct, the default)")
        speakers = [q.get("speaker"), *(q.get("speaker_ok") or [])]
        for name in speakers:
            if name is not None and not isinstance(name, str):
                err(f"speaker {name!r} must be a name or null")
            elif name is not None:
                self.check_name(name, f"quote {i}", report, where)

    def check_name(self, name: str, what: str, report: Report, where: str) -> None:
        folded = self.s.fold_name(name)
        if folded in self.declared:
            return
        if folded in self.aliases:
            canonical = self.aliases[folded]
            report.error(where, f"{what}: {name} is an alias of {canonical}: use the canonical name")
        elif folded in self.places:
            report.warn(where, f"{what}: {name} is declared in no file's entities (a catalog state/city)")
        else:
            report.error(where, f"{what}: {name} is declared in no file's entities or aliases_en")


def lst(value: Any) -> list:
    return value if isinstance(value, list) else []


def name_map(value: Any) -> bool:
    """A mapping of names to lists of non-empty strings (entities, aliases_en)."""
    return isinstance(value, dict) and all(
        isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v) for v in value.values()
    )


def names_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(n, str) and n.strip() for n in value)


def declared_names(s: ModuleType, golds: list[PageGold]) -> tuple[set[str], dict[str, str]]:
    """(folded canonical names, folded alias -> canonical) over every parsed file."""
    declared, aliases = set(), {}
    for g in golds:
        for key in ("entities", "aliases_en"):
            block = g.data.get(key)
            if isinstance(block, dict):
                declared |= {s.fold_name(str(k)) for k in block}
        block = g.data.get("aliases_en")
        if isinstance(block, dict):
            for k, values in block.items():
                for a in values if isinstance(values, list) else []:
                    aliases.setdefault(s.fold_name(str(a)), str(k))
    return declared, aliases


def borrowed_forms(
    s: ModuleType, golds: list[PageGold], entities: dict[str, list[str]], raw: dict[str, str]
) -> tuple[dict[tuple[str, str], list[str]], dict[tuple[str, str], list[str]]]:
    """Where the scorer finds a merged surface form on a page whose own file does not give it.

    Two maps (canonical, form) -> pages: pages whose file lacks the entity, and pages whose file has
    the entity without that form."""
    index = s.surface_index(SimpleNamespace(entities=entities))
    foreign: dict[tuple[str, str], list[str]] = {}
    unlisted: dict[tuple[str, str], list[str]] = {}
    for g in golds:
        doc = g.data["document"]
        lines = s.body_lines(raw.get(g.page, ""), doc.get("boilerplate_removed") or [])
        own = {
            s.fold_name(str(c)): {s.norm(f) for f in fs} for c, fs in (g.data.get("entities") or {}).items()
        }
        for canonical, forms in s.occurring_forms(lines, index).items():
            listed = own.get(s.fold_name(canonical))
            for form in forms:
                if listed is None:
                    foreign.setdefault((canonical, form), []).append(g.page)
                elif s.norm(form) not in listed:
                    unlisted.setdefault((canonical, form), []).append(g.page)
    return foreign, unlisted


def holds_form(s: ModuleType, form: str, forms: list[str]) -> bool:
    """Whether another form of the same entity stands inside `form` («السلطان هيثم» in «السلطان هيثم بن
    طارق»). Such a borrowed form is kept: left out, the scorer's longest match would require the shorter
    form in its place on the very pages whose files list the long one, a mention no output can have."""
    ws = s.words(form)
    parts = (s.words(other) for other in forms if other != form)
    return any(
        0 < len(part) < len(ws) and any(ws[k : k + len(part)] == part for k in range(len(ws) - len(part) + 1))
        for part in parts
    )


def listing(pages: list[str]) -> str:
    return ", ".join(pages[:3]) + (f" and {len(pages) - 3} more" if len(pages) > 3 else "")


def merge_entities(
    s: ModuleType, golds: list[PageGold], report: Report, split: str
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(entities, aliases_en) of a split: unions, without the surface forms two entities claim."""
    owners: dict[str, set[str]] = {}  # normalised surface form -> canonical names
    spelled: dict[str, str] = {}  # normalised surface form -> its first spelling
    entities: dict[str, list[str]] = {}
    aliases: dict[str, list[str]] = {}
    for g in golds:
        for canonical, forms in (g.data.get("entities") or {}).items():
            merged = entities.setdefault(str(canonical), [])
            for form in forms:
                owners.setdefault(s.norm(form), set()).add(str(canonical))
                spelled.setdefault(s.norm(form), form)
                if s.norm(form) not in {s.norm(f) for f in merged}:
                    merged.append(form)
        for canonical, names in (g.data.get("aliases_en") or {}).items():
            merged = aliases.setdefault(str(canonical), [])
            merged += [a for a in names if a not in merged]
    shared = {f: cs for f, cs in owners.items() if len(cs) > 1}
    for f, cs in sorted(shared.items()):
        report.warn(f"{split}.yaml", f"«{spelled[f]}» is a surface form of {', '.join(sorted(cs))}: left out")
    entities = {c: [f for f in forms if s.norm(f) not in shared] for c, forms in entities.items()}
    alias_owner: dict[str, set[str]] = {}
    for canonical, names in aliases.items():
        for a in names:
            alias_owner.setdefault(s.fold_name(a), set()).add(canonical)
    for a, cs in sorted(alias_owner.items()):
        if len(cs) > 1:
            report.warn(f"{split}.yaml", f"English name {a!r} is an alias of {', '.join(sorted(cs))}")
    return entities, aliases


def multi_source(documents: dict[str, dict], report: Report, split: str) -> list[dict[str, Any]]:
    """Event ids that two or more documents carry: sources, and the date when all reports agree."""
    by_id: dict[str, list[dict]] = {}
    for doc in documents.values():
        for ev in doc.get("events") or []:
            by_id.setdefault(str(ev["id"]), []).append(ev)
    multi = []
    for gid, evs in sorted(by_id.items()):
        if len(evs) < 2:
            continue
        entry: dict[str, Any] = {"id": gid, "sources": len(evs)}
        dates = {as_date(ev.get("date")) for ev in evs}
        if len(dates) == 1 and None not in dates:
            entry["date"] = evs[0]["date"]
        types = sorted({str(ev.get("type")) for ev in evs})
        if len(types) > 1:
            report.warn(f"{split}.yaml", f"event id {gid} has types {', '.join(types)} on different pages")
        multi.append(entry)
    return multi


def merge(
    s: ModuleType,
    golds: list[PageGold],
    raw: dict[str, str],
    report: Report,
    notes: list[str],
    split: str,
    safe: bool = False,
) -> dict[str, Any]:
    """The seeds-format gold of one split (see the module docstring)."""
    entities, aliases = merge_entities(s, golds, report, split)
    borrowed, unlisted = borrowed_forms(s, golds, entities, raw)
    for (canonical, form), where in sorted(borrowed.items()):
        notes.append(
            f"NOTE {split}.yaml: «{form}» ({canonical}) occurs in {listing(where)}, whose file does not list "
            f"{canonical}: the scorer requires it there (wrong if it names someone else there)"
            + ("; left out (--safe-entities)" if safe else "")
        )
    for (canonical, form), where in sorted(unlisted.items()):
        notes.append(
            f"NOTE {split}.yaml: «{form}» ({canonical}) occurs in {listing(where)}, whose file lists "
            f"{canonical} without this form: the scorer requires it there"
        )
    if safe:
        entities = {
            c: [f for f in forms if (c, f) not in borrowed or holds_form(s, f, forms)]
            for c, forms in entities.items()
        }
    documents = {g.page: g.data["document"] for g in sorted(golds, key=lambda g: g.page)}
    return {
        "entities": entities,
        "aliases_en": aliases,
        "documents": documents,
        "multi_source": {"events": multi_source(documents, report, split)},
    }


def write_split(path: Path, data: dict[str, Any], split: str) -> None:
    header = (
        f"# GENERATED by eval/pages/build.py from eval/pages/gold/*.yaml ({split} side of split.tsv): "
        f"do not edit.\n# Seeds gold format (../shared/gold/seeds.yaml); rules: docs/labelling.md. "
        f"`multi_source` is not a scorer section\n# (see build.py): the scorer checks the clusters of "
        f"multi-document events by itself.\n"
    )
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(header + body, encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only; write nothing")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--gold-dir", type=Path, default=HERE / "gold")
    parser.add_argument("--pages", type=Path, help="page folder (default: SHARED/corpus/pages/articles)")
    parser.add_argument("--split-file", type=Path, default=HERE / "split.tsv")
    parser.add_argument("--out-dir", type=Path, default=HERE)
    parser.add_argument("--verbose", action="store_true", help="print the NOTE lines too")
    parser.add_argument(
        "--all-entities",
        action="store_true",
        help="keep every merged surface form, also on pages whose file does not list its entity",
    )
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    s = load_scorer(args.shared)
    pages = args.pages or args.shared / "corpus" / "pages" / "articles"
    split = read_split(args.split_file)
    report = Report()
    raw: dict[str, str] = {}
    notes: list[str] = []

    paths = sorted(args.gold_dir.glob("*.yaml"))
    golds = [g for p in paths if (g := load_file(p, report))]
    declared, aliases = declared_names(s, golds)
    checker = Checker(s, declared, aliases, catalog_places(s))
    for g in golds:
        try:
            raw[g.page] = (pages / g.page).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            report.error(g.label, f"no readable page {g.page} in {pages}: {exc}")
            g.ok = False
            continue
        if g.page not in split:
            report.error(g.label, f"{g.page} is not in {args.split_file.name}")
            g.ok = False
            continue
        event_key, g.split = split[g.page]
        try:
            checker.check(g, raw[g.page], event_key, report)
        except Exception as exc:  # a malformed file must not stop the others
            report.error(g.label, f"cannot check ({type(exc).__name__}: {exc})")
            g.ok = False

    valid = [g for g in golds if g.ok]
    sides = {side: [g for g in valid if g.split == side] for side in ("dev", "test")}
    built = {
        side: merge(s, gs, raw, report, notes, side, not args.all_entities) for side, gs in sides.items()
    }
    for line in report.problems + report.warnings + (notes if args.verbose else []):
        print(line)
    if notes and not args.verbose:
        print(
            f"{len(notes)} NOTE lines (surface forms the scorer requires on pages whose file does not "
            f"give them): see --verbose"
        )
    skipped = len(paths) - len(valid)
    print(
        f"{len(valid)} valid gold files (dev {len(sides['dev'])}, test {len(sides['test'])}), "
        f"{skipped} skipped; {len(report.problems)} problems, {len(report.warnings)} warnings"
    )
    if not args.check:
        for side, data in built.items():
            path = args.out_dir / f"{side}.yaml"
            write_split(path, data, side)
            n_multi = len(data["multi_source"]["events"])
            print(f"wrote {path} ({len(data['documents'])} documents, {n_multi} multi-document events)")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
