"""Reading a file the kiosk did not write, as if it were hostile.

A deck, the settings or a picture may turn out to be a FIFO (reading it waits for ever), a
device (``/dev/zero`` never ends, and ``stat`` says its size is 0), a socket, or a link to a
file outside the kiosk's folders. ``read_capped`` opens without waiting, reads only a regular
file, never follows a link out of the folder it is given, and reads at most ``cap + 1`` bytes
whatever ``stat`` says.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from kiosk.core.words import KindError, Words, say

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 64 * 1024


class RefusedFileError(KindError):
    """A file the kiosk will not read; its words say why, and name no content."""


def _kind(mode: int) -> Words:
    if stat.S_ISFIFO(mode):
        return say("a pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say("a device")
    if stat.S_ISSOCK(mode):
        return say("a socket")
    if stat.S_ISDIR(mode):
        return say("a folder")
    return say("not a regular file")


def _not_readable(path: Path, mode: int) -> RefusedFileError:
    return RefusedFileError(say("%1 is %2, not a file the kiosk can read", path.name, _kind(mode)))


def inside(path: Path, folder: Path) -> Path:
    """Where ``path`` really is, once every link is followed; ``RefusedFileError`` when that is
    outside ``folder``. ``FileNotFoundError`` when there is nothing there (or a broken link)."""
    real = path.resolve(strict=True)
    if not real.is_relative_to(folder.resolve()):
        raise RefusedFileError(
            say("%1 is a link to a file outside its folder; it is not read", path.name)
        )
    return real


def check_regular(path: Path, folder: Path | None = None) -> int:
    """The size of ``path`` when it is a regular file inside ``folder`` (its own folder by
    default); ``RefusedFileError`` otherwise. Nothing is opened."""
    found = inside(path, folder or path.parent).stat()
    if not stat.S_ISREG(found.st_mode):
        raise _not_readable(path, found.st_mode)
    return found.st_size


def read_capped(path: Path, cap: int, folder: Path | None = None) -> bytes:
    """At most ``cap`` bytes of the regular file ``path``, inside ``folder`` (its own folder by
    default). ``RefusedFileError`` for anything else or anything larger; ``FileNotFoundError`` when
    there is no file; ``OSError`` when the disk refuses."""
    real = inside(path, folder or path.parent)
    try:
        fd = os.open(real, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno in (errno.ENXIO, errno.ELOOP, errno.EISDIR):  # a socket, a link, a folder
            raise _not_readable(path, real.lstat().st_mode) from exc
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise RefusedFileError(
                say("%1 is %2, not a file the kiosk can read", path.name, _kind(mode))
            )
        chunks: list[bytes] = []
        left = cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > cap:
        limit = f"{cap:,}"
        raise RefusedFileError(say("%1 is larger than %2 bytes; it is not read", path.name, limit))
    return data
