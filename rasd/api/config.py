"""The API's own settings: tokens and upload limits, from arguments, else RASD_API_* variables.

This is the one place of rasd/api that reads the environment (as rasd/settings.py is for the rest).
Writes are never open by default: without a configured token, POST /api/ingest answers 403.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import RasdError

MAX_UPLOAD_BYTES = 20_000_000  # one uploaded file, or the `text` field
MAX_FILES = 20  # files in one POST /api/ingest
MAX_REQUEST_BYTES = 100_000_000  # a whole request body, checked on Content-Length before it is read
MAX_JOBS_KEPT = 200  # finished jobs remembered for GET /api/jobs/{id}


class ConfigError(RasdError):
    """An API setting cannot be used (an unreadable token file, a limit that is not a number)."""

    code = "E500"


@dataclass(frozen=True, slots=True)
class ApiConfig:
    token: str | None = None  # for writes (and reads, when a read token is set)
    read_token: str | None = None  # when set, reads need this token or the write token
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    max_files: int = MAX_FILES
    max_request_bytes: int = MAX_REQUEST_BYTES

    @classmethod
    def from_env(
        cls,
        token: str | None = None,
        read_token: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> ApiConfig:
        """Arguments first, then RASD_API_TOKEN, then the file named by RASD_API_TOKEN_FILE."""
        env = os.environ if environ is None else environ
        if token is None:
            token = env.get("RASD_API_TOKEN") or None
        if token is None and (path := env.get("RASD_API_TOKEN_FILE")):
            token = _token_from_file(Path(path))
        if read_token is None:
            read_token = env.get("RASD_API_READ_TOKEN") or None
        return cls(
            token=_clean(token),
            read_token=_clean(read_token),
            max_upload_bytes=_int(env, "RASD_API_MAX_UPLOAD_BYTES", MAX_UPLOAD_BYTES),
            max_files=_int(env, "RASD_API_MAX_FILES", MAX_FILES),
            max_request_bytes=_int(env, "RASD_API_MAX_REQUEST_BYTES", MAX_REQUEST_BYTES),
        )


def _clean(token: str | None) -> str | None:
    """A token without surrounding blanks; an empty one is no token."""
    return token.strip() or None if token else None


def _token_from_file(path: Path) -> str | None:
    """The first line of the file that is neither blank nor a # comment (a missing file is an error:
    a typo in the path must not silently leave the server without its token)."""
    try:
        lines = path.expanduser().read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"RASD_API_TOKEN_FILE {str(path)!r} cannot be read: {exc.strerror}") from exc
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            return line.strip()
    return None


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw.strip().replace("_", ""))
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r}: expected a whole number of bytes") from exc
    if value < 1:
        raise ConfigError(f"{name}={raw!r}: must be positive")
    return value
