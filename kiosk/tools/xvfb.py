"""A virtual X screen (Xvfb) for the end-to-end tests and the benchmarks."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator


def environment_without_qt(display: str | None) -> dict[str, str]:
    """This process's environment with no Qt or Wayland settings, and ``display`` (an X screen,
    with Qt's xcb platform) or no display at all, for a Qt program started from here."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "WAYLAND_")) and key != "DISPLAY"
    }
    if display:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
    return env


@contextlib.contextmanager
def xvfb_display(width: int, height: int) -> Iterator[str]:
    """Start Xvfb on a free display number and yield its name (":N") while the block runs."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            *("Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp"),
            *("-screen", "0", f"{width}x{height}x24"),
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    if not number:
        server.kill()
        server.wait(timeout=10)
        raise RuntimeError("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
