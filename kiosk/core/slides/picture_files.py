"""Picture files staff may bring in from a folder or a USB stick: which ones, and their names."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from kiosk.core.slides.deck import IMAGE_SUFFIXES
from kiosk.core.storage.files import RefusedFileError, check_regular
from kiosk.core.words import KindError, Words, say

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


_SIGNATURES = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
}


def content_problem(name: str, content: bytes) -> Words | None:
    """What is wrong with a picture's bytes for its kind (a PNG that does not start as one, an
    SVG that is not an SVG drawing); ``None`` when they look right. Read by the kiosk's own
    code, with no image library: a deck is checked on any machine."""
    suffix = Path(name).suffix.lower()
    if suffix in _SIGNATURES:
        if not content.startswith(_SIGNATURES[suffix]):
            return say(
                "%1 is not a %2 picture inside; it is left out", Path(name).name, suffix[1:].upper()
            )
        return None
    if suffix == ".svg":
        # The standard parser: its expat (2.4 and newer) refuses entity expansion bombs, and it
        # never fetches an external entity.
        from xml.etree import ElementTree

        try:
            root = ElementTree.fromstring(content)
        except (ElementTree.ParseError, ValueError):
            return say("%1 is not an SVG drawing inside; it is left out", Path(name).name)
        if not str(root.tag).endswith("svg"):
            return say("%1 is not an SVG drawing inside; it is left out", Path(name).name)
    return None


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
