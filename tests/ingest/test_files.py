import gzip
import os
from pathlib import Path

import pytest

from rasd.errors import FormatError, TooLargeError, UnreadableError
from rasd.ingest.files import gunzip, iter_files, read_bytes
from rasd.records import IngestFailure
from rasd.settings import Settings


def _tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / "b" / "z.txt").write_text("z")
    (root / "b" / "a.txt").write_text("a")
    (root / "a.txt").write_text("a")
    (root / ".hidden.txt").write_text("h")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("x")


def test_folders_expand_sorted_and_skip_hidden(tmp_path: Path) -> None:
    _tree(tmp_path)
    given = str(tmp_path) + "/"
    found = list(iter_files([given]))
    assert [s for s, _ in found] == [given + "a.txt", given + "b/a.txt", given + "b/z.txt"]
    assert all(p.is_file() for _, p in found)


def test_file_given_directly_keeps_its_spelling(tmp_path: Path) -> None:
    (tmp_path / ".hidden.txt").write_text("h")
    assert list(iter_files([tmp_path / ".hidden.txt"])) == [
        (str(tmp_path / ".hidden.txt"), tmp_path / ".hidden.txt")
    ]


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    (failure,) = iter_files([tmp_path / "nope"])
    assert isinstance(failure, IngestFailure)
    assert failure.code == UnreadableError.code
    assert "no such file" in failure.error


def test_symlink_loop_is_reported_not_followed(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "f.txt").write_text("f")
    (tmp_path / "d" / "up").symlink_to(tmp_path)
    found = list(iter_files([tmp_path]))
    files = [x for x in found if isinstance(x, tuple)]
    loops = [x for x in found if isinstance(x, IngestFailure)]
    assert [s for s, _ in files] == [os.path.join(str(tmp_path), "d", "f.txt")]
    assert len(loops) == 1
    assert "loop" in loops[0].error


def test_broken_symlink_is_listed_then_unreadable(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    ((_source, path),) = iter_files([tmp_path])
    with pytest.raises(UnreadableError, match="broken symbolic link"):
        read_bytes(path, Settings())


def test_folder_is_not_readable_as_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableError, match="folder"):
        read_bytes(tmp_path, Settings())


def test_size_limit(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"x" * 101)
    with pytest.raises(TooLargeError, match="101 bytes, over the limit of 100"):
        read_bytes(tmp_path / "big.txt", Settings(max_file_bytes=100))
    assert read_bytes(tmp_path / "big.txt", Settings(max_file_bytes=101)) == b"x" * 101


def test_gunzip_multi_member_and_limits() -> None:
    data = gzip.compress(b"one ") + gzip.compress(b"two")
    assert gunzip(data, Settings()) == b"one two"
    with pytest.raises(TooLargeError, match="gzip expands"):
        gunzip(gzip.compress(b"0" * 10_000), Settings(max_unpacked_bytes=1000))


@pytest.mark.parametrize("data", [b"\x1f\x8bnot really gzip", gzip.compress(b"x" * 1000)[:20]])
def test_corrupt_gzip_is_a_format_error(data: bytes) -> None:
    with pytest.raises(FormatError, match="corrupt gzip"):
        gunzip(data, Settings())
