import codecs
import json
from pathlib import Path

import pytest

from rasd.errors import DecodeError
from rasd.ingest.decode import declared_charset, decode_bytes, detect_codec, mojibake_ratio
from rasd.settings import Settings

CP1256_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "cp1256"
ARABIC = "أعلنت وزارة الخارجية المصرية اليوم عن زيارة الرئيس إلى العاصمة الليبية طرابلس، وقال المتحدث باسمها إن المحادثات ستتناول ملف الطاقة."
SETTINGS = Settings()


def same_codec(a: str, b: str) -> bool:
    return codecs.lookup(a).name == codecs.lookup(b).name


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
        (ARABIC.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16"),
        (ARABIC.encode("utf-16-le"), "utf-16-le"),
        (ARABIC.encode("utf-16-be"), "utf-16-be"),
        (ARABIC.encode("cp1256"), "cp1256"),
        (ARABIC.encode("iso8859-6"), "iso8859-6"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom-le",
        "utf16-bom-be",
        "utf16le-nobom",
        "utf16be-nobom",
        "cp1256",
        "iso8859-6",
    ],
)
def test_decodes_each_encoding(data: bytes, codec: str) -> None:
    text, found = decode_bytes(data, SETTINGS)
    assert same_codec(found, codec)
    assert text.lstrip("\ufeff") == ARABIC


def test_short_iso8859_6_is_not_read_as_cp1256() -> None:
    """Read as cp1256, ISO-8859-6 gives Latin letters inside Arabic words (e.g. "انإسرائêنê")."""
    assert detect_codec("الإسرائيلي في بيروت".encode("iso8859-6")) == "iso8859-6"


def test_declared_utf8_does_not_override_cp1256_bytes() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>' + ARABIC + "</p></body></html>"
    text, codec = decode_bytes(page.encode("cp1256"), SETTINGS)
    assert codec == "cp1256"
    assert ARABIC in text


def test_declared_charset_is_read_from_meta_and_xml() -> None:
    assert (
        declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
        == "cp1256"
    )
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-6"?><rss>') == "iso8859-6"
    assert declared_charset(b"<html><body>no charset</body></html>") is None


@pytest.mark.parametrize(("wrong", "name"), [("cp1256", "windows-1256"), ("latin-1", "latin-1")])
def test_mojibake_is_an_error(wrong: str, name: str) -> None:
    garbled = ARABIC.encode("utf-8").decode(wrong, errors="replace")
    assert "ط§ظ„" in garbled or "Ø§Ù" in garbled
    with pytest.raises(DecodeError, match=f"mojibake: UTF-8 text decoded as {name} and saved again"):
        decode_bytes(garbled.encode("utf-8"), SETTINGS)


@pytest.mark.parametrize(
    "text", [ARABIC, "ضغط، وفقط، ومع «الشعب» ومع\xa0الناس " * 5, "Plain English text, nothing odd."]
)
def test_genuine_text_is_not_mojibake(text: str) -> None:
    assert mojibake_ratio(text)[0] <= SETTINGS.mojibake_max_ratio


def _corpus_entries() -> list[dict]:
    index = CP1256_CORPUS / "index.json"
    return json.loads(index.read_text(encoding="utf-8")) if index.is_file() else []


@pytest.mark.skipif(not CP1256_CORPUS.is_dir(), reason="../shared is not present")
@pytest.mark.parametrize("entry", _corpus_entries(), ids=lambda e: e["file"])
def test_shared_cp1256_corpus_true_encodings(entry: dict) -> None:
    """Every file in ../shared/corpus/cp1256 decodes with the codec its index.json lists."""
    data = (CP1256_CORPUS / entry["file"]).read_bytes()
    text, codec = decode_bytes(data, SETTINGS)
    assert same_codec(codec, entry["encoding"]), f"{entry['file']}: got {codec}, true {entry['encoding']}"
    assert text.lstrip("\ufeff") == data.decode(entry["encoding"]).lstrip("\ufeff")
