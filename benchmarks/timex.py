"""Time expressions: pass rates of `rasd.nlp.timex.find_times` on the three Arabic test sets.

    python benchmarks/timex.py [--data /work/shared/eval/time] [--errors] [--no-write]

For each case, find_times(text, anchor=local date of the reference) runs, and the first expression
with a value (or, where one covers the whole text, that one) is compared with the expected value at
date grain (and its last day for ranges). Cases expecting no date pass when no expression carries
a value. Duckling's time-of-day cases (hour/minute/second grain) are out of scope: counted, skipped.
Writes benchmarks/results/timex.json.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import time
from pathlib import Path

from common import git_commit

from rasd.nlp.timex import TimeExpr, find_times
from rasd.nlp.timex_lex import load_time_lexicon

RESULTS = Path(__file__).parent / "results" / "timex.json"
TIME_OF_DAY = {"hour", "minute", "second"}
LEX = load_time_lexicon()  # the time lexicon, loaded once as the pipeline does


def _date(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso[:10]) if iso else None


def _pick(found: tuple[TimeExpr, ...], text: str) -> TimeExpr | None:
    dated = [t for t in found if t.value is not None]
    covering = [t for t in dated if len(t.text) >= 0.8 * len(text.strip())]
    return (covering or dated or [None])[0]


def _same(got: dt.date | None, want: str | None, precision: str | None) -> bool:
    if got is None or want is None:
        return got is None and want is None
    if precision == "year":
        return str(got.year) == want
    if precision == "month":
        return got.isoformat()[:7] == want
    return got.isoformat() == want[:10]


def news(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        anchor = dt.datetime.fromisoformat(case["reference"]).date()  # the local date
        hit = _pick(find_times(case["text"], anchor, lex=LEX), case["text"])
        got = hit.value if hit else None
        ok = _same(got, case["expected"], case["precision"])
        if case["expected_last_day"]:
            ok = ok and hit is not None and hit.last_day == _date(case["expected_last_day"])
        out.append(
            {"group": case["kind"], "ok": ok, "text": case["text"], "got": hit, "want": case["expected"]}
        )
    return out


def duckling(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        grain = case["grain"] or "negative"
        if grain in TIME_OF_DAY:
            out.append({"group": grain, "ok": None, "text": case["text"]})
            continue
        anchor = dt.datetime.fromisoformat(case["reference"]).date()
        hit = _pick(find_times(case["text"], anchor, bare_weekday="future", lex=LEX), case["text"])
        interval = case["interval"]
        want = interval["from"] if interval else case["value"]
        ok = _same(hit.value if hit else None, want, None)
        if interval and hit:
            last = _date(interval["to"]) - dt.timedelta(days=1)  # Duckling's `to` is exclusive
            ok = ok and (hit.last_day or hit.value) == last
        out.append({"group": grain, "ok": ok, "text": case["text"], "got": hit, "want": interval or want})
    return out


def dateparser(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        anchor = _date(case["reference"])
        found = find_times(case["text"], anchor, lex=LEX)
        if case["task"] == "search":
            got = [(t.text, t.value) for t in found if t.value]
            want = [(e["match"], _date(e["value"])) for e in case["expected"]]
            ok = [(g[1]) for g in got] == [w[1] for w in want]
            hit = got
        else:
            hit = _pick(found, case["text"])
            ok = _same(hit.value if hit else None, case["expected"], None)
        out.append(
            {"group": case["task"], "ok": ok, "text": case["text"], "got": hit, "want": case["expected"]}
        )
    return out


def _rate(rows: list[dict]) -> dict:
    scored = [r for r in rows if r["ok"] is not None]
    passed = sum(r["ok"] for r in scored)
    return {
        "passed": passed,
        "total": len(scored),
        "rate": round(passed / len(scored), 4) if scored else None,
    }


def _summary(rows: list[dict]) -> dict:
    groups = collections.defaultdict(list)
    for r in rows:
        groups[r["group"]].append(r)
    skipped = sum(r["ok"] is None for r in rows)
    by_group = {g: _rate(rs) for g, rs in sorted(groups.items()) if any(r["ok"] is not None for r in rs)}
    return {**_rate(rows), "skipped_time_of_day": skipped, "by_group": by_group}


def throughput(path: Path, repeat: int = 20) -> dict:
    """Characters a second: every news phrase joined into one text (dense in dates), `repeat` runs."""
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    text = " . ".join(texts)
    lex = LEX
    find_times(text, dt.date(2024, 10, 11), lex=lex)  # load and compile outside the timing
    start = time.perf_counter()
    for _ in range(repeat):
        lex.found.clear()  # find_times memoises its last answers: time the work, not the lookup
        find_times(text, dt.date(2024, 10, 11), lex=lex)
    seconds = (time.perf_counter() - start) / repeat
    return {
        "chars": len(text),
        "ms_per_run": round(seconds * 1000, 2),
        "chars_per_second": round(len(text) / seconds),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/eval/time"))
    parser.add_argument("--errors", action="store_true", help="list every failing case")
    parser.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/timex.json")
    args = parser.parse_args()
    runs = {
        "news_ar": news(args.data / "news_ar.jsonl"),
        "duckling_ar": duckling(args.data / "duckling_ar.jsonl"),
        "dateparser_ar": dateparser(args.data / "dateparser_ar.jsonl"),
    }
    figures = {}
    for name, rows in runs.items():
        summary = figures[name] = _summary(rows)
        print(f"{name}: {summary['passed']}/{summary['total']} = {summary['rate']:.1%}", end="")
        print(
            f"  (time-of-day skipped: {summary['skipped_time_of_day']})"
            if summary["skipped_time_of_day"]
            else ""
        )
        for group, rate in summary["by_group"].items():
            print(f"  {group:24} {rate['passed']:3}/{rate['total']:<3} {rate['rate']:.0%}")
        if name == "duckling_ar":
            date_rows = [r for r in rows if r["group"] not in TIME_OF_DAY and r["group"] != "negative"]
            summary["date_grain"] = _rate(date_rows)
            print(f"  date-grain cases: {summary['date_grain']['passed']}/{summary['date_grain']['total']}")
        if args.errors:
            for r in rows:
                if r["ok"] is False:
                    print(f"    FAIL [{r['group']}] {r['text']!r}: got {r['got']}, want {r['want']}")
    speed = figures["throughput"] = throughput(args.data / "news_ar.jsonl")
    print(
        f"throughput: {speed['chars_per_second']:,} characters a second "
        f"({speed['chars']} characters in {speed['ms_per_run']} ms)"
    )
    if not args.no_write:
        RESULTS.parent.mkdir(exist_ok=True)
        record = {
            "command": "python " + " ".join(sys.argv),
            "date": dt.date.today().isoformat(),
            "commit": git_commit(),
            "figures": figures,
        }
        RESULTS.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
