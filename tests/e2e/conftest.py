"""An Xvfb screen and the real ``kiosk`` program started on it, as a user would start it."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.tools.xvfb import environment_without_qt, xvfb_display
from kiosk.ui.app.kiosk_window import KioskWindow, build_kiosk, load_fonts
from tests.conftest import KIOSK_TESTER, add_accounts
from tests.service_manager import ServiceManager

SCREEN = (1920, 1080)
SCREENSHOT_TOOL = Path(__file__).with_name("screenshot.py")
KIOSK_PROGRAM = Path(sys.executable).with_name("kiosk")


@dataclass
class XScreen:
    display: str
    folder: Path

    def env(self) -> dict[str, str]:
        return environment_without_qt(self.display)

    def screenshot(self, name: str) -> QImage:
        out = self.folder / f"{name}.png"
        subprocess.run(
            [sys.executable, str(SCREENSHOT_TOOL), str(out)],
            env=self.env(),
            check=True,
            timeout=30,
            capture_output=True,
        )
        image = QImage(str(out))
        assert not image.isNull()
        return image

    def tap(self, x: int, y: int) -> None:
        self._xdotool("mousemove", str(x), str(y), "click", "1")

    def long_press(self, x: int, y: int, hold_s: float, to_x: int, to_y: int) -> None:
        """Press, hold, slide to another point and let go: how an accent is picked on a key."""
        self._xdotool("mousemove", str(x), str(y), "mousedown", "1")
        time.sleep(hold_s)
        self._xdotool("mousemove", str(to_x), str(to_y))
        time.sleep(0.1)
        self._xdotool("mouseup", "1")

    def _xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env(), check=True, timeout=10)


@pytest.fixture
def x_screen(tmp_path: Path) -> Iterator[XScreen]:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: scripts/test installs it (Debian package xvfb)")
    shots = tmp_path / "screenshots"
    shots.mkdir()
    with xvfb_display(*SCREEN) as display:
        yield XScreen(display=display, folder=shots)


WATCHDOG_S = 5
"""``WatchdogSec=`` as the test's stand-in for systemd gives it to the kiosk."""


@dataclass
class RunningKiosk:
    process: subprocess.Popen[str]
    data_dir: Path
    manager: ServiceManager
    env: dict[str, str]

    def kill_and_start_again(self) -> str:
        """SIGKILL, as a power cut or the watchdog would; then the program as systemd restarts
        it. Returns what the killed one wrote to standard error."""
        self.process.kill()
        _, errors = self.process.communicate(timeout=20)
        self.process = _start(self.data_dir, self.env)
        return errors

    def stop(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGTERM)
        _, errors = self.process.communicate(timeout=20)
        return self.process.returncode, errors


@pytest.fixture
def started_kiosk(x_screen: XScreen, tmp_path: Path) -> Iterator[RunningKiosk]:
    """The kiosk program as systemd runs it: with a notify socket and a watchdog."""
    data_dir = tmp_path / "kiosk-data"
    data_dir.mkdir()
    add_accounts(DataDir(data_dir), KIOSK_TESTER)
    manager = ServiceManager(tmp_path / "notify")
    env = x_screen.env()
    env.update(NOTIFY_SOCKET=str(manager.path), WATCHDOG_USEC=str(WATCHDOG_S * 1_000_000))
    running = RunningKiosk(_start(data_dir, env), data_dir, manager, env)
    yield running
    if running.process.poll() is None:
        running.process.kill()
        running.process.communicate(timeout=10)
    manager.close()


def _start(data_dir: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(KIOSK_PROGRAM), "--data-dir", str(data_dir)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@contextmanager
def twin_of_the_real_kiosk(qtbot: QtBot, data_dir: DataDir) -> Iterator[KioskWindow]:
    """The kiosk built offscreen in this process at the real one's size, with the same
    accounts: where it shows a control is where the real one does (the same QML and fonts)."""
    load_fonts()
    add_accounts(data_dir, KIOSK_TESTER)
    kiosk = build_kiosk(data_dir, kiosk_mode=False, size=QSize(*SCREEN), start=False)
    try:
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        qtbot.waitUntil(lambda: bool(kiosk.window.property("settled")), timeout=5000)
        yield kiosk
    finally:
        kiosk.shutdown()


def wait_for(check: object, timeout: float = 30.0) -> None:
    """Poll ``check()`` until it returns true."""
    assert callable(check)
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout:.0f} s")
        time.sleep(0.5)


@dataclass
class ManagedKiosk:
    """The real program as a service manager runs it, with that manager's side."""

    process: subprocess.Popen[str]
    manager: ServiceManager
    errors: str = ""
    """What the program wrote to standard error, once it has stopped."""

    def said(self, text: str) -> bool:
        return any(text in message for message in self.manager.messages)


@contextmanager
def managed_kiosk(
    data_dir: Path,
    env: dict[str, str],
    notify: Path,
    preexec_fn: Callable[[], None] | None = None,
) -> Iterator[ManagedKiosk]:
    """Start the kiosk with a notify socket; SIGTERM it when the block ends."""
    manager = ServiceManager(notify)
    process = subprocess.Popen(
        [str(KIOSK_PROGRAM), "--data-dir", str(data_dir)],
        env={**env, "NOTIFY_SOCKET": str(manager.path)},
        stdin=subprocess.DEVNULL,  # as the service manager starts it: no terminal to ask at
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec_fn,
    )
    running = ManagedKiosk(process, manager)
    try:
        yield running
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        running.errors = process.communicate(timeout=20)[1]
        manager.close()
