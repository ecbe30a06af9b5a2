"""Memory housekeeping for a kiosk that runs all day.

Slide changes allocate and free large pixel buffers: each slide's layer (6 MiB at 1920x1080) and
its decoded pictures. glibc serves buffers that size from its heap once a few have been freed,
and keeps what is freed there for later rather than handing it back, so the resident memory sat
some 20 MiB higher and rose and fell by 6 MiB with the moment it was read. Buffers of 1 MiB and
more now always get pages of their own, which go back to the system when freed.

Each slide change also leaves garbage in the QML engine's JavaScript heap. Once per pass through
the slides, as the first slide comes round again (while it is still being made ready, before
anything moves on screen), the engine collects it and glibc returns the heap's free pages. That
takes about 1 ms. Neither was a leak, but without them the memory crept up by 8 MiB in the first
500 transitions before it levelled off (benchmarks/README.md).
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtQml import QQmlEngine

from kiosk.ui.slides.slideshow import Slideshow

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # glibc's malloc.h
OWN_PAGES_FROM_BYTES = 1024 * 1024


def _c_library() -> ctypes.CDLL | None:
    """The C library the interpreter runs on, when it is glibc (musl has neither call)."""
    library = ctypes.CDLL(None)
    if not (hasattr(library, "malloc_trim") and hasattr(library, "mallopt")):
        log.info("This C library cannot be told to hand memory back; skipping that")
        return None
    return library


def _malloc_trim(library: ctypes.CDLL | None) -> Callable[[], None]:
    """glibc's ``malloc_trim(0)``, or nothing."""
    if library is None:
        return lambda: None
    trim = library.malloc_trim
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int

    def give_back() -> None:
        trim(0)

    return give_back


def large_buffers_get_own_pages(library: ctypes.CDLL | None) -> None:
    """Fix glibc's mmap threshold at 1 MiB (by default it rises with each large buffer freed)."""
    if library is not None and not library.mallopt(M_MMAP_THRESHOLD, OWN_PAGES_FROM_BYTES):
        log.info("The C library refused a fixed mmap threshold")


class MemoryHousekeeping(QObject):
    def __init__(self, engine: QQmlEngine, slideshow: Slideshow) -> None:
        super().__init__(engine)  # goes with the engine, so it never reaches a deleted one
        self._engine = engine
        self._slideshow = slideshow
        library = _c_library()
        large_buffers_get_own_pages(library)
        self._trim = _malloc_trim(library)
        self.passes = 0
        slideshow.currentChanged.connect(self._slide_changed)

    @Slot()
    def _slide_changed(self) -> None:
        if self._slideshow.property("position") == 0:
            self.tidy()

    def tidy(self) -> None:
        self.passes += 1
        self._engine.collectGarbage()
        self._trim()
