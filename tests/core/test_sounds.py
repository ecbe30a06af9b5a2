"""The chimes as files: what make_sounds writes is what is committed, and an urgent check-in is
plainly louder than every other sound, measured as RMS level over each sound."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from kiosk.core.paths import SOUNDS_DIR
from kiosk.tools.make_sounds import CHIMES, write


def level_db(path: Path) -> float:
    """RMS level of the whole sound, in dB of full scale."""
    with wave.open(str(path), "rb") as sound:
        frames = sound.readframes(sound.getnframes())
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768
    return 20 * math.log10(rms)


def test_the_committed_sounds_are_the_ones_the_tool_makes(tmp_path: Path) -> None:
    for name, tones in CHIMES.items():
        made = write(name, tones, tmp_path).read_bytes()
        assert made == (SOUNDS_DIR / f"{name}.wav").read_bytes(), name


def test_the_urgent_chime_is_at_least_6_db_louder_than_any_other() -> None:
    urgent = level_db(SOUNDS_DIR / "urgent.wav")
    for other in ("checkin", "help", "call"):
        assert urgent - level_db(SOUNDS_DIR / f"{other}.wav") >= 6.0, other
