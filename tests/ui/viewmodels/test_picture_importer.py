"""A picture from a drive is decoded, scaled and copied on a worker thread; the answer comes back
on the GUI thread, which meanwhile goes on drawing (issue 19: decoding never blocks it)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader
from pytestqt.qtbot import QtBot

from kiosk.core.slides.picture_files import PictureError
from kiosk.ui.staff.picture_import import Brought, PictureImporter


def drive_choice(path: Path) -> dict[str, str]:
    return {"name": "", "label": path.name, "origin": "USB", "url": "", "path": str(path)}


def test_a_large_photo_is_brought_in_off_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    photo = QImage(6000, 4000, QImage.Format.Format_RGB32)
    photo.fill(0x3366AA)
    source = tmp_path / "drive" / "waiting-room.jpg"
    source.parent.mkdir()
    assert photo.save(str(source))
    deck = tmp_path / "deck"
    deck.mkdir()
    answers: list[tuple[Brought, bool]] = []
    importer = PictureImporter()

    def then(brought: Brought) -> None:
        answers.append((brought, threading.current_thread() is threading.main_thread()))

    importer.bring(drive_choice(source), deck, then)
    assert answers == [], "the answer never comes inside the call: the work is on a thread"
    assert importer.busy
    qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
    ((name, on_gui_thread),) = answers
    assert on_gui_thread
    assert isinstance(name, str)
    assert QImageReader(str(deck / name)).size().width() == 3840
    assert not importer.busy
    importer.stop()


def test_a_file_that_is_no_picture_comes_back_as_a_message(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "notes.png"
    source.write_text("just words")
    answers: list[Brought] = []
    importer = PictureImporter()
    importer.bring(drive_choice(source), tmp_path, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert isinstance(answers[0], PictureError)
    importer.stop()


def test_an_answer_for_a_page_staff_left_is_dropped(qtbot: QtBot, tmp_path: Path) -> None:
    photo = QImage(800, 600, QImage.Format.Format_RGB32)
    photo.fill(0x336600)
    source = tmp_path / "photo.jpg"
    assert photo.save(str(source))
    answers: list[Brought] = []
    importer = PictureImporter()
    importer.bring(drive_choice(source), tmp_path, answers.append)
    importer.forget()
    importer.stop()  # waits for the worker: the copy itself is finished
    qtbot.wait(50)
    assert answers == []
