"""How much of issue 14's office list the people catalog covers, 2015 to the report's end.

For each group of offices (heads of state and government and foreign ministers of the Arab League,
Iran, Turkey, Israel, the P5 and the G20; defence ministers and spokespeople of the main actors; heads
of the international bodies Arab news names most; and the Arab League's deputy prime ministers and
cabinet portfolios, which the sourced lists give whole) it counts, over the window:

- slots: the (role, state or body) pairs of the group that the catalog or the sourced lists fill at
  least once in the window (a state without a prime minister has no such slot);
- covered: the share of the window's slot-days on which the catalog names a holder — where that is
  low, news of those days finds no one behind the title;
- holders: catalog people with a term of the group in the window; with a Wikidata id; with every
  such term sourced (``source`` a key of sources.tsv, not ``hand``); all have an Arabic name (the
  catalog requires one);
- sourced, left out: people the sourced lists (``sourced/offices.tsv``) give a term of the group in the
  window whom the catalog lacks: no Arabic name (``build_sourced_catalog.py merge --missing``), a name
  that reads as common words, or every term another holder's (a rival government's); ``--gaps`` lists
  them, the merge log (``--log``) says which.

Armed groups and parties are counted apart (organisations.jsonl kind ``group``): entries, with a
Wikidata id, with a leader in the catalog.

    python scripts/catalog_coverage.py              # the markdown table of docs/entities.md
    python scripts/catalog_coverage.py --gaps       # and every slot covered below 90 %
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.build_sourced_catalog import ARAB_LEAGUE, PEOPLE, Term, portfolio_roles, read_sourced

ENTITIES = PEOPLE.parent
WINDOW = (dt.date(2015, 1, 1), dt.date(2026, 6, 30))  # issue 14's years, to the last catalog review

HEADS = frozenset(
    {
        "president",
        "king",
        "emir",
        "sultan",
        "supreme_leader",
        "prime_minister",
        "chancellor",
        "presidential_council_chair",
        "sovereignty_council_chair",
        "military_council_chair",
        "transitional_council_chair",
    }
)
SPOKESPEOPLE = frozenset(
    {"foreign_ministry_spokesperson", "presidential_spokesperson", "kremlin_spokesperson", "press_secretary"}
)
BODY_HEADS = frozenset(
    {
        "secretary_general",
        "director_general",
        "commission_chair",
        "commission_president",
        "council_president",
        "high_representative",
        "president",
    }
)
MIDEAST = frozenset({"IR", "TR", "IL"})
P5 = frozenset({"US", "GB", "FR", "RU", "CN"})
G20 = frozenset({"AR", "AU", "BR", "CA", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "ZA"})  # less P5, SA, TR
MAIN_ACTORS = ARAB_LEAGUE | MIDEAST | P5
BODIES = frozenset(
    {"UN", "ARAB_LEAGUE", "GCC", "OIC", "AFRICAN_UNION", "EU", "EU_COMMISSION", "NATO", "OPEC", "IAEA"}
)


@dataclass(frozen=True)
class Group:
    name: str
    roles: frozenset[str]
    of: frozenset[str]


GROUPS = (
    Group("Arab League: heads of state and government", HEADS, ARAB_LEAGUE),
    Group("Arab League: foreign ministers", frozenset({"foreign_minister"}), ARAB_LEAGUE),
    Group("Iran, Turkey, Israel: heads", HEADS, MIDEAST),
    Group("Iran, Turkey, Israel: foreign ministers", frozenset({"foreign_minister"}), MIDEAST),
    Group("P5: heads", HEADS, P5),
    Group("P5: foreign ministers", frozenset({"foreign_minister"}), P5),
    Group("rest of the G20: heads", HEADS, G20),
    Group("rest of the G20: foreign ministers", frozenset({"foreign_minister"}), G20),
    Group("main actors: defence ministers", frozenset({"defense_minister"}), MAIN_ACTORS),
    Group("main actors: spokespeople", SPOKESPEOPLE, MAIN_ACTORS),
    Group("heads of international bodies", BODY_HEADS, BODIES),
    Group("Arab League: deputy prime ministers and cabinet portfolios", portfolio_roles(), ARAB_LEAGUE),
)


@dataclass
class Row:
    slots: set[tuple[str, str]] = field(default_factory=set)
    days: dict[tuple[str, str], set[int]] = field(default_factory=lambda: defaultdict(set))
    holders: set[str] = field(default_factory=set)
    with_qid: set[str] = field(default_factory=set)
    hand_terms: set[str] = field(default_factory=set)
    left_out: dict[str, str] = field(default_factory=dict)


def _read_jsonl(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _span(start: dt.date, end: dt.date) -> range:
    """The window's day numbers from start to end, both included (empty when outside)."""
    low, high = max(start, WINDOW[0]), min(end, WINDOW[1])
    return range((low - WINDOW[0]).days, (high - WINDOW[0]).days + 1)


def count(people: list[dict], sourced: list[Term]) -> list[tuple[Group, Row]]:
    known = {p["qid"] for p in people if p.get("qid")}
    out = []
    for group in GROUPS:
        row = Row()
        for person in people:
            for office in person.get("offices", []):
                if office["role"] not in group.roles or office["of"] not in group.of:
                    continue
                if not office.get("start"):
                    continue
                end = dt.date.fromisoformat(office["end"]) if office.get("end") else WINDOW[1]
                days = _span(dt.date.fromisoformat(office["start"]), end)
                if not days:
                    continue
                slot = (office["role"], office["of"])
                row.slots.add(slot)
                row.days[slot].update(days)
                row.holders.add(person["id"])
                if person.get("qid"):
                    row.with_qid.add(person["id"])
                if office.get("source", "hand") == "hand":
                    row.hand_terms.add(person["id"])
        for term in sourced:
            if term.role not in group.roles or term.of not in group.of:
                continue
            if not _span(term.start_date(), min(term.end_date(), WINDOW[1])):
                continue
            row.slots.add((term.role, term.of))
            if term.qid not in known:
                row.left_out[term.qid] = f"{term.name_en} ({term.role} {term.of})"
        out.append((group, row))
    return out


def table(rows: list[tuple[Group, Row]], organisations: list[dict], people: list[dict]) -> list[str]:
    length = (WINDOW[1] - WINDOW[0]).days + 1
    lines = [
        f"| group ({WINDOW[0].year}–{WINDOW[1].isoformat()}) | slots | slot-days covered | holders "
        "| with Wikidata id | with every term sourced | with an Arabic name | left out (no Arabic name) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for group, row in rows:
        covered = sum(len(row.days[s]) for s in row.slots) / (length * len(row.slots) or 1)
        n = len(row.holders)
        lines.append(
            f"| {group.name} | {len(row.slots)} | {covered:.3f} | {n} | {len(row.with_qid)} "
            f"| {n - len(row.hand_terms)} | {n} | {len(row.left_out)} |"
        )
    groups = [o for o in organisations if o.get("kind") == "group"]
    led = {o["of"] for p in people for o in p.get("offices", [])}
    lines += [
        "",
        "| armed groups and parties | entries | with Wikidata id | with an Arabic name "
        "| with a leader in the catalog |",
        "|---|---|---|---|---|",
        f"| organisations.jsonl kind `group` | {len(groups)} | {sum(bool(o.get('qid')) for o in groups)} "
        f"| {sum(bool(o.get('name_ar')) for o in groups)} | {sum(o['id'] in led for o in groups)} |",
    ]
    return lines


def gaps(rows: list[tuple[Group, Row]], floor: float = 0.9) -> list[str]:
    length = (WINDOW[1] - WINDOW[0]).days + 1
    out = []
    for group, row in rows:
        for slot in sorted(row.slots):
            share = len(row.days[slot]) / length
            if share < floor:
                out.append(f"{group.name}\t{slot[0]}\t{slot[1]}\t{share:.3f}")
        out += [f"{group.name}\tleft out\t{qid}\t{what}" for qid, what in sorted(row.left_out.items())]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gaps", action="store_true", help="also list the slots covered below 90 %% (TSV)")
    args = parser.parse_args(argv)
    people = _read_jsonl(PEOPLE)
    rows = count(people, read_sourced())
    print("\n".join(table(rows, _read_jsonl(ENTITIES / "organisations.jsonl"), people)))
    if args.gaps:
        print()
        print("\n".join(gaps(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
