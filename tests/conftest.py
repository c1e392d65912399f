"""Session fixtures: loaded lexicons and the path to ../shared (tests using it skip when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.clean import CleanLexicon, load_clean_lexicon
from rasd.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def clean_lex() -> CleanLexicon:
    return load_clean_lexicon()


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared is not present")
    return SHARED
