"""Fixtures that load the real QML module in a real engine, offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.staff.accounts import open_staff_store
from kiosk.core.storage.atomic import write_atomic
from kiosk.ui.app.kiosk_window import KioskWindow, build_kiosk, load_fonts
from kiosk.ui.platform.speech import ENGINE_VARIABLE
from tests.conftest import KIOSK_TESTER, add_accounts


@pytest.fixture(scope="session")
def qapp_cls() -> type[QGuiApplication]:
    return QGuiApplication


@pytest.fixture(scope="session", autouse=True)
def fonts(qapp: QGuiApplication) -> None:
    load_fonts()


@pytest.fixture(autouse=True)
def no_voice_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kiosks in tests read aloud only where a test chooses a speech engine (test_read_aloud)."""
    monkeypatch.setenv(ENGINE_VARIABLE, "none")


class MakeKiosk(Protocol):
    def __call__(
        self,
        size: tuple[int, int] = ...,
        *,
        start: bool = ...,
        follow_schedule: bool = ...,
        clock: Callable[[], datetime] = ...,
        instant: bool = ...,
        media_roots: Sequence[Path] = ...,
        staffed: bool = ...,
    ) -> KioskWindow: ...


@pytest.fixture
def make_kiosk(qtbot: QtBot, data_dir: DataDir) -> Iterator[MakeKiosk]:
    made: list[KioskWindow] = []

    def make(
        size: tuple[int, int] = (1920, 1080),
        *,
        start: bool = True,
        follow_schedule: bool = True,
        clock: Callable[[], datetime] = datetime.now,
        instant: bool = False,
        media_roots: Sequence[Path] = (),
        staffed: bool = True,
    ) -> KioskWindow:
        if staffed and not _has_accounts(data_dir):
            add_accounts(data_dir, KIOSK_TESTER)
        kiosk = build_kiosk(
            data_dir,
            kiosk_mode=False,
            size=QSize(*size),
            start=start,
            follow_schedule=follow_schedule,
            clock=clock,
            media_roots=media_roots,
        )
        made.append(kiosk)
        kiosk.window.setProperty("instantTransitions", instant)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")), timeout=5000)
        return kiosk

    yield make
    for kiosk in made:
        parts = (kiosk.slideshow, kiosk.check_in, kiosk.staff, kiosk.queue, kiosk.display)
        timers = [(type(p).__name__, t) for p in parts for t in p.findChildren(QTimer)]
        kiosk.shutdown()
        still_running = [name for name, t in timers if t.isActive()]
        assert still_running == [], f"timers left running by: {still_running}"
        assert QCoreApplication.translate("Footer", "Check in") == "Check in", (
            "a closed kiosk left its translator in the application"
        )


def _has_accounts(data: DataDir) -> bool:
    staff = open_staff_store(data.staff_store)
    try:
        return bool(staff.members(disabled_too=True))
    finally:
        staff.close()


PIN = "482916"
"""Ana Ruiz's PIN in the ``staff_accounts`` fixture."""


@pytest.fixture
def staff_accounts(data_dir: DataDir) -> None:
    add_accounts(data_dir, ("Ana Ruiz", PIN), ("Ben Okafor", "902817"))


@pytest.fixture
def staff_kiosk(staff_accounts: None, make_kiosk: MakeKiosk) -> KioskWindow:
    return make_kiosk(instant=True)


def item(kiosk: KioskWindow, name: str) -> QQuickItem:
    found = kiosk.window.findChild(QQuickItem, name)
    assert found is not None, f"no item named {name!r}"
    return found


def front_view(kiosk: KioskWindow) -> QQuickItem:
    return item(kiosk, str(item(kiosk, "slideStage").property("frontName")))


def shown_title(kiosk: KioskWindow) -> str:
    title = front_view(kiosk).findChild(QQuickItem, "slideTitle")
    assert title is not None
    return str(title.property("text")).replace("\u00a0", " ")


def tap(kiosk: KioskWindow, target: QQuickItem) -> None:
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    assert isinstance(kiosk.window, QQuickWindow)
    QTest.mouseClick(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
    )


def swipe(kiosk: KioskWindow, dx: int, steps: int = 12) -> None:
    """Drag a finger-like pointer across the middle of the window by ``dx`` pixels."""
    window = kiosk.window
    assert isinstance(window, QQuickWindow)
    start = QPoint(window.width() // 2 - dx // 2, window.height() // 2)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, steps + 1):
        QTest.mouseMove(window, start + QPoint(dx * step // steps, 0), 10)
    end = start + QPoint(dx, 0)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end, 10)


def drawn(kiosk: KioskWindow, qtbot: QtBot) -> None:
    """Two frames drawn: positioners lay out in the polish before a frame, so sizes are final."""
    window = kiosk.window
    assert isinstance(window, QQuickWindow)
    for _ in range(2):
        with qtbot.waitSignal(window.frameSwapped, timeout=3000):
            window.update()


def grab(kiosk: KioskWindow) -> QImage:
    assert isinstance(kiosk.window, QQuickWindow)
    return kiosk.window.grabWindow()


def write_deck(data: DataDir, text: str) -> None:
    write_atomic(data.deck_file, text.encode("utf-8"))


def write_settings(data: DataDir, text: str) -> None:
    write_atomic(data.settings_file, text.encode("utf-8"))
