"""Bytes to text: which codec an Arabic news file was written in, and whether the text is mojibake.

Order of evidence: a byte-order mark, then strict UTF-8, then the NUL pattern of BOM-less UTF-16,
then the legacy Arabic code pages (Windows-1256 against ISO-8859-6, judged by how Arabic the
result looks), then charset-normalizer for anything else. A charset the file declares is only a
tie-breaker: real pages often declare UTF-8 while being cp1256.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from rasd.errors import DecodeError
from rasd.settings import Settings

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY_ARABIC = ("cp1256", "iso8859-6")
HINT_BONUS = 2.0  # score points a declared charset earns in a near tie
UTF16_SAMPLE = 4096
UTF16_PARITY_SHARE = 0.9  # NULs of BOM-less UTF-16 sit (almost) all at one parity
UTF16_MIN_NULS = 4
UTF16_MIN_NUL_SHARE = 0.05  # of code units: spaces and digits alone pass this in Arabic text

DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""",
    re.IGNORECASE,
)
ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc]")
# A Latin letter or sign glued to an Arabic letter: what ISO-8859-6 bytes look like read as cp1256.
LATIN_NEXT_TO_ARABIC = re.compile(
    r"(?<=[\u0621-\u064a])[\u00c0-\u00ff\u0152\u0153\u0192]|[\u00c0-\u00ff\u0152\u0153\u0192](?=[\u0621-\u064a])"
)
SPACES = " \t\n\r\xa0"
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


# Characters that also follow a word-final ط/ع in genuine text: spaces, punctuation, quotes.
NOT_MOJIBAKE_TAILS = frozenset("\xa0\xad\u200c\u200d\u200e\u200f،؛؟«»‘’“”–—•") | {""}


def _mojibake_pattern(lead: str, codec_names: tuple[str, ...]) -> re.Pattern[str]:
    """UTF-8 lead bytes of Arabic (0xD8-0xDB) read in a legacy codec, then a continuation byte."""
    tails = set()
    for name in codec_names:
        tails |= {bytes([b]).decode(name, errors="ignore") for b in range(0x80, 0xC0)}
    tails -= NOT_MOJIBAKE_TAILS
    return re.compile(f"[{re.escape(lead)}][{re.escape(''.join(sorted(tails)))}]")


MOJIBAKE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("windows-1256", _mojibake_pattern("طظعغ", ("cp1256",))),
    ("latin-1", _mojibake_pattern("ØÙÚÛ", ("latin-1", "cp1252"))),
)


def declared_charset(data: bytes) -> str | None:
    """The charset a page or XML file names in its first bytes, as a Python codec name, if known."""
    match = DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", errors="ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _bom_codec(data: bytes) -> str | None:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """utf-16-le / utf-16-be when NUL bytes cluster at one parity (ASCII spaces, digits, Latin)."""
    sample = data[: UTF16_SAMPLE - UTF16_SAMPLE % 2]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if even + odd < max(UTF16_MIN_NULS, UTF16_MIN_NUL_SHARE * len(sample) / 2):
        return None
    if odd >= UTF16_PARITY_SHARE * (even + odd):
        return "utf-16-le"
    if even >= UTF16_PARITY_SHARE * (even + odd):
        return "utf-16-be"
    return None


def arabic_score(text: str) -> float:
    """Arabic letters, minus a heavy penalty for characters no Arabic text would hold there."""
    bad = len(LATIN_NEXT_TO_ARABIC.findall(text)) + len(CONTROL.findall(text))
    return len(ARABIC_LETTER.findall(text)) - 10.0 * bad


def _legacy_arabic(data: bytes, hint: str | None) -> str | None:
    """cp1256 or ISO-8859-6, whichever decodes strictly into more plausible Arabic; None if neither."""
    scores: dict[str, float] = {}
    for name in LEGACY_ARABIC:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        scores[name] = arabic_score(text) + (HINT_BONUS if name == hint else 0.0)
    if not scores:
        return None
    best = max(scores, key=lambda n: scores[n])
    return best if scores[best] > 0 else None


def _guess_codec(data: bytes, hint: str | None) -> str:
    """The codec for bytes that are neither UTF-8 nor UTF-16."""
    legacy = _legacy_arabic(data, hint)
    if legacy:
        return legacy
    if hint and hint not in ("utf-8", "utf-16", "utf-32") and _decodes(data, hint):
        return hint
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodeError("no text encoding decodes these bytes cleanly")
    return codecs.lookup(best.encoding).name


def detect_codec(data: bytes, hint: str | None = None) -> str:
    """The Python codec name the bytes are most likely written in (no mojibake check)."""
    bom = _bom_codec(data)
    if bom:
        return bom
    utf16 = utf16_without_bom(data)  # before UTF-8: Arabic in UTF-16 is all bytes below 0x80
    if utf16 and _decodes(data, utf16) and "\x00" not in data.decode(utf16):
        return utf16
    if _decodes(data, "utf-8"):
        return "utf-8"
    return _guess_codec(data, hint)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def mojibake_ratio(text: str) -> tuple[float, str]:
    """The share of characters in UTF-8-read-as-legacy pairs, and which legacy codec did it."""
    visible = max(1, len(text) - sum(text.count(ch) for ch in SPACES))
    counts = [(2 * len(pattern.findall(text)) / visible, name) for name, pattern in MOJIBAKE_PATTERNS]
    return max(counts)


def check_mojibake(text: str, settings: Settings) -> None:
    """Raise DecodeError when the text is Arabic that was once decoded with the wrong codec."""
    ratio, codec = mojibake_ratio(text)
    if ratio > settings.mojibake_max_ratio:
        raise DecodeError(
            f"mojibake: UTF-8 text decoded as {codec} and saved again ({ratio:.0%} of characters)"
        )


def decode_bytes(data: bytes, settings: Settings, hint: str | None = None) -> tuple[str, str]:
    """(text, codec name). `hint` (e.g. an HTTP charset) and any declared charset only break ties."""
    hint = _normalise(hint) or declared_charset(data)
    codec = detect_codec(data, hint)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:  # charset-normalizer guesses from a sample
        raise DecodeError(f"bytes are not valid {codec} at offset {exc.start}") from exc
    check_mojibake(text, settings)
    return text, codec


def _normalise(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
