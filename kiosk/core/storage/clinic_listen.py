"""Listens to the clinic's server for new check-ins and status changes, on a thread of its own.

The server says ``NOTIFY checkins, '<id>'`` at each commit (``clinic_schema``). A notification
sent while a listener is not connected is never replayed, so after every (re)connection the
listener first says "read everything again" (``None``), then passes on each id as it comes.
Whoever follows it reads the queue from the server; nothing here blocks the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg

from kiosk.core.storage.clinic_link import ClinicLink
from kiosk.core.storage.clinic_push import said_of
from kiosk.core.storage.clinic_schema import CHANNEL
from kiosk.core.words import Words

log = logging.getLogger(__name__)

FIRST_WAIT_S = 0.5
LONGEST_WAIT_S = 4.0
POLL_S = 0.5
"""How often the thread looks up from waiting for notifications to see whether it should stop."""

Heard = Callable[[str | None], None]
"""Called with a check-in's id, or ``None`` when everything should be read again."""


class ClinicListener:
    def __init__(
        self,
        conninfo: Callable[[], str],
        heard: Heard,
        *,
        on_problem: Callable[[Words | None], None] | None = None,
        first_wait_s: float = FIRST_WAIT_S,
        longest_wait_s: float = LONGEST_WAIT_S,
    ) -> None:
        self._conninfo = conninfo
        self._heard = heard
        self._on_problem = on_problem
        self._first_wait_s = first_wait_s
        self._longest_wait_s = longest_wait_s
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @classmethod
    def for_link(cls, link: ClinicLink, heard: Heard) -> ClinicListener:
        return cls(link.conninfo, heard)

    def start(self) -> None:
        if self._thread is None:
            self._stopping.clear()
            self._thread = threading.Thread(target=self._run, name="clinic-listen", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        wait = self._first_wait_s
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._conninfo(), autocommit=True) as db:
                    db.execute(f"LISTEN {CHANNEL}")
                    wait = self._first_wait_s
                    self._problem(None)
                    self._heard(None)  # what was said while nobody listened is not said again
                    while not self._stopping.is_set():
                        for note in db.notifies(timeout=POLL_S):
                            self._heard(note.payload)
            except (psycopg.Error, OSError) as exc:
                self._problem(said_of(exc))
                self._stopping.wait(wait)
                wait = min(wait * 2, self._longest_wait_s)

    def _problem(self, words: Words | None) -> None:
        if self._on_problem is not None:
            self._on_problem(words)
