"""A full disk and a read-only disk under the kiosk's data folder, made for real where the machine
allows it (see tests/core/test_store_faults.py): the patient is told kindly, the kiosk lives on,
and the next check-in after the fault clears is saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.records import StoreError
from tests.core.test_store import visit
from tests.core.test_store_faults import Disk, small_disk_in
from tests.ui.conftest import MakeKiosk
from tests.ui.patient import Patient, check_in_as_scripted_patient, store_rows

SAVE_FAILED = "We could not save your check-in. Please see the front desk."


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Disk]:
    with small_disk_in(tmp_path) as disk:
        yield disk


@pytest.fixture
def data_dir(small_disk: Disk) -> DataDir:
    """The kiosk's data folder on the small disk (make_kiosk builds the kiosk there)."""
    return DataDir(small_disk.folder)


def confirm_and_read_outcome(patient: Patient) -> str:
    check_in_as_scripted_patient(patient)
    patient.tap("nextButton")
    if patient.shown("saveFailed"):
        return patient.text("saveFailed")
    return patient.text("ticketCode")


def test_a_full_disk_is_told_kindly_and_the_next_check_in_after_it_clears_is_saved(
    qtbot: QtBot,
    small_disk: Disk,
    data_dir: DataDir,
    make_kiosk: MakeKiosk,
) -> None:
    kiosk = make_kiosk(instant=True)
    store = kiosk.store
    assert isinstance(store, SqliteCheckInStore)  # the kiosk on its own keeps its SQLite file
    small_disk.fill(store)
    for _ in range(200):  # use up the slack SQLite's files already hold
        try:
            kiosk.store.save(visit())
        except StoreError:
            break
    saved_before = len(store_rows(data_dir))
    patient = Patient(kiosk, qtbot)
    assert confirm_and_read_outcome(patient) == SAVE_FAILED
    assert len(store_rows(data_dir)) == saved_before, "nothing half-written is left"
    patient.tap_when_it_takes_taps("doneButton")

    small_disk.free(store)
    assert confirm_and_read_outcome(patient).startswith("A-")
    assert len(store_rows(data_dir)) == saved_before + 1


def test_a_read_only_disk_is_told_kindly_and_the_next_check_in_after_it_clears_is_saved(
    qtbot: QtBot,
    small_disk: Disk,
    data_dir: DataDir,
    make_kiosk: MakeKiosk,
) -> None:
    kiosk = make_kiosk(instant=True)
    # A disk is remounted read-only only with no file open for writing.
    kiosk.store.close()
    kiosk.staff_store.close()
    small_disk.make_read_only()
    patient = Patient(kiosk, qtbot)
    try:
        assert confirm_and_read_outcome(patient) == SAVE_FAILED
        patient.tap_when_it_takes_taps("doneButton")
    finally:
        small_disk.make_writable()
    assert confirm_and_read_outcome(patient) == "A-1"
    assert len(store_rows(data_dir)) == 1
