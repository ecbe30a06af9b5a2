"""Frames, growth and tap-to-screen: each measured inside a fresh kiosk process
(``benchmarks.kiosk_scene``) on a screen of its own, and summed up here."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from benchmarks.figures import FRAME_BUDGET_MS, figure, median, percentile, progress, remark
from benchmarks.processes import Screen, screen

SCENE_TIMEOUT_S = 3600
SIZES = {"1080p": (1920, 1080), "2160p": (3840, 2160)}


def run_scene(where: Screen, mode: str, count: int) -> dict[str, Any]:
    return run_scenes(where, mode, count, 1)[0]


def run_scenes(where: Screen, mode: str, count: int, copies: int) -> list[dict[str, Any]]:
    """Run ``copies`` scene processes side by side and return what each measured."""
    size = f"{where.width}x{where.height}"
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "benchmarks.kiosk_scene", mode, size, str(count)],
            env=where.qt_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(copies)
    ]
    results = []
    for process in processes:
        out, errors = process.communicate(timeout=SCENE_TIMEOUT_S)
        if process.returncode != 0:
            raise RuntimeError(f"the {mode} scene failed:\n{errors[-3000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def frames(runs: int) -> None:
    """One run is one crossfade, the clinic's default transition, at its full 900 ms."""
    for name, (width, height) in SIZES.items():
        progress(f"frames at {width}x{height}: {runs} transitions")
        with screen(width, height) as where:
            result = run_scene(where, "frames", runs)
        per_run: list[list[float]] = result["intervals_ms"]
        work: list[list[float]] = result["work_ms"]
        figure(f"frames_{name}_median", median([median(r) for r in per_run]), "ms")
        figure(f"frames_{name}_p99", median([percentile(r, 0.99) for r in per_run]), "ms")
        over = [sum(1 for t in r if t > FRAME_BUDGET_MS) for r in per_run]
        figure(f"frames_{name}_over_16_7ms", median(over), "frames", digits=0)
        figure(f"frames_{name}_per_transition", median([len(r) for r in per_run]), "frames", 0)
        figure(f"frames_{name}_longest", max(max(r) for r in per_run), "ms")
        figure(f"frames_{name}_drawing_p99", median([percentile(r, 0.99) for r in work]), "ms")


def growth(runs: int, transitions: int) -> None:
    """The runs go side by side: each waits on its animations far more than it computes, and
    how fast they go does not change how much memory they hold."""
    progress(f"growth: {runs} runs of {transitions} accelerated transitions, side by side")
    _memory_curves("growth", runs, transitions)


def soak(runs: int, transitions: int) -> None:
    """Growth with a check-in after every tenth transition, side by side as in ``growth``."""
    progress(f"soak: {runs} runs of {transitions} transitions with a check-in every tenth")
    check_ins = _memory_curves("soak", runs, transitions)
    figure("soak_check_ins", median(check_ins), "checkins", 0)


def _memory_curves(mode: str, runs: int, transitions: int) -> list[int]:
    """Prints ``<mode>_rss_after_<first>``, ``_after_<transitions>`` and the growth, with
    each run's curve as a remark; returns each run's number of check-ins."""
    with screen(*SIZES["1080p"]) as where:
        results = run_scenes(where, mode, transitions, runs)
    curves = [{int(k): v / 1024 for k, v in result["rss_kib"].items()} for result in results]
    first = min(curves[0])
    figure(f"{mode}_rss_after_{first}", median([curve[first] for curve in curves]), "MiB")
    figure(
        f"{mode}_rss_after_{transitions}", median([curve[transitions] for curve in curves]), "MiB"
    )
    grown = median([curve[transitions] - curve[first] for curve in curves])
    figure("growth" if mode == "growth" else f"{mode}_growth", grown, "MiB", 2)
    for number, curve in enumerate(curves, start=1):
        points = ", ".join(f"{done}: {rss:.1f}" for done, rss in sorted(curve.items()))
        remark(f"{mode} run {number}, MiB after N transitions: {points}")
    return [result["check_ins"] for result in results]


def tap(runs: int) -> None:
    progress(f"tap-to-screen: {runs} check-ins")
    with screen(*SIZES["1080p"]) as where:
        result = run_scene(where, "tap", runs)
    times: list[float] = result["tap_ms"]
    figure("tap_to_screen", median(times), "ms")
    figure("tap_to_screen_first", times[0], "ms")
    figure("tap_to_screen_longest", max(times), "ms")
