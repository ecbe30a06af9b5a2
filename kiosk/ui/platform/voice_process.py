"""The kiosk's voice, as a program of its own: ``python -m kiosk.ui.platform.voice_process
ENGINE``.

Qt TextToSpeech holds Python's interpreter lock while its speech-dispatcher engine connects, so
a speech-dispatcher that stops answering would freeze every thread of the kiosk with it, the
screen and the watchdog's heartbeat included. Here it can only freeze itself: the kiosk talks
to it through a pipe and ends it when it closes.

One JSON object a line each way. In: ``{"say": text, "locale": "es_US"}``, ``{"stop": true}``;
the end of the input quits. Out: ``{"locales": [...]}`` once the engine is open (empty when
there is no voice), then ``{"speaking": true|false}`` as it starts and stops.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSocketNotifier, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger("kiosk.voice")

MAX_LINE_BYTES = 64 * 1024
"""No slide or question comes near this; a longer line is dropped, never gathered for ever."""


def tell(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


class Voice(QObject):
    def __init__(self, engine: str) -> None:
        super().__init__()
        usable = engine in QTextToSpeech.availableEngines()
        speech = QTextToSpeech(engine, self) if usable else None
        if speech is None or speech.state() == QTextToSpeech.State.Error:
            log.info("No voice to read aloud with (engine %s); the button is left out", engine)
            self._speech: QTextToSpeech | None = None
            tell({"locales": []})
            return
        self._speech = speech
        speech.stateChanged.connect(self._state_changed)
        locales = [locale.name() for locale in speech.availableLocales()]
        log.info("Reading aloud with %s: %d languages", engine, len(locales))
        tell({"locales": locales})

    def take(self, message: dict[str, Any]) -> None:
        if self._speech is None:
            return
        text, locale = message.get("say"), message.get("locale")
        if isinstance(text, str) and isinstance(locale, str):
            self._speech.stop()
            self._speech.setLocale(QLocale(locale))
            self._speech.say(text)
        elif message.get("stop") is True:
            self._speech.stop()

    @Slot(QTextToSpeech.State)
    def _state_changed(self, state: QTextToSpeech.State) -> None:
        tell({"speaking": state == QTextToSpeech.State.Speaking})


class Orders(QObject):
    """The lines the kiosk writes, read as they come, without a thread."""

    def __init__(self, voice: Voice, app: QCoreApplication) -> None:
        super().__init__()
        self._voice = voice
        self._app = app
        self._pending = b""
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    @Slot()
    def _read(self) -> None:
        chunk = os.read(sys.stdin.fileno(), 65536)
        if not chunk:
            self._notifier.setEnabled(False)
            self._app.quit()
            return
        self._pending += chunk
        *lines, self._pending = self._pending.split(b"\n")
        if len(self._pending) > MAX_LINE_BYTES:
            self._pending = b""
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                self._voice.take(message)


def main(argv: list[str]) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = QCoreApplication(argv[:1])
    voice = Voice(argv[1] if len(argv) > 1 else "speechd")
    orders = Orders(voice, app)
    code = app.exec()
    del orders, voice
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
