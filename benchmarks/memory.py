"""Memory while showing the slides: the kiosk program against headless Chromium on the same slides.

Both run side by side for the same time, each from a fresh data folder or profile. The kiosk's
figure is its peak resident set (VmHWM); Chromium's is the peak, over samples every 200 ms, of
the resident sets of all its processes added up. Resident sets count a shared library's pages
again in every process that maps it, which weighs on Chromium's many processes, so the
proportional set sizes (shared pages split between the processes that share them) at the end
are printed too.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.figures import figure, median, progress, ratio
from benchmarks.processes import (
    Screen,
    peak_rss_kib,
    stop_group,
    tree_pss_kib,
    tree_rss_kib,
)
from benchmarks.startup import chromium_program, kiosk_arguments, start_chromium

SAMPLE_S = 0.2
MIB = 1024


@dataclass
class MemoryFigures:
    kiosk_peak_kib: list[int] = field(default_factory=list)
    kiosk_pss_kib: list[int] = field(default_factory=list)
    chromium_peak_kib: list[int] = field(default_factory=list)
    chromium_pss_kib: list[int] = field(default_factory=list)


def measure(screen: Screen, scratch: Path, page: Path, runs: int, seconds: float) -> MemoryFigures:
    chromium = chromium_program()
    figures = MemoryFigures()
    progress(f"memory: {runs} runs of {seconds:.0f} s")
    for run in range(runs):
        folder = scratch / f"memory-{run}"
        kiosk = subprocess.Popen(
            kiosk_arguments(screen, folder / "data"),
            env=screen.qt_env(XDG_CACHE_HOME=str(folder / "cache")),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        browser = start_chromium(chromium, folder / "profile", page) if chromium else None
        try:
            browser_peak = 0
            until = time.monotonic() + seconds
            while time.monotonic() < until:
                if browser is not None:
                    browser_peak = max(browser_peak, tree_rss_kib(browser.pid))
                time.sleep(SAMPLE_S)
            if kiosk.poll() is not None:
                raise RuntimeError(f"the kiosk stopped during the memory run (code {kiosk.poll()})")
            figures.kiosk_peak_kib.append(peak_rss_kib(kiosk.pid))
            figures.kiosk_pss_kib.append(tree_pss_kib(kiosk.pid))
            if browser is not None:
                figures.chromium_peak_kib.append(browser_peak)
                figures.chromium_pss_kib.append(tree_pss_kib(browser.pid))
        finally:
            stop_group(kiosk)
            if browser is not None:
                stop_group(browser)
    return figures


def report(figures: MemoryFigures) -> None:
    kiosk_peak = median(figures.kiosk_peak_kib) / MIB
    kiosk_pss = median(figures.kiosk_pss_kib) / MIB
    figure("memory_kiosk_peak_rss", kiosk_peak, "MiB")
    figure("memory_kiosk_pss", kiosk_pss, "MiB")
    if not figures.chromium_peak_kib:
        return  # start-up already said Chromium is missing
    chromium_peak = median(figures.chromium_peak_kib) / MIB
    chromium_pss = median(figures.chromium_pss_kib) / MIB
    figure("peer_chromium_peak_rss_total", chromium_peak, "MiB")
    figure("peer_chromium_pss_total", chromium_pss, "MiB")
    ratio("memory_ratio_to_chromium", kiosk_peak, chromium_peak)
    ratio("memory_pss_ratio_to_chromium", kiosk_pss, chromium_pss)
