"""Bad inputs for the fuzz tests and benchmarks/fuzz.py (not a test module).

Every generator takes a `random.Random` and returns `(file name, bytes)`, so the same code serves
Hypothesis (which hands out seeded Randoms and can replay them) and the big deterministic run.
The Arabic text is written here by hand; no corpus text is used.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import random
from collections.abc import Callable

SENTENCES = (
    "أعلنت وزارة الخارجية اليوم أن الوزير سيتوجه إلى العاصمة في زيارة رسمية تستغرق يومين.",
    "وقال المتحدث باسم الحكومة في بيان إن الرئيس التقى نظيره الفرنسي في القاهرة أمس الأحد.",
    "وأضاف أن الطرفين بحثا سبل تعزيز التعاون الاقتصادي وإجراء الانتخابات في موعدها.",
    "القاهرة - (رويترز): اجتمع وزير الدفاع مع قائد الجيش يوم 12 مايو 2024 لبحث الأوضاع.",
    "اتصل الملك عبدالله الثاني هاتفيا بالرئيس عبد الفتاح السيسي وناقشا التطورات في غزة.",
    "المصدر: وكالة الأنباء الرسمية",
    "تاريخ النشر: ١٣ مايو ٢٠٢٤",
)
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
TATWEEL = "\u0640"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\ufeff"
CONTROLS = "".join(chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), 127, *range(0x80, 0xA0)])
ODD = "\u2028\u2029\u0085\ufffd\ufffe\U0001f600\u06dd\u0600\u0601\u08e2\ufdfd\ufefb\u0660\u06f4"
ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B)) + "ىيةءآأإؤئ٠١٢٣٤٥٦٧٨٩"
EXTENSIONS = (
    ".txt", ".html", ".htm", ".json", ".jsonl", ".rss", ".atom", ".xml",
    ".warc", ".warc.gz", ".txt.gz", ".jsonl.gz", ".html.gz", ".gz", "", ".dat", ".md",
)  # fmt: skip


def arabic(rng: random.Random, sentences: int | None = None) -> str:
    """Hand-written Arabic sentences, some with random diacritics, tatweel and odd characters."""
    count = sentences if sentences is not None else rng.randint(1, 6)
    out = []
    for _ in range(count):
        sentence = rng.choice(SENTENCES)
        if rng.random() < 0.3:
            sentence = decorate(rng, sentence)
        out.append(sentence)
    sep = rng.choice(["\n", " ", "\n\n", "\r\n", "\r", "\u2028", "\t"])
    return sep.join(out)


def decorate(rng: random.Random, text: str) -> str:
    """Random diacritics, tatweel, bidi marks, controls or odd characters sprinkled in."""
    pool = rng.choice([DIACRITICS, TATWEEL, BIDI, CONTROLS, ODD, DIACRITICS + TATWEEL + BIDI])
    chars = list(text)
    for _ in range(rng.randint(1, max(1, len(chars) // 2))):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(pool) * rng.choice([1, 1, 1, 3, 50]))
    return "".join(chars)


def random_unicode(rng: random.Random, size: int) -> str:
    """Arabic-ish noise: letters, digits, marks, punctuation, bidi and controls."""
    pools = [ARABIC_LETTERS, DIACRITICS, TATWEEL, BIDI, CONTROLS, ODD, " \n\t.,:،؛؟!«»\"'()-–/", "abcXYZ019"]
    weights = [50, 8, 3, 3, 2, 2, 20, 5]
    out = []
    for _ in range(size):
        pool = rng.choices(pools, weights)[0]
        out.append(rng.choice(pool))
    return "".join(out)


def _cut(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randint(0, len(data))] if data else data


def _name(rng: random.Random, ext: str | None = None) -> str:
    return "in" + (ext if ext is not None else rng.choice(EXTENSIONS))


# --- generators: rng -> (name, bytes) ---------------------------------------------------------


def g_random_bytes(rng: random.Random) -> tuple[str, bytes]:
    size = rng.choice([1, 2, 3, 7, 64, 500, 4096, 20_000])
    return _name(rng), rng.randbytes(size)


def g_truncated_utf8(rng: random.Random) -> tuple[str, bytes]:
    return _name(rng), _cut(rng, arabic(rng).encode("utf-8"))


def g_truncated_cp1256(rng: random.Random) -> tuple[str, bytes]:
    codec = rng.choice(["cp1256", "iso8859-6"])
    text = arabic(rng).encode(codec, errors="replace")
    return _name(rng), _cut(rng, text)


def g_invalid_utf8(rng: random.Random) -> tuple[str, bytes]:
    data = bytearray(arabic(rng).encode("utf-8"))
    for _ in range(rng.randint(1, 10)):
        data.insert(
            rng.randrange(len(data) + 1), rng.choice([0x80, 0xBF, 0xC0, 0xC1, 0xD8, 0xE0, 0xF5, 0xFF])
        )
    return _name(rng), bytes(data)


def g_boms(rng: random.Random) -> tuple[str, bytes]:
    bom = rng.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
                      codecs.BOM_UTF32_BE, codecs.BOM_UTF8 * 2, b""])  # fmt: skip
    body_codec = rng.choice(["utf-8", "cp1256", "utf-16-le", "utf-16-be", "utf-32-le"])
    body = arabic(rng).encode(body_codec, errors="replace")
    if rng.random() < 0.5:
        body = _cut(rng, body)
    return _name(rng), bom + body


def g_mixed_encodings(rng: random.Random) -> tuple[str, bytes]:
    parts = []
    for _ in range(rng.randint(2, 6)):
        codec = rng.choice(["utf-8", "cp1256", "iso8859-6", "utf-16-le", "latin-1", "mojibake"])
        text = arabic(rng, 1)
        if codec == "mojibake":
            parts.append(text.encode("utf-8").decode("cp1256", errors="replace").encode("utf-8"))
        else:
            parts.append(text.encode(codec, errors="replace"))
    return _name(rng), b"\n".join(parts)


def g_utf16_odd(rng: random.Random) -> tuple[str, bytes]:
    data = arabic(rng).encode(rng.choice(["utf-16-le", "utf-16-be"]))
    if rng.random() < 0.7:
        data = data[: len(data) - 1 - 2 * rng.randint(0, 3)] if len(data) > 8 else data[:1]
    if rng.random() < 0.3:  # a lone surrogate
        data += rng.choice([b"\x00\xd8", b"\xd8\x00", b"\xff\xdf"])
    return _name(rng), data


def g_controls_nuls(rng: random.Random) -> tuple[str, bytes]:
    text = arabic(rng)
    chars = list(text)
    for _ in range(rng.randint(1, 40)):
        chars.insert(
            rng.randrange(len(chars) + 1), rng.choice(["\x00", "\x00\x00", "\x1b", "\x0c", "\x7f", *BIDI])
        )
    return _name(rng), "".join(chars).encode(rng.choice(["utf-8", "utf-8", "utf-16"]), errors="replace")


def g_noise_text(rng: random.Random) -> tuple[str, bytes]:
    text = random_unicode(rng, rng.choice([5, 30, 200, 3000]))
    return _name(rng, rng.choice([".txt", ".md", "", ".json"])), text.encode("utf-8", errors="surrogatepass")


def g_whitespace(rng: random.Random) -> tuple[str, bytes]:
    ws = rng.choice([" ", "\n", "\t", "\r\n", "\u00a0", "\u3000", "\u200f", "\ufeff", "\u2028"])
    return _name(rng), (ws * rng.choice([0, 1, 10, 5000])).encode("utf-8")


def g_long_line(rng: random.Random) -> tuple[str, bytes]:
    unit = rng.choice(
        [arabic(rng, 1) + " ", "ب", "x", "ـ", "\u064e", "، ", "<", "{", "&amp;", "a" * 30 + " "]
    )
    size = rng.choice([10_000, 100_000, 1_000_000])
    data = (unit * (size // len(unit) + 1))[:size]
    ext = rng.choice([".txt", ".html", ".jsonl", ".json", ""])
    if ext == ".html":
        data = f"<html><body><p>{data}</p></body></html>"
    elif ext in (".jsonl", ".json"):
        data = json.dumps({"text": data}, ensure_ascii=rng.random() < 0.5)
    return _name(rng, ext), data.encode("utf-8")


def _html_body(rng: random.Random) -> str:
    return "".join(f"<p>{s}</p>" for s in arabic(rng).split("\n") if s)


def g_html_unclosed(rng: random.Random) -> tuple[str, bytes]:
    tags = ["<div>", "<p>", "<table><tr><td>", "<ul><li>", "<span>", "<a href='", "<!--", "<![CDATA[",
            "<script>", "<style>", "<b>", "</div>", "</p>", "<br", "<img src=x", "<?php", "<title>", "<"]  # fmt: skip
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'>"]
    if rng.random() < 0.5:
        out.append("<title>" + arabic(rng, 1))
    out.append("<body>")
    for sentence in arabic(rng).split("\n"):
        out.append(rng.choice(tags) + sentence)
    html = "".join(out)
    return _name(rng, rng.choice([".html", ".htm", ".txt", ""])), _cut(
        rng, html.encode()
    ) if rng.random() < 0.3 else html.encode()


def g_html_deep(rng: random.Random) -> tuple[str, bytes]:
    depth = rng.choice([100, 300, 1000, 3000, 10_000])
    tag = rng.choice(["div", "span", "b", "p", "table", "li", "blockquote", "a"])
    closed = rng.random() < 0.5
    inner = arabic(rng)
    html = f"<html><body>{('<' + tag + '>') * depth}{inner}"
    if closed:
        html += f"</{tag}>" * depth
    html += "</body></html>"
    return _name(rng, rng.choice([".html", ".rss", ".xml", ""])), html.encode()


def g_huge_attributes(rng: random.Random) -> tuple[str, bytes]:
    size = rng.choice([1000, 100_000, 2_000_000])
    value = rng.choice(["x", "ب", '"', "&#0;", "&quot;", " "]) * size
    attrs = "".join(f' a{i}="{value[: size // (i + 1)]}"' for i in range(rng.randint(1, 3)))
    if rng.random() < 0.3:
        attrs = "".join(f" a{i}=1" for i in range(rng.choice([1000, 20_000])))
    html = f"<html><head><meta content='{value[:size]}' property='og:title'></head><body><div{attrs}>{_html_body(rng)}</div></body></html>"
    return _name(rng, rng.choice([".html", ""])), html.encode()


def g_script_style(rng: random.Random) -> tuple[str, bytes]:
    script = rng.choice(
        ["var a = '<p>" + arabic(rng, 1) + "</p>';", "</scr" + "ipt>", "<!--", "document.write('<div>')"]
    )
    body = _html_body(rng)
    html = (
        f"<html><head><style>{'p{color:red}' * rng.randint(1, 5000)}</style><script>{script * rng.randint(1, 500)}"
        f"</script></head><body><noscript>{body}</noscript><script>{body}</script>{body if rng.random() < 0.5 else ''}</body></html>"
    )
    return _name(rng, rng.choice([".html", ""])), html.encode()


def g_html_entities(rng: random.Random) -> tuple[str, bytes]:
    ents = [
        "&#0;",
        "&#x110000;",
        "&#xD800;",
        "&#99999999999;",
        "&amp",
        "&nbsp;",
        "&#x202E;",
        "&unknown;",
        "&#1;",
    ]
    body = "".join(rng.choice(ents) + s for s in arabic(rng).split())
    html = f"<html><head><title>{rng.choice(ents) * 5}</title></head><body><article><p>{body}</p></article></body></html>"
    return _name(rng, rng.choice([".html", ".rss", ""])), html.encode()


def _json_value(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 2**70, 1.5, float("1e308")])
    if kind == 3:
        return arabic(rng)
    if kind == 4:
        return ""
    if kind == 5:
        return random_unicode(rng, rng.randint(0, 50))
    if kind == 6:
        return [_json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(KEYS): _json_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


KEYS = ("text", "content", "body", "title", "headline", "url", "link", "published", "date", "date_iso",
        "pubDate", "outlet", "source", "site", "meta", "")  # fmt: skip


def _json_row(rng: random.Random) -> object:
    row: dict[str, object] = {k: _json_value(rng) for k in rng.sample(KEYS, rng.randint(0, 6))}
    if rng.random() < 0.6:
        row[rng.choice(["text", "content", "body"])] = arabic(rng)
    if rng.random() < 0.3:
        row[rng.choice(["published", "date", "pubDate", "date_iso"])] = rng.choice(
            ["2024-05-13", "9999-99-99", "0001-01-01", "Mon, 13 May 2024 25:61 +9999", "2024/13/45", "x" * 5000,
             "١٣ مايو ٢٠٢٤", "2024-05-13T10:00:00+99:00", "", 20240513, None, "Tue, 31 Feb 2024 00:00 GMT"]
        )  # fmt: skip
    return row if rng.random() < 0.9 else _json_value(rng)


def g_json_wrong_types(rng: random.Random) -> tuple[str, bytes]:
    ext = rng.choice([".json", ".jsonl", ".ndjson", ""])
    if ext in (".jsonl", ".ndjson") or (ext == "" and rng.random() < 0.5):
        lines = [
            json.dumps(_json_row(rng), ensure_ascii=rng.random() < 0.5) for _ in range(rng.randint(1, 8))
        ]
        if rng.random() < 0.3:
            lines.insert(
                rng.randrange(len(lines) + 1), rng.choice(["{", "[1,", "nul", '{"text": NaN}', "\x00", "}"])
            )
        data = "\n".join(lines)
    else:
        data = json.dumps(rng.choice([_json_row(rng), [_json_row(rng) for _ in range(rng.randint(0, 6))]]))
    raw = data.encode(rng.choice(["utf-8", "utf-8", "utf-16", "cp1256"]), errors="replace")
    return _name(rng, ext), _cut(rng, raw) if rng.random() < 0.15 else raw


def g_json_deep(rng: random.Random) -> tuple[str, bytes]:
    depth = rng.choice([100, 1000, 10_000, 100_000])
    opener, closer = rng.choice([("[", "]"), ('{"text":', "}"), ('{"a":[', "]}")])
    data = (
        opener * depth
        + rng.choice(["1", json.dumps(arabic(rng, 1))])
        + (closer * depth if rng.random() < 0.7 else "")
    )
    return _name(rng, rng.choice([".json", ".jsonl", ""])), data.encode()


def _feed(rng: random.Random) -> str:
    atom = rng.random() < 0.4
    items = []
    for _ in range(rng.randint(0, 5)):
        body = rng.choice(
            [
                arabic(rng),
                _html_body(rng),
                "<![CDATA[" + _html_body(rng) + "]]>",
                "",
                "&lt;p&gt;" + arabic(rng),
            ]
        )
        date = rng.choice(
            ["Mon, 13 May 2024 01:30 +0300", "2024-05-13T10:00:00Z", "garbage", "", "Fri, 99 Foo 9999"]
        )
        if atom:
            items.append(
                f"<entry><title>{arabic(rng, 1)}</title><updated>{date}</updated><content type='html'>{body}</content></entry>"
            )
        else:
            items.append(
                f"<item><title>{arabic(rng, 1)}</title><pubDate>{date}</pubDate><description>{body}</description><link>{rng.choice(['http://a/b', '', 'javascript:x'])}</link></item>"
            )
    decl = rng.choice(["<?xml version='1.0' encoding='utf-8'?>", "<?xml version='1.0' encoding='windows-1256'?>",
                       "<?xml version='1.0' encoding='bogus'?>", ""])  # fmt: skip
    if atom:
        return f"{decl}<feed xmlns='http://www.w3.org/2005/Atom'><title>{arabic(rng, 1)}</title>{''.join(items)}</feed>"
    return (
        f"{decl}<rss version='2.0'><channel><title>{arabic(rng, 1)}</title>{''.join(items)}</channel></rss>"
    )


def g_feed(rng: random.Random) -> tuple[str, bytes]:
    data = _feed(rng)
    if rng.random() < 0.2:  # entity expansion
        data = ("<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY a 'ابابابابابابابابابا'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>"
                "<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'><!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'>]>"
                "<rss version='2.0'><channel><title>&d;</title><item><description>&d;&d;</description></item></channel></rss>")  # fmt: skip
    raw = data.encode(rng.choice(["utf-8", "cp1256", "utf-16"]), errors="replace")
    if rng.random() < 0.4:
        raw = _cut(rng, raw)
    return _name(rng, rng.choice([".rss", ".atom", ".xml", "", ".txt"])), raw


def _warc_record(rng: random.Random, payload: bytes, content_type: str) -> bytes:
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n".encode()
    )
    if rng.random() < 0.2:
        http = rng.choice(
            [b"", b"HTTP/1.1\r\n\r\n", b"garbage\r\n\r\n", b"HTTP/1.1 200 OK\r\nContent-Type\r\n\r\n"]
        )
    block = http + payload
    length = len(block) if rng.random() < 0.8 else rng.choice([0, len(block) + 100, len(block) // 2, 10**12])
    headers = [
        "WARC/1.0",
        "WARC-Type: " + rng.choice(["response", "response", "request", "resource", "bogus"]),
        "WARC-Date: " + rng.choice(["2024-05-13T10:00:00Z", "garbage", "", "9999-12-31T23:59:59Z"]),
        "WARC-Record-ID: <urn:uuid:1234>",
        f"Content-Length: {length}",
        "Content-Type: application/http; msgtype=response",
    ]
    if rng.random() < 0.8:
        headers.insert(
            2, "WARC-Target-URI: " + rng.choice(["http://example.com/a", "", "not a url", "http://[::1"])
        )
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def g_warc(rng: random.Random) -> tuple[str, bytes]:
    records = []
    for _ in range(rng.randint(1, 4)):
        payload = rng.choice([
            f"<html><body><article>{_html_body(rng)}</article></body></html>".encode(rng.choice(["utf-8", "cp1256"]), errors="replace"),
            rng.randbytes(rng.randint(0, 300)),
            _html_body(rng).encode(),
            b"",
        ])  # fmt: skip
        ctype = rng.choice(["text/html", "text/html; charset=windows-1256", "text/html; charset=bogus",
                            "application/xhtml+xml", "", "image/png", "text/html; charset="])  # fmt: skip
        records.append(_warc_record(rng, payload, ctype))
    data = b"".join(records)
    if rng.random() < 0.3:
        data = _cut(rng, data)
    ext = rng.choice([".warc", ".warc.gz", ""])
    if ext == ".warc.gz":
        data = gzip_bytes(data)
        if rng.random() < 0.3:
            data = _cut(rng, data)
    return _name(rng, ext), data


def g_gzip(rng: random.Random) -> tuple[str, bytes]:
    inner_name, inner = rng.choice(GENERATORS_NO_GZIP)(rng)
    mode = rng.choice(["ok", "ok", "truncated", "double", "flipped", "trailing", "empty"])
    if mode == "empty":
        data = gzip_bytes(b"")
    elif mode == "double":
        data = gzip_bytes(gzip_bytes(inner))
    else:
        data = gzip_bytes(inner)
    if mode == "truncated":
        data = data[: rng.randint(2, max(2, len(data) - 1))]
    elif mode == "flipped" and len(data) > 20:
        pos = rng.randrange(10, len(data))
        data = data[:pos] + bytes([data[pos] ^ 0xFF]) + data[pos + 1 :]
    elif mode == "trailing":
        data += rng.randbytes(rng.randint(1, 50))
    return inner_name + ".gz" if not inner_name.endswith(".gz") else inner_name, data


def g_mutated(rng: random.Random) -> tuple[str, bytes]:
    """A valid-looking input of any kind with random bytes flipped, inserted or deleted."""
    name, data = rng.choice(GENERATORS_NO_GZIP)(rng)
    buf = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if not buf:
            break
        pos = rng.randrange(len(buf))
        op = rng.randrange(3)
        if op == 0:
            buf[pos] = rng.randrange(256)
        elif op == 1:
            buf[pos:pos] = rng.randbytes(rng.randint(1, 8))
        else:
            del buf[pos : pos + rng.randint(1, 8)]
    return name, bytes(buf)


def g_wrong_extension(rng: random.Random) -> tuple[str, bytes]:
    """Content of one format under another format's name."""
    _, data = rng.choice(GENERATORS_NO_GZIP)(rng)
    return _name(rng), data


Generator = Callable[[random.Random], tuple[str, bytes]]
GENERATORS_NO_GZIP: tuple[Generator, ...] = (
    g_random_bytes, g_truncated_utf8, g_truncated_cp1256, g_invalid_utf8, g_boms, g_mixed_encodings,
    g_utf16_odd, g_controls_nuls, g_noise_text, g_whitespace, g_html_unclosed, g_html_deep,
    g_huge_attributes, g_script_style, g_html_entities, g_json_wrong_types, g_json_deep, g_feed, g_warc,
)  # fmt: skip
GENERATORS: dict[str, Generator] = {
    g.__name__.removeprefix("g_"): g
    for g in (*GENERATORS_NO_GZIP, g_long_line, g_gzip, g_mutated, g_wrong_extension)
}


def generate(rng: random.Random, kind: str | None = None) -> tuple[str, str, bytes]:
    """(kind, file name, bytes) from the named generator or a random one."""
    kind = kind or rng.choice(sorted(GENERATORS))
    name, data = GENERATORS[kind](rng)
    return kind, name, data


def gzip_bytes(data: bytes) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as handle:
        handle.write(data)
    return out.getvalue()
