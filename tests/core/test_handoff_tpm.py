"""The machine's key sealed to its TPM 2.0 (``kiosk handoff enrol --tpm``), on a real TPM
emulator and the real tpm2-tools: it opens the clinic's keys on that chip, after a reboot too,
and a copy of the file opens nothing on another machine's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.handoff.machine_key import MachineKeyError, enrol, read_machine_key
from kiosk.core.handoff.tpm import SealedKey, TpmError, seal, unseal
from tests.core.handoff_setup import (
    MACHINE,
    PIN,
    HandoffFolder,
    handoff_folder,
    handoff_toml,
    patient,
)
from tests.core.hl7_peer import Hl7Peer
from tests.core.test_handoff_service import start_service, stop, wait_for_line
from tests.core.tpm_peer import SoftwareTpm


@pytest.fixture
def chip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SoftwareTpm]:
    tpm = SoftwareTpm(tmp_path / "tpm-state")
    tpm.start()
    monkeypatch.setenv("TPM2TOOLS_TCTI", tpm.tcti)
    yield tpm
    tpm.stop()


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[HandoffFolder]:
    made = handoff_folder(tmp_path / "data")
    yield made
    made.close()


def enrol_on_tpm(folder: HandoffFolder) -> None:
    keys = folder.sign_in()
    try:
        enrol(folder.staff.keyring, keys, MACHINE, folder.data.handoff_key_file, tpm=True)
    finally:
        keys.forget()


def test_a_key_sealed_to_the_tpm_opens_the_clinics_keys_there_and_after_a_reboot(
    chip: SoftwareTpm, folder: HandoffFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    enrol_on_tpm(folder)
    body = json.loads(folder.data.handoff_key_file.read_bytes())
    assert "key" not in body, "no key in clear in the file"
    assert set(body["tpm"]) == {"public", "private"}
    assert folder.machine_keys()
    chip.stop()
    chip.start()  # the same chip after a reboot: its seed, so its primary key, is the same
    monkeypatch.setenv("TPM2TOOLS_TCTI", chip.tcti)
    assert folder.machine_keys()


def test_a_copy_of_the_key_file_opens_nothing_on_another_machine(
    chip: SoftwareTpm, folder: HandoffFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    enrol_on_tpm(folder)
    other = SoftwareTpm(tmp_path / "another-machine")
    other.start()
    try:
        monkeypatch.setenv("TPM2TOOLS_TCTI", other.tcti)
        with pytest.raises(MachineKeyError, match="sealed to another machine's TPM"):
            read_machine_key(folder.data.handoff_key_file)
    finally:
        other.stop()


def test_what_is_sealed_comes_back_whole_and_an_altered_object_does_not(
    chip: SoftwareTpm,
) -> None:
    secret = os.urandom(32)
    sealed = seal(secret)
    assert secret not in sealed.public + sealed.private
    assert unseal(sealed) == secret
    damaged = SealedKey(sealed.public, sealed.private[:-1] + bytes([sealed.private[-1] ^ 1]))
    with pytest.raises(TpmError):
        unseal(damaged)


def test_without_the_tools_or_the_chip_it_says_so_and_changes_nothing(
    folder: HandoffFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = folder.data.handoff_key_file.read_bytes()
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    with pytest.raises(TpmError, match=r"tpm2_createprimary is not installed \(Debian package"):
        enrol_on_tpm(folder)
    monkeypatch.undo()
    monkeypatch.setenv("TPM2TOOLS_TCTI", "swtpm:host=127.0.0.1,port=1")  # nobody there
    with pytest.raises(TpmError, match="tpm2_createprimary failed"):
        enrol_on_tpm(folder)
    assert folder.data.handoff_key_file.read_bytes() == before
    assert folder.machine_keys(), "the machine's holder was left as it was"


def test_enrolled_at_the_terminal_the_service_opens_each_check_in_with_the_tpm(
    chip: SoftwareTpm, folder: HandoffFolder, peer: Hl7Peer
) -> None:
    root = str(folder.data.root)
    (folder.data.root / "handoff.toml").write_text(handoff_toml(peer.port), encoding="utf-8")
    enrolled = subprocess.run(
        [sys.executable, "-m", "kiosk", "handoff", "enrol", "--tpm", "--data-dir", root],
        input=f"Ana Ruiz\n{PIN}\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert enrolled.returncode == 0, enrolled.stderr
    assert "sealed to this machine's TPM" in enrolled.stdout
    assert "key" not in json.loads(folder.data.handoff_key_file.read_bytes())
    service = start_service(folder)
    try:
        wait_for_line(service, "Handing check-ins on to")
        folder.store.save(visit := patient("Tpm"))
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not peer.received:
            time.sleep(0.05)
    finally:
        stop(service)
    (received,) = peer.received
    assert str(received.message.segment("PID")[3][0][0]) == visit.id
