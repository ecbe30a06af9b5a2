"""What the patient at the screen chose for it: the language, larger text and high contrast.

The slides and the check-in share these, so a patient who switched the slides to Spanish checks
in in Spanish. Every choice returns to the clinic's defaults after the patient: when a check-in
ends, and after ``SLIDES_RESET_SECONDS`` with no touch on the slides (nobody can tell when a
patient who only read the slides has gone).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.languages import (
    SOURCE_LANGUAGE,
    available_languages,
    keyboard_layouts,
    keyboard_locale,
    offered_languages,
)
from kiosk.core.settings import Settings
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.platform.translation import InterfaceLanguage

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "PatientChoices"]

log = logging.getLogger(__name__)

SLIDES_RESET_SECONDS = 300


@QmlElement
@QmlUncreatable("The patient's choices are made by the application")
class PatientChoices(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    changed = Signal()
    languageChanged = Signal()

    def __init__(
        self, settings: Settings, interface: InterfaceLanguage, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._interface = interface
        self._followers: list[Callable[[str], None]] = []
        self._settings = settings
        self._layouts = keyboard_layouts()
        self._offered = self._readable(settings)
        self._language = self._offered[0]
        self._high_contrast = False
        self._larger_text = False
        self._reset_timer = QTimer(self, singleShot=True, interval=SLIDES_RESET_SECONDS * 1000)
        self._reset_timer.timeout.connect(self.reset)
        if self._language != interface.code:
            interface.use(self._language)

    def _readable(self, settings: Settings) -> tuple[str, ...]:
        offered = offered_languages(settings.languages, available_languages())
        readable = tuple(code for code in offered if self._interface.readable(code))
        return readable or (SOURCE_LANGUAGE,)

    def start_in(self, code: str) -> None:
        """Show ``code`` now, offered or not, when the kiosk can speak it (``kiosk render``)."""
        if self._interface.readable(code) and code in available_languages():
            self._set_language(code)
        else:
            log.error("There is no %s translation; the screens stay in %s", code, self._language)

    @property
    def code(self) -> str:
        """The language the screens speak now."""
        return self._language

    @property
    def offered(self) -> tuple[str, ...]:
        """The languages patients are offered, the clinic's own first."""
        return self._offered

    def language_name(self, code: str) -> str:
        """ "Español" for Spanish: each language named in itself."""
        return self._interface.own_name(code)

    def each_language(self) -> list[str]:
        """The languages offered, the one the screens speak now first."""
        return [self._language, *(code for code in self._offered if code != self._language)]

    def translated(self, code: str, context: str, text: str) -> str:
        return self._interface.translated(code, context, text)

    def follow(self, follower: Callable[[str], None]) -> None:
        """``follower`` is called with the new language code whenever it changes."""
        self._followers.append(follower)

    # --- what QML calls ---------------------------------------------------------------------

    @Slot(str)
    def chooseLanguage(self, code: str) -> None:
        if code not in self._offered or code == self._language:
            return
        self._set_language(code)
        self._reset_timer.start()

    @Slot()
    def toggleHighContrast(self) -> None:
        self._high_contrast = not self._high_contrast
        self._reset_timer.start()
        self.changed.emit()

    @Slot()
    def toggleLargerText(self) -> None:
        self._larger_text = not self._larger_text
        self._reset_timer.start()
        self.changed.emit()

    @Slot()
    def reset(self) -> None:
        """Back to the clinic's defaults, for the next patient."""
        self._reset_timer.stop()
        if self._language != self._offered[0]:
            self._set_language(self._offered[0])
        if self._high_contrast or self._larger_text:
            self._high_contrast = False
            self._larger_text = False
            self.changed.emit()

    @Slot()
    def touched(self) -> None:
        """A touch anywhere: a patient is still at the screen."""
        if self._reset_timer.isActive():
            self._reset_timer.start()

    @Slot()
    def pause_reset(self) -> None:
        """A check-in is open: it resets the choices itself when it ends."""
        self._reset_timer.stop()

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._offered = self._readable(settings)
        self._set_language(self._offered[0])
        self.changed.emit()

    def set_reset_after(self, ms: int) -> None:
        """A shorter wait on the slides than five minutes, so tests need not sit idle."""
        self._reset_timer.setInterval(ms)

    def stop(self) -> None:
        """The kiosk is closing: its translator leaves the application with it."""
        self._reset_timer.stop()
        self._interface.use(SOURCE_LANGUAGE)

    def _set_language(self, code: str) -> None:
        self._interface.use(code)
        self._language = self._interface.code
        log.info("The screens now speak %s", self._language)
        for follower in self._followers:
            follower(self._language)
        self.languageChanged.emit()
        self.changed.emit()

    # --- what QML reads -----------------------------------------------------------------------

    def _get_language(self) -> str:
        return self._language

    def _get_other_languages(self) -> list[dict[str, str]]:
        return [
            {"code": code, "name": self._interface.own_name(code)}
            for code in self._offered
            if code != self._language
        ]

    def _get_keyboard_locale(self) -> str:
        return keyboard_locale(self._language, self._settings.region, self._layouts)

    def _get_keyboard_locales(self) -> list[str]:
        return [keyboard_locale(c, self._settings.region, self._layouts) for c in self._offered]

    def _get_high_contrast(self) -> bool:
        return self._high_contrast

    def _get_larger_text(self) -> bool:
        return self._larger_text

    language = Property(str, _get_language, notify=languageChanged)
    otherLanguages = Property(list, _get_other_languages, notify=changed)
    keyboardLocale = Property(str, _get_keyboard_locale, notify=languageChanged)
    keyboardLocales = Property(list, _get_keyboard_locales, notify=changed)
    highContrast = Property(bool, _get_high_contrast, notify=changed)
    largerText = Property(bool, _get_larger_text, notify=changed)
