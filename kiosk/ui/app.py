"""Builds the kiosk's window: settings, deck, view models and the QML engine."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSize, QUrl
from PySide6.QtGui import QFontDatabase
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.core.deck_source import DeckSource
from kiosk.core.export import default_media_roots
from kiosk.core.paths import FONTS_DIR, KEYBOARD_LAYOUTS_DIR, QML_DIR, DataDir
from kiosk.core.settings import SettingsFile
from kiosk.core.staff import StaffError, StaffStore
from kiosk.core.store import CheckInStore, StoreError
from kiosk.ui import QUIET_QT_CATEGORIES
from kiosk.ui.branding import Branding
from kiosk.ui.checkin_flow import ActivityWatcher, CheckInFlow
from kiosk.ui.chime import Chime
from kiosk.ui.deck_editor import DeckEditor
from kiosk.ui.display_sleep import DisplaySleep
from kiosk.ui.housekeeping import MemoryHousekeeping
from kiosk.ui.qr_provider import QrImageProvider
from kiosk.ui.settings_editor import SettingsEditor
from kiosk.ui.slideshow import Slideshow
from kiosk.ui.staff_mode import StaffMode
from kiosk.ui.staff_models import AuditList, CheckInQueue

log = logging.getLogger(__name__)

QT_KEYBOARD_LAYOUTS = "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts"
"""Where Qt Virtual Keyboard keeps its own layouts (tests/ui checks it is still there)."""


def set_qt_environment(offscreen: bool = False) -> None:
    """Environment Qt reads once, before the application object exists."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ.setdefault("QT_QUICK_BACKEND", "software")
    # The on-screen keyboard is the only keyboard a patient has.
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    rules = os.environ.get("QT_LOGGING_RULES", "")
    os.environ["QT_LOGGING_RULES"] = ";".join(r for r in (rules, QUIET_QT_CATEGORIES) if r)


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
    window: QQuickWindow
    slideshow: Slideshow
    branding: Branding
    check_in: CheckInFlow
    store: CheckInStore
    staff: StaffMode
    queue: CheckInQueue
    staff_store: StaffStore
    display: DisplaySleep

    def shutdown(self) -> None:
        """Engine first, then the objects it used (they outlive every binding to them)."""
        self.slideshow.stop()
        self.check_in.stop()
        self.staff.stop()
        self.queue.stop()
        self.display.stop()
        self.window.close()
        shiboken6.delete(self.engine)
        self.store.close()
        self.staff_store.close()


def open_checkin_store(data: DataDir, clock: Callable[[], datetime]) -> CheckInStore:
    """Open the store. One that cannot be opened now is not fatal: the slides play, and each
    check-in tries to open it again, so a disk that was full or read-only works again once it
    is fixed."""
    store = CheckInStore(data.checkin_store, clock)
    try:
        store.open()
    except StoreError as exc:
        log.error("The check-in store could not be opened: %s", exc)
    return store


def open_staff_store(data: DataDir, clock: Callable[[], datetime]) -> StaffStore:
    """Open staff accounts and the audit log; staff mode says so when they cannot be opened,
    and tries again the next time it is opened."""
    staff = StaffStore(data.staff_store, clock)
    try:
        staff.open()
    except StaffError as exc:
        log.error("The staff records could not be opened: %s", exc)
    return staff


def build_kiosk(
    data: DataDir,
    *,
    kiosk_mode: bool,
    language: str = "en",
    size: QSize | None = None,
    follow_schedule: bool = True,
    clock: Callable[[], datetime] = datetime.now,
    start: bool = True,
    media_roots: Sequence[Path] | None = None,
) -> KioskWindow:
    settings_file = SettingsFile(data.settings_file)
    settings_file.sweep()
    loaded = settings_file.load()
    for problem in loaded.problems:
        log.warning("Settings: %s", problem)
    deck_source = DeckSource(data, language)
    slideshow = Slideshow(
        deck_source, loaded.settings, clock=clock, follow_schedule=follow_schedule
    )
    branding = Branding(loaded.settings, data.root)
    store = open_checkin_store(data, clock)
    check_in = CheckInFlow(
        store,
        loaded.settings,
        Chime(loaded.settings.chime, loaded.settings.chime_volume),
        language=language,
        clock=clock,
    )
    staff_store = open_staff_store(data, clock)
    drives = default_media_roots() if media_roots is None else media_roots
    queue = CheckInQueue(
        store,
        staff_store,
        loaded.settings,
        export_folder=data.export_dir,
        media_roots=drives,
        clock=clock,
    )
    check_in.saved.connect(queue.refresh)
    queue.start_retention()
    display = DisplaySleep(loaded.settings, clock)
    settings_editor = SettingsEditor(
        settings_file,
        loaded,
        staff_store,
        deck_folder=data.deck_dir,
        media_roots=drives,
        followers=[f.apply_settings for f in (slideshow, branding, check_in, queue, display)],
    )
    deck_editor = DeckEditor(
        deck_source,
        staff_store,
        slideshow,
        speed=lambda: settings_editor.settings.rotation_speed,
        media_roots=drives,
        clock=clock,
    )
    staff = StaffMode(
        staff_store,
        queue,
        AuditList(staff_store),
        deck_editor,
        settings_editor,
        clock=clock,
    )
    if start:
        display.start()  # rendered slides (``kiosk render``) are never dimmed
        slideshow.start()
    else:
        slideshow.load()

    engine = QQmlApplicationEngine()
    engine.addImageProvider("qr", QrImageProvider())
    engine.addImportPath(str(QML_DIR))
    engine.setInitialProperties(
        {
            "slideshow": slideshow,
            "branding": branding,
            "checkIn": check_in,
            "staff": staff,
            "display": display,
            "kioskMode": kiosk_mode,
            "keyboardLayouts": QUrl.fromLocalFile(str(KEYBOARD_LAYOUTS_DIR)).toString(),
            "fullKeyboardLayouts": QT_KEYBOARD_LAYOUTS,
        }
    )
    engine.loadFromModule("Kiosk", "Main")
    roots: list[QObject] = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        for part in (slideshow, check_in, staff, queue, display):
            part.stop()
        store.close()
        staff_store.close()
        raise StartupError("The kiosk's QML could not be loaded; see the messages above")
    window = roots[0]
    MemoryHousekeeping(engine, slideshow)
    if size is not None:
        window.resize(size)
    window.installEventFilter(
        ActivityWatcher(check_in.touched, staff.touched, display.touched, parent=window)
    )
    return KioskWindow(
        engine, window, slideshow, branding, check_in, store, staff, queue, staff_store, display
    )
