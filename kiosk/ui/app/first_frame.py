"""Reports the moment the first whole slide reached the screen, for the start-up benchmark, and
the moment after it when check-in and staff mode were ready.

Set ``KIOSK_REPORT_FIRST_FRAME=1`` and the kiosk prints two lines to standard output,
``first-frame-ns: N`` and then ``desk-ready-ns: N``, where N is ``time.monotonic_ns()``
(CLOCK_MONOTONIC, shared by every process on the machine): just after the frame was swapped, and
just after the desk was attached.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtQuick import QQuickWindow

REPORT_VARIABLE = "KIOSK_REPORT_FIRST_FRAME"
REPORT_PREFIX = "first-frame-ns: "
DESK_PREFIX = "desk-ready-ns: "


def wanted() -> bool:
    return os.environ.get(REPORT_VARIABLE, "") not in ("", "0")


def desk_ready_line() -> str:
    return f"{DESK_PREFIX}{time.monotonic_ns()}"


class FirstFrameReport(QObject):
    """Arms once the window says its slide is settled (before a frame is synchronised), then
    reports the next swapped frame: the first that shows the slide whole, picture included."""

    def __init__(self, window: QQuickWindow, write: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._write = write
        self._armed = False
        self._reported = False
        # Direct calls with the software renderer, which draws on this thread. (Naming the
        # connection type would cost the start 18 ms: see USER_ROLE in kiosk.ui.slides.slide_list.)
        window.afterAnimating.connect(self._before_frame)
        window.frameSwapped.connect(self._after_frame)

    @Slot()
    def _before_frame(self) -> None:
        if not self._armed and self._window.property("settled"):
            self._armed = True

    @Slot()
    def _after_frame(self) -> None:
        # Taken first, so the time is the swap's and not the report's.
        now = time.monotonic_ns()
        if self._armed and not self._reported:
            self._reported = True
            self._write(f"{REPORT_PREFIX}{now}")
