"""Per-field precision, recall and F1 of `rasd analyze --json` output on the real pages (eval/pages).

Usage: python eval/pages/prf.py OUT.json --split dev|test [--shared ../shared] [--json]

Scores OUT.json against eval/pages/<split>.yaml (written by build.py) with the matching functions of
../shared/eval/score_seeds.py, imported, not copied. Output documents that the split does not hold are
ignored; a split document missing from the output counts as found nothing.

- events: full match (the scorer's event_mismatches empty): recall over gold events, precision over the
  output events of the types the split's gold labels (as eval/devset/prf.py). Then each gold event is
  paired with one output event of its document with the same type and a shared participant (one to
  one, nearest first by the scorer's mismatch weights); participants, location, date and status are
  scored on those pairs (each by the scorer's own test of that field), and a per-type table gives
  found P/R/F1 (paired) next to full-match P/R/F1.
- quotes: span (quote_matches) and span + speaker (speaker_matches, speaker_ok allowed), for all gold
  quotes against all output quotes, and for direct ones only (gold `kind` not indirect; output
  `direct` not false).
- titles: gold stories whose title check passes (title_problem) and documents with the gold's number
  of stories.
- boilerplate lines: every non-empty line of a page is boilerplate in the gold when it starts with one
  of the document's boilerplate_removed entries, and predicted boilerplate when it (normalised) is in
  no output story's title or text.
- documents: published and outlet as the scorer checks them, where the gold has the key.
- entities: the scorer's entity checks (each gold entity a page names, with every mention form the
  page holds, under one output entity of that name) counted, and whether its no-over-merge check passes.

--json prints one JSON object instead of the table; --gold and --pages point elsewhere (for tests).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))  # eval/: the shared scorer's loader
from shared_scorer import load_scorer  # noqa: E402  (re-exported to errors.py and build.py)

FIELDS = ("participants", "location", "date", "status")
FIELD_KEYS = {
    "participants": ("participants", "participants_ok"),
    "location": ("location", "location_ok"),
    "date": ("date", "date_ok", "date_never_before"),
    "status": ("status",),
}


@dataclass
class PRF:
    """Recall counts gold items found; precision counts output items that match."""

    tp_gold: int = 0
    n_gold: int = 0
    tp_out: int = 0
    n_out: int = 0

    def add(self, other: PRF) -> None:
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold
        self.tp_out += other.tp_out
        self.n_out += other.n_out

    @property
    def p(self) -> float:
        return self.tp_out / self.n_out if self.n_out else 0.0

    @property
    def r(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4)}


@dataclass
class Acc:
    hits: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.hits += ok
        self.n += 1

    @property
    def acc(self) -> float:
        return self.hits / self.n if self.n else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "acc": round(self.acc, 4)}


def gold_options(ge: dict) -> list[list[str]]:
    return ge.get("participants_ok") or [ge.get("participants") or []]


def shares_participant(gold: Any, ge: dict, e: Any) -> bool:
    return any(gold.same_name(p, q) for opt in gold_options(ge) for p in opt for q in e.participants)


def align(s: ModuleType, gold: Any, gevents: list[dict], events: list[Any]) -> list[tuple[dict, Any]]:
    """One-to-one pairs (gold event, output event): same type, a shared participant, nearest first."""
    candidates = sorted(
        (sum(w for w, _ in s.event_mismatches(gold, ge, e)), gi, oi)
        for gi, ge in enumerate(gevents)
        for oi, e in enumerate(events)
        if e.type == str(ge.get("type")).lower() and shares_participant(gold, ge, e)
    )
    used_g, used_o, pairs = set(), set(), []
    for _, gi, oi in candidates:
        if gi not in used_g and oi not in used_o:
            used_g.add(gi)
            used_o.add(oi)
            pairs.append((gevents[gi], events[oi]))
    return pairs


def field_ok(s: ModuleType, gold: Any, ge: dict, e: Any, name: str) -> bool | None:
    """The scorer's test of one field on a paired event; None when the gold does not label it."""
    spec = {k: ge[k] for k in FIELD_KEYS[name] if k in ge}
    if not spec:
        return None
    return not s.event_mismatches(gold, {"type": e.type, **spec}, e)


def score_events(s: ModuleType, gold: Any, out: Any) -> dict[str, Any]:
    types = sorted({str(ge.get("type")).lower() for _, ge in gold.gold_events()})
    full, paired = PRF(), Acc()
    fields = {f: Acc() for f in FIELDS}
    per_type = {t: {"found": PRF(), "full": PRF()} for t in types}
    unlabelled: dict[str, int] = {}
    for name, g in gold.documents.items():
        doc = out.docs.get(name)
        all_events = doc.events if doc else []
        for e in all_events:
            if e.type not in per_type:
                unlabelled[str(e.type)] = unlabelled.get(str(e.type), 0) + 1
        events = [e for e in all_events if e.type in per_type]
        gevents = g.get("events") or []
        pairs = align(s, gold, gevents, events)
        for ge in gevents:
            t = str(ge.get("type")).lower()
            hit = bool(s.matching_events(gold, ge, events))
            full.tp_gold += hit
            per_type[t]["full"].tp_gold += hit
            per_type[t]["full"].n_gold += 1
            per_type[t]["found"].n_gold += 1
            paired.add(any(pg is ge for pg, _ in pairs))
        for e in events:
            hit = any(not s.event_mismatches(gold, ge, e) for ge in gevents)
            full.tp_out += hit
            per_type[e.type]["full"].tp_out += hit
            per_type[e.type]["full"].n_out += 1
            per_type[e.type]["found"].n_out += 1
        for ge, e in pairs:
            per_type[e.type]["found"].tp_gold += 1
            per_type[e.type]["found"].tp_out += 1
            for f in FIELDS:
                ok = field_ok(s, gold, ge, e, f)
                if ok is not None:
                    fields[f].add(ok)
        full.n_gold += len(gevents)
        full.n_out += len(events)
    return {
        "full": full.as_dict(),
        "paired": paired.as_dict(),
        "fields": {f: a.as_dict() for f, a in fields.items()},
        "types": {t: {k: v.as_dict() for k, v in d.items()} for t, d in per_type.items()},
        "unlabelled_types": dict(sorted(unlabelled.items())),
    }


def direct_only(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of OUT.json without the quotes that rasd marks as reported speech (`direct: false`)."""
    data = copy.deepcopy(data)
    for doc in data.get("documents") or []:
        for story in (doc.get("stories") if isinstance(doc, dict) else None) or []:
            if isinstance(story, dict) and isinstance(story.get("quotes"), list):
                story["quotes"] = [
                    q for q in story["quotes"] if not (isinstance(q, dict) and q.get("direct") is False)
                ]
    return data


def quote_prf(s: ModuleType, gold: Any, out: Any, direct: bool) -> dict[str, dict[str, Any]]:
    span, speaker = PRF(), PRF()
    for name, g in gold.documents.items():
        doc = out.docs.get(name)
        quotes = doc.quotes if doc else []
        gquotes = [q for q in g.get("quotes") or [] if not (direct and q.get("kind") == "indirect")]
        same = [
            (gi, oi, s.speaker_matches(gold, [gq.get("speaker"), *(gq.get("speaker_ok") or [])], q.speaker))
            for gi, gq in enumerate(gquotes)
            for oi, q in enumerate(quotes)
            if s.quote_matches(str(gq.get("text", "")), q.text)
        ]
        for prf, hits in ((span, same), (speaker, [h for h in same if h[2]])):
            prf.add(
                PRF(len({gi for gi, _, _ in hits}), len(gquotes), len({oi for _, oi, _ in hits}), len(quotes))
            )
    return {"span": span.as_dict(), "span_speaker": speaker.as_dict()}


def score_titles(s: ModuleType, gold: Any, out: Any, raw: dict[str, str]) -> dict[str, Any]:
    titles, counts = Acc(), Acc()
    for name, g in gold.documents.items():
        doc = out.docs.get(name)
        expected = g.get("stories") or []
        counts.add(doc is not None and len(doc.stories) == len(expected))
        lede = next(iter(s.body_lines(raw.get(name, ""), g.get("boilerplate_removed") or [])), "")
        for i, gs in enumerate(expected, 1):
            starts = gs.get("title_starts") if isinstance(gs, dict) else gs
            titles.add(doc is not None and s.title_problem(doc, i, starts, lede) is None)
    return {"titles": titles.as_dict(), "story_count": counts.as_dict()}


def score_boilerplate(s: ModuleType, gold: Any, out: Any, raw: dict[str, str]) -> dict[str, Any]:
    prf = PRF()
    for name, g in gold.documents.items():
        doc = out.docs.get(name)
        kept = [s.norm(x) for st in (doc.stories if doc else []) for x in (st.title, st.text) if x]
        prefixes = [s.norm(b) for b in g.get("boilerplate_removed") or [] if s.norm(b)]
        for line in raw.get(name, "").splitlines():
            n = s.norm(line)
            if not n:
                continue
            is_bp = any(n.startswith(p) for p in prefixes)
            said_bp = not any(n in k for k in kept)
            prf.add(PRF(int(is_bp and said_bp), int(is_bp), int(is_bp and said_bp), int(said_bp)))
    return prf.as_dict()


def score_documents(s: ModuleType, gold: Any, out: Any) -> dict[str, Any]:
    res = s.Results()
    s.check_documents(gold, out, res)
    result = {}
    for key in ("published", "outlet"):
        acc = Acc()
        for c in res.checks:
            if c.name.endswith(f"/{key}"):
                acc.add(c.ok)
        result[key] = acc.as_dict()
    return result


def score_entities(s: ModuleType, gold: Any, out: Any, raw: dict[str, str]) -> dict[str, Any]:
    """The scorer's own entity checks (one per gold entity a page names, each of its mention forms
    under one output entity of that name), and its no-over-merge check, counted."""
    res = s.Results()
    s.check_entities(gold, out, raw, res)
    per_page = Acc()
    for check in res.checks:
        if not check.name.endswith("/no-over-merge"):
            per_page.add(check.ok)
    merged = next((c.ok for c in res.checks if c.name.endswith("/no-over-merge")), False)
    return {"checks": per_page.as_dict(), "no_over_merge": merged}


def score(s: ModuleType, gold: Any, data: dict[str, Any], raw: dict[str, str]) -> dict[str, Any]:
    out = s.parse_output(data)
    direct = s.parse_output(direct_only(data))
    return {
        "documents_gold": len(gold.documents),
        "documents_found": sum(name in out.docs for name in gold.documents),
        "events": score_events(s, gold, out),
        "quotes": {"all": quote_prf(s, gold, out, False), "direct": quote_prf(s, gold, direct, True)},
        "stories": score_titles(s, gold, out, raw),
        "boilerplate_lines": score_boilerplate(s, gold, out, raw),
        "documents": score_documents(s, gold, out),
        "entities": score_entities(s, gold, out, raw),
    }


def fmt_prf(d: dict[str, Any]) -> str:
    return (
        f"P {d['p']:.3f} ({d['tp_out']}/{d['n_out']})  R {d['r']:.3f} ({d['tp_gold']}/{d['n_gold']})  "
        f"F1 {d['f1']:.3f}"
    )


def fmt_acc(d: dict[str, Any]) -> str:
    return f"{d['acc']:.3f} ({d['hits']}/{d['n']})"


def format_table(r: dict[str, Any]) -> str:
    ev = r["events"]
    lines = [
        f"{r['split']}: {r['documents_found']}/{r['documents_gold']} gold documents in the output",
        f"events full match      {fmt_prf(ev['full'])}",
        f"events paired          {fmt_acc(ev['paired'])}  (same type and a shared participant)",
        "  on paired: " + "  ".join(f"{f} {fmt_acc(a)}" for f, a in ev["fields"].items()),
        f"  {'type':<11}{'gold':>5}{'out':>5}   found P     R    F1    full P     R    F1",
    ]
    for t, d in ev["types"].items():
        fo, fu = d["found"], d["full"]
        lines.append(
            f"  {t:<11}{fo['n_gold']:>5}{fo['n_out']:>5}   {fo['p']:7.3f} {fo['r']:.3f} {fo['f1']:.3f}"
            f"   {fu['p']:7.3f} {fu['r']:.3f} {fu['f1']:.3f}"
        )
    if ev["unlabelled_types"]:
        other = ", ".join(f"{t} {n}" for t, n in ev["unlabelled_types"].items())
        lines.append(f"  output events of types the gold never labels (not scored): {other}")
    for kind in ("all", "direct"):
        q = r["quotes"][kind]
        lines.append(f"quotes {kind:<7} span   {fmt_prf(q['span'])}")
        lines.append(f"quotes {kind:<7} +spkr  {fmt_prf(q['span_speaker'])}")
    st = r["stories"]
    lines.append(f"titles {fmt_acc(st['titles'])}   story count {fmt_acc(st['story_count'])}")
    lines.append(f"boilerplate lines      {fmt_prf(r['boilerplate_lines'])}")
    docs = r["documents"]
    lines.append(f"published {fmt_acc(docs['published'])}   outlet {fmt_acc(docs['outlet'])}")
    ent = r["entities"]
    merged = "passes" if ent["no_over_merge"] else "fails"
    lines.append(f"entity checks {fmt_acc(ent['checks'])}   no-over-merge {merged}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="OUT.json of `rasd analyze ... --json OUT.json`")
    parser.add_argument("--split", choices=("dev", "test"), required=True)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--gold", type=Path, help="gold file (default: eval/pages/<split>.yaml)")
    parser.add_argument("--pages", type=Path, help="page folder (default: SHARED/corpus/pages/articles)")
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    s = load_scorer(args.shared)
    gold_path = args.gold or HERE / f"{args.split}.yaml"
    pages = args.pages or args.shared / "corpus" / "pages" / "articles"
    if not gold_path.exists():
        print(f"error: {gold_path} does not exist: run eval/pages/build.py first", file=sys.stderr)
        return 2
    try:
        gold = s.load_gold(gold_path)
        data = json.loads(args.output.read_text(encoding="utf-8-sig"))
        s.parse_output(data)  # raises InputError on a malformed file
        raw = s.read_raw_articles(gold, pages, required=True)
    except (s.InputError, OSError, json.JSONDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = {"split": args.split, "gold": str(gold_path), "output": str(args.output)}
    result |= score(s, gold, data, raw)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
