"""Stop the kiosk cleanly on SIGTERM or SIGINT (systemd stop, Ctrl+C), even inside Qt's loop."""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QCoreApplication, QSocketNotifier


def quit_on_signals(app: QCoreApplication) -> None:
    """Make SIGTERM and SIGINT end ``app.exec()`` so the kiosk shuts down in order.

    Python runs signal handlers only when it gets control back, which it does not while Qt's
    event loop waits. The signal's wake-up byte goes to a socket Qt watches, which gives Python
    that moment.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(BlockingIOError):
            reader.recv(64)

    notifier.activated.connect(drain)
    for number in (signal.SIGTERM, signal.SIGINT):
        # exit(), not quit(): quit() asks the windows to close first, and the kiosk window refuses.
        signal.signal(number, lambda *_: app.exit(0))
    _kept_alive.extend([reader, writer, notifier])


# The sockets and the notifier must live as long as the application.
_kept_alive: list[object] = []
