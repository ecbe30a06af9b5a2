"""Everything in the kiosk's data folder is for the kiosk's user alone: folders 0700, files
0600, whatever the umask the kiosk was started with.

Three layers keep it so: the ``kiosk`` command sets its umask to 0077 before it writes anything
(and the systemd unit says ``UMask=0077``); the files the kiosk makes itself are created with
those modes explicitly; and at start ``tighten`` walks the data folder and closes what someone
opened by hand, naming each path in the log.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def keep_private(path: Path) -> bool:
    """Make ``path`` (a file, or a folder) the kiosk user's alone; True when it was not. A link
    is left as it is: it is not the kiosk's to change, and what it points to is read only when
    it stays inside its folder (``kiosk.core.storage.files``)."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(st.st_mode):
        return False
    wanted = FOLDER_MODE if stat.S_ISDIR(st.st_mode) else FILE_MODE
    if stat.S_IMODE(st.st_mode) == wanted:
        return False
    path.chmod(wanted)
    return True


def private_folder(path: Path) -> Path:
    """``path`` as a folder of the kiosk's own (made, with its parents, when missing)."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    keep_private(path)
    return path


def tighten(root: Path) -> list[Path]:
    """Close every folder and file below ``root`` (and ``root``) to others; returns what had
    been open. Links are not followed."""
    opened: list[Path] = []
    if not root.is_dir() or root.is_symlink():
        return opened
    if keep_private(root):
        opened.append(root)
    for folder, folders, files in os.walk(root):
        for name in (*folders, *files):
            path = Path(folder) / name
            with contextlib.suppress(OSError):  # a file that went away, or is not ours
                if keep_private(path):
                    opened.append(path)
    return opened


def keep_sqlite_private(database: Path) -> None:
    """A SQLite file and the write-ahead log and index beside it (SQLite gives those the
    database's own mode, so a private database keeps them private)."""
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        with contextlib.suppress(OSError):
            keep_private(path)
