"""What every local SQLite file of the kiosk shares: how it is opened, written and how its
errors are told apart.

WAL with synchronous=FULL on a local disk, one ``BEGIN IMMEDIATE`` transaction a write, and
errors sorted by SQLite's error codes and errno, never by their text.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.core.storage.private import FILE_MODE, keep_sqlite_private
from kiosk.core.storage.records import Failure

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 2000


_FAILURE_BY_SQLITE_CODE = {
    sqlite3.SQLITE_FULL: Failure.DISK_FULL,
    sqlite3.SQLITE_READONLY: Failure.READ_ONLY,
    sqlite3.SQLITE_PERM: Failure.READ_ONLY,
    sqlite3.SQLITE_BUSY: Failure.LOCKED,
    sqlite3.SQLITE_LOCKED: Failure.LOCKED,
    sqlite3.SQLITE_CORRUPT: Failure.CORRUPT,
    sqlite3.SQLITE_NOTADB: Failure.CORRUPT,
}
_FAILURE_BY_ERRNO = {
    errno.ENOSPC: Failure.DISK_FULL,
    errno.EDQUOT: Failure.DISK_FULL,
    errno.EROFS: Failure.READ_ONLY,
    errno.EACCES: Failure.READ_ONLY,
    errno.EPERM: Failure.READ_ONLY,
}


def failure_of(exc: sqlite3.Error | OSError) -> Failure:
    if isinstance(exc, OSError):
        return _FAILURE_BY_ERRNO.get(exc.errno or 0, Failure.UNAVAILABLE)
    primary_code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # extended codes keep it low
    return _FAILURE_BY_SQLITE_CODE.get(primary_code, Failure.UNAVAILABLE)


LOW_SPACE_BYTES = 64 * 1024
"""Below this much free space a failure SQLite names vaguely (cannot open, an I/O error) is
told as the full disk it is."""


def failure_at(exc: sqlite3.Error | OSError, path: Path | None) -> Failure:
    """What went wrong, for people: SQLite says "cannot open" or "I/O error" for a read-only
    or full disk as often as it says so plainly, so the disk under ``path`` is asked."""
    failure = failure_of(exc)
    if failure is not Failure.UNAVAILABLE or path is None:
        return failure
    folder = path.parent
    try:
        disk = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return failure
    if disk.f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
        return Failure.READ_ONLY
    if disk.f_bavail * disk.f_frsize < LOW_SPACE_BYTES:
        return Failure.DISK_FULL
    return failure


def database_path(db: sqlite3.Connection) -> Path | None:
    try:
        row = db.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return Path(str(row[2])) if row and row[2] else None


def error_code_name(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or type(exc).__name__)


def connect(path: Path, *, secure_delete: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, synchronous=FULL.

    ``secure_delete`` overwrites deleted content with zeros, for files that hold personal data.
    The file is the kiosk user's alone (0600), and so are its write-ahead log and index.
    """
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        log.warning("%s could not use WAL (journal mode %s)", path.name, mode)
    keep_sqlite_private(path)
    db.execute("PRAGMA synchronous = FULL")
    if secure_delete:
        db.execute("PRAGMA secure_delete = ON")
    return db


ErrorFactory = Callable[[Failure, str], Exception]


@contextmanager
def transaction(db: sqlite3.Connection, error: ErrorFactory) -> Iterator[sqlite3.Connection]:
    """One BEGIN IMMEDIATE transaction; any failure rolls it back and is raised as
    ``error(failure, code name)``."""
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        finally:
            # SQLite ends the transaction itself on some errors (a full disk); roll back only
            # what is still open.
            if db.in_transaction:
                db.execute("ROLLBACK")
    except (sqlite3.Error, OSError) as exc:
        raise error(failure_at(exc, database_path(db)), error_code_name(exc)) from exc


def migrate(
    db: sqlite3.Connection, migrations: dict[int, tuple[str, ...]], error: ErrorFactory
) -> None:
    """Take the file from its ``PRAGMA user_version`` to the newest of ``migrations``."""
    newest = max(migrations)
    with transaction(db, error):
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > newest:
            raise error(
                Failure.UNAVAILABLE, f"the file is version {version}, newer than this kiosk"
            )
        for target in range(version + 1, newest + 1):
            for statement in migrations[target]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {target}")
            log.info("%s moved to schema version %d", _file_name(db), target)


def _file_name(db: sqlite3.Connection) -> str:
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(str(row[2])).name if row else "database"
