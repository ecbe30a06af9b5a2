"""A data folder restored from a backup, as docs/deploy.md says to: the audit check finds the
entries written after the backup missing until `kiosk audit restored` says so in the log; then
the chain is whole again, and the entry that says so stays. A staff file deleted outright is
named as such."""

from __future__ import annotations

import shutil
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
    assert "1 entry written after it" in restored.stdout
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
    assert "staff.sqlite is gone, but the witness saw 1 audit entry written" in check.stderr
