"""Typing on the real Qt Virtual Keyboard as a finger would: key by key, accents by long press."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal, Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.ui.app.kiosk_window import KioskWindow
from tests.ui.qt_objects import class_name

_STATE_QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard
QtObject {
    readonly property bool shiftActive: InputContext.shiftActive
    readonly property string surroundingText: InputContext.surroundingText
    readonly property string preeditText: InputContext.preeditText
}
"""


def keyboard_state(kiosk: KioskWindow) -> dict[str, object]:
    """What the virtual keyboard's input context holds right now."""
    component = QQmlComponent(kiosk.engine)
    component.setData(_STATE_QML, "")
    state = component.create()
    assert state is not None, component.errorString()
    try:
        return {
            name: state.property(name) for name in ("shiftActive", "surroundingText", "preeditText")
        }
    finally:
        state.deleteLater()


def _centre(item: QQuickItem) -> QPointF:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2))


def _descendants(item: QQuickItem) -> list[QQuickItem]:
    found = []
    for child in item.childItems():
        found.append(child)
        found.extend(_descendants(child))
    return found


class Mirror(Protocol):
    """Somewhere else to make the same touches (the real program on an X screen)."""

    def tap(self, x: int, y: int) -> None: ...

    def long_press(self, x: int, y: int, hold_s: float, to_x: int, to_y: int) -> None: ...


AccentsBy = Literal["long press", "row"]


@dataclass
class Touches:
    taps: int = 0
    long_presses: int = 0


class OnScreenKeyboard:
    """The InputPanel in the kiosk's window; every key press goes through the window."""

    def __init__(
        self,
        kiosk: KioskWindow,
        qtbot: QtBot,
        touches: Touches,
        mirror: Mirror | None = None,
        panel_name: str = "keyboard",
    ) -> None:
        self.kiosk = kiosk
        self.panel_name = panel_name
        self.mirror = mirror
        self.qtbot = qtbot
        self.touches = touches
        window = kiosk.window
        assert isinstance(window, QQuickWindow)
        self.window = window

    @property
    def panel(self) -> QQuickItem:
        panel = self.window.findChild(QQuickItem, self.panel_name)
        assert panel is not None, "no on-screen keyboard"
        return panel

    def _keys(self) -> dict[str, QQuickItem]:
        keys: dict[str, QQuickItem] = {}
        for item in _descendants(self.panel):
            text = item.property("text")
            if isinstance(text, str) and item.property("keyType") is not None:
                keys.setdefault(text, item)
        return keys

    def _shift_key(self) -> QQuickItem:
        for item in _descendants(self.panel):
            if "ShiftKey" in class_name(item):
                return item
        raise AssertionError("the keyboard has no shift key")

    def _tap(self, item: QQuickItem) -> None:
        flow = self.kiosk.check_in
        for _ in range(150):  # back on the names, it takes taps in a moment
            if not flow.property("stepSettling"):
                break
            QTest.qWait(20)
        where = _centre(item).toPoint()
        QTest.mouseClick(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where
        )
        self.touches.taps += 1
        if self.mirror is not None:
            self.mirror.tap(where.x(), where.y())
        QTest.qWait(20)

    def _long_press_for(self, key: QQuickItem, wanted: str) -> None:
        """Hold the key until its accents appear, slide to ``wanted``, and let go."""
        where = _centre(key).toPoint()
        QTest.mousePress(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where
        )
        choice: list[QQuickItem] = []

        def shown() -> bool:
            choice[:] = [
                item
                for item in _descendants(self.window.contentItem())
                if item.property("text") == wanted
                and item.isVisible()
                and "Text" in class_name(item)
                and item.property("keyType") is None
            ]
            return bool(choice)

        self.qtbot.waitUntil(shown, timeout=3000)
        target = _centre(choice[0]).toPoint()
        QTest.mouseMove(self.window, target, 30)
        QTest.mouseRelease(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target, 30
        )
        self.touches.long_presses += 1
        if self.mirror is not None:
            self.mirror.long_press(where.x(), where.y(), 1.5, target.x(), target.y())
        QTest.qWait(20)

    def type(self, text: str, accents: AccentsBy = "long press") -> None:
        """Type ``text`` key by key; a letter with an accent by holding its key, or as one who
        never long-presses: the plain letter, then its accented form under the name boxes."""
        for ch in text:
            base = unicodedata.normalize("NFD", ch)[0]
            wants_capital = base.isupper()
            if base.isalpha() and bool(keyboard_state(self.kiosk)["shiftActive"]) != wants_capital:
                self._tap(self._shift_key())
            keys = self._keys()
            if ch.lower() in keys:  # a key of its own: ñ on the Spanish keyboard
                self._tap(keys[ch.lower()])
                continue
            key = keys[base.lower()]
            if base == ch:
                self._tap(key)
            elif accents == "long press":
                self._long_press_for(key, ch)
            else:
                self._tap(key)
                self._tap(self._accent_choice(ch))

    def _accent_choice(self, wanted: str) -> QQuickItem:
        found: list[QQuickItem] = []

        def shown() -> bool:
            found[:] = [
                item
                for item in _descendants(self.window.contentItem())
                if item.objectName() == f"accent-{wanted}" and item.isVisible()
            ]
            return len(found) == 1

        self.qtbot.waitUntil(shown, timeout=3000)
        return found[0]

    def enter(self) -> None:
        self._tap(self._keys()["\n"])
