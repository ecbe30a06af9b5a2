"""The kiosk's log: a few rotating files in the data folder, with a burst of one message folded.

At most ``LOG_FILE_BYTES * (LOG_FILES_KEPT + 1)`` bytes are ever on disk, however long the kiosk
runs. A message repeated back to back is written once; the repeats are counted, and one line
with the count follows when another message comes, or with the next repeat after
``FOLD_SECONDS``, so a fault that repeats all day still shows up about once a minute.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from io import TextIOWrapper
from pathlib import Path

from kiosk.core.storage.private import keep_private, private_folder

LOG_FILE_NAME = "kiosk.log"
LOG_FILE_BYTES = 1024 * 1024
LOG_FILES_KEPT = 4
FOLD_SECONDS = 60.0
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class FoldingHandler(logging.Handler):
    """Passes records on to ``target``, folding a run of identical messages into one line and
    a count."""

    def __init__(self, target: logging.Handler, fold_seconds: float = FOLD_SECONDS) -> None:
        super().__init__()
        self._target = target
        self._fold_seconds = fold_seconds
        self._last: tuple[str, int, str] | None = None
        self._last_record: logging.LogRecord | None = None
        self._folded = 0
        self._since = 0.0

    def emit(self, record: logging.LogRecord) -> None:
        try:
            key = (record.name, record.levelno, record.getMessage())
        except Exception:  # a record whose arguments do not fit its message
            self.handleError(record)
            return
        if key == self._last and record.created - self._since < self._fold_seconds:
            self._folded += 1
            return
        self._write_folded()
        self._last, self._last_record = key, record
        self._since = record.created
        self._target.handle(record)

    def _write_folded(self) -> None:
        if self._folded and self._last_record is not None:
            first = self._last_record
            times = "once more" if self._folded == 1 else f"{self._folded:,} more times"
            summary = logging.makeLogRecord(
                {
                    "name": first.name,
                    "levelno": first.levelno,
                    "levelname": first.levelname,
                    "msg": "(the message above came %s)",
                    "args": (times,),
                }
            )
            self._target.handle(summary)
        self._folded = 0

    def flush(self) -> None:
        self._write_folded()
        self._target.flush()

    def close(self) -> None:
        self.flush()
        self._target.close()
        super().close()


class RotatingFile(logging.FileHandler):
    """``name``, then ``name.1`` to ``name.<kept>``, the oldest dropped; a file is rotated once it
    holds ``max_bytes``. (The standard library's rotating handler would add about 10 ms of imports
    to the kiosk's start.) A file that cannot be written, on a full disk say, is said once on
    standard error rather than with a traceback for every message, and again after it recovers."""

    def __init__(self, path: Path, max_bytes: int, kept: int) -> None:
        super().__init__(path, encoding="utf-8")
        self._path = path
        self._max_bytes = max_bytes
        self._kept = kept
        self._failing = False
        self._failed_now = False

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        keep_private(Path(self.baseFilename))  # each new file, the first and every rotated one
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        self._failed_now = False
        try:
            if self.stream is not None and self.stream.tell() >= self._max_bytes:
                self._rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)
        if not self._failed_now:
            self._failing = False

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None  # FileHandler opens it again on emit
        for number in range(self._kept - 1, 0, -1):
            older = self._path.with_name(f"{self._path.name}.{number}")
            if older.exists():
                os.replace(older, self._path.with_name(f"{self._path.name}.{number + 1}"))
        os.replace(self._path, self._path.with_name(f"{self._path.name}.1"))

    def flush(self) -> None:
        try:
            super().flush()
        except OSError:
            self._say_failed()

    def close(self) -> None:
        try:
            super().close()
        except OSError:
            self._say_failed()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        self._say_failed()

    def _say_failed(self) -> None:
        self._failed_now = True
        if not self._failing:
            self._failing = True
            error = sys.exc_info()[1]
            print(f"The log file {self._path} could not be written: {error}", file=sys.stderr)


def file_handler(log_dir: Path) -> logging.Handler:
    """The handler that writes the kiosk's log into ``log_dir``, made if missing; OSError if the
    folder cannot be written."""
    private_folder(log_dir)
    path = log_dir / LOG_FILE_NAME
    if path.is_symlink() or (path.exists() and not path.is_file()):
        # Opening a pipe for writing waits for a reader for ever; a link could write anywhere.
        raise OSError(errno.EEXIST, f"{path} is not a regular file; remove it to have a log again")
    rotating = RotatingFile(log_dir / LOG_FILE_NAME, LOG_FILE_BYTES, LOG_FILES_KEPT)
    rotating.setFormatter(logging.Formatter(LOG_FORMAT))
    return FoldingHandler(rotating)


def log_to_files(log_dir: Path) -> logging.Handler | None:
    """Adds the log files to the root logger. A folder that cannot be written is said on
    standard error, and the kiosk runs on without files."""
    try:
        handler = file_handler(log_dir)
    except OSError as exc:
        logging.getLogger(__name__).error(
            "The log files could not be opened in %s: %s", log_dir, exc.strerror or exc
        )
        return None
    logging.getLogger().addHandler(handler)
    return handler
