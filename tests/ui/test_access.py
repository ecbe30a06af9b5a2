"""A kiosk everyone can read: every text colour on every background at 7:1 or more (WCAG AAA),
in the normal and the high-contrast palette, and the patient's choice of high contrast applied
to every screen and gone after them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.core.colour import contrast_ratio
from kiosk.core.paths import DataDir
from kiosk.ui.app.kiosk_window import KioskWindow
from kiosk.ui.checkin.check_in_flow import CheckInFlow
from tests.ui.conftest import MakeKiosk, drawn, grab, write_settings
from tests.ui.patient import Patient, shown_all_the_way_up, visual_items
from tests.ui.qt_objects import class_name, meta_object
from tests.ui.test_checkin_sizes import walk_every_check_in_screen
from tests.ui.test_staff import walk_every_staff_screen

# Which of the Theme's colours are drawn as text, and on which of its colours.
TEXTS_ON = {
    "text": ("background", "surface", "messageBackground"),
    "textMuted": ("background", "surface", "messageBackground"),
    "placeholder": ("background", "surface", "messageBackground"),
    "accent": ("background", "surface", "messageBackground"),
    "selected": ("background", "surface"),
    "textOnAccent": ("accent",),
    "sleepText": ("sleepBackground",),
}
# Colours never drawn as text or under it: lines and the card behind a picture.
NOT_TEXT = {"outline", "brandAccent", "pictureCard"}
WCAG_AAA = 7.0


def theme(kiosk: KioskWindow) -> QObject:
    found = kiosk.engine.singletonInstance("Kiosk", "Theme")
    assert isinstance(found, QObject)
    return found


def colour_names(singleton: QObject) -> set[str]:
    names = set()
    with meta_object(singleton) as meta:
        for index in range(meta.propertyOffset(), meta.propertyCount()):
            prop = meta.property(index)
            if str(prop.typeName()) == "QColor":
                names.add(str(prop.name()))
    return names


def hex_colour(singleton: QObject, name: str) -> str:
    colour = singleton.property(name)
    assert isinstance(colour, QColor), name
    assert colour.alpha() == 255, f"{name} is see-through: its contrast depends on what is behind"
    return colour.name()


def test_every_theme_colour_is_text_or_background_or_a_line(make_kiosk: MakeKiosk) -> None:
    singleton = theme(make_kiosk())
    used = set(TEXTS_ON) | {bg for bgs in TEXTS_ON.values() for bg in bgs} | NOT_TEXT
    assert colour_names(singleton) == used, "a new Theme colour needs its pairs in TEXTS_ON"


def test_every_text_reads_at_seven_to_one_in_both_palettes(make_kiosk: MakeKiosk) -> None:
    singleton = theme(make_kiosk())
    low: list[str] = []
    for high_contrast in (False, True):
        singleton.setProperty("highContrast", high_contrast)
        for foreground, backgrounds in TEXTS_ON.items():
            for background in backgrounds:
                ratio = contrast_ratio(
                    hex_colour(singleton, foreground), hex_colour(singleton, background)
                )
                if ratio < WCAG_AAA:
                    palette = "high contrast" if high_contrast else "normal"
                    low.append(f"{palette}: {foreground} on {background} is {ratio:.2f}:1")
    assert low == []


def test_the_contrast_measure_is_wcag_s() -> None:
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#ffffff"), 2) == 4.48


def test_high_contrast_shows_on_the_slides_and_the_check_in_and_goes_after_the_patient(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    singleton = theme(kiosk)
    assert grab(kiosk).pixelColor(5, kiosk.window.height() // 2).lightness() > 200

    patient.tap("slidesHighContrast")
    assert singleton.property("highContrast") is True
    qtbot.waitUntil(
        lambda: grab(kiosk).pixelColor(5, kiosk.window.height() // 2).lightness() < 20,
        timeout=3000,
    )
    assert patient.find("slidesHighContrast").property("primary") is True

    patient.tap("checkInButton")
    qtbot.wait(100)
    image = grab(kiosk)
    assert image.pixelColor(5, kiosk.window.height() // 3).lightness() < 20, "check-in is dark"
    patient.tap("checkInHighContrast")  # and off again from the check-in
    assert singleton.property("highContrast") is False
    patient.tap("checkInHighContrast")
    assert singleton.property("highContrast") is True

    patient.tap("cancelButton")  # nothing typed: the check-in ends at once
    qtbot.waitUntil(lambda: not kiosk.check_in.property("active"), timeout=3000)
    assert singleton.property("highContrast") is False
    assert kiosk.choices.property("highContrast") is False


INTERACTIVE_ROLES = {
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.EditableText,
    QAccessible.Role.ComboBox,
    QAccessible.Role.Slider,
    QAccessible.Role.SpinBox,
    QAccessible.Role.Link,
    QAccessible.Role.PageTab,
}
# Touch areas that are not controls, each with the reason it needs no name.
NOT_CONTROLS = {
    "swipeArea": "a swipe on the slide moves on; the rotation needs no hand",
    "staffCorner": "staff mode's hidden door; patients are not meant to find it",
    "tapShield": "catches taps that miss every control, so none reach the screen below",
    "settlingShield": "takes the taps of a step's first moments, which answer nothing",
    "tapAnywhere": "a tap anywhere does what the screen's own named button does",
    "fieldBox": "the box around a text field, which is announced; a tap in it focuses the field",
}
MIN_TARGET = 64


def control_of(item: QQuickItem) -> tuple[QQuickItem, QAccessibleInterface] | None:
    """The item a screen reader would announce for a touch on ``item``: it, or the nearest
    item around it with a control's role."""
    node: QQuickItem | None = item
    while node is not None:
        interface = QAccessible.queryAccessibleInterface(node)
        if interface is not None and interface.role() in INTERACTIVE_ROLES:
            return node, interface
        node = node.parentItem()
    return None


def in_keyboard(item: QQuickItem) -> bool:
    node: QQuickItem | None = item
    while node is not None:
        # Qt Virtual Keyboard's keys, in the panel named "keyboard" or "...Keyboard".
        if node.objectName() == "keyboard" or node.objectName().endswith("Keyboard"):
            return True
        node = node.parentItem()
    return False


def touch_controls(kiosk: KioskWindow) -> Iterator[tuple[QQuickItem, str]]:
    """Every touch area shown outside the on-screen keyboard, as the control a screen reader
    would announce for it (or the area itself, when no control owns it) and its name."""
    for item in visual_items(kiosk):
        if not shown_all_the_way_up(item) or not item.isEnabled() or in_keyboard(item):
            continue
        if item.width() <= 0 or item.height() <= 0:
            continue
        if not (item.inherits("QQuickMouseArea") or item.inherits("QQuickTextInput")):
            continue
        if item.objectName() in NOT_CONTROLS:
            continue
        control = control_of(item)
        if control is None:
            yield item, ""
            continue
        owner, interface = control
        yield owner, interface.text(QAccessible.Text.Name)


def scene_box(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def access_problems(kiosk: KioskWindow, screen: str) -> list[str]:
    found = []
    for owner, label in touch_controls(kiosk):
        if control_of(owner) is None:
            parent = owner.parentItem()
            name = owner.objectName() or class_name(owner)
            where = parent.objectName() or class_name(parent) if parent else ""
            found.append(f"{screen}: a touch area ({name} in {where}) has no role and name")
            continue
        if not label.strip():
            name = owner.objectName() or class_name(owner)
            found.append(f"{screen}: {name} has no accessible name")
        box = scene_box(owner)
        if min(box.width(), box.height()) < MIN_TARGET - 0.5:
            found.append(
                f"{screen}: {label or owner.objectName()} is {box.width():.0f}x"
                f"{box.height():.0f} px, under {MIN_TARGET}"
            )
    return sorted(set(found))


def test_every_control_a_patient_meets_has_a_name_a_role_and_room_for_a_finger(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    write_settings(data_dir, "[checkin]\nask_mobile = true\n")
    kiosk = make_kiosk(instant=True)
    problems: list[str] = []

    def look(screen: str) -> None:
        qtbot.wait(50)
        problems.extend(access_problems(kiosk, screen))

    look("slides")
    walk_every_check_in_screen(kiosk.check_in, look)
    assert problems == [], "\n".join(problems)


def test_every_control_staff_meet_has_a_name_a_role_and_room_for_a_finger(
    qtbot: QtBot, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    problems: list[str] = []

    def look(screen: str) -> None:
        qtbot.wait(50)
        problems.extend(access_problems(staff_kiosk, screen))

    walk_every_staff_screen(person, look)
    assert problems == [], "\n".join(problems)


def walk_a_typical_check_in(flow: CheckInFlow, look: Callable[[str], None]) -> None:
    """A check-in with everyday answers (one reason, a short name), each screen named to ``look``,
    with and without the step's messages."""
    flow.open()
    look("name")
    flow.next()
    look("name with messages")
    flow.setFirstName("Ana")
    flow.setLastName("Ruiz")
    flow.next()
    look("date of birth")
    for digit in "03121956":
        flow.typeBirthDigit(digit)
    look("date of birth in words")
    flow.next()
    look("reasons")
    flow.next()
    look("reasons with messages")
    flow.chooseReason("heel-or-arch")
    flow.next()
    look("urgent question")
    flow.next()
    look("urgent question with a message")
    flow.answerUrgent("no")
    flow.next()
    look("mobile")
    for digit in "2015550123":
        flow.typeMobileDigit(digit)
    flow.next()
    look("appointment")
    flow.answerAppointment("yes")
    flow.next()
    look("about")
    flow.next()
    look("about with a message")
    flow.answerVisit("first")
    flow.next()
    look("review")
    flow._ask_still_there()
    look("still there")
    flow.stillHere()
    flow.setProperty("reviewSeen", True)  # as after a scroll to the last answer
    flow.confirm()
    look("done")


@pytest.mark.parametrize("larger_text", [False, True], ids=["text", "larger-text"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_every_check_in_control_is_in_the_lower_two_thirds(
    qtbot: QtBot,
    data_dir: DataDir,
    make_kiosk: MakeKiosk,
    size: tuple[int, int],
    larger_text: bool,
) -> None:
    write_settings(data_dir, "[checkin]\nask_mobile = true\n")
    kiosk = make_kiosk(size, instant=True)
    if larger_text:
        kiosk.choices.toggleLargerText()
    reach = size[1] / 3  # above this, out of reach from a wheelchair
    problems: list[str] = []

    def look(screen: str) -> None:
        drawn(kiosk, qtbot)
        for owner, label in touch_controls(kiosk):
            top = scene_box(owner).top()
            if top < reach - 0.5:
                problems.append(f"{screen}: {label or owner.objectName()} at y={top:.0f}")

    walk_a_typical_check_in(kiosk.check_in, look)
    assert problems == [], f"above y={reach:.0f}:\n" + "\n".join(problems)
