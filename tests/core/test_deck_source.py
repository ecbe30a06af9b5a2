from __future__ import annotations

from pathlib import Path

from kiosk.core.paths import DataDir
from kiosk.core.slides.deck_source import DeckSource, Origin
from kiosk.core.storage.atomic import TEMP_MARK, write_atomic

CLINIC_DECK = b"""version = 1
[[slides]]
id = "ours"
title = "Our own slide"
"""


def test_without_a_clinic_deck_the_built_in_one_plays(data_dir: DataDir) -> None:
    loaded = DeckSource(data_dir).load()
    assert loaded.origin is Origin.BUILT_IN
    assert loaded.problems == ()
    assert len(loaded.deck.slides) >= 10


def test_the_clinic_deck_plays_and_a_copy_is_kept(data_dir: DataDir) -> None:
    write_atomic(data_dir.deck_file, CLINIC_DECK)
    loaded = DeckSource(data_dir).load()
    assert loaded.origin is Origin.CLINIC
    assert [s.id for s in loaded.deck.slides] == ["ours"]
    assert data_dir.last_good_deck_file.read_bytes() == CLINIC_DECK


def test_a_broken_clinic_deck_falls_back_to_the_last_good_copy(data_dir: DataDir) -> None:
    write_atomic(data_dir.deck_file, CLINIC_DECK)
    DeckSource(data_dir).load()
    data_dir.deck_file.write_bytes(b"version = 1\n[[slides]\nbroken")
    loaded = DeckSource(data_dir).load()
    assert loaded.origin is Origin.LAST_GOOD
    assert [s.id for s in loaded.deck.slides] == ["ours"]
    assert any("not valid TOML" in str(p) for p in loaded.problems)


def test_a_broken_deck_with_no_good_copy_falls_back_to_the_built_in_one(data_dir: DataDir) -> None:
    data_dir.deck_dir.mkdir()
    data_dir.deck_file.write_bytes(b"\x00\x01garbage")
    loaded = DeckSource(data_dir).load()
    assert loaded.origin is Origin.BUILT_IN
    assert loaded.problems


def test_stray_temporary_files_are_swept(data_dir: DataDir) -> None:
    data_dir.deck_dir.mkdir()
    stray = data_dir.deck_dir / f"{TEMP_MARK}deck.toml.abcd"
    stray.write_bytes(b"half")
    DeckSource(data_dir).sweep()
    assert not stray.exists()


def test_atomic_write_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "f.toml"
    write_atomic(target, b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["f.toml"]
