"""The check-ins, kept in a local SQLite file that survives power cuts and crashes.

WAL with synchronous=FULL, one transaction a check-in, inserted idempotently by the id made when
the form opened. Errors reach the caller as ``StoreError`` with a kind and no personal data.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from kiosk.core.checkin import CheckIn, Reason, Ticket

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 2000
TICKET_PREFIX = "A-"

# Each entry takes the store from the version before it to its own number.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE checkins (
            id TEXT PRIMARY KEY,
            day TEXT NOT NULL,
            number INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            reasons TEXT NOT NULL,
            urgent INTEGER NOT NULL,
            mobile TEXT NOT NULL,
            returning_patient INTEGER NOT NULL,
            mobility_help INTEGER NOT NULL,
            UNIQUE (day, number)
        )""",
    ),
    2: (
        "ALTER TABLE checkins ADD COLUMN status TEXT NOT NULL DEFAULT 'waiting'",
        "CREATE INDEX checkins_by_day ON checkins (day, status)",
        """CREATE TABLE store_events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL
        )""",
    ),
}
SCHEMA_VERSION = max(MIGRATIONS)


class Failure(StrEnum):
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    CORRUPT = "corrupt"
    UNAVAILABLE = "unavailable"


class StoreError(Exception):
    """A save or read that failed; ``str()`` holds no personal data."""

    def __init__(self, failure: Failure, detail: str) -> None:
        super().__init__(f"check-in store {failure.value}: {detail}")
        self.failure = failure


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


class _DamagedStoreError(Exception):
    """PRAGMA quick_check found damage that opening the file did not."""


def _failure_of(exc: sqlite3.Error | OSError) -> Failure:
    if isinstance(exc, OSError):
        return _FAILURE_BY_ERRNO.get(exc.errno or 0, Failure.UNAVAILABLE)
    primary_code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # extended codes keep it low
    return _FAILURE_BY_SQLITE_CODE.get(primary_code, Failure.UNAVAILABLE)


def _error_code_name(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or type(exc).__name__)


@dataclass(frozen=True)
class StoredCheckIn:
    ticket: str
    created_at: datetime
    visit: CheckIn
    status: str


class CheckInStore:
    """One SQLite file of check-ins. Open it once; each call makes its own short transaction."""

    def __init__(self, path: Path, clock: Callable[[], datetime] = datetime.now) -> None:
        self.path = path
        self._clock = clock
        self._db: sqlite3.Connection | None = None

    # --- opening ------------------------------------------------------------------------------

    def open(self) -> None:
        """Open (or make) the store; a damaged file is moved aside and a new one started."""
        moved: Path | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._connect()
                self._check_integrity()
            except (sqlite3.DatabaseError, _DamagedStoreError) as exc:
                if isinstance(exc, sqlite3.Error) and _failure_of(exc) is not Failure.CORRUPT:
                    raise
                self.close()
                moved = self._move_aside()
                self._db = self._connect()
        except (sqlite3.Error, OSError) as exc:
            self.close()
            raise StoreError(_failure_of(exc), _error_code_name(exc)) from exc
        self._migrate()
        if moved is not None:
            log.error("The check-in store was damaged; it was moved aside as %s", moved.name)
            self._record_event("store-replaced", f"a damaged store was moved aside as {moved.name}")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("The check-in store could not use WAL (journal mode %s)", mode)
        db.execute("PRAGMA synchronous = FULL")
        return db

    def _check_integrity(self) -> None:
        result = self._conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise _DamagedStoreError(str(result))

    def _move_aside(self) -> Path:
        stamp = self._clock().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        n = 1
        while target.exists():
            target = self.path.with_name(f"{self.path.stem}.damaged-{stamp}-{n}{self.path.suffix}")
            n += 1
        os.replace(self.path, target)
        for extra in ("-wal", "-shm"):
            sidecar = Path(f"{self.path}{extra}")
            if sidecar.exists():
                os.replace(sidecar, Path(f"{target}{extra}"))
        return target

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreError(Failure.UNAVAILABLE, "the store is not open")
        return self._db

    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self._write() as db:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise StoreError(
                    Failure.UNAVAILABLE, f"the store is version {version}, newer than this kiosk"
                )
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")
                log.info("Check-in store moved to schema version %d", target)

    # --- writing ------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One BEGIN IMMEDIATE transaction; any failure rolls it back and becomes a StoreError."""
        db = self._conn
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            finally:
                # SQLite ends the transaction itself on some errors (a full disk); roll back
                # only what is still open.
                if db.in_transaction:
                    db.execute("ROLLBACK")
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(_failure_of(exc), _error_code_name(exc)) from exc

    def save(self, visit: CheckIn) -> Ticket:
        """Store ``visit`` once. Saving the same id again returns the ticket it already has.

        A store that could not be opened before (a full or read-only disk since fixed) is opened
        again first, so the next check-in after a fault clears succeeds.
        """
        if self._db is None:
            self.open()
        now = self._clock()
        day = now.date().isoformat()
        with self._write() as db:
            existing = db.execute(
                "SELECT day, number FROM checkins WHERE id = ?", (visit.id,)
            ).fetchone()
            if existing is None:
                number = db.execute(
                    "SELECT COALESCE(MAX(number), 0) + 1 FROM checkins WHERE day = ?", (day,)
                ).fetchone()[0]
                db.execute(
                    """INSERT INTO checkins (id, day, number, created_at, first_name, last_name,
                        birth_date, reasons, urgent, mobile, returning_patient, mobility_help)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO NOTHING""",
                    (
                        visit.id,
                        day,
                        number,
                        now.isoformat(timespec="seconds"),
                        visit.first_name,
                        visit.last_name,
                        visit.birth_date.isoformat(),
                        ",".join(r.value for r in visit.reasons),
                        int(visit.urgent),
                        visit.mobile,
                        int(visit.returning),
                        int(visit.mobility_help),
                    ),
                )
            else:
                day, number = existing
            ahead = db.execute(
                "SELECT COUNT(*) FROM checkins WHERE day = ? AND number < ? AND status = 'waiting'",
                (day, number),
            ).fetchone()[0]
        return Ticket(code=f"{TICKET_PREFIX}{number}", ahead=int(ahead))

    def _record_event(self, kind: str, detail: str) -> None:
        """Events for staff; they never hold personal data."""
        with self._write() as db:
            db.execute(
                "INSERT INTO store_events (at, kind, detail) VALUES (?, ?, ?)",
                (self._clock().isoformat(timespec="seconds"), kind, detail),
            )

    def purge_before(self, day: date) -> int:
        """Delete every check-in from before ``day``; returns how many were deleted."""
        with self._write() as db:
            deleted = db.execute("DELETE FROM checkins WHERE day < ?", (day.isoformat(),)).rowcount
        return int(deleted)

    # --- reading ------------------------------------------------------------------------------

    def events(self) -> list[tuple[str, str, str]]:
        return [
            (str(at), str(kind), str(detail))
            for at, kind, detail in self._conn.execute(
                "SELECT at, kind, detail FROM store_events ORDER BY id"
            )
        ]

    def checkins(self, since: date | None = None) -> list[StoredCheckIn]:
        try:
            rows = self._conn.execute(
                """SELECT id, number, created_at, first_name, last_name, birth_date, reasons,
                    urgent, mobile, returning_patient, mobility_help, status
                FROM checkins WHERE day >= ? ORDER BY day, number""",
                ((since or date.min).isoformat(),),
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(_failure_of(exc), _error_code_name(exc)) from exc
        return [
            StoredCheckIn(
                ticket=f"{TICKET_PREFIX}{number}",
                created_at=datetime.fromisoformat(created_at),
                visit=CheckIn(
                    id=checkin_id,
                    first_name=first,
                    last_name=last,
                    birth_date=date.fromisoformat(born),
                    reasons=tuple(Reason(r) for r in reasons.split(",") if r),
                    urgent=bool(urgent),
                    mobile=mobile,
                    returning=bool(returning),
                    mobility_help=bool(mobility),
                ),
                status=status,
            )
            for (
                checkin_id,
                number,
                created_at,
                first,
                last,
                born,
                reasons,
                urgent,
                mobile,
                returning,
                mobility,
                status,
            ) in rows
        ]

    def integrity(self) -> str:
        return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])


def open_store(path: Path, clock: Callable[[], datetime] = datetime.now) -> CheckInStore:
    store = CheckInStore(path, clock)
    store.open()
    return store


def count_rows(path: Path) -> int:
    """How many check-ins a store file holds, read on a connection of its own."""
    with closing(sqlite3.connect(path)) as db:
        return int(db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0])
