"""The front desk on the clinic's real PostgreSQL server: a kiosk's check-in reaches the desk
sealed with the clinic's key and opens there; the desk's call, its undo and the kiosk's heartbeat
go the other way; each role is refused what it may not do; a server gone away is said, not
waited on."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as day_time
from pathlib import Path

import psycopg
import pytest

from kiosk.cli.clinic import join_clinic, link_desk
from kiosk.core.paths import DataDir
from kiosk.core.sealing import ClinicKeys, KnownKeys, new_key_pair, opened
from kiosk.core.staff.accounts import StaffStore
from kiosk.core.staff.keyring import staff_holder
from kiosk.core.staff.opening import check_pin, clinic_keys_of, open_session
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.clinic_calls import ClinicCalls, followed_erasure, note_erasure
from kiosk.core.storage.clinic_desk import ClinicDeskStore
from kiosk.core.storage.clinic_keys import clinic_then_own, read_clinic_keys
from kiosk.core.storage.clinic_link import ClinicLinkError, DeskLink, load_desk_link, load_link
from kiosk.core.storage.clinic_push import ClinicPusher
from kiosk.core.storage.clinic_schema import DESK_ROLE, KIOSK_ROLE
from kiosk.core.storage.records import Heartbeat, Showing, Status, StoreError
from tests.core.conftest import Clinic, Kiosk
from tests.core.test_clinic_push import wait_for
from tests.core.test_store import visit

PIN = "246810"


@dataclass
class Desk:
    store: ClinicDeskStore
    staff: StaffStore


@dataclass
class SealingKiosk:
    data: DataDir
    store: SqliteCheckInStore
    pusher: ClinicPusher
    calls: ClinicCalls


def desk_link(clinic: Clinic) -> DeskLink:
    return DeskLink(
        clinic.postgres.url(DESK_ROLE, None, clinic.database),
        clinic.kiosk_password_file.with_name(f"{DESK_ROLE}.password"),
    )


@pytest.fixture
def desk(clinic: Clinic, tmp_path: Path) -> Iterator[Desk]:
    staff = StaffStore(tmp_path / "desk-staff.sqlite")
    staff.open()
    store = ClinicDeskStore(
        desk_link(clinic), clinic_keys=clinic_keys_of(staff), first_wait_s=0.1, longest_wait_s=0.5
    )
    store.open()
    yield Desk(store, staff)
    store.close()
    staff.close()


@pytest.fixture
def sealing_kiosk(clinic: Clinic, tmp_path: Path) -> Iterator[SealingKiosk]:
    """A kiosk of the clinic as the program builds one: it seals with the clinic's key from the
    server, sends its check-ins and heartbeat, and copies the desk's calls."""
    data = DataDir(tmp_path / "kiosk-A")
    assert join_clinic(data, clinic.kiosk_url(), "A", "Entrance", clinic.kiosk_password_file) == 0
    link = load_link(data)
    assert link is not None
    store = SqliteCheckInStore(
        data.checkin_store,
        letter="A",
        outbox=True,
        clinic_keys=clinic_then_own(data.clinic_keys_file, lambda: None),
    )
    store.open()

    def take_key() -> None:  # as ClinicNews does, on the GUI thread
        known = read_clinic_keys(data.clinic_keys_file)
        assert known is not None

    pusher = ClinicPusher(data.checkin_store, link, first_wait_s=0.1, longest_wait_s=0.5)
    calls = ClinicCalls(
        data.checkin_store,
        data.clinic_keys_file,
        link,
        on_keys=take_key,
        first_wait_s=0.1,
        longest_wait_s=0.5,
    )
    pusher.start()
    calls.start()
    yield SealingKiosk(data, store, pusher, calls)
    calls.stop()
    pusher.stop()
    store.close()


def today_start() -> datetime:
    return datetime.combine(date.today(), day_time.min)


def first_sign_in(desk: Desk) -> None:
    """The desk's first account is made: the clinic's key is made and put on the server."""
    member = desk.staff.add("Ana Ruiz", PIN, by="terminal")
    wait_for(lambda: _answers(desk.store), 5)
    made = open_session(desk.staff, desk.store, member)
    assert made.keys


def sign_in(desk: Desk) -> ClinicKeys | None:
    member = desk.staff.members()[0]
    lock = desk.staff.keyring.lock_of(staff_holder(member.id))
    check = check_pin(desk.staff.pin_hash(member), lock, PIN)
    return open_session(desk.staff, desk.store, member, check).keys


def _answers(store: ClinicDeskStore) -> bool:
    try:
        store.queue(date.today())
    except StoreError:
        return False
    return True


def test_a_check_in_reaches_the_desk_sealed_with_the_clinic_key_and_the_call_reaches_the_kiosk(
    clinic: Clinic, desk: Desk, sealing_kiosk: SealingKiosk
) -> None:
    first_sign_in(desk)
    kiosk = sealing_kiosk
    wait_for(lambda: read_clinic_keys(kiosk.data.clinic_keys_file) is not None, 5)
    known = read_clinic_keys(kiosk.data.clinic_keys_file)
    assert known is not None
    assert desk.store.seal_key() == known.newest
    kiosk.store.adopt_key(known.newest)

    made = visit("Zoë")
    kiosk.store.save(made)
    kiosk.pusher.wake()
    wait_for(lambda: len(desk.store.queue(date.today())) == 1, 5)
    [row] = desk.store.queue(date.today())
    assert row.ticket == "A-1"
    assert row.visit is None
    assert row.sealed is not None
    [seen] = opened([row], sign_in(desk))
    assert seen.visit is not None
    assert seen.visit.first_name == "Zoë"
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        kept = admin.execute("SELECT first_name, last_name FROM checkins").fetchall()
    assert kept == [("", "")]

    before = desk.store.change_count()
    asked = time.monotonic()
    assert desk.store.call(made.id)
    assert desk.store.change_count() > before  # the row shows its new status at once
    [called] = desk.store.queue(date.today())
    assert called.status is Status.CALLED
    assert called.called_at is not None
    wait_for(lambda: len(kiosk.store.calls_after(0, today_start())) == 1, 2)
    took = time.monotonic() - asked
    [event] = kiosk.store.calls_after(0, today_start())
    assert (event.ticket, event.undone) == ("A-1", False)
    assert took < 1.5, f"the call took {took:.2f} s to reach the kiosk"

    assert desk.store.set_status(made.id, Status.WAITING)  # taken back
    wait_for(lambda: len(kiosk.store.calls_after(0, today_start())) == 2, 2)
    assert kiosk.store.calls_after(event.seq, today_start())[0].undone
    [back] = desk.store.queue(date.today())
    assert back.status is Status.WAITING
    assert back.called_at is None

    assert desk.store.acknowledge(made.id)
    assert desk.store.queue(date.today())[0].acknowledged
    assert not desk.store.call("no-such-check-in")


def test_the_kiosk_heartbeat_reaches_the_desk_by_the_server_clock(
    desk: Desk, sealing_kiosk: SealingKiosk
) -> None:
    wait_for(lambda: _answers(desk.store), 5)
    assert desk.store.heartbeats() == []
    sealing_kiosk.store.beat(
        Heartbeat("A", datetime(2020, 1, 1), "9.9", Showing.CHECK_IN, 2, ("the disk is full",))
    )
    sealing_kiosk.pusher.wake()
    wait_for(lambda: len(desk.store.heartbeats()) == 1, 5)
    [beat] = desk.store.heartbeats()
    assert (beat.letter, beat.version, beat.showing, beat.problems) == (
        "A",
        "9.9",
        Showing.CHECK_IN,
        ("the disk is full",),
    )
    assert abs((beat.at - datetime.now()).total_seconds()) < 60  # not the kiosk's wrong clock


def test_each_role_is_refused_what_it_may_not_do(clinic: Clinic, desk: Desk) -> None:
    password = clinic.kiosk_password_file.read_text().strip()
    kiosk_url = clinic.postgres.url(KIOSK_ROLE, password, clinic.database)
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        admin.execute(
            "INSERT INTO kiosks (letter, name, token) VALUES ('A', 'In', %s)", ("t" * 20,)
        )
    refused = [
        "SELECT * FROM heartbeats",
        "INSERT INTO calls (checkin_id, ticket, kind) VALUES ('x', 'A-1', 'call')",
        "INSERT INTO clinic_keys (key_id, public) VALUES ('k', decode(repeat('00', 32), 'hex'))",
        "UPDATE checkins SET called_at = now()",
        "SELECT checkin_id FROM calls",
    ]
    for statement in refused:
        with psycopg.connect(kiosk_url) as db, pytest.raises(psycopg.errors.InsufficientPrivilege):
            db.execute(statement)
    with psycopg.connect(kiosk_url) as db:
        beat = "SELECT kiosk_beat('A', %s, '1', 'slides', 0, '{}')"
        assert db.execute(beat, ("wrong token of twenty",)).fetchone() == (False,)
        assert db.execute(beat, ("t" * 20,)).fetchone() == (True,)
        with pytest.raises(psycopg.errors.StringDataRightTruncation):
            db.execute("SELECT kiosk_beat('A', %s, '1', 'slides', 0, %s)", ("t" * 20, ["x" * 301]))
    desk_password = desk_link(clinic).password_file.read_text().strip()
    with psycopg.connect(clinic.postgres.url(DESK_ROLE, desk_password, clinic.database)) as db:
        for statement in ("UPDATE checkins SET first_name = 'x'", "DELETE FROM calls"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                db.execute(statement)
            db.rollback()


def test_a_server_gone_away_is_said_at_the_desk_and_it_carries_on_when_it_is_back(
    clinic: Clinic, desk: Desk, make_kiosk: Callable[[str], Kiosk]
) -> None:
    checkin_id = make_kiosk("B").check_in("Ana")
    wait_for(lambda: _answers(desk.store) and len(desk.store.queue(date.today())) == 1, 5)
    clinic.postgres.stop()
    wait_for(lambda: not _answers(desk.store), 5)
    with pytest.raises(StoreError, match="unavailable"):
        desk.store.queue(date.today())
    asked = time.monotonic()
    with pytest.raises(StoreError):
        desk.store.call(checkin_id)
    assert time.monotonic() - asked < 5
    clinic.postgres.start()
    wait_for(lambda: _answers(desk.store), 10)
    assert desk.store.call(checkin_id)
    assert desk.store.queue(date.today())[0].status is Status.CALLED


def test_a_desk_link_is_refused_with_its_reason_and_kept_only_when_the_server_takes_it(
    clinic: Clinic, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = DataDir(tmp_path / "desk-data")
    link = desk_link(clinic)
    with_password = link.url.replace(f"{DESK_ROLE}@", f"{DESK_ROLE}:secret@")
    assert link_desk(data, with_password, link.password_file) == 1
    assert "leave the password out" in capsys.readouterr().err
    fifo = tmp_path / "a-fifo"
    os.mkfifo(fifo)
    assert link_desk(data, link.url, fifo) == 1
    assert "cannot be read" in capsys.readouterr().err
    wrong = tmp_path / "wrong.password"
    wrong.write_text("not the password\n")
    assert link_desk(data, link.url, wrong) == 1
    assert "password authentication failed" in capsys.readouterr().err
    assert not data.desk_file.exists()
    assert link_desk(data, link.url, link.password_file) == 0
    assert load_desk_link(data) == DeskLink(link.url, data.desk_password_file)
    assert "secret" not in data.desk_file.read_text()
    data.desk_file.write_text('[desk]\nurl = "postgresql://clinic_desk:pw@host/clinic"\n')
    with pytest.raises(ClinicLinkError, match=r"keep it in clinic-desk\.password"):
        load_desk_link(data)
    data.desk_file.unlink()
    os.mkfifo(data.desk_file)
    with pytest.raises(ClinicLinkError, match="cannot be used"):
        load_desk_link(data)


def test_a_kiosk_started_with_the_server_away_seals_with_the_clinic_key_it_kept(
    tmp_path: Path,
) -> None:
    """``clinic-keys.json`` is what lets a kiosk of a clinic seal for the desk after a restart
    with the server away; a damaged one gives way to the kiosk's own key, and says so."""
    public, _ = new_key_pair()
    own, _ = new_key_pair()
    keys_file = tmp_path / "clinic-keys.json"
    keys_file.write_text(
        json.dumps({"keys": [{"key_id": public.key_id, "public": public.public.hex()}]})
    )
    own_keys = KnownKeys(own, frozenset({own.key_id}))
    store = SqliteCheckInStore(
        tmp_path / "checkins.sqlite", clinic_keys=clinic_then_own(keys_file, lambda: own_keys)
    )
    store.open()
    try:
        assert store.seal_key() == public
        store.save(visit("Zoë"))
        assert store.sealed_with() == {public.key_id}
    finally:
        store.close()
    for damaged in (b"{", b'{"keys": [{"public": "zz"}]}', b'{"keys": []}'):
        keys_file.write_bytes(damaged)
        assert read_clinic_keys(keys_file) is None
    assert clinic_then_own(keys_file, lambda: own_keys)() == own_keys


def test_delete_all_at_the_desk_blanks_the_server_and_each_kiosk_follows_it_once(
    clinic: Clinic, desk: Desk, sealing_kiosk: SealingKiosk, tmp_path: Path
) -> None:
    kiosk = sealing_kiosk
    heard: list[tuple[int, datetime]] = []
    erased_file = tmp_path / "erased.json"
    link = load_link(kiosk.data)
    assert link is not None

    def listening() -> ClinicCalls:
        calls = ClinicCalls(
            kiosk.data.checkin_store,
            tmp_path / "keys.json",
            link,
            on_keys=lambda: None,
            erased_file=erased_file,
            on_erasure=lambda seq, at: heard.append((seq, at)),
            first_wait_s=0.1,
            longest_wait_s=0.5,
        )
        calls.start()
        return calls

    calls = listening()
    wait_for(erased_file.exists, 5)  # its first connection notes that nothing was erased yet
    assert followed_erasure(erased_file) == 0
    made = visit("Zoë")
    kiosk.store.save(made)
    kiosk.pusher.wake()
    wait_for(lambda: _answers(desk.store) and len(desk.store.queue(date.today())) == 1, 5)
    assert desk.store.erase_personal_data() == 1
    wait_for(lambda: len(heard) == 1, 3)
    seq, at = heard[0]
    assert seq == 1
    assert abs((at - datetime.now()).total_seconds()) < 60
    assert desk.store.queue(date.today()) == []  # what is erased is not listed
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        kept = admin.execute("SELECT first_name, sealed, erased FROM checkins").fetchall()
    assert kept == [("", None, True)]
    assert kiosk.store.erase_made_before(at) == 1  # as the kiosk's GUI does when told
    assert kiosk.store.checkins() == []
    note_erasure(erased_file, seq)

    calls.stop()  # away while the desk deletes again: told when back in touch
    assert desk.store.erase_personal_data() == 0
    heard.clear()
    calls = listening()
    try:
        wait_for(lambda: len(heard) >= 1, 5)
        assert heard[0][0] == 2
    finally:
        calls.stop()
    password = clinic.kiosk_password_file.read_text().strip()
    with (
        psycopg.connect(clinic.postgres.url(KIOSK_ROLE, password, clinic.database)) as db,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        db.execute("SELECT erase_all_checkins()")


def test_a_second_desk_with_accounts_of_its_own_never_replaces_the_clinic_key(
    clinic: Clinic, desk: Desk, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first_sign_in(desk)
    wait_for(lambda: desk.store.seal_key() is not None, 5)
    clinic_key = desk.store.seal_key()
    other_staff = StaffStore(tmp_path / "other-desk-staff.sqlite")
    other_staff.open()
    other = ClinicDeskStore(desk_link(clinic), clinic_keys=clinic_keys_of(other_staff))
    other.open()
    try:
        member = other_staff.add("Ben Okafor", PIN, by="terminal")
        wait_for(lambda: _answers(other), 5)
        made = open_session(other_staff, other, member)  # makes a key of its own
        assert made.keys
        assert other.seal_key() == clinic_key
        assert "do not hold" in caplog.text
    finally:
        other.close()
        other_staff.close()
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        assert admin.execute("SELECT count(*) FROM clinic_keys").fetchone() == (1,)


def test_a_server_with_an_older_schema_is_said_once_and_followed_once_it_is_brought_up(
    clinic: Clinic,
    desk: Desk,
    sealing_kiosk: SealingKiosk,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    admin_url = clinic.postgres.url(database=clinic.database)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("ALTER TABLE erasures RENAME TO erasures_later")
    kiosk = sealing_kiosk
    made = visit("Zoë")
    kiosk.store.save(made)
    kiosk.pusher.wake()
    wait_for(lambda: _answers(desk.store) and len(desk.store.queue(date.today())) == 1, 5)
    own = SqliteCheckInStore(tmp_path / "another-kiosk.sqlite", letter="A")
    own.open()
    link = load_link(kiosk.data)
    assert link is not None
    calls = ClinicCalls(
        own.path,
        tmp_path / "keys.json",
        link,
        on_keys=lambda: None,
        erased_file=tmp_path / "erased.json",
        on_erasure=lambda seq, at: None,
        first_wait_s=0.1,
        longest_wait_s=0.5,
    )
    calls.start()
    try:
        assert desk.store.call(made.id)
        wait_for(lambda: "older schema" in caplog.text, 5)
        assert own.calls_after(0, today_start()) == []
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute("ALTER TABLE erasures_later RENAME TO erasures")
        assert desk.store.call(made.id)  # the desk's next word: everything is read again
        wait_for(lambda: len(own.calls_after(0, today_start())) == 2, 5)
        assert caplog.text.count("older schema") == 1
    finally:
        calls.stop()
        own.close()
