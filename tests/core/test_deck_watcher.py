"""The deck watcher: the one owner of the deck that plays and of its file's signature."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.core.paths import DataDir
from kiosk.core.slides.deck import Deck
from kiosk.core.slides.deck_source import DeckSource, LoadedDeck, Origin
from kiosk.core.slides.deck_toml import deck_as_toml
from kiosk.core.slides.deck_watcher import DeckWatcher
from kiosk.core.storage.atomic import write_atomic


@pytest.fixture
def watcher(data_dir: DataDir) -> DeckWatcher:
    watcher = DeckWatcher(DeckSource(data_dir))
    watcher.load()
    return watcher


def heard(watcher: DeckWatcher) -> list[LoadedDeck]:
    told: list[LoadedDeck] = []
    watcher.subscribe(told.append)
    return told


def retitled(deck: Deck, title: str, data: DataDir) -> Deck:
    first = replace(deck.slides[0], title=title)
    return replace(deck, slides=(first, *deck.slides[1:]), folder=data.deck_dir)


def test_nothing_is_said_while_the_file_stays_the_same(watcher: DeckWatcher) -> None:
    told = heard(watcher)
    for _ in range(3):
        watcher.poll()
    assert told == []
    assert watcher.loaded.origin is Origin.BUILT_IN


def test_a_save_is_said_once_with_the_saved_deck(watcher: DeckWatcher, data_dir: DataDir) -> None:
    told = heard(watcher)
    saved = retitled(watcher.loaded.deck, "Saved", data_dir)
    watcher.save(saved)
    watcher.poll()
    assert [t.deck for t in told] == [saved]
    assert watcher.loaded.origin is Origin.CLINIC
    assert data_dir.deck_file.is_file()


def test_an_edit_by_hand_is_said_and_a_broken_one_is_not(
    watcher: DeckWatcher, data_dir: DataDir
) -> None:
    told = heard(watcher)
    edited = retitled(watcher.loaded.deck, "By hand", data_dir)
    write_atomic(data_dir.deck_file, deck_as_toml(edited).encode("utf-8"))
    watcher.poll()
    assert [t.deck.slides[0].title for t in told] == ["By hand"]
    write_atomic(data_dir.deck_file, b"version = 1\n")
    watcher.poll()
    assert len(told) == 1
    assert watcher.loaded.deck.slides[0].title == "By hand"


def test_a_deck_file_taken_away_plays_the_built_in_deck(
    watcher: DeckWatcher, data_dir: DataDir
) -> None:
    watcher.save(retitled(watcher.loaded.deck, "Clinic's", data_dir))
    told = heard(watcher)
    data_dir.deck_file.unlink()
    watcher.poll()
    assert [t.origin for t in told] == [Origin.BUILT_IN]
    assert watcher.loaded.deck.slides[0].title != "Clinic's"


def test_restoring_the_built_in_deck_is_said_once(watcher: DeckWatcher, data_dir: DataDir) -> None:
    watcher.save(retitled(watcher.loaded.deck, "Clinic's", data_dir))
    told = heard(watcher)
    watcher.restore_builtin()
    watcher.poll()
    assert [t.origin for t in told] == [Origin.BUILT_IN]


def test_a_save_the_disk_refuses_changes_nothing(
    watcher: DeckWatcher, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    told = heard(watcher)

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kiosk.core.slides.deck_source.write_atomic", refuse)
    with pytest.raises(OSError, match="No space"):
        watcher.save(retitled(watcher.loaded.deck, "Never", data_dir))
    assert told == []
    assert watcher.loaded.origin is Origin.BUILT_IN


def test_slides_put_away_by_a_restore_never_come_back_as_the_last_good_copy(
    watcher: DeckWatcher, data_dir: DataDir
) -> None:
    watcher.save(retitled(watcher.loaded.deck, "Put away by staff", data_dir))
    watcher.restore_builtin()
    data_dir.deck_file.write_bytes(b"\xff not a deck")  # a broken file, later
    loaded = DeckSource(data_dir).load()
    assert loaded.origin is Origin.BUILT_IN
    assert loaded.deck.slides[0].title != "Put away by staff"
    assert (data_dir.deck_dir / "deck.before-restore.toml").is_file(), "kept aside, not deleted"
