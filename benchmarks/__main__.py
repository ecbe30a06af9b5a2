"""``python -m benchmarks``: the kiosk's speed and memory, against a browser kiosk on this machine.

Every figure is one line, ``name: value unit``, from the median of ``--runs`` runs (5 unless told);
lines starting with '#' are remarks for people. ``--quick`` runs each benchmark once and briefly,
so the test suite can check that each one runs and prints its figures; its figures mean little.
benchmarks/README.md says how each figure is measured.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6 import __version__ as pyside_version

from benchmarks import (
    checkin_commit,
    clinic,
    desk,
    handoff,
    memory,
    scenes,
    sealing,
    startup,
    touches,
)
from benchmarks.figures import progress
from benchmarks.processes import screen
from benchmarks.slide_page import write_slide_page
from benchmarks.startup import chromium_program
from kiosk.core.paths import WITNESS_VARIABLE, default_data_dir

GROUPS = (
    "checkin",
    "sealing",
    "clinic",
    "desk",
    "handoff",
    "touches",
    "startup",
    "memory",
    "tap",
    "frames",
    "growth",
    "soak",
)
MIN_RUNS = 5


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--runs", type=int, default=MIN_RUNS, help="runs per figure (at least 5)")
    parser.add_argument("--quick", action="store_true", help="once each and short: a smoke run")
    parser.add_argument(
        "--only", default=",".join(GROUPS), help=f"a comma list of: {', '.join(GROUPS)}"
    )
    parser.add_argument(
        "--against",
        type=Path,
        metavar="CHECKOUT",
        help="another checkout of the kiosk (the code before a change): after each benchmark "
        "here, its own benchmark runs on this virtual environment, and its figures are "
        "printed with the prefix 'against_'",
    )
    return parser


def _machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        memory_kib = int(Path("/proc/meminfo").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        memory_kib = 0
    return (
        f"{model}, {os.cpu_count()} cores, {memory_kib / 1024 / 1024:.0f} GiB, "
        f"{platform.system()} {platform.release()}"
    )


def _scratch_parent() -> Path:
    """Beside the kiosk's own data folder, so the check-in files meet the same disk."""
    parent = default_data_dir().parent
    parent.mkdir(parents=True, exist_ok=True)
    return parent


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    chosen = [group.strip() for group in args.only.split(",") if group.strip()]
    unknown = sorted(set(chosen) - set(GROUPS))
    if unknown:
        print(f"Unknown benchmark: {', '.join(unknown)}. Choose from {', '.join(GROUPS)}.")
        return 2
    if not args.quick and args.runs < MIN_RUNS:
        print(f"Each figure is a median of at least {MIN_RUNS} runs; use --quick for a smoke run.")
        return 2
    runs = 1 if args.quick else args.runs
    chromium = chromium_program()
    print(f"# {datetime.now():%Y-%m-%d %H:%M}, {_machine()}")
    print(
        f"# Python {platform.python_version()}, PySide6 {pyside_version}, Qt Quick's software "
        f"renderer, {'Xvfb' if _has_xvfb() else 'Qt offscreen (no Xvfb)'}; "
        f"peer: {chromium or 'none'}; {runs} run(s) per figure{', quick' if args.quick else ''}"
    )
    with tempfile.TemporaryDirectory(prefix="clinic-kiosk-bench-", dir=_scratch_parent()) as tmp:
        scratch = Path(tmp)
        # The audit log's witness of each scratch kiosk stays in the scratch folder too.
        os.environ.setdefault(WITNESS_VARIABLE, str(scratch / "witnesses"))
        page = write_slide_page(scratch / "slides.html", scratch)
        steps: dict[str, Callable[[], None]] = {
            "checkin": lambda: _checkin(scratch, runs, 50 if args.quick else 1000),
            "sealing": lambda: _sealing(scratch, runs, args.quick),
            "clinic": lambda: clinic.measure(
                runs, 20 if args.quick else 500, 25 if args.quick else 250
            ),
            "desk": lambda: desk.measure(scratch / "desk", runs, 10 if args.quick else 200),
            "handoff": lambda: handoff.measure(runs, 10 if args.quick else 100),
            "touches": touches.measure,
            "startup": lambda: _startup(scratch, page, runs),
            "memory": lambda: _memory(scratch, page, runs, 3.0 if args.quick else 30.0),
            "tap": lambda: scenes.tap(max(runs, 2) if args.quick else runs * 2),
            "frames": lambda: scenes.frames(runs),
            "growth": lambda: scenes.growth(runs, 20 if args.quick else 5000),
            "soak": lambda: scenes.soak(runs, 20 if args.quick else 5000),
        }
        for group in GROUPS:
            if group in chosen:
                steps[group]()
                if args.against is not None:
                    _against(args.against, group, runs, args.quick)
    return 0


def _against(checkout: Path, group: str, runs: int, quick: bool) -> None:
    """The same benchmark, by the other checkout's own code, in this run."""
    progress(f"{group}, by the code in {checkout}")
    command = [sys.executable, "-m", "benchmarks", "--only", group, "--runs", str(max(runs, 5))]
    env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    done = subprocess.run(
        [*command, *(["--quick"] if quick else [])],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    commit = subprocess.run(
        ["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    print(f"# against: {group} by the code at {commit or checkout}")
    for line in done.stdout.splitlines():
        if line.startswith("#"):
            continue
        print(f"against_{line}")
    if done.returncode != 0:
        print(f"# against: {group} failed there: {done.stderr.strip()[-500:]}")


def _has_xvfb() -> bool:
    return shutil.which("Xvfb") is not None


def _sealing(scratch: Path, runs: int, quick: bool) -> None:
    folder = scratch / "sealing"
    folder.mkdir()
    sealing.measure(folder, runs, 50 if quick else 500, 3 if quick else 20)


def _checkin(scratch: Path, runs: int, commits: int) -> None:
    progress(f"check-in commits: {runs} runs of {commits}")
    measured = []
    for run in range(runs):
        folder = scratch / f"checkin-{run}"
        folder.mkdir()
        measured.append(checkin_commit.measure(folder, commits))
    checkin_commit.report(measured)


def _startup(scratch: Path, page: Path, runs: int) -> None:
    with screen(1920, 1080) as where:
        times = startup.measure(where, scratch / "startup", page, runs)
    startup.report(times)


def _memory(scratch: Path, page: Path, runs: int, seconds: float) -> None:
    with screen(1920, 1080) as where:
        figures = memory.measure(where, scratch / "memory", page, runs, seconds)
    memory.report(figures)


if __name__ == "__main__":
    sys.exit(main())
