"""Writes the kiosk's chimes to assets/sounds: plain sine tones with a soft decay, made here.

Run ``python -m kiosk.tools.make_sounds`` after changing a tone; the WAV files are committed.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from kiosk.core.paths import ASSETS_DIR

RATE = 44_100
SOUNDS_DIR = ASSETS_DIR / "sounds"

# (frequency in Hz, start in seconds, length in seconds, loudness 0..1)
Tone = tuple[float, float, float, float]

CHIMES: dict[str, list[Tone]] = {
    # Two falling notes, like a shop-door bell: someone has checked in.
    "checkin": [(880.0, 0.0, 0.9, 0.5), (659.3, 0.35, 1.1, 0.5)],
    # Three rising notes, twice: an urgent check-in, hard to miss across the desk.
    "urgent": [
        (f, start + n * 0.18, 0.35, 0.6)
        for start in (0.0, 0.8)
        for n, f in enumerate((987.8, 1174.7, 1318.5))
    ],
    # Two rising notes: a patient asks for help at the kiosk.
    "help": [(659.3, 0.0, 0.7, 0.5), (880.0, 0.3, 0.9, 0.5)],
    # Three calm notes, low to high and back, as in a station: a patient is called to the desk.
    "call": [(523.3, 0.0, 0.9, 0.5), (784.0, 0.4, 0.9, 0.5), (659.3, 0.8, 1.2, 0.5)],
}


PEAKS: dict[str, float] = {"urgent": 0.95}
"""Each chime's loudest sample, of full scale; the others are quieter by half (about 6 dB), so
an urgent check-in is plainly louder than every other sound (tests/core/test_sounds.py)."""
QUIET_PEAK = 0.45


def render(tones: list[Tone], peak_level: float = QUIET_PEAK) -> bytes:
    length = max(start + span for _, start, span, _ in tones)
    samples = [0.0] * int(length * RATE)
    for frequency, start, span, loudness in tones:
        first = int(start * RATE)
        for i in range(int(span * RATE)):
            t = i / RATE
            envelope = min(1.0, t / 0.01) * math.exp(-4.0 * t / span)
            samples[first + i] += loudness * envelope * math.sin(2 * math.pi * frequency * t)
    peak = max(1.0, max(abs(s) for s in samples))
    return b"".join(struct.pack("<h", int(32767 * peak_level * s / peak)) for s in samples)


def write(name: str, tones: list[Tone], folder: Path = SOUNDS_DIR) -> Path:
    path = folder / f"{name}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(render(tones, PEAKS.get(name, QUIET_PEAK)))
    return path


def main() -> None:
    SOUNDS_DIR.mkdir(parents=True, exist_ok=True)
    for name, tones in CHIMES.items():
        print(write(name, tones))


if __name__ == "__main__":
    main()
