"""Checks that a picture file can be drawn before a slide shows it, from its header alone (the
picture itself is decoded by QML's Image, on Qt's own loader thread)."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QImageReader

from kiosk.core.storage.files import RefusedFileError, check_regular

log = logging.getLogger(__name__)

LIGHT_PIXELS = 3840 * 2160
"""No larger than the pictures an import makes: quick enough to decode for the first frame."""
LIGHT_SVG_BYTES = 1024 * 1024


def usable_picture(path: Path | None) -> Path | None:
    """``path`` when Qt can decode it, else ``None`` with one logged warning per file version."""
    if path is None:
        return None
    try:
        check_regular(path)
        st = path.stat()
    except RefusedFileError as exc:
        if str(path) not in _missing:
            _missing.add(str(path))
            log.warning("The picture %s is left out: %s", path.name, exc)
        return None
    except OSError as exc:
        if str(path) not in _missing:
            _missing.add(str(path))
            log.warning(
                "The picture %s cannot be read (%s); slides show without it until it is back",
                path.name,
                exc.strerror or exc,
            )
        return None
    _missing.discard(str(path))
    return path if _pixels(str(path), st.st_mtime_ns, st.st_size) else None


def light_picture(path: Path) -> bool:
    """The first slide's picture is decoded while its first frame waits, so that the frame is
    whole; a heavier one (a photo of many megapixels put in by hand) loads in the background
    like every later slide's, and the first frame shows the words without it for a moment."""
    try:
        st = path.stat()
    except OSError:
        return True  # nothing to decode
    if path.suffix.lower() == ".svg":
        return st.st_size <= LIGHT_SVG_BYTES
    return _pixels(str(path), st.st_mtime_ns, st.st_size) <= LIGHT_PIXELS


_missing: set[str] = set()
"""Pictures said to be missing, so each is said once until it comes back."""


@lru_cache(maxsize=512)
def _pixels(path: str, mtime_ns: int, size: int) -> int:
    """How many pixels the header says the picture has; 0 when Qt cannot read it."""
    del mtime_ns, size  # part of the cache key: a replaced file is checked again
    reader = QImageReader(path)
    found = reader.size()
    if not reader.canRead() or found.isEmpty():
        log.warning(
            "The picture %s cannot be shown (%s); it is left out",
            Path(path).name,
            reader.errorString(),
        )
        return 0
    return found.width() * found.height()
