"""eval/devset/quote_causes.py puts each quote error in one class, from hand-built gold and output."""

from pathlib import Path

import yaml
from script_module import load_script

DEVSET = Path(__file__).resolve().parents[2] / "eval" / "devset"
causes_script = load_script(DEVSET / "quote_causes.py", "devset_quote_causes")

WORDS = "نص قصير من أربع كلمات على الأقل"


def _entity(name: str, romanized: bool = False) -> dict:
    return {"id": name, "name_en": name, "type": "PER", "nil": romanized, "romanized": romanized}


def _quote(text: str, speaker: str | None, direct: bool = True) -> dict:
    return {"speaker": speaker, "text": text, "direct": direct}


def _classes(
    shared: Path, tmp_path: Path, gquotes: list[dict], quotes: list[dict], entities: list[dict]
) -> list:
    gold_path = tmp_path / "gold.yaml"
    gold_path.write_text(
        yaml.safe_dump({"documents": {"x.txt": {"quotes": gquotes}}}, allow_unicode=True), encoding="utf-8"
    )
    s = causes_script.load_scorer(shared)
    story = {"title": "عنوان الخبر", "text": "", "entities": entities, "quotes": quotes}
    data = {"documents": [{"source": "/tmp/x.txt", "stories": [story]}]}
    counts, _ = causes_script.causes(s, s.load_gold(gold_path), data, direct_only=True)
    return sorted(counts.elements())


def test_speaker_classes(shared: Path, tmp_path: Path) -> None:
    """A romanised spelling of the gold name, none for a linked speaker, another linked entity."""
    gold = [{"speaker": "Saad Maan", "text": WORDS}]
    romanised = _classes(shared, tmp_path, gold, [_quote(WORDS, "Saad Man")], [_entity("Saad Man", True)])
    assert romanised == ["speaker romanised"]
    other = _classes(shared, tmp_path, gold, [_quote(WORDS, "Falih Issawi")], [_entity("Falih Issawi", True)])
    assert other == ["speaker other"]
    none = _classes(shared, tmp_path, gold, [_quote(WORDS, None)], [_entity("Saad Maan")])
    assert none == ["speaker none, linked"]
    unlinked = _classes(shared, tmp_path, gold, [_quote(WORDS, None)], [])
    assert unlinked == ["speaker not linked"]
    linked = _classes(
        shared, tmp_path, gold, [_quote(WORDS, "Beta")], [_entity("Saad Maan"), _entity("Beta")]
    )
    assert linked == ["speaker other, linked"]


def test_span_and_output_classes(shared: Path, tmp_path: Path) -> None:
    """A gold quote found only as reported speech, one in the headline, a short term and an unlabelled
    quote in the output."""
    gold = [{"speaker": "Alpha", "text": WORDS}, {"speaker": "Alpha", "text": "عنوان الخبر"}]
    quotes = [
        _quote(WORDS, "Alpha", direct=False),
        _quote("كلمتان فقط", "Alpha"),
        _quote("قول آخر لم يوسم في الذهب أبدا", None),
    ]
    found = _classes(shared, tmp_path, gold, quotes, [_entity("Alpha")])
    assert found == ["out short", "out unlabelled, none", "span in headline", "span reported"]
