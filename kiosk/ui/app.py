"""Builds the kiosk's window: settings, deck, view models and the QML engine."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import shiboken6
from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QFontDatabase, QWindow
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.core.deck_source import DeckSource
from kiosk.core.paths import FONTS_DIR, QML_DIR, DataDir
from kiosk.core.settings import load_settings
from kiosk.ui.branding import Branding
from kiosk.ui.qr_provider import QrImageProvider
from kiosk.ui.slideshow import Slideshow

log = logging.getLogger(__name__)


def set_qt_environment(offscreen: bool = False) -> None:
    """Environment Qt reads once, before the application object exists."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ.setdefault("QT_QUICK_BACKEND", "software")


def load_fonts() -> None:
    for font in sorted(FONTS_DIR.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            log.warning("The font %s could not be loaded", font.name)


class StartupError(RuntimeError):
    """The QML could not be loaded: a fault of the program, not of the clinic's files."""


@dataclass
class KioskWindow:
    """Everything one kiosk window needs, owned here so it can be shut down in order."""

    engine: QQmlApplicationEngine
    window: QWindow
    slideshow: Slideshow
    branding: Branding

    def shutdown(self) -> None:
        """Engine first, then the objects it used (they outlive every binding to them)."""
        self.slideshow.stop()
        self.window.close()
        shiboken6.delete(self.engine)


def build_kiosk(
    data: DataDir,
    *,
    kiosk_mode: bool,
    language: str = "en",
    size: QSize | None = None,
    follow_schedule: bool = True,
    clock: Callable[[], datetime] = datetime.now,
    start: bool = True,
) -> KioskWindow:
    loaded = load_settings(data.settings_file)
    for problem in loaded.problems:
        log.warning("Settings: %s", problem)
    slideshow = Slideshow(
        DeckSource(data, language), loaded.settings, clock=clock, follow_schedule=follow_schedule
    )
    branding = Branding(loaded.settings, data.root)
    if start:
        slideshow.start()
    else:
        slideshow.load()

    engine = QQmlApplicationEngine()
    engine.addImageProvider("qr", QrImageProvider())
    engine.addImportPath(str(QML_DIR))
    engine.setInitialProperties(
        {"slideshow": slideshow, "branding": branding, "kioskMode": kiosk_mode}
    )
    engine.loadFromModule("Kiosk", "Main")
    roots: list[QObject] = engine.rootObjects()
    if not roots or not isinstance(roots[0], QWindow):
        slideshow.stop()
        raise StartupError("The kiosk's QML could not be loaded; see the messages above")
    window = roots[0]
    if size is not None:
        window.resize(size)
    return KioskWindow(engine, window, slideshow, branding)
