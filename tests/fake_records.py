"""An in-memory ``CheckInRecords``: the small fake behind the storage seam that view-model and
service tests build one object against. It keeps what a store keeps and can be told to fail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from kiosk.core.checkin.answers import CheckIn, Reason, Ticket, new_checkin_id
from kiosk.core.storage.records import (
    CallEvent,
    CheckInRecords,
    Failure,
    Heartbeat,
    Status,
    StoredCheckIn,
    StoreError,
)


def visit(
    first: str = "María José", last: str = "O'Neil-Núñez", *, urgent: bool = False
) -> CheckIn:
    """A patient's answers, as a check-in saves them."""
    return CheckIn(
        id=new_checkin_id(),
        first_name=first,
        last_name=last,
        birth_date=date(1956, 3, 12),
        reasons=(Reason.HEEL_OR_ARCH,),
        urgent=urgent,
        mobile="",
        returning=False,
        mobility_help=True,
    )


class FakeRecords:
    def __init__(self, now: datetime) -> None:
        self.now = now
        self.rows: list[StoredCheckIn] = []
        self.failure: Failure | None = None
        """When set, every call raises ``StoreError`` with it."""
        self.erased_before: list[date | None] = []
        self.status_changes: list[tuple[str, Status]] = []
        self.calls: list[CallEvent] = []
        self.beats: dict[str, Heartbeat] = {}

    def _check(self) -> None:
        if self.failure is not None:
            raise StoreError(self.failure, "told to fail")

    def open(self) -> None:
        self._check()

    def close(self) -> None:
        pass

    def save(self, visit: CheckIn) -> Ticket:
        self._check()
        for number, row in enumerate(self.rows, start=1):
            if row.id == visit.id:
                return Ticket(f"A-{number}", 0)
        self.rows.append(StoredCheckIn(f"A-{len(self.rows) + 1}", self.now, visit, Status.WAITING))
        ahead = sum(1 for r in self.rows[:-1] if r.status is Status.WAITING)
        return Ticket(self.rows[-1].ticket, ahead)

    def set_status(self, checkin_id: str, status: Status) -> bool:
        self._check()
        for i, row in enumerate(self.rows):
            if row.id == checkin_id:
                self.rows[i] = replace(row, status=status, status_at=self.now)
                self.status_changes.append((checkin_id, status))
                return True
        return False

    def acknowledge(self, checkin_id: str) -> bool:
        self._check()
        for i, row in enumerate(self.rows):
            if row.id == checkin_id:
                self.rows[i] = replace(row, acknowledged=True)
                return True
        return False

    def call(self, checkin_id: str) -> bool:
        ticket = next((r.ticket for r in self.rows if r.id == checkin_id), None)
        if ticket is None or not self.set_status(checkin_id, Status.CALLED):
            return False
        self.calls.append(CallEvent(len(self.calls) + 1, ticket, self.now))
        return True

    def entered_by_hand(self, checkin_id: str) -> bool:
        self._check()
        for i, row in enumerate(self.rows):
            if row.id == checkin_id and row.handoff in ("refused", "not-sent"):
                self.rows[i] = replace(row, handoff="by-hand", handoff_words="")
                return True
        return False

    def calls_after(self, seq: int, since: datetime) -> list[CallEvent]:
        self._check()
        return [c for c in self.calls if c.seq > seq and c.at >= since]

    def beat(self, heartbeat: Heartbeat) -> None:
        self._check()
        self.beats[heartbeat.letter] = heartbeat

    def heartbeats(self) -> list[Heartbeat]:
        self._check()
        return [self.beats[letter] for letter in sorted(self.beats)]

    def change_count(self) -> int:
        self._check()
        return 0

    def follow_status(self, checkin_id: str, status: Status, at: datetime) -> bool:
        self._check()
        for i, row in enumerate(self.rows):
            if row.id == checkin_id and (row.status_at is None or row.status_at < at):
                self.rows[i] = replace(row, status=status, status_at=at)
                return True
        return False

    def queue(self, day: date) -> list[StoredCheckIn]:
        return self.checkins(day, day)

    def checkins(self, since: date | None = None, until: date | None = None) -> list[StoredCheckIn]:
        self._check()
        low, high = since or date.min, until or date.max
        return [r for r in self.rows if low <= r.created_at.date() <= high]

    def erase_personal_data(self, before: date | None = None) -> int:
        self._check()
        self.erased_before.append(before)
        kept = [r for r in self.rows if before is not None and r.created_at.date() >= before]
        erased = len(self.rows) - len(kept)
        self.rows = kept
        return erased

    def changed_since(self, moment: datetime) -> list[str]:
        self._check()
        return [
            r.id
            for r in self.rows
            if r.created_at >= moment or (r.status_at is not None and r.status_at >= moment)
        ]


def _is_records(records: FakeRecords) -> CheckInRecords:
    return records  # mypy checks here that the fake keeps to the protocol
