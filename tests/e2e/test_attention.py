"""A kiosk that cannot start does not fail in silence for ever: under the service's restart loop,
after three quick failed starts the next start shows "This kiosk needs attention" full screen,
says why in its log, stays up (feeding the watchdog) and stops on SIGTERM; a start after that,
once the fault is fixed, plays the slides again."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from kiosk.core.paths import ASSETS_DIR, PACKAGE_DIR
from tests.e2e.conftest import KIOSK_PROGRAM, XScreen, managed_kiosk, wait_for

BROKEN_MAIN = "import QtQuick\nWindow {\n"  # cut short, as by a bad update


def broken_install(tmp_path: Path) -> Path:
    """A copy of the program whose main screen's QML will not load."""
    root = tmp_path / "broken-install"
    shutil.copytree(PACKAGE_DIR, root / "kiosk", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "assets").symlink_to(ASSETS_DIR)
    (root / "kiosk" / "qml" / "Kiosk" / "Main.qml").write_text(BROKEN_MAIN, encoding="utf-8")
    return root


def dark_share(x_screen: XScreen) -> float:
    shot = x_screen.screenshot("attention")
    dark = total = 0
    for y in range(0, shot.height(), 20):
        for x in range(0, shot.width(), 20):
            total += 1
            dark += shot.pixelColor(x, y).lightness() < 40
    return dark / total


def test_three_failed_starts_then_the_kiosk_says_it_needs_attention(
    x_screen: XScreen, tmp_path: Path
) -> None:
    data = tmp_path / "kiosk-data"
    env = {**x_screen.env(), "PYTHONPATH": str(broken_install(tmp_path))}
    for _ in range(3):
        failed = subprocess.run(
            [str(KIOSK_PROGRAM), "--data-dir", str(data)],
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert failed.returncode == 2, failed.stderr[-2000:]

    env["WATCHDOG_USEC"] = "3000000"
    with managed_kiosk(data, env, tmp_path / "notify") as attention:
        wait_for(lambda: attention.said("READY=1"))
        wait_for(lambda: len(attention.manager.beats) >= 3, timeout=10)  # the watchdog is fed
        assert attention.process.poll() is None, "the attention screen stays up"
        assert dark_share(x_screen) > 0.6
    assert attention.process.returncode == 0, attention.errors[-2000:]
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "This kiosk needs attention: it could not start 3 times in a row" in log
    assert "QML could not be loaded" in log

    with managed_kiosk(data, x_screen.env(), tmp_path / "notify-again") as kiosk:
        wait_for(lambda: kiosk.said("READY=1") or kiosk.process.poll() is not None)
        assert kiosk.process.poll() is None, "the fixed kiosk plays the slides"
