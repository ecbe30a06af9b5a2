"""The chimes: one sound for a check-in, a more insistent one if urgent, one for help, and
the waiting room's for a patient called to the desk."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

from kiosk.core.paths import SOUNDS_DIR

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect


class Sound(StrEnum):
    CHECK_IN = "checkin"
    URGENT = "urgent"
    HELP = "help"
    CALL = "call"


class Chime(QObject):
    """Plays the desk's sounds. With the chime turned off, or no sound output, it stays silent."""

    rang = Signal(str)
    """Emitted for every sound asked for while the chime is on, heard or not."""

    def __init__(self, enabled: bool, volume: int = 100, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.volume = volume
        """Per cent of full volume."""
        self._effects: dict[Sound, QSoundEffect] = {}
        self._warned = False

    def _effect(self, sound: Sound) -> QSoundEffect | None:
        if sound not in self._effects:
            # Imported here: loading Qt Multimedia probes for sound libraries, and the logging
            # rules that quieten those probes are set before the application starts.
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if QMediaDevices.defaultAudioOutput().isNull():
                if not self._warned:
                    log.warning("No sound output was found; the front desk will not hear chimes")
                    self._warned = True
                return None
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(SOUNDS_DIR / f"{sound.value}.wav")))
            self._effects[sound] = effect
        return self._effects[sound]

    def ring(self, sound: Sound) -> None:
        if not self.enabled:
            return
        self.rang.emit(sound.value)
        effect = self._effect(sound)
        if effect is not None:
            effect.setVolume(self.volume / 100)
            effect.play()
