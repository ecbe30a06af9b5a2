"""Processes as the benchmarks see them: memory from /proc, page-cache drops, an Xvfb screen,
and a scene module run in a process of its own."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.tools.xvfb import environment_without_qt, xvfb_display

KIOSK_PROGRAM = Path(sys.executable).with_name("kiosk")


def scene_result(module: str, args: list[str], env: dict[str, str], timeout_s: float) -> Any:
    """Run ``python -m module args`` and return the JSON of its last line; a scene that fails
    raises with the end of what it said."""
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{module} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _status_kib(pid: int, field: str) -> int:
    """One ``kB`` line of /proc/PID/status (0 once the process is gone)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


def rss_kib(pid: int) -> int:
    return _status_kib(pid, "VmRSS")


def peak_rss_kib(pid: int) -> int:
    return _status_kib(pid, "VmHWM")


def pss_kib(pid: int) -> int:
    """Proportional set size: shared pages split between the processes that share them."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def process_tree(root: int) -> list[int]:
    """``root`` and every process descended from it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may hold spaces and brackets; the parent pid follows the last ')'.
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    tree, pending = [], [root]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        pending.extend(children.get(pid, []))
    return tree


def tree_rss_kib(root: int) -> int:
    return sum(rss_kib(pid) for pid in process_tree(root))


def tree_pss_kib(root: int) -> int:
    return sum(pss_kib(pid) for pid in process_tree(root))


def drop_page_cache() -> bool:
    """Empty the kernel's page cache (root only), so the next start reads its files from disk."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def stop_group(process: subprocess.Popen[str]) -> None:
    """End a process started with ``start_new_session=True`` and all it started."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate(timeout=15)


@dataclass(frozen=True)
class Screen:
    """Where a Qt program draws: an Xvfb display, or Qt's offscreen platform when there is none."""

    display: str | None
    width: int
    height: int

    @property
    def platform(self) -> str:
        return "xcb" if self.display else "offscreen"

    def qt_env(self, **extra: str) -> dict[str, str]:
        env = environment_without_qt(self.display)
        env["QT_QPA_PLATFORM"] = self.platform
        env["QT_QUICK_BACKEND"] = "software"
        env.update(extra)
        return env


@contextlib.contextmanager
def screen(width: int, height: int) -> Iterator[Screen]:
    """An Xvfb screen of this size for as long as the block runs (offscreen without Xvfb)."""
    if shutil.which("Xvfb") is None:
        yield Screen(None, width, height)
        return
    with xvfb_display(width, height) as display:
        yield Screen(display, width, height)
