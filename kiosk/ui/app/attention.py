"""The screen a kiosk shows when it cannot start: plain words, full screen, until someone fixes
it. Made with Qt Widgets, not the kiosk's QML, so a screen whose QML will not load still says
what is wrong; it keeps systemd's watchdog fed, and stops on SIGTERM like the kiosk."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from kiosk.core.system.service_notify import ServiceNotifier, watchdog_interval_s
from kiosk.core.system.start_record import FAILED_STARTS
from kiosk.ui.platform.signals import quit_on_signals

log = logging.getLogger(__name__)

PATIENTS = "Please check in at the front desk.\nPor favor, regístrese en la recepción."
MAX_REASON_CHARS = 300


def last_problem(log_file: Path) -> str:
    """The last error the kiosk wrote in its log (which never holds patient data)."""
    try:
        lines = log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-400:]
    except OSError:
        return "its log could not be read"
    for line in reversed(lines):
        if " CRITICAL " in line or " ERROR " in line:
            return line.split(": ", 1)[-1][:MAX_REASON_CHARS]
    return "it stopped without writing why"


def attention_text(reason: str, log_file: Path) -> str:
    """What the staff and IT read, below what patients read."""
    return (
        f"This kiosk needs attention: it could not start {FAILED_STARTS} times in a row.\n"
        f"The last problem it wrote down: {reason}\n"
        f"Its log: {log_file}. Fix the fault, then restart the kiosk."
    )


def _label(text: str, pixels: int) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: white;")
    font = QFont()
    font.setPixelSize(pixels)
    label.setFont(font)
    return label


def show_attention(text: str, *, windowed: bool) -> int:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    quit_on_signals(app)
    screen = app.primaryScreen()
    area = screen.geometry() if screen else QRect(0, 0, 1920, 1080)
    page = QWidget()
    page.setObjectName("attention")
    page.setWindowTitle("Clinic kiosk: needs attention")
    page.setStyleSheet("background: black;")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(area.width() // 16, area.height() // 12, area.width() // 16, 0)
    layout.addWidget(_label(PATIENTS, max(32, area.height() // 16)))
    layout.addWidget(_label(text, max(18, area.height() // 40)))
    layout.addStretch()
    if windowed:
        page.resize(1280, 720)
        page.show()
    else:
        page.setGeometry(area)  # a bare X server has no window manager to do it
        page.showFullScreen()
    service = ServiceNotifier()
    service.ready("Needs attention: it could not start")
    heartbeat = QTimer(interval=int((watchdog_interval_s() or 10.0) * 1000 / 3))
    heartbeat.timeout.connect(service.heartbeat)
    heartbeat.start()
    code = app.exec()
    heartbeat.stop()
    service.stopping()
    service.close()
    return code
