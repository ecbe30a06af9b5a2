"""When a screen closes, it takes its timers, animations and threads with it: a kiosk that runs
all day must not gather them one patient or one staff visit at a time."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.ui.app.kiosk_window import KioskWindow
from tests.ui.conftest import MakeKiosk, write_deck
from tests.ui.patient import Patient, check_in_as_scripted_patient
from tests.ui.qt_objects import class_name
from tests.ui.test_staff import sign_in


def running_animations(kiosk: KioskWindow) -> list[str]:
    return [
        f"{class_name(o)} in {_owner(o)}"
        for o in kiosk.window.findChildren(QObject)
        if "Animation" in class_name(o) and o.property("running")
    ]


def _owner(thing: QObject) -> str:
    names: list[str] = []
    parent = thing.parent()
    while parent is not None and len(names) < 4:
        names.append(parent.objectName() or class_name(parent))
        parent = parent.parent()
    return " < ".join(names)


def active_timers(kiosk: KioskWindow) -> list[str]:
    owners = (kiosk.check_in, kiosk.staff, kiosk.queue, kiosk.display)
    return [
        f"{type(owner).__name__}: {timer.interval()} ms"
        for owner in owners
        for timer in owner.findChildren(QTimer)
        if timer.isActive()
    ]


def snapshot(kiosk: KioskWindow) -> tuple[list[str], list[str], list[str]]:
    threads = sorted(t.name for t in threading.enumerate())
    return sorted(running_animations(kiosk)), sorted(active_timers(kiosk)), threads


LONG_SLIDES = """version = 1
[[slides]]
id = "one"
title = "One slide"
duration = 300
[[slides]]
id = "two"
title = "Another"
duration = 300
"""
"""Slides that stay up for the whole test, so no transition comes and goes during it."""


def test_a_check_in_leaves_nothing_running_when_it_closes(
    qtbot: QtBot, data_dir: DataDir, make_kiosk: MakeKiosk
) -> None:
    write_deck(data_dir, LONG_SLIDES)
    kiosk = make_kiosk(instant=True)
    before = snapshot(kiosk)
    patient = Patient(kiosk, qtbot)
    for _ in range(3):
        check_in_as_scripted_patient(patient)
        patient.tap("nextButton")
        patient.tap_when_it_takes_taps("doneButton")
        qtbot.waitUntil(lambda: not kiosk.window.property("checkInOpen"), timeout=3000)
        qtbot.wait(300)  # the closing screen's own fade
        assert snapshot(kiosk) == before


def test_staff_mode_leaves_nothing_running_when_it_closes(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk
) -> None:
    write_deck(data_dir, LONG_SLIDES)
    kiosk = make_kiosk(instant=True)
    before = snapshot(kiosk)
    person = Patient(kiosk, qtbot)
    for page in ("slidesTab", "todayTab", "settingsTab", "auditTab", "queueTab"):
        sign_in(person)
        person.tap(page)
        qtbot.wait(200)
        person.tap("backToSlides")
        qtbot.waitUntil(lambda: not kiosk.window.property("staffOpen"), timeout=3000)
        qtbot.wait(300)
        assert snapshot(kiosk) == before, f"after the {page} page"
