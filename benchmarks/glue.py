"""Story-boundary precision and recall on synthetic glued pages built from SaudiNewsNet.

Real pages with several stories are rare and unlabelled, so pages are glued from single articles
whose boundaries are known: two stories after a "إقرأ أيضاً" marker (`marker`), two stories with no
marker (`unmarked`, half of them with a dateline), one story with a generated subheading inside it
(`subheading`: a split there is wrong) and one article alone (`single`: every split is wrong).
Each page goes through `rasd.clean.clean_document`; a predicted story start counts when it falls
on the second story's marker, headline or first paragraph. Pages with an even index within their
kind are `dev`, odd ones `test`; `--tune` grid-searches the boundary_* weights on dev only and
scores the best point on test. docs/benchmarks.md explains the figures and their limits.

The articles are read at run time only (CC BY-NC-SA): no article text is written anywhere.

    .venv/bin/python benchmarks/glue.py [--shared DIR] [--pages 400] [--tune [--jobs 2]] [--errors]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gzip
import importlib
import itertools
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from common import git_commit, write_report

from rasd.clean import clean_document, load_clean_lexicon
from rasd.clean.lexicon import CleanLexicon
from rasd.clean.lines import Line, label_lines
from rasd.clean.segment import Draft, boundary_score, is_headline, segment, stems
from rasd.errors import CleanError
from rasd.lang.normalize import fold
from rasd.records import RawDoc
from rasd.settings import Settings


def folded(words: str) -> frozenset[str]:
    """A word list written in ordinary spelling, in the matching form."""
    return frozenset(fold(w) for w in words.split())


def phrases(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
CORPUS = Path("corpus/saudinewsnet/articles.jsonl.gz")
RESULTS = REPO / "benchmarks" / "results" / "glue.json"
SEED = 20150721
KINDS = ("marker", "unmarked", "subheading", "single")
MARKERS = ("إقرأ أيضاً:", "اقرأ أيضا", "إقرأ أيضاً: {title}")
CITIES = ("الرياض", "جدة", "مكة المكرمة", "الدمام", "القاهرة", "دبي", "عمّان", "بيروت", "موسكو", "واشنطن")
AGENCIES = ("واس", "أ ف ب", "رويترز", "د ب أ", "الأناضول", "سانا", "بترا", "وكالات")
#: Dateline styles and their variant names: "الرياض - واس:" and the wire style "دبي (رويترز) -".
DATELINE_FORMS = (
    ("dateline-dash", "{city} - {agency}: "),
    ("dateline-dash", "{city}- {agency}: "),
    ("dateline-dash", "{city} – {agency}: "),
    ("dateline-paren", "{city} ({agency}) - "),
)
#: Openers a subheading drops when it is made from the paragraph under it (original spelling).
CONNECTIVES = phrases(
    "وفي سياق متصل|في سياق متصل|وفي المقابل|في المقابل|من جهته|من جهتها|من جانبه|من جانبها|وإلى ذلك|إلى ذلك|"
    "بدوره|بدورها|في حين|فيما|كما|ويذكر أن|يذكر أن"
)
#: A leading "و" is dropped from these words (folded spelling), as a sub-editor would.
AND_VERBS = folded(
    "قال قالت أكد أكدت أضاف أضافت أشار أشارت أوضح أوضحت كان كانت تابع لفت شدد أعلن أعلنت يأتي تأتي جاء جاءت"
)
#: A generated subheading does not end on one of these.
TRAILING = folded("في من على إلى عن مع و أن إن التي الذي الذين بين حول عبر لدى")
SPEECH = re.compile(
    r"(?:^|\s)و?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|شدد|شددت|أضاف|أضافت|ذكر|ذكرت)\s+"
    r"((?:[^\s\d،,.:؛«»\"()]+\s+){1,3}?)(?:إن|أن|إنه|أنه|إنها|أنها)\s+([^.!?؟]+)"
)
NOT_A_NAME = folded(
    "في من على عن إلى له لها خلال بعد مع ذلك هذا هذه إنه أنه أيضا دون كذلك بيان تصريح حديث اليوم أمس"
)
WEIGHTS = ("continuation", "dateline", "opener", "long_lede", "open_sentence", "overlap")
PARTS = ("prior", *WEIGHTS)
SEGMENT = importlib.import_module("rasd.clean.segment")  # the module (rasd.clean.segment is the function)
#: The defaults are one point of the grid. boundary_prior is left out: it only shifts the score.
GRID = {
    "boundary_threshold": (1.5, 2.0, 2.5, 3.0),
    "boundary_continuation": (2.0, 3.0),
    "boundary_dateline": (2.0, 3.0, 4.0),
    "boundary_opener": (1.0, 1.5, 2.0),
    "boundary_long_lede": (0.5, 1.0),
    "boundary_open_sentence": (0.0, 1.0, 2.0),
    "boundary_overlap": (0.0, 1.0, 2.0, 4.0),
}
CAVEATS = [
    "Pages are synthetic: two real articles glued together, or one article with a generated subheading.",
    "All articles are from 14 Saudi outlets, July-August 2015 (SaudiNewsNet); other outlets differ.",
    "Subheadings are generated (lead words of the next paragraph, or 'NAME: quote'), not written by editors.",
    "A paragraph is one non-blank line of an article's text (the corpus uses one or two line breaks).",
    "boundary_prior is not searched: it only shifts the score, as boundary_threshold does.",
]


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    paras: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """A glued page and where its second story should start (no text is ever written out)."""

    kind: str
    variant: str
    ids: tuple[str, ...]
    lines: tuple[str, ...]
    zone: frozenset[int]  # line indices where story 2 may start; empty when none is expected
    head: int | None = None  # the line that must (title B) or must not (subheading) open a story
    title_b: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    kind: str
    variant: str
    gold: int
    predicted: int
    correct: int
    title_ok: bool | None  # None when no second story is expected


def one_line(text: str) -> str:
    return " ".join(text.split())


def load_articles(path: Path) -> list[Article]:
    """Articles with a title and at least 3 paragraphs (one per non-blank line of `text`)."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in f:
            rec = json.loads(row)
            title = one_line(rec["title"])
            paras = tuple(p for p in (one_line(x) for x in rec["text"].splitlines()) if p)
            if title and len(paras) >= 3:
                out.append(Article(rec["id"], title, paras))
    return out


def words(text: str) -> list[str]:
    """Whitespace tokens with the punctuation around them stripped; empty ones left out."""
    out = (w.strip("«»\"'()[]،,.:؛;!?؟…-–—") for w in text.split())
    return [w for w in out if w]


def lead_words(para: str, rng: random.Random) -> str:
    """A subheading from the first 4-9 words of a paragraph's first sentence, without its connective."""
    sentence = re.split(r"[.!?؟]\s", para, maxsplit=1)[0]
    for conn in CONNECTIVES:
        if sentence.startswith(conn + " ") or sentence.startswith(conn + "،"):
            sentence = sentence[len(conn) :]
            break
    toks = words(sentence)
    if toks and toks[0].startswith("و") and fold(toks[0][1:]) in AND_VERBS:
        toks[0] = toks[0][1:]
    toks = toks[: rng.randint(4, 9)]
    while len(toks) > 2 and fold(toks[-1]) in TRAILING:
        toks.pop()
    return " ".join(toks)


def quote_head(paras: Sequence[str], rng: random.Random) -> str | None:
    """'NAME: quote' from the first "قال X إن …" in `paras`, when X looks like a name."""
    for para in paras:
        for m in SPEECH.finditer(para):
            name = words(m.group(1))
            if not name or any(fold(w) in NOT_A_NAME for w in name) or any(c.isdigit() for c in m.group(1)):
                continue
            name = name if len(name) <= 2 else name[-1:]  # "الوزير عادل الجبير" → "الجبير"
            quote = words(m.group(2))[: rng.randint(3, 7)]
            while len(quote) > 2 and fold(quote[-1]) in TRAILING:
                quote.pop()
            if len(quote) >= 2:
                return f"{' '.join(name)}: {' '.join(quote)}"
    return None


def marker_page(a: Article, b: Article, i: int) -> Page:
    marker = MARKERS[i % len(MARKERS)]
    lines = [a.title, *a.paras]
    at = len(lines)
    if "{title}" in marker:
        lines += [marker.format(title=b.title), *b.paras]
        zone = {at, at + 1}
    else:
        lines += [marker, b.title, *b.paras]
        zone = {at, at + 1, at + 2}
    variant = "inline" if "{title}" in marker else marker
    return Page("marker", variant, (a.id, b.id), tuple(lines), frozenset(zone), None, b.title)


def unmarked_page(a: Article, b: Article, i: int, rng: random.Random) -> Page:
    first = b.paras[0]
    variant = "plain"
    if (i // 2) % 2:  # pairs of pages, so that dev and test both get each variant
        variant, form = rng.choice(DATELINE_FORMS)
        first = form.format(city=rng.choice(CITIES), agency=rng.choice(AGENCIES)) + first
    lines = (a.title, *a.paras, b.title, first, *b.paras[1:])
    at = len(a.paras) + 1
    return Page("unmarked", variant, (a.id, b.id), lines, frozenset({at, at + 1}), at, b.title)


def plain_line(text: str, lex: CleanLexicon) -> bool:
    """A generated subheading must be story text, not a line the boilerplate rules drop ("المصدر: …")."""
    labelled = label_lines(text, lex, Settings(related_list_max_words=0))
    return len(labelled) == 1 and labelled[0].action == "keep"


def subheading_page(a: Article, rng: random.Random, lex: CleanLexicon) -> Page:
    """A quote-head when the article has an easy "قال X إن …", else the next paragraph's lead words."""
    k = rng.randint(1, len(a.paras) - 1)
    head, variant = quote_head((*a.paras[k:], *a.paras[:k]), rng), "quote-head"
    if head is None or not plain_line(head, lex):
        head, variant = lead_words(a.paras[k], rng), "lead-words"
    lines = (a.title, *a.paras[:k], head, *a.paras[k:])
    return Page("subheading", variant, (a.id,), lines, frozenset(), k + 1)


def build_pages(articles: list[Article], per_kind: int, seed: int, lex: CleanLexicon) -> list[Page]:
    """`per_kind` pages of each kind; no article is used twice, so dev and test never share one."""
    rng = random.Random(seed)
    pool = iter(rng.sample(articles, len(articles)))
    need = per_kind * 6
    if need > len(articles):
        sys.exit(f"--pages {per_kind} needs {need} articles; the corpus has {len(articles)} usable ones")
    pages = []
    for i in range(per_kind):
        pages.append(marker_page(next(pool), next(pool), i))
        pages.append(unmarked_page(next(pool), next(pool), i, rng))
        pages.append(subheading_page(next(pool), rng, lex))
        a = next(pool)
        pages.append(Page("single", "article", (a.id,), (a.title, *a.paras), frozenset()))
    return pages


def same_title(got: str | None, want: str | None) -> bool:
    def key(t: str) -> str:
        return fold(one_line(t)).strip(" :.-–\u200f\u200e")

    return got is not None and want is not None and key(got) == key(want)


def score_page(page: Page, stories: Sequence[tuple[str, str | None]]) -> Outcome:
    """Compare the (first line, title) of each predicted story with the page's expected boundary."""
    starts, pos = [], 0
    for first, title in stories:
        while pos < len(page.lines) and page.lines[pos] != first:
            pos += 1
        starts.append((pos, title))
        pos += 1
    hits = [title for at, title in starts[1:] if at in page.zone]
    gold = 1 if page.zone else 0
    title_ok = same_title(hits[0], page.title_b) if gold and hits else (False if gold else None)
    return Outcome(page.kind, page.variant, gold, len(starts) - 1, min(len(hits), 1), title_ok)


def run_clean(pages: Sequence[Page], lex: CleanLexicon, settings: Settings) -> list[Outcome]:
    """The benchmark proper: every page through the whole cleaning stage."""
    out = []
    for i, page in enumerate(pages):
        raw = RawDoc(f"glue#{i}", "\n\n".join(page.lines), "text")
        try:
            stories = [
                (s.text.split("\n", 1)[0], s.title) for s in clean_document(raw, lex, settings).stories
            ]
        except CleanError:
            stories = []
        out.append(score_page(page, stories))
    return out


def run_labelled(
    pages: Sequence[Page], labels: Sequence[list[Line]], lex: CleanLexicon, settings: Settings
) -> list[Outcome]:
    """Only the segmentation step, on lines labelled once: what changes with the boundary weights."""
    out = []
    for page, lines in zip(pages, labels, strict=True):
        drafts = segment(lines, lex, settings)
        out.append(score_page(page, [(d.body[0].text, d.title) for d in drafts]))
    return out


def prf(outcomes: Sequence[Outcome]) -> dict[str, float | int | None]:
    gold = sum(o.gold for o in outcomes)
    predicted = sum(o.predicted for o in outcomes)
    correct = sum(o.correct for o in outcomes)
    precision = (correct / predicted if predicted else 0.0) if gold else None  # no gold: only false splits
    recall = correct / gold if gold else None
    f1 = None if precision is None or recall is None else 0.0
    if precision and recall:
        f1 = 2 * precision * recall / (precision + recall)
    titled = [o.title_ok for o in outcomes if o.title_ok is not None]
    return {
        "pages": len(outcomes),
        "gold": gold,
        "predicted": predicted,
        "correct": correct,
        "precision": None if precision is None else round(precision, 4),
        "recall": None if recall is None else round(recall, 4),
        "f1": None if f1 is None else round(f1, 4),
        "title_accuracy": round(sum(titled) / len(titled), 4) if titled else None,
        "false_splits": predicted - correct,
        "pages_with_false_split": sum(o.predicted > o.correct for o in outcomes),
    }


def figures(outcomes: Sequence[Outcome]) -> dict[str, object]:
    """Overall, per kind and per variant."""
    by_variant: dict[str, list[Outcome]] = {}
    for o in outcomes:
        by_variant.setdefault(f"{o.kind}/{o.variant}", []).append(o)
    return {
        "overall": prf(outcomes),
        "kinds": {k: prf([o for o in outcomes if o.kind == k]) for k in KINDS},
        "variants": {k: prf(v) for k, v in sorted(by_variant.items())},
    }


def halves(items: Sequence, pages: Sequence[Page]) -> dict[str, list]:
    """dev: pages with an even index within their kind; test: odd ones."""
    seen: dict[str, int] = {}
    out: dict[str, list] = {"dev": [], "test": []}
    for item, page in zip(items, pages, strict=True):
        n = seen.get(page.kind, 0)
        seen[page.kind] = n + 1
        out["test" if n % 2 else "dev"].append(item)
    return out


#: Table columns: header → figure. "false": wrong story starts; "fpages": pages with one.
COLUMNS = {
    "pages": "pages", "gold": "gold", "pred": "predicted", "hit": "correct", "P": "precision", "R": "recall",
    "F1": "f1", "title": "title_accuracy", "false": "false_splits", "fpages": "pages_with_false_split",
}  # fmt: skip


def _cell(value: object) -> str:
    if value is None:
        return "-".rjust(6)
    return f"{value:6.3f}" if isinstance(value, float) else f"{value:6}"


def print_table(name: str, figs: dict) -> None:
    """Overall, per kind and per variant."""
    print(f"\n{name}")
    print(" " * 24 + "".join(h.rjust(7) for h in COLUMNS))
    rows = {"overall": figs["overall"], **figs["kinds"], **figs["variants"]}
    for label, f in rows.items():
        print(f"{label:24}" + "".join(" " + _cell(f[k]) for k in COLUMNS.values()))


def weight_grid() -> list[dict[str, float]]:
    keys = list(GRID)
    return [dict(zip(keys, values, strict=True)) for values in itertools.product(*(GRID[k] for k in keys))]


class LinearScore:
    """`boundary_score` is linear in the weights: score each candidate line once per weight, then
    every grid point costs a dot product. Stands in for the real function while ranking the grid."""

    def __init__(self, base: Settings) -> None:
        zero = {f"boundary_{w}": 0.0 for w in PARTS}
        self.unit = [dataclasses.replace(base, **{**zero, f"boundary_{w}": 1.0}) for w in PARTS]
        self.cache: dict[tuple[int, int, int], tuple[float, ...]] = {}

    def __call__(self, head: Line, ahead: list[Line], story: list[Line], *context: object) -> float:
        """Same arguments as `boundary_score`; the last one is the Settings."""
        *rest, settings = context
        key = (id(head), id(story[0]) if story else 0, len(story))  # a body: its first line and length
        parts = self.cache.get(key)
        if parts is None:
            parts = tuple(boundary_score(head, ahead, story, *rest, unit) for unit in self.unit)
            self.cache[key] = parts
        return sum(p * getattr(settings, f"boundary_{w}") for p, w in zip(parts, PARTS, strict=True))


def movable(lines: list[Line], settings: Settings) -> bool:
    """Whether the weights can change this page's stories: a headline-like line after its first line."""
    kept = [ln for ln in lines if ln.action == "keep"]
    return any(is_headline(ln, settings) for ln in kept[1:])


def rank_points(job: tuple[list[dict[str, float]], Sequence[Page], Sequence[list[Line]], Settings]) -> list:
    """Dev F1 of each grid point (run in a worker process); pages no weight can change are run once."""
    points, pages, labels, base = job
    lex = load_clean_lexicon()
    moving = [i for i, lines in enumerate(labels) if movable(lines, base)]
    fixed = [i for i in range(len(pages)) if i not in set(moving)]
    constant = run_labelled([pages[i] for i in fixed], [labels[i] for i in fixed], lex, base)
    pages, labels = [pages[i] for i in moving], [labels[i] for i in moving]
    out = []
    with mock.patch.object(SEGMENT, "boundary_score", LinearScore(base)):
        for point in points:
            got = run_labelled(pages, labels, lex, dataclasses.replace(base, **point))
            out.append((prf(constant + got)["f1"], point))
    return out


def tune(pages: Sequence[Page], lex: CleanLexicon, base: Settings, jobs: int) -> dict[str, object]:
    """Grid search on dev pages only; the best point (by dev F1, then nearest the defaults) goes to test."""
    labels = [label_lines("\n".join(p.lines), lex, base) for p in pages]
    split = halves(list(zip(pages, labels, strict=True)), pages)
    dev_pages, dev_labels = zip(*split["dev"], strict=True)
    test_pages, test_labels = zip(*split["test"], strict=True)
    grid = weight_grid()
    chunks = [(grid[i::jobs], dev_pages, dev_labels, base) for i in range(jobs)]
    with ProcessPoolExecutor(jobs) as pool:
        scored = [r for part in pool.map(rank_points, chunks) for r in part]
    distance = {id(p): sum(abs(v - getattr(base, k)) for k, v in p.items()) for _, p in scored}
    scored.sort(key=lambda r: (-r[0], distance[id(r[1])]))
    best = dataclasses.replace(base, **scored[0][1])
    return {
        "grid": {k: list(v) for k, v in GRID.items()},
        "points": len(scored),
        "best": scored[0][1],
        "best_dev": prf(run_labelled(dev_pages, dev_labels, lex, best)),
        "best_test": figures(run_labelled(test_pages, test_labels, lex, best)),
        "default": {k: getattr(base, k) for k in GRID},
        "default_dev": prf(run_labelled(dev_pages, dev_labels, lex, base)),
        "default_test": figures(run_labelled(test_pages, test_labels, lex, base)),
        "top": [{"settings": p, "dev_f1": f1} for f1, p in scored[:10]],
    }


def parts_at(at: int, lines: list[Line], begin: int, lex: CleanLexicon, settings: Settings) -> dict:
    """Line `at` scored as a headline after the story from line `begin`: each weight's part, and the score."""
    ahead = [ln for ln in lines[at + 1 : at + 3] if ln.action == "keep"]
    story = [ln for ln in lines[begin:at] if ln.action == "keep"]
    info = {"line": at, "words": lines[at].words, "headline_like": is_headline(lines[at], settings)}
    if ahead and story:
        behind = set().union(*(stems(ln.norm, lex.stopwords) for ln in story))  # as segment() keeps them
        zero = {f"boundary_{w}": 0.0 for w in PARTS}
        unit = {w: dataclasses.replace(settings, **{**zero, f"boundary_{w}": 1.0}) for w in WEIGHTS}
        parts = {w: boundary_score(lines[at], ahead, story, behind, lex, u) for w, u in unit.items()}
        info["parts"] = {w: round(v, 3) for w, v in parts.items()}
        info["score"] = round(boundary_score(lines[at], ahead, story, behind, lex, settings), 3)
    return info


def explain(
    page: Page, lines: list[Line], drafts: list[Draft], lex: CleanLexicon, settings: Settings
) -> dict:
    """One wrong page: the score at its expected headline (or subheading) and at its first false split."""
    where = {ln.text: i for i, ln in enumerate(lines)}
    starts = sorted(where.get(d.body[0].text, 0) for d in drafts)
    info: dict[str, object] = {"kind": page.kind, "variant": page.variant, "ids": page.ids}
    info["opened_by"] = [d.opened_by for d in drafts]
    if page.head is not None:
        info["at_head"] = parts_at(
            page.head, lines, max((s for s in starts if s < page.head), default=0), lex, settings
        )
    for d in drafts[1:]:
        at = where.get(d.title or "")
        if d.opened_by == "headline" and at is not None and where.get(d.body[0].text) not in page.zone:
            info["at_false_split"] = parts_at(
                at, lines, max((s for s in starts if s < at), default=0), lex, settings
            )
            break
    return info


def error_samples(pages: Sequence[Page], lex: CleanLexicon, settings: Settings, per_kind: int) -> list[dict]:
    """Misses and false splits, described by ids, line numbers and score parts (never by text)."""
    out: list[dict] = []
    counts = dict.fromkeys(KINDS, 0)
    for page in pages:
        lines = label_lines("\n".join(page.lines), lex, settings)
        drafts = segment(lines, lex, settings)
        outcome = score_page(page, [(d.body[0].text, d.title) for d in drafts])
        wrong = outcome.correct < outcome.gold or outcome.predicted > outcome.correct
        if wrong and counts[page.kind] < per_kind:
            counts[page.kind] += 1
            error = "miss" if outcome.correct < outcome.gold else "false split"
            out.append({"error": error, **explain(page, lines, drafts, lex, settings)})
    return out


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--pages", type=int, default=400, help="pages per kind (default 400)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--tune", action="store_true", help="grid-search the boundary weights on dev")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for --tune (default 2)")
    parser.add_argument("--errors", action="store_true", help="print wrong pages (ids and score parts)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    path = args.shared / CORPUS
    if not path.is_file():
        sys.exit(f"SaudiNewsNet not found: {path} (pass --shared DIR pointing at the shared data folder)")
    started = time.perf_counter()
    articles = load_articles(path)
    lex, settings = load_clean_lexicon(), Settings.from_env()
    pages = build_pages(articles, args.pages, args.seed, lex)
    outcomes = halves(run_clean(pages, lex, settings), pages)
    results = {name: figures(o) for name, o in outcomes.items()}
    for name, figs in results.items():
        print_table(f"{name} ({len(outcomes[name])} pages), default settings", figs)
    errors = error_samples(pages, lex, settings, per_kind=10)
    if args.errors:
        for e in errors:
            print(json.dumps(e, ensure_ascii=False))
    tuned = tune(pages, lex, settings, args.jobs) if args.tune else None
    if tuned:
        print_tuning(tuned)
    report = {
        "benchmark": "story boundaries on glued SaudiNewsNet pages, rasd.clean.clean_document",
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "data": str(CORPUS),
        "usable_articles": len(articles),
        "seed": args.seed,
        "pages_per_kind": {
            name: Counter(p.kind for p in half) for name, half in halves(pages, pages).items()
        },
        "settings": {
            f.name: getattr(settings, f.name)
            for f in dataclasses.fields(settings)
            if f.name.startswith(("boundary_", "headline_", "lede_"))
        },
        "results": results,
        "tuning": tuned,
        "error_samples": errors,
        "seconds": round(time.perf_counter() - started, 1),
        "caveats": CAVEATS,
    }
    write_report(args.out, report)
    print(f"took {report['seconds']} s")
    return 0


def print_tuning(tuned: dict) -> None:
    print(f"\ntuning: {tuned['points']} points on dev")
    print(
        f"  default {tuned['default']}: dev F1 {tuned['default_dev']['f1']:.4f}, "
        f"test F1 {tuned['default_test']['overall']['f1']:.4f}"
    )
    print(
        f"  best    {tuned['best']}: dev F1 {tuned['best_dev']['f1']:.4f}, "
        f"test F1 {tuned['best_test']['overall']['f1']:.4f}"
    )
    print_table("test, best tuned settings", tuned["best_test"])


if __name__ == "__main__":
    raise SystemExit(main())
