"""The Dask runner gives exactly the single-process output (a real LocalCluster with 2 workers)."""

from __future__ import annotations

import pytest

from rasd.export import analysis_to_dict
from rasd.pipeline import analyze_paths
from rasd.settings import Settings

pytest.importorskip("distributed", reason="the Dask runner needs dask.distributed")


def _same(paths) -> None:
    one = analysis_to_dict(analyze_paths(paths, Settings()))
    dask = analysis_to_dict(analyze_paths(paths, Settings(workers=2, batch_size=3)))
    for data in (one, dask):
        data.pop("stats")
    assert dask == one


def test_dask_equals_single_process_on_the_seeds(shared) -> None:
    _same([shared / "seeds"])


def test_dask_equals_single_process_on_a_saudinewsnet_sample(shared, tmp_path) -> None:
    sample = (shared / "corpus" / "saudinewsnet" / "sample200.jsonl").read_text(encoding="utf-8").splitlines()
    part = tmp_path / "sample60.jsonl"
    part.write_text("\n".join(sample[:60]) + "\n", encoding="utf-8")
    _same([part])
