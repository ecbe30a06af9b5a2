"""The screen's night: outside opening hours the kiosk dims to near-black (an LCD left showing
bright slides all night ages and wastes power) and a tap wakes it for a few minutes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.schedule import in_window
from kiosk.core.settings import Settings
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "DisplaySleep"]

CHECK_SECONDS = 30
AWAKE_MINUTES = 5


@QmlElement
@QmlUncreatable("The display's sleep is made by the application")
class DisplaySleep(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    changed = Signal()

    def __init__(
        self,
        settings: Settings,
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._awake_until: datetime | None = None
        self._asleep = False
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

    @Slot()
    def check(self) -> None:
        now = self._clock()
        hours = self._settings.sleep_hours
        night = hours is not None and in_window(hours[0], hours[1], now.time())
        woken = self._awake_until is not None and now < self._awake_until
        asleep = night and not woken
        if asleep != self._asleep:
            self._asleep = asleep
            self.changed.emit()

    @Slot()
    def wake(self) -> None:
        """A tap on the dimmed screen: awake for a few minutes, longer while people touch it."""
        self._awake_until = self._clock() + timedelta(minutes=AWAKE_MINUTES)
        self.check()

    @Slot()
    def touched(self) -> None:
        if self._awake_until is not None:
            self._awake_until = self._clock() + timedelta(minutes=AWAKE_MINUTES)

    def _is_asleep(self) -> bool:
        return self._asleep

    asleep = Property(bool, _is_asleep, notify=changed)
