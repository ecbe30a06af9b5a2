""" "A+": what a patient reads grows by a quarter on the slides and on every check-in screen, the
buttons' labels (already the largest letters there) keep their size, and it goes after them."""

from __future__ import annotations

from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.ui.app.kiosk_window import KioskWindow
from tests.ui.conftest import MakeKiosk, drawn, write_settings
from tests.ui.patient import Patient, shown_all_the_way_up, visual_items
from tests.ui.qt_objects import class_name
from tests.ui.test_access import in_keyboard, theme, walk_a_typical_check_in

LARGER = 1.25


def _kiosk_button(item: QQuickItem | None) -> bool:
    # QML names a component's class after its file: KioskButton_QMLTYPE_12.
    return item is not None and class_name(item).startswith("KioskButton")


def letter_sizes(kiosk: KioskWindow) -> dict[tuple[str, int], tuple[str, float, bool]]:
    """Every text shown outside the on-screen keyboard, by its words (and which of the texts with
    those words it is): its words, letter size, and whether it is a button's label. Not by item:
    a list rebuilds its items when the patient's choices change."""
    sizes: dict[tuple[str, int], tuple[str, float, bool]] = {}
    for item in visual_items(kiosk):
        if not item.inherits("QQuickText") or not str(item.property("text")):
            continue
        if not shown_all_the_way_up(item) or in_keyboard(item):
            continue
        words = str(item.property("text"))[:40]
        label = _kiosk_button(item.parentItem())
        same_words = sum(1 for key in sizes if key[0] == words)
        sizes[(words, same_words)] = (words, item.property("font").pixelSize(), label)
    return sizes


def test_larger_text_grows_every_text_a_patient_reads_and_no_button_label(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    write_settings(data_dir, "[checkin]\nask_mobile = true\n")
    kiosk = make_kiosk(instant=True)
    problems: list[str] = []
    seen = {"grown": 0, "labels": 0}

    def look(screen: str) -> None:
        drawn(kiosk, qtbot)
        before = letter_sizes(kiosk)
        kiosk.choices.toggleLargerText()
        drawn(kiosk, qtbot)
        after = letter_sizes(kiosk)
        kiosk.choices.toggleLargerText()
        drawn(kiosk, qtbot)
        assert letter_sizes(kiosk) == before, f"{screen}: A+ off did not bring every size back"
        for key, (words, size, label) in before.items():
            if key not in after:
                continue
            grown = after[key][1]
            if label:
                seen["labels"] += 1
                if grown != size:
                    problems.append(f"{screen}: the button label {words!r} went {size} -> {grown}")
            else:
                seen["grown"] += 1
                if abs(grown - size * LARGER) > 1.5:
                    problems.append(f"{screen}: {words!r} went {size} -> {grown}, not x{LARGER}")

    look("slides")
    walk_a_typical_check_in(kiosk.check_in, look)
    assert problems == [], "\n".join(problems)
    assert seen["grown"] > 60, seen  # the walk saw real screens
    assert seen["labels"] > 40, seen


def test_larger_text_is_on_the_slides_and_the_check_in_and_goes_after_the_patient(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    singleton = theme(kiosk)

    patient.tap("slidesLargerText")
    assert singleton.property("textScale") == LARGER
    assert patient.find("slidesLargerText").property("primary") is True

    patient.tap("checkInButton")
    assert patient.find("checkInLargerText").property("primary") is True, "A+ stays on"
    patient.tap("checkInLargerText")
    assert singleton.property("textScale") == 1.0
    patient.tap("checkInLargerText")
    assert singleton.property("textScale") == LARGER

    patient.tap("cancelButton")  # nothing typed: the check-in ends at once
    qtbot.waitUntil(lambda: not kiosk.check_in.property("active"), timeout=3000)
    assert singleton.property("textScale") == 1.0
    assert kiosk.choices.property("largerText") is False


def test_larger_text_and_high_contrast_on_the_slides_go_after_quiet_minutes(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    kiosk.choices.set_reset_after(300)  # five minutes untouched, on a running kiosk
    patient.tap("slidesLargerText")
    patient.tap("slidesHighContrast")
    assert kiosk.choices.property("largerText")
    assert kiosk.choices.property("highContrast")
    qtbot.waitUntil(lambda: not kiosk.choices.property("largerText"), timeout=3000)
    assert kiosk.choices.property("highContrast") is False
