"""The linker's span index (`StoryLinker.spans`) must hold exactly the spans of its groups' mentions.

`taken` answers from the index; a change to a group's mentions that forgot the index would make it
answer wrongly without any output changing on short texts. Every story of the demo corpus and one
long glued text are linked with `taken` checked against a scan of every group after each call.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from unittest import mock

import pytest

from rasd.library import default_resources
from rasd.nlp.entities import find_entities
from rasd.nlp.link import StoryLinker

DEMO = Path(__file__).resolve().parents[2] / "rasd" / "data" / "demo" / "pages"


def _spans_of_groups(linker: StoryLinker) -> Counter[tuple[int, int]]:
    return Counter((m.start, m.end) for g in linker.groups.values() for m in g.mentions)


def _spans_of_index(linker: StoryLinker) -> Counter[tuple[int, int]]:
    found: Counter[tuple[int, int]] = Counter()
    for key, spans in linker.spans.buckets.items():
        for start, end in spans:
            if key == start // linker.spans.WIDTH:  # counted once, in its first bucket
                found[(start, end)] += 1
    return found


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DEMO.glob("*.txt"))]
    return [t for t in texts if t.strip()]


@pytest.mark.parametrize("glued", [False, True])
def test_the_index_follows_every_change_to_the_groups(glued: bool) -> None:
    res = default_resources().entities
    texts = _texts()
    assert texts, "the demo corpus has text pages"
    if glued:
        texts = ["\n\n".join(texts)]
    real_taken = StoryLinker.taken
    linkers: list[StoryLinker] = []

    def checked(self: StoryLinker, span: tuple[int, int]) -> bool:
        if self not in linkers:
            linkers.append(self)
        scan = any(m.start < span[1] and span[0] < m.end for g in self.groups.values() for m in g.mentions)
        answer = real_taken(self, span)
        assert answer == scan, span
        return answer

    with mock.patch.object(StoryLinker, "taken", checked):
        for text in texts:
            find_entities(text, None, res)
    assert linkers
    for linker in linkers:
        assert _spans_of_index(linker) == _spans_of_groups(linker)
