"""Linking accuracy on generated spelling variants of catalog people, and false links on unknown names.

Arabic spells foreign names many ways: long vowels written or not (بزشكيان/بيزشكيان/بازشكيان), ى/ي,
hamza forms, Persian letters (ی ک), غ/ج for G (غوتيريش/جوتيريش), عبد الله/عبدالله. For 50 catalog
people with two-word names, each rule that applies makes a variant; each variant goes into a news
sentence, and we check that rasd links it to the right person. Most rules are ones the consonant
skeleton neutralises by design, so they test the plumbing more than the idea; the consonant swaps
at the end are not neutralised and show what the skeleton misses. Invented names of the same shape,
absent from the catalog, measure false links. Prints a table and writes benchmarks/results/linking.json.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from common import git_commit

from rasd.nlp.catalog import load_catalog
from rasd.nlp.entities import find_entities, load_entity_resources

RESULTS = Path(__file__).resolve().parent / "results" / "linking.json"
TEMPLATE = "وقال {name} في مؤتمر صحفي عقده اليوم إن المحادثات كانت بناءة ومثمرة."
UNKNOWN_FIRST = ["سالم", "كريم", "يوسف", "هشام", "ماهر", "نبيل", "عادل", "فراس", "رامي", "وليد"]
UNKNOWN_LAST = [
    "الحربي",
    "النجار",
    "القاسمي",
    "الشمري",
    "البدوي",
    "الخطيب",
    "المصري",
    "العلوي",
    "الراشد",
    "الكعبي",
]


def _vowel_drop(word: str) -> str:
    for i in range(1, len(word) - 1):
        if word[i] in "اوي":
            return word[:i] + word[i + 1 :]
    return word


def _vowel_insert(word: str) -> str:
    return word[:2] + "ي" + word[2:] if len(word) > 3 and word[1] not in "اوي" else word[:1] + "ا" + word[1:]


RULES = {
    "long vowel dropped": lambda n: " ".join(_vowel_drop(w) if len(w) > 4 else w for w in n.split()),
    "long vowel added": lambda n: " ".join([n.split()[0], _vowel_insert(n.split()[-1])]),
    "final ي as ى": lambda n: n.replace("ي ", "ى ").removesuffix("ي") + ("ى" if n.endswith("ي") else ""),
    "Persian letters": lambda n: n.replace("ي", "ی").replace("ك", "ک"),
    "hamza dropped": lambda n: n.replace("أ", "ا").replace("إ", "ا"),
    "G as غ/ج": lambda n: n.replace("غ", "ج") if "غ" in n else n.replace("ج", "غ"),
    "ة as ه": lambda n: n.replace("ة", "ه"),
    # not neutralised by the skeleton: only the fuzzy ratio can accept these
    "emphatic consonant": lambda n: n.replace("ت", "ط", 1) if "ت" in n else n.replace("س", "ص", 1),
    "ك as ق": lambda n: n.replace("ك", "ق", 1),
}


def variants(name: str) -> list[tuple[str, str]]:
    out = []
    for rule, make in RULES.items():
        v = make(name)
        if v != name and (rule, v) not in out:
            out.append((rule, v))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--seed", type=int, default=20240711)
    args = parser.parse_args()
    catalog, res = load_catalog(), load_entity_resources()
    people = [e for e in catalog if e.kind == "person" and len(e.name_ar.split()) == 2 and e.offices]
    random.Random(args.seed).shuffle(people)
    cases = [(p, rule, v) for p in people[: args.people] for rule, v in variants(p.name_ar)]
    started = time.perf_counter()
    per_rule: dict[str, list[int]] = {}
    misses = []
    for person, rule, variant in cases:
        found = find_entities(TEMPLATE.format(name=variant), None, res)
        ok = any(e.id == person.id for e in found)
        per_rule.setdefault(rule, []).append(int(ok))
        if not ok:
            misses.append(f"{person.name_en}: {variant} ({rule})")
    unknown = [f"{a} {b}" for a in UNKNOWN_FIRST for b in UNKNOWN_LAST]
    false_links = [
        n
        for n in unknown
        if any(not e.nil for e in find_entities(TEMPLATE.format(name=n), None, res) if e.type == "PER")
    ]
    seconds = time.perf_counter() - started
    accuracy = sum(sum(v) for v in per_rule.values()) / len(cases)
    print(f"{'rule':22} {'cases':>6} {'linked':>7}")
    for rule, hits in per_rule.items():
        print(f"{rule:22} {len(hits):6} {sum(hits) / len(hits):7.3f}")
    print(f"{'all variants':22} {len(cases):6} {accuracy:7.3f}")
    print(f"false links on {len(unknown)} unknown names: {len(false_links)}")
    commit = git_commit()
    RESULTS.write_text(
        json.dumps(
            {
                "benchmark": "linking accuracy on generated spelling variants of catalog people",
                "command": "python benchmarks/linking.py",
                "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "git_commit": commit,
                "people": args.people,
                "variants": len(cases),
                "accuracy": round(accuracy, 4),
                "per_rule": {
                    r: {"cases": len(h), "accuracy": round(sum(h) / len(h), 4)} for r, h in per_rule.items()
                },
                "unknown_names": len(unknown),
                "false_links": len(false_links),
                "false_link_examples": false_links[:10],
                "misses": misses[:40],
                "seconds": round(seconds, 2),
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
