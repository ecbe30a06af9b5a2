"""Bringing a picture into the kiosk: checked, scaled down when larger than a 4K screen needs,
and copied into the clinic's deck folder (a USB stick can then be pulled out), on a worker
thread (``PictureImporter``)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer

from kiosk.core.checkin.csv_export import export_targets
from kiosk.core.slides.picture_files import (
    IMPORTED_FOLDER,
    MAX_PICTURE_BYTES,
    PictureError,
    check_picture_file,
    find_pictures,
    imported_name,
    language_variant,
)
from kiosk.core.storage.atomic import write_atomic
from kiosk.core.storage.files import RefusedFileError, read_capped
from kiosk.core.words import say

log = logging.getLogger(__name__)

MAX_SIDE = 3840
"""The longest side kept: a picture never shows larger than a 4K screen."""
MAX_SOURCE_PIXELS = 100_000_000


def import_picture(source: Path, deck_folder: Path) -> str:
    """Copy ``source`` into ``deck_folder`` and return its name there (for a slide's
    ``illustration``); raises ``PictureError`` with a message for staff, ``OSError`` when the
    disk refuses."""
    check_picture_file(source)
    try:
        original = read_capped(source, MAX_PICTURE_BYTES)
    except RefusedFileError as exc:
        raise PictureError(exc.words) from exc
    if source.suffix.lower() == ".svg":
        content = original
        if not QSvgRenderer(QByteArray(content)).isValid():
            raise PictureError(say("%1 is not a drawing the kiosk can show.", source.name))
        suffix = ".svg"
    else:
        content, suffix = _scaled(source, original)
    name = imported_name(source.name, content, suffix)
    target = deck_folder / name
    if not target.exists():
        write_atomic(target, content)
    return name


def _scaled(source: Path, original: bytes) -> tuple[bytes, str]:
    """The picture decoded from the bytes read (never from the path again: what was checked is
    what is decoded), no larger than ``MAX_SIDE``."""
    data = QBuffer()
    data.setData(QByteArray(original))
    data.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(data, QByteArray(source.suffix.lstrip(".").lower().encode()))
    reader.setAutoTransform(True)  # photos from a phone keep their orientation
    size = reader.size()
    if not reader.canRead() or size.isEmpty():
        raise PictureError(say("%1 is not a picture the kiosk can read.", source.name))
    if size.width() * size.height() > MAX_SOURCE_PIXELS:
        raise PictureError(
            say(
                "%1 is %2 by %3 pixels; please use a picture under 100 megapixels.",
                source.name,
                size.width(),
                size.height(),
            )
        )
    if max(size.width(), size.height()) > MAX_SIDE:
        reader.setScaledSize(
            size.scaled(QSize(MAX_SIDE, MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        raise PictureError(say("%1 could not be read (%2).", source.name, reader.errorString()))
    keeps_alpha = image.hasAlphaChannel() or source.suffix.lower() == ".png"
    fmt, suffix = ("PNG", ".png") if keeps_alpha else ("JPEG", ".jpg")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    converted = image.convertToFormat(
        QImage.Format.Format_ARGB32 if keeps_alpha else QImage.Format.Format_RGB32
    )
    # The stubs ask for bytes; PySide 6.11 takes only str for the format.
    if not converted.save(buffer, fmt, 90):  # type: ignore[call-overload]
        raise PictureError(say("%1 could not be converted.", source.name))
    return bytes(buffer.data().data()), suffix


def picture_choices(
    shelves: Sequence[tuple[str, Path, Path]], deck_folder: Path, media_roots: Sequence[Path]
) -> tuple[list[dict[str, str]], bool]:
    """The pictures staff may choose: each shelf's (a label, the folder names are relative to,
    the folder), the clinic's imported ones, then those on any USB drive; and whether a drive
    was found."""
    found: list[dict[str, str]] = []
    own = ("imported", deck_folder, deck_folder / IMPORTED_FOLDER)
    for origin, base, folder in (*shelves, own):
        for path in find_pictures([folder] if folder.is_dir() else [], depth=0):
            if origin == "built-in" and language_variant(path):
                continue  # the same picture with its words in Spanish: its slide's translation
            found.append(_choice(path, path.relative_to(base).as_posix(), origin))
    drives = [t.folder for t in export_targets(deck_folder, media_roots)[1:]]
    for path in find_pictures(drives):
        found.append(_choice(path, "", "USB"))
    return found, bool(drives)


def _choice(path: Path, name: str, origin: str) -> dict[str, str]:
    # A file that only looks like a picture gets no thumbnail; choosing it says why.
    readable = path.suffix.lower() == ".svg" or QImageReader(str(path)).canRead()
    return {
        "name": name,
        "label": path.name,
        "origin": origin,
        "url": QUrl.fromLocalFile(str(path)).toString() if readable else "",
        "path": str(path),
    }


def bring_in(choice: dict[str, str], deck_folder: Path) -> str:
    """The name of a chosen picture inside the deck's folder, imported first when it is on a
    drive; ``PictureError`` says kindly what went wrong."""
    if choice["name"]:
        return choice["name"]
    try:
        return import_picture(Path(choice["path"]), deck_folder)
    except OSError as exc:
        label = choice["label"]
        raise PictureError(
            say(
                "%1 could not be copied (%2). "
                "Check the USB drive and that the kiosk has room, then try again.",
                label,
                exc.strerror or str(exc),
            )
        ) from exc


Brought = str | PictureError
"""A picture's name in the deck's folder, or what went wrong bringing it in."""


class PictureImporter(QObject):
    """Brings a chosen picture in on a worker thread, so that decoding and scaling a large photo
    (a second or more for 100 megapixels) never holds up the screen; the answer comes back to
    the GUI thread by a queued signal. A picture already in the deck needs no thread."""

    _brought = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workers: ThreadPoolExecutor | None = None
        self._waiting: dict[int, Callable[[Brought], None]] = {}
        self._next_token = 0
        self._brought.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._waiting)

    def bring(
        self, choice: dict[str, str], deck_folder: Path, then: Callable[[Brought], None]
    ) -> None:
        if choice["name"]:
            then(choice["name"])
            return
        if self._workers is None:
            self._workers = ThreadPoolExecutor(max_workers=1, thread_name_prefix="picture-import")
        self._next_token += 1
        token = self._next_token
        self._waiting[token] = then
        self._workers.submit(_bring_in_reporting, choice, deck_folder).add_done_callback(
            lambda done: self._brought.emit(token, done.result())
        )

    @Slot(int, object)
    def _deliver(self, token: int, result: Brought) -> None:
        then = self._waiting.pop(token, None)
        if then is not None:
            then(result)

    def forget(self) -> None:
        """Answers still to come are dropped (staff left the page); the copy itself finishes."""
        self._waiting.clear()

    def stop(self) -> None:
        self.forget()
        if self._workers is not None:
            self._workers.shutdown(wait=True)
            self._workers = None


def _bring_in_reporting(choice: dict[str, str], deck_folder: Path) -> Brought:
    """On the worker thread: the name, or the error as a value (never raised across threads)."""
    try:
        return bring_in(choice, deck_folder)
    except PictureError as exc:
        return exc
    except Exception:  # a fault in the decoder must still end in a message, not a silent wait
        log.exception("Bringing in a picture from a drive failed")
        label = choice["label"]
        return PictureError(say("%1 could not be brought in.", label))
