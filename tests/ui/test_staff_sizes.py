"""Every staff screen, in English and in Spanish, landscape and portrait: no label cut short or
spilling out of its box, and nothing off the screen that cannot be scrolled to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.staff.accounts import open_staff_store
from kiosk.ui.app.kiosk_window import KioskWindow
from tests.ui.conftest import PIN, MakeKiosk, write_settings
from tests.ui.patient import Patient, shown_all_the_way_up, visual_items
from tests.ui.test_sizes import SLACK, scene_rect
from tests.ui.test_staff import an_urgent_check_in_waiting, sign_in, walk_every_staff_screen


def in_scrolling_list(item: QQuickItem) -> bool:
    node = item.parentItem()
    while node is not None:
        if node.inherits("QQuickFlickable") and node.property("interactive"):
            return True
        node = node.parentItem()
    return False


def clipping_boxes(item: QQuickItem) -> list[QRectF]:
    """The scene boxes of the items around ``item`` that cut off what spills out of them."""
    boxes = []
    node = item.parentItem()
    while node is not None:
        if node.clip():
            boxes.append(scene_rect(node))
        node = node.parentItem()
    return boxes


def fit_problems(kiosk: KioskWindow, screen: str) -> list[str]:
    return fit_problems_of(visual_items(kiosk), kiosk.window, screen)


def fit_problems_of(items: list[QQuickItem], window_item: QQuickWindow, screen: str) -> list[str]:
    """Each visible text among ``items`` cut short, wider than its box, off the screen (unless a
    list scrolls to it) or cut off at the side of a box that clips it."""
    window = QRectF(0, 0, window_item.width(), window_item.height())
    area = window.adjusted(-SLACK, -SLACK, SLACK, SLACK)
    found = []
    for text in items:
        if not text.inherits("QQuickText") or not str(text.property("text")):
            continue
        if not shown_all_the_way_up(text) or text.width() <= 0:
            continue
        name = text.objectName() or repr(str(text.property("text"))[:40])
        if text.property("truncated"):
            found.append(f"{screen}: {name} is cut short")
        if float(text.property("contentWidth")) > text.width() + SLACK:
            found.append(f"{screen}: {name} is wider than its box")
        box = scene_rect(text)
        if not in_scrolling_list(text) and not area.contains(box):
            found.append(f"{screen}: {name} is off the screen")
        elif box.left() < area.left() or box.right() > area.right():
            found.append(f"{screen}: {name} is off the side of the screen")  # lists scroll down
        elif any(
            box.left() < edge.left() - SLACK or box.right() > edge.right() + SLACK
            for edge in clipping_boxes(text)
        ):
            found.append(f"{screen}: {name} is cut off at the side of its list")
    return found


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_every_staff_screen_fits(
    qtbot: QtBot,
    data_dir: DataDir,
    staff_accounts: None,
    make_kiosk: MakeKiosk,
    size: tuple[int, int],
    language: str,
) -> None:
    other = "en" if language == "es" else "es"
    write_settings(data_dir, f'[clinic]\nlanguages = ["{language}", "{other}"]\n')
    kiosk = make_kiosk(size, instant=True)
    person = Patient(kiosk, qtbot)
    problems: list[str] = []
    an_urgent_check_in_waiting(kiosk, "Bartholomew-Maximilian", "Vandenberghe-Oyelaran")

    def look(screen: str) -> None:
        qtbot.wait(50)
        problems.extend(fit_problems(kiosk, screen))

    walk_every_staff_screen(person, look)
    assert problems == [], "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(
    "size", [(1920, 1080), (1080, 1920), (3840, 2160)], ids=["landscape", "portrait", "4k"]
)
def test_the_recovery_code_fits_when_a_sign_in_makes_the_clinic_key(
    qtbot: QtBot,
    data_dir: DataDir,
    make_kiosk: MakeKiosk,
    size: tuple[int, int],
    language: str,
) -> None:
    """A kiosk updated from before sealing: its account has no clinic key until it signs in."""
    staff = open_staff_store(data_dir.staff_store)
    staff.add("Ana Ruiz", PIN, by="terminal")
    staff.close()
    other = "en" if language == "es" else "es"
    write_settings(data_dir, f'[clinic]\nlanguages = ["{language}", "{other}"]\n')
    kiosk = make_kiosk(size, instant=True)
    person = Patient(kiosk, qtbot)
    sign_in(person)
    qtbot.waitUntil(lambda: person.shown("recoveryCodeSheet"), timeout=5000)
    qtbot.wait(50)
    assert fit_problems(kiosk, "recovery code") == []
    assert person.shown("recoveryCodeWritten")
    person.tap("recoveryCodeWritten")
    qtbot.waitUntil(lambda: person.shown("queueTab"), timeout=3000)
