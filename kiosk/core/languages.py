"""The languages the kiosk can speak, found from its files alone.

A language is offered when the interface has a compiled translation for it (``kiosk/i18n/
kiosk_CODE.qm``); English, the language the program is written in, needs none. Its on-screen
keyboard for names is the layout folder ``kiosk/qml/NameKeyboard/CODE_REGION``. Adding a third
language therefore takes new files only: a translation, a keyboard layout, and the deck's text.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from kiosk.core.paths import KEYBOARD_LAYOUTS_DIR, TRANSLATIONS_DIR

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
TRANSLATION_PREFIX = "kiosk_"


def translation_file(code: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"{TRANSLATION_PREFIX}{code}.qm"


def available_languages(folder: Path = TRANSLATIONS_DIR) -> tuple[str, ...]:
    """English, then every language with a compiled translation, in code order."""
    codes = sorted(
        path.stem.removeprefix(TRANSLATION_PREFIX)
        for path in folder.glob(f"{TRANSLATION_PREFIX}*.qm")
    )
    return (SOURCE_LANGUAGE, *(code for code in codes if code != SOURCE_LANGUAGE))


def offered_languages(wanted: Sequence[str], available: Sequence[str]) -> tuple[str, ...]:
    """The clinic's choice, in its order, less any the kiosk cannot speak (said in the log).
    Never empty: English stands in when none of the clinic's choice can be spoken."""
    missing = [code for code in wanted if code not in available]
    if missing:
        log.warning("No translation for %s; those languages are not offered", ", ".join(missing))
    offered = tuple(code for code in wanted if code in available)
    return offered or (SOURCE_LANGUAGE,)


def keyboard_layouts(folder: Path = KEYBOARD_LAYOUTS_DIR) -> tuple[str, ...]:
    """The name keyboard's layouts (``en_US``, ``es_US``...), one folder each."""
    return tuple(sorted(p.name for p in folder.iterdir() if (p / "main.qml").is_file()))


def keyboard_locale(code: str, region: str, names: Sequence[str]) -> str:
    """The name keyboard's layout for a language: the clinic's region's if there is one
    (``es_US``), else the first of that language (``es_ES``), else US English."""
    preferred = f"{code}_{region}"
    if preferred in names:
        return preferred
    return next((name for name in names if name.startswith(f"{code}_")), "en_US")
