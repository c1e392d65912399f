"""How well rasd's HTML reader finds an Arabic-script page's main text and date.

For every page in ../shared/corpus/html/ (see its SOURCE.md), compare rasd.ingest (trafilatura
with rasd's Settings) against `trafilatura.extract(html)` with its defaults:

- full_text pages: token precision / recall / F1 against `main_text`. Tokens are whitespace
  tokens, compared as a bag of words (multiset overlap), after the same normalisation on both
  sides: Arabic diacritics and tatweel stripped, Unicode NFKC, case folded. Titles are not added
  to either side (the youm7 ground truth includes the headline, which lowers both recalls).
- snippets pages: each `must_contain` snippet found, each `must_not_contain` snippet absent.
- any page with a `date` (all date_only pages): the published date against the ground truth.

Usage: .venv/bin/python benchmarks/html_extraction.py [--shared DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import trafilatura
from common import git_commit

from rasd.ingest import parse_bytes
from rasd.records import RawDoc
from rasd.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "html_extraction.json"
NORMALISATION = (
    "NFKC; Arabic diacritics (U+0610-061A, U+064B-065F, U+0670, U+06D6-06ED) and tatweel stripped; "
    "casefold; whitespace tokens compared as a bag of words"
)
DIACRITICS_AND_TATWEEL = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def normalise(text: str) -> str:
    """The comparison form: NFKC, no Arabic diacritics or tatweel, case folded, single spaces."""
    text = DIACRITICS_AND_TATWEEL.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.casefold().split())


def token_prf(predicted: str, truth: str) -> dict[str, float]:
    """Bag-of-words precision, recall and F1 of whitespace tokens after normalise()."""
    pred, gold = Counter(normalise(predicted).split()), Counter(normalise(truth).split())
    overlap = sum((pred & gold).values())
    precision = overlap / sum(pred.values()) if pred else 0.0
    recall = overlap / sum(gold.values()) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def ours(html: bytes, name: str, settings: Settings) -> tuple[str, str | None, str | None]:
    """(main text, published date, error) from rasd's reader."""
    result = parse_bytes(html, f"{name}.html", settings)[0]
    if isinstance(result, RawDoc):
        return result.text, result.published.isoformat() if result.published else None, None
    return "", None, f"{result.code}: {result.error}"


def baseline(html: bytes) -> tuple[str, str | None]:
    """(main text, date) from trafilatura with its default options."""
    text = trafilatura.extract(html) or ""
    meta = trafilatura.bare_extraction(html, with_metadata=True)
    return text, getattr(meta, "date", None) if meta is not None else None


def snippet_checks(text: str, gt: dict[str, Any]) -> dict[str, int]:
    norm = normalise(text)
    return {
        "must_contain_found": sum(normalise(s) in norm for s in gt.get("must_contain") or []),
        "must_contain_total": len(gt.get("must_contain") or []),
        "must_not_contain_absent": sum(normalise(s) not in norm for s in gt.get("must_not_contain") or []),
        "must_not_contain_total": len(gt.get("must_not_contain") or []),
    }


def score_page(html: bytes, gt: dict[str, Any], settings: Settings) -> dict[str, Any]:
    text, date, error = ours(html, gt["name"], settings)
    base_text, base_date = baseline(html)
    row: dict[str, Any] = {"name": gt["name"], "language": gt["language"], "gt_kind": gt["gt_kind"]}
    if error:
        row["error"] = error
    if gt["gt_kind"] == "full_text":
        row["ours"] = token_prf(text, gt["main_text"])
        row["trafilatura_default"] = token_prf(base_text, gt["main_text"])
    if gt["gt_kind"] == "snippets":
        row["ours"] = snippet_checks(text, gt)
        row["trafilatura_default"] = snippet_checks(base_text, gt)
    if gt.get("date"):
        truth = gt["date"][:10]
        row["date"] = {"truth": truth, "ours": date, "trafilatura_default": base_date}
    return row


def mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    summary: dict[str, Any] = {}
    full = [r for r in rows if r["gt_kind"] == "full_text"]
    for label, subset in (
        ("full_text_all", full),
        ("full_text_ar", [r for r in full if r["language"] == "ar"]),
    ):
        summary[label] = {
            who: {m: mean([r[who][m] for r in subset]) for m in ("precision", "recall", "f1")}
            for who in ("ours", "trafilatura_default")
        }
        summary[label]["pages"] = len(subset)
    dated = [r["date"] for r in rows if "date" in r]
    summary["date"] = {
        who: {
            "correct": sum(d[who] == d["truth"] for d in dated),
            "wrong": sum(d[who] is not None and d[who] != d["truth"] for d in dated),
            "missing": sum(d[who] is None for d in dated),
        }
        for who in ("ours", "trafilatura_default")
    }
    summary["date"]["pages"] = len(dated)
    return summary


def print_table(rows: list[dict[str, Any]], summary: dict[str, Any]) -> None:
    print(f"{'page':40} {'kind':9} {'ours P/R/F1':>20} {'trafilatura P/R/F1':>20}  date truth/ours/traf")
    for r in rows:
        cells = []
        for who in ("ours", "trafilatura_default"):
            s = r.get(who, {})
            if "f1" in s:
                cells.append(f"{s['precision']:.2f}/{s['recall']:.2f}/{s['f1']:.2f}")
            elif s:
                found = f"+{s['must_contain_found']}/{s['must_contain_total']}"
                cells.append(f"{found} -{s['must_not_contain_absent']}/{s['must_not_contain_total']}")
            else:
                cells.append("")
        d = r.get("date")
        dates = f"{d['truth']} {d['ours']} {d['trafilatura_default']}" if d else ""
        print(f"{r['name'][:40]:40} {r['gt_kind']:9} {cells[0]:>20} {cells[1]:>20}  {dates}")
    print(json.dumps(summary, indent=1, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the JSON results")
    args = parser.parse_args(argv)
    corpus = args.shared / "corpus" / "html"
    if not (corpus / "index.json").is_file():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    settings = Settings()
    rows = []
    for entry in json.loads((corpus / "index.json").read_text(encoding="utf-8")):
        gt = json.loads((corpus / f"{entry['name']}.json").read_text(encoding="utf-8"))
        rows.append(score_page((corpus / f"{entry['name']}.html").read_bytes(), gt, settings))
    summary = summarise(rows)
    print_table(rows, summary)
    result = {
        "command": " ".join(
            ["python benchmarks/html_extraction.py", *(sys.argv[1:] if argv is None else argv)]
        ),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "trafilatura_version": trafilatura.__version__,
        "normalisation": NORMALISATION,
        "settings": {
            k: getattr(settings, k)
            for k in ("html_focus", "html_tables", "html_comments", "html_date_search", "html_max_date")
        },
        "summary": summary,
        "pages": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
