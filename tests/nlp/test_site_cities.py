"""places.tsv's `city` column: a site's city, checked at load (rasd/data/entities/README.md)."""

import shutil
from pathlib import Path

import pytest

from rasd.errors import DataFileError
from rasd.nlp.catalog import load_catalog
from rasd.resources import data_path


@pytest.fixture
def places(tmp_path, monkeypatch) -> Path:
    """places.tsv of a copy of the entities folder that the loader reads instead of the packaged one."""
    shutil.copytree(data_path("entities"), tmp_path / "data" / "entities")
    monkeypatch.setattr("rasd.resources.data_path", lambda rel: tmp_path / "data" / rel)
    return tmp_path / "data" / "entities" / "places.tsv"


def _append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return len(text.splitlines()) + 1


def test_every_site_city_is_a_loaded_city_of_its_state() -> None:
    catalog = load_catalog()
    sites = [e for e in catalog if e.kind == "site" and e.city]
    assert len(sites) > 40
    for site in sites:
        city = catalog.get(site.city or "")
        assert city is not None and city.kind in ("capital", "city")
        assert site.country in (None, city.country)


def test_a_hand_town_can_be_a_site_city() -> None:
    catalog = load_catalog()
    palace = catalog.get("loc:carthage-palace")
    assert palace is not None and palace.city == "loc:carthage"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("loc:x\tsite\tX\tس\t\t\tEG\t\t\tgn:0", "must be a loaded city's id"),
        ("loc:x\tsite\tX\tس\t\t\tEG\t\t\tEG", "must be a loaded city's id"),
        ("loc:x\tregion\tX\tس\t\t\tEG\t\t\tgn:360630", "on a site only"),
        ("loc:x\tsite\tX\tس\t\t\tSY\t\t\tgn:360630", "lies in EG, not SY"),
    ],
)
def test_a_wrong_city_names_file_and_line(places: Path, row: str, message: str) -> None:
    line = _append(places, row)
    with pytest.raises(DataFileError, match=rf"entities/places\.tsv:{line}: .*{message}"):
        load_catalog()
