"""Files on disk: expanding folders, reading bytes under a size limit, and gunzipping.

Every path the user gives comes back either as a file to read or as an IngestFailure, so a batch
can account for each input. Folders are walked in sorted order so runs are reproducible.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasd.errors import FormatError, TooLargeError, UnreadableError
from rasd.records import IngestFailure
from rasd.settings import Settings

GZIP_MAGIC = b"\x1f\x8b"


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _failure(source: str, exc: UnreadableError) -> IngestFailure:
    return IngestFailure(source, str(exc), exc.code)


def _walk(
    source: str, folder: Path, ancestors: frozenset[tuple[int, int]]
) -> Iterator[tuple[str, Path] | IngestFailure]:
    """Depth-first, sorted; `ancestors` holds the (device, inode) of every folder above, so a
    symlink pointing back up is reported instead of followed for ever."""
    try:
        info = folder.stat()
        names = sorted(os.listdir(folder))
    except OSError as exc:
        yield _failure(source, UnreadableError(f"cannot list folder: {exc.strerror or exc}"))
        return
    key = (info.st_dev, info.st_ino)
    if key in ancestors:
        yield _failure(source, UnreadableError("symbolic link loop: folder already being read"))
        return
    inside = ancestors | {key}
    for name in names:
        if _is_hidden(name):
            continue
        yield from _expand(os.path.join(source, name), folder / name, inside)


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path] | IngestFailure]:
    """(source, path) for every file under the given paths, or a failure for a path that is missing
    or cannot be listed. `source` is the path as given, joined with the part below it."""
    for given in paths:
        yield from _expand(str(given), Path(given), frozenset())


def _expand(
    source: str, path: Path, ancestors: frozenset[tuple[int, int]]
) -> Iterator[tuple[str, Path] | IngestFailure]:
    """A folder is walked; anything else that exists (even a broken link) is left to read_bytes."""
    try:
        is_dir = stat.S_ISDIR(path.stat().st_mode)
    except FileNotFoundError:
        if not path.is_symlink():
            yield _failure(source, UnreadableError("no such file or folder"))
            return
        is_dir = False
    except OSError as exc:
        yield _failure(source, UnreadableError(f"cannot open: {exc.strerror or exc}"))
        return
    if is_dir:
        yield from _walk(source, path, ancestors)
    else:
        yield source, path


def _check_regular(path: Path) -> os.stat_result:
    """stat() the file, turning every reason it cannot be read as a file into UnreadableError."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        reason = "broken symbolic link" if path.is_symlink() else "no such file"
        raise UnreadableError(reason) from exc
    except OSError as exc:
        raise UnreadableError(f"cannot read file: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableError("is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableError("not a regular file (device, pipe or socket)")
    return info


def read_bytes(path: Path, settings: Settings) -> bytes:
    """The file's bytes; TooLargeError above settings.max_file_bytes, UnreadableError otherwise."""
    limit = settings.max_file_bytes
    info = _check_regular(path)
    if info.st_size > limit:
        raise TooLargeError(f"file is {info.st_size:,} bytes, over the limit of {limit:,}")
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UnreadableError(f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > limit:  # the file grew after stat()
        raise TooLargeError(f"file is over the limit of {limit:,} bytes")
    return data


def is_gzip(data: bytes) -> bool:
    return data.startswith(GZIP_MAGIC)


def gunzip(data: bytes, settings: Settings) -> bytes:
    """Decompress gzip (all members), refusing to expand past settings.max_unpacked_bytes."""
    limit = settings.max_unpacked_bytes
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise FormatError(f"corrupt gzip: {exc}") from exc
    if len(out) > limit:
        raise TooLargeError(f"gzip expands to over the limit of {limit:,} bytes")
    return out
