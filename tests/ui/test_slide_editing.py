"""Staff mode's slides on the real QML, offscreen, by taps: edit a slide on the on-screen
keyboard and see it play, reorder, switch off, copy, delete and undo, import a picture from a USB
drive, restore the built-in deck, and "What plays today" with its reasons."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader
from pytestqt.qtbot import QtBot

from kiosk.core.paths import ILLUSTRATION_LIBRARY, DataDir
from kiosk.core.slides.deck import load_deck_file
from kiosk.core.slides.deck_source import BEFORE_RESTORE_NAME
from kiosk.core.staff.audit import Action
from kiosk.ui.app.kiosk_window import KioskWindow
from tests.core.test_store_faults import small_disk_in
from tests.ui.conftest import MakeKiosk, write_deck
from tests.ui.keyboard import OnScreenKeyboard, Touches
from tests.ui.patient import Patient, scroll_list_to, scroll_to
from tests.ui.test_staff import audit_actions, sign_in


def playing_titles(kiosk: KioskWindow) -> list[str]:
    rows = kiosk.slideshow.slide_list()
    return [rows.row(n)["title"] for n in range(rows.rowCount())]


def clinic_titles(data: DataDir) -> list[str]:
    result = load_deck_file(data.deck_file, ILLUSTRATION_LIBRARY)
    assert result.deck is not None
    return [s.title for s in result.deck.slides]


def open_slides(person: Patient) -> None:
    sign_in(person)
    person.tap("slidesTab")
    person.find("slideRow0")


def test_a_slide_edited_on_the_on_screen_keyboard_plays_at_once(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    open_slides(person)
    first_title = playing_titles(staff_kiosk)[0]
    person.tap("slideEdit0")
    assert person.text("titleFieldInput") == first_title
    person.tap("titleFieldInput")
    keyboard = OnScreenKeyboard(staff_kiosk, qtbot, Touches(), panel_name="editorKeyboard")
    keyboard.type(" and mine")
    qtbot.waitUntil(lambda: "words" in person.text("draftWords"))
    assert "reading grade" in person.text("draftWords")
    preview = person.find("editorPreview")
    assert preview.property("content")["title"] == first_title + " and mine"
    scroll_to(person, "reviewedToday")
    assert person.text("slideReviewed") == "Last reviewed: 2026-12-02"
    assert person.text("slideReviewer") == (
        "Reviewed by: The kiosk's writers, against the clinic's article"
    )
    person.tap("reviewedToday")  # the one signed in checked it against the article
    today = date.today().isoformat()
    assert person.text("slideReviewed") == f"Last reviewed: {today}"
    assert person.text("slideReviewer") == "Reviewed by: Ana Ruiz"
    person.tap("saveSlide")
    qtbot.waitUntil(lambda: person.shown("slideRow0"))
    assert playing_titles(staff_kiosk)[0] == first_title + " and mine"
    assert clinic_titles(data_dir)[0] == first_title + " and mine"
    saved = tomllib.loads(data_dir.deck_file.read_text("utf-8"))["slides"][0]
    assert (saved["reviewed_on"].isoformat(), saved["reviewed_by"]) == (today, "Ana Ruiz")
    assert audit_actions(data_dir)[-1] == (
        "Ana Ruiz",
        Action.DECK_CHANGED,
        "slide 'foundation' edited",
    )


def test_a_slide_the_deck_rules_refuse_cannot_be_saved_and_says_why(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    open_slides(person)
    person.tap("slideEdit0")
    scroll_to(person, "weekday0")
    for day in range(7):
        person.tap(f"weekday{day}")
    qtbot.waitUntil(lambda: person.text("draftProblemsText").startswith("Days: must list days"))
    person.tap("saveSlide")  # greyed out: nothing happens
    assert person.shown("slideForm")
    person.tap("cancelSlide")
    person.find("slideRow0")
    assert not data_dir.deck_file.exists(), "nothing was saved"


def test_reorder_switch_off_copy_delete_and_undo(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    open_slides(person)
    first, second, third = playing_titles(staff_kiosk)[:3]
    person.tap("slideDown0")
    qtbot.waitUntil(lambda: playing_titles(staff_kiosk)[:2] == [second, first])
    person.tap("slideOn0")
    qtbot.waitUntil(lambda: second not in playing_titles(staff_kiosk))
    assert "switched off" in person.text("slideToday0")
    person.tap("slideCopy1")
    qtbot.waitUntil(lambda: playing_titles(staff_kiosk)[:2] == [first, first])
    scroll_to(person, "slideDelete3", within="slideList")
    person.tap("slideDelete3")
    qtbot.waitUntil(lambda: third not in playing_titles(staff_kiosk))
    assert person.text("slidesMessageText") == f"“{third}” was deleted."
    person.tap("undoDelete")
    qtbot.waitUntil(lambda: playing_titles(staff_kiosk)[:3] == [first, first, third])
    assert [a[2] for a in audit_actions(data_dir)[-5:]] == [
        "slide 'foundation' moved from place 1 to 2",
        "slide 'rolling' switched off",
        "slide 'foundation' copied as 'foundation-copy'",
        "slide 'chain' deleted",
        "slide 'chain' brought back",
    ]


def test_a_new_slide_from_a_layout_joins_the_rotation_when_added(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    open_slides(person)
    count = len(playing_titles(staff_kiosk))
    person.tap("add-headline")
    person.tap("titleFieldInput")
    OnScreenKeyboard(staff_kiosk, qtbot, Touches(), panel_name="editorKeyboard").type("Flu jabs")
    person.tap("saveSlide")
    qtbot.waitUntil(lambda: len(playing_titles(staff_kiosk)) == count + 1)
    assert playing_titles(staff_kiosk)[-1] == "Flu jabs"


def write_picture(path: Path, width: int, height: int) -> None:
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(0x3366AA)
    assert picture.save(str(path))


def test_a_picture_from_a_usb_drive_is_scaled_copied_and_shown(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    (tmp_path / "media").mkdir()
    kiosk = make_kiosk(instant=True, media_roots=[tmp_path / "media"])
    person = Patient(kiosk, qtbot)
    open_slides(person)
    person.tap("slideEdit0")
    with small_disk_in(tmp_path / "media") as drive:
        if not drive.mounted:
            pytest.skip("this machine does not let the tests mount a drive")
        (drive.folder / "not-a-picture.png").write_text("just words")
        write_picture(drive.folder / "clinic-photo.jpg", 5000, 2500)
        person.tap("choosePicture")
        pictures = kiosk.staff.property("deck").property("pictures")
        names = [p["label"] for p in pictures]
        bad, good = names.index("not-a-picture.png"), names.index("clinic-photo.jpg")
        person.tap(f"picture{bad}")
        qtbot.waitUntil(lambda: "not a picture" in person.text("pictureMessageText"))
        person.tap(f"picture{good}")
        qtbot.waitUntil(lambda: person.shown("slideForm") and not person.shown("pictureGrid"))
    name = person.text("pictureName")
    assert name.startswith("illustrations/clinic-photo-")
    copied = data_dir.deck_dir / name
    assert QImageReader(str(copied)).size().width() == 3840, "scaled to what a 4K screen needs"
    person.tap("saveSlide")
    qtbot.waitUntil(lambda: person.shown("slideRow0"))
    shown = kiosk.slideshow.slide_list().row(0)["illustration"]
    assert shown.endswith(name), "the slide plays with the copy, after the drive is gone"


def test_restoring_the_built_in_deck_asks_first(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    person = Patient(staff_kiosk, qtbot)
    open_slides(person)
    built_in = playing_titles(staff_kiosk)
    person.tap("slideOn0")
    qtbot.waitUntil(lambda: playing_titles(staff_kiosk) == built_in[1:])
    person.tap("restoreBuiltIn")
    person.tap("keepDeck")
    assert playing_titles(staff_kiosk) == built_in[1:]
    person.tap("restoreBuiltIn")
    person.tap("confirmRestoreDeck")
    qtbot.waitUntil(lambda: playing_titles(staff_kiosk) == built_in)
    assert (data_dir.deck_dir / BEFORE_RESTORE_NAME).exists()
    assert audit_actions(data_dir)[-1][1] == Action.DECK_RESTORED


def test_a_save_the_disk_refuses_keeps_the_change_on_screen_and_says_so(
    qtbot: QtBot, data_dir: DataDir, staff_kiosk: KioskWindow
) -> None:
    data_dir.deck_dir.write_text("a file where the deck folder should be")
    person = Patient(staff_kiosk, qtbot)
    open_slides(person)
    before = playing_titles(staff_kiosk)
    person.tap("slideOn0")
    qtbot.waitUntil(lambda: "could not be saved" in person.text("slidesMessageText"))
    assert not person.find("slideOn0").property("chosen"), "the change stays on screen"
    assert playing_titles(staff_kiosk) == before, "what plays is unchanged"
    data_dir.deck_dir.unlink()
    person.tap("slideOn1")
    qtbot.waitUntil(lambda: playing_titles(staff_kiosk) == before[2:])


TODAY_DECK = """version = 1
[[slides]]
id = "plays"
title = "Plays"
[[slides]]
id = "off"
title = "Switched off"
enabled = false
[[slides]]
id = "ended"
title = "Ended"
schedule = { end = 2026-11-01 }
[[slides]]
id = "weekend"
title = "Weekend"
schedule = { weekdays = ["sat", "sun"] }
[[slides]]
id = "evening"
title = "Evening"
schedule = { hours = "18:00-20:00" }
[[slides]]
id = "no-picture"
title = "No picture"
illustration = "illustrations/gone.png"
[[slides]]
id = "old"
title = "Old"
reviewed_on = 2024-01-02
"""


def test_what_plays_today_gives_each_slide_its_reason(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk
) -> None:
    write_deck(data_dir, TODAY_DECK)
    tuesday_morning = datetime(2026, 11, 24, 10, 0)
    kiosk = make_kiosk(instant=True, clock=lambda: tuesday_morning)
    person = Patient(kiosk, qtbot)
    sign_in(person)
    person.tap("todayTab")
    assert person.text("todayHeading") == "Today 3 of 7 slides play."
    reasons = []
    for n in range(7):
        scroll_list_to(person, "todayList", n)
        reasons.append(person.text(f"todayReason{n}"))
    assert reasons == [
        "Plays all day",
        "Not today: switched off",
        "Not today: expired: it ended on 2026-11-01",
        "Not today: plays on Sat, Sun only",
        "Not at this hour: outside its hours now (18:00 to 20:00)",
        "Plays all day; illustration missing (illustrations/gone.png); it shows without it",
        "Plays all day; review overdue: last reviewed on 2024-01-02",
    ]


TWO_SLIDES = """version = 1
[[slides]]
id = "shoes"
layout = "beside"
title = "Shoes that fit"
body = "Have both feet measured late in the day, when they are largest."
[slides.translations.es]
title = "Zapatos que le queden bien"
body = "Mida sus dos pies por la tarde, cuando están más grandes."

[[slides]]
id = "walk-in"
layout = "headline"
title = "Walk-ins welcome"
body = "No appointment? Check in on this screen and take a seat."
"""


def test_staff_see_which_slides_lack_spanish_and_write_it_in_the_editor(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk
) -> None:
    write_deck(data_dir, TWO_SLIDES)
    kiosk = make_kiosk(instant=True)
    person = Patient(kiosk, qtbot)
    open_slides(person)
    assert not person.shown("slideMissing0")
    assert person.text("slideMissing1") == "Not written yet in: Español"

    person.tap("slideEdit1")
    assert person.find("editLanguage-en").property("chosen") is True
    assert person.text("editLanguage-es") == "Español (not written yet)"
    assert "reading grade" in person.text("draftWords")
    person.tap("editLanguage-es")
    assert person.text("titleFieldInput") == "", "nothing Spanish to show yet"
    preview = person.find("editorPreview")
    assert preview.property("content")["title"] == "Walk-ins welcome", "the deck's own plays"

    keyboard = OnScreenKeyboard(kiosk, qtbot, Touches(), panel_name="editorKeyboard")
    person.tap("titleFieldInput")
    keyboard.type("Atendemos sin cita")
    person.tap("bodyFieldInput")
    keyboard.type("Registrese en esta pantalla y tome asiento")
    qtbot.waitUntil(lambda: "reading ease" in person.text("draftWords"))
    assert "Fernández-Huerta" in person.text("draftWords")
    assert preview.property("content")["title"] == "Atendemos sin cita"
    person.tap("editLanguage-en")
    assert person.text("titleFieldInput") == "Walk-ins welcome", "the English is untouched"

    person.tap("saveSlide")
    qtbot.waitUntil(lambda: person.shown("slideRow1"))
    assert not person.shown("slideMissing1")
    result = load_deck_file(data_dir.deck_file, ILLUSTRATION_LIBRARY)
    assert result.deck is not None
    walk_in = result.deck.slides[1]
    assert walk_in.title == "Walk-ins welcome"
    spanish = walk_in.translation("es")
    assert spanish is not None
    assert (spanish.title, spanish.body) == (
        "Atendemos sin cita",
        "Registrese en esta pantalla y tome asiento",
    )
    assert result.deck.slides[0].translation("es") is not None, "the other slide kept its own"


def test_a_spanish_title_taken_away_leaves_a_problem_named_in_its_language(
    qtbot: QtBot, data_dir: DataDir, staff_accounts: None, make_kiosk: MakeKiosk
) -> None:
    write_deck(data_dir, TWO_SLIDES)
    kiosk = make_kiosk(instant=True)
    person = Patient(kiosk, qtbot)
    open_slides(person)
    person.tap("slideEdit0")
    person.tap("editLanguage-es")
    draft = kiosk.staff.property("deck").property("draft")
    draft.setTitle("")  # the body stays: a translation needs its title
    qtbot.waitUntil(lambda: person.shown("draftProblems"))
    assert person.text("draftProblemsText") == "Title (Español): must not be empty."
    person.tap("saveSlide")  # greyed out
    assert person.shown("slideForm")
