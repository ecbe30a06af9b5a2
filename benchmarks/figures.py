"""Printing figures as ``name: value unit`` lines, and the statistics behind them."""

from __future__ import annotations

import math
import statistics
import sys
from collections.abc import Sequence

FRAME_BUDGET_MS = 1000 / 60


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value with at least ``share`` of all at or below
    it, so p99 of fewer than 100 values is the largest."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return float(ordered[rank - 1])


def figure(name: str, value: float, unit: str, digits: int = 1) -> None:
    print(f"{name}: {value:.{digits}f} {unit}", flush=True)


def ratio(name: str, ours: float, theirs: float) -> None:
    figure(name, ours / theirs if theirs else math.nan, "x", digits=2)


def remark(text: str) -> None:
    """A line for people, not a figure: it starts with '#'."""
    print(f"# {text}", flush=True)


def progress(text: str) -> None:
    print(f"[bench] {text}", file=sys.stderr, flush=True)
