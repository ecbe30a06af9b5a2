"""The start-up self-check: each problem it can find, found, in words for staff."""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.core.paths import FONTS_DIR, SOUNDS_DIR, DataDir, builtin_deck_file
from kiosk.core.system.self_check import check_at_start


def test_a_whole_kiosk_finds_nothing(tmp_path: Path) -> None:
    assert check_at_start(DataDir(tmp_path / "data")) == []


def test_a_data_folder_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    (problem,) = check_at_start(DataDir(blocked / "data"))
    assert problem.startswith(f"The data folder {blocked / 'data'} cannot be written")
    assert "cannot be saved until it can" in problem


def test_missing_fonts_and_sounds_are_named(tmp_path: Path) -> None:
    fonts = tmp_path / "fonts"
    sounds = tmp_path / "sounds"
    shutil.copytree(FONTS_DIR, fonts)
    shutil.copytree(SOUNDS_DIR, sounds)
    (fonts / "AtkinsonHyperlegible-Bold.ttf").unlink()
    (sounds / "urgent.wav").write_bytes(b"")
    problems = check_at_start(DataDir(tmp_path / "data"), fonts_dir=fonts, sounds_dir=sounds)
    assert problems == [
        f"The font file AtkinsonHyperlegible-Bold.ttf is missing from {fonts}: text shows in a "
        "plainer font.",
        f"The sound file urgent.wav is missing from {sounds}: the front desk hears no chime "
        "for it.",
    ]


def test_built_in_slides_that_cannot_be_read_or_lack_a_picture_are_named(tmp_path: Path) -> None:
    garbled = tmp_path / "garbled.toml"
    garbled.write_bytes(b"\x00\x01 not toml")
    (problem,) = check_at_start(DataDir(tmp_path / "data"), builtin_deck=garbled)
    assert (
        problem
        == f"The built-in slides in {garbled} cannot be read: the standby slide shows instead."
    )

    renamed = tmp_path / "renamed.toml"
    text = (
        builtin_deck_file()
        .read_text("utf-8")
        .replace("illustrations/chain.svg", "illustrations/chain-gone.svg", 1)
    )
    renamed.write_text(text, "utf-8")
    (problem,) = check_at_start(DataDir(tmp_path / "data"), builtin_deck=renamed)
    assert problem.startswith("The picture illustrations/chain-gone.svg of the built-in slide ")
