"""The hand-off service: each new check-in opened with the machine's keys, made into a message
for each way it is handed on (ADT^A04 over MLLP, a FHIR Bundle; ``ways``) and sent until its
receiver takes it.

Never lost: a check-in enters the ledger before its first try and leaves the waiting state only
on the receiver's answer. Never twice on purpose: its message is the same on every try (the HL7
control id, the Bundle's identifiers), and it is marked sent as soon as the answer is read; a
SIGKILL between the two sends it once more, the same. One service sends: ``SenderLock``.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO, Protocol

from kiosk.core.checkin.answers import CheckIn
from kiosk.core.handoff.config import HandoffConfig
from kiosk.core.handoff.hl7_adt import Arrival
from kiosk.core.handoff.machine_key import MachineKeyError
from kiosk.core.handoff.ways import BuildError, FhirWay, Hl7Way, NoAnswerError, Way
from kiosk.core.sealing import NOT_HELD, ClinicKeys, SealError
from kiosk.core.storage.handoff_ledger import Channel, Handoff, HandoffRecords, HandoffState
from kiosk.core.storage.records import RecordsError, StoredCheckIn

log = logging.getLogger(__name__)

BACKOFF_S = (1, 2, 5, 10, 30)
"""Seconds before each try again after no answer; then once a minute, for as long as it takes."""
LONGEST_WAIT_S = 60
POLL_S = 0.1
"""How often the store is asked whether anything changed: a check-in leaves within a second."""
LOCK_RETRY_S = 5.0
ERROR_WAITS_S = (5.0, 10.0, 30.0, 60.0)
"""After a store or key error, the wait before the next pass, longer each time in a row."""
ALONE_CHECK_S = 2.0
"""How often a service asks whether it is still the only sender (its server connection lives)."""
ERASED = "its personal data was erased before it could be sent"


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF_S[attempts] if attempts < len(BACKOFF_S) else LONGEST_WAIT_S)


class CheckInSource(Protocol):
    def checkins(self, since: date | None = None, until: date | None = None) -> list[StoredCheckIn]:
        """The check-ins whose personal data is still kept, both days included."""

    def change_count(self) -> int: ...


@dataclass(frozen=True)
class TryLater:
    at: datetime
    holds_the_rest: bool
    """The receiver did not answer: the check-ins after this one wait for it."""


@dataclass
class PassCounts:
    sent: int = 0
    refused: int = 0
    retrying: int = 0
    not_sent: int = 0


class CheckInSender:
    """One pass at a time over the check-ins and the ledger, for each way they are handed on."""

    def __init__(
        self,
        store: CheckInSource,
        ledger: HandoffRecords,
        keys: Callable[[], ClinicKeys],
        ways: Sequence[Way],
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        """``keys`` gives the machine's opened keys, asked again when a check-in is sealed for
        a key it lacks (a rotation since the service started)."""
        self._store = store
        self._ledger = ledger
        self._keys_of = keys
        self._keys = keys()
        self.ways = tuple(ways)
        self._clock = clock
        self._next_due: datetime | None = None

    def switch_on(self) -> None:
        """Note when each way was switched on, if it is the first time, before the service says
        it is sending: a check-in made after that line is handed on even if the service is
        stopped before its first pass."""
        for way in self.ways:
            self._ledger.since(way.channel)

    def take_new(self, channel: Channel) -> dict[str, StoredCheckIn]:
        """Put each check-in made since ``channel`` was switched on into the ledger; the
        check-ins still kept, by id."""
        since = self._ledger.since(channel)
        rows = {r.id: r for r in self._store.checkins(since=since.date())}
        known = self._ledger.known(channel)
        new = [i for i, r in rows.items() if i not in known and r.created_at >= since]
        if new:
            self._ledger.enqueue(channel, new)
        return rows

    def run_pass(self, stop: threading.Event | None = None) -> PassCounts:
        """Each way's waiting check-ins, in the order they came. When the receiver does not
        answer one, the ones after it wait their turn behind it; one sealed for a key this
        machine does not hold yet steps aside."""
        counts = PassCounts()
        next_times: list[datetime] = []
        for way in self.ways:
            rows = self.take_new(way.channel)
            for handoff in self._ledger.waiting(way.channel):
                if stop is not None and stop.is_set():
                    return counts
                # never tried yet: due (a server's clock a little ahead holds nothing back)
                if handoff.attempts and handoff.next_at > self._clock():
                    next_times.append(handoff.next_at)
                    if handoff.words == NOT_HELD:
                        continue
                    break
                later = self._hand_on(way, handoff, rows.get(handoff.checkin_id), counts)
                if later is not None:
                    next_times.append(later.at)
                    if later.holds_the_rest:
                        break
        self._next_due = min(next_times, default=None)
        return counts

    def next_due(self) -> datetime | None:
        """When the last pass's first check-in left waiting is tried again."""
        return self._next_due

    def _hand_on(
        self, way: Way, handoff: Handoff, row: StoredCheckIn | None, counts: PassCounts
    ) -> TryLater | None:
        """One try; when it is to be tried again, when and whether the rest wait for it."""
        if row is None:
            self._ledger.finish(handoff, HandoffState.NOT_SENT, ERASED)
            counts.not_sent += 1
            log.warning(
                "A check-in (%s) was not handed on by %s: %s",
                handoff.control_id,
                way.channel.name,
                ERASED,
            )
            return None
        try:
            message = way.message(Arrival(self._open(row), row.ticket, row.created_at), handoff)
        except SealError as exc:
            if str(exc) == NOT_HELD:  # a key this machine was not given (yet): ask again later
                later = TryLater(self._clock() + backoff(len(BACKOFF_S)), holds_the_rest=False)
                self._ledger.tried(handoff, str(exc), later.at)
                counts.retrying += 1
                if handoff.words != NOT_HELD:
                    log.warning(
                        "Check-in %s is sealed for a key this machine does not hold", row.ticket
                    )
                return later
            self._ledger.finish(handoff, HandoffState.NOT_SENT, str(exc))
            counts.not_sent += 1
            log.error("Check-in %s cannot be opened: %s", row.ticket, exc)
            return None
        except BuildError as exc:
            self._ledger.finish(handoff, HandoffState.NOT_SENT, str(exc))
            counts.not_sent += 1
            log.error("Check-in %s cannot be sent as %s: %s", row.ticket, way.channel.name, exc)
            return None
        try:
            delivery = way.send(message, handoff)
        except NoAnswerError as exc:
            later = TryLater(self._clock() + backoff(handoff.attempts), holds_the_rest=True)
            self._ledger.tried(handoff, str(exc), later.at)
            counts.retrying += 1
            self._say_no_answer(way, row, handoff, str(exc))
            return later
        if delivery.delivered:
            self._ledger.finish(handoff, HandoffState.SENT, "")
            counts.sent += 1
            if handoff.attempts and handoff.words:  # its last try had no answer
                log.warning(
                    "The %s receiver answers again: check-in %s was taken after %d tries",
                    way.channel.name,
                    row.ticket,
                    handoff.attempts + 1,
                )
            log.info(
                "Check-in %s handed on by %s (%s)", row.ticket, way.channel.name, handoff.control_id
            )
        else:
            self._ledger.finish(handoff, HandoffState.REFUSED, delivery.words)
            counts.refused += 1
            log.error("The %s receiver refused check-in %s", way.channel.name, row.ticket)
        return None

    @staticmethod
    def _say_no_answer(way: Way, row: StoredCheckIn, handoff: Handoff, words: str) -> None:
        """A warning on the first try without an answer and when what happened changes; the
        tries in between, once a minute for as long as the receiver is away, are info."""
        level = logging.WARNING if words != handoff.words else logging.INFO
        log.log(
            level,
            "Check-in %s was not taken by %s (%s); it is tried again, and the ones after it"
            " wait their turn",
            row.ticket,
            way.channel.name,
            words,
        )

    def _open(self, row: StoredCheckIn) -> CheckIn:
        if row.visit is not None:
            return row.visit
        if row.sealed is None:
            raise SealError("this check-in holds no answers")
        try:
            return self._keys.open_visit(row.sealed.box, row.sealed.key_id, row.checkin_id)
        except SealError as exc:
            if str(exc) != NOT_HELD:
                raise
        self._keys = self._keys_of()  # given a new key since (a rotation)?
        return self._keys.open_visit(row.sealed.box, row.sealed.key_id, row.checkin_id)


def receivers(ways: Sequence[Way]) -> str:
    """The receivers, as the log names them: "pm.lan:2575 (HL7 v2.5.1 over MLLP) and ..."."""
    return " and ".join(way.receiver_name() for way in ways)


def ways_of(config: HandoffConfig) -> list[Way]:
    """The ways ``config`` hands check-ins on: HL7, FHIR, or both."""
    ways: list[Way] = []
    if config.hl7 is not None:
        ways.append(Hl7Way(config.hl7))
    if config.fhir is not None:
        ways.append(FhirWay(config.fhir))
    return ways


class OneSender(Protocol):
    """The lock that makes a service the only sender: ``SenderLock`` for a data folder's own
    check-ins, ``ClinicSenderLock`` for the clinic's server."""

    def try_take(self) -> bool: ...

    def still_held(self) -> bool: ...

    def release(self) -> None: ...


class SenderLock:
    """The one sender of a data folder: an exclusive lock on ``handoff.lock`` beside its
    check-ins, held for as long as the service runs and let go by the system when it ends,
    however it ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    def try_take(self) -> bool:
        handle = open(self.path, "ab")  # noqa: SIM115 (held open for the lock's life)
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def still_held(self) -> bool:
        return self._file is not None  # the system holds it while the file is open

    def release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _lock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


@contextlib.contextmanager
def sending_alone(lock: OneSender, stop: threading.Event) -> Iterator[bool]:
    """Wait (saying so once) until this is the only sender; False when stopped first."""
    said = False
    while not lock.try_take():
        if not said:
            log.warning(
                "Another hand-off service is already sending for these check-ins; this one"
                " waits and takes over if it stops"
            )
            said = True
        if stop.wait(LOCK_RETRY_S):
            yield False
            return
    try:
        yield True
    finally:
        lock.release()


def serve(
    sender: CheckInSender,
    store: CheckInSource,
    stop: threading.Event,
    on_error: Callable[[Exception], None],
    still_alone: Callable[[], bool] = lambda: True,
    new_settings: Callable[[], HandoffConfig | None] = lambda: None,
) -> None:
    """Pass after pass until ``stop``: at once when the store changed, else when a retry is
    due. A store that cannot be read, or keys that cannot be opened, are said (``on_error``)
    and asked again shortly; anything else ends the service, which systemd starts again.
    Settings changed since (``new_settings``) take effect at the next pass."""
    seen = -1
    due: datetime | None = None
    checked = time.monotonic()
    failures = 0
    while not stop.is_set():
        if time.monotonic() - checked >= ALONE_CHECK_S:
            checked = time.monotonic()
            if not still_alone():
                log.warning("This hand-off service is no longer the only sender; it waits")
                return
            config = new_settings()
            if config is not None:
                sender.ways = tuple(ways_of(config))
                log.info("The settings changed: handing check-ins on to %s", receivers(sender.ways))
                due = datetime.now()
        try:
            count = store.change_count()
            if count != seen or (due is not None and due <= datetime.now()):
                sender.run_pass(stop)
                seen = count
                due = sender.next_due()
        except (RecordsError, MachineKeyError) as exc:
            on_error(exc)
            # longer each time it happens again: a ledger that cannot note an AA (a full
            # disk) has the receiver given the same message again at each pass
            stop.wait(ERROR_WAITS_S[min(failures, len(ERROR_WAITS_S) - 1)])
            failures += 1
            continue
        failures = 0
        stop.wait(POLL_S)
