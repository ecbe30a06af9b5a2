"""systemd's watchdog, played by a socket and a thread the test owns: heartbeats come while the
kiosk draws frames, and stop when its event loop freezes or its window stops drawing."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.system.service_notify import ServiceNotifier
from kiosk.ui.app.kiosk_window import KioskWindow
from kiosk.ui.platform.watchdog import FrameWatchdog
from tests.service_manager import ServiceManager
from tests.ui.conftest import MakeKiosk

INTERVAL_S = 1.0
"""The watchdog interval the test's manager gives, like ``WatchdogSec=`` in a unit."""


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[ServiceManager]:
    made = ServiceManager(tmp_path / "notify")
    yield made
    made.close()


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> KioskWindow:
    return make_kiosk()


@pytest.fixture
def watched(kiosk: KioskWindow, manager: ServiceManager) -> Iterator[FrameWatchdog]:
    notifier = ServiceNotifier({"NOTIFY_SOCKET": str(manager.path)})
    dog = FrameWatchdog(kiosk.window, notifier, INTERVAL_S)
    dog.start()
    yield dog
    dog.stop()
    notifier.close()


def test_a_frozen_event_loop_stops_the_heartbeat_and_the_watchdog_fires(
    qtbot: QtBot, manager: ServiceManager, watched: FrameWatchdog
) -> None:
    started = time.monotonic()
    qtbot.wait(3000)
    running = time.monotonic()
    assert len(manager.beats_between(started, running)) >= 6
    assert not manager.would_fire(started + INTERVAL_S / 2, running, INTERVAL_S)

    time.sleep(3.0)  # the test runs on the GUI thread: its event loop is frozen for 3 s
    thawed = time.monotonic()
    assert manager.beats_between(running + 0.2, thawed) == []
    assert manager.would_fire(running, thawed, INTERVAL_S)

    qtbot.wait(1000)
    assert manager.beats_between(thawed, time.monotonic()), "the heartbeat did not come back"


def test_a_window_that_draws_nothing_sends_no_heartbeat(
    qtbot: QtBot, manager: ServiceManager, kiosk: KioskWindow, watched: FrameWatchdog
) -> None:
    qtbot.waitUntil(lambda: watched.beats >= 3, timeout=3000)
    kiosk.window.hide()
    hidden = time.monotonic()
    qtbot.wait(2500)
    assert manager.beats_between(hidden + 0.2, time.monotonic()) == []
