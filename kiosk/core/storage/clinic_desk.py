"""The front desk's check-in records on the clinic's server (``kiosk desk`` with
``clinic-desk.toml``).

The desk's view models ask the store on the GUI thread, a few times a second. So reads come from
a copy of today's queue and the kiosks' heartbeats that a listener thread keeps (read again at
each ``NOTIFY`` and after each reconnection), and ``change_count`` moves when the copy changes.
A mark or a call is written on the GUI thread over a connection of its own, with short limits
(connect, each statement, an unanswered packet), so a server gone away costs a click at most a
few seconds and a clear message, and is read back at once, so the row never shows its old
status. While the server does not answer, the queue says it cannot be read; nothing is kept
here to be sent later (the desk is where staff are: they see it and try again).

Answers arrive sealed; the desk opens them with the signed-in member's keys, as on one PC. The
desk also puts the clinic's public key on the server, so the kiosks seal with it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

import psycopg

from kiosk.core.checkin.answers import CheckIn, Reason, Ticket
from kiosk.core.sealing import ClinicPublicKey, KeysUnreadableError, KnownKeys
from kiosk.core.storage.clinic_desk_schema import CALLS_CHANNEL, HEARTBEATS_CHANNEL, KEYS_CHANNEL
from kiosk.core.storage.clinic_handoff_schema import HANDOFFS_CHANNEL
from kiosk.core.storage.clinic_link import DeskLink
from kiosk.core.storage.clinic_listen import ClinicListener, Connection, local_time
from kiosk.core.storage.clinic_push import said_of
from kiosk.core.storage.clinic_schema import CHANNEL
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
from kiosk.core.words import Words

if TYPE_CHECKING:
    from kiosk.core.sealing import ClinicKeys

log = logging.getLogger(__name__)

WRITE_LIMITS = {
    "connect_timeout": "3",
    "tcp_user_timeout": "3000",
    "options": "-c statement_timeout=3000 -c lock_timeout=2000",
}
ROWS = """SELECT id, ticket, created_at, status, status_at, called_at,
        acknowledged_at IS NOT NULL, sealed, key_id, first_name, last_name, birth_date, reasons,
        urgent, mobile, returning_patient, mobility_help, {handoff}, appointment
    FROM checkins WHERE NOT erased AND day BETWEEN %s AND %s ORDER BY created_at, ticket"""
HANDOFFS_READABLE = """SELECT CASE WHEN to_regclass('public.handoffs') IS NULL THEN false
    ELSE has_table_privilege('public.handoffs', 'SELECT') END"""
"""A server older than the hand-off (schema 7), or a desk role not yet granted it, shows none."""


def rows_query(db: Connection) -> str:
    row = db.execute(HANDOFFS_READABLE).fetchone()
    return ROWS.format(handoff=SHOWN_HANDOFF if row and row[0] else "NULL, NULL")


BEATS = """SELECT letter, at, version, showing, outbox, problems FROM heartbeats
    ORDER BY letter"""
KEYS = "SELECT key_id, public FROM clinic_keys ORDER BY made_at DESC, key_id"
NOT_YET = "not in touch with the clinic's server yet"
KEYS_LOCK = 7_341_005
"""Held while a desk decides whether its key becomes the clinic's: two desks never both do."""


@dataclass(frozen=True)
class _View:
    day: date
    rows: list[StoredCheckIn]
    beats: list[Heartbeat]
    keys: list[ClinicPublicKey]


class ClinicDeskStore:
    """``CheckInRecords`` and ``SealingRecords`` for the desk, on the clinic's server."""

    def __init__(
        self,
        link: DeskLink,
        clock: Callable[[], datetime] = datetime.now,
        *,
        clinic_keys: Callable[[], KnownKeys | None] | None = None,
        first_wait_s: float = 0.5,
        longest_wait_s: float = 4.0,
    ) -> None:
        """``clinic_keys``: the clinic's keys as the desk's staff accounts hold them; the newest
        is put on the server for the kiosks to seal with."""
        self._link = link
        self._clock = clock
        self._clinic_keys = clinic_keys
        self._lock = threading.Lock()
        self._view: _View | None = None
        self._problem: Words | None = None
        self._changes = 0
        self._writer: psycopg.Connection[tuple[object, ...]] | None = None
        self._held: KnownKeys | None = None
        self._listener = ClinicListener(
            link.conninfo,
            self._heard,
            channels=(CHANNEL, CALLS_CHANNEL, HEARTBEATS_CHANNEL, KEYS_CHANNEL, HANDOFFS_CHANNEL),
            on_problem=self._lost,
            name="desk-listen",
            first_wait_s=first_wait_s,
            longest_wait_s=longest_wait_s,
        )

    # --- the listener's thread ------------------------------------------------------------------

    def _heard(self, db: Connection, ids: list[str] | None) -> None:
        self._read(db)
        if ids is None:
            self._publish_key(db)

    def _lost(self, words: Words | None) -> None:
        with self._lock:
            if words is not None and self._view is not None:
                self._view = None
                self._changes += 1
            self._problem = words

    # --- any thread -----------------------------------------------------------------------------

    def _read(self, db: Connection) -> None:
        day = self._clock().date()
        rows = [_stored(row) for row in db.execute(rows_query(db), (day, day)).fetchall()]
        beats = [beat for row in db.execute(BEATS).fetchall() if (beat := _beat(row))]
        keys = [
            ClinicPublicKey.of(public)
            for _, public in db.execute(KEYS).fetchall()
            if isinstance(public, bytes)
        ]
        with self._lock:
            self._view = _View(day, rows, beats, keys)
            self._changes += 1

    def _publish_key(self, db: Connection) -> None:
        """The clinic's key on the server: this desk's, when the server has none yet (the
        clinic's first desk) or when it is a newer key of the same holders (a rotation here).
        A key the server has that this desk's accounts do not hold is never replaced: another
        desk made it, and its check-ins would stop opening there; this one says so instead."""
        with self._lock:
            held = self._held
        if held is None:
            return
        key = held.newest
        with db.transaction():
            db.execute("SELECT pg_advisory_xact_lock(%s)", (KEYS_LOCK,))
            newest = db.execute(KEYS + " LIMIT 1").fetchone()
            server_key = None if newest is None else str(newest[0])
            if server_key == key.key_id:
                return
            if server_key is not None and server_key not in held.ids:
                log.warning(
                    "The clinic's server seals with a key (%s) that this desk's accounts do not"
                    " hold, so the check-ins it seals cannot be opened here: sign in at the desk"
                    " that made it, or give this desk's accounts that key",
                    server_key,
                )
                return
            db.execute(
                "INSERT INTO clinic_keys (key_id, public) VALUES (%s, %s)"
                " ON CONFLICT (key_id) DO NOTHING",
                (key.key_id, key.public),
            )
        log.info("The clinic's key (%s) is on its server: every kiosk seals with it", key.key_id)

    def _take_known_key(self, held: KnownKeys | None = None) -> None:
        """What the desk's staff accounts hold (read here, on the GUI thread, where the staff
        file is open), for the listener to put on the server at each connection."""
        known = held
        if self._clinic_keys is not None:
            try:
                known = self._clinic_keys() or held
            except KeysUnreadableError as exc:
                log.error("The clinic's keys cannot be read to share them: %s", exc)
        with self._lock:
            self._held = known

    # --- the GUI thread -------------------------------------------------------------------------

    def open(self) -> None:
        self._take_known_key()
        self._listener.start()

    def close(self) -> None:
        self._listener.stop()
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A transaction on the writer's connection; ``StoreError`` when the server does not
        take it, the connection then dropped and made again at the next write."""
        try:
            if self._writer is None or self._writer.closed or self._writer.broken:
                self._writer = psycopg.connect(self._link.conninfo(**WRITE_LIMITS), autocommit=True)
            db = self._writer
            with db.transaction():
                yield db
        except (psycopg.Error, OSError) as exc:
            if self._writer is not None and not isinstance(exc, psycopg.DataError):
                self._writer.close()
                self._writer = None
            raise StoreError(Failure.UNAVAILABLE, str(said_of(exc))) from exc
        try:
            self._read(db)  # the change is kept: what follows only shows it sooner
        except (psycopg.Error, OSError) as exc:
            log.warning("The desk's view was not read again after a change: %s", said_of(exc))

    def _current(self) -> _View:
        with self._lock:
            view, problem = self._view, self._problem
        if view is None:
            raise StoreError(Failure.UNAVAILABLE, str(problem) if problem else NOT_YET)
        return view

    def change_count(self) -> int:
        with self._lock:
            return self._changes

    def queue(self, day: date) -> list[StoredCheckIn]:
        view = self._current()
        if view.day == day:
            return list(view.rows)
        return self.checkins(day, day)

    def checkins(self, since: date | None = None, until: date | None = None) -> list[StoredCheckIn]:
        first, last = since or date(2000, 1, 1), until or date(9999, 12, 31)
        with self._write() as db:
            found = db.execute(rows_query(db), (first, last)).fetchall()
        return [_stored(row) for row in found]

    def heartbeats(self) -> list[Heartbeat]:
        return list(self._current().beats)

    def call(self, checkin_id: str) -> bool:
        return self._mark(checkin_id, Status.CALLED, announce=True)

    def set_status(self, checkin_id: str, status: Status) -> bool:
        return self._mark(checkin_id, status, announce=False)

    def entered_by_hand(self, checkin_id: str) -> bool:
        with self._write() as db:
            changed = db.execute(
                ENTERED_BY_HAND.format(now="now()", checkin="%s"), (checkin_id,)
            ).rowcount
        return bool(changed)

    def _mark(self, checkin_id: str, status: Status, *, announce: bool) -> bool:
        with self._write() as db:
            before = db.execute(
                "SELECT ticket, status FROM checkins WHERE id = %s AND NOT erased FOR UPDATE",
                (checkin_id,),
            ).fetchone()
            if before is None:
                return False
            db.execute(
                """UPDATE checkins SET status = %s, status_at = now(),
                    called_at = CASE WHEN %s = 'waiting' THEN NULL
                        WHEN %s = 'called' THEN COALESCE(called_at, now()) ELSE called_at END
                WHERE id = %s""",
                (status.value, status.value, status.value, checkin_id),
            )
            undo = str(before[1]) == Status.CALLED.value and status is Status.WAITING
            if announce or undo:
                db.execute(
                    "INSERT INTO calls (checkin_id, ticket, kind) VALUES (%s, %s, %s)",
                    (checkin_id, str(before[0]), "call" if announce else "undo"),
                )
        return True

    def acknowledge(self, checkin_id: str) -> bool:
        with self._write() as db:
            done = db.execute(
                """UPDATE checkins SET acknowledged_at = COALESCE(acknowledged_at, now())
                WHERE id = %s AND NOT erased""",
                (checkin_id,),
            ).rowcount
        return bool(done)

    def calls_after(self, seq: int, since: datetime) -> list[CallEvent]:
        with self._write() as db:
            found = db.execute(
                "SELECT seq, ticket, at, kind FROM calls WHERE seq > %s AND at >= %s ORDER BY seq",
                (seq, since.astimezone()),
            ).fetchall()
        return [CallEvent(int(str(n)), str(t), local_time(a), k == "undo") for n, t, a, k in found]

    def changed_since(self, moment: datetime) -> list[str]:
        rows = self.checkins(moment.date(), self._clock().date())
        return [
            row.id
            for row in rows
            if row.created_at >= moment or (row.status_at is not None and row.status_at >= moment)
        ]

    def follow_status(self, checkin_id: str, status: Status, at: datetime) -> bool:
        return False  # the desk marks on the server itself; nothing is followed into it

    def save(self, visit: CheckIn) -> Ticket:
        raise StoreError(Failure.READ_ONLY, "the front desk takes no check-ins")

    def beat(self, heartbeat: Heartbeat) -> None:
        raise StoreError(Failure.READ_ONLY, "the front desk is not a kiosk")

    def erase_personal_data(self, before: date | None = None) -> int:
        """ "Delete all now": every check-in's answers on the server, and (told by the server)
        on every kiosk. The retention period's erasing is the kiosks' (``before``)."""
        if before is not None:
            raise StoreError(Failure.READ_ONLY, "the kiosks erase what is past its retention")
        with self._write() as db:
            row = db.execute("SELECT erase_all_checkins()").fetchone()
        return int(str(row[0])) if row else 0

    # --- sealing --------------------------------------------------------------------------------

    def seal_key(self) -> ClinicPublicKey | None:
        """The key the clinic's kiosks seal with: the server's newest."""
        keys = self._current().keys
        return keys[0] if keys else None

    def adopt_key(self, key: ClinicPublicKey) -> int:
        """Seal with ``key`` from now on: put on the server as the clinic's newest, when the
        server's is one this desk holds too (or it has none). Nothing here is kept in clear."""
        with self._lock:
            ids = self._held.ids if self._held is not None else frozenset()
            self._held = KnownKeys(key, ids | {key.key_id})
        with self._write() as db:
            self._publish_key(db)
        return 0

    def follow_clinic_key(self, held: KnownKeys | None) -> int:
        """The clinic's newest key as the desk's accounts hold it, put on the server."""
        self._take_known_key(held)
        with self._write() as db:
            self._publish_key(db)
        return 0

    def reseal(self, keys: ClinicKeys, key: ClinicPublicKey) -> tuple[int, int]:
        raise StoreError(
            Failure.READ_ONLY, "the clinic server's check-ins cannot be sealed again from here yet"
        )

    def sealed_with(self) -> set[str]:
        return {row.sealed.key_id for row in self._current().rows if row.sealed is not None}


def _stored(row: tuple[object, ...]) -> StoredCheckIn:
    checkin_id, ticket, created_at, status, status_at, called_at, acknowledged = row[:7]
    box, key_id = row[7:9]
    sealed = SealedAnswers(str(key_id), bytes(box)) if isinstance(box, bytes) else None
    return StoredCheckIn(
        ticket=str(ticket),
        created_at=local_time(created_at),
        visit=None if sealed is not None else _clear_visit(str(checkin_id), (*row[9:17], row[19])),
        status=Status(str(status)),
        status_at=None if status_at is None else local_time(status_at),
        sealed=sealed,
        checkin_id=str(checkin_id),
        acknowledged=bool(acknowledged),
        called_at=None if called_at is None else local_time(called_at),
        handoff=str(row[17] or ""),
        handoff_words=str(row[18] or ""),
    )


def _clear_visit(checkin_id: str, row: tuple[object, ...]) -> CheckIn | None:
    """The answers of a check-in a kiosk sent before the clinic had a key."""
    first, last, born, reasons, urgent, mobile, returning, mobility, appointment = row
    if not isinstance(born, date) or not isinstance(reasons, list):
        return None
    return CheckIn(
        id=checkin_id,
        first_name=str(first),
        last_name=str(last),
        birth_date=born,
        reasons=_reasons(reasons),
        urgent=bool(urgent),
        mobile=str(mobile),
        returning=bool(returning),
        mobility_help=bool(mobility),
        appointment=bool(appointment),
    )


def _beat(row: tuple[object, ...]) -> Heartbeat | None:
    letter, at, version, showing, outbox, problems = row
    try:
        return Heartbeat(
            str(letter),
            local_time(at),
            str(version),
            Showing(str(showing)),
            int(str(outbox)),
            tuple(str(p) for p in problems) if isinstance(problems, list) else (),
        )
    except (TypeError, ValueError):
        log.warning("Kiosk %s's heartbeat could not be read; it is left out", letter)
        return None


def _reasons(kept: list[object]) -> tuple[Reason, ...]:
    reasons = []
    for value in kept:
        try:
            reasons.append(Reason(str(value)))
        except ValueError:
            log.warning("A check-in names a reason this program does not know; it is left out")
    return tuple(reasons)
