"""The outbox worker: sends each check-in a kiosk has committed locally to the clinic's server.

The check-in is already safe in ``checkins.sqlite`` (and the patient has their ticket) before
this thread sees it. Oldest first, each one goes by ``add_checkin``, an idempotent insert by the
check-in's id; its outbox row is deleted only after the server's commit, so a kiosk killed in
between sends it again and the server keeps it once. While the server cannot be reached the
worker waits, 0.5 s and twice as long after each failure, at most 4 s, and a new check-in
wakes it at once. It never touches the GUI thread: whoever shows its state reads ``state()``
or is called back with it (from this thread).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import psycopg

from kiosk.core.storage.clinic_audit import ship_audit
from kiosk.core.storage.clinic_link import ClinicLink
from kiosk.core.storage.sqlite import connect
from kiosk.core.words import Words, say

log = logging.getLogger(__name__)

FIRST_WAIT_S = 0.5
LONGEST_WAIT_S = 4.0
"""Short, so a server back from an outage hears from every kiosk within seconds; a try costs
one connection attempt."""
BATCH = 50
ERASE_EVERY_S = 600
NOT_YET = say("not in touch with the server yet")

ADD_CHECKIN = "SELECT add_checkin(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
ADD_SEALED_CHECKIN = "SELECT add_sealed_checkin(%s, %s, %s, %s, %s, %s, %s)"
MARK_CHECKIN = "SELECT mark_checkin(%s, %s, %s)"
KIOSK_BEAT = "SELECT kiosk_beat(%s, %s, %s, %s, %s, %s)"
WAITING_MARKS = """SELECT s.checkin_id, s.status, s.status_at FROM status_outbox s
    WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.checkin_id = s.checkin_id)
    ORDER BY s.status_at LIMIT ?"""
WAITING_ROWS = """SELECT c.id, c.day, c.number, c.created_at, c.first_name, c.last_name,
        c.birth_date, c.reasons, c.urgent, c.mobile, c.returning_patient, c.mobility_help,
        c.erased, c.sealed, c.key_id, c.appointment
    FROM outbox o JOIN checkins c ON c.id = o.checkin_id
    WHERE o.refused_at IS NULL OR o.refused_at < ?
    ORDER BY o.refused_at IS NOT NULL, c.day, c.number LIMIT ?"""
REFUSED_AGAIN_S = 600
"""A check-in the server refused is tried again after this long (or at the next start)."""
ROW_REFUSALS = (psycopg.IntegrityError, psycopg.DataError, psycopg.errors.RaiseException)
"""What the server says of one check-in, not of every one: the others are sent meanwhile."""


@dataclass(frozen=True)
class PushState:
    waiting: int
    """Check-ins committed here that the server does not have yet."""
    last_sent_at: str | None
    problem: Words | None
    """Why nothing is being sent, in words for staff and IT; ``None`` while all is well."""


class ClinicPusher:
    def __init__(
        self,
        store: Path,
        link: ClinicLink,
        *,
        on_change: Callable[[PushState], None] | None = None,
        clock: Callable[[], datetime] = datetime.now,
        staff_store: Path | None = None,
        retention_days: Callable[[], int] | None = None,
        first_wait_s: float = FIRST_WAIT_S,
        longest_wait_s: float = LONGEST_WAIT_S,
    ) -> None:
        self._store = store
        self._link = link
        self._on_change = on_change
        self._clock = clock
        self._staff_store = staff_store
        """The kiosk's audit log, shipped to the server after the check-ins (clinic_audit)."""
        self._audit_shipped: int | None = None
        self._beat_sent: tuple[object, ...] | None = None
        self._retention_days = retention_days
        """The clinic's retention period: the server's copies past it are erased here too."""
        self._erased_at: float | None = None
        self._first_round = True
        self._away = False
        self._outbox_seen = False
        self._first_wait_s = first_wait_s
        self._longest_wait_s = longest_wait_s
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._state = PushState(0, None, NOT_YET)

    # --- from any thread ------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._stopping.clear()
            self._first_round = True
            self._thread = threading.Thread(target=self._run, name="clinic-push", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """A check-in was just committed: send it now rather than after the wait."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def state(self) -> PushState:
        with self._lock:
            return self._state

    # --- the worker thread ----------------------------------------------------------------------

    def _run(self) -> None:
        wait = self._first_wait_s
        server: psycopg.Connection[tuple[object, ...]] | None = None
        local = connect(self._store)
        try:
            while not self._stopping.is_set():
                try:
                    if server is None or server.closed:
                        server = psycopg.connect(self._link.conninfo(), autocommit=True)
                        self._audit_shipped = None  # asked of the server again
                        self._beat_sent = None
                    self._send_waiting(local, server)
                    self._send_marks(local, server)
                    self._send_beat(local, server)
                    self._erase_expired(server)
                    if self._staff_store is not None:
                        self._audit_shipped = ship_audit(
                            self._staff_store, server, self._link.letter, self._audit_shipped
                        )
                    if self._away:
                        self._away = False
                        log.info("In touch with the clinic's server again; sending check-ins")
                    self._tell(local, problem=None)
                    wait = self._first_wait_s
                    self._wake.wait(self._longest_wait_s)
                except (psycopg.Error, OSError) as exc:
                    self._away = True
                    problem = said_of(exc)
                    if problem != self.state().problem:
                        log.warning("The clinic's server: %s; check-ins wait here", problem)
                        log.info("The error was %s", type(exc).__name__)
                    self._tell(local, problem=problem)
                    if server is not None:
                        server.close()
                        server = None
                    self._wake.wait(wait)
                    wait = min(wait * 2, self._longest_wait_s)
                except sqlite3.Error as exc:
                    log.error("The outbox could not be read: %s", type(exc).__name__)
                    self._tell(None, problem=say("this kiosk's own store cannot be read"))
                    self._wake.wait(wait)
                    wait = min(wait * 2, self._longest_wait_s)
                except Exception:  # a fault of this program: said, and tried again, never fatal
                    log.exception("The outbox worker met a fault; it tries again")
                    self._tell(None, problem=say("this kiosk met a fault (its log says which)"))
                    if server is not None:
                        server.close()
                        server = None
                    self._wake.wait(wait)
                    wait = min(wait * 2, self._longest_wait_s)
                self._wake.clear()
        finally:
            local.close()
            if server is not None:
                server.close()

    def _send_waiting(
        self, local: sqlite3.Connection, server: psycopg.Connection[tuple[object, ...]]
    ) -> None:
        now = self._clock()
        # At each start every refused check-in is tried again; later, ten minutes after.
        since = "9999" if self._first_round else (now - timedelta(seconds=REFUSED_AGAIN_S))
        again = since if isinstance(since, str) else since.isoformat(timespec="seconds")
        self._first_round = False
        tried: set[str] = set()
        while not self._stopping.is_set() and self._has_outbox(local):
            rows = [
                row
                for row in local.execute(WAITING_ROWS, (again, BATCH)).fetchall()
                if str(row[0]) not in tried
            ]
            if not rows:
                return
            for row in rows:
                checkin_id, erased = str(row[0]), bool(row[12])
                tried.add(checkin_id)
                if not erased:  # past its retention before it could be sent: it stays erased
                    try:
                        if row[13] is not None:
                            server.execute(ADD_SEALED_CHECKIN, self._sealed_arguments(row))
                        else:
                            server.execute(ADD_CHECKIN, self._arguments(row))
                    except ROW_REFUSALS as exc:
                        self._refused(local, checkin_id, f"{self._link.letter}-{row[2]}", exc)
                        continue
                with local:
                    local.execute("DELETE FROM outbox WHERE checkin_id = ?", (checkin_id,))
                    local.execute(
                        "UPDATE outbox_state SET last_sent_at = ?",
                        (self._clock().isoformat(timespec="seconds"),),
                    )
                self._tell(local, problem=None)

    def _refused(
        self, local: sqlite3.Connection, checkin_id: str, ticket: str, exc: psycopg.Error
    ) -> None:
        """Keep the check-in, say why in the log (never its answers), and go on to the next."""
        reason = str(said_of(exc))
        log.error(
            "The clinic's server refused check-in %s (%s; %s: %s); it is kept here and tried again",
            ticket,
            checkin_id,
            type(exc).__name__,
            reason,
        )
        with local:
            local.execute(
                "UPDATE outbox SET refused_at = ?, refused = ? WHERE checkin_id = ?",
                (self._clock().isoformat(timespec="seconds"), reason, checkin_id),
            )

    def _send_marks(
        self, local: sqlite3.Connection, server: psycopg.Connection[tuple[object, ...]]
    ) -> None:
        """Statuses marked on this kiosk, each after its check-in has reached the server; a
        mark made again meanwhile stays queued until it is sent too."""
        if not self._has_outbox(local):
            return
        while not self._stopping.is_set():
            marks = local.execute(WAITING_MARKS, (BATCH,)).fetchall()
            if not marks:
                return
            for checkin_id, status, at in marks:
                made = datetime.fromisoformat(str(at)).astimezone()
                try:
                    server.execute(MARK_CHECKIN, (checkin_id, status, made))
                except ROW_REFUSALS as exc:
                    log.error("The clinic's server refused a mark (%s)", type(exc).__name__)
                with local:
                    local.execute(
                        "DELETE FROM status_outbox WHERE checkin_id = ? AND status_at = ?",
                        (checkin_id, at),
                    )

    def _send_beat(
        self, local: sqlite3.Connection, server: psycopg.Connection[tuple[object, ...]]
    ) -> None:
        """This kiosk's newest heartbeat (heartbeat.py keeps it in the store), when it is new."""
        found = local.execute("SELECT name FROM sqlite_master WHERE name = 'heartbeat'").fetchone()
        row = (
            found
            and local.execute(
                "SELECT at, version, showing, outbox, problems FROM heartbeat WHERE letter = ?",
                (self._link.letter,),
            ).fetchone()
        )
        if not row or tuple(row) == self._beat_sent:
            return
        _, version, showing, outbox, problems = row
        said = json.loads(str(problems))
        server.execute(
            KIOSK_BEAT,
            (
                self._link.letter,
                self._link.token,
                str(version),
                str(showing),
                int(outbox),
                [str(p) for p in said] if isinstance(said, list) else [],
            ),
        )
        self._beat_sent = tuple(row)

    def _erase_expired(self, server: psycopg.Connection[tuple[object, ...]]) -> None:
        """Every ten minutes, blank what the server holds past the clinic's retention period."""
        if self._retention_days is None:
            return
        now = time.monotonic()
        if self._erased_at is not None and now - self._erased_at < ERASE_EVERY_S:
            return
        keep_from = self._clock().date() - timedelta(days=self._retention_days())
        row = server.execute("SELECT erase_expired(%s)", (keep_from,)).fetchone()
        self._erased_at = now
        if row and row[0]:
            log.info("The server erased the personal data of %s expired check-ins", row[0])

    def _sealed_arguments(self, row: tuple[object, ...]) -> tuple[object, ...]:
        checkin_id, day, number, created_at = row[:4]
        made = datetime.fromisoformat(str(created_at)).astimezone()
        ticket = f"{self._link.letter}-{number}"
        return (
            checkin_id,
            self._link.letter,
            ticket,
            date.fromisoformat(str(day)),
            made,
            row[14],
            row[13],
        )

    def _arguments(self, row: tuple[object, ...]) -> tuple[object, ...]:
        checkin_id, day, number, created_at, first, last, born, reasons = row[:8]
        urgent, mobile, returning, mobility = row[8:12]
        made = datetime.fromisoformat(str(created_at)).astimezone()
        return (
            checkin_id,
            self._link.letter,
            f"{self._link.letter}-{number}",
            date.fromisoformat(str(day)),
            made,
            first,
            last,
            date.fromisoformat(str(born)),
            [r for r in str(reasons).split(",") if r],
            bool(urgent),
            mobile,
            bool(returning),
            bool(mobility),
            bool(row[15]),
        )

    def _has_outbox(self, local: sqlite3.Connection) -> bool:
        """The kiosk's store has been opened (so brought to its newest schema) at least once;
        looked up until it is so, then known."""
        if not self._outbox_seen:
            found = local.execute("SELECT 1 FROM sqlite_master WHERE name = 'status_outbox'")
            self._outbox_seen = found.fetchone() is not None
        return self._outbox_seen

    def _tell(self, local: sqlite3.Connection | None, *, problem: Words | None) -> None:
        """Note the state now (the outbox read on ``local``, when it can be) and say so."""
        waiting, last = self._state.waiting, self._state.last_sent_at
        if local is not None and self._has_outbox(local):
            waiting = int(local.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])
            found = local.execute("SELECT last_sent_at FROM outbox_state").fetchone()[0]
            last = None if found is None else str(found)
            if problem is None:
                problem = refused_words(local, self._link.letter)
        state = PushState(waiting, last, problem)
        with self._lock:
            changed = state != self._state
            self._state = state
        if changed and self._on_change is not None:
            self._on_change(state)


REFUSED_ROWS = """SELECT COUNT(*), MIN(c.number), MAX(o.refused)
    FROM outbox o JOIN checkins c ON c.id = o.checkin_id WHERE o.refused_at IS NOT NULL"""


def refused_words(local: sqlite3.Connection, letter: str) -> Words | None:
    """What staff are told of the check-ins the server refused, naming the first by its ticket."""
    count, number, reason = local.execute(REFUSED_ROWS).fetchone()
    if not count:
        return None
    ticket = f"{letter}-{number}"
    if count == 1:
        return say(
            "the server refused check-in %1 (%2); it is kept here and tried again",
            ticket,
            str(reason),
        )
    return say(
        "the server refused %1 check-ins, the first %2 (%3); they are kept here and tried again",
        int(count),
        ticket,
        str(reason),
    )


def said_of(exc: BaseException) -> Words:
    """What went wrong, in words; never the server's whole message (it may hold an address)."""
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return say("the server refused this kiosk's role (run kiosk clinic init again)")
    if isinstance(exc, psycopg.errors.ForeignKeyViolation):
        return say("the server does not know this kiosk's letter (run kiosk clinic join again)")
    if isinstance(exc, psycopg.errors.UndefinedFunction):
        return say("the server's schema is not set up (run kiosk clinic init)")
    if isinstance(exc, psycopg.errors.StringDataRightTruncation):
        return say("it is larger than the server takes")
    if isinstance(exc, psycopg.DataError | psycopg.IntegrityError):
        return say("the server could not take one of its values")
    text = str(exc).lower()
    if "password authentication failed" in text:
        return say("the server refused this kiosk's password")
    if "does not support ssl" in text:
        return say("the server does not offer TLS, which this kiosk requires")
    if "ssl" in text or "certificate" in text:
        return say("the server's TLS certificate could not be verified")
    if isinstance(exc, psycopg.OperationalError):
        return say("the server cannot be reached")
    if isinstance(exc, OSError):
        return say("this kiosk's password file cannot be read")
    return say("the server refused what this kiosk sent or asked")
