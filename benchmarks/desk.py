"""The front desk on one PC: a patient's Confirm to the row on the desk, and the desk's Call to
the banner on the kiosk, against SQLite's own bare change notice (a commit on one connection
seen by ``PRAGMA data_version`` on another) in the same run. Each run is a fresh process
(``benchmarks.desk_scene``) with the real desk window, offscreen."""

from __future__ import annotations

import os
from pathlib import Path

from benchmarks.figures import figure, median, percentile, progress, ratio
from benchmarks.processes import scene_result

SCENE_TIMEOUT_S = 600


def measure(folder: Path, runs: int, count: int) -> None:
    progress(f"desk: {runs} runs of {count} arrivals and calls")
    series: dict[str, list[list[float]]] = {"to_row": [], "to_banner": [], "bare": []}
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    for run in range(runs):
        where = folder / f"desk-{run}"
        where.mkdir(parents=True)
        measured = scene_result(
            "benchmarks.desk_scene", [str(where), str(count)], env, SCENE_TIMEOUT_S
        )
        for name in series:
            series[name].append(measured[name])
    names = {
        "to_row": "desk_confirm_to_row",
        "to_banner": "desk_call_to_banner",
        "bare": "bare_data_version_round_trip",
    }
    for key, name in names.items():
        digits = 3 if key == "bare" else 1
        figure(f"{name}_median", median([median(r) for r in series[key]]), "ms", digits)
        figure(f"{name}_p99", median([percentile(r, 0.99) for r in series[key]]), "ms", digits)
    bare = median([median(r) for r in series["bare"]])
    for key in ("to_row", "to_banner"):
        ratio(f"{names[key]}_median_ratio_to_bare", median([median(r) for r in series[key]]), bare)
