"""What the kiosk writes is for the clinic alone: the real program and the ``kiosk`` command,
started under the loose umasks a machine may give them (022, 000), leave every folder of the
data folder 0700 and every file 0600, and tighten (and name in the log) what was opened by hand.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import KIOSK_PROGRAM, XScreen, managed_kiosk, wait_for

DECK = b'version = 1\n[[slides]]\nid = "own"\ntitle = "The clinic\'s own slide"\n'


def under_umask(mask: int) -> Callable[[], None]:
    def set_mask() -> None:
        os.umask(mask)

    return set_mask


def loose_modes(root: Path) -> list[str]:
    found = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        if not path.is_symlink() and mode != wanted:
            found.append(f"{path.relative_to(root)}: {mode:o}")
    return found


def kiosk_command(data: Path, mask: int, *args: str, stdin: str = "") -> None:
    subprocess.run(
        [str(KIOSK_PROGRAM), "--data-dir", str(data), *args],
        input=stdin,
        text=True,
        check=True,
        capture_output=True,
        timeout=60,
        preexec_fn=under_umask(mask),
    )


@pytest.mark.parametrize("mask", [0o022, 0o000])
def test_everything_the_kiosk_writes_is_its_users_alone(
    x_screen: XScreen, tmp_path: Path, mask: int
) -> None:
    data = tmp_path / "kiosk-data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    (data / "settings.toml").write_text('[clinic]\nname = "Feet First"\n', encoding="utf-8")
    (data / "settings.toml").chmod(0o644)  # as someone editing it by hand would leave it
    source = tmp_path / "usb" / "deck.toml"
    source.parent.mkdir()
    source.write_bytes(DECK)

    kiosk_command(data, mask, "staff", "add", "Ana Ruiz", stdin="246810\n246810\n")
    kiosk_command(data, mask, "deck", "import", str(source))
    notify = tmp_path / "notify"
    with managed_kiosk(data, x_screen.env(), notify, under_umask(mask)) as kiosk:
        wait_for(lambda: kiosk.said("READY=1") or kiosk.process.poll() is not None)
        assert kiosk.process.poll() is None
    export = ("checkins", "export", "--out", str(data / "exports" / "today.csv"))
    kiosk_command(data, mask, *export, stdin="Ana Ruiz\n246810\n")  # sealed: a name and PIN

    written = {p.relative_to(data).as_posix() for p in data.rglob("*")}
    for expected in ("checkins.sqlite", "staff.sqlite", "logs/kiosk.log", "exports/today.csv"):
        assert expected in written
    assert loose_modes(data) == []
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "settings.toml could be read by other users of this machine" in log
