"""Builds the kiosk's window: settings, deck, the slides' view models and the QML engine.

Check-in and staff mode (``kiosk.ui.app.desk``) are imported and built only when the desk is
attached, which the running kiosk does just after its first frame: the waiting room sees the
first slide without waiting for them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSize, QTimer, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.core.paths import FONTS_DIR, QML_DIR, DataDir
from kiosk.core.settings import SettingsFile
from kiosk.core.slides.deck_source import DeckSource
from kiosk.core.slides.deck_watcher import POLL_MS, DeckWatcher
from kiosk.ui import QUIET_QT_CATEGORIES
from kiosk.ui.app.housekeeping import MemoryHousekeeping
from kiosk.ui.app.patient_choices import PatientChoices
from kiosk.ui.platform.display_sleep import DisplaySleep
from kiosk.ui.platform.speech import ReadAloud
from kiosk.ui.platform.translation import InterfaceLanguage
from kiosk.ui.slides.branding import Branding
from kiosk.ui.slides.qr_images import QrImageProvider
from kiosk.ui.slides.slideshow import Slideshow

if TYPE_CHECKING:
    from kiosk.core.staff.accounts import StaffStore
    from kiosk.core.storage.records import CheckInRecords
    from kiosk.ui.app.desk import Desk
    from kiosk.ui.calling.call_banner import CallBanner
    from kiosk.ui.checkin.check_in_flow import CheckInFlow
    from kiosk.ui.checkin.check_in_hours import CheckInHours
    from kiosk.ui.staff.checkin_queue import CheckInQueue
    from kiosk.ui.staff.staff_mode import StaffMode

log = logging.getLogger(__name__)


def set_qt_environment(offscreen: bool = False, virtual_keyboard: bool = True) -> None:
    """Environment Qt reads once, before the application object exists. The front desk has a
    real keyboard (``virtual_keyboard`` False)."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ.setdefault("QT_QUICK_BACKEND", "software")
    if virtual_keyboard:
        # The on-screen keyboard is the only keyboard a patient has, drawn in the kiosk's own
        # window, never as a floating window of its own.
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
        os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
    rules = os.environ.get("QT_LOGGING_RULES", "")
    os.environ["QT_LOGGING_RULES"] = ";".join(r for r in (rules, QUIET_QT_CATEGORIES) if r)


def load_fonts() -> None:
    for font in sorted(FONTS_DIR.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            log.warning("The font %s could not be loaded", font.name)


class StartupError(RuntimeError):
    """The QML could not be loaded: a fault of the program, not of the clinic's files."""


DESK_FALLBACK_MS = 2000
"""The desk is attached by now even if no frame has been drawn (a window never exposed)."""


@dataclass
class KioskWindow:
    """Everything one kiosk window needs, owned here so it can be shut down in order."""

    engine: QQmlApplicationEngine
    window: QQuickWindow
    slideshow: Slideshow
    branding: Branding
    display: DisplaySleep
    choices: PatientChoices
    speech: ReadAloud
    deck_poll: QTimer
    """Asks the deck watcher every second whether the clinic's file changed."""
    _make_desk: Callable[[], Desk]
    desk: Desk | None = field(default=None, init=False)
    _shut: bool = field(default=False, init=False)

    def attach_desk(self) -> Desk:
        """Lay check-in and staff mode over the slides, once; ``StartupError`` if their QML
        cannot be loaded."""
        if self.desk is None:
            self.desk = self._make_desk()
        return self.desk

    def _attached(self) -> Desk:
        if self.desk is None:
            raise RuntimeError("Check-in and staff mode are not attached yet")
        return self.desk

    @property
    def check_in(self) -> CheckInFlow:
        return self._attached().check_in

    @property
    def calls(self) -> CallBanner:
        return self._attached().calls

    @property
    def hours(self) -> CheckInHours:
        return self._attached().hours

    @property
    def store(self) -> CheckInRecords:
        return self._attached().store

    @property
    def staff(self) -> StaffMode:
        return self._attached().staff

    @property
    def queue(self) -> CheckInQueue:
        return self._attached().queue

    @property
    def staff_store(self) -> StaffStore:
        return self._attached().staff_store

    def shutdown(self) -> None:
        """Engine first, then the objects it used (they outlive every binding to them); once."""
        if self._shut:
            return
        self._shut = True
        self.deck_poll.stop()
        self.slideshow.stop()
        self.display.stop()
        self.choices.stop()
        self.speech.close()
        if self.desk is not None:
            self.desk.stop()
        self.window.close()
        shiboken6.delete(self.engine)
        if self.desk is not None:
            self.desk.close_stores()


class _DeskAfterFirstFrame(QObject):
    """Attaches the desk once the window has put its first frame on screen (or after
    ``DESK_FALLBACK_MS`` without one), from the event loop rather than inside the frame."""

    def __init__(self, kiosk: KioskWindow, attached: Callable[[Desk | StartupError], None]) -> None:
        super().__init__(kiosk.window)
        self._kiosk = kiosk
        self._attached = attached
        self._fallback = QTimer(self, singleShot=True, interval=DESK_FALLBACK_MS)
        self._fallback.timeout.connect(self._attach)
        self._fallback.start()
        # Let go of by its connection: disconnecting the slot by name fails in PySide 6.11 (with
        # a warning), and the slot then ran on every frame for as long as the kiosk ran.
        self._first_frame = kiosk.window.frameSwapped.connect(self._frame_swapped)

    @Slot()
    def _frame_swapped(self) -> None:
        QObject.disconnect(self._first_frame)
        self._fallback.stop()
        QTimer.singleShot(0, self._attach)

    @Slot()
    def _attach(self) -> None:
        if self._kiosk.desk is not None:
            return
        try:
            desk = self._kiosk.attach_desk()
        except StartupError as exc:
            self._attached(exc)
        else:
            self._attached(desk)


def build_kiosk(
    data: DataDir,
    *,
    kiosk_mode: bool,
    language: str | None = None,
    size: QSize | None = None,
    follow_schedule: bool = True,
    clock: Callable[[], datetime] = datetime.now,
    start: bool = True,
    media_roots: Sequence[Path] | None = None,
    desk_after_first_frame: Callable[[Desk | StartupError], None] | None = None,
) -> KioskWindow:
    """The kiosk's window with its slides. Check-in and staff mode are attached at once, or, when
    ``desk_after_first_frame`` is given, just after the first frame; it is then called with the
    desk, or with the error if the desk's QML could not be loaded. ``language`` starts the
    screens in that language rather than the clinic's own (``kiosk render --lang``)."""
    settings_file = SettingsFile(data.settings_file)
    settings_file.sweep()
    loaded = settings_file.load()
    for problem in loaded.problems:
        log.warning("Settings: %s", problem)
    deck_watcher = DeckWatcher(DeckSource(data))
    slideshow = Slideshow(
        deck_watcher, loaded.settings, clock=clock, follow_schedule=follow_schedule
    )
    branding = Branding(loaded.settings, data.root)
    display = DisplaySleep(loaded.settings, clock)
    choices = PatientChoices(loaded.settings, InterfaceLanguage())
    if language is not None:
        choices.start_in(language)
    slideshow.set_language(choices.code)
    choices.follow(slideshow.set_language)
    speech = ReadAloud(loaded.settings.region, choices.code)
    choices.follow(speech.set_language)
    deck_watcher.load()
    deck_poll = QTimer(interval=POLL_MS)
    deck_poll.timeout.connect(deck_watcher.poll)
    if start:
        display.start()  # rendered slides (``kiosk render``) are never dimmed
        slideshow.start()
        deck_poll.start()
    else:
        slideshow.load()

    engine = QQmlApplicationEngine()
    engine.addImageProvider("qr", QrImageProvider())
    engine.addImportPath(str(QML_DIR))
    engine.setInitialProperties(
        {
            "slideshow": slideshow,
            "branding": branding,
            "display": display,
            "choices": choices,
            "speech": speech,
            "kioskMode": kiosk_mode,
        }
    )
    engine.loadFromModule("Kiosk", "Main")
    roots: list[QObject] = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        for part in (deck_poll, slideshow, display):
            part.stop()
        raise StartupError("The kiosk's QML could not be loaded; see the messages above")
    window = roots[0]
    choices.follow(lambda _language: engine.retranslate())
    MemoryHousekeeping(engine, slideshow)
    if size is not None:
        window.resize(size)

    def make_desk() -> Desk:
        # Imported here: check-in and staff mode's modules take longer to load than the slides.
        from kiosk.core.checkin.csv_export import default_media_roots
        from kiosk.ui.app.desk import DeskError, Player, build_desk

        player = Player(
            engine,
            window,
            slideshow,
            branding,
            display,
            choices,
            deck_watcher,
            settings_file,
            loaded,
        )
        try:
            desk = build_desk(
                player,
                data,
                clock=clock,
                media_roots=default_media_roots() if media_roots is None else media_roots,
            )
        except DeskError as exc:
            raise StartupError(str(exc)) from exc
        for moment in (desk.check_in.opened, desk.check_in.stepChanged, desk.check_in.ended):
            moment.connect(speech.stop)  # what was read belongs to the screen that was there
        desk.calls.announced.connect(lambda ticket: speech.speak(desk.calls.spoken(ticket)))
        speech.start()  # after the first frame: the voice (its own program) takes a second
        return desk

    kiosk = KioskWindow(
        engine, window, slideshow, branding, display, choices, speech, deck_poll, make_desk
    )
    if desk_after_first_frame is None:
        try:
            kiosk.attach_desk()
        except StartupError:
            kiosk.shutdown()
            raise
    else:
        _DeskAfterFirstFrame(kiosk, desk_after_first_frame)
    return kiosk
