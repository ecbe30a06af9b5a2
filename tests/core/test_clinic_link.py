"""A kiosk's ``clinic.toml`` that cannot be used leaves the kiosk on its own and says why, in
words that never quote a password: a link, a pipe, garbage, an address that cannot be read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.core.paths import DataDir
from kiosk.core.storage.clinic_link import ClinicLinkError, load_link
from tests.core.test_clinic_schema import clinic


def linked(data: DataDir, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.toml"
    target.write_text('[clinic]\nurl = "postgresql:///x"\nletter = "A"\nname = "n"\n')
    data.clinic_file.symlink_to(target)


def fifo(data: DataDir, tmp_path: Path) -> None:
    os.mkfifo(data.clinic_file)


def unreadable_address(data: DataDir, tmp_path: Path) -> None:
    data.clinic_file.write_text(
        '[clinic]\nurl = "postgresql://clinic_kiosk:s3cretPW@[host/clinic"\n'
        'letter = "A"\nname = "Front"\n'
    )


@pytest.mark.parametrize("make", [linked, fifo, unreadable_address])
def test_a_clinic_file_that_cannot_be_used_is_said_without_its_secrets(
    tmp_path: Path, make: object
) -> None:
    data = DataDir(tmp_path / "kiosk")
    data.root.mkdir()
    assert callable(make)
    make(data, tmp_path)
    with pytest.raises(ClinicLinkError) as refused:
        load_link(data)
    assert "s3cretPW" not in str(refused.value)
    done = clinic("status", data=data.root)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "clinic.toml" in done.stderr
    assert "s3cretPW" not in done.stdout + done.stderr
