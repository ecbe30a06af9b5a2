"""What a kiosk of a clinic knows of the clinic's whole queue today, from the server.

A listener thread (``ClinicListener``) reads the day's ``kiosk_queue`` (tickets, times and
statuses: a kiosk may read nothing more) after it connects and after each change it hears. From
it the kiosk counts the people ahead of a new patient across the clinic, and takes the marks made
elsewhere (at the desk, on another kiosk) of its own patients. While the server does not answer,
there is no such view, and the kiosk counts its own queue only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.core.storage.clinic_link import ClinicLink
from kiosk.core.storage.clinic_listen import (
    FIRST_WAIT_S,
    LONGEST_WAIT_S,
    ClinicListener,
    Connection,
)
from kiosk.core.storage.clinic_schema import CHANNEL
from kiosk.core.storage.records import Status
from kiosk.core.words import Words

TODAY = """SELECT id, kiosk,
        CASE WHEN created_at > now() OR created_at < now() - interval '400 days' THEN now()
            ELSE created_at END,
        status,
        CASE WHEN status_at > now() OR status_at < now() - interval '400 days' THEN now()
            ELSE status_at END
    FROM kiosk_queue WHERE day = %s ORDER BY created_at"""
"""Every time within the last 400 days, whatever a row holds ('infinity' and a day before Christ
cannot be Python times; the server refuses them, and this reads rows made before it did)."""


@dataclass(frozen=True)
class Mark:
    checkin_id: str
    status: Status
    at: datetime


@dataclass(frozen=True)
class _Row:
    checkin_id: str
    kiosk: str
    created_at: datetime
    status: Status
    status_at: datetime | None


class ClinicQueue:
    def __init__(
        self,
        link: ClinicLink,
        *,
        on_marks: Callable[[list[Mark]], None],
        clock: Callable[[], datetime] = datetime.now,
        first_wait_s: float = FIRST_WAIT_S,
        longest_wait_s: float = LONGEST_WAIT_S,
    ) -> None:
        """``on_marks`` is called on the listener's thread with this kiosk's check-ins whose
        status on the server changed since it was last called."""
        self._letter = link.letter
        self._on_marks = on_marks
        self._clock = clock
        self._lock = threading.Lock()
        self._rows: list[_Row] | None = None
        self._day: date | None = None
        self._told: dict[str, tuple[Status, datetime]] = {}
        self._listener = ClinicListener(
            link.conninfo,
            self._heard,
            channels=(CHANNEL,),
            on_problem=self._problem,
            name="clinic-queue",
            first_wait_s=first_wait_s,
            longest_wait_s=longest_wait_s,
        )

    def start(self) -> None:
        self._listener.start()

    def stop(self) -> None:
        self._listener.stop()

    def others_ahead(self, before: datetime) -> int | None:
        """Patients of the clinic's other kiosks waiting since before ``before``; ``None``
        while the server does not answer (or its view is of another day)."""
        moment = before.astimezone()
        with self._lock:
            if self._rows is None or self._day != before.date():
                return None
            return sum(
                1
                for row in self._rows
                if row.kiosk != self._letter
                and row.status is Status.WAITING
                and row.created_at < moment
            )

    def _heard(self, db: Connection, ids: list[str] | None) -> None:
        day = self._clock().date()
        found = db.execute(TODAY, (day,)).fetchall()
        rows = [
            _Row(str(i), str(k), _aware(c), Status(str(s)), None if a is None else _aware(a))
            for i, k, c, s, a in found
        ]
        with self._lock:
            self._rows, self._day = rows, day
        marks = [
            Mark(row.checkin_id, row.status, row.status_at)
            for row in rows
            if row.kiosk == self._letter
            and row.status_at is not None
            and self._told.get(row.checkin_id) != (row.status, row.status_at)
        ]
        shown = {row.checkin_id for row in rows}  # only today's: a kiosk runs for months
        self._told = {key: told for key, told in self._told.items() if key in shown}
        for mark in marks:
            self._told[mark.checkin_id] = (mark.status, mark.at)
        if marks:
            self._on_marks(marks)

    def _problem(self, words: Words | None) -> None:
        if words is not None:
            with self._lock:
                self._rows = None


def _aware(value: object) -> datetime:
    if not isinstance(value, datetime):
        raise TypeError(f"the server gave {type(value).__name__} for a time")
    return value
