"""The command line's deck commands, run as a person would, in a child process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kiosk.core.atomic import write_atomic
from kiosk.core.paths import DataDir, builtin_deck_file


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_deck_check_passes_the_built_in_deck() -> None:
    result = kiosk("deck", "check", str(builtin_deck_file("en")))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems found" in result.stdout


def test_deck_check_lists_each_problem_with_its_place(tmp_path: Path) -> None:
    deck = tmp_path / "deck.toml"
    deck.write_text(
        'version = 1\n[[slides]]\nid = "a"\ntitle = ""\nduration = 1\n'
        '[[slides]]\nid = "b"\ntitle = "Fine"\nillustration = "missing.svg"\n',
        encoding="utf-8",
    )
    result = kiosk("deck", "check", str(deck))
    assert result.returncode == 1
    assert "Error: slide 'a', field 'title': must not be empty" in result.stdout
    assert "Error: slide 'a', field 'duration'" in result.stdout
    assert "Warning: slide 'b', field 'illustration'" in result.stdout


def test_deck_show_prints_the_effective_deck_as_json(tmp_path: Path) -> None:
    data = DataDir(tmp_path)
    shown = json.loads(kiosk("deck", "show", "--json", "--data-dir", str(tmp_path)).stdout)
    assert shown["origin"] == "built-in"
    assert len(shown["slides"]) >= 10
    write_atomic(data.deck_file, b'version = 1\n[[slides]]\nid = "x"\ntitle = "Ours"\n')
    shown = json.loads(kiosk("deck", "show", "--json", "--data-dir", str(tmp_path)).stdout)
    assert shown["origin"] == "clinic"
    assert shown["slides"][0]["title"] == "Ours"
    assert shown["slides"][0]["duration"] == "auto"


def test_the_data_folder_may_come_before_or_after_the_command(tmp_path: Path) -> None:
    deck = b'version = 1\n[[slides]]\nid = "x"\ntitle = "Ours"\n'
    write_atomic(DataDir(tmp_path).deck_file, deck)
    before = kiosk("--data-dir", str(tmp_path), "deck", "show", "--json")
    after = kiosk("deck", "show", "--json", "--data-dir", str(tmp_path))
    assert json.loads(before.stdout)["origin"] == "clinic", before.stderr
    assert json.loads(after.stdout)["origin"] == "clinic", after.stderr
