"""What the kiosk checks as it starts: its data folder can be written, its fonts, sounds and
built-in slides are all there. Each problem is one sentence for staff mode; whatever is found,
the kiosk plays what it can."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from kiosk.core.paths import FONTS_DIR, ILLUSTRATION_LIBRARY, SOUNDS_DIR, DataDir, builtin_deck_file
from kiosk.core.slides.deck import load_deck_file

FONT_FILES = (
    "AtkinsonHyperlegible-Regular.ttf",
    "AtkinsonHyperlegible-Bold.ttf",
    "Lohit-Devanagari.ttf",  # names in Hindi, Marathi, Nepali
)
SOUND_FILES = ("checkin.wav", "urgent.wav", "help.wav")


def check_at_start(
    data: DataDir,
    *,
    fonts_dir: Path = FONTS_DIR,
    sounds_dir: Path = SOUNDS_DIR,
    builtin_deck: Path | None = None,
) -> list[str]:
    return [
        *_data_folder_writable(data.root),
        *_files_present(fonts_dir, FONT_FILES, "font", "text shows in a plainer font"),
        *_files_present(sounds_dir, SOUND_FILES, "sound", "the front desk hears no chime for it"),
        *_builtin_slides_whole(builtin_deck or builtin_deck_file()),
    ]


def _data_folder_writable(root: Path) -> Iterable[str]:
    try:
        root.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=root, prefix=".write-check-")
        os.close(handle)
        os.unlink(name)
    except OSError as exc:
        yield (
            f"The data folder {root} cannot be written ({exc.strerror or exc}): check-ins, "
            "settings and slide changes cannot be saved until it can."
        )


def _files_present(folder: Path, names: Iterable[str], kind: str, effect: str) -> Iterable[str]:
    for name in names:
        path = folder / name
        if not path.is_file() or path.stat().st_size == 0:
            yield f"The {kind} file {name} is missing from {folder}: {effect}."


def _builtin_slides_whole(deck_file: Path) -> Iterable[str]:
    deck = load_deck_file(deck_file, ILLUSTRATION_LIBRARY).deck
    if deck is None:
        yield f"The built-in slides in {deck_file} cannot be read: the standby slide shows instead."
        return
    for own in deck.slides:
        versions = {own.illustration: own}
        for code, _ in own.translations:
            version = own.in_language(code)
            versions.setdefault(version.illustration, version)
        for picture, slide in versions.items():
            if picture and deck.illustration_path(slide, ILLUSTRATION_LIBRARY) is None:
                yield (
                    f"The picture {picture} of the built-in slide {slide.id!r} is missing: "
                    "the slide shows without it."
                )
