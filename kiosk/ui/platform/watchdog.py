"""systemd's watchdog heartbeat, sent only while the kiosk's window is drawing frames.

Each tick of a timer on the GUI thread asks the window for a frame, and the heartbeat goes out when
that frame has been swapped. A blocked event loop stops the ticks, and a renderer that no longer
draws stops the swaps: either way the heartbeats stop, and systemd restarts the kiosk.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtQuick import QQuickWindow

from kiosk.core.system.service_notify import ServiceNotifier

BEATS_PER_INTERVAL = 3
"""Heartbeats asked for within each watchdog interval (systemd's advice is at least two)."""


class FrameWatchdog(QObject):
    def __init__(self, window: QQuickWindow, notifier: ServiceNotifier, interval_s: float) -> None:
        super().__init__(window)
        self._window = window
        self._notifier = notifier
        self._asked = False
        self.beats = 0
        tick_ms = max(50, int(interval_s * 1000 / BEATS_PER_INTERVAL))
        self._timer = QTimer(self, interval=tick_ms)
        self._timer.timeout.connect(self._ask_for_frame)
        window.frameSwapped.connect(self._frame_swapped)

    def start(self) -> None:
        self._ask_for_frame()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def _ask_for_frame(self) -> None:
        self._asked = True
        self._window.update()

    @Slot()
    def _frame_swapped(self) -> None:
        # Connected automatically: with a threaded renderer this runs on the GUI thread too, so a
        # frozen event loop sends nothing even while the render thread still swaps.
        if self._asked:
            self._asked = False
            self.beats += 1
            self._notifier.heartbeat()
