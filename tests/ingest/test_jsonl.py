import datetime as dt
import json

import pytest

from rasd.errors import EmptyInputError, FormatError
from rasd.ingest.jsonl import parse_json, record_to_doc
from rasd.records import IngestFailure, RawDoc
from rasd.settings import Settings

TEXT = "أعلنت وزارة الخارجية المصرية اليوم أن الوزير سيتوجه إلى العاصمة الليبية طرابلس في زيارة رسمية."


def line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_bad_line_among_good_lines() -> None:
    data = "\n".join([line(text=TEXT), '{"text": "abcd" "title": 1}', "", line(content=TEXT), line(text=" ")])
    results = parse_json(data.encode(), "d.jsonl", Settings(), whole=False)
    assert [r.source for r in results] == ["d.jsonl#1", "d.jsonl#2", "d.jsonl#4", "d.jsonl#5"]
    good1, bad, good4, empty = results
    assert isinstance(good1, RawDoc) and isinstance(good4, RawDoc)
    assert bad == IngestFailure(
        "d.jsonl#2", "line 2: invalid JSON: Expecting ',' delimiter at column 17", "E106"
    )
    assert isinstance(empty, IngestFailure)
    assert (empty.code, empty.error) == ("E103", "line 5: 'text' is empty")


@pytest.mark.parametrize(
    ("row", "published"),
    [
        ({"date": "2015-08-11 13:44:43", "date_iso": "2015-08-11T13:44:43"}, dt.date(2015, 8, 11)),
        ({"published": "2024-05-13"}, dt.date(2024, 5, 13)),
        ({"date_iso": "2024-05-13T10:00:00+03:00"}, dt.date(2024, 5, 13)),
        ({"pubDate": "Mon, 13 May 2024 01:30:00 +0300"}, dt.date(2024, 5, 13)),
        ({"date": "not a date"}, None),
    ],
)
def test_date_keys(row: dict, published: dt.date | None) -> None:
    assert record_to_doc({"text": TEXT, **row}, "s", "utf-8", Settings()).published == published


def test_key_aliases_and_meta() -> None:
    row = {
        "body": TEXT,
        "headline": "عنوان",
        "link": "https://x/1",
        "site": "المثال",
        "id": "7",
        "author": "أ",
    }
    doc = record_to_doc(row, "s", "utf-8", Settings())
    assert (doc.text, doc.title, doc.url, doc.outlet) == (TEXT, "عنوان", "https://x/1", "المثال")
    assert doc.meta == {"id": "7", "author": "أ"}
    saudi = record_to_doc(
        {"text": TEXT, "source": "okaz", "date": "2015-08-11 13:44:43", "date_iso": "x"},
        "s",
        "utf-8",
        Settings(),
    )
    assert saudi.outlet == "okaz"
    assert saudi.meta == {"date_iso": "x"}


def test_too_long_line_and_non_object() -> None:
    data = line(text=TEXT * 10) + "\n[1, 2]\n" + line(text=TEXT)
    long, array, good = parse_json(data.encode(), "d.jsonl", Settings(max_jsonl_line_bytes=500), whole=False)
    assert long.code == "E106" and "over the limit of 500" in long.error
    assert array.error == "line 2: expected a JSON object, found list"
    assert isinstance(good, RawDoc)


def test_json_object_and_array() -> None:
    (single,) = parse_json(line(text=TEXT).encode(), "one.json", Settings(), whole=True)
    assert single.source == "one.json"
    pretty = json.dumps([{"text": TEXT}, {"title": "x"}], ensure_ascii=False, indent=2)
    doc, failure = parse_json(pretty.encode(), "many.json", Settings(), whole=True)
    assert (doc.source, failure.source, failure.error) == (
        "many.json#1",
        "many.json#2",
        "item 2: no text key (tried text, content, body)",
    )


def test_json_file_holding_lines_is_read_as_lines() -> None:
    data = line(text=TEXT) + "\n" + line(text=TEXT)
    assert [r.source for r in parse_json(data.encode(), "d.json", Settings(), whole=True)] == [
        "d.json#1",
        "d.json#2",
    ]


def test_broken_json_document() -> None:
    with pytest.raises(FormatError, match="invalid JSON"):
        parse_json(b'{\n  "text": "abc",\n  "title": \n}', "d.json", Settings(), whole=True)


def test_no_lines() -> None:
    with pytest.raises(EmptyInputError, match="no JSON lines"):
        parse_json(b"\n\n  \n", "d.jsonl", Settings(), whole=False)


def test_meta_keys_and_outlets_are_one_string_each() -> None:
    """A run keeps every document: the same key or outlet name read on two lines is one object."""
    data = "\n".join(line(text=TEXT, outlet="aawsat", author=f"writer {k}") for k in range(2))
    first, second = parse_json(data.encode(), "d.jsonl", Settings(), whole=False)
    assert isinstance(first, RawDoc) and isinstance(second, RawDoc)
    assert first.outlet == "aawsat" and first.outlet is second.outlet
    (a,), (b,) = first.meta, second.meta
    assert a == "author" and a is b
