"""Read aloud: the slide on screen or the check-in's question, spoken offline through Qt
TextToSpeech (speech-dispatcher with espeak-ng, from Debian, on a real kiosk).

Connecting to speech-dispatcher takes over a second, so the voice lives on a thread of its own
and the screen never waits for it. The button shows only while a voice speaks the patient's
language; with no speech engine, or none for that language, it is not there at all.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import Property, QLocale, QObject, QThread, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "ReadAloud"]

log = logging.getLogger(__name__)

ENGINE_VARIABLE = "KIOSK_SPEECH_ENGINE"
DEFAULT_ENGINE = "speechd"
CLOSE_WAIT_MS = 2000


def speech_engine() -> str:
    """Qt's engine for the voice: speech-dispatcher unless ``KIOSK_SPEECH_ENGINE`` names
    another ("none" turns reading aloud off)."""
    return os.environ.get(ENGINE_VARIABLE, DEFAULT_ENGINE)


class _Voice(QObject):
    """Lives on the speech thread and owns the QTextToSpeech there."""

    found = Signal(list)
    """The locales (``es_419``...) that have a voice."""
    speaking = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._speech: object | None = None

    @Slot(str)
    def open(self, engine: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        usable = engine in QTextToSpeech.availableEngines()
        speech = QTextToSpeech(engine, self) if usable else None
        if speech is None or speech.state() == QTextToSpeech.State.Error:
            log.info("No voice to read aloud with (engine %s); the button is left out", engine)
            self.found.emit([])
            return
        self._speech = speech
        speech.stateChanged.connect(self._state_changed)
        locales = [locale.name() for locale in speech.availableLocales()]
        log.info("Reading aloud with %s: %d languages", engine, len(locales))
        self.found.emit(locales)

    @Slot(str, str)
    def say(self, text: str, locale: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        speech = self._speech
        if isinstance(speech, QTextToSpeech):
            speech.stop()
            speech.setLocale(QLocale(locale))
            speech.say(text)

    @Slot()
    def stop(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if isinstance(self._speech, QTextToSpeech):
            self._speech.stop()

    @Slot(object)
    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self.speaking.emit(state == QTextToSpeech.State.Speaking)


def voice_locale(language: str, region: str, locales: list[str]) -> str:
    """The voice for ``language``: the clinic's region's if there is one (``es_US``), else
    the first of that language (``es_419``); empty when there is none."""
    if f"{language}_{region}" in locales:
        return f"{language}_{region}"
    return next((name for name in sorted(locales) if name.split("_")[0] == language), "")


@QmlElement
@QmlUncreatable("Reading aloud is made by the application")
class ReadAloud(QObject):  # type: ignore[operator]  # PySide6 stubs: QmlUncreatable(reason)
    changed = Signal()
    _open = Signal(str)
    _say = Signal(str, str)
    _stop = Signal()

    def __init__(self, region: str, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._region = region
        self._language = language
        self._locales: list[str] = []
        self._speaking = False
        self.last_spoken = ""
        """What was read aloud last (tests read it; it never leaves the process)."""
        self._thread: QThread | None = None
        self._voice: _Voice | None = None

    def start(self, engine: str | None = None) -> None:
        """Look for a voice, on the speech thread; the button shows once one is found."""
        if self._thread is not None:
            return
        self._thread = QThread()
        self._thread.setObjectName("speech")
        self._voice = _Voice()
        self._voice.moveToThread(self._thread)
        self._voice.found.connect(self._found)
        self._voice.speaking.connect(self._speaking_changed)
        self._open.connect(self._voice.open)
        self._say.connect(self._voice.say)
        self._stop.connect(self._voice.stop)
        self._thread.finished.connect(self._voice.deleteLater)
        self._thread.start()
        self._open.emit(engine or speech_engine())

    def close(self) -> None:
        if self._thread is not None:
            self._stop.emit()
            self._thread.quit()
            if not self._thread.wait(CLOSE_WAIT_MS):
                # A speech-dispatcher that has stopped answering holds the thread in a socket
                # read. The kiosk is closing: end the thread rather than hang with it.
                log.warning("The voice did not answer; its thread is ended")
                self._thread.terminate()
                self._thread.wait(CLOSE_WAIT_MS)
            self._thread = None

    def set_language(self, language: str) -> None:
        self._language = language
        self.stop()
        self.changed.emit()

    @Slot(str)
    def speak(self, text: str) -> None:
        locale = self._locale()
        if not locale or not text.strip():
            return
        self.last_spoken = text
        self._say.emit(text, locale)

    @Slot()
    def stop(self) -> None:
        self._stop.emit()

    @Slot(list)
    def _found(self, locales: list[str]) -> None:
        self._locales = list(locales)
        self.changed.emit()

    @Slot(bool)
    def _speaking_changed(self, speaking: bool) -> None:
        self._speaking = speaking
        self.changed.emit()

    def _locale(self) -> str:
        return voice_locale(self._language, self._region, self._locales)

    def _available(self) -> bool:
        return bool(self._locale())

    def _is_speaking(self) -> bool:
        return self._speaking

    available = Property(bool, _available, notify=changed)
    speaking = Property(bool, _is_speaking, notify=changed)
