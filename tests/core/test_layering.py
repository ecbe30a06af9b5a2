"""kiosk/core is plain Python: it must never import Qt, directly or through another module."""

from __future__ import annotations

import ast
from pathlib import Path

import kiosk.core

CORE = Path(kiosk.core.__file__).parent


def imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_qt_or_the_ui() -> None:
    offenders = []
    for source in sorted(CORE.rglob("*.py")):
        for name in imported_modules(source):
            top = name.split(".")[0]
            if top in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} or name.startswith("kiosk.ui"):
                offenders.append(f"{source.relative_to(CORE)} imports {name}")
    assert offenders == []


def test_the_check_sees_an_import_of_qt(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(sample)
