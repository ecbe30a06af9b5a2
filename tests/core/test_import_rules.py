"""The rooms' rules, as a failing test (docs/architecture.md):

- the core imports no Qt and nothing of ``kiosk.ui``;
- ``kiosk.ui.platform`` imports no feature: neither another room of ``kiosk.ui`` nor the core's
  check-in, slides, staff or storage, only the core's shared modules and ``kiosk.core.system``;
- a feature's view models never import another feature's view models (a view model is a module
  that registers a QML type);
- only ``kiosk.ui.app`` wires features together: no ``kiosk.ui`` feature imports ``kiosk.ui.app``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

import kiosk

PACKAGE = Path(kiosk.__file__).parent
QT_PACKAGES = frozenset({"PySide6", "shiboken6", "PyQt5", "PyQt6"})
CORE_ROOMS = ("checkin", "slides", "staff", "storage", "system")
CORE_FEATURES = ("checkin", "slides", "staff", "storage")
UI_FEATURES = ("slides", "checkin", "staff", "calling")


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    imports: frozenset[str]
    is_view_model: bool


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: Path) -> set[str]:
    """Every module ``source`` imports, at its top or inside a function, resolved to its full
    name (``from kiosk.ui.slides import slideshow`` names ``kiosk.ui.slides.slideshow``)."""
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def read_module(path: Path) -> Module:
    text = path.read_text(encoding="utf-8")
    return Module(module_name(path), path, frozenset(imported_modules(path)), "@QmlElement" in text)


def all_modules() -> list[Module]:
    return [read_module(p) for p in sorted(PACKAGE.rglob("*.py"))]


def known(names: frozenset[str], modules: dict[str, Module]) -> set[str]:
    """The names that are modules of the kiosk (not a class imported from one)."""
    return {n for n in names if n in modules}


def room(name: str) -> str:
    """``kiosk.ui.slides.slideshow`` is in room ``kiosk.ui.slides``."""
    return ".".join(name.split(".")[:3])


def broken_rules(modules: list[Module]) -> list[str]:
    by_name = {m.name: m for m in modules}
    broken: list[str] = []
    for module in modules:
        imports = module.imports
        if module.name.startswith("kiosk.core"):
            for name in sorted(imports):
                if name.split(".")[0] in QT_PACKAGES or name.startswith("kiosk.ui"):
                    broken.append(f"{module.name} (core) imports {name}")
        if module.name.startswith("kiosk.ui.platform"):
            features = [f"kiosk.ui.{f}" for f in (*UI_FEATURES, "app")]
            features += [f"kiosk.core.{f}" for f in CORE_FEATURES]
            for name in sorted(known(imports, by_name)):
                if any(name == f or name.startswith(f"{f}.") for f in features):
                    broken.append(f"{module.name} (platform) imports the feature {name}")
        if room(module.name) in {f"kiosk.ui.{f}" for f in UI_FEATURES}:
            for name in sorted(known(imports, by_name)):
                other = by_name[name]
                if room(name) == "kiosk.ui.app":
                    broken.append(f"{module.name} imports {name}: only kiosk.ui.app wires")
                elif (
                    module.is_view_model
                    and other.is_view_model
                    and room(name) != room(module.name)
                    and room(name).startswith("kiosk.ui.")
                ):
                    broken.append(f"{module.name} (a view model) imports the view model {name}")
    return broken


def test_every_room_keeps_its_rules() -> None:
    assert broken_rules(all_modules()) == []


def test_the_rooms_exist() -> None:
    rooms = {room(m.name) for m in all_modules()}
    expected = {f"kiosk.core.{f}" for f in CORE_ROOMS}
    expected |= {f"kiosk.ui.{f}" for f in (*UI_FEATURES, "app", "platform")}
    assert expected <= rooms


def fake_module(name: str, *imports: str, view_model: bool = False) -> Module:
    return Module(name, Path(name), frozenset(imports), view_model)


@pytest.mark.parametrize(
    ("offender", "target"),
    [
        (fake_module("kiosk.core.slides.deck", "PySide6.QtCore"), None),
        (fake_module("kiosk.core.staff.session", "kiosk.ui.platform.chime"), None),
        (
            fake_module("kiosk.ui.platform.chime", "kiosk.ui.slides.slideshow"),
            fake_module("kiosk.ui.slides.slideshow", view_model=True),
        ),
        (
            fake_module("kiosk.ui.platform.chime", "kiosk.core.checkin.answers"),
            fake_module("kiosk.core.checkin.answers"),
        ),
        (
            fake_module("kiosk.ui.staff.deck_editor", "kiosk.ui.slides.slideshow", view_model=True),
            fake_module("kiosk.ui.slides.slideshow", view_model=True),
        ),
        (
            fake_module("kiosk.ui.checkin.check_in_flow", "kiosk.ui.app.desk"),
            fake_module("kiosk.ui.app.desk"),
        ),
    ],
)
def test_each_rule_fails_on_its_own_kind_of_import(offender: Module, target: Module | None) -> None:
    modules = [offender] + ([target] if target else [])
    assert len(broken_rules(modules)) == 1


def test_allowed_imports_pass() -> None:
    modules = [
        fake_module("kiosk.ui.staff.deck_editor", "kiosk.ui.slides.slide_rows", view_model=True),
        fake_module("kiosk.ui.slides.slide_rows"),
        fake_module("kiosk.ui.app.desk", "kiosk.ui.staff.deck_editor", "kiosk.ui.slides.slideshow"),
        fake_module("kiosk.ui.slides.slideshow", "kiosk.core.slides.deck", view_model=True),
        fake_module("kiosk.core.slides.deck"),
        fake_module("kiosk.ui.platform.chime", "kiosk.core.paths"),
        fake_module("kiosk.core.paths"),
    ]
    assert broken_rules(modules) == []


def test_an_import_inside_a_function_counts(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def later():\n    from kiosk.ui.slides import slideshow\n", encoding="utf-8")
    assert "kiosk.ui.slides.slideshow" in imported_modules(sample)
