"""Property tests: generated bad inputs of every format rasd reads end as documents or as errors
with a code, and never as E300 (an unexpected exception, i.e. a bug) — docs/ingest.md, Resilience.

A CI-sized run (a few hundred examples per property). The big run is benchmarks/fuzz.py.
Each batch of inputs goes through `analyze_paths`, the public contract; the story-level
property calls `rasd.analyze_text` directly.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasd
from rasd import pipeline
from rasd.errors import RasdError
from rasd.library import default_resources
from rasd.settings import Settings

from .inputs import ARABIC_LETTERS, BIDI, CONTROLS, DIACRITICS, EXTENSIONS, GENERATORS, TATWEEL, arabic

# Small files keep the run short; the 50 MB inputs are benchmarks/fuzz.py's.
SETTINGS = Settings(max_file_bytes=3_000_000)
FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI does not flake on a new seed
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
BATCH = 8  # inputs per analyze_paths call


def assert_all_accounted(files: list[tuple[str, bytes]]) -> None:
    """Write the files, analyse the folder: every file is in documents or errors, none is E300."""
    with tempfile.TemporaryDirectory(prefix="rasd-fuzz-") as tmp:
        folder = Path(tmp)
        names = []
        for n, (name, data) in enumerate(files):
            names.append(f"{n:03d}{name}")
            (folder / names[-1]).write_bytes(data)
        with mock.patch.object(pipeline, "load_resources", lambda *_: default_resources()):  # loaded once
            result = pipeline.analyze_paths([folder], SETTINGS)
    seen = {Path(d.source.split("#")[0]).name for d in result.documents}
    seen |= {Path(e.source.split("#")[0]).name for e in result.errors}
    assert seen == set(names), f"unaccounted: {set(names) - seen}"
    bugs = [(e.source, e.error) for e in result.errors if e.code == "E300" or not e.code.startswith("E")]
    assert not bugs, bugs


def generated(kind: str) -> st.SearchStrategy[tuple[str, bytes]]:
    return st.randoms(use_true_random=False).map(lambda rng: GENERATORS[kind](rng))


KINDS = sorted(set(GENERATORS) - {"long_line"})  # long lines cost seconds each: a test of their own


@FUZZ
@given(st.lists(st.sampled_from(KINDS).flatmap(generated), min_size=1, max_size=BATCH))
def test_generated_bad_inputs_are_documents_or_coded_errors(files: list[tuple[str, bytes]]) -> None:
    assert_all_accounted(files)


@settings(FUZZ, max_examples=200)
@given(st.lists(st.tuples(st.sampled_from(EXTENSIONS), st.binary(max_size=3000)), min_size=1, max_size=BATCH))
def test_random_bytes_under_every_name(files: list[tuple[str, bytes]]) -> None:
    assert_all_accounted([(f"in{ext}", data) for ext, data in files])


_PREFIXES = (b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<html><body><p>", b"<rss><channel><item><description>",
             b'{"text": "', b'[{"text": "', b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00")  # fmt: skip
_CODECS = ("utf-8", "cp1256", "iso8859-6", "utf-16-le", "utf-16-be", "latin-1")


@settings(FUZZ, max_examples=150)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(EXTENSIONS),
            st.sampled_from(_PREFIXES),
            st.text(
                alphabet=ARABIC_LETTERS + DIACRITICS + TATWEEL + BIDI + CONTROLS + " \n<>&;{}[]\"'",
                max_size=400,
            ),
            st.sampled_from(_CODECS),
            st.integers(min_value=0, max_value=5),
        ),
        min_size=1,
        max_size=BATCH,
    )
)
def test_truncated_text_in_every_codec_and_format(files: list[tuple[str, bytes, str, str, int]]) -> None:
    """Text encoded in one codec behind another format's opening, cut short by a few bytes."""
    out = []
    for ext, prefix, text, codec, cut in files:
        data = prefix + text.encode(codec, errors="replace")
        out.append((f"in{ext}", data[: len(data) - cut] if cut else data))
    assert_all_accounted(out)


LONG_UNITS = ("وقال الوزير إن الزيارة ناجحة. ", "ب", "ـ", "\u064e", "، ", "<", "&amp;", "x" * 30 + " ")


@settings(FUZZ, max_examples=8)
@given(
    st.sampled_from(LONG_UNITS),
    st.sampled_from([3_000, 30_000, Settings().max_text_chars + 50_000]),
    st.sampled_from([".txt", ".html", ".jsonl"]),
)
def test_long_lines(unit: str, size: int, ext: str) -> None:
    """One line of 3,000 characters to just over Settings.max_text_chars (then E102, quickly)."""
    line = (unit * (size // len(unit) + 1))[:size]
    if ext == ".html":
        line = f"<html><body><p>{line}</p></body></html>"
    elif ext == ".jsonl":
        line = json.dumps({"text": line})
    assert_all_accounted([(f"in{ext}", line.encode())])


def analyze_story_text(text: str, published: str | None = None) -> None:
    """A document, or a RasdError with a code (E200: nothing left after cleaning); nothing else."""
    try:
        rasd.analyze_text(text, published=published)
    except RasdError as exc:
        assert exc.code != "E300"


STORY_CHARS = st.characters(codec="utf-8")  # any code point but surrogates


@settings(FUZZ, max_examples=500)
@given(
    st.text(alphabet=STORY_CHARS, max_size=300)
    | st.text(alphabet=ARABIC_LETTERS + DIACRITICS + TATWEEL + BIDI + " \n.،:-", max_size=600)
)
def test_analyze_text_never_raises_on_random_text(text: str) -> None:
    analyze_story_text(text)


@settings(FUZZ, max_examples=150)
@given(st.randoms(use_true_random=False), st.sampled_from([None, "2024-05-13", "1900-01-01", "2099-12-31"]))
def test_analyze_text_never_raises_on_decorated_arabic(rng: random.Random, published: str | None) -> None:
    analyze_story_text(arabic(rng, rng.randint(1, 12)), published)
