"""Test modules import their helpers relatively: `make test` and CI run pytest without the repository on
PYTHONPATH, so `from tests.x import y` fails there while passing in a worktree run with PYTHONPATH set
(it broke two merges in one round)."""

import re
from pathlib import Path

TESTS = Path(__file__).parent
ABSOLUTE = re.compile(r"^\s*(?:from|import)\s+tests\b", re.MULTILINE)


def test_no_test_module_imports_the_tests_package_absolutely() -> None:
    offenders = [
        str(p.relative_to(TESTS))
        for p in sorted(TESTS.rglob("*.py"))
        if ABSOLUTE.search(p.read_text("utf-8"))
    ]
    assert offenders == []
