"""Draws QR codes for ``image://qr/<url>`` sources, crisp at any size."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider

QUIET_ZONE_MODULES = 4
DEFAULT_SIDE = 400


class QrImageProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:  # noqa: N803
        import segno  # loaded when a slide first has a QR code: importing it takes 26 ms

        matrix = segno.make(unquote(id), error="m", micro=False).matrix
        modules = len(matrix) + 2 * QUIET_ZONE_MODULES
        wanted = max(requestedSize.width(), requestedSize.height(), 0) or DEFAULT_SIDE
        scale = max(1, wanted // modules)
        side = modules * scale
        image = QImage(side, side, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        black = QColor("black")
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        QRect(
                            (x + QUIET_ZONE_MODULES) * scale,
                            (y + QUIET_ZONE_MODULES) * scale,
                            scale,
                            scale,
                        ),
                        black,
                    )
        painter.end()
        size.setWidth(side)
        size.setHeight(side)
        return image
