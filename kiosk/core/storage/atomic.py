"""Saving a file so that a crash leaves either the old or the new version, never half of one."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

TEMP_MARK = ".tmp-"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, rename it over ``path``,
    then fsync the folder."""
    with replaced_after(path, data):
        pass


@contextlib.contextmanager
def replaced_after(path: Path, data: bytes) -> Iterator[None]:
    """``write_atomic`` around the body: ``data`` is written and fsynced beside ``path`` first
    (the body never runs when it cannot be: a full disk, a folder that takes no files), and is
    renamed over ``path`` only once the body has succeeded; else it is removed."""
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = folder / f"{TEMP_MARK}{path.name}.{secrets.token_hex(4)}"
    try:
        # The kiosk user's alone from the first byte, whatever the umask (a copy on a USB drive
        # takes the drive's own rules).
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with open(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        yield
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(folder)


def sweep_temporary_files(folder: Path, name: str = "") -> list[Path]:
    """Remove temporary files a crash left behind in ``folder`` (only those of the file
    ``name`` when given); returns what was removed."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for stray in folder.glob(f"{TEMP_MARK}{name}*"):
        with contextlib.suppress(OSError):
            stray.unlink()
            removed.append(stray)
    return removed


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
