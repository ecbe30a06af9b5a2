"""The kiosk's word about itself for the front desk's "kiosks at a glance": every half minute,
and at once when what it shows changes. No patient data: a letter, a time, a version, what is on
screen, how much waits to be sent, and the start-up self-check's problems."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from kiosk import __version__
from kiosk.core.storage.records import CheckInRecords, Heartbeat, Showing, StoreError

log = logging.getLogger(__name__)

BEAT_SECONDS = 30


class Heartbeats(QObject):
    def __init__(
        self,
        store: CheckInRecords,
        letter: str,
        *,
        showing: Callable[[], Showing],
        outbox: Callable[[], int],
        problems: Sequence[str],
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._letter = letter
        self._showing = showing
        self._outbox = outbox
        self._problems = tuple(problems)
        self._clock = clock
        self._failing = False
        self._timer = QTimer(self, interval=BEAT_SECONDS * 1000)
        self._timer.timeout.connect(self.beat)

    def start(self) -> None:
        self.beat()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def beat(self) -> None:
        try:
            self._store.beat(
                Heartbeat(
                    self._letter,
                    self._clock(),
                    __version__,
                    self._showing(),
                    self._outbox(),
                    self._problems,
                )
            )
        except StoreError as exc:
            if not self._failing:
                log.warning("The kiosk could not tell the front desk how it is: %s", exc)
            self._failing = True
        else:
            self._failing = False
