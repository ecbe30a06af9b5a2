"""The patient's language: a tap switches the slides, the check-in and its keyboard, mid-way
too, and every screen returns to the clinic's own language after the patient."""

from __future__ import annotations

import re

from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.ui.app.kiosk_window import KioskWindow
from tests.ui.conftest import MakeKiosk, shown_title, write_settings
from tests.ui.patient import (
    Patient,
    check_in_as_scripted_patient,
    opened_rows,
    shown_all_the_way_up,
    visual_items,
)
from tests.ui.qt_objects import class_name
from tests.ui.test_staff import an_urgent_check_in_waiting, walk_every_staff_screen

ENGLISH_FIRST_TITLE = "Your feet hold you up"
SPANISH_FIRST_TITLE = "Sus pies son su base"

# Words of English that Spanish never uses: one of them on a Spanish screen is English left over.
ENGLISH_ONLY = re.compile(
    r"\b(the|and|your|you|please|tap|of|to|is|are|for|with|this|not|now|here|we|it|what|why|"
    r"do|have|will|in|on|at|yes|help|check|next|back|cancel|done|name|date|birth|still|there|"
    r"day|month|year|first|last|visit|reason|need|wound|people|seat|number|change|confirm)\b",
    re.IGNORECASE,
)


def visible_texts(kiosk: KioskWindow) -> list[str]:
    """The words on screen now, from the interface: labels, buttons and messages. What a
    patient typed (text fields) is theirs, in whatever language they wrote it."""
    texts = []
    for item in visual_items(kiosk):
        if not shown_all_the_way_up(item) or item.width() <= 0 or item.height() <= 0:
            continue
        if class_name(item).startswith(("QQuickTextInput", "QQuickTextEdit")):
            continue
        text = item.property("text")
        if isinstance(text, str) and text.strip():
            texts.append(text.replace("\u00a0", " "))  # as read
    return texts


def staff_texts(kiosk: KioskWindow) -> list[str]:
    """The interface's words on a staff screen, without what people wrote: slide titles and
    previews, names in the check-in list, and the audit log's entries."""
    written_by_people = (
        "slideTitle",
        "todayTitle",
        "queueRowTitle",
        "auditEntry",
        "editorPreview",
        "slideReviewer",
    )
    texts = []
    for item in visual_items(kiosk):
        if not shown_all_the_way_up(item) or item.width() <= 0 or item.height() <= 0:
            continue
        typed_in = ("QQuickTextInput", "QQuickTextEdit", "StaffField")
        if class_name(item).startswith(typed_in):
            continue
        if _within_named(item, written_by_people):
            continue
        text = item.property("text")
        if isinstance(text, str) and text.strip():
            texts.append(text)
    return texts


def _within_named(item: QQuickItem, prefixes: tuple[str, ...]) -> bool:
    node: QQuickItem | None = item
    while node is not None:
        if node.objectName().startswith(prefixes) or class_name(node).startswith("SlideThumbnail"):
            return True
        node = node.parentItem()
    return False


def english_left(kiosk: KioskWindow) -> list[str]:
    return [text for text in visible_texts(kiosk) if ENGLISH_ONLY.search(text)]


def test_a_tap_shows_the_slides_in_spanish_and_they_return_to_english_later(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    assert shown_title(kiosk) == ENGLISH_FIRST_TITLE
    assert patient.text("checkInButton") == "Check in"
    assert patient.text("slidesLanguage-es") == "Español"

    patient.tap("slidesLanguage-es")
    qtbot.waitUntil(lambda: shown_title(kiosk) == SPANISH_FIRST_TITLE, timeout=3000)
    assert patient.text("checkInButton") == "Registrarse"
    assert patient.text("helpButton") == "¿Necesita ayuda?"
    assert patient.text("slidesLanguage-en") == "English"
    assert english_left(kiosk) == []

    kiosk.choices.set_reset_after(300)  # five minutes untouched, on a running kiosk
    kiosk.choices.touched()
    qtbot.waitUntil(lambda: shown_title(kiosk) == ENGLISH_FIRST_TITLE, timeout=3000)
    assert patient.text("checkInButton") == "Check in"


def test_switching_language_mid_check_in_changes_every_string_and_the_keyboard(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    patient.tap("checkInButton")
    patient.type_name("firstName", "Ana")
    assert "What is your name?" in visible_texts(kiosk)
    assert not patient.shown("enyeKey")

    patient.tap("checkInLanguage-es")
    qtbot.waitUntil(lambda: patient.text("stepLabel") == "Registro: paso 1 de 7", timeout=3000)
    spanish = visible_texts(kiosk)
    assert "¿Cómo se llama?" in spanish
    assert english_left(kiosk) == []
    assert kiosk.check_in.property("firstName") == "Ana", "the typing is kept"
    assert patient.find("firstNameInput").property("text") == "Ana"
    # The keyboard is the Spanish one, ñ on its own key, and typing goes on where it was.
    patient.tap("lastNameInput")
    patient.keyboard.type("Núñez")
    assert kiosk.check_in.property("lastName") == "Núñez"
    assert patient.shown("enyeKey")

    patient.tap("checkInLanguage-en")
    qtbot.waitUntil(lambda: patient.text("stepLabel") == "Check in: step 1 of 7", timeout=3000)
    assert not patient.shown("enyeKey")


def test_after_a_check_in_in_spanish_the_next_patient_meets_english(
    qtbot: QtBot, make_kiosk: MakeKiosk, data_dir: DataDir
) -> None:
    kiosk = make_kiosk(instant=True)
    kiosk.check_in.set_timing(idle_ms=60_000, tick_ms=1000, done_ms=300)
    patient = Patient(kiosk, qtbot)
    patient.tap("slidesLanguage-es")
    qtbot.waitUntil(lambda: shown_title(kiosk) == SPANISH_FIRST_TITLE, timeout=3000)
    # Day first, as Spanish writes dates in the United States; the boxes say which is which.
    check_in_as_scripted_patient(patient, "12031956", "12 de marzo de 1956")
    assert [s["label"] for s in kiosk.check_in.property("birthSlots")] == ["Día", "Mes", "Año"]
    assert english_left(kiosk) == []
    patient.confirm()
    qtbot.waitUntil(lambda: patient.shown("doneScreen"), timeout=3000)
    assert english_left(kiosk) == []

    qtbot.waitUntil(lambda: not kiosk.check_in.property("active"), timeout=3000)
    qtbot.waitUntil(lambda: shown_title(kiosk) == ENGLISH_FIRST_TITLE, timeout=3000)
    assert patient.text("checkInButton") == "Check in"
    check_in_as_scripted_patient(patient)  # the English keyboard and date order are back
    patient.confirm()
    qtbot.waitUntil(lambda: len(opened_rows(data_dir)) == 2, timeout=3000)
    # Each patient's language is kept with their answers (for the practice's software).
    assert [row["language"] for row in opened_rows(data_dir)] == ["es", "en"]


def test_a_clinic_that_speaks_spanish_first_starts_and_returns_in_spanish(
    qtbot: QtBot, make_kiosk: MakeKiosk, data_dir: DataDir
) -> None:
    write_settings(data_dir, '[clinic]\nlanguages = ["es", "en"]\n')
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    assert shown_title(kiosk) == SPANISH_FIRST_TITLE
    assert patient.text("slidesLanguage-en") == "English"
    patient.tap("slidesLanguage-en")
    qtbot.waitUntil(lambda: shown_title(kiosk) == ENGLISH_FIRST_TITLE, timeout=3000)
    kiosk.choices.reset()
    qtbot.waitUntil(lambda: shown_title(kiosk) == SPANISH_FIRST_TITLE, timeout=3000)


def test_a_clinic_with_one_language_shows_no_language_button(
    qtbot: QtBot, make_kiosk: MakeKiosk, data_dir: DataDir
) -> None:
    write_settings(data_dir, '[clinic]\nlanguages = ["en"]\n')
    kiosk = make_kiosk(instant=True)
    patient = Patient(kiosk, qtbot)
    assert not patient.shown("slidesLanguage-es")
    patient.tap("checkInButton")
    assert not patient.shown("checkInLanguage-es")


def test_no_english_is_left_on_any_patient_screen_in_spanish(
    qtbot: QtBot, make_kiosk: MakeKiosk, data_dir: DataDir
) -> None:
    write_settings(data_dir, '[clinic]\nlanguages = ["es", "en"]\n[checkin]\nask_mobile = true\n')
    kiosk = make_kiosk(instant=True)
    kiosk.check_in.set_timing(idle_ms=60_000, tick_ms=1000, done_ms=60_000)
    patient = Patient(kiosk, qtbot)
    seen: list[str] = []

    def look(where: str) -> None:
        qtbot.wait(50)
        left = english_left(kiosk)
        assert left == [], f"English on the {where}: {left}"
        seen.extend(visible_texts(kiosk))

    look("slides")
    patient.tap("helpButton")
    patient.find("helpNotice")
    look("help notice")
    patient.tap("checkInButton")
    patient.tap("nextButton")  # nothing typed: both names are asked for
    assert set(kiosk.check_in.property("messages")) == {"first-name", "last-name"}
    look("name step with its messages")
    patient.type_name("firstName", "Ana")
    patient.tap("cancelButton")
    patient.find("confirmCancel")
    look("question before cancelling")
    patient.tap("keepCheckingIn")
    patient.type_name("lastName", "Núñez")
    patient.tap("nextButton")
    for digit in "31029999":
        patient.tap(f"padKey{digit}")
    assert kiosk.check_in.property("messages")["birth"]
    look("date of birth with a date that cannot be")
    for _ in range(8):
        patient.tap("padErase")
    for digit in "12031956":
        patient.tap(f"padKey{digit}")
    look("date of birth")
    patient.wait_to_move_on("birth-date")
    patient.tap("nextButton")  # nothing chosen: a reason is asked for
    look("reasons with their message")
    patient.answer("reason-ankle")
    patient.tap("nextButton")  # no answer: the question is asked again
    look("the urgent question with its message")
    patient.answer("urgentNo")
    look("mobile number")
    patient.tap("nextButton")
    look("appointment question")
    patient.tap("nextButton")  # no answer: the question is asked again
    look("the appointment question with its message")
    patient.answer("appointmentNo")  # a walk-in: told how many are ahead
    look("first visit or not")
    patient.tap("mobilityHelp")
    patient.answer("visitReturning")
    look("review")
    kiosk.check_in.set_timing(idle_ms=100, tick_ms=1000)
    kiosk.check_in.touched()
    patient.find("stillThere")
    look("still there? question")
    patient.tap("stillHereButton")
    patient.tap("nextButton")
    patient.find("ticketCode")
    look("done screen")
    assert "Hay 1 persona antes que usted." not in seen  # the first of the day is next
    assert "Usted es el siguiente." in seen


def test_no_english_is_left_on_any_staff_screen_in_a_spanish_clinic(
    qtbot: QtBot, make_kiosk: MakeKiosk, data_dir: DataDir, staff_accounts: None
) -> None:
    """Staff mode speaks the clinic's own language. What staff and patients wrote (names, the
    slides' own words, the audit log's record) stays as written and is left out."""
    write_settings(data_dir, '[clinic]\nlanguages = ["es", "en"]\n')
    kiosk = make_kiosk(instant=True)
    person = Patient(kiosk, qtbot)
    an_urgent_check_in_waiting(kiosk)

    seen: list[str] = []

    def look(where: str) -> None:
        qtbot.wait(50)
        left = [text for text in staff_texts(kiosk) if ENGLISH_ONLY.search(text)]
        assert left == [], f"English on the {where}: {left}"
        seen.extend(staff_texts(kiosk))

    walk_every_staff_screen(person, look)
    assert person.text("draftProblemsText").startswith("Título: no puede estar vacío.")
    assert "Comprobado: ninguna entrada se ha modificado ni quitado." in seen
    assert "Se muestran ahora: las diapositivas de fábrica." in seen
