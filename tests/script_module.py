"""Load a script of `scripts/` or `eval/` (folders that are not packages) as a module, so tests can
call its functions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_script(path: Path, name: str | None = None) -> ModuleType:
    """The script at `path`, imported under `name` (default: its file stem) and registered in
    `sys.modules`, because dataclasses look their module up there."""
    name = name or path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
