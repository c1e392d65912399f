"""Quote errors sorted by cause: every gold quote not found with its speaker and every output quote that
matches no gold quote, each in one class, with the counts per class.

Usage: python eval/devset/quote_causes.py OUT.json --part d [--list]      (a SaudiNewsNet part: direct only)
       python eval/devset/quote_causes.py OUT.json --pages dev [--list]   (the real pages: all kinds)

Scored as `eval/devset/prf.py` and `eval/pages/prf.py` score quotes (span + speaker, the shared scorer's
`quote_matches` and `speaker_matches`). The classes are what the output and the gold tell mechanically;
whether an output quote with no gold text is real speech the gold leaves unlabelled or no speech at all
takes a reader (`--list` prints each one with its words), docs/quotes.md has that reading.

Gold quotes found with a wrong speaker:
  speaker romanised     the output names a person the catalog lacks, in a spelling the gold does not accept
                        (romanised by rasd, and at least 0.6 alike the gold name: the same person)
  speaker not linked    no speaker, and the gold speaker is no entity of the story (NER or linker gap)
  speaker none, linked  no speaker, though the gold speaker is an entity of the story (this module)
  speaker other, linked another entity, though the gold speaker is one of the story (this module)
  speaker other         another entity, and the gold speaker is none of the story (linker: wrong person,
                        body for state, an office not in the catalog)
Gold quotes not found:
  span in headline      the gold words are in the title only (docs/labelling.md: a headline is no quote)
  span reported         found, but as reported speech (direct=false), which the part does not score
  span cut              an output quote shares at least half of the gold words but neither holds the other
  span missed           nothing: no frame read, or marks misread
Output quotes that hold no gold text (what precision counts against):
  out short             under 4 words: a term or name in marks (the guide labels no quote under 4 words)
  out cut               overlaps a gold quote's words (boundaries off; counted on the gold side too)
  out unlabelled, named / out unlabelled, none: the rest, by whether the output gives a speaker
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the shared scorer's loader
from shared_scorer import load_scorer  # noqa: E402


def _golds() -> dict[str, str]:
    """The parts' gold files, as `eval/devset/prf.py` names them (imported by path: eval/pages has a
    prf.py too)."""
    spec = importlib.util.spec_from_file_location("devset_prf", HERE / "prf.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.GOLDS)


GOLDS = _golds()

MIN_WORDS = 4  # docs/labelling.md: a gold quote gives 4-8 words; a scare-quoted term under 4 is none
SAME_NAME = 0.6  # two spellings of one name are at least this alike (difflib ratio)
HALF = 0.5  # share of the gold words an output quote must hold to count as the same quote cut


def _entities(data: dict) -> dict[str, list[dict]]:
    """Document file name → the entities of its stories (name_en, nil, romanized)."""
    out: dict[str, list[dict]] = {}
    for doc in data.get("documents", []):
        name = Path(str(doc.get("source", ""))).name
        out[name] = [e for st in doc.get("stories", []) for e in st.get("entities", [])]
    return out


def _texts(data: dict, key: str) -> dict[str, str]:
    """Document file name → its stories' `key` (title or text), joined."""
    out: dict[str, str] = {}
    for doc in data.get("documents", []):
        parts = (str(st.get(key) or "") for st in doc.get("stories", []))
        out[Path(str(doc.get("source", ""))).name] = " ".join(parts)
    return out


def _speaker_class(s: Any, gold: Any, accepted: list, found: str | None, ents: list[dict]) -> str:
    linked = any(a and any(gold.same_name(a, e.get("name_en")) for e in ents) for a in accepted)
    if not found:
        return "speaker none, linked" if linked else "speaker not linked"
    entity = next((e for e in ents if e.get("name_en") == found), {})
    close = max((_likeness(s, str(a), found) for a in accepted if a), default=0.0)
    if entity.get("romanized") and close >= SAME_NAME:
        return "speaker romanised"
    return "speaker other, linked" if linked else "speaker other"


def _likeness(s: Any, a: str, b: str) -> float:
    """How alike two English names are, folded (Saad Maan / Saad Man 0.94, Falih al-Issawi / Saad Man 0.3)."""
    return difflib.SequenceMatcher(None, s.fold_name(a), s.fold_name(b)).ratio()


def causes(s: Any, gold: Any, data: dict, direct_only: bool) -> tuple[Counter[str], list[str]]:
    """Counts per class and one line per error."""
    ents, titles, bodies = _entities(data), _texts(data, "title"), _texts(data, "text")
    all_out = s.parse_output(json.loads(json.dumps(data)))
    if direct_only:
        for story in (st for doc in data.get("documents", []) for st in doc.get("stories", [])):
            story["quotes"] = [q for q in story.get("quotes", []) if q.get("direct", True)]
    out = s.parse_output(data)
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for name, g in sorted(gold.documents.items()):
        doc, every = out.docs.get(name), all_out.docs.get(name)
        quotes = doc.quotes if doc else []
        gquotes = g.get("quotes") or []
        for gq in gquotes:
            text = str(gq.get("text", ""))
            accepted = [gq.get("speaker"), *(gq.get("speaker_ok") or [])]
            spans = [q for q in quotes if s.quote_matches(text, q.text)]
            if any(s.speaker_matches(gold, accepted, q.speaker) for q in spans):
                continue
            if spans:
                why = _speaker_class(s, gold, accepted, spans[0].speaker, ents.get(name, []))
                detail = f"gold={accepted} out={spans[0].speaker}"
            elif s.norm(text) in s.norm(titles.get(name, "")) and s.norm(text) not in s.norm(
                bodies.get(name, "")
            ):
                why, detail = "span in headline", f"speaker={gq.get('speaker')}"
            elif every and any(s.quote_matches(text, q.text) for q in every.quotes):
                why, detail = "span reported", f"speaker={gq.get('speaker')}"
            elif any(s.shared_share(text, q.text) >= HALF for q in quotes):
                why, detail = "span cut", f"speaker={gq.get('speaker')}"
            else:
                why, detail = "span missed", f"speaker={gq.get('speaker')}"
            counts[why] += 1
            lines.append(f"{why:<22} {name}: {text[:50]!r} {detail}")
        texts = [str(gq.get("text", "")) for gq in gquotes]
        for q in quotes:
            if any(s.quote_matches(t, q.text) for t in texts):
                continue
            if len(s.words(q.text)) < MIN_WORDS:
                why = "out short"
            elif any(s.shared_share(t, q.text) >= HALF for t in texts):
                why = "out cut"
            else:
                why = "out unlabelled, named" if q.speaker else "out unlabelled, none"
            counts[why] += 1
            lines.append(f"{why:<22} {name}: {q.text[:60]!r} speaker={q.speaker}")
    return counts, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--part", choices=sorted(GOLDS), help="a SaudiNewsNet part (direct quotes only)")
    which.add_argument("--pages", choices=("dev", "test"), help="the real pages' split (all quotes)")
    parser.add_argument("--shared", type=Path, default=HERE.parents[1].parent / "shared")
    parser.add_argument("--list", action="store_true", help="also print every error with its class")
    args = parser.parse_args()
    s = load_scorer(args.shared)
    path = HERE / GOLDS[args.part] if args.part else HERE.parent / "pages" / f"{args.pages}.yaml"
    gold = s.load_gold(path)
    data = json.loads(args.output.read_text(encoding="utf-8"))
    counts, lines = causes(s, gold, data, direct_only=bool(args.part))
    if args.list:
        print("\n".join(lines))
    for why, n in sorted(counts.items()):
        print(f"{why:<22} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
