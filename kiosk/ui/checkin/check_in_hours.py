"""Whether the kiosk takes check-ins now, and, when it does not, the words where "Check in"
would be: when check-in opens, in the patient's language and the clinic's way of writing
times ("Check-in opens tomorrow at 8:00 AM")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Property, QLocale, QObject, QTime, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.settings import Settings
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.translation import filled

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "CheckInHours"]

CHECK_SECONDS = 20


@QmlElement
@QmlUncreatable("The check-in hours are made by the application")
class CheckInHours(QObject):  # type: ignore[operator]  # stubs: QmlUncreatable(reason)
    changed = Signal()

    def __init__(
        self,
        settings: Settings,
        language: Callable[[], str],
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._language = language
        self._clock = clock
        self._closed = False
        self._note = ""
        self._timer = QTimer(self, interval=CHECK_SECONDS * 1000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.check()

    def language_changed(self, _code: str) -> None:
        self.check()

    @Slot()
    def check(self) -> None:
        now = self._clock()
        hours = self._settings.open_hours
        closed = not hours.is_open(now)
        note = self._when_it_opens(now, hours.next_opening(now)) if closed else ""
        if (closed, note) != (self._closed, self._note):
            self._closed, self._note = closed, note
            self.changed.emit()

    def _when_it_opens(self, now: datetime, opens: datetime | None) -> str:
        if opens is None:  # hours with no window at all cannot be written; kept safe anyway
            return self.tr("Check-in is closed")
        locale = QLocale(f"{self._language()}_{self._settings.region}")
        at = locale.toString(QTime(opens.hour, opens.minute), QLocale.FormatType.ShortFormat)
        days = (opens.date() - now.date()).days
        if days == 0:
            return filled(self.tr("Check-in opens today at %1"), at)
        if days == 1:
            return filled(self.tr("Check-in opens tomorrow at %1"), at)
        day = locale.dayName(opens.isoweekday(), QLocale.FormatType.LongFormat)
        return filled(self.tr("Check-in opens on %1 at %2"), day, at)

    def _is_closed(self) -> bool:
        return self._closed

    def _get_note(self) -> str:
        return self._note

    closed = Property(bool, _is_closed, notify=changed)
    note = Property(str, _get_note, notify=changed)
