"""'A-12, please come to the front desk' on the waiting-room screen.

``CallBanner`` follows the store's log of calls (a few times a second: one indexed query of a
small table) and shows the newest over the slides, or over a check-in in progress, in each
language the kiosk offers, with a chime, and read aloud where a voice is installed. The last
calls stay listed in a corner. A ticket only, never a name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.checkin.calling import CallBoard
from kiosk.core.storage.records import CheckInRecords, StoreError
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.chime import Chime, Sound
from kiosk.ui.platform.timers import stop_timers
from kiosk.ui.platform.translation import filled

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "CallBanner"]

log = logging.getLogger(__name__)

POLL_MS = 200
CONTEXT = "CallBanner"
PLEASE_COME = str(QT_TRANSLATE_NOOP("CallBanner", "%1, please come to the front desk"))


@QmlElement
@QmlUncreatable("The banner is made by the application")
class CallBanner(QObject):  # type: ignore[operator]  # stubs: QmlUncreatable(reason)
    changed = Signal()
    announced = Signal(str)
    """A ticket was put on screen and chimed: for read aloud, and for tests."""

    def __init__(
        self,
        store: CheckInRecords,
        chime: Chime,
        *,
        languages: Callable[[], Sequence[str]],
        translate: Callable[[str, str, str], str],
        clock: Callable[[], datetime] = datetime.now,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        """``languages``: the codes offered, the patient's own first; ``translate(code,
        context, text)``: ``text`` in that language."""
        super().__init__(parent)
        self._store = store
        self.chime = chime
        self._languages = languages
        self._translate = translate
        self._clock = clock
        self._board = CallBoard()
        self._day = clock().date()
        self._shown: tuple[str, tuple[str, ...]] = ("", ())
        self._failing = False
        self._poll_timer = QTimer(self, interval=poll_ms)
        self._poll_timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._poll()
        self._poll_timer.start()

    def stop(self) -> None:
        stop_timers(self)

    @Slot()
    def _poll(self) -> None:
        now = self._clock()
        if now.date() != self._day:
            self._day = now.date()
            self._board.clear()
        try:
            events = self._store.calls_after(
                self._board.last_seq, datetime.combine(now.date(), time.min)
            )
        except StoreError as exc:
            if not self._failing:
                log.error("The calls to the desk cannot be read: %s", exc)
                self._failing = True
            events = []
        else:
            self._failing = False
        fresh = self._board.take(events, now)
        if fresh:
            self.chime.ring(Sound.CALL)
            self.announced.emit(fresh[-1])
        self._show(now)

    def _show(self, now: datetime) -> None:
        current = self._board.current(now)
        shown = (current.ticket if current else "", tuple(self._board.recent(now)))
        if shown != self._shown:
            self._shown = shown
            self.changed.emit()

    @Slot()
    def dismiss(self) -> None:
        """A tap on the banner: the patient under it gets their screen back."""
        self._board.dismiss()
        self._show(self._clock())

    def spoken(self, ticket: str) -> str:
        """What is read aloud: the call in the language the screen speaks now."""
        return filled(self.tr(PLEASE_COME), ticket)

    # --- what QML reads -------------------------------------------------------------------------

    def _ticket(self) -> str:
        return self._shown[0]

    def _showing(self) -> bool:
        return bool(self._shown[0])

    def _lines(self) -> list[str]:
        """The call in each language offered, the screen's own first."""
        ticket = self._shown[0]
        if not ticket:
            return []
        return [
            filled(self._translate(code, CONTEXT, PLEASE_COME), ticket)
            for code in self._languages()
        ]

    def _recent(self) -> list[str]:
        return list(self._shown[1])

    ticket = Property(str, _ticket, notify=changed)
    showing = Property(bool, _showing, notify=changed)
    lines = Property(list, _lines, notify=changed)
    recent = Property(list, _recent, notify=changed)
