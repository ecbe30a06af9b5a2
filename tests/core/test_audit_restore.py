"""A data folder restored from a backup, as docs/deploy.md says to: the audit check finds the
entries written after the backup missing until `kiosk audit restored` says so in the log; then
the chain is whole again, and the entry that says so stays. A staff file deleted outright is
named as such."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path


def kiosk(data: Path, *args: str, typed: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data), *args],
        input=typed,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_restore_is_said_once_and_the_chain_is_whole_again(tmp_path: Path) -> None:
    data = tmp_path / "clinic-kiosk"
    assert kiosk(data, "staff", "add", "Desk", typed="583920\n583920\n").returncode == 0
    shutil.copytree(data, tmp_path / "backup")
    assert kiosk(data, "staff", "add", "Nurse", typed="583921\n583921\n").returncode == 0
    shutil.rmtree(data)
    shutil.copytree(tmp_path / "backup", data)

    before = kiosk(data, "audit", "check")
    assert before.returncode == 1
    assert "1 entry the witness saw written is gone" in before.stdout
    restored = kiosk(data, "audit", "restored")
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "1 entry written after it is counted as lost" in restored.stdout
    assert "the chain is whole" in restored.stdout
    assert kiosk(data, "staff", "add", "Nurse", typed="583921\n583921\n").returncode == 0
    after = kiosk(data, "audit", "check")
    assert after.returncode == 0, after.stdout
    shown = kiosk(data, "audit", "show").stdout
    assert "audit log restored from a backup\t1 entry written after the backup lost" in shown


def test_a_staff_file_deleted_outright_is_named(tmp_path: Path) -> None:
    data = tmp_path / "clinic-kiosk"
    assert kiosk(data, "staff", "add", "Desk", typed="583920\n583920\n").returncode == 0
    for path in data.glob("staff.*"):
        path.unlink()
    check = kiosk(data, "audit", "check")
    assert check.returncode == 1
    # The account, and the clinic key its making made.
    assert "staff.sqlite is gone, but the witness saw 2 audit entries written" in check.stderr


def test_a_wiped_log_after_an_earlier_restore_counts_all_it_lost(tmp_path: Path) -> None:
    """The first retest: a restore accepted once, then the log deleted and started again, was
    counted as losing only what came after the restore."""
    data = tmp_path / "clinic-kiosk"
    kiosk(data, "staff", "add", "Alice", typed="583920\n583920\n")
    kiosk(data, "staff", "add", "Bob", typed="583921\n583921\n")
    shutil.copytree(data, tmp_path / "backup")
    kiosk(data, "staff", "disable", "Bob")
    shutil.rmtree(data)
    shutil.copytree(tmp_path / "backup", data)
    assert kiosk(data, "audit", "restored").returncode == 0  # entries 1-3 back, 4 = the restore
    kiosk(data, "staff", "disable", "Alice")
    kiosk(data, "staff", "enable", "Alice")
    for path in data.glob("staff.*"):
        path.unlink()
    kiosk(data, "staff", "add", "Mallory", typed="583922\n583922\n")
    check = kiosk(data, "audit", "check")
    assert check.returncode == 1
    assert "3 entries differ" in check.stdout, "the restored entries 1 to 3 were replaced too"
    restored = kiosk(data, "audit", "restored")
    assert "6 entries written after it are counted as lost" in restored.stdout


def test_restored_accepts_no_edit_and_no_whole_log(tmp_path: Path) -> None:
    data = tmp_path / "clinic-kiosk"
    kiosk(data, "staff", "add", "Alice", typed="583920\n583920\n")
    whole = kiosk(data, "audit", "restored")
    assert whole.returncode == 1
    assert "there is no restore to accept" in whole.stderr
    with sqlite3.connect(data / "staff.sqlite") as db:
        db.execute("UPDATE audit SET detail = 'Eve' WHERE seq = 1")
    edited = kiosk(data, "audit", "restored")
    assert edited.returncode == 1
    assert "entry 1 was edited" in edited.stderr
    assert kiosk(data, "audit", "check").returncode == 1
