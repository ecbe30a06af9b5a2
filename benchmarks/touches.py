"""Touches and an estimated human time for each scripted patient's whole check-in, on the real
kiosk at 1920x1080 (``benchmarks.touch_scene``): figures, not a pass or fail.

The timing model, stated so that it can be argued with:

- each touch takes Fitts's law's ``a + b log2(D / W + 1)`` from the previous touch, with
  ``a`` = 0.25 s and ``b`` = 0.20 s a bit (slower than the young adults of most touch studies,
  for a patient of 60 to 80), ``D`` the distance the finger travels and ``W`` the kiosk's
  smallest touch target (``Theme.touchTarget``: a tenth of the screen's short side);
- a long press adds the time it is held (the keyboard's 0.8 s and more, as the script holds it);
- each screen the patient comes to costs 2.5 s of reading (a question and its answers, five to
  fifteen words, at about 200 words a minute, and finding the first place to touch);
- a step that moves on by itself adds its wait (0.5 s after an answer, 1.5 s after the date).

"Other touches" are those that are not a letter of the name or a digit of the date: Check in,
moving between fields, shift, answers, Next, Confirm, each accent chosen from the row under the
name boxes, and each long press counted once.
"""

from __future__ import annotations

import math
import os
from typing import Any

from benchmarks.figures import figure, progress, remark
from benchmarks.processes import scene_result

FITTS_A_S = 0.25
FITTS_B_S = 0.20
READING_S = 2.5
SIZE = (1920, 1080)
SCENE_TIMEOUT_S = 600
PATIENTS = ("john_smith", "maria_jose", "rosa_diaz_urgent")


def estimated_seconds(walked: dict[str, Any], width: int, height: int) -> float:
    target = max(64.0, round(min(width, height) * 0.1))
    seconds = float(walked["screens"]) * READING_S + float(walked["waited_s"])
    previous: tuple[int, int] | None = None
    for x, y, held in walked["trail"]:
        distance = 0.0 if previous is None else math.dist(previous, (x, y))
        seconds += FITTS_A_S + FITTS_B_S * math.log2(distance / target + 1) + held
        previous = (x, y)
    return seconds


def measure() -> None:
    progress("touches: three scripted patients, one check-in each")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    size = "x".join(map(str, SIZE))
    measured = scene_result("benchmarks.touch_scene", [size], env, SCENE_TIMEOUT_S)
    for name in PATIENTS:
        walked = measured[name]
        if not walked["saved"]:
            raise RuntimeError(f"{name}'s check-in was not saved")
        typed = walked["letters"] + walked["digits"]
        figure(f"touches_{name}_taps", walked["taps"], "taps", digits=0)
        figure(f"touches_{name}_long_presses", walked["long_presses"], "presses", digits=0)
        other = walked["taps"] + walked["long_presses"] - typed
        figure(f"touches_{name}_other", other, "touches", digits=0)
        figure(f"touches_{name}_estimated", estimated_seconds(walked, *SIZE), "s")
    remark(
        f"model: Fitts a={FITTS_A_S} s, b={FITTS_B_S} s/bit, W=touch target,"
        f" {READING_S} s reading a screen; {SIZE[0]}x{SIZE[1]}"
    )
