"""The storage seam: what every user of check-in records names, whatever keeps them.

``CheckInRecords`` is the protocol the kiosk's SQLite file implements today and the clinic's
PostgreSQL store implements next; view models, the CLI and the retention service are written
against it, never against a concrete store. Its failures are told apart by ``Failure``, a kind
that says what went wrong for people (the disk is full, it is read-only) and never speaks the
language of one database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from kiosk.core.checkin.answers import CheckIn, Ticket

if TYPE_CHECKING:
    from kiosk.core.sealing import ClinicKeys, ClinicPublicKey, KnownKeys


class Failure(StrEnum):
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    CORRUPT = "corrupt"
    UNAVAILABLE = "unavailable"


class RecordsError(Exception):
    """A save or read of kept records that failed, by its kind; ``str()`` holds no personal
    data. Each store names itself in ``what``."""

    what = "records"

    def __init__(self, failure: Failure, detail: str) -> None:
        super().__init__(f"{self.what} {failure.value}: {detail}")
        self.failure = failure


class StoreError(RecordsError):
    what = "check-in store"


class Status(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SEEN = "seen"
    NO_SHOW = "no-show"


@dataclass(frozen=True)
class SealedAnswers:
    """A patient's answers as kept: a sealed box for the clinic key ``key_id`` (sealing.py)."""

    key_id: str
    box: bytes

    def __repr__(self) -> str:
        return f"SealedAnswers(key_id={self.key_id!r}, {len(self.box)} bytes)"


@dataclass(frozen=True)
class StoredCheckIn:
    ticket: str
    created_at: datetime
    visit: CheckIn | None
    """The patient's answers; None while they are sealed and not opened, or cannot be."""
    status: Status
    status_at: datetime | None = None
    sealed: SealedAnswers | None = None
    checkin_id: str = ""
    unopened: str = ""
    """Why a sealed check-in could not be opened (altered, or for a key not held); no names."""
    acknowledged: bool = False
    """The front desk has seen it (an urgent check-in's chime stops repeating)."""
    called_at: datetime | None = None
    """When the patient was first called (a call taken back forgets it)."""
    handoff: str = ""
    """What became of its hand-off to the practice's software (``HandoffState``'s value); empty
    where nothing hands check-ins on."""
    handoff_words: str = ""
    """The receiver's words, or why it waits (may quote the patient: shown only with the name)."""

    @property
    def id(self) -> str:
        return self.visit.id if self.visit is not None else self.checkin_id

    def minutes_waiting(self, now: datetime) -> int:
        """Minutes from arrival until the patient was called (or seen or missed, when nobody
        called them first; until now while they wait)."""
        waited_until = self.called_at or self.status_at or now
        end = now if self.status is Status.WAITING else waited_until
        return max(0, int((end - self.created_at).total_seconds() // 60))


@dataclass(frozen=True)
class CallEvent:
    """A patient asked to the front desk, by ticket alone (or, ``undone``, that call taken
    back); ``seq`` orders the events of one store."""

    seq: int
    ticket: str
    at: datetime
    undone: bool = False


class Showing(StrEnum):
    SLIDES = "slides"
    CHECK_IN = "check-in"
    STAFF = "staff"
    ASLEEP = "asleep"


@dataclass(frozen=True)
class Heartbeat:
    """What a kiosk says of itself every little while, for the front desk: no patient data."""

    letter: str
    at: datetime
    version: str
    showing: Showing
    outbox: int
    """Check-ins and marks waiting to be sent to the clinic's server."""
    problems: tuple[str, ...] = ()
    """The start-up self-check's problems, as the kiosk said them."""


class CheckInRecords(Protocol):
    """Check-ins kept for the front desk. Every method raises ``StoreError`` on failure."""

    def open(self) -> None:
        """Make the records ready; a store that cannot be opened leaves nothing half-open."""

    def close(self) -> None: ...

    def save(self, visit: CheckIn) -> Ticket:
        """Keep ``visit`` once; saving the same id again returns the ticket it already has."""

    def set_status(self, checkin_id: str, status: Status) -> bool:
        """Mark a check-in called, seen, a no-show or waiting again; False when it is gone."""

    def acknowledge(self, checkin_id: str) -> bool:
        """The front desk has seen this (urgent) check-in; False when it is gone."""

    def call(self, checkin_id: str) -> bool:
        """Mark a check-in called and ask the waiting room for its patient; False when it is
        gone. Calling again asks again."""

    def entered_by_hand(self, checkin_id: str) -> bool:
        """Staff entered a check-in the hand-off could not deliver (refused or not sent) into
        the practice's software themselves; False when none of its hand-offs was undelivered."""

    def calls_after(self, seq: int, since: datetime) -> list[CallEvent]:
        """The calls (and undone calls) after ``seq`` and from ``since`` on, oldest first."""

    def beat(self, heartbeat: Heartbeat) -> None:
        """Keep ``heartbeat`` as its kiosk's newest."""

    def heartbeats(self) -> list[Heartbeat]:
        """Each kiosk's newest heartbeat, by letter."""

    def change_count(self) -> int:
        """A number that changes when another program changes the records: cheap to ask
        often, so a window elsewhere can follow them."""

    def follow_status(self, checkin_id: str, status: Status, at: datetime) -> bool:
        """Take a mark made elsewhere in the clinic at ``at``, unless the one kept here is as
        new; True when it changed the check-in."""

    def queue(self, day: date) -> list[StoredCheckIn]:
        """The front desk's list for ``day``, in ticket order."""

    def checkins(self, since: date | None = None, until: date | None = None) -> list[StoredCheckIn]:
        """The check-ins whose personal data is still kept, both days included."""

    def erase_personal_data(self, before: date | None = None) -> int:
        """Erase the personal data of every check-in from before ``before`` (all when None),
        from every copy the store keeps; returns how many were erased."""

    def changed_since(self, moment: datetime) -> list[str]:
        """The ids of the check-ins made or marked at ``moment`` or later, oldest first."""


class SealingRecords(CheckInRecords, Protocol):
    """Records that seal each check-in with the clinic's public key once they are given one."""

    def seal_key(self) -> ClinicPublicKey | None:
        """The key new check-ins are sealed with; None before the clinic has one."""

    def adopt_key(self, key: ClinicPublicKey) -> int:
        """Seal new check-ins with ``key`` from now on, and seal every answer still kept in
        clear with it, leaving no clear copy; returns how many were sealed."""

    def follow_clinic_key(self, held: KnownKeys | None) -> int:
        """Seal with the clinic's newest key when this store seals with none its key holders
        know (a sign-in just made the clinic's first key, or its holders were given one):
        the key its own source of the clinic's keys names, else the newest of ``held`` (what
        the signed-in member's accounts hold). What is kept in clear is sealed with it too;
        returns how many were sealed."""

    def reseal(self, keys: ClinicKeys, key: ClinicPublicKey) -> tuple[int, int]:
        """Open every sealed check-in with ``keys``, seal it again with ``key`` and seal new ones
        with it (a rotation), in one transaction; returns how many were sealed again, and how
        many could not be opened (altered) and were left as they were."""

    def sealed_with(self) -> set[str]:
        """The ids of the keys the kept check-ins are sealed with."""
