"""The hand-off for a clinic: the service on the desk's data folder hands every kiosk's
check-ins on from the clinic's real PostgreSQL server, its ledger and its one-sender lock on the
server; the desk sees each state at once; the kiosk's role reads none of it."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest

from kiosk.cli.clinic import link_desk
from kiosk.core.handoff.machine_key import enrol, open_machine_keys, read_machine_key
from kiosk.core.handoff.service import CheckInSender
from kiosk.core.handoff.ways import Hl7Way
from kiosk.core.paths import DataDir
from kiosk.core.sealing import ClinicKeys
from kiosk.core.storage.clinic_handoffs import ClinicHandoffLedger, ClinicSenderLock
from kiosk.core.storage.clinic_keys import read_clinic_keys
from kiosk.core.storage.clinic_link import conninfo_of
from kiosk.core.storage.handoff_ledger import Channel
from kiosk.core.storage.records import StoredCheckIn
from tests.core.conftest import Clinic
from tests.core.handoff_setup import handoff_toml, receiver
from tests.core.hl7_peer import Hl7Peer
from tests.core.test_clinic_desk import (
    Desk,
    SealingKiosk,
    desk,
    desk_link,
    first_sign_in,
    sealing_kiosk,
    sign_in,
)
from tests.core.test_clinic_push import wait_for
from tests.core.test_handoff_service import SERVING, stop, wait_for_line
from tests.core.test_store import visit

__all__ = ["desk", "sealing_kiosk"]


@pytest.fixture
def ledger(clinic: Clinic) -> Iterator[ClinicHandoffLedger]:
    kept = ClinicHandoffLedger(desk_link(clinic))
    kept.open()
    kept.since(Channel.HL7)
    yield kept
    kept.close()


def sealed_with_the_clinic_key(desk: Desk, kiosk: SealingKiosk) -> None:
    first_sign_in(desk)
    wait_for(lambda: read_clinic_keys(kiosk.data.clinic_keys_file) is not None, 5)
    known = read_clinic_keys(kiosk.data.clinic_keys_file)
    assert known is not None
    kiosk.store.adopt_key(known.newest)


def enrolled(desk: Desk, tmp_path: Path) -> ClinicKeys:
    keys = sign_in(desk)
    assert keys
    key_file = tmp_path / "handoff.key"
    enrol(desk.staff.keyring, keys, "desk-pc", key_file)
    keys.forget()
    return open_machine_keys(desk.staff.keyring, read_machine_key(key_file))


def shown(desk: Desk) -> list[StoredCheckIn]:
    return desk.store.queue(date.today())


def test_every_kiosks_check_in_reaches_the_receiver_and_the_desk_sees_it_at_once(
    clinic: Clinic,
    desk: Desk,
    sealing_kiosk: SealingKiosk,
    ledger: ClinicHandoffLedger,
    peer: Hl7Peer,
    tmp_path: Path,
) -> None:
    sealed_with_the_clinic_key(desk, sealing_kiosk)
    machine = enrolled(desk, tmp_path)
    for name in ("Zoë", "Ana"):
        sealing_kiosk.store.save(visit(name))
    sealing_kiosk.pusher.wake()
    wait_for(lambda: len(shown(desk)) == 2, 5)
    sender = CheckInSender(desk.store, ledger, lambda: machine, [Hl7Way(receiver(peer.port))])
    assert sender.run_pass().sent == 2
    assert sender.run_pass().sent == 0
    assert sorted(str(r.message.segment("PID")[5][0][1]) for r in peer.received) == ["Ana", "Zoë"]
    assert [r.ticket for r in shown(desk)] == ["A-1", "A-2"]
    wait_for(lambda: [r.handoff for r in shown(desk)] == ["sent", "sent"], 2)
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        kept = admin.execute("SELECT state, words FROM handoffs ORDER BY first_at").fetchall()
    assert kept == [("sent", ""), ("sent", "")]

    peer.behaviour, peer.words = "AE", "Zoë is registered already"
    sealing_kiosk.store.save(visit("Zoë"))
    sealing_kiosk.pusher.wake()
    wait_for(lambda: len(shown(desk)) == 3, 5)
    assert sender.run_pass().refused == 1
    wait_for(lambda: shown(desk)[2].handoff == "refused", 2)
    assert shown(desk)[2].handoff_words == "AE: Zoë is registered already"
    # the desk entered her into the practice system itself: done, and the words quoting her go
    assert ledger.entered_by_hand(shown(desk)[2].checkin_id)
    wait_for(lambda: (shown(desk)[2].handoff, shown(desk)[2].handoff_words) == ("by-hand", ""), 2)
    assert not ledger.entered_by_hand(shown(desk)[2].checkin_id), "done already"
    peer.behaviour = "AA"
    assert sender.run_pass().sent == 0


def test_one_service_sends_for_the_clinic_and_a_second_takes_over_when_it_ends(
    clinic: Clinic,
) -> None:
    first, second = ClinicSenderLock(desk_link(clinic)), ClinicSenderLock(desk_link(clinic))
    assert first.try_take()
    assert not second.try_take()
    assert first.still_held()
    with psycopg.connect(clinic.postgres.url(database=clinic.database), autocommit=True) as admin:
        admin.execute(  # the first service's connection dies (its PC is switched off)
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
        )
    assert not first.still_held()
    assert second.try_take()
    second.release()


def test_the_kiosks_role_cannot_read_or_write_the_hand_offs(
    clinic: Clinic, ledger: ClinicHandoffLedger
) -> None:
    kiosk_info = conninfo_of(clinic.kiosk_url(), clinic.kiosk_password_file)
    with psycopg.connect(kiosk_info, autocommit=True) as kiosk:
        for statement in (
            "SELECT * FROM handoffs",
            "SELECT * FROM handoff_start",
            "UPDATE handoffs SET state = 'sent'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                kiosk.execute(statement)


def test_the_service_on_the_desks_data_folder_runs_as_a_program(
    clinic: Clinic, sealing_kiosk: SealingKiosk, peer: Hl7Peer, tmp_path: Path
) -> None:
    from tests.core.test_cli import kiosk_typing

    data = DataDir(tmp_path / "desk")
    data.root.mkdir()
    link = desk_link(clinic)
    assert link_desk(data, link.url, link.password_file) == 0
    made = kiosk_typing(
        "246810\n246810\n", "staff", "add", "Ana Ruiz", "--data-dir", str(data.root)
    )
    assert made.returncode == 0, made.stderr
    data.handoff_file.write_text(handoff_toml(peer.port), encoding="utf-8")
    enrolled_now = kiosk_typing(
        "Ana Ruiz\n246810\n", "handoff", "enrol", "--data-dir", str(data.root)
    )
    assert enrolled_now.returncode == 0, enrolled_now.stderr
    service = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data.root), "handoff", "run"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        wait_for_line(service, SERVING)
        wait_for(lambda: read_clinic_keys(sealing_kiosk.data.clinic_keys_file) is not None, 10)
        known = read_clinic_keys(sealing_kiosk.data.clinic_keys_file)
        assert known is not None
        sealing_kiosk.store.adopt_key(known.newest)
        made_at = time.monotonic()
        sealing_kiosk.store.save(visit("Rosa"))
        sealing_kiosk.pusher.wake()
        wait_for(lambda: len(peer.received) == 1, 10)
        took = time.monotonic() - made_at
    finally:
        rest = stop(service)
    assert str(peer.received[0].message.segment("PID")[5][0][1]) == "Rosa"
    assert "handed on by HL7" in rest
    status = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data.root), "handoff", "status"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "A-1" in status.stdout, status.stderr
    assert "1 sent, 0 waiting" in status.stdout
    assert took < 5, f"{took:.1f} s from the kiosk's Confirm to the receiver"
