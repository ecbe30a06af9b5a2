"""Checks that a picture file can be drawn before a slide shows it."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QImageReader

from kiosk.core.storage.files import RefusedFileError, check_regular

log = logging.getLogger(__name__)


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
    return path if _decodes(str(path), st.st_mtime_ns, st.st_size) else None


_missing: set[str] = set()
"""Pictures said to be missing, so each is said once until it comes back."""


@lru_cache(maxsize=512)
def _decodes(path: str, mtime_ns: int, size: int) -> bool:
    del mtime_ns, size  # part of the cache key: a replaced file is checked again
    reader = QImageReader(path)
    if not reader.canRead() or reader.size().isEmpty():
        log.warning(
            "The picture %s cannot be shown (%s); it is left out",
            Path(path).name,
            reader.errorString(),
        )
        return False
    return True
