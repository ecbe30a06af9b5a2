"""Keeping the full-screen kiosk window over its whole screen while the screen changes.

On a bare X server there is no window manager to resize a full-screen window when the panel's
resolution changes or it is turned (``xrandr --rotate``), or when another screen becomes the
primary one, so the kiosk follows its screen itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRect, Slot
from PySide6.QtGui import QGuiApplication, QScreen, QWindow

log = logging.getLogger(__name__)


class ScreenCover(QObject):
    def __init__(self, window: QWindow, app: QGuiApplication) -> None:
        super().__init__(window)
        self._window = window
        self._screen: QScreen | None = None
        window.screenChanged.connect(self._follow)
        app.primaryScreenChanged.connect(self._move_to)
        self._follow(window.screen())

    @Slot(QScreen)
    def _move_to(self, screen: QScreen) -> None:
        log.info("The primary screen is now %s", screen.name() or "unnamed")
        self._window.setScreen(screen)
        self._follow(screen)

    @Slot(QScreen)
    def _follow(self, screen: QScreen | None) -> None:
        if screen is self._screen:
            return
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self._cover)
        self._screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._cover)
            self._cover(screen.geometry())

    @Slot(QRect)
    def _cover(self, geometry: QRect) -> None:
        if geometry.isEmpty() or self._window.geometry() == geometry:
            return
        log.info("The screen is now %dx%d", geometry.width(), geometry.height())
        self._window.setGeometry(geometry)
