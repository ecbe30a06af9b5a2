"""The scripted patients' whole check-ins on the real kiosk, counted touch by touch; run by
``benchmarks.touches`` (``python -m benchmarks.touch_scene WIDTHxHEIGHT``).

Each patient is driven as the UI tests drive one (``tests/ui/patient.py``: taps on the real QML
and the real on-screen keyboard, long presses for accents), and every touch's point is noted, so
the estimate can add up the finger's travel. One JSON line on standard output.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QSize, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.core.paths import DataDir
from kiosk.ui.app.kiosk_window import KioskWindow, build_kiosk, load_fonts, set_qt_environment
from kiosk.ui.checkin.check_in_flow import CHOSEN_MOVES_ON_MS, DATE_MOVES_ON_MS

WAIT_TIMEOUT_S = 10.0


class Bot:
    """What the scripted patient asks of pytest-qt's ``qtbot``, without a test around it."""

    def wait(self, ms: int) -> None:
        QTest.qWait(ms)

    def waitUntil(self, check: Callable[[], Any], timeout: int = 5000) -> None:  # noqa: N802
        deadline = time.monotonic() + timeout / 1000
        while not check():
            if time.monotonic() > deadline:
                raise RuntimeError("the kiosk did not get there in time")
            QTest.qWait(10)

    @contextmanager
    def waitSignal(self, signal: SignalInstance, timeout: int = 5000) -> Iterator[None]:  # noqa: N802
        fired: list[bool] = []

        def note(*_: object) -> None:
            fired.append(True)

        signal.connect(note)
        try:
            yield
            self.waitUntil(lambda: bool(fired), timeout)
        finally:
            signal.disconnect(note)


@dataclass
class Trail:
    """Where each touch landed, in order: ``(x, y, held_s)``."""

    points: list[tuple[int, int, float]] = field(default_factory=list)

    def tap(self, x: int, y: int) -> None:
        self.points.append((x, y, 0.0))

    def long_press(self, x: int, y: int, hold_s: float, to_x: int, to_y: int) -> None:
        self.points.append((x, y, hold_s))
        self.points.append((to_x, to_y, 0.0))  # the slide to the accent, then the lift


def walk(name: str, kiosk: KioskWindow) -> dict[str, Any]:
    from tests.ui import patient as scripted

    bot = Bot()
    trail = Trail()
    person = scripted.Patient(kiosk, cast(Any, bot), mirror=trail)
    flow = kiosk.check_in
    steps: list[str] = []
    left: list[str] = []  # the step each move left, to add up the waits of those that moved on

    def moved() -> None:
        left.append(steps[-1] if steps else flow.current_step().value)
        steps.append(flow.current_step().value)

    steps.append(flow.current_step().value)
    flow.stepChanged.connect(moved)
    letters = digits = 0
    if name == "john_smith":
        scripted.check_in_by_taps(person, "John", "Smith", "03121956", "heel-or-arch", False)
        letters, digits = len("JohnSmith"), 8
    elif name == "maria_jose":
        # as one who never long-presses: each accent from the row under the name boxes
        scripted.check_in_as_scripted_patient(person, accents="row")
        letters = len((scripted.PATIENT_FIRST + scripted.PATIENT_LAST).replace(" ", ""))
        letters += 1  # the space between her two first names is a key too
        digits = 8
    else:
        scripted.check_in_urgent_by_taps(person)
        letters, digits = len("RosaDiaz"), 8
    if name != "rosa_diaz_urgent":
        person.confirm()
    bot.waitUntil(lambda: bool(person.shown("ticketCode")), 5000)
    saved = person.text("ticketCode") != ""
    flow.finish()
    bot.waitUntil(lambda: not flow.property("active"), 5000)
    # The scripts never tap Next on a step that moves on by itself, so each such move was a wait.
    waits = {"birth-date": DATE_MOVES_ON_MS, "reason": CHOSEN_MOVES_ON_MS}
    waits |= {step: CHOSEN_MOVES_ON_MS for step in ("urgent", "appointment", "about")}
    return {
        "waited_s": sum(waits.get(step, 0) for step in left) / 1000,
        "taps": person.touches.taps,
        "long_presses": person.touches.long_presses,
        "letters": letters,
        "digits": digits,
        "screens": len(steps),
        "trail": trail.points,
        "saved": saved,
    }


def main(argv: list[str]) -> int:
    width, height = (int(n) for n in argv[0].split("x"))
    set_qt_environment()
    os.environ["KIOSK_SPEECH_ENGINE"] = "none"
    app = QGuiApplication(sys.argv[:1])
    load_fonts()
    from tests.conftest import KIOSK_TESTER, add_accounts

    results: dict[str, Any] = {"width": width, "height": height}
    with tempfile.TemporaryDirectory(prefix="touch-scene-") as folder:
        data = DataDir(Path(folder) / "data")
        data.root.mkdir()
        add_accounts(data, KIOSK_TESTER)
        kiosk = build_kiosk(data, kiosk_mode=False, size=QSize(width, height))
        kiosk.window.setProperty("instantTransitions", True)
        kiosk.window.show()
        Bot().waitUntil(lambda: bool(kiosk.window.property("settled")), 10_000)
        for name in ("john_smith", "maria_jose", "rosa_diaz_urgent"):
            results[name] = walk(name, kiosk)
        kiosk.shutdown()
    print(json.dumps(results))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
