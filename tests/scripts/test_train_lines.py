"""The cross-validation folds of scripts/train_lines.py keep an event's and an outlet's pages together."""

from pathlib import Path

import pytest
from script_module import load_script

from rasd.records import RawDoc

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_lines.py"


@pytest.fixture(scope="module")
def train_lines(shared):
    """The script imports the shared scorer: `shared` skips without ../shared, and fails under CI."""
    return load_script(SCRIPT)


def _page(module, name: str, event: str):
    return module.Page(name, event, RawDoc(name, "", "text"), [], [])


def test_an_outlet_ties_two_events_into_one_fold(train_lines) -> None:
    pages = [
        _page(train_lines, "a-001_alpha_x.txt", "e1"),
        _page(train_lines, "a-002_beta_y.txt", "e2"),
        _page(train_lines, "a-003_alpha_z.txt", "e3"),
        _page(train_lines, "a-004_gamma_w.txt", "e3"),
        _page(train_lines, "a-005_delta_v.txt", "e4"),
    ]
    folds = train_lines.folds(pages, 3)
    fold_of = {p.name: i for i, fold in enumerate(folds) for p in fold}
    # alpha links e1 and e3; e3 links gamma: one group of three pages
    assert fold_of["a-001_alpha_x.txt"] == fold_of["a-003_alpha_z.txt"] == fold_of["a-004_gamma_w.txt"]
    assert sorted(map(len, folds)) == [1, 1, 3]


def test_the_outlet_is_the_second_part_of_the_file_name(train_lines) -> None:
    assert train_lines.outlet_of("gulf-001_okaz_haitham-receives.txt") == "okaz"


def test_a_site_is_its_registrable_domain(train_lines) -> None:
    """Two subdomains of one site, or one name under two suffixes, share a template and its furniture."""
    assert train_lines.site_of("https://north.example.com/a/1") == "example"
    assert train_lines.site_of("https://south.example.com/b") == "example"
    assert train_lines.site_of("https://www.paper.com.sa/local/2") == "paper"
    assert train_lines.site_of("https://paper.net/x") == train_lines.site_of("https://paper.live/y")


def test_zero_folds_leave_one_group_out(train_lines) -> None:
    pages = [
        _page(train_lines, "a-001_alpha_x.txt", "e1"),
        _page(train_lines, "a-002_beta_y.txt", "e1"),
        _page(train_lines, "a-003_gamma_z.txt", "e2"),
    ]
    assert sorted(len(f) for f in train_lines.folds(pages, 0)) == [1, 2]
