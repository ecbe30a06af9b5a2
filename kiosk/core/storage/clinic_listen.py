"""Listens to the clinic's server for what changed, on a thread of its own.

The server says ``NOTIFY <channel>, '<id>'`` at each commit (``clinic_schema``). A notification
sent while a listener is not connected is never replayed, so after every (re)connection the
listener first says "read everything again" (``None``), then passes on the ids as they come,
those that arrived together in one call. Whoever follows it reads from the server on the
connection it is handed; nothing here blocks the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import datetime

import psycopg
from psycopg import sql

from kiosk.core.storage.clinic_link import ClinicLink
from kiosk.core.storage.clinic_push import said_of
from kiosk.core.storage.clinic_schema import CHANNEL
from kiosk.core.words import Words

log = logging.getLogger(__name__)

FIRST_WAIT_S = 0.5
LONGEST_WAIT_S = 4.0
POLL_S = 0.5
"""How often the thread looks up from waiting for notifications (to stop, or to be idle)."""
TOGETHER_S = 0.02
"""Notifications that follow the first within this time are passed on with it."""

Connection = psycopg.Connection[tuple[object, ...]]
Heard = Callable[[Connection, list[str] | None], None]
"""Called with the listening connection and the ids heard, or ``None`` when everything should
be read again."""
Idle = Callable[[Connection], None]


def local_time(value: object) -> datetime:
    """A time from the server as the view models hold times: local, without a zone."""
    if not isinstance(value, datetime):
        raise TypeError(f"the server gave {type(value).__name__} for a time")
    return value.astimezone().replace(tzinfo=None)


class ClinicListener:
    def __init__(
        self,
        conninfo: Callable[[], str],
        heard: Heard,
        *,
        channels: Sequence[str] = (CHANNEL,),
        idle: Idle | None = None,
        on_problem: Callable[[Words | None], None] | None = None,
        first_wait_s: float = FIRST_WAIT_S,
        longest_wait_s: float = LONGEST_WAIT_S,
        name: str = "clinic-listen",
    ) -> None:
        self._conninfo = conninfo
        self._heard = heard
        self._channels = tuple(channels)
        self._idle = idle
        self._on_problem = on_problem
        self._first_wait_s = first_wait_s
        self._longest_wait_s = longest_wait_s
        self._name = name
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._said: Words | None = None

    @classmethod
    def for_link(cls, link: ClinicLink, heard: Heard) -> ClinicListener:
        return cls(link.conninfo, heard)

    def start(self) -> None:
        if self._thread is None:
            self._stopping.clear()
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def _run(self) -> None:
        wait = self._first_wait_s
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._conninfo(), autocommit=True) as db:
                    for channel in self._channels:
                        db.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
                    self._heard(db, None)  # what was said while nobody listened is not said again
                    wait = self._first_wait_s
                    self._problem(None)
                    while not self._stopping.is_set():
                        ids = [n.payload for n in db.notifies(timeout=POLL_S, stop_after=1)]
                        if ids:
                            ids += [n.payload for n in db.notifies(timeout=TOGETHER_S)]
                            self._heard(db, ids)
                        if self._idle is not None:
                            self._idle(db)
            except (psycopg.Error, OSError) as exc:
                self._problem(said_of(exc))
                self._stopping.wait(wait)
                wait = min(wait * 2, self._longest_wait_s)
            except Exception:  # a fault of this program: said, and tried again, never fatal
                log.exception("The %s thread met a fault; it starts again", self._name)
                self._stopping.wait(self._longest_wait_s)

    def _problem(self, words: Words | None) -> None:
        if words != self._said:
            if words is not None:
                log.warning("%s: the clinic's server: %s", self._name, words)
            elif self._said is not None:
                log.info("%s: in touch with the clinic's server again", self._name)
            self._said = words
        if self._on_problem is not None:
            self._on_problem(words)
