"""Saves what an X screen shows to a PNG, the way a person looking at the screen would see it.

Run as its own process (``python screenshot.py OUT.png``) with ``DISPLAY`` set: the test process
already runs Qt offscreen and cannot open an X connection too.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main() -> int:
    app = QGuiApplication([sys.argv[0], "-platform", "xcb"])
    screen = app.primaryScreen()
    shot = screen.grabWindow(0)
    return 0 if not shot.isNull() and shot.save(sys.argv[1]) else 1


if __name__ == "__main__":
    sys.exit(main())
