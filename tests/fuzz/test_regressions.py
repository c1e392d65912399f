"""The crashes and hangs the fuzzing found, each as the smallest hand-written input that showed it."""

from __future__ import annotations

import gc
import json
import pickle
import time

import rasd
from rasd.clean.metadata import _byline_outlet
from rasd.ingest import parse_bytes
from rasd.library import default_resources
from rasd.records import IngestFailure, RawDoc
from rasd.settings import Settings

SETTINGS = Settings()
LEDE = "أعلنت وزارة الخارجية اليوم أن الوزير سيتوجه إلى العاصمة في زيارة رسمية تستغرق يومين."


def _codes(results: list[RawDoc | IngestFailure]) -> list[str]:
    return [r.code if isinstance(r, IngestFailure) else "doc" for r in results]


def test_deeply_nested_json_is_a_format_error_not_a_recursion_error() -> None:
    """json.loads raised RecursionError (E300) on `[[[[…` 100,000 levels deep."""
    deep = b"[" * 100_000 + b"]" * 100_000
    assert _codes(parse_bytes(deep, "a.json", SETTINGS)) == ["E106"]
    assert _codes(parse_bytes(b'{"text": ' + b"[" * 100_000, "a.jsonl", SETTINGS)) == ["E106"]
    line = json.dumps({"text": LEDE}).encode()
    assert _codes(parse_bytes(line + b"\n" + b"[" * 100_000, "a.json", SETTINGS)) == ["doc", "E106"]


def test_json_nested_deep_enough_to_break_pickling_is_refused() -> None:
    """900 levels load, but a worker process could not pickle the document back (kills jobs > 1)."""
    row = b'{"text": "' + LEDE.encode() + b'", "meta": ' + b"[" * 900 + b"]" * 900 + b"}"
    [failure] = parse_bytes(row, "a.jsonl", SETTINGS)
    assert failure.code == "E106" and "deeper than 100" in failure.error
    [doc] = parse_bytes(
        b'{"text": "' + LEDE.encode() + b'", "meta": ' + b"[" * 50 + b"]" * 50 + b"}", "b.jsonl", SETTINGS
    )
    pickle.dumps(doc)


def test_feed_with_impossible_character_references() -> None:
    """feedparser ran chr(n).encode() on &#xD800; (UnicodeEncodeError) and &#99999999999; (OverflowError)."""
    for ref in ("&#xD800;", "&#55296;", "&#99999999999;", "&#x110000;", "&#" + "9" * 5000 + ";"):
        feed = f"<rss><channel><item><title>{ref}</title><description>{ref}{LEDE}</description></item></channel></rss>"
        [doc] = parse_bytes(feed.encode(), "a.rss", SETTINGS)
        assert isinstance(doc, RawDoc), ref
        assert "\ufffd" in doc.text and LEDE in doc.text
    feed = f"<rss><channel><item><description>&#65;&#x41;{LEDE}</description></item></channel></rss>"
    assert parse_bytes(feed.encode(), "b.rss", SETTINGS)[0].text.startswith("AA")


def test_feed_item_html_with_control_characters() -> None:
    """lxml refused to set a paragraph's text holding a form feed or ESC (ValueError stopped the batch)."""
    for ch in ("\x0c", "\x1b", "\x01", "\ufffe"):
        feed = f"<rss><channel><item><description>&lt;p&gt;{LEDE}{ch}&lt;/p&gt;&lt;p&gt;{LEDE}&lt;/p&gt;</description></item></channel></rss>"
        [doc] = parse_bytes(feed.encode(), "a.rss", SETTINGS)
        assert isinstance(doc, RawDoc), repr(ch)
        assert doc.text.count(LEDE) == 2


def test_byline_part_that_folds_to_nothing() -> None:
    """A short line whose first part is only diacritics or tatweel: fold() left no word (IndexError)."""
    res = default_resources()
    assert _byline_outlet("\u064e\u0640 - كتب", res.clean, res.clean.outlets) is None
    rasd.analyze_text("\u064e\u064e\n" + LEDE + "\n" + LEDE)


def test_a_50_mb_line_is_refused_quickly() -> None:
    """A line over Settings.max_text_chars is refused before any analysis (a 50 MB line would take an hour)."""
    line = ("قال الوزير إن الزيارة ناجحة. " * (SETTINGS.max_text_chars // 20)).encode()
    started = time.perf_counter()
    [failure] = parse_bytes(line, "a.txt", SETTINGS)
    assert failure.code == "E102" and "over the limit" in failure.error
    assert time.perf_counter() - started < 5


def test_a_long_story_is_analysed_in_linear_time() -> None:
    """Quotes and linking compared every speech verb or name with all others: a 100,000-character
    line took 10 CPU s. Four times the text may now cost at most six times the CPU (measured 4.5;
    0.9 CPU s for 100,000 characters of this text on the machine that measured it)"""
    unit = 'قال الرئيس الروسي فلاديمير بوتين إن الزيارة ناجحة، وأكد الوزير أن "المحادثات مثمرة". '
    default_resources()
    rasd.analyze_text(unit)

    def cpu(chars: int) -> float:
        """The least CPU of two runs, each after a full collection: a collection or a busy neighbour
        landing in one run made a single large run cost 7× the small one on a loaded CI machine."""
        text = (unit * (chars // len(unit) + 1))[:chars]
        times = []
        for _ in range(2):
            gc.collect()
            started = time.process_time()
            rasd.analyze_text(text, published="2024-05-01")
            times.append(time.process_time() - started)
        return min(times)

    small, large = cpu(25_000), cpu(100_000)
    assert large < 6 * small + 0.2, (small, large)
