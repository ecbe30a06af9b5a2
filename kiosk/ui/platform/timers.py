"""Stopping every timer a view model owns, so nothing fires after its screen has closed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer


def stop_timers(owner: QObject) -> None:
    for timer in owner.findChildren(QTimer):
        timer.stop()
