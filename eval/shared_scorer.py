"""One loader of the shared scorer (`../shared/eval/score_seeds.py`) for the eval scripts and the event
filter's training: imported, never copied, so every figure uses the scorer CI has."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_scorer(shared: Path) -> ModuleType:
    """Import `shared`/eval/score_seeds.py as the module `score_seeds`."""
    path = shared / "eval" / "score_seeds.py"
    spec = importlib.util.spec_from_file_location("score_seeds", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_seeds"] = module  # dataclasses look their module up while the file loads
    spec.loader.exec_module(module)
    return module
