"""Session fixtures: loaded lexicons and the path to ../shared (tests using it skip when absent)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
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
        if os.environ.get("RASD_REQUIRE_SHARED") == "1":  # .ci/run sets it: there, a missing ../shared fails
            pytest.fail(f"../shared is required here but {SHARED} has no eval/")
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def score_seeds(shared) -> Callable[..., subprocess.CompletedProcess]:
    """Run ../shared/eval/score_seeds.py on an output file with extra arguments."""
    pytest.importorskip("yaml")

    def run(out: Path, *args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, str(shared / "eval" / "score_seeds.py"), str(out), *args]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    return run
