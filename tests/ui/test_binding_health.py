"""Guards against a fault in the Qt bindings that would crash a kiosk left running for hours.

PySide6 6.12.0 on Python 3.11 released one reference to ``None`` on every call of a Qt method that
returns nothing (``QTimer.start``, ``QPainter.drawRect``...). A few thousand such calls later
``None`` is freed and Python aborts with "none_dealloc". From Python 3.12 ``None`` is immortal and
the count no longer means anything, so the check only runs where it can fail.
"""

from __future__ import annotations

import sys

import pytest
import shiboken6
from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from kiosk.ui.app.kiosk_window import KioskWindow
from tests.ui.conftest import MakeKiosk

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


def test_view_models_keep_one_meta_object_per_class(make_kiosk: MakeKiosk) -> None:
    """Connecting a signal to a method that is not a ``@Slot`` makes PySide6 add a slot to the
    receiver's class and build its meta-object again. QML keeps what it learnt of a class by the
    meta-object's address, so a freed one whose address comes back for another class had QML
    reading that class's properties as undefined: staff mode opened itself, blank, over the slides.
    """
    before = meta_objects(make_kiosk())
    assert meta_objects(make_kiosk()) == before


def meta_objects(kiosk: KioskWindow) -> dict[str, int]:
    parts = (
        kiosk.slideshow,
        kiosk.branding,
        kiosk.display,
        kiosk.check_in,
        kiosk.staff,
        kiosk.queue,
    )
    return {type(p).__name__: shiboken6.getCppPointer(p.metaObject())[0] for p in parts}
