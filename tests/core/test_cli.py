"""The command line's deck commands, run as a person would, in a child process."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from kiosk.core.atomic import write_atomic
from kiosk.core.checkin import CheckIn, Reason, new_checkin_id
from kiosk.core.paths import DataDir, builtin_deck_file
from kiosk.core.store import open_store


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


def test_checkins_export_writes_a_csv_a_spreadsheet_cannot_run(tmp_path: Path) -> None:
    data = DataDir(tmp_path)
    store = open_store(data.checkin_store)
    store.save(
        CheckIn(
            new_checkin_id(),
            "=HYPERLINK(1)",  # refused at the kiosk; the export must be safe all the same
            "Núñez",
            date(1956, 3, 12),
            (Reason.HEEL_OR_ARCH, Reason.OTHER),
            urgent=True,
            mobile="+447400123456",
        )
    )
    store.close()
    out = tmp_path / "export.csv"
    result = kiosk("checkins", "export", "--out", str(out), "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "1 check-in(s)" in result.stdout
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    record = dict(zip(header, row, strict=True))
    assert record["ticket"] == "A-1"
    assert record["first name"] == "'=HYPERLINK(1)"
    assert record["last name"] == "Núñez"
    assert record["mobile"] == "'+447400123456"
    assert record["reasons"] == "Heel or arch pain; Something else"
    assert record["urgent"] == "yes"
    later = kiosk(
        "checkins",
        "export",
        "--out",
        str(out),
        "--since",
        "2999-01-01",
        "--data-dir",
        str(tmp_path),
    )
    assert "0 check-in(s)" in later.stdout


def test_checkins_export_says_when_there_is_nothing_yet(tmp_path: Path) -> None:
    result = kiosk(
        "checkins", "export", "--out", str(tmp_path / "x.csv"), "--data-dir", str(tmp_path)
    )
    assert result.returncode == 1
    assert "no check-ins yet" in result.stderr
