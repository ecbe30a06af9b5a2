"""Every staff screen, in English and in Spanish, landscape and portrait: no label cut short or
spilling out of its box, and nothing off the screen that cannot be scrolled to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.ui.app import KioskWindow
from tests.ui.conftest import PIN, MakeKiosk, write_settings
from tests.ui.patient import Patient, shown_all_the_way_up, visual_items
from tests.ui.test_sizes import SLACK, scene_rect
from tests.ui.test_staff import tap_corner, type_pin


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
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    area = window.adjusted(-SLACK, -SLACK, SLACK, SLACK)
    found = []
    for text in visual_items(kiosk):
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
    flow = kiosk.check_in  # one urgent check-in waiting, as on a working day
    flow.open()
    flow.setFirstName("Bartholomew-Maximilian")
    flow.setLastName("Vandenberghe-Oyelaran")
    for digit in "12031956":
        flow.typeBirthDigit(digit)
    flow.toggleReason("back-knee-hip")
    flow.answerUrgent("yes")
    flow.answerVisit("first")
    flow.correct("review")
    flow.confirm()
    flow.finish()

    def look(screen: str) -> None:
        qtbot.wait(50)
        problems.extend(fit_problems(kiosk, screen))

    tap_corner(kiosk, 5)
    person.find("staffName0")
    person.tap("staffName0")
    person.tap("pinSubmit")
    look("sign-in with its message")
    type_pin(person, PIN)
    person.tap("pinSubmit")
    person.find("queueTab")
    look("check-ins")
    for tab, screen in (
        ("slidesTab", "slides"),
        ("todayTab", "today"),
        ("settingsTab", "settings"),
        ("auditTab", "audit log"),
    ):
        person.tap(tab)
        look(screen)
    person.tap("slidesTab")
    person.tap("slideEdit0")
    person.find("slideForm")
    draft = kiosk.staff.property("deck").property("draft")
    draft.setTitle("")
    look("slide editor with a problem")
    assert problems == [], "\n".join(sorted(set(problems)))
