"""Read aloud: the slide on screen or the check-in's question, spoken offline through Qt
TextToSpeech (speech-dispatcher with espeak-ng, from Debian, on a real kiosk).

The voice is a program of its own (``voice_process``): connecting to speech-dispatcher takes
over a second, and one that stops answering holds Python's interpreter lock, which would freeze
the screen. The kiosk only writes to it and reads from it, never waits on it, and ends it when
it closes. The button shows only while a voice speaks the patient's language; with no speech
engine, or none for that language, it is not there at all.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import Property, QObject, QProcess, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "ReadAloud"]

log = logging.getLogger(__name__)

ENGINE_VARIABLE = "KIOSK_SPEECH_ENGINE"
DEFAULT_ENGINE = "speechd"
CLOSE_WAIT_MS = 1000
NO_ENGINE = "none"
PROJECT_ROOT = Path(__file__).resolve().parents[3]


def speech_engine() -> str:
    """Qt's engine for the voice: speech-dispatcher unless ``KIOSK_SPEECH_ENGINE`` names
    another ("none" turns reading aloud off)."""
    return os.environ.get(ENGINE_VARIABLE, DEFAULT_ENGINE)


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

    def __init__(self, region: str, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._region = region
        self._language = language
        self._locales: list[str] = []
        self._speaking = False
        self.last_spoken = ""
        """What was read aloud last (tests read it; it never leaves the process)."""
        self._voice: QProcess | None = None
        self._heard = b""

    def start(self, engine: str | None = None) -> None:
        """Start the voice's program; the button shows once it has found a voice."""
        engine = engine or speech_engine()
        if self._voice is not None or engine == NO_ENGINE:
            return
        voice = QProcess(self)
        voice.setProgram(sys.executable)
        voice.setArguments(["-m", "kiosk.ui.platform.voice_process", engine])
        voice.setWorkingDirectory(str(PROJECT_ROOT))
        voice.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        voice.readyReadStandardOutput.connect(self._read)
        voice.errorOccurred.connect(self._failed)
        self._voice = voice
        voice.start()

    def close(self) -> None:
        voice, self._voice = self._voice, None
        if voice is None:
            return
        voice.readyReadStandardOutput.disconnect(self._read)
        voice.errorOccurred.disconnect(self._failed)
        if voice.state() != QProcess.ProcessState.NotRunning:
            voice.closeWriteChannel()  # the end of its input: it quits
            if not voice.waitForFinished(CLOSE_WAIT_MS):
                # A speech-dispatcher that stopped answering holds it: the kiosk does not wait.
                log.warning("The voice did not answer; it is ended")
                voice.kill()
                voice.waitForFinished(CLOSE_WAIT_MS)
        voice.deleteLater()

    def set_language(self, language: str) -> None:
        self._language = language
        self.stop()
        self.changed.emit()

    @Slot(str)
    def speak(self, text: str) -> None:
        locale = self._locale()
        if not locale or not text.strip():
            return
        text = text.replace("\u00a0", " ")  # the screen's no-break spaces are plain to a voice
        self.last_spoken = text
        self._tell({"say": text, "locale": locale})

    @Slot()
    def stop(self) -> None:
        self._tell({"stop": True})

    def _tell(self, message: dict[str, object]) -> None:
        if self._voice is not None and self._voice.state() == QProcess.ProcessState.Running:
            self._voice.write((json.dumps(message) + "\n").encode())

    @Slot()
    def _read(self) -> None:
        if self._voice is None:
            return
        self._heard += bytes(self._voice.readAllStandardOutput().data())
        *lines, self._heard = self._heard.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if not isinstance(message, dict):
                continue
            if isinstance(locales := message.get("locales"), list):
                self._locales = [str(name) for name in locales]
                self.changed.emit()
            elif isinstance(speaking := message.get("speaking"), bool):
                self._speaking = speaking
                self.changed.emit()

    @Slot(QProcess.ProcessError)
    def _failed(self, error: QProcess.ProcessError) -> None:
        """The voice could not start or stopped: the button goes, the kiosk carries on."""
        log.warning("The voice stopped (%s); reading aloud is off", error.name)
        self._locales = []
        self._speaking = False
        self.changed.emit()

    def _locale(self) -> str:
        return voice_locale(self._language, self._region, self._locales)

    def _available(self) -> bool:
        return bool(self._locale())

    def _is_speaking(self) -> bool:
        return self._speaking

    available = Property(bool, _available, notify=changed)
    speaking = Property(bool, _is_speaking, notify=changed)
