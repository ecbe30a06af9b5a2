"""A kiosk of a clinic ships its audit log to the clinic's server, where its role may add
entries but never read, change or delete one: a log deleted and started again on the kiosk
leaves the server's copy as it was, with each entry that now differs noted beside it."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from kiosk.cli.clinic import join_clinic
from kiosk.core.paths import DataDir
from kiosk.core.staff.accounts import open_staff_store
from kiosk.core.staff.audit import TERMINAL, Action
from kiosk.core.storage.clinic_link import load_link
from kiosk.core.storage.clinic_push import ClinicPusher
from kiosk.core.storage.clinic_schema import KIOSK_ROLE
from tests.core.conftest import Clinic
from tests.core.test_clinic_push import wait_for


def local_entries(data: DataDir) -> list[tuple[int, str]]:
    staff = open_staff_store(data.staff_store)
    try:
        return [(e.seq, e.hash) for e in staff.audit.entries(newest_first=False)]
    finally:
        staff.close()


def server_entries(clinic: Clinic, table: str = "audit") -> list[tuple[int, str]]:
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        rows = admin.execute(f"SELECT seq, hash FROM {table} ORDER BY seq, hash").fetchall()
    return [(int(seq), str(digest)) for seq, digest in rows]


def record_some(data: DataDir, actions: int, detail: str = "slides") -> None:
    staff = open_staff_store(data.staff_store)
    try:
        for n in range(actions):
            staff.audit.record(TERMINAL, Action.DECK_EXPORTED, f"{n} {detail}")
    finally:
        staff.close()


def pushing(data: DataDir) -> ClinicPusher:
    link = load_link(data)
    assert link is not None
    pusher = ClinicPusher(
        data.checkin_store, link, staff_store=data.staff_store, first_wait_s=0.1, longest_wait_s=0.5
    )
    pusher.start()
    return pusher


def test_the_audit_log_reaches_the_server_and_a_rewritten_one_cannot_replace_it(
    clinic: Clinic, tmp_path: Path
) -> None:
    data = DataDir(tmp_path / "kiosk")
    assert join_clinic(data, clinic.kiosk_url(), "A", "Lobby", clinic.kiosk_password_file) == 0
    record_some(data, 5)
    pusher = pushing(data)
    try:
        wait_for(lambda: server_entries(clinic) == local_entries(data), timeout=10)
        record_some(data, 2)
        pusher.wake()
        wait_for(lambda: len(server_entries(clinic)) == 7, timeout=10)
    finally:
        pusher.stop()
    kept = server_entries(clinic)

    # Someone with the kiosk's own access deletes its log and starts a new one.
    for path in data.root.glob("staff.*"):
        path.unlink()
    record_some(data, 3, "slides, told otherwise")
    pusher = pushing(data)
    try:
        wait_for(lambda: len(server_entries(clinic, "audit_conflicts")) == 3, timeout=10)
    finally:
        pusher.stop()
    assert server_entries(clinic) == kept, "the server's copy is as it was written"
    assert server_entries(clinic, "audit_conflicts") == sorted(local_entries(data))


def test_the_kiosk_role_adds_audit_entries_but_never_reads_or_changes_them(
    clinic: Clinic, tmp_path: Path
) -> None:
    data = DataDir(tmp_path / "kiosk")
    assert join_clinic(data, clinic.kiosk_url(), "A", "Lobby", clinic.kiosk_password_file) == 0
    link = load_link(data)
    assert link is not None
    with psycopg.connect(link.conninfo(), autocommit=True) as kiosk:
        kiosk.execute("SELECT add_audit('A', 1, 'now', 'x', 'y', '', '0', 'h')")
        for forbidden in (
            "SELECT * FROM audit",
            "UPDATE audit SET detail = ''",
            "DELETE FROM audit",
            "INSERT INTO audit VALUES ('A', 2, '', '', '', '', '', '')",
            "DELETE FROM audit_conflicts",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                kiosk.execute(forbidden)
    assert KIOSK_ROLE in link.url
