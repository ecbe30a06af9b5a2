"""Picture files staff may bring in from a folder or a USB stick: which ones, and their names."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from kiosk.core.slides.deck import IMAGE_SUFFIXES
from kiosk.core.storage.files import RefusedFileError, check_regular
from kiosk.core.words import KindError, say

MAX_PICTURE_BYTES = 25 * 1024 * 1024
IMPORTED_FOLDER = "illustrations"
_MAX_FOUND = 200


class PictureError(KindError):
    """A file that cannot be imported as a picture, with a message for staff."""


def check_picture_file(path: Path) -> int:
    """The file's size when it may be imported; ``PictureError`` says why it may not."""
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        raise PictureError(
            say("%1 is not a picture the kiosk uses: choose a PNG, JPEG or SVG file.", path.name)
        )
    try:
        size = check_regular(path)
    except RefusedFileError as exc:
        raise PictureError(exc.words) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PictureError(say("%1 could not be read (%2).", path.name, reason)) from exc
    if size > MAX_PICTURE_BYTES:
        megabytes = f"{size / 1024 / 1024:.0f}"
        raise PictureError(
            say(
                "%1 is %2 MB; pictures of up to %3 MB can be imported.",
                path.name,
                megabytes,
                MAX_PICTURE_BYTES // 1024 // 1024,
            )
        )
    if size == 0:
        raise PictureError(say("%1 is empty.", path.name))
    return size


def imported_name(original: str, content: bytes, suffix: str) -> str:
    """Where an imported picture goes inside the deck's folder: its own name made safe, plus a
    short hash of its content so two different pictures never share a name."""
    stem = re.sub(r"[^a-z0-9]+", "-", Path(original).stem.lower()).strip("-")[:40] or "picture"
    digest = hashlib.sha256(content).hexdigest()[:8]
    return f"{IMPORTED_FOLDER}/{stem}-{digest}{suffix}"


def language_variant(path: Path) -> bool:
    """A built-in picture drawn again with its words in another language: ``rolling.es.svg``."""
    return re.fullmatch(r".+\.[a-z]{2,3}", path.stem) is not None


def _plain_picture(path: Path) -> bool:
    if path.name.startswith(".") or path.suffix.lower() not in IMAGE_SUFFIXES:
        return False
    try:
        check_regular(path)
    except (RefusedFileError, OSError):
        return False
    return True


def find_pictures(folders: list[Path], depth: int = 2) -> list[Path]:
    """Picture files in ``folders`` and up to ``depth`` levels below them, hidden ones left out,
    at most 200 (a stick full of photos must not stall the screen). Only regular files count:
    a pipe, a device or a link out of its folder that merely has a picture's name is not one."""
    found: list[Path] = []
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            level = len(Path(root).relative_to(folder).parts)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if level < depth else []
            for name in sorted(files):
                if _plain_picture(Path(root) / name):
                    found.append(Path(root) / name)
                    if len(found) >= _MAX_FOUND:
                        return found
    return found
