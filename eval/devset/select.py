#!/usr/bin/env python3
"""Print SaudiNewsNet candidates for the event/quote development set (id, outlet, date, title).

Deterministic: scans ../shared/corpus/saudinewsnet/articles.jsonl.gz in corpus order, keeps
articles crawled on or after 2015-08-01 (the SaudiNewsNet README says the crawl date is "most
probably" the publication date only from then on), with a title containing a diplomacy keyword
and a body of 400-3000 characters, and prints at most --per-outlet (default 25) per outlet.
No article text is written anywhere; the output is for the annotator's eyes only.

    .venv/bin/python eval/devset/select.py [--corpus PATH] [--per-outlet N] [--since YYYY-MM-DD]
        [--until YYYY-MM-DD] [--part a|b|c|d|e|f|g|h]

Part a (the default: from 2015-08-01, no upper bound) chose ids.txt. Its 25-per-outlet cap in
corpus order stopped mostly by 2015-08-06, so part b (`--part b`, which chose ids_b.txt) takes the
corpus's last days, 2015-08-07 .. 2015-08-11 (the crawl ends on 2015-08-11), and leaves out the ids
already in ids.txt. Explicit --since/--until override the part's window.

Part c (`--part c`, which chose ids_c.txt) is chosen differently, to undo the title bias of a and b:
2015-08-01 .. 2015-08-11, no id of ids.txt or ids_b.txt, a title WITHOUT any of the keywords below,
a body naming a political actor (ACTOR_CUES) and no sports/markets/entertainment skip word in title
or body (BODY_SKIP_RE). Candidates are printed in a seeded random order (SEED_C), not corpus order,
so the per-outlet cap does not favour the first days.

Part d (`--part d`, which chose ids_d.txt) is part c's rule with its own seed (SEED_D) and without
any id of ids.txt, ids_b.txt or ids_c.txt.

Parts e and f (`--part e`, `--part f`) come from other days: the crawl's July days (2015-07-21 ..
2015-07-31), which no earlier part drew from, so their news is other news. Part c's filters, except that a
title keyword is allowed (neither required nor refused), shuffled with SEED_EF and capped per outlet;
the one list is dealt out in turn, rows 1, 3, 5 … to part e and rows 2, 4, 6 … to part f, so two
annotators can work at once and never meet the same article. The crawl date of a July article may be
later than its publication (the SaudiNewsNet README), which the labels of these parts allow for.

Part g (`--part g`, which chose ids_g.txt) draws from the same July pool with the same filters, without any
id of parts a-f and without any row of the list dealt to e and f (their annotators read or skipped those),
shuffled with SEED_G and capped per outlet.

Part h (`--part h`, which chose ids_h.txt) is a fresh check from the same July pool (SaudiNewsNet has no
crawl day outside 2015-07-21 .. 2015-08-11, and the August days are parts a-d's): the same filters, no id of
parts a-g, no row of the e/f list and no row of part g's list (all read or skipped by their annotators),
shuffled with SEED_H and capped per outlet.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Crawl-day windows of the two parts (inclusive; None = no upper bound). Part a's window is the one
# that produced ids.txt, so its output must stay byte-identical.
PARTS: dict[str, tuple[str, str | None]] = {
    "a": ("2015-08-01", None),
    "b": ("2015-08-07", "2015-08-11"),
    "c": ("2015-08-01", "2015-08-11"),
    "d": ("2015-08-01", "2015-08-11"),
    "e": ("2015-07-21", "2015-07-31"),
    "f": ("2015-07-21", "2015-07-31"),
    "g": ("2015-07-21", "2015-07-31"),
    "h": ("2015-07-21", "2015-07-31"),
}
PART_A_IDS = Path(__file__).resolve().parent / "ids.txt"
PART_B_IDS = Path(__file__).resolve().parent / "ids_b.txt"
PART_C_IDS = Path(__file__).resolve().parent / "ids_c.txt"
# Every earlier part's ids file: part g leaves all of them out (read, never printed).
PART_IDS = [
    Path(__file__).resolve().parent / name
    for name in ("ids.txt", "ids_b.txt", "ids_c.txt", "ids_d.txt", "ids_e.txt", "ids_f.txt")
]
# Part c's shuffle seed: fixed so the candidate list is reproducible.
SEED_C = 20151
# Part d: part c's rule with another seed, so its list is a different random order of the same pool.
SEED_D = 20154
# Parts e and f: one shuffled list of July candidates, dealt out in turn to the two parts.
SEED_EF = 20157
# The per-outlet cap of the list dealt out to parts e and f (select.py's default when they were chosen).
PER_OUTLET_EF = 25
# Part g: the July pool without any row of the e/f list, reshuffled with its own seed.
SEED_G = 20160
# Part h: the July pool without any row of the e/f list or of part g's list, reshuffled with its own seed.
SEED_H = 20163
# Part g's ids file: part h leaves it out too (read, never printed).
PART_G_IDS = Path(__file__).resolve().parent / "ids_g.txt"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"

KEYWORDS = (
    "التقى",
    "يلتقي",
    "استقبل",
    "يستقبل",
    "اتصال هاتفي",
    "اتصالا هاتفيا",
    "هاتفيا",
    "زيارة",
    "يزور",
    "بحث",
    "يبحث",
    "يبحثان",
    "مباحثات",
    "وقع",
    "توقيع",
    "اتفاقية",
    "أشاد",
    "يشيد",
    "أدان",
    "يدين",
    "تدين",
    "قال",
    "صرح",
    "يهنئ",
    "هنأ",
)
KEY_RE = re.compile("|".join(map(re.escape, KEYWORDS)))
# Titles of columns and local-service news that the keywords would otherwise catch.
SKIP_RE = re.compile(r"كاريكاتير|مباراة|الدوري|النصر|الهلال|الاتحاد السعودي لكرة|فيلم|مسلسل|عقار|أسهم|سوق")
# Part c: the body must name a political actor ...
ACTOR_CUES = (
    "وزير",
    "الرئيس",
    "الملك",
    "الأمير",
    "سفير",
    "الأمم المتحدة",
    "مجلس الأمن",
    "الخارجية",
    "رئيس الوزراء",
    "رئيس الحكومة",
)
ACTOR_RE = re.compile("|".join(map(re.escape, ACTOR_CUES)))
# ... and neither title nor body may carry a sports, market or entertainment word (part c only:
# without title keywords, these pages would otherwise fill the list).
BODY_SKIP_RE = re.compile(
    r"كاريكاتير|مباراة|الدوري|المنتخب|لاعب|بطولة|النصر|الهلال|كرة القدم|فيلم|مسلسل|الفنان|"
    r"عقار|أسهم|الأسهم|سوق|البورصة|المؤشر|برميل|أسعار"
)


def read_ids(path: Path) -> set[str]:
    """The ids of a part's ids file (comments and blank lines dropped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {ln.split("#")[0].strip() for ln in lines} - {""}


def part_c(
    corpus: Path,
    since: str,
    until: str,
    per_outlet: int,
    seed: int = SEED_C,
    taken: set[str] | None = None,
    keyword_titles: bool = False,
    deal: tuple[int, int] | None = None,
) -> None:
    """Print part c's candidates: no title keyword, a political actor in the body, seeded order.

    Part d calls this with its own seed and parts a, b and c's ids as `taken`. Parts e and f allow
    keyword titles (`keyword_titles`) and take every `deal[1]`-th row of the capped list from row
    `deal[0]`.
    """
    if taken is None:
        taken = read_ids(PART_A_IDS) | read_ids(PART_B_IDS)
    pool = candidate_pool(corpus, since, until, taken, keyword_titles)
    rows, seen = capped(pool, seed, per_outlet)
    for kept, row in enumerate(rows):
        if deal is None or kept % deal[1] == deal[0]:
            print("\t".join(row))
    print(f"# pool {len(pool)}; per outlet:", dict(seen))


def candidate_pool(
    corpus: Path, since: str, until: str, taken: set[str], keyword_titles: bool
) -> list[tuple[str, str, str, str]]:
    """Part c's filters in corpus order: (id, outlet, crawl day, title) of every kept article."""
    pool = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            title, text = (a.get("title") or "").strip(), a.get("text") or ""
            day = a["date"][:10]
            if day < since or day > until or not (400 <= len(text) <= 3000) or a["id"] in taken:
                continue
            if (KEY_RE.search(title) and not keyword_titles) or not ACTOR_RE.search(text):
                continue
            if SKIP_RE.search(title) or BODY_SKIP_RE.search(title) or BODY_SKIP_RE.search(text):
                continue
            pool.append((a["id"], a["outlet"], day, " ".join(title.split())))
    return pool


def capped(
    pool: list[tuple[str, str, str, str]], seed: int, per_outlet: int
) -> tuple[list[tuple[str, str, str, str]], Counter[str]]:
    """The pool shuffled with `seed` (a copy), at most `per_outlet` rows per outlet, and the counts."""
    rows = list(pool)
    random.Random(seed).shuffle(rows)
    seen: Counter[str] = Counter()
    kept = []
    for row in rows:
        if seen[row[1]] >= per_outlet:
            continue
        seen[row[1]] += 1
        kept.append(row)
    return kept, seen


def taken_by_g(corpus: Path) -> set[str]:
    """The ids part g's list left out: every id of parts a-f and every row of the list dealt to e and f."""
    taken = set().union(*(read_ids(path) for path in PART_IDS))
    july = candidate_pool(corpus, *PARTS["e"], set(), True)
    return taken | {row[0] for row in capped(july, SEED_EF, PER_OUTLET_EF)[0]}


def part_g(corpus: Path, since: str, until: str, per_outlet: int) -> None:
    """Print part g's candidates: the July pool of parts e and f without any row their list was dealt
    (read or skipped by their annotators) nor any id of parts a-f, reshuffled with SEED_G."""
    part_c(corpus, since, until, per_outlet, SEED_G, taken_by_g(corpus), True)


def part_h(corpus: Path, since: str, until: str, per_outlet: int) -> None:
    """Print part h's candidates: part g's pool without any row of part g's own list (its annotator went
    down all of it) nor any id of ids_g.txt, reshuffled with SEED_H.

    Part g's list is rebuilt exactly as it was printed (its pool, SEED_G, the default cap of 25), so
    the rows its annotator saw are the ones left out whatever --per-outlet says here.
    """
    taken = taken_by_g(corpus)
    g_pool = candidate_pool(corpus, *PARTS["g"], taken, True)
    taken |= {row[0] for row in capped(g_pool, SEED_G, PER_OUTLET_EF)[0]} | read_ids(PART_G_IDS)
    part_c(corpus, since, until, per_outlet, SEED_H, taken, True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--per-outlet", type=int, default=25)
    ap.add_argument("--part", choices=sorted(PARTS), default="a")
    ap.add_argument("--since", help="first crawl day (default: the part's)")
    ap.add_argument("--until", help="last crawl day, inclusive (default: the part's)")
    args = ap.parse_args()
    since = args.since or PARTS[args.part][0]
    until = args.until or PARTS[args.part][1]
    if args.part == "c":
        part_c(args.corpus, since, until or "9999", args.per_outlet)
        return
    if args.part == "d":  # part c's rule, another seed, no id of parts a, b or c
        taken = read_ids(PART_A_IDS) | read_ids(PART_B_IDS) | read_ids(PART_C_IDS)
        part_c(args.corpus, since, until or "9999", args.per_outlet, seed=SEED_D, taken=taken)
        return
    if args.part == "g":  # the July days again, no row of the e/f list, no id of parts a-f
        part_g(args.corpus, since, until or "9999", args.per_outlet)
        return
    if args.part == "h":  # the July days, no row of the e/f list or of part g's, no id of parts a-g
        part_h(args.corpus, since, until or "9999", args.per_outlet)
        return
    if args.part in ("e", "f"):  # other days, keyword titles allowed, one list dealt out in turn
        deal = (0 if args.part == "e" else 1, 2)
        part_c(args.corpus, since, until or "9999", args.per_outlet, SEED_EF, set(), True, deal)
        return
    taken = set()
    if args.part == "b":  # part b never repeats a part a article
        lines = PART_A_IDS.read_text(encoding="utf-8").splitlines()
        taken = {ln.split("#")[0].strip() for ln in lines} - {""}
    seen = Counter()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            title, text = (a.get("title") or "").strip(), a.get("text") or ""
            day = a["date"][:10]
            if day < since or (until and day > until) or not (400 <= len(text) <= 3000):
                continue
            if a["id"] in taken or not KEY_RE.search(title) or SKIP_RE.search(title):
                continue
            if seen[a["outlet"]] >= args.per_outlet:
                continue
            seen[a["outlet"]] += 1
            print(f"{a['id']}\t{a['outlet']}\t{day}\t{' '.join(title.split())}")
    print("# per outlet:", dict(seen))


if __name__ == "__main__":
    main()
