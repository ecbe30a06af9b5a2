"""Whether there is a screen for the kiosk to show on, asked before Qt is: without one, Qt stops
the program with a fatal message and a stack dump that tells a person nothing useful."""

from __future__ import annotations

import os
import re
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

X_SOCKETS = Path("/tmp/.X11-unix")
SCREENLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")


def _answers(address: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(2.0)
        try:
            probe.connect(address)
        except OSError:
            return False
    return True


def _x_problem(display: str) -> str | None:
    match = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if match is None:
        return None  # a display on another machine: Qt will say whether it answers
    address = X_SOCKETS / f"X{match.group(1)}"
    if not _answers(str(address)):
        return f"the screen {display} does not answer (no X server at {address})"
    return None


def _wayland_problem(name: str, environ: Mapping[str, str]) -> str | None:
    path = Path(name) if name.startswith("/") else Path(environ.get("XDG_RUNTIME_DIR", "")) / name
    if not _answers(str(path)):
        return f"the Wayland screen {name} does not answer"
    return None


def missing_screen(environ: Mapping[str, str] | None = None) -> str | None:
    """Why there is no screen to show on, in words; ``None`` when there seems to be one."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in SCREENLESS_PLATFORMS:
        return None
    wayland, x_display = env.get("WAYLAND_DISPLAY", ""), env.get("DISPLAY", "")
    problems = []
    if wayland and platform in ("", "wayland"):
        problems.append(_wayland_problem(wayland, env))
        if problems[-1] is None:
            return None
    if x_display and platform in ("", "xcb"):
        problems.append(_x_problem(x_display))
        if problems[-1] is None:
            return None
    found = [p for p in problems if p]
    if found:
        return "; ".join(found)
    return "neither DISPLAY nor WAYLAND_DISPLAY is set"


def no_screen_message(reason: str) -> str:
    return (
        f"The kiosk has no screen to show on: {reason}. Start it on the kiosk's own screen "
        "(its desktop session, or the service: kiosk service), with --windowed to try it in a "
        "desktop session, or see the slides without a screen with: kiosk render --out FOLDER"
    )
