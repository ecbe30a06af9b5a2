"""The systemd user unit that runs the kiosk: what it promises, and that systemd reads it."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.core.paths import REPOSITORY_DIR
from kiosk.core.system.service_unit import service_unit


def parsed(text: str) -> configparser.ConfigParser:
    unit = configparser.ConfigParser(interpolation=None, strict=True)
    unit.optionxform = str  # type: ignore[assignment,method-assign]  # systemd keys keep their case
    unit.read_string(text)
    return unit


def test_the_unit_restarts_the_kiosk_and_watches_it() -> None:
    service = parsed(service_unit())["Service"]
    assert service["Type"] == "notify"
    assert service["NotifyAccess"] == "main"
    assert service["Restart"] == "always"
    assert int(service["WatchdogSec"]) >= 10
    assert service["RestartPreventExitStatus"] == "0", "staff's Exit to desktop must stick"
    program = Path(service["ExecStart"])
    assert program == REPOSITORY_DIR / "scripts" / "kiosk"
    assert os.access(program, os.X_OK)
    assert parsed(service_unit())["Unit"]["StartLimitIntervalSec"] == "0"


def test_a_checkout_in_a_folder_with_spaces_is_quoted() -> None:
    service = parsed(service_unit(Path("/srv/clinic kiosk")))["Service"]
    assert service["ExecStart"] == '"/srv/clinic kiosk/scripts/kiosk"'


def test_systemd_reads_the_unit_without_a_complaint(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.fail("systemd-analyze is missing: scripts/test installs it (Debian package systemd)")
    unit = tmp_path / "clinic-kiosk.service"
    unit.write_text(service_unit(), "utf-8")
    done = subprocess.run(
        [analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60, check=False
    )
    complaints = [line for line in done.stderr.splitlines() if unit.name in line]
    assert done.returncode == 0, done.stderr
    assert complaints == []
