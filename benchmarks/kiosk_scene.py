"""One kiosk window in this process, driven and timed from the inside; run by ``benchmarks``.

    python -m benchmarks.kiosk_scene frames WIDTHxHEIGHT RUNS
    python -m benchmarks.kiosk_scene growth WIDTHxHEIGHT TRANSITIONS
    python -m benchmarks.kiosk_scene tap WIDTHxHEIGHT RUNS
    python -m benchmarks.kiosk_scene soak WIDTHxHEIGHT TRANSITIONS

The platform comes from ``QT_QPA_PLATFORM`` (the parent picks Xvfb or offscreen) and the renderer
is Qt Quick's software one. The kiosk is the real one (``build_kiosk``: its QML, view models and
store) in a fresh data folder; the result is one JSON line on standard output.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QPointF, QSize, Qt, QTimer, Slot
from PySide6.QtCore import QObject as _QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from benchmarks.processes import rss_kib
from kiosk.core.paths import DataDir
from kiosk.core.staff.accounts import open_staff_store
from kiosk.core.staff.audit import TERMINAL
from kiosk.ui.app.kiosk_window import KioskWindow, build_kiosk, load_fonts, set_qt_environment

WAIT_TIMEOUT_S = 30.0
ACCELERATED_TRANSITION_MS = 20
SAMPLE_EVERY = 500
CHECK_IN_EVERY = 10
"""The soak puts a patient's check-in after every tenth transition: 500 in 5,000."""


class SwapClock(_QObject):
    """Times swapped frames. While ``recording``, it keeps the frames for which ``in_frame()`` was
    true before the frame was drawn, and the one frame after each run of them. ``watch`` marks
    the first frame drawn after a condition first held."""

    def __init__(self, window: QQuickWindow, in_frame: Callable[[], bool] = lambda: True) -> None:
        super().__init__(window)
        self.swaps: list[int] = []
        self.work: list[int] = []
        self.recording = False
        self._frame_started = 0
        self._in_frame = in_frame
        self._this_frame = False
        self._last_frame = False
        self.condition: Callable[[], bool] | None = None
        self.armed = False
        self.marked: int | None = None
        window.afterAnimating.connect(self._before_frame, Qt.ConnectionType.DirectConnection)
        window.frameSwapped.connect(self._after_frame, Qt.ConnectionType.DirectConnection)

    def watch(self, condition: Callable[[], bool]) -> None:
        self.condition, self.armed, self.marked = condition, False, None

    @Slot()
    def _before_frame(self) -> None:
        self._frame_started = time.perf_counter_ns()
        if self.recording:
            self._this_frame = self._in_frame()
        if self.condition is not None and not self.armed and self.condition():
            self.armed = True

    @Slot()
    def _after_frame(self) -> None:
        now = time.perf_counter_ns()
        if self.recording and (self._this_frame or self._last_frame):
            self.swaps.append(now)
            self.work.append(now - self._frame_started)
        self._last_frame, self._this_frame = self._this_frame, False
        if self.armed and self.marked is None:
            self.marked = now


def wait_until(app: QGuiApplication, check: Callable[[], bool], what: str) -> None:
    """Run the event loop, sleeping between events as the kiosk's own loop does, until
    ``check()`` holds (looked at every 2 ms)."""
    if check():
        return
    loop = QEventLoop()
    poll = QTimer(interval=2)
    poll.timeout.connect(lambda: loop.quit() if check() else None)
    give_up = QTimer(singleShot=True, interval=round(WAIT_TIMEOUT_S * 1000))
    give_up.timeout.connect(loop.quit)
    poll.start()
    give_up.start()
    loop.exec()
    poll.stop()
    if not check():
        raise TimeoutError(f"gave up waiting for {what}")


def pause(app: QGuiApplication, seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def settled(kiosk: KioskWindow) -> bool:
    return bool(kiosk.window.property("settled"))


def frames(app: QGuiApplication, kiosk: KioskWindow, runs: int) -> dict[str, Any]:
    """Frame-to-frame times, in ms, during each of ``runs`` slide transitions at full length.

    A transition's frames are those drawn while the fade runs, and the one after it that shows
    the new slide alone; the frames before it, while the next slide is made ready behind the one
    on screen, change nothing on screen.
    """
    stage = kiosk.window.findChild(QQuickItem, "slideStage")
    assert stage is not None, "the slide stage is missing"
    clock = SwapClock(kiosk.window, in_frame=lambda: bool(stage.property("moving")))
    per_run: list[list[float]] = []
    work: list[list[float]] = []
    for _ in range(runs):
        wait_until(app, lambda: settled(kiosk), "the slide to settle")
        pause(app, 0.3)
        clock.swaps, clock.work, clock.recording = [], [], True
        kiosk.slideshow.next()
        wait_until(app, lambda: not settled(kiosk), "the transition to start")
        wait_until(app, lambda: settled(kiosk), "the transition to end")
        pause(app, 0.1)  # the frame that shows the settled slide
        clock.recording = False
        swaps = clock.swaps
        per_run.append([(b - a) / 1e6 for a, b in itertools.pairwise(swaps)])
        work.append([t / 1e6 for t in clock.work])
    return {"intervals_ms": per_run, "work_ms": work}


def growth(app: QGuiApplication, kiosk: KioskWindow, transitions: int) -> dict[str, Any]:
    """Resident memory after 100 transitions (or a tenth of a short run), every 500, and after
    all of them."""
    return _rotate(app, kiosk, transitions, first=min(100, max(1, transitions // 10)))


def soak(app: QGuiApplication, kiosk: KioskWindow, transitions: int) -> dict[str, Any]:
    """``growth`` with a whole check-in after every tenth transition: the check-in screen opened
    and drawn, each answer given through the calls its controls make, the check-in saved to the
    store, and the screen closed. Memory from the 500th transition (or a tenth of a short run)."""
    first = min(SAMPLE_EVERY, max(1, transitions // 10))
    return _rotate(app, kiosk, transitions, first=first, check_in_every=CHECK_IN_EVERY)


def _rotate(
    app: QGuiApplication,
    kiosk: KioskWindow,
    transitions: int,
    *,
    first: int,
    check_in_every: int = 0,
) -> dict[str, Any]:
    """The rotation, accelerated: each transition is a real crossfade, shortened to 20 ms, and
    the next begins as soon as the last has settled. Resident memory after ``first``
    transitions, every 500, and at the end."""
    kiosk.window.setProperty("transitionMs", ACCELERATED_TRANSITION_MS)
    samples: dict[str, int] = {}
    check_ins = 0
    started = time.monotonic()
    for done in range(1, transitions + 1):
        wait_until(app, lambda: settled(kiosk), "the slide to settle")
        kiosk.slideshow.next()
        wait_until(app, lambda: not settled(kiosk), "the transition to start")
        if check_in_every and done % check_in_every == 0:
            wait_until(app, lambda: settled(kiosk), "the slide to settle")
            _check_in(app, kiosk, check_ins)
            check_ins += 1
        if done in (first, transitions) or done % SAMPLE_EVERY == 0:
            wait_until(app, lambda: settled(kiosk), "the slide to settle")
            # A frame or two more, so the layer of the slide just left is released first.
            kiosk.window.update()
            pause(app, 0.1)
            samples[str(done)] = rss_kib(os.getpid())
    return {"rss_kib": samples, "check_ins": check_ins, "seconds": time.monotonic() - started}


def _check_in(app: QGuiApplication, kiosk: KioskWindow, number: int) -> None:
    flow = kiosk.check_in
    flow.open()
    wait_until(app, lambda: bool(kiosk.window.property("checkInOpen")), "the check-in to open")
    pause(app, 0.05)  # its first screen and keyboard drawn
    flow.setFirstName("Ana")
    flow.setLastName("Soak-Test")
    flow.next()
    for digit in "03121956":
        flow.typeBirthDigit(digit)
    flow.next()
    flow.chooseReason("heel-or-arch")
    flow.next()
    flow.answerUrgent("no")
    flow.next()
    flow.answerAppointment("no")
    flow.next()
    flow.answerVisit("first")
    flow.next()
    flow.confirm()
    if flow.property("outcome") != "saved":
        raise RuntimeError(f"check-in {number} was not saved: {flow.property('messages')}")
    pause(app, 0.05)  # the ticket drawn
    flow.finish()
    wait_until(app, lambda: not kiosk.window.property("checkInOpen"), "the check-in to close")


def tap(app: QGuiApplication, kiosk: KioskWindow, runs: int) -> dict[str, Any]:
    """From the "Check in" tap to the first frame that shows the first check-in screen with its
    keyboard, ``runs`` times; each check-in is then cancelled and the slides come back."""
    clock = SwapClock(kiosk.window)
    window = kiosk.window
    times: list[float] = []

    def keyboard() -> QQuickItem | None:
        panel = window.findChild(QQuickItem, "keyboard")
        return panel if isinstance(panel, QQuickItem) else None

    def check_in_shown() -> bool:
        panel = keyboard()
        return panel is not None and panel.isVisible() and panel.height() > 0

    for _ in range(runs):
        wait_until(app, lambda: settled(kiosk), "the slide to settle")
        pause(app, 0.5)
        button = window.findChild(QQuickItem, "checkInButton")
        assert isinstance(button, QQuickItem), "the Check in button is missing"
        centre = button.mapToScene(QPointF(button.width() / 2, button.height() / 2)).toPoint()
        clock.watch(check_in_shown)
        tapped = time.perf_counter_ns()
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        wait_until(app, lambda: clock.marked is not None, "the check-in screen")
        assert clock.marked is not None
        times.append((clock.marked - tapped) / 1e6)
        clock.watch(lambda: False)
        _check_keys_drawn(window, keyboard())
        kiosk.check_in.cancel()
        wait_until(app, lambda: keyboard() is None, "the slides")
    return {"tap_ms": times}


def _check_keys_drawn(window: QQuickWindow, panel: QQuickItem | None) -> None:
    """The frame just timed must have shown the keys: their dark panel is drawn by now, with
    nothing having happened since that frame."""
    assert panel is not None
    image = window.grabWindow()
    corner = panel.mapToScene(QPointF(panel.width() * 0.02, panel.height() * 0.5)).toPoint()
    colour = image.pixelColor(corner)
    if colour.lightness() > 80:
        raise RuntimeError(f"no keyboard where it should be (colour {colour.name()})")


def _add_staff_account(data: DataDir) -> None:
    """A clinic's kiosk has one: a kiosk no one can sign in to takes no check-ins."""
    data.root.mkdir(parents=True)
    staff = open_staff_store(data.staff_store)
    try:
        staff.add("Bench Staff", "735194", by=TERMINAL)
    finally:
        staff.close()


def main(argv: list[str]) -> int:
    mode, size, count = argv[0], argv[1], int(argv[2])
    width, height = (int(side) for side in size.split("x"))
    set_qt_environment()
    app = QGuiApplication(sys.argv[:1])
    load_fonts()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        data = DataDir(Path(folder) / "data")
        _add_staff_account(data)
        kiosk = build_kiosk(data, kiosk_mode=False, size=QSize(width, height), start=mode == "tap")
        kiosk.window.show()
        wait_until(app, lambda: settled(kiosk), "the first slide")
        scene = {"frames": frames, "growth": growth, "tap": tap, "soak": soak}[mode]
        measured = scene(app, kiosk, count)
        measured["platform"] = QGuiApplication.platformName()
        measured["size"] = [kiosk.window.width(), kiosk.window.height()]
        kiosk.shutdown()
        app.processEvents()
    print(json.dumps(measured), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
