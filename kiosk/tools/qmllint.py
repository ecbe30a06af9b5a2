"""Runs pyside6-qmllint, with every check on, over every QML file of the kiosk.

qmllint learns the Python types of ``Kiosk.Backend`` from a .qmltypes file, made the way
``pyside6-project`` makes one: pyside6-metaobjectdump reads the decorated classes and
pyside6-qmltyperegistrar turns that into type information, in a temporary import folder.
Exit 1 on any warning.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import QMetaObject, QObject

from kiosk.core.paths import QML_DIR
from kiosk.tools import run_tool
from kiosk.ui import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

UI_DIR = Path(__file__).resolve().parents[1] / "ui"
QT_METATYPES = Path(PySide6.__file__).parent / "Qt" / "metatypes"
FOREIGN_MODULES = ("core", "gui", "qml")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def write_backend_types(import_root: Path) -> Path:
    """Describe the Python QML types in ``import_root/Kiosk/Backend``; return that folder."""
    module_dir = import_root.joinpath(*QML_IMPORT_NAME.split("."))
    module_dir.mkdir(parents=True)
    sources = [p for p in sorted(UI_DIR.rglob("*.py")) if _describes_qt_types(p)]
    metatypes = import_root / "backend_metatypes.json"
    run_tool(
        [
            _tool("pyside6-metaobjectdump"),
            "-o",
            str(metatypes),
            *(str(p) for p in sources),
        ]
    )
    _correct_from_live_classes(metatypes, sources)
    foreign = ",".join(
        str(next(QT_METATYPES.glob(f"qt6{module}_*metatypes.json"))) for module in FOREIGN_MODULES
    )
    output = run_tool(
        [
            _tool("pyside6-qmltyperegistrar"),
            "--generate-qmltypes",
            str(module_dir / "backend.qmltypes"),
            "-o",
            str(import_root / "registrations.cpp"),
            str(metatypes),
            "--import-name",
            QML_IMPORT_NAME,
            "--major-version",
            str(QML_IMPORT_MAJOR_VERSION),
            "--minor-version",
            "0",
            f"--foreign-types={foreign}",
        ]
    )
    if output:
        raise RuntimeError(f"qmltyperegistrar warned:\n{output}")
    (module_dir / "qmldir").write_text(
        f"module {QML_IMPORT_NAME}\ntypeinfo backend.qmltypes\ndepends QtQuick\n",
        encoding="utf-8",
    )
    return module_dir


def _describes_qt_types(source: Path) -> bool:
    """A module with QML types, or with a list model they derive from (metaobjectdump reads
    one file at a time, so a base class in another file must be read too)."""
    text = source.read_text("utf-8")
    return "@QmlElement" in text or "(QAbstractListModel)" in text


def _module_name(source: Path) -> str:
    parts = source.relative_to(UI_DIR.parent.parent).with_suffix("").parts
    return ".".join(parts)


def _correct_from_live_classes(metatypes: Path, sources: list[Path]) -> None:
    """Take each property's type and constancy from the class PySide6 registers at run time.

    metaobjectdump reads the source text only: it writes ``dict`` where Qt registers QVariantMap,
    and it drops ``constant=True``, which makes qmllint call every constant binding stale.
    """
    classes: dict[str, QMetaObject] = {}
    for source in sources:
        module = importlib.import_module(_module_name(source))
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, QObject):
                classes[value.__name__] = value.staticMetaObject  # type: ignore[attr-defined]
    data = json.loads(metatypes.read_text(encoding="utf-8"))
    for entry in data:
        for described in entry.get("classes", []):
            meta = classes.get(described["className"])
            if meta is None:
                continue
            for prop in described.get("properties", []):
                live = meta.property(meta.indexOfProperty(prop["name"]))
                prop["type"] = live.typeName()
                if live.isConstant():
                    prop["constant"] = True
    metatypes.write_text(json.dumps(data), encoding="utf-8")


def main() -> int:
    files = sorted(str(p) for p in QML_DIR.rglob("*.qml"))
    with tempfile.TemporaryDirectory(prefix="kiosk-qmltypes-") as temp:
        import_root = Path(temp)
        write_backend_types(import_root)
        command = [_tool("pyside6-qmllint"), "-I", str(QML_DIR), "-I", str(import_root), *files]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if output:
        print(output)
    if result.returncode != 0 or "Warning:" in output:
        print(f"qmllint found problems in {len(files)} QML files.")
        return 1
    print(f"qmllint: {len(files)} QML files, every check on, no warnings.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
