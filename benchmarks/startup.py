"""Start-up: the kiosk program to its first whole slide on screen, and headless Chromium to its
screenshot of the same slide as an HTML page; cold (page cache emptied, nothing cached) and warm."""

from __future__ import annotations

import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.figures import figure, median, progress, ratio, remark
from benchmarks.processes import KIOSK_PROGRAM, Screen, drop_page_cache, stop_group
from kiosk.ui.app.first_frame import DESK_PREFIX, REPORT_PREFIX, REPORT_VARIABLE

START_TIMEOUT_S = 60.0
POLL_S = 0.002
PNG_END = b"IEND\xaeB`\x82"

# As the machine's own probe runs Chromium headless (a closed network, no GPU); --no-sandbox
# because the benchmark may run as root, where Chromium refuses its sandbox. Both spare Chromium
# work, so its figures are, if anything, flattered.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium_program() -> str | None:
    return shutil.which("chromium")


def start_chromium(program: str, profile: Path, page: Path, *extra: str) -> subprocess.Popen[str]:
    """Headless Chromium at 1920x1080 on ``page``, in a session of its own (see stop_group)."""
    return subprocess.Popen(
        [
            program,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--window-size=1920,1080",
            *extra,
            page.as_uri(),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )


def kiosk_arguments(screen: Screen, data_dir: Path) -> list[str]:
    """The kiosk as a clinic starts it: full screen; offscreen has no screen to fill."""
    arguments = [str(KIOSK_PROGRAM), "--data-dir", str(data_dir)]
    if screen.display is None:
        arguments += ["--windowed", "--size", f"{screen.width}x{screen.height}"]
    return arguments


@dataclass(frozen=True)
class KioskStart:
    first_slide_ms: float
    checkin_ready_ms: float
    """Until check-in and staff mode, attached after the first frame, could be opened."""


def kiosk_start(screen: Screen, data_dir: Path, cache_dir: Path) -> KioskStart:
    env = screen.qt_env(**{REPORT_VARIABLE: "1", "XDG_CACHE_HOME": str(cache_dir)})
    with tempfile.TemporaryFile() as errors:
        started = time.monotonic_ns()
        process = subprocess.Popen(
            kiosk_arguments(screen, data_dir),
            env=env,
            stdin=subprocess.DEVNULL,  # never a terminal: a kiosk with no account would ask there
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            start_new_session=True,
        )
        try:
            shown = _reported_ns(process, REPORT_PREFIX)
            desk = _reported_ns(process, DESK_PREFIX) if shown is not None else None
        finally:
            stop_group(process)
        if shown is None or desk is None:
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"the kiosk did not report its start; it said:\n{tail}")
    return KioskStart((shown - started) / 1e6, (desk - started) / 1e6)


def _reported_ns(process: subprocess.Popen[str], prefix: str) -> int | None:
    assert process.stdout is not None
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if not ready:
            if process.poll() is not None:
                return None
            continue
        line = process.stdout.readline()
        if not line:
            return None
        if line.startswith(prefix):
            return int(line[len(prefix) :])
    return None


def chromium_screenshot_ms(program: str, page: Path, profile: Path, out: Path) -> float:
    out.unlink(missing_ok=True)
    started = time.monotonic_ns()
    process = start_chromium(program, profile, page, f"--screenshot={out}")
    try:
        written = _png_written_ns(out, process)
    finally:
        stop_group(process)
    if written is None:
        raise RuntimeError("Chromium wrote no screenshot")
    return (written - started) / 1e6


def _png_written_ns(out: Path, process: subprocess.Popen[str]) -> int | None:
    """The moment the screenshot file is whole (its PNG end chunk written)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            with out.open("rb") as png:
                png.seek(-len(PNG_END), 2)
                if png.read() == PNG_END:
                    return time.monotonic_ns()
        except OSError:
            if process.poll() is not None and not out.exists():
                return None
        time.sleep(POLL_S)
    return None


@dataclass
class StartupTimes:
    kiosk_cold: list[KioskStart] = field(default_factory=list)
    kiosk_warm: list[KioskStart] = field(default_factory=list)
    chromium_cold: list[float] = field(default_factory=list)
    chromium_warm: list[float] = field(default_factory=list)


def measure(screen: Screen, scratch: Path, page: Path, runs: int) -> StartupTimes:
    chromium = chromium_program()
    times = StartupTimes()
    dropped = True
    shot = scratch / "chromium-shot.png"
    progress(f"start-up: {runs} cold and {runs} warm runs")
    for run in range(runs):
        # Cold: the kernel's page cache emptied, and no QML cache, data folder or profile yet.
        dropped &= drop_page_cache()
        fresh = scratch / f"cold-{run}"
        times.kiosk_cold.append(kiosk_start(screen, fresh / "data", fresh / "cache"))
        if chromium:
            dropped &= drop_page_cache()
            times.chromium_cold.append(
                chromium_screenshot_ms(chromium, page, fresh / "profile", shot)
            )
    warm = scratch / "warm"
    kiosk_start(screen, warm / "data", warm / "cache")  # fills the caches
    if chromium:
        chromium_screenshot_ms(chromium, page, warm / "profile", shot)
    for _ in range(runs):
        times.kiosk_warm.append(kiosk_start(screen, warm / "data", warm / "cache"))
        if chromium:
            times.chromium_warm.append(
                chromium_screenshot_ms(chromium, page, warm / "profile", shot)
            )
    if not dropped:
        remark(
            "cold runs could not empty the page cache (that needs root): cold here means no "
            "QML cache, data folder or browser profile yet, with files the kernel may still hold"
        )
    return times


def report(times: StartupTimes) -> None:
    cold = median([start.first_slide_ms for start in times.kiosk_cold])
    warm = median([start.first_slide_ms for start in times.kiosk_warm])
    figure("startup_cold", cold, "ms")
    figure("startup_warm", warm, "ms")
    figure(
        "startup_checkin_ready_cold", median([s.checkin_ready_ms for s in times.kiosk_cold]), "ms"
    )
    figure(
        "startup_checkin_ready_warm", median([s.checkin_ready_ms for s in times.kiosk_warm]), "ms"
    )
    if not times.chromium_warm:
        remark(
            "peer: Chromium is not installed (Debian package chromium; scripts/bench installs "
            "it), so there are no peer figures"
        )
        return
    figure("peer_chromium_startup_cold", median(times.chromium_cold), "ms")
    figure("peer_chromium_startup_warm", median(times.chromium_warm), "ms")
    ratio("startup_cold_ratio_to_chromium", cold, median(times.chromium_cold))
    ratio("startup_warm_ratio_to_chromium", warm, median(times.chromium_warm))
