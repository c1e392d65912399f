"""The records module is the bottom layer: importing it must pull in no stage package."""

import json
import subprocess
import sys


def test_records_import_no_stage_package() -> None:
    """A fresh interpreter that imports `rasd.records` has loaded no other rasd module.

    A stage that needs another stage's record type imports it from `rasd.records`; if the records
    module reached up into `rasd.events`, `rasd.nlp` or `rasd.kb`, every layer would depend on them.
    """
    code = "import json, sys, rasd.records; print(json.dumps(sorted(m for m in sys.modules if m.startswith('rasd'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = json.loads(out)
    assert "rasd.records" in loaded
    assert not [m for m in loaded if m.startswith(("rasd.events", "rasd.nlp", "rasd.kb"))], loaded
    assert set(loaded) == {"rasd", "rasd.records"}, f"rasd.records imports other rasd modules: {loaded}"
