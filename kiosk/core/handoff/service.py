"""The hand-off service: each new check-in opened with the machine's keys, made into an
ADT^A04 message and sent until its receiver acknowledges it.

Never lost: a check-in enters the ledger before its first try and leaves the waiting state only
on the receiver's answer. Never twice on purpose: its control id is the same on every try, and
it is marked sent in the same moment its AA is read; a SIGKILL between the two sends it once
more, with that same id. One service sends for a clinic: ``SenderLock``.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO, Protocol

from kiosk.core.checkin.answers import CheckIn
from kiosk.core.handoff.config import Hl7Receiver
from kiosk.core.handoff.hl7_adt import Arrival, Hl7BuildError, adt_a04
from kiosk.core.handoff.machine_key import MachineKeyError
from kiosk.core.handoff.mllp import Ack, NoAnswerError, send_message
from kiosk.core.sealing import NOT_HELD, ClinicKeys, SealError
from kiosk.core.storage.handoff_ledger import Channel, Handoff, HandoffLedger, HandoffState
from kiosk.core.storage.records import RecordsError, StoredCheckIn

log = logging.getLogger(__name__)

BACKOFF_S = (1, 2, 5, 10, 30)
"""Seconds before each try again after no answer; then once a minute, for as long as it takes."""
LONGEST_WAIT_S = 60
POLL_S = 0.1
"""How often the store is asked whether anything changed: a check-in leaves within a second."""
LOCK_RETRY_S = 5.0
ERASED = "its personal data was erased before it could be sent"


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF_S[attempts] if attempts < len(BACKOFF_S) else LONGEST_WAIT_S)


class Sender(Protocol):
    def __call__(self, message: str, control_id: str) -> Ack: ...


class CheckInSource(Protocol):
    def checkins(self, since: date | None = None, until: date | None = None) -> list[StoredCheckIn]:
        """The check-ins whose personal data is still kept, both days included."""

    def change_count(self) -> int: ...


def mllp_sender(receiver: Hl7Receiver) -> Sender:
    def send(message: str, control_id: str) -> Ack:
        return send_message(
            receiver.host, receiver.port, message, control_id, receiver.ack_timeout_seconds
        )

    return send


@dataclass
class PassCounts:
    sent: int = 0
    refused: int = 0
    retrying: int = 0
    not_sent: int = 0


class Hl7Handoff:
    """One pass at a time over the check-ins and the ledger."""

    def __init__(
        self,
        store: CheckInSource,
        ledger: HandoffLedger,
        keys: Callable[[], ClinicKeys],
        receiver: Hl7Receiver,
        send: Sender,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        """``keys`` gives the machine's opened keys, asked again when a check-in is sealed for
        a key it lacks (a rotation since the service started)."""
        self._store = store
        self._ledger = ledger
        self._keys_of = keys
        self._keys = keys()
        self._receiver = receiver
        self._send = send
        self._clock = clock

    def take_new(self) -> dict[str, StoredCheckIn]:
        """Put each check-in made since the hand-off was switched on into the ledger; the
        check-ins still kept, by id."""
        since = self._ledger.since(Channel.HL7)
        rows = {r.id: r for r in self._store.checkins(since=since.date())}
        known = self._ledger.known(Channel.HL7)
        new = [i for i, r in rows.items() if i not in known and r.created_at >= since]
        if new:
            self._ledger.enqueue(Channel.HL7, new)
        return rows

    def run_pass(self, stop: threading.Event | None = None) -> PassCounts:
        counts = PassCounts()
        rows = self.take_new()
        for handoff in self._ledger.due(Channel.HL7):
            if stop is not None and stop.is_set():
                break
            self._hand_on(handoff, rows.get(handoff.checkin_id), counts)
        return counts

    def _hand_on(self, handoff: Handoff, row: StoredCheckIn | None, counts: PassCounts) -> None:
        if row is None:
            self._ledger.finish(handoff, HandoffState.NOT_SENT, ERASED)
            counts.not_sent += 1
            return
        try:
            arrival = Arrival(self._open(row), row.ticket, row.created_at)
            message = adt_a04(arrival, self._receiver, handoff.control_id, handoff.first_at)
        except SealError as exc:
            if str(exc) == NOT_HELD:  # a key this machine was not given (yet): ask again later
                self._ledger.tried(handoff, str(exc), self._clock() + backoff(len(BACKOFF_S)))
                counts.retrying += 1
                log.warning(
                    "Check-in %s is sealed for a key this machine does not hold", row.ticket
                )
                return
            self._ledger.finish(handoff, HandoffState.NOT_SENT, str(exc))
            counts.not_sent += 1
            log.error("Check-in %s cannot be opened: %s", row.ticket, exc)
            return
        except Hl7BuildError as exc:
            self._ledger.finish(handoff, HandoffState.NOT_SENT, str(exc))
            counts.not_sent += 1
            log.error("Check-in %s cannot be sent: %s", row.ticket, exc)
            return
        try:
            ack = self._send(message, handoff.control_id)
        except NoAnswerError as exc:
            self._ledger.tried(handoff, str(exc), self._clock() + backoff(handoff.attempts))
            counts.retrying += 1
            log.warning("Check-in %s was not acknowledged (%s); it is tried again", row.ticket, exc)
            return
        if ack.code.delivered:
            self._ledger.finish(handoff, HandoffState.SENT, ack.words)
            counts.sent += 1
            log.info("Check-in %s handed on (%s)", row.ticket, handoff.control_id)
        else:
            words = f"{ack.code.value}: {ack.words}" if ack.words else ack.code.value
            self._ledger.finish(handoff, HandoffState.REFUSED, words)
            counts.refused += 1
            log.error("The receiver refused check-in %s (%s)", row.ticket, ack.code.value)

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
def sending_alone(lock: SenderLock, stop: threading.Event) -> Iterator[bool]:
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
    handoff: Hl7Handoff,
    store: CheckInSource,
    ledger: HandoffLedger,
    stop: threading.Event,
    on_error: Callable[[Exception], None],
) -> None:
    """Pass after pass until ``stop``: at once when the store changed, else when a retry is
    due. A store that cannot be read is said (``on_error``) and asked again shortly."""
    seen = -1
    due: datetime | None = None
    while not stop.is_set():
        try:
            count = store.change_count()
            if count != seen or (due is not None and due <= datetime.now()):
                handoff.run_pass(stop)
                seen = count
                due = ledger.next_due(Channel.HL7)
        except (RecordsError, MachineKeyError) as exc:
            on_error(exc)
            stop.wait(LOCK_RETRY_S)
            continue
        stop.wait(POLL_S)
