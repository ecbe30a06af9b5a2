"""The systemd user unit that runs the kiosk: what it promises, and that systemd reads it."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.core.paths import REPOSITORY_DIR
from kiosk.core.system.service_unit import handoff_service_unit, service_unit


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


@pytest.mark.parametrize("unit_of", [service_unit, handoff_service_unit])
def test_a_data_folder_given_is_named_in_the_unit_it_prints(
    unit_of: Callable[..., str], tmp_path: Path
) -> None:
    folder = tmp_path / '50% of "the" clinic\'s $HOME'
    words = parsed(unit_of(data_dir=folder))["Service"]["ExecStart"]
    arguments = shlex.split(words.replace("%%", "%").replace("$$", "$"))[1:]
    assert arguments[-2:] == ["--data-dir", str(folder)]
    assert "--data-dir" not in parsed(unit_of())["Service"]["ExecStart"]


def test_the_command_prints_the_unit_for_the_folder_it_was_given(tmp_path: Path) -> None:
    for argv in (
        ["service", "--data-dir", str(tmp_path)],
        ["--data-dir", str(tmp_path), "handoff", "service"],
        ["handoff", "service", "--data-dir", str(tmp_path)],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "kiosk", *argv],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert f"--data-dir {tmp_path}" in done.stdout, argv


@pytest.mark.parametrize("unit_of", [service_unit, handoff_service_unit])
def test_systemd_reads_the_unit_without_a_complaint(
    unit_of: Callable[..., str], tmp_path: Path
) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.fail("systemd-analyze is missing: scripts/test installs it (Debian package systemd)")
    unit = tmp_path / "clinic-kiosk.service"
    unit.write_text(unit_of(data_dir=tmp_path / "a folder"), "utf-8")
    done = subprocess.run(
        [analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60, check=False
    )
    complaints = [line for line in done.stderr.splitlines() if unit.name in line]
    assert done.returncode == 0, done.stderr
    assert complaints == []
