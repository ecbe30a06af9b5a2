"""Keeps the interface's translations in step with the code: Qt's lupdate and lrelease.

``python -m kiosk.tools.translations`` brings every ``kiosk/i18n/kiosk_CODE.ts`` up to date with
the strings in the QML (``qsTr``), the view models (``self.tr`` and ``translate``) and the core
(``say``, read as ``QT_TR_NOOP``), then compiles each to the ``.qm`` the kiosk loads. With
``--new CODE`` it first starts an empty translation for another language. Translators fill the
``.ts`` files (Qt Linguist, ``pyside6-linguist``, or any text editor).

``tests/core/test_translations.py`` fails when a ``.ts`` is behind the code, holds an unfinished
message, or its ``.qm`` is not the one it compiles to.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import PySide6

from kiosk.core.languages import SOURCE_LANGUAGE, TRANSLATION_PREFIX
from kiosk.core.paths import PACKAGE_DIR, QML_DIR, TRANSLATIONS_DIR
from kiosk.tools import run_tool

QT_TOOLS = Path(PySide6.__file__).parent


def source_files() -> list[Path]:
    python = [
        p
        for p in sorted(PACKAGE_DIR.rglob("*.py"))
        if "tools" not in p.relative_to(PACKAGE_DIR).parts
    ]
    return python + sorted((QML_DIR / "Kiosk").rglob("*.qml"))


def ts_files(folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    return sorted(folder.glob(f"{TRANSLATION_PREFIX}*.ts"))


def update(ts: Sequence[Path], sources: Sequence[Path] | None = None) -> str:
    """Bring each ``.ts`` file up to date with the code; messages no longer used are dropped."""
    files = [str(p) for p in (sources if sources is not None else source_files())]
    return run_tool(
        [
            str(QT_TOOLS / "lupdate"),
            "-tr-function-alias",
            "QT_TR_NOOP+=say",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            SOURCE_LANGUAGE,
            "-silent",
            *files,
            "-ts",
            *(str(p) for p in ts),
        ]
    )


def release(ts: Path, qm: Path) -> str:
    return run_tool([str(QT_TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(qm)])


def start_language(code: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    path = folder / f"{TRANSLATION_PREFIX}{code}.ts"
    if not path.exists():
        path.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{code}" sourcelanguage="{SOURCE_LANGUAGE}">\n</TS>\n',
            encoding="utf-8",
        )
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.tools.translations")
    parser.add_argument("--new", metavar="CODE", help="start a translation for this language")
    args = parser.parse_args(argv)
    if args.new:
        start_language(args.new)
    files = ts_files()
    print(update(files) or f"Updated {len(files)} translation(s)")
    for ts in files:
        release(ts, ts.with_suffix(".qm"))
        print(f"Compiled {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
