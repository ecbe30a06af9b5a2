"""A speech-dispatcher that takes the connection and never answers (seen on a machine whose
speech-dispatcher was left stuck): the real kiosk still shows its slides, feeds the watchdog,
and stops on SIGTERM at once. Qt's voice holds Python's interpreter lock while it connects, so
before the voice had a program of its own the whole kiosk froze with it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.paths import DataDir
from tests.conftest import KIOSK_TESTER, add_accounts
from tests.e2e.conftest import XScreen, managed_kiosk, wait_for
from tests.e2e.test_kiosk_program import slides_showing

WATCHDOG_S = 2


class SilentSpeechDispatcher:
    """Accepts each connection on a Unix socket, reads nothing and says nothing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connections: list[socket.socket] = []
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(path))
        self._server.listen(8)
        self._server.settimeout(0.2)
        self._running = True
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while self._running:
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            self.connections.append(connection)

    def close(self) -> None:
        self._running = False
        self._thread.join()
        for connection in self.connections:
            connection.close()
        self._server.close()


@pytest.fixture
def silent_speechd(tmp_path: Path) -> Iterator[SilentSpeechDispatcher]:
    server = SilentSpeechDispatcher(tmp_path / "speechd.sock")
    yield server
    server.close()


def test_a_speech_dispatcher_that_never_answers_freezes_nothing(
    x_screen: XScreen, tmp_path: Path, silent_speechd: SilentSpeechDispatcher
) -> None:
    data = tmp_path / "kiosk-data"
    data.mkdir()
    add_accounts(DataDir(data), KIOSK_TESTER)
    env = {
        **x_screen.env(),
        "SPEECHD_ADDRESS": f"unix_socket:{silent_speechd.path}",
        "KIOSK_SPEECH_ENGINE": "speechd",
        "WATCHDOG_USEC": str(WATCHDOG_S * 1_000_000),
    }
    with managed_kiosk(data, env, tmp_path / "notify") as kiosk:
        wait_for(lambda: kiosk.said("READY=1"))
        wait_for(lambda: bool(silent_speechd.connections), timeout=15)  # the voice is stuck
        start = time.monotonic()
        time.sleep(2 * WATCHDOG_S)
        assert not kiosk.manager.would_fire(start, time.monotonic(), WATCHDOG_S)
        assert slides_showing(x_screen)
        stopping = time.monotonic()
    assert kiosk.process.returncode == 0, kiosk.errors[-2000:]
    assert time.monotonic() - stopping < 10
    assert "The voice did not answer; it is ended" in kiosk.errors
