"""A stand-in for systemd's side of the notify protocol, for the watchdog's tests."""

from __future__ import annotations

import itertools
import socket
import threading
import time
from pathlib import Path


class ServiceManager:
    """Plays systemd's part for a notify service: receives its messages on a socket and a thread
    of its own, and notes when each heartbeat arrived."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._socket.bind(str(path))
        self._socket.settimeout(0.1)
        self.beats: list[float] = []
        self.messages: list[str] = []
        self._running = True
        self._thread = threading.Thread(target=self._listen, daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while self._running:
            try:
                message = self._socket.recv(4096)
            except TimeoutError:
                continue
            if message == b"WATCHDOG=1":
                self.beats.append(time.monotonic())
            else:
                self.messages.append(message.decode())

    def beats_between(self, start: float, end: float) -> list[float]:
        return [t for t in self.beats if start <= t <= end]

    def would_fire(self, start: float, end: float, interval_s: float) -> bool:
        """Whether systemd would have killed the service: a wait longer than the interval."""
        times = [start, *self.beats_between(start, end), end]
        return any(b - a > interval_s for a, b in itertools.pairwise(times))

    def close(self) -> None:
        self._running = False
        self._thread.join()
        self._socket.close()
