"""Messages to the service manager that started the kiosk, by systemd's documented notify protocol.

systemd (``Type=notify``) passes the path of a datagram socket in ``NOTIFY_SOCKET``; each message is
one datagram of ``KEY=value`` lines. ``WatchdogSec=`` in the unit sets ``WATCHDOG_USEC``: a
``WATCHDOG=1`` must then arrive more often than that, or the service is killed and, with
``Restart=always``, started again. Outside such a service every call here does nothing.
See sd_notify(3) and systemd.service(5).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socket

log = logging.getLogger(__name__)


def _address(value: str) -> str | bytes | None:
    if value.startswith("@"):
        return b"\0" + value[1:].encode()  # an abstract socket: no file in the file system
    if value.startswith("/"):
        return value
    return None  # vsock and other kinds are not used by a desktop session's manager


def watchdog_interval_s(environ: Mapping[str, str] | None = None) -> float | None:
    """The seconds within which systemd wants each heartbeat, or None when it watches nothing
    (or watches another process: ``WATCHDOG_PID`` names the one it means)."""
    env = os.environ if environ is None else environ
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    pid = env.get("WATCHDOG_PID", "")
    if usec <= 0 or (pid and pid != str(os.getpid())):
        return None
    return usec / 1_000_000


class ServiceNotifier:
    """Sends READY, WATCHDOG, STATUS and STOPPING to the service manager, if there is one."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self._address = _address(env.get("NOTIFY_SOCKET", ""))
        self._socket: socket.socket | None = None
        self._failed = False

    @property
    def enabled(self) -> bool:
        return self._address is not None

    def ready(self, status: str) -> None:
        self._send(f"READY=1\nSTATUS={status}")

    def heartbeat(self) -> None:
        self._send("WATCHDOG=1")

    def status(self, status: str) -> None:
        self._send(f"STATUS={status}")

    def stopping(self) -> None:
        self._send("STOPPING=1")

    def _send(self, message: str) -> None:
        if self._address is None:
            return
        try:
            if self._socket is None:
                import socket  # only a kiosk that systemd runs needs it, and after its first frame

                kind = socket.SOCK_DGRAM | socket.SOCK_CLOEXEC
                self._socket = socket.socket(socket.AF_UNIX, kind)
            self._socket.sendto(message.encode(), self._address)
        except OSError as exc:
            # Said once: a manager that cannot be reached will kill the kiosk by its watchdog,
            # which is what should happen to a kiosk that cannot report that it is alive.
            if not self._failed:
                log.error("The service manager could not be told %r: %s", message, exc)
            self._failed = True
        else:
            self._failed = False

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None
