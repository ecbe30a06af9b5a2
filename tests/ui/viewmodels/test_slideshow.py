"""The slideshow's view model alone, fed by a real deck watcher over a data folder: it reflects
each change the watcher reports, once, and never reads the deck file itself."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.settings import Settings
from kiosk.core.slides import deck_source
from kiosk.core.slides.deck import DeckResult, load_deck_file
from kiosk.core.slides.deck_source import DeckSource, Origin
from kiosk.core.slides.deck_toml import deck_as_toml
from kiosk.core.slides.deck_watcher import DeckWatcher
from kiosk.core.storage.atomic import write_atomic
from kiosk.ui.slides.slideshow import Slideshow


@pytest.fixture
def watcher(data_dir: DataDir) -> DeckWatcher:
    watcher = DeckWatcher(DeckSource(data_dir))
    watcher.load()
    return watcher


@pytest.fixture
def slideshow(qtbot: QtBot, watcher: DeckWatcher) -> Iterator[Slideshow]:
    show = Slideshow(watcher, Settings(), follow_schedule=False)
    show.load()
    yield show
    show.stop()


def test_it_shows_the_first_slide_of_the_deck_that_plays(
    slideshow: Slideshow, watcher: DeckWatcher
) -> None:
    assert slideshow.property("deckOrigin") == Origin.BUILT_IN.value
    first = watcher.loaded.deck.slides[0]
    assert slideshow.property("current")["title"] == first.title


def test_a_staff_save_plays_at_once_without_reading_the_file_again(
    qtbot: QtBot,
    slideshow: Slideshow,
    watcher: DeckWatcher,
    data_dir: DataDir,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[Path] = []
    real_load = load_deck_file

    def counted(path: Path, library: Path | None = None) -> DeckResult:
        reads.append(path)
        return real_load(path, library)

    monkeypatch.setattr(deck_source, "load_deck_file", counted)
    deck = watcher.loaded.deck
    edited = replace(deck.slides[0], title="Edited by staff")
    saved = replace(deck, slides=(edited, *deck.slides[1:]), folder=data_dir.deck_dir)
    with qtbot.waitSignals([slideshow.deckChanged, slideshow.currentChanged], timeout=1000):
        watcher.save(saved)
    assert slideshow.property("current")["title"] == "Edited by staff"
    assert slideshow.property("deckOrigin") == Origin.CLINIC.value
    with qtbot.assertNotEmitted(slideshow.deckChanged, wait=50):
        watcher.poll()  # the file's new signature is already known
    assert reads == []


def test_a_file_edited_by_hand_plays_after_the_next_poll(
    qtbot: QtBot, slideshow: Slideshow, watcher: DeckWatcher, data_dir: DataDir
) -> None:
    deck = watcher.loaded.deck
    edited = replace(deck.slides[0], title="Edited on disk")
    text = deck_as_toml(replace(deck, slides=(edited, *deck.slides[1:])))
    write_atomic(data_dir.deck_file, text.encode("utf-8"))
    with qtbot.waitSignal(slideshow.deckChanged, timeout=1000):
        watcher.poll()
    assert slideshow.property("current")["title"] == "Edited on disk"


def test_a_broken_edit_is_not_reported_and_the_slides_go_on(
    qtbot: QtBot, slideshow: Slideshow, watcher: DeckWatcher, data_dir: DataDir
) -> None:
    before = slideshow.property("current")["title"]
    write_atomic(data_dir.deck_file, b"version = 1\n[[slides]]\nid = 'Bad Id'\n")
    with qtbot.assertNotEmitted(slideshow.deckChanged, wait=50):
        watcher.poll()
    assert slideshow.property("current")["title"] == before
