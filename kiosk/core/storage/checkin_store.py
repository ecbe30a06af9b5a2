"""The check-ins, kept in a local SQLite file that survives power cuts and crashes.

WAL with synchronous=FULL, one transaction a check-in, inserted idempotently by the id made when
the form opened. Errors reach the caller as ``StoreError`` with a kind and no personal data.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.core.checkin.answers import CheckIn, Reason, Ticket
from kiosk.core.sealing import (
    ClinicKeys,
    ClinicPublicKey,
    KeysUnreadableError,
    KnownKeys,
    SealError,
    seal_bytes,
    seal_visit,
)
from kiosk.core.storage.atomic import write_atomic
from kiosk.core.storage.files import RefusedFileError, read_capped
from kiosk.core.storage.handoff_ledger import ENTERED_BY_HAND, SHOWN_HANDOFF
from kiosk.core.storage.records import (
    CallEvent,
    Failure,
    Heartbeat,
    SealedAnswers,
    Showing,
    Status,
    StoredCheckIn,
    StoreError,
)
from kiosk.core.storage.sqlite import (
    connect,
    error_code_name,
    failure_at,
    failure_of,
    migrate,
    transaction,
)

__all__ = ["SqliteCheckInStore"]

log = logging.getLogger(__name__)

DEFAULT_LETTER = "A"
"""A kiosk on its own numbers A-1, A-2, ...; one of a clinic's kiosks has the letter it joined
with (``kiosk clinic join``)."""
CHECKPOINT_TRIES = 3
CHECKPOINT_WAIT_S = 0.05
_DAMAGED_STAMP = re.compile(r"\.damaged-(\d{8})-\d{6}")

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
    # The front desk's queue (when a patient was called or seen), and personal data erased
    # after the retention period while the ticket and its times are kept for counts.
    3: (
        "ALTER TABLE checkins ADD COLUMN status_at TEXT",
        "ALTER TABLE checkins ADD COLUMN erased INTEGER NOT NULL DEFAULT 0",
    ),
    # A kiosk of a clinic queues each check-in for the clinic's server in the same transaction
    # as the check-in itself (clinic_push.py drains it); the row holds the id alone.
    4: (
        """CREATE TABLE outbox (
            checkin_id TEXT PRIMARY KEY REFERENCES checkins (id),
            queued_at TEXT NOT NULL
        )""",
        """CREATE TABLE outbox_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_sent_at TEXT
        )""",
        "INSERT INTO outbox_state VALUES (1, NULL)",
    ),
    # Statuses marked on this kiosk, for the server (the newest mark of each check-in).
    5: (
        """CREATE TABLE status_outbox (
            checkin_id TEXT PRIMARY KEY REFERENCES checkins (id),
            status TEXT NOT NULL,
            status_at TEXT NOT NULL
        )""",
    ),
    # A check-in the server refused (not a network fault): kept, said, and tried again later
    # rather than holding up the ones after it.
    6: (
        "ALTER TABLE outbox ADD COLUMN refused_at TEXT",
        "ALTER TABLE outbox ADD COLUMN refused TEXT",
        # The letter of the clinic's kiosk this store belongs to, for when clinic.toml is lost.
        "ALTER TABLE outbox_state ADD COLUMN letter TEXT",
    ),
    # Sealed check-ins (sealing.py): once the clinic has a key, a patient's answers are kept
    # only as a box sealed with its public key; the clear columns stay empty.
    7: (
        "ALTER TABLE checkins ADD COLUMN sealed BLOB",
        "ALTER TABLE checkins ADD COLUMN key_id TEXT",
        """CREATE TABLE seal_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            key_id TEXT NOT NULL,
            public BLOB NOT NULL,
            since TEXT NOT NULL
        )""",
    ),
    # Patients called to the front desk, as a log the waiting-room screens follow: a call, a
    # call again, or an undo. A ticket and a time only, never a name.
    8: (
        """CREATE TABLE calls (
            seq INTEGER PRIMARY KEY,
            checkin_id TEXT NOT NULL,
            ticket TEXT NOT NULL,
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('call', 'undo'))
        )""",
    ),
    # An urgent check-in the front desk has seen: its chime stops repeating.
    9: ("ALTER TABLE checkins ADD COLUMN acknowledged_at TEXT",),
    # Each kiosk's newest word about itself, for the front desk's "kiosks at a glance".
    10: (
        """CREATE TABLE heartbeat (
            letter TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            version TEXT NOT NULL,
            showing TEXT NOT NULL,
            outbox INTEGER NOT NULL,
            problems TEXT NOT NULL
        )""",
    ),
    # When a patient was called, for their wait: status_at moves on when they are seen.
    11: ("ALTER TABLE checkins ADD COLUMN called_at TEXT",),
    # Calls made at the clinic's front desk, copied from its server (clinic_calls.py): each
    # once, by the server's number for it.
    12: (
        "ALTER TABLE calls ADD COLUMN clinic_seq INTEGER",
        "CREATE UNIQUE INDEX calls_by_clinic_seq ON calls (clinic_seq)",
    ),
    # Each check-in's hand-off to the practice's own software (kiosk.core.handoff): its
    # message's control id, whether it was delivered, and the receiver's words; and since when
    # each way of handing on has been switched on.
    13: (
        """CREATE TABLE handoffs (
            checkin_id TEXT NOT NULL,
            channel TEXT NOT NULL,
            control_id TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            first_at TEXT NOT NULL,
            next_at TEXT NOT NULL,
            done_at TEXT,
            words TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (checkin_id, channel)
        )""",
        "CREATE TABLE handoff_start (channel TEXT PRIMARY KEY, since TEXT NOT NULL)",
    ),
    # "Do you have an appointment today?": an answer, in clear only while there is no key.
    14: ("ALTER TABLE checkins ADD COLUMN appointment INTEGER NOT NULL DEFAULT 0",),
}
SCHEMA_VERSION = max(MIGRATIONS)
CALLED_AT = """called_at = CASE WHEN ? = 'waiting' THEN NULL
    WHEN ? = 'called' THEN COALESCE(called_at, ?) ELSE called_at END"""
"""The first call of a patient still called, seen or missed; back to waiting (an undo) clears
it. Takes the new status twice and the time."""


INSERT_CHECKIN = """INSERT INTO checkins (id, day, number, created_at, first_name, last_name,
    birth_date, reasons, urgent, mobile, returning_patient, mobility_help, appointment, sealed,
    key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
CLEAR_COLUMNS = """first_name = '', last_name = '', birth_date = '', reasons = '', urgent = 0,
    mobile = '', returning_patient = 0, mobility_help = 0, appointment = 0"""
"""The patient's answers in clear, emptied (sealed or erased)."""
ERASE_HANDOFF_WORDS = """UPDATE handoffs SET words = '' WHERE words != '' AND checkin_id IN
    (SELECT id FROM checkins WHERE erased = 1)"""
"""A receiver's words may quote the patient: they go with the check-in's personal data."""
PERSONAL = """first_name, last_name, birth_date, reasons, urgent, mobile, returning_patient,
    mobility_help, appointment"""


def checkin_row(
    visit: CheckIn, number: int, now: datetime, key: ClinicPublicKey | None = None
) -> tuple[str | int | bytes | None, ...]:
    """The values of ``INSERT_CHECKIN`` for ``visit``, ticket ``number`` of ``now``'s day;
    with ``key``, the answers are sealed and nothing of them is in clear."""
    head = (visit.id, now.date().isoformat(), number, now.isoformat(timespec="seconds"))
    if key is not None:
        return (*head, "", "", "", "", 0, "", 0, 0, 0, seal_visit(visit, key), key.key_id)
    return (*head, *_clear_values(visit), None, None)


def _clear_values(visit: CheckIn) -> tuple[str | int, ...]:
    return (
        visit.first_name,
        visit.last_name,
        visit.birth_date.isoformat(),
        ",".join(r.value for r in visit.reasons),
        int(visit.urgent),
        visit.mobile,
        int(visit.returning),
        int(visit.mobility_help),
        int(visit.appointment),
    )


def remembered_letter(path: Path) -> str | None:
    """The letter this store was last opened with as a kiosk of a clinic, if it ever was."""
    if not path.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT letter FROM outbox_state").fetchone()
    except sqlite3.Error:
        return None
    letter = str(row[0]) if row and row[0] else ""
    return letter if len(letter) == 1 and "A" <= letter <= "Z" else None


class _DamagedStoreError(Exception):
    """PRAGMA quick_check found damage that opening the file did not."""


class SqliteCheckInStore:
    """The kiosk's own check-ins (``CheckInRecords``) in one SQLite file. Open it once; each
    call makes its own short transaction."""

    def __init__(
        self,
        path: Path,
        clock: Callable[[], datetime] = datetime.now,
        *,
        letter: str = DEFAULT_LETTER,
        outbox: bool = False,
        clinic_keys: Callable[[], KnownKeys | None] | None = None,
    ) -> None:
        """``outbox``: each new check-in is also queued for the clinic's server (a kiosk that
        joined a clinic); a kiosk on its own queues nothing. ``clinic_keys``: the clinic's keys
        as its holders know them (None while it has none, or they cannot be read): each time
        the store is opened (a new file after damage, a store opened late) it seals with them,
        never in clear, and never with a key they do not know."""
        self.path = path
        self._clinic_keys = clinic_keys
        self._key: ClinicPublicKey | None = None
        """The key settled when the store was opened, or since: what it seals with."""
        self._clock = clock
        self._prefix = f"{letter}-"
        self._outbox = outbox
        self._db: sqlite3.Connection | None = None
        self._log_holds_erased = False

    # --- opening ------------------------------------------------------------------------------

    def open(self) -> None:
        """Open (or make) the store; a damaged file is moved aside and a new one started.

        A store that cannot be made whole (a disk that fills during the first migration, say)
        is left closed, never half-open: the next call opens it again from the start.
        """
        try:
            self._open()
        except BaseException:
            self.close()
            raise

    def _open(self) -> None:
        moved: Path | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._connect()
                self._check_integrity()
            except (sqlite3.DatabaseError, _DamagedStoreError) as exc:
                if isinstance(exc, sqlite3.Error) and failure_of(exc) is not Failure.CORRUPT:
                    raise
                self.close()
                moved = self._move_aside()
                self._db = self._connect()
        except (sqlite3.Error, OSError) as exc:
            self.close()
            raise StoreError(failure_at(exc, self.path), error_code_name(exc)) from exc
        self._migrate()
        key = self._settle_key()
        if key is not None:
            self._seal_clear_rows(key)
        if moved is not None:
            log.error("The check-in store was damaged; it was moved aside as %s", moved.name)
            self._record_event("store-replaced", f"a damaged store was moved aside as {moved.name}")
        if key is not None:
            seal_moved_aside_files(self.path, key)
        if self._outbox:
            with self._write() as db:
                db.execute("UPDATE outbox_state SET letter = ?", (self._prefix.rstrip("-"),))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _connect(self) -> sqlite3.Connection:
        return connect(self.path, secure_delete=True)

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
        migrate(self._conn, MIGRATIONS, StoreError)

    # --- writing ------------------------------------------------------------------------------

    def _write(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """One BEGIN IMMEDIATE transaction; any failure rolls it back and becomes a StoreError."""
        return transaction(self._conn, StoreError)

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
                    f"{INSERT_CHECKIN} ON CONFLICT (id) DO NOTHING",
                    checkin_row(visit, number, now, self._sealing_key(db)),
                )
                if self._outbox:
                    db.execute(
                        "INSERT OR IGNORE INTO outbox (checkin_id, queued_at) VALUES (?, ?)",
                        (visit.id, now.isoformat(timespec="seconds")),
                    )
            else:
                day, number = existing
            ahead = db.execute(
                "SELECT COUNT(*) FROM checkins WHERE day = ? AND number < ? AND status = 'waiting'",
                (day, number),
            ).fetchone()[0]
        return Ticket(code=f"{self._prefix}{number}", ahead=int(ahead))

    def _record_event(self, kind: str, detail: str) -> None:
        """Events for staff; they never hold personal data."""
        with self._write() as db:
            db.execute(
                "INSERT INTO store_events (at, kind, detail) VALUES (?, ?, ?)",
                (self._clock().isoformat(timespec="seconds"), kind, detail),
            )

    def set_status(self, checkin_id: str, status: Status) -> bool:
        """Mark a check-in called, seen or a no-show (or waiting again); False if it is gone.
        A kiosk of a clinic queues the mark for the server in the same transaction. A patient
        called and put back to waiting (an undo) leaves the waiting-room screens."""
        return self._mark(checkin_id, status, announce=False)

    def acknowledge(self, checkin_id: str) -> bool:
        """The front desk has seen this urgent check-in; False if it is gone."""
        at = self._clock().isoformat(timespec="seconds")
        with self._write() as db:
            changed = db.execute(
                """UPDATE checkins SET acknowledged_at = COALESCE(acknowledged_at, ?)
                WHERE id = ? AND erased = 0""",
                (at, checkin_id),
            ).rowcount
        return bool(changed)

    def call(self, checkin_id: str) -> bool:
        """Mark a check-in called and ask the waiting room for its patient (again, if they were
        called before); False if it is gone."""
        return self._mark(checkin_id, Status.CALLED, announce=True)

    def entered_by_hand(self, checkin_id: str) -> bool:
        with self._write() as db:
            changed = db.execute(
                ENTERED_BY_HAND.format(now="?", checkin="?"),
                (self._clock().isoformat(timespec="milliseconds"), checkin_id),
            ).rowcount
        return bool(changed)

    def _mark(self, checkin_id: str, status: Status, *, announce: bool) -> bool:
        at = self._clock().isoformat(timespec="seconds")
        with self._write() as db:
            before = db.execute(
                "SELECT status, number FROM checkins WHERE id = ? AND erased = 0", (checkin_id,)
            ).fetchone()
            if before is None:
                return False
            db.execute(
                f"""UPDATE checkins SET status = ?, status_at = ?, {CALLED_AT}
                WHERE id = ?""",
                (status.value, at, status.value, status.value, at, checkin_id),
            )
            if self._outbox:
                db.execute(
                    "INSERT OR REPLACE INTO status_outbox VALUES (?, ?, ?)",
                    (checkin_id, status.value, at),
                )
            called_before = before[0] == Status.CALLED.value
            kind = (
                "call"
                if announce
                else "undo"
                if called_before and status is Status.WAITING
                else None
            )
            if kind is not None:
                db.execute(
                    "INSERT INTO calls (checkin_id, ticket, at, kind) VALUES (?, ?, ?, ?)",
                    (checkin_id, f"{self._prefix}{before[1]}", at, kind),
                )
        return True

    def follow_status(self, checkin_id: str, status: Status, at: datetime) -> bool:
        """Take a mark made elsewhere in the clinic (at the desk, on another kiosk), unless this
        kiosk's own mark of it is as new or newer; True when it changed the check-in."""
        local = at.astimezone().replace(tzinfo=None) if at.tzinfo is not None else at
        when = local.isoformat(timespec="seconds")
        with self._write() as db:
            changed = db.execute(
                f"""UPDATE checkins SET status = ?, status_at = ?, {CALLED_AT}
                WHERE id = ? AND erased = 0 AND (status_at IS NULL OR status_at < ?)""",
                (status.value, when, status.value, status.value, when, checkin_id, when),
            ).rowcount
        return bool(changed)

    def erase_personal_data(self, before: date | None = None) -> int:
        """Erase names, dates of birth, reasons, flags and phone numbers of every check-in from
        before ``before`` (of all of them when None); returns how many were erased.

        The ticket, its day, its times and its status stay for counts. Deleted content is
        overwritten (``secure_delete``) and the write-ahead log is emptied, so the erased values
        are gone from the files too, not only from the table; while another program reads the
        store the log cannot be emptied, and the next erase tries again. Damaged stores moved
        aside from before ``before`` (all of them when None) are deleted with the rows.
        """
        limit = (before or date.max).isoformat()
        with self._write() as db:
            erased = db.execute(
                f"""UPDATE checkins SET {CLEAR_COLUMNS}, sealed = NULL, key_id = NULL, erased = 1
                WHERE day < ? AND erased = 0""",
                (limit,),
            ).rowcount
            db.execute("DELETE FROM calls WHERE at < ?", (limit,))
            db.execute(ERASE_HANDOFF_WORDS)
        if erased or self._log_holds_erased:
            self._log_holds_erased = not self._empty_the_log()
        self._delete_damaged_copies(before)
        return int(erased)

    def erase_made_before(self, moment: datetime) -> int:
        """Erase the personal data of every check-in made before ``moment`` (the clinic's "delete
        all now", said by its server), as ``erase_personal_data`` does; returns how many. Times
        are kept to the second: one made in the same second goes too. The calls, tickets and
        times alone, stay for the banner's list until their retention ends."""
        limit = moment.isoformat(timespec="seconds")
        with self._write() as db:
            erased = db.execute(
                f"""UPDATE checkins SET {CLEAR_COLUMNS}, sealed = NULL, key_id = NULL, erased = 1
                WHERE created_at <= ? AND erased = 0""",
                (limit,),
            ).rowcount
            db.execute(ERASE_HANDOFF_WORDS)
        if erased or self._log_holds_erased:
            self._log_holds_erased = not self._empty_the_log()
        self._delete_damaged_copies(moment.date() + timedelta(days=1))
        return int(erased)

    def _empty_the_log(self) -> bool:
        """Copy the write-ahead log into the file and empty it; False while a reader elsewhere
        keeps it (SQLite then reports the checkpoint busy)."""
        for attempt in range(CHECKPOINT_TRIES):
            try:
                busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.Error as exc:
                raise StoreError(failure_at(exc, self.path), error_code_name(exc)) from exc
            if not busy:
                return True
            if attempt + 1 < CHECKPOINT_TRIES:
                time.sleep(CHECKPOINT_WAIT_S)
        log.warning(
            "The write-ahead log still holds erased values while another program reads the "
            "store; the next erase empties it"
        )
        return False

    def _delete_damaged_copies(self, before: date | None) -> None:
        for copy in self.path.parent.glob(f"{self.path.stem}.damaged-*"):
            stamp = _DAMAGED_STAMP.search(copy.name)
            day = datetime.strptime(stamp.group(1), "%Y%m%d").date() if stamp else None
            if before is None or day is None or day < before:
                with contextlib.suppress(FileNotFoundError):
                    copy.unlink()
                    log.info("A damaged store moved aside was deleted with its data: %s", copy.name)

    # --- sealing ------------------------------------------------------------------------------

    def seal_key(self) -> ClinicPublicKey | None:
        try:
            return _key_in(self._conn)
        except sqlite3.Error as exc:
            raise StoreError(failure_at(exc, self.path), error_code_name(exc)) from exc

    def _ask_clinic(self) -> tuple[KnownKeys | None, bool]:
        """The clinic's keys as its holders know them, and whether they could not be read."""
        if self._clinic_keys is None:
            return None, False
        try:
            return self._clinic_keys(), False
        except KeysUnreadableError as exc:
            log.error("The clinic's keys cannot be read now: %s", exc)
            return None, True

    def _settle_key(self) -> ClinicPublicKey | None:
        """The key this store seals with, after taking the clinic's newest when it had none or
        had one the clinic's holders do not know (planted, damaged, or left from a lost staff
        file). With no key of its own while the clinic's keys cannot be read, the store does not
        open: a check-in is then refused, never written in clear."""
        known, unreadable = self._ask_clinic()
        try:
            current = self.seal_key()
        except StoreError:
            if known is None:
                raise
            current = None
            log.error("The key the check-in store sealed with was damaged; it is replaced")
        if unreadable and current is None:
            raise StoreError(Failure.UNAVAILABLE, NO_KEY_TO_SEAL_WITH)
        if known is None or known.knows(current):
            self._key = current
            return current
        if current is not None:
            log.warning(
                "The check-in store sealed with a key (%s) that no staff account holds; it seals"
                " with the clinic's key (%s) from now on",
                current.key_id,
                known.newest.key_id,
            )
        self._put_key(known.newest)
        self._key = known.newest
        return known.newest

    def _sealing_key(self, db: sqlite3.Connection) -> ClinicPublicKey | None:
        """In a save's transaction: the key to seal with. The one the file holds while it is the
        one settled, or one the clinic's holders know (a rotation by another program); anything
        else (deleted, planted, damaged while the kiosk runs) gives way to the clinic's newest,
        or to the key settled before when the clinic's keys cannot be asked."""
        try:
            kept = _key_in(db)
        except StoreError:
            kept = None
            damaged = True
        else:
            damaged = False
            if kept == self._key and (kept is not None or self._clinic_keys is None):
                return kept
        known, unreadable = self._ask_clinic()
        if known is not None and known.knows(kept):
            self._key = kept
            return kept
        if known is not None:
            log.warning("The check-in store's key was changed under it; the clinic's key is used")
            db.execute(
                "INSERT OR REPLACE INTO seal_key VALUES (1, ?, ?, ?)",
                (known.newest.key_id, known.newest.public, self._clock().isoformat()),
            )
            self._key = known.newest
            return known.newest
        if self._key is not None:
            return self._key
        if damaged or unreadable:
            raise StoreError(Failure.UNAVAILABLE, NO_KEY_TO_SEAL_WITH)
        return kept

    def _put_key(self, key: ClinicPublicKey) -> None:
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO seal_key VALUES (1, ?, ?, ?)",
                (key.key_id, key.public, self._clock().isoformat(timespec="seconds")),
            )

    def follow_clinic_key(self, held: KnownKeys | None) -> int:
        known = self._ask_clinic()[0] if self._clinic_keys is not None else held
        if known is None or known.knows(self.seal_key()):
            return 0
        return self.adopt_key(known.newest)

    def adopt_key(self, key: ClinicPublicKey) -> int:
        if self._db is None:
            self.open()
        self._put_key(key)
        self._key = key
        sealed = self._seal_clear_rows(key)
        seal_moved_aside_files(self.path, key)
        return sealed

    def _seal_clear_rows(self, key: ClinicPublicKey) -> int:
        """Seal every answer still kept in clear (check-ins from before the clinic had a key),
        then empty the write-ahead log so no clear copy stays in the files."""
        with self._write() as db:
            rows = db.execute(
                f"SELECT id, {PERSONAL} FROM checkins WHERE sealed IS NULL AND erased = 0"
            ).fetchall()
            for row in rows:
                try:
                    box = seal_visit(_visit_of(row), key)
                except ValueError:
                    # Values no kiosk writes (a date that is not one): sealed as they are, so
                    # nothing stays in clear and nothing is lost; opening it says it cannot.
                    log.error("A check-in kept in clear could not be read; it was sealed as is")
                    box = seal_bytes(json.dumps([str(v) for v in row]).encode(), key)
                db.execute(
                    f"UPDATE checkins SET {CLEAR_COLUMNS}, sealed = ?, key_id = ? WHERE id = ?",
                    (box, key.key_id, row[0]),
                )
        if rows:
            log.info("%d check-in(s) kept in clear were sealed with the clinic's key", len(rows))
            self._log_holds_erased = not self._empty_the_log()
        return len(rows)

    def reseal(self, keys: ClinicKeys, key: ClinicPublicKey) -> tuple[int, int]:
        damaged = 0
        with self._write() as db:
            rows = db.execute(
                "SELECT id, sealed, key_id FROM checkins WHERE sealed IS NOT NULL"
            ).fetchall()
            boxes = []
            for checkin_id, box, key_id in rows:
                try:
                    visit = keys.open_visit(bytes(box), str(key_id), str(checkin_id))
                except SealError:
                    damaged += 1
                    continue
                boxes.append((seal_visit(visit, key), str(checkin_id)))
            for box, checkin_id in boxes:
                db.execute(
                    "UPDATE checkins SET sealed = ?, key_id = ? WHERE id = ?",
                    (box, key.key_id, checkin_id),
                )
            db.execute(
                "INSERT OR REPLACE INTO seal_key VALUES (1, ?, ?, ?)",
                (key.key_id, key.public, self._clock().isoformat(timespec="seconds")),
            )
        self._key = key
        self._log_holds_erased = not self._empty_the_log()
        return len(boxes), damaged

    def count_clear(self) -> int:
        """Check-ins whose answers are still kept in clear."""
        row = self._conn.execute(
            "SELECT COUNT(*) FROM checkins WHERE sealed IS NULL AND erased = 0"
        ).fetchone()
        return int(row[0])

    def sealed_with(self) -> set[str]:
        """The keys the kept check-ins are sealed with."""
        rows = self._conn.execute("SELECT DISTINCT key_id FROM checkins WHERE sealed IS NOT NULL")
        return {str(r[0]) for r in rows}

    # --- reading ------------------------------------------------------------------------------

    def events(self) -> list[tuple[str, str, str]]:
        return [
            (str(at), str(kind), str(detail))
            for at, kind, detail in self._conn.execute(
                "SELECT at, kind, detail FROM store_events ORDER BY id"
            )
        ]

    def checkins(self, since: date | None = None, until: date | None = None) -> list[StoredCheckIn]:
        """The check-ins whose personal data is still kept, from ``since`` to ``until``
        (both days included), in ticket order."""
        try:
            rows = self._conn.execute(
                f"""SELECT id, {PERSONAL}, number, created_at, status, status_at, sealed, key_id,
                    acknowledged_at, called_at, {SHOWN_HANDOFF}
                FROM checkins WHERE day >= ? AND day <= ? AND erased = 0 ORDER BY day, number""",
                ((since or date.min).isoformat(), (until or date.max).isoformat()),
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(failure_at(exc, self.path), error_code_name(exc)) from exc
        return [_stored(row, self._prefix) for row in rows]

    def calls_after(self, seq: int, since: datetime) -> list[CallEvent]:
        """The calls and undos after ``seq`` made at ``since`` or later, oldest first."""
        try:
            rows = self._conn.execute(
                "SELECT seq, ticket, at, kind FROM calls WHERE seq > ? AND at >= ? ORDER BY seq",
                (seq, since.isoformat(timespec="seconds")),
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(failure_at(exc, self.path), error_code_name(exc)) from exc
        return [
            CallEvent(int(n), str(ticket), datetime.fromisoformat(str(at)), kind == "undo")
            for n, ticket, at, kind in rows
        ]

    def beat(self, heartbeat: Heartbeat) -> None:
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO heartbeat VALUES (?, ?, ?, ?, ?, ?)",
                (
                    heartbeat.letter,
                    heartbeat.at.isoformat(timespec="seconds"),
                    heartbeat.version,
                    heartbeat.showing.value,
                    heartbeat.outbox,
                    json.dumps(list(heartbeat.problems)),
                ),
            )

    def heartbeats(self) -> list[Heartbeat]:
        try:
            rows = self._conn.execute(
                "SELECT letter, at, version, showing, outbox, problems FROM heartbeat "
                "ORDER BY letter"
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(failure_at(exc, self.path), error_code_name(exc)) from exc
        beats = []
        for letter, at, version, showing, outbox, problems in rows:
            try:
                said = json.loads(str(problems))
                beats.append(
                    Heartbeat(
                        str(letter),
                        datetime.fromisoformat(str(at)),
                        str(version),
                        Showing(str(showing)),
                        int(outbox),
                        tuple(str(p) for p in said) if isinstance(said, list) else (),
                    )
                )
            except ValueError:
                log.warning("A kiosk's heartbeat could not be read; it is left out")
        return beats

    def outbox_depth(self) -> int:
        """Check-ins and marks waiting for the clinic's server."""
        try:
            return sum(
                int(self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
                for table in ("outbox", "status_outbox")
            )
        except sqlite3.Error as exc:
            raise StoreError(failure_at(exc, self.path), error_code_name(exc)) from exc

    def change_count(self) -> int:
        """A number that changes whenever another program commits to the store."""
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise StoreError(failure_at(exc, self.path), error_code_name(exc)) from exc

    def queue(self, day: date) -> list[StoredCheckIn]:
        """The front desk's list for ``day``."""
        return self.checkins(day, day)

    def changed_since(self, moment: datetime) -> list[str]:
        """The ids of the check-ins made or marked at ``moment`` or later, oldest first (times
        are kept to the second, so a caller may see a change twice, never miss one)."""
        at = moment.isoformat(timespec="seconds")
        try:
            rows = self._conn.execute(
                """SELECT id FROM checkins WHERE created_at >= ? OR status_at >= ?
                ORDER BY MAX(created_at, COALESCE(status_at, '')), day, number""",
                (at, at),
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(failure_at(exc, self.path), error_code_name(exc)) from exc
        return [str(row[0]) for row in rows]

    def integrity(self) -> str:
        return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])


def _visit_of(row: tuple[object, ...]) -> CheckIn:
    """A check-in's answers from its id and ``PERSONAL`` columns, in that order."""
    checkin_id, first, last, born, reasons, urgent, mobile, returning, mobility, appointment = row
    return CheckIn(
        id=str(checkin_id),
        first_name=str(first),
        last_name=str(last),
        birth_date=date.fromisoformat(str(born)),
        reasons=tuple(Reason(r) for r in str(reasons).split(",") if r),
        urgent=bool(urgent),
        mobile=str(mobile),
        returning=bool(returning),
        mobility_help=bool(mobility),
        appointment=bool(appointment),
    )


def _stored(row: tuple[object, ...], prefix: str) -> StoredCheckIn:
    number, created_at, status, status_at, box, key_id, acknowledged_at, called_at = row[10:18]
    handoff, handoff_words = row[18:20]
    sealed = SealedAnswers(str(key_id), bytes(box)) if isinstance(box, bytes) else None
    return StoredCheckIn(
        ticket=f"{prefix}{number}",
        created_at=datetime.fromisoformat(str(created_at)),
        visit=None if sealed is not None else _visit_of(row[:10]),
        status=Status(str(status)),
        status_at=datetime.fromisoformat(str(status_at)) if status_at else None,
        sealed=sealed,
        checkin_id=str(row[0]),
        acknowledged=acknowledged_at is not None,
        called_at=datetime.fromisoformat(str(called_at)) if called_at else None,
        handoff=str(handoff or ""),
        handoff_words=str(handoff_words or ""),
    )


def _key_in(db: sqlite3.Connection) -> ClinicPublicKey | None:
    """The key the store seals with; ``StoreError`` when the one kept is not a key at all (a
    damaged or tampered file): a check-in is then refused, never written in clear."""
    row = db.execute("SELECT public FROM seal_key").fetchone()
    if row is None:
        return None
    try:
        return ClinicPublicKey.of(bytes(row[0]))
    except (ValueError, TypeError) as exc:
        raise StoreError(Failure.CORRUPT, "the key the store seals with is damaged") from exc


NO_KEY_TO_SEAL_WITH = (
    "the clinic's keys cannot be read and this store has none: nothing is written in clear"
)
SEALED_SUFFIX = ".sealed"
MAX_MOVED_ASIDE_BYTES = 256 * 1024 * 1024


def seal_moved_aside_files(path: Path, key: ClinicPublicKey) -> int:
    """Seal each damaged store moved aside beside ``path`` (and its log) into one ``.sealed``
    file, deleting the clear one: IT can still open it with the clinic's key, a thief cannot."""
    count = 0
    for copy in sorted(path.parent.glob(f"{path.stem}.damaged-*")):
        if copy.name.endswith(SEALED_SUFFIX):
            continue
        target = copy.with_name(copy.name + SEALED_SUFFIX)
        try:
            body = read_capped(copy, MAX_MOVED_ASIDE_BYTES)
            write_atomic(target, seal_bytes(body, key))
            copy.unlink()
        except (OSError, RefusedFileError) as exc:
            log.error("A damaged store moved aside could not be sealed (%s): %s", copy.name, exc)
            continue
        count += 1
    if count:
        log.info("%d damaged file(s) moved aside were sealed with the clinic's key", count)
    return count


def open_store(path: Path, clock: Callable[[], datetime] = datetime.now) -> SqliteCheckInStore:
    store = SqliteCheckInStore(path, clock)
    store.open()
    return store


def count_rows(path: Path) -> int:
    """How many check-ins a store file holds, read on a connection of its own."""
    with closing(sqlite3.connect(path)) as db:
        return int(db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0])
