"""Messages to systemd by its notify protocol, received on a socket the test owns."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.system.service_notify import ServiceNotifier, watchdog_interval_s


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = tmp_path / "notify"
    listening = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listening.bind(str(path))
    listening.settimeout(2)
    yield listening, str(path)
    listening.close()


def test_ready_heartbeat_and_stopping_reach_the_manager(
    manager: tuple[socket.socket, str],
) -> None:
    listening, path = manager
    notifier = ServiceNotifier({"NOTIFY_SOCKET": path})
    assert notifier.enabled
    notifier.ready("Showing slides")
    notifier.heartbeat()
    notifier.stopping()
    notifier.close()

    received = [listening.recv(4096).decode() for _ in range(3)]
    assert received == ["READY=1\nSTATUS=Showing slides", "WATCHDOG=1", "STOPPING=1"]


def test_an_abstract_socket_name_is_used_as_systemd_gives_it() -> None:
    name = f"clinic-kiosk-test-{os.getpid()}"
    listening = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listening.bind("\0" + name)
    listening.settimeout(2)
    notifier = ServiceNotifier({"NOTIFY_SOCKET": "@" + name})
    try:
        notifier.heartbeat()
        assert listening.recv(64) == b"WATCHDOG=1"
    finally:
        notifier.close()
        listening.close()


def test_without_a_manager_nothing_is_sent_and_nothing_fails() -> None:
    notifier = ServiceNotifier({})
    assert not notifier.enabled
    notifier.ready("Showing slides")
    notifier.heartbeat()


def test_a_manager_that_went_away_is_said_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    notifier = ServiceNotifier({"NOTIFY_SOCKET": str(tmp_path / "gone")})
    for _ in range(10):
        notifier.heartbeat()
    notifier.close()
    assert len([r for r in caplog.records if "could not be told" in r.getMessage()]) == 1


def test_the_watchdog_interval_is_read_for_this_process_only() -> None:
    assert watchdog_interval_s({"WATCHDOG_USEC": "30000000"}) == 30.0
    mine = {"WATCHDOG_USEC": "2500000", "WATCHDOG_PID": str(os.getpid())}
    assert watchdog_interval_s(mine) == 2.5
    assert watchdog_interval_s({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}) is None
    assert watchdog_interval_s({"WATCHDOG_USEC": "soon"}) is None
    assert watchdog_interval_s({"WATCHDOG_USEC": "0"}) is None
    assert watchdog_interval_s({}) is None
