"""The events and quotes rasd gets wrong on a split, one line each, for error analysis on dev.

Usage: python eval/pages/errors.py OUT.json --split dev [--type meet] [--quotes] [--shared ../shared]
       python eval/pages/errors.py OUT.json --gold eval/devset/gold_b.yaml   (any gold of the same format)

For every gold event with no full match it prints the page, the gold event, and the nearest output
event of the same type on that page with the scorer's mismatches (or "none of this type"); then the
output events of labelled types that match no gold event. `--quotes` lists gold quotes whose span or
speaker is missed instead, then (EXTRA) the output quotes that hold no gold quote's text; `--direct` keeps
direct quotes only, as `eval/devset/prf.py` scores the SaudiNewsNet parts. Look at dev only: the test
split is for final figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from prf import HERE, ROOT, load_scorer


def _event(e: Any) -> str:
    return f"{e.type} {e.participants} @{e.location} {e.date} {e.status}"


def _gold(ge: dict) -> str:
    keys = ("type", "participants", "participants_ok", "location", "location_ok", "date", "status")
    return " ".join(f"{k}={ge[k]}" for k in keys if k in ge)


def event_errors(s: Any, gold: Any, out: Any, only: str | None) -> None:
    for name, g in sorted(gold.documents.items()):
        doc = out.docs.get(name)
        events = doc.events if doc else []
        gevents = [ge for ge in g.get("events") or [] if not only or str(ge.get("type")).lower() == only]
        for ge in gevents:
            if s.matching_events(gold, ge, events):
                continue
            same = [e for e in events if e.type == str(ge.get("type")).lower()]
            print(f"MISS {name}: {_gold(ge)}")
            if not same:
                print("     none of this type")
                continue
            best = min(same, key=lambda e: sum(w for w, _ in s.event_mismatches(gold, ge, e)))
            why = "; ".join(m for _, m in s.event_mismatches(gold, ge, best))
            print(f"     nearest {_event(best)} -- {why}")
        labelled = {str(ge.get("type")).lower() for _, ge in gold.gold_events()}
        for e in events:
            wanted = e.type in labelled and (not only or e.type == only)
            if wanted and not any(not s.event_mismatches(gold, ge, e) for ge in g.get("events") or []):
                print(f"EXTRA {name}: {_event(e)}")


def quote_errors(s: Any, gold: Any, out: Any) -> None:
    for name, g in sorted(gold.documents.items()):
        doc = out.docs.get(name)
        quotes = doc.quotes if doc else []
        for gq in g.get("quotes") or []:
            text = str(gq.get("text", ""))
            accepted = [gq.get("speaker"), *(gq.get("speaker_ok") or [])]
            spans = [q for q in quotes if s.quote_matches(text, q.text)]
            if not spans:
                print(f"SPAN {name}: {text[:60]!r} speaker={gq.get('speaker')}")
            elif not any(s.speaker_matches(gold, accepted, q.speaker) for q in spans):
                print(f"SPEAKER {name}: {text[:40]!r} gold={accepted} out={spans[0].speaker}")
        texts = [str(gq.get("text", "")) for gq in g.get("quotes") or []]
        for q in quotes:  # what precision counts against: output quotes that hold no gold quote's text
            if not any(s.quote_matches(text, q.text) for text in texts):
                print(f"EXTRA {name}: {q.text[:60]!r} speaker={q.speaker}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--split", choices=("dev", "test"))
    which.add_argument("--gold", type=Path, help="another gold file (the SaudiNewsNet dev set's parts)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--type", help="only events of this type")
    parser.add_argument("--quotes", action="store_true", help="list quote errors instead of events")
    parser.add_argument(
        "--direct",
        action="store_true",
        help="drop reported speech first (the devset parts label direct quotes only)",
    )
    args = parser.parse_args()
    s = load_scorer(args.shared)
    gold = s.load_gold(args.gold or HERE / f"{args.split}.yaml")
    data = json.loads(args.output.read_text(encoding="utf-8"))
    if args.direct:
        for story in (st for doc in data.get("documents", []) for st in doc.get("stories", [])):
            story["quotes"] = [q for q in story.get("quotes", []) if q.get("direct", True)]
    out = s.parse_output(data)
    if args.quotes:
        quote_errors(s, gold, out)
    else:
        event_errors(s, gold, out, args.type)
    return 0


if __name__ == "__main__":
    sys.exit(main())
