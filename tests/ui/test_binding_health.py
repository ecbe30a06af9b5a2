"""Guards against a fault in the Qt bindings that would crash a kiosk left running for hours.

PySide6 6.12.0 on Python 3.11 released one reference to ``None`` on every call of a Qt method that
returns nothing (``QTimer.start``, ``QPainter.drawRect``...). A few thousand such calls later
``None`` is freed and Python aborts with "none_dealloc". From Python 3.12 ``None`` is immortal and
the count no longer means anything, so the check only runs where it can fail.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

CALLS = 200


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_qt_calls_that_return_nothing_keep_none_alive(qapp: QGuiApplication) -> None:
    size, owner, timer = QSize(), QObject(), QTimer()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            size.setWidth(5)
            owner.setObjectName("x")
            timer.stop()
            painter.drawRect(0, 0, 1, 1)
            image.fill(QColor("white"))
        lost = before - sys.getrefcount(None)
    finally:
        painter.end()
    assert lost < CALLS, f"{lost} references to None were lost in {CALLS * 5} calls"
