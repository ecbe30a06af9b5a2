"""The hand-off's ledger and its one sender on the clinic's server (schema 7), for a service on
the desk PC or the clinic's server that hands on every kiosk's check-ins.

The same rows as a kiosk's own ledger (``handoff_ledger``), in ``handoffs`` and
``handoff_start``, read and written by the desk's role; the desk shows them beside each
check-in. Exactly one service sends for a clinic: each holds the session advisory lock
``SENDER_LOCK`` on a connection of its own, which the server lets go the moment that
connection ends, however it ends; a second service waits for it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import psycopg

from kiosk.core.storage.clinic_desk import WRITE_LIMITS
from kiosk.core.storage.clinic_link import DeskLink
from kiosk.core.storage.clinic_listen import Connection, local_time
from kiosk.core.storage.clinic_push import said_of
from kiosk.core.storage.handoff_ledger import (
    COLUMNS,
    ENTERED_BY_HAND,
    JOINED_COLUMNS,
    Channel,
    Handoff,
    HandoffState,
    LedgerError,
    control_id_of,
    handoff_of,
)
from kiosk.core.storage.records import Failure

log = logging.getLogger(__name__)

SENDER_LOCK = 7_341_023
"""The session advisory lock of the clinic's one hand-off service."""


class ClinicHandoffLedger:
    """``handoff_ledger.HandoffLedger``'s methods on the server, each one short transaction on
    a connection of its own with the desk's write limits; ``LedgerError`` when the server does
    not answer (the connection is made again at the next call)."""

    def __init__(self, link: DeskLink) -> None:
        self._link = link
        self._db: Connection | None = None

    def open(self) -> None:
        with self._talk() as db:
            db.execute("SELECT 1 FROM handoffs LIMIT 1")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @contextmanager
    def _talk(self) -> Iterator[Connection]:
        try:
            if self._db is None or self._db.closed or self._db.broken:
                self._db = psycopg.connect(self._link.conninfo(**WRITE_LIMITS), autocommit=True)
            with self._db.transaction():
                yield self._db
        except psycopg.errors.UndefinedTable as exc:
            raise LedgerError(
                Failure.UNAVAILABLE,
                "the clinic's server has an older schema: run kiosk clinic init on it",
            ) from exc
        except (psycopg.Error, OSError) as exc:
            self.close()
            raise LedgerError(Failure.UNAVAILABLE, str(said_of(exc))) from exc

    def since(self, channel: Channel) -> datetime:
        """When ``channel`` was first switched on for the clinic (now, the first time)."""
        query = "SELECT since FROM handoff_start WHERE channel = %s"
        with self._talk() as db:
            row = db.execute(query, (channel.value,)).fetchone()
            if row is None:
                db.execute(
                    """INSERT INTO handoff_start VALUES (%s, date_trunc('second', now()))
                    ON CONFLICT (channel) DO NOTHING""",
                    (channel.value,),
                )
                row = db.execute(query, (channel.value,)).fetchone()
        assert row is not None
        return local_time(row[0])

    def enqueue(self, channel: Channel, checkin_ids: list[str]) -> int:
        added = 0
        with self._talk() as db:
            for checkin_id in checkin_ids:
                added += db.execute(
                    f"""INSERT INTO handoffs ({COLUMNS})
                    VALUES (%s, %s, %s, %s, 0, now(), now(), NULL, '')
                    ON CONFLICT DO NOTHING""",
                    (
                        checkin_id,
                        channel.value,
                        control_id_of(channel, checkin_id),
                        HandoffState.WAITING.value,
                    ),
                ).rowcount
        return added

    def known(self, channel: Channel) -> set[str]:
        with self._talk() as db:
            rows = db.execute(
                "SELECT checkin_id FROM handoffs WHERE channel = %s", (channel.value,)
            ).fetchall()
        return {str(r[0]) for r in rows}

    def waiting(self, channel: Channel) -> list[Handoff]:
        return self._rows(
            """WHERE channel = %s AND state = 'waiting' ORDER BY first_at,
            (SELECT c.created_at FROM checkins c WHERE c.id = handoffs.checkin_id), checkin_id""",
            (channel.value,),
        )

    def tried(self, handoff: Handoff, words: str, next_at: datetime) -> None:
        with self._talk() as db:
            db.execute(
                """UPDATE handoffs SET attempts = attempts + 1, next_at = %s, words = %s
                WHERE checkin_id = %s AND channel = %s AND state = 'waiting'""",
                (next_at.astimezone(), words, handoff.checkin_id, handoff.channel.value),
            )

    def finish(self, handoff: Handoff, state: HandoffState, words: str) -> None:
        with self._talk() as db:
            db.execute(
                """UPDATE handoffs SET attempts = attempts + 1, state = %s, done_at = now(),
                    words = %s
                WHERE checkin_id = %s AND channel = %s""",
                (state.value, words, handoff.checkin_id, handoff.channel.value),
            )

    def send_again(self, checkin_id: str) -> bool:
        with self._talk() as db:
            changed = db.execute(
                """UPDATE handoffs SET state = 'waiting', next_at = now(), done_at = NULL,
                    words = ''
                WHERE checkin_id = %s AND state IN ('refused', 'not-sent')""",
                (checkin_id,),
            ).rowcount
        return bool(changed)

    def entered_by_hand(self, checkin_id: str) -> bool:
        with self._talk() as db:
            changed = db.execute(
                ENTERED_BY_HAND.format(now="now()", checkin="%s"), (checkin_id,)
            ).rowcount
        return bool(changed)

    def handoffs(self, channel: Channel | None = None) -> list[Handoff]:
        if channel is None:
            return self._rows("ORDER BY first_at", ())
        return self._rows("WHERE channel = %s ORDER BY first_at", (channel.value,))

    def with_tickets(self) -> list[tuple[Handoff, str | None]]:
        """Every hand-off, with its check-in's ticket while its personal data is kept."""
        with self._talk() as db:
            rows = db.execute(
                f"""SELECT {JOINED_COLUMNS}, CASE WHEN NOT c.erased THEN c.ticket END
                FROM handoffs h JOIN checkins c ON c.id = h.checkin_id ORDER BY h.first_at"""
            ).fetchall()
        return [
            (handoff_of(row[:-1], local_time), None if row[-1] is None else str(row[-1]))
            for row in rows
        ]

    def _rows(self, where: str, params: tuple[object, ...]) -> list[Handoff]:
        with self._talk() as db:
            rows = db.execute(f"SELECT {COLUMNS} FROM handoffs {where}", params).fetchall()
        return [handoff_of(row, local_time) for row in rows]


class ClinicSenderLock:
    """The clinic's one sender: ``pg_try_advisory_lock`` on a connection kept for the
    service's life. ``still_held`` says whether that connection (and so the lock) is alive."""

    def __init__(self, link: DeskLink) -> None:
        self._link = link
        self._db: Connection | None = None
        self._said = False

    def try_take(self) -> bool:
        """False while another service holds it, or the server does not answer."""
        try:
            db = psycopg.connect(self._link.conninfo(**WRITE_LIMITS), autocommit=True)
        except (psycopg.Error, OSError) as exc:
            if not self._said:
                log.warning("The clinic's server does not answer (%s); waiting", said_of(exc))
                self._said = True
            return False
        self._said = False
        try:
            row = db.execute("SELECT pg_try_advisory_lock(%s)", (SENDER_LOCK,)).fetchone()
        except (psycopg.Error, OSError):
            row = None
        if not row or not row[0]:
            db.close()
            return False
        self._db = db
        return True

    def still_held(self) -> bool:
        if self._db is None:
            return False
        try:
            self._db.execute("SELECT 1").fetchone()
        except (psycopg.Error, OSError):
            self.release()
            return False
        return True

    def release(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
