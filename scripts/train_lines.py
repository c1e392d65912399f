"""Train the line classifier (content / boilerplate / title) on the dev pages' labelled lines.

Usage:
  .venv/bin/python scripts/train_lines.py                 # cross-validate, then write the model
  .venv/bin/python scripts/train_lines.py --cv-only       # the cross-validated figures only
  .venv/bin/python scripts/train_lines.py --grid          # ... for several c1/c2 and thresholds
  .venv/bin/python scripts/train_lines.py --cv-only --errors   # ... and each held-out error
  .venv/bin/python scripts/train_lines.py --cv-only --model-errors   # the model's own, and who overrides it
  .venv/bin/python scripts/train_lines.py --unlabelled    # write, then count drops on SaudiNewsNet

Data: the pages of `eval/pages/split.tsv` whose split is `dev` (never `test`), read as
`rasd analyze` reads them; each line labelled from `eval/pages/gold/<page>.yaml`:
- boilerplate: the line starts with one of `document.boilerplate_removed` (the scorer's test,
  after its normalisation), or repeats the headline line just above it (labellers cannot list those);
- title: the first line holding a story's `title_starts`;
- content: every other line.
Features: `rasd/clean/linemodel.py` (shallow features only: no page words). Model: a linear-chain
CRF (CRFsuite, L-BFGS, deterministic), written to rasd/data/models/lines.crfsuite with a sidecar
lines.json. Cross-validation: folds of pages grouped by event_key and outlet (every report of one
event and every page of one outlet in one fold),
line-level figures and end-to-end figures of the cleaning stage (the titles and boilerplate-line
rows of eval/pages/prf.py, and outlet/published) on the held-out fold, each fold's model trained on
the other folds.
"""

from __future__ import annotations

import argparse
import copy
import csv
import dataclasses
import gzip
import json
import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pycrfsuite
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval" / "pages"))

import prf  # noqa: E402  (eval/pages/prf.py: the scorer's matching functions)

from rasd.clean import clean_document, load_clean_lexicon  # noqa: E402
from rasd.clean.linemodel import FEATURE_VERSION, LABELS, page_features  # noqa: E402
from rasd.clean.lines import Line, label_lines  # noqa: E402
from rasd.errors import RasdError  # noqa: E402
from rasd.ingest.parse import load_file  # noqa: E402
from rasd.records import RawDoc  # noqa: E402
from rasd.settings import Settings  # noqa: E402

SHARED = ROOT.parent / "shared"
PAGES = SHARED / "corpus" / "pages" / "articles"
SNN = SHARED / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
UNLABELLED_ARTICLES = 1500  # multi-line SaudiNewsNet articles for `--unlabelled` (about 12,000 lines)
UNLABELLED_SEED = 7
OUT = ROOT / "rasd" / "data" / "models" / "lines.crfsuite"
#: CRFsuite settings; c1/c2 chosen by --grid on the dev folds (docs/clean.md): strong L2, little L1
#: (end-to-end CV boilerplate F1 0.820 vs 0.799 for c1 1.0 / c2 0.1, at the same precision; with
#: FEATURE_VERSION 4 and site folds 0.913 vs 0.875 for c1 0.5 / c2 0.1, 0.914 at P 0.986 for c1 0 / c2 1).
C1 = 0.05
C2 = 3.0
MAX_ITERATIONS = 200
FOLDS = 5


@dataclass
class Page:
    name: str
    event: str
    raw: RawDoc
    lines: list[Line]
    labels: list[str]


def dev_pages() -> list[tuple[str, str]]:
    with (ROOT / "eval" / "pages" / "split.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    return [(r[0], r[1]) for r in rows[1:] if len(r) >= 3 and r[2] == "dev"]


def gold_labels(s, lines: list[Line], gold: dict) -> list[str]:
    doc = gold["document"]
    prefixes = [s.norm(b) for b in doc.get("boilerplate_removed") or [] if s.norm(b)]
    starts = [s.norm(st.get("title_starts")) for st in doc.get("stories") or [] if st.get("title_starts")]
    labels = []
    for i, line in enumerate(lines):
        n = s.norm(line.text)
        if any(n.startswith(p) for p in prefixes):
            labels.append("boilerplate")
        elif any(t and t in n for t in starts):
            starts = [t for t in starts if t not in n]  # one line per headline
            labels.append("title")
        elif i and labels[-1] == "title" and n == s.norm(lines[i - 1].text):
            labels.append("boilerplate")
        else:
            labels.append("content")
    return labels


def load_pages(s, settings: Settings) -> list[Page]:
    rules = load_clean_lexicon(line_model=False)
    pages = []
    for name, event in dev_pages():
        parsed = load_file(str(PAGES / name), PAGES / name, settings)
        raw = parsed[0]
        if not isinstance(raw, RawDoc):
            continue
        gold = yaml.safe_load(
            (ROOT / "eval" / "pages" / "gold" / f"{Path(name).stem}.yaml").read_text("utf-8")
        )
        lines = label_lines(raw.text, rules, settings)
        pages.append(Page(name, event, raw, lines, gold_labels(s, lines, gold)))
    return pages


def outlet_of(name: str) -> str:
    """The outlet a page file is named for (`gulf-001_okaz_…` → okaz)."""
    parts = Path(name).stem.split("_")
    return parts[1] if len(parts) > 1 else name


#: Second-level labels under which a country code names the registrable domain (`okaz.com.sa`).
_SECOND_LEVEL = frozenset({"com", "net", "org", "co", "gov", "edu", "ac"})


def site_of(url: str) -> str:
    """A page address's registrable domain without its suffix: `ultrairaq.ultrasawt.com` and
    `ultrasudan.ultrasawt.com` → ultrasawt, `arabicpost.net` and `arabicpost.live` → arabicpost (one
    site's templates, one site's furniture)."""
    labels = urlsplit(url).netloc.lower().split(":")[0].split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-2]
    elif len(labels) >= 2:
        labels = labels[:-1]
    return labels[-1] if labels else url


def sites() -> dict[str, str]:
    """Each page file's site (`site_of` its manifest address); empty when the manifest is absent."""
    path = SHARED / "corpus" / "pages" / "manifest.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {row["file"]: site_of(row["url"]) for row in rows if row.get("url")}


def groups(pages: list[Page]) -> list[list[Page]]:
    """Pages tied by a shared event or a shared outlet, as connected groups: a held-out fold then holds
    outlets and events the model never saw, as the test split does (an outlet's furniture repeats)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    site = sites()
    for p in pages:
        parent[root("outlet:" + outlet_of(p.name))] = root("event:" + p.event)
        parent[root("site:" + site.get(p.name, outlet_of(p.name)))] = root("event:" + p.event)
    found: dict[str, list[Page]] = {}
    for p in pages:
        found.setdefault(root("event:" + p.event), []).append(p)
    return sorted(found.values(), key=lambda g: (-len(g), g[0].name))


def folds(pages: list[Page], k: int) -> list[list[Page]]:
    """k folds of whole groups (`groups`), largest first, each to the fold with fewest pages so far
    (deterministic); k 0: one fold per group (leave one group out)."""
    if k <= 0:
        return groups(pages)
    parts: list[list[Page]] = [[] for _ in range(k)]
    for group in groups(pages):
        min(parts, key=len).extend(group)
    return parts


def train(pages: list[Page], path: Path, stopwords: frozenset[str], c1: float, c2: float) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for page in pages:
        trainer.append(page_features(page.lines, stopwords), page.labels)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": MAX_ITERATIONS, "feature.possible_transitions": True}
    )
    trainer.train(str(path))
    sidecar = {
        "feature_version": FEATURE_VERSION,
        "labels": list(LABELS),
        "algorithm": "lbfgs",
        "c1": c1,
        "c2": c2,
        "max_iterations": MAX_ITERATIONS,
        "training": f"eval/pages dev split: {len(pages)} pages, {sum(len(p.lines) for p in pages)} lines",
    }
    path.with_suffix(".json").write_text(json.dumps(sidecar, indent=2) + "\n", encoding="utf-8")


def output_json(docs: list[tuple[str, object]]) -> dict:
    out = []
    for name, doc in docs:
        if doc is None:
            continue
        out.append(
            {
                "source": name,
                "outlet": doc.outlet,
                "published": doc.published.isoformat() if doc.published else None,
                "stories": [{"title": st.title, "text": st.text} for st in doc.stories],
            }
        )
    return {"documents": out}


def line_errors(s, gold_doc: dict, doc, raw: str) -> list[str]:
    """The page's boilerplate-line errors as the scorer counts them (`prf.score_boilerplate`): a line
    removed that the gold keeps (FP) or kept that the gold removes (FN), with what removed it (a rule's
    kind, `model`, `repeat`, or `-` when the line is lost some other way)."""
    kept = [s.norm(x) for st in (doc.stories if doc else []) for x in (st.title, st.text) if x]
    why = {s.norm(r.text): r.kind for st in (doc.stories if doc else []) for r in st.removed}
    prefixes = [s.norm(b) for b in gold_doc.get("boilerplate_removed") or [] if s.norm(b)]
    out = []
    for line in raw.splitlines():
        n = s.norm(line)
        if not n:
            continue
        is_bp = any(n.startswith(p) for p in prefixes)
        said_bp = not any(n in k for k in kept)
        if is_bp != said_bp:
            out.append(f"{'FP' if said_bp else 'FN'} {why.get(n, '-')}\t{line.strip()[:100]}")
    return out


def end_to_end(s, gold, pages: list[Page], lex, settings: Settings, errors: bool = False) -> dict:
    docs = []
    for page in pages:
        try:
            docs.append((page.name, clean_document(page.raw, lex, settings)))
        except RasdError:
            docs.append((page.name, None))
        if errors:
            for err in line_errors(s, gold.documents[page.name], docs[-1][1], page.raw.text):
                print(f"  {page.name[:40]}\t{err}")
    sub = copy.copy(gold)
    sub.documents = {p.name: gold.documents[p.name] for p in pages}
    out = s.parse_output(output_json(docs))
    raw = {p.name: p.raw.text for p in pages}
    return {
        "titles": prf.score_titles(s, sub, out, raw)["titles"],
        "boilerplate": prf.score_boilerplate(s, sub, out, raw),
        "documents": prf.score_documents(s, sub, out),
    }


def add(total: dict, part: dict) -> None:
    for k, v in part.items():
        if isinstance(v, dict):
            add(total.setdefault(k, {}), v)
        elif k in ("tp_gold", "n_gold", "tp_out", "n_out", "hits", "n"):
            total[k] = total.get(k, 0) + v


def summary(total: dict) -> str:
    t, b = total["titles"], total["boilerplate"]
    d = total["documents"]
    p = b["tp_out"] / b["n_out"] if b["n_out"] else 0.0
    r = b["tp_gold"] / b["n_gold"] if b["n_gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return (
        f"titles {t['hits'] / t['n']:.3f} ({t['hits']}/{t['n']})  boilerplate lines P {p:.3f} "
        f"({b['tp_out']}/{b['n_out']}) R {r:.3f} ({b['tp_gold']}/{b['n_gold']}) F1 {f:.3f}  "
        f"published {d['published']['hits']}/{d['published']['n']}  "
        f"outlet {d['outlet']['hits']}/{d['outlet']['n']}"
    )


def line_scores(pages: list[Page], model: Path, stopwords: frozenset[str], bp_min: float) -> dict:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    c = {"bp_tp": 0, "bp_out": 0, "bp_gold": 0, "t_tp": 0, "t_out": 0, "t_gold": 0}
    for page in pages:
        tagger.set(page_features(page.lines, stopwords))
        for i, (line, gold) in enumerate(zip(page.lines, page.labels, strict=True)):
            said_bp = line.action != "keep" or tagger.marginal("boilerplate", i) >= bp_min
            said_t = not said_bp and tagger.marginal("title", i) >= 0.5
            c["bp_tp"] += said_bp and gold == "boilerplate"
            c["bp_out"] += said_bp
            c["bp_gold"] += gold == "boilerplate"
            c["t_tp"] += said_t and gold == "title"
            c["t_out"] += said_t
            c["t_gold"] += gold == "title"
    return c


def fmt_lines(c: dict) -> str:
    def prf_(tp: int, n_out: int, n_gold: int) -> str:
        p = tp / n_out if n_out else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f} ({tp}/{n_out}) R {r:.3f} ({tp}/{n_gold}) F1 {f:.3f}"

    return (
        f"lines: boilerplate {prf_(c['bp_tp'], c['bp_out'], c['bp_gold'])} | "
        f"title {prf_(c['t_tp'], c['t_out'], c['t_gold'])}"
    )


def disagreements(pages: list[Page], model: Path, settings: Settings, show: bool) -> Counter[tuple[str, ...]]:
    """Held out: who decides each line (a rule's drop, `furniture`, a guard of `lines._protected`, or
    the model alone) against what the model alone says and the gold, so a rule and the model can be
    compared where they disagree. `show` prints the model's own errors (P(boilerplate), where the line
    stands: head / inside / foot of the text, and who overrode the model)."""
    from rasd.clean.lines import _protected
    from rasd.clean.metadata import furniture, is_outlet_dateline

    rules = load_clean_lexicon(line_model=False)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    out: Counter[tuple[str, ...]] = Counter()
    for page in pages:
        tagger.set(page_features(page.lines, rules.stopwords))
        guarded = _protected(page.lines, rules, settings)
        long_at = [i for i, line in enumerate(page.lines) if line.words >= settings.header_end_words]
        first, last = (long_at[0], long_at[-1]) if long_at else (len(page.lines), -1)
        for i, (line, gold) in enumerate(zip(page.lines, page.labels, strict=True)):
            p = tagger.marginal("boilerplate", i)
            said = "drop" if p >= settings.line_boilerplate_min else "keep"
            if line.action != "keep":
                who = "rule"
            elif i in guarded:
                who = "guard"
            elif furniture(line.text, rules):
                who = "furniture"
            elif (
                i < first
                and line.words <= settings.guard_dateline_max_words
                and is_outlet_dateline(line.text, rules)
            ):
                who = "outlet-dateline"  # kept above the text whatever the model says (`lines.py`)
            else:
                who = "model"
            truth = "boilerplate" if gold == "boilerplate" else "kept"
            out[(who, f"model {said}", f"gold {truth}")] += 1
            if show and (said == "drop") != (gold == "boilerplate"):
                where = "head" if i < first else "foot" if i > last else "inside"
                error = "FP" if said == "drop" else "FN"
                print(f"  model {error} {p:.2f} {where:6} {who:15} {page.name[:30]}\t{line.text[:80]}")
    return out


def cross_validate(
    s,
    gold,
    pages,
    settings,
    c1,
    c2,
    settings_grid,
    errors: bool = False,
    k: int = FOLDS,
    model_errors: bool = False,
) -> None:
    stopwords = load_clean_lexicon(line_model=False).stopwords
    parts = folds(pages, k)
    with tempfile.TemporaryDirectory() as tmp:
        models = []
        for i in range(len(parts)):
            path = Path(tmp) / f"fold{i}.crfsuite"
            train([p for j, part in enumerate(parts) if j != i for p in part], path, stopwords, c1, c2)
            models.append(path)
        for grid in settings_grid:
            tried = dataclasses.replace(settings, **grid)
            counts: dict = {}
            total: dict = {}
            for i in range(len(parts)):
                for key, v in line_scores(parts[i], models[i], stopwords, tried.line_boilerplate_min).items():
                    counts[key] = counts.get(key, 0) + v
                lex = load_clean_lexicon(line_model=models[i])
                add(total, end_to_end(s, gold, parts[i], lex, tried, errors))
            label = " ".join(f"{k}={v}" for k, v in grid.items())
            print(f"CV {len(parts)} folds c1={c1} c2={c2} {label}")
            print(f"  {fmt_lines(counts)}\n  end-to-end {summary(total)}")
        if model_errors:
            found: Counter[tuple[str, ...]] = Counter()
            for i in range(len(parts)):
                found += disagreements(parts[i], models[i], settings, show=True)
            print("held out, who decides / the model alone / the gold:")
            for key, n in sorted(found.items()):
                print(f"  {' / '.join(key)}: {n}")


def unlabelled(model: Path, settings: Settings, n: int = UNLABELLED_ARTICLES) -> str:
    """A precision check on text the model never saw: SaudiNewsNet articles (their title line, then
    their paragraphs) carry next to no page furniture, so most lines the cleaner drops there are
    false removals (subheadings, list items, short titles; some are credits and e-mail addresses).
    Counts the lines dropped, by kind, and the model's drops by where they stand."""
    lex = load_clean_lexicon(line_model=model)
    arts = []
    with gzip.open(SNN, "rt", encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if "\n" in row["text"].strip():
                arts.append(row)
    random.Random(UNLABELLED_SEED).shuffle(arts)
    kinds: Counter[str] = Counter()
    n_lines = 0
    for row in arts[:n]:
        lines = label_lines(row["title"] + "\n" + row["text"], lex, settings)
        n_lines += len(lines)
        long_at = [i for i, line in enumerate(lines) if line.words >= settings.header_end_words]
        first, last = (long_at[0], long_at[-1]) if long_at else (len(lines), -1)
        for i, line in enumerate(lines):
            if line.action == "keep":
                continue
            kinds[line.kind] += 1
            if line.kind == "model":
                kinds[
                    "model:"
                    + ("first" if i == 0 else "head" if i < first else "foot" if i > last else "inside")
                ] += 1
    listed = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    return f"SaudiNewsNet {min(n, len(arts))} articles, {n_lines} lines; dropped: {listed}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--grid", action="store_true", help="cross-validate several settings")
    ap.add_argument("--errors", action="store_true", help="print each held-out boilerplate-line error")
    ap.add_argument(
        "--model-errors",
        action="store_true",
        help="print the model's own held-out errors and where rules, guards and the model disagree",
    )
    ap.add_argument(
        "--unlabelled", action="store_true", help="count the lines the written model drops on SaudiNewsNet"
    )
    ap.add_argument("--c1", type=float, default=C1)
    ap.add_argument("--c2", type=float, default=C2)
    ap.add_argument("--folds", type=int, default=FOLDS, help="CV folds (0: leave one group out)")
    args = ap.parse_args(argv)
    s = prf.load_scorer(SHARED)
    gold = s.load_gold(ROOT / "eval" / "pages" / "dev.yaml")
    settings = Settings.from_env()  # RASD_* variables apply, as in `rasd analyze`
    pages = load_pages(s, settings)
    n_lines = sum(len(p.lines) for p in pages)
    counts = {lab: sum(p.labels.count(lab) for p in pages) for lab in LABELS}
    print(f"dev: {len(pages)} pages, {n_lines} lines, {counts}, {len({p.event for p in pages})} events")
    base = {
        "line_boilerplate_min": settings.line_boilerplate_min,
        "line_title_min": settings.line_title_min,
        "line_title_headline_min": settings.line_title_headline_min,
    }
    if not args.no_cv:
        if args.grid:
            for c1, c2 in (
                (0.5, 0.1),
                (1.0, 0.1),
                (1.0, 1.0),
                (2.0, 0.1),
                (5.0, 0.1),
                (0.0, 1.0),
                (0.1, 1.0),
                (0.0, 3.0),
                (0.05, 3.0),
                (0.2, 5.0),
                (0.05, 10.0),
                (0.05, 30.0),
            ):
                cross_validate(s, gold, pages, settings, c1, c2, [base], k=args.folds)
            grid = [
                {"line_boilerplate_min": b, "line_title_min": t, "line_title_headline_min": h}
                for b in (0.3, 0.4, 0.5, 0.6, 0.7)
                for t, h in ((0.5, 0.2), (0.5, 0.0), (0.5, 1.1), (0.3, 0.1), (0.7, 0.2))
            ]
            cross_validate(s, gold, pages, settings, C1, C2, grid, k=args.folds)
        else:
            cross_validate(
                s, gold, pages, settings, args.c1, args.c2, [base], args.errors, args.folds, args.model_errors
            )
    if not args.cv_only:
        stopwords = load_clean_lexicon(line_model=False).stopwords
        train(pages, args.out, stopwords, C1, C2)
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes) and {args.out.with_suffix('.json').name}")
    if args.unlabelled:
        print(unlabelled(args.out, settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
