"""What became of each check-in's hand-off to the practice's software, kept in the check-in
store's own file (tables ``handoffs`` and ``handoff_start``, store migration 13).

The sending service alone writes it; staff mode, the desk and ``kiosk handoff status`` read it.
A row holds no patient data: the check-in's id, the message's control id (the same on every
try, so a receiver can drop a repeat), the state, and the receiver's words, which go when the
check-in's personal data is erased.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from kiosk.core.storage.records import Failure, RecordsError
from kiosk.core.storage.sqlite import connect, error_code_name, failure_at, transaction


class LedgerError(RecordsError):
    what = "hand-off ledger"


class Channel(StrEnum):
    HL7 = "hl7"
    FHIR = "fhir"


class HandoffState(StrEnum):
    WAITING = "waiting"
    """Not yet acknowledged: it is tried again (``next_at``)."""
    SENT = "sent"
    REFUSED = "refused"
    """The receiver answered with an error (AE, AR): staff must look."""
    NOT_SENT = "not-sent"
    """It could not be made into a message here (not opened, or a value HL7 cannot hold)."""
    BY_HAND = "by-hand"
    """Refused or not sent, then entered into the practice's software by staff: it is done."""


@dataclass(frozen=True)
class Handoff:
    checkin_id: str
    channel: Channel
    control_id: str
    state: HandoffState
    attempts: int
    first_at: datetime
    next_at: datetime
    done_at: datetime | None
    words: str


def control_id_of(channel: Channel, checkin_id: str) -> str:
    """The message's control id: 20 characters (MSH-10's length), the same on every try."""
    digest = hashlib.sha256(f"{channel.value} {checkin_id}".encode()).hexdigest()
    return "K" + digest[:19].upper()


class HandoffRecords(Protocol):
    """What the sending service asks of a ledger: a kiosk's own (``HandoffLedger``) or the
    clinic's server's (``clinic_handoffs.ClinicHandoffLedger``). Each raises ``LedgerError``."""

    def since(self, channel: Channel) -> datetime: ...

    def enqueue(self, channel: Channel, checkin_ids: list[str]) -> int: ...

    def known(self, channel: Channel) -> set[str]: ...

    def waiting(self, channel: Channel) -> list[Handoff]: ...

    def tried(self, handoff: Handoff, words: str, next_at: datetime) -> None: ...

    def finish(self, handoff: Handoff, state: HandoffState, words: str) -> None: ...


WORST_FIRST = """CASE h.state WHEN 'refused' THEN 0 WHEN 'not-sent' THEN 1 WHEN 'waiting' THEN 2
    ELSE 3 END, h.channel"""
SHOWN_HANDOFF = f"""(SELECT h.state FROM handoffs h WHERE h.checkin_id = checkins.id
        ORDER BY {WORST_FIRST} LIMIT 1),
    (SELECT h.words FROM handoffs h WHERE h.checkin_id = checkins.id
        ORDER BY {WORST_FIRST} LIMIT 1)"""
"""A check-in's hand-off as staff see it, two columns for a query of ``checkins``: of its
ways (HL7, FHIR), the one that needs them most (refused, then not sent, then waiting)."""

ENTERED_BY_HAND = """UPDATE handoffs SET state = 'by-hand', done_at = {now}, words = ''
    WHERE checkin_id = {checkin} AND state IN ('refused', 'not-sent')"""
"""Staff entered a refused or unsent check-in into the practice's software themselves: nothing
more is sent, and the receiver's words (which may quote the patient) go. ``{now}`` and
``{checkin}`` are the database's own: SQLite's ``?, ?``, PostgreSQL's ``now(), %s``."""

HANDOFF_SCHEMA = 13
"""The check-in store's version that made the ledger's tables."""
COLUMNS = "checkin_id, channel, control_id, state, attempts, first_at, next_at, done_at, words"
JOINED_COLUMNS = ", ".join(f"h.{column.strip()}" for column in COLUMNS.split(","))
"""``COLUMNS`` of ``handoffs h`` in a query that joins ``checkins``."""


class HandoffLedger:
    """The ledger on its own connection to ``checkins.sqlite`` (opened and migrated first by
    ``SqliteCheckInStore``)."""

    def __init__(self, path: Path, clock: Callable[[], datetime] = datetime.now) -> None:
        self.path = path
        self._clock = clock
        self._db: sqlite3.Connection | None = None

    def open(self) -> None:
        try:
            self._db = connect(self.path, secure_delete=True)
            version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        except (sqlite3.Error, OSError) as exc:
            self.close()
            raise LedgerError(failure_at(exc, self.path), error_code_name(exc)) from exc
        if version < HANDOFF_SCHEMA:
            self.close()
            raise LedgerError(Failure.UNAVAILABLE, "the check-in store is older than hand-offs")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise LedgerError(Failure.UNAVAILABLE, "the ledger is not open")
        return self._db

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        try:
            return list(self._conn.execute(sql, params).fetchall())
        except sqlite3.Error as exc:
            raise LedgerError(failure_at(exc, self.path), error_code_name(exc)) from exc

    def _now(self) -> str:
        return self._clock().isoformat(timespec="milliseconds")

    def since(self, channel: Channel) -> datetime:
        """When ``channel`` was first switched on here (now, the first time it is asked): only
        check-ins made from then on are handed on, never the days before."""
        query = "SELECT since FROM handoff_start WHERE channel = ?"
        rows = self._read(query, (channel.value,))
        if not rows:
            with transaction(self._conn, LedgerError) as db:
                db.execute(
                    "INSERT OR IGNORE INTO handoff_start VALUES (?, ?)",
                    # to the second, as check-ins' times are: one made in that second goes too
                    (channel.value, self._clock().isoformat(timespec="seconds")),
                )
                rows = db.execute(query, (channel.value,)).fetchall()
        return datetime.fromisoformat(str(rows[0][0]))

    def enqueue(self, channel: Channel, checkin_ids: list[str]) -> int:
        """Add each check-in not in the ledger yet, waiting to be sent now; how many were."""
        now = self._now()
        added = 0
        with transaction(self._conn, LedgerError) as db:
            for checkin_id in checkin_ids:
                added += db.execute(
                    f"""INSERT OR IGNORE INTO handoffs ({COLUMNS})
                    VALUES (?, ?, ?, ?, 0, ?, ?, NULL, '')""",
                    (
                        checkin_id,
                        channel.value,
                        control_id_of(channel, checkin_id),
                        HandoffState.WAITING.value,
                        now,
                        now,
                    ),
                ).rowcount
        return added

    def known(self, channel: Channel) -> set[str]:
        rows = self._read("SELECT checkin_id FROM handoffs WHERE channel = ?", (channel.value,))
        return {str(r[0]) for r in rows}

    def waiting(self, channel: Channel) -> list[Handoff]:
        """The hand-offs not yet acknowledged, oldest first, whether their next try is due
        or not: the service sends them in this order."""
        return self._rows(
            "WHERE channel = ? AND state = ? ORDER BY first_at, rowid",
            (channel.value, HandoffState.WAITING.value),
        )

    def tried(self, handoff: Handoff, words: str, next_at: datetime) -> None:
        """A try that was not acknowledged: it waits until ``next_at``."""
        with transaction(self._conn, LedgerError) as db:
            db.execute(
                """UPDATE handoffs SET attempts = attempts + 1, next_at = ?, words = ?
                WHERE checkin_id = ? AND channel = ? AND state = ?""",
                (
                    next_at.isoformat(timespec="milliseconds"),
                    words,
                    handoff.checkin_id,
                    handoff.channel.value,
                    HandoffState.WAITING.value,
                ),
            )

    def finish(self, handoff: Handoff, state: HandoffState, words: str) -> None:
        with transaction(self._conn, LedgerError) as db:
            db.execute(
                """UPDATE handoffs SET attempts = attempts + 1, state = ?, done_at = ?, words = ?
                WHERE checkin_id = ? AND channel = ?""",
                (state.value, self._now(), words, handoff.checkin_id, handoff.channel.value),
            )

    def send_again(self, checkin_id: str) -> bool:
        """Staff fixed what the receiver refused: try a refused or unsent check-in again."""
        with transaction(self._conn, LedgerError) as db:
            changed = db.execute(
                """UPDATE handoffs SET state = ?, next_at = ?, done_at = NULL, words = ''
                WHERE checkin_id = ? AND state IN (?, ?)""",
                (
                    HandoffState.WAITING.value,
                    self._now(),
                    checkin_id,
                    HandoffState.REFUSED.value,
                    HandoffState.NOT_SENT.value,
                ),
            ).rowcount
        return bool(changed)

    def entered_by_hand(self, checkin_id: str) -> bool:
        """Staff entered a refused or unsent check-in into the practice's software themselves:
        nothing more is sent, and the receiver's words (which may quote the patient) go."""
        with transaction(self._conn, LedgerError) as db:
            changed = db.execute(
                ENTERED_BY_HAND.format(now="?", checkin="?"), (self._now(), checkin_id)
            ).rowcount
        return bool(changed)

    def state(self, channel: Channel, checkin_id: str) -> HandoffState | None:
        rows = self._read(
            "SELECT state FROM handoffs WHERE channel = ? AND checkin_id = ?",
            (channel.value, checkin_id),
        )
        return HandoffState(str(rows[0][0])) if rows else None

    def handoffs(self, channel: Channel | None = None) -> list[Handoff]:
        if channel is None:
            return self._rows("ORDER BY first_at, rowid", ())
        return self._rows("WHERE channel = ? ORDER BY first_at, rowid", (channel.value,))

    def _rows(self, where: str, params: tuple[object, ...]) -> list[Handoff]:
        rows = self._read(f"SELECT {COLUMNS} FROM handoffs {where}", params)
        return [handoff_of(row) for row in rows]


def _iso_time(value: object) -> datetime:
    return datetime.fromisoformat(str(value))


def handoff_of(
    row: tuple[object, ...], time_of: Callable[[object], datetime] = _iso_time
) -> Handoff:
    """A ledger row (``COLUMNS``) as read; ``time_of`` reads its times (text in SQLite)."""
    checkin_id, channel, control_id, state, attempts, first_at, next_at, done_at, words = row
    return Handoff(
        checkin_id=str(checkin_id),
        channel=Channel(str(channel)),
        control_id=str(control_id),
        state=HandoffState(str(state)),
        attempts=int(str(attempts)),
        first_at=time_of(first_at),
        next_at=time_of(next_at),
        done_at=time_of(done_at) if done_at else None,
        words=str(words),
    )
