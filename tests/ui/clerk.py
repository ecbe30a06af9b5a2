"""Staff at the front desk's window: finds its controls by name, clicks them with the mouse and
types at the keyboard, as a person at the reception PC would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.ui.app.front_desk import FrontDesk, build_front_desk

MakeDesk = Callable[..., FrontDesk]


class Clerk:
    def __init__(self, desk: FrontDesk, qtbot: QtBot) -> None:
        self.desk = desk
        self.qtbot = qtbot

    @property
    def window(self) -> QQuickWindow:
        return self.desk.window

    def items(self) -> list[QQuickItem]:
        found: list[QQuickItem] = []
        pending = [self.window.contentItem()]
        overlay = self.window.property("overlay")
        if isinstance(overlay, QQuickItem):
            pending.append(overlay)
        while pending:
            current = pending.pop()
            found.append(current)
            pending.extend(current.childItems())
        return found

    def find(self, name: str) -> QQuickItem:
        found: list[QQuickItem] = []

        def visible() -> bool:
            found[:] = [
                i for i in self.items() if i.objectName() == name and i.isVisible() and i.width()
            ]
            return len(found) == 1

        self.qtbot.waitUntil(visible, timeout=3000)
        return found[0]

    def shown(self, name: str) -> bool:
        return any(i.objectName() == name and i.isVisible() for i in self.items())

    def come_to_the_desk(self) -> None:
        """The desk's window is the one in use (a patient used the kiosk's meanwhile)."""
        come_to(self.window, self.qtbot)

    def click(self, name: str, *, double: bool = False) -> None:
        self.come_to_the_desk()
        target = self.find(name)
        centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
        button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        if double:
            QTest.mouseDClick(self.window, button, none, centre)
        else:
            QTest.mouseClick(self.window, button, none, centre)
        self.qtbot.wait(15)

    def type(self, text: str) -> None:
        self.come_to_the_desk()
        for char in text:
            QTest.keyClick(self.window, ord(char))  # a digit or a letter: its key code

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.come_to_the_desk()
        QTest.keyClick(self.window, key, modifier)
        self.qtbot.wait(15)

    def text(self, name: str) -> str:
        return str(self.find(name).property("text"))

    def sign_in(self, name_index: int, pin: str) -> None:
        self.click(f"deskName{name_index}")
        self.type(pin)
        self.press(Qt.Key.Key_Return)

    def cell(self, row: int, column: int) -> str:
        return self.text(f"deskCell{row}_{column}")


def come_to(window: QQuickWindow, qtbot: QtBot) -> None:
    """``window`` takes the keyboard: in a clinic the kiosk and the desk are two programs on
    two screens; here they share one process and its one input method."""
    if not window.isActive():
        window.requestActivate()
        qtbot.waitUntil(window.isActive, timeout=2000)


@pytest.fixture
def make_desk(qtbot: QtBot, data_dir: DataDir) -> Iterator[MakeDesk]:
    made: list[FrontDesk] = []

    def make(
        size: tuple[int, int] = (1366, 768),
        language: str | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> FrontDesk:
        desk = build_front_desk(data_dir, size=QSize(*size), language=language, clock=clock)
        made.append(desk)
        desk.window.show()
        qtbot.waitExposed(desk.window)
        return desk

    yield make
    for desk in made:
        desk.shutdown()
