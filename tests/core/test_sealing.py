"""Sealed check-ins on a kiosk on its own: what the files hold, who opens them, rotation and the
migration of check-ins kept in clear, against real SQLite files and real libsodium."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import psycopg
import pytest

from kiosk.core.checkin.answers import CheckIn, Reason, new_checkin_id
from kiosk.core.checkin.csv_export import checkins_csv
from kiosk.core.sealing import (
    PAD_BYTES,
    ClinicKeys,
    KeysUnreadableError,
    KnownKeys,
    SealError,
    new_key_pair,
    opened,
    seal_visit,
    visit_payload,
)
from kiosk.core.staff.accounts import StaffMember, StaffStore
from kiosk.core.staff.keyring import RECOVERY, staff_holder, unlock
from kiosk.core.staff.opening import (
    check_pin,
    clinic_keys_of,
    open_session,
    open_with_recovery_code,
    rotate_keys,
)
from kiosk.core.staff.session import StaffSession
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.clinic_schema import KIOSK_ROLE
from kiosk.core.storage.records import StoreError
from tests.core.conftest import Clinic, Kiosk
from tests.core.test_clinic_push import wait_for

NOW = datetime(2026, 12, 1, 9, 30)
PIN = "583920"
COLLEAGUE_PIN = "902817"


def patient(first: str = "Zephyrine", last: str = "Quillfeather-Ñandú") -> CheckIn:
    return CheckIn(
        id=new_checkin_id(),
        first_name=first,
        last_name=last,
        birth_date=date(1947, 8, 23),
        reasons=(Reason.DIABETIC_CHECK, Reason.TOENAIL),
        urgent=True,
        mobile="+12155550143",
        returning=True,
        mobility_help=True,
        appointment=True,
    )


def secrets_of(visit: CheckIn) -> list[str]:
    return [visit.first_name, visit.last_name, "1947-08-23", "diabetic-check", "2155550143"]


def leaked(folder: Path, words: list[str]) -> list[str]:
    """Each word found in the raw bytes of a file under ``folder``, UTF-8 or UTF-16, by file."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        for word in words:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if word.encode(encoding) in raw:
                    found.append(f"{word} ({encoding}) in {path.name}")
    return found


@pytest.fixture
def staff(tmp_path: Path) -> Iterator[StaffStore]:
    kept = StaffStore(tmp_path / "staff.sqlite", lambda: NOW)
    kept.open()
    yield kept
    kept.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteCheckInStore]:
    kept = SqliteCheckInStore(tmp_path / "checkins.sqlite", lambda: NOW)
    kept.open()
    yield kept
    kept.close()


def first_account(staff: StaffStore, store: SqliteCheckInStore) -> tuple[StaffMember, str]:
    """The clinic's first account, which makes its key; its recovery code."""
    member = staff.add("Ana Ruiz", PIN, by="terminal")
    made = open_session(staff, store, member)
    assert made.keys
    assert made.recovery_code
    made.keys.forget()
    return member, made.recovery_code


def sign_in(
    staff: StaffStore, store: SqliteCheckInStore, member: StaffMember, pin: str
) -> ClinicKeys | None:
    check = check_pin(staff.pin_hash(member), staff.keyring.lock_of(staff_holder(member.id)), pin)
    if not check.matched:
        return None
    return open_session(staff, store, member, check).keys


def test_a_box_opens_only_for_its_row_and_its_key() -> None:
    public, private = new_key_pair()
    visit = patient()
    box = seal_visit(visit, public)
    keys = ClinicKeys({public.key_id: private})
    assert keys.open_visit(box, public.key_id, visit.id) == visit
    with pytest.raises(SealError, match="another row"):
        keys.open_visit(box, public.key_id, new_checkin_id())
    for at in (0, len(box) // 2, len(box) - 1):
        altered = bytearray(box)
        altered[at] ^= 0x01
        with pytest.raises(SealError, match="altered"):
            keys.open_visit(bytes(altered), public.key_id, visit.id)
    other, _ = new_key_pair()
    with pytest.raises(SealError, match="does not hold"):
        keys.open_visit(box, other.key_id, visit.id)
    keys.forget()
    with pytest.raises(SealError):
        keys.open_visit(box, public.key_id, visit.id)


def test_a_box_does_not_tell_a_short_name_from_a_long_one() -> None:
    public, _ = new_key_pair()
    short = seal_visit(patient("Al", "Li"), public)
    longest = "\u0928\u093f" * 25  # 50 code points of Devanagari, 3 bytes each in UTF-8
    longer = seal_visit(patient(longest, longest), public)
    assert len(short) == len(longer)
    assert (len(short) - 48) % PAD_BYTES == 0  # an X25519 key and a MAC around padded JSON


def test_after_the_first_account_nothing_of_a_patient_is_in_clear(
    staff: StaffStore, store: SqliteCheckInStore, tmp_path: Path
) -> None:
    member, _ = first_account(staff, store)
    visit = patient()
    ticket = store.save(visit)
    assert ticket.code == "A-1"
    assert leaked(tmp_path, secrets_of(visit)) == []
    [row] = store.queue(NOW.date())
    assert (row.visit, row.ticket, row.id) == (None, "A-1", visit.id)
    keys = sign_in(staff, store, member, PIN)
    assert keys
    [shown] = opened(store.queue(NOW.date()), keys)
    assert shown.visit == visit


def test_a_wrong_pin_opens_nothing_and_the_recovery_code_opens_all(
    staff: StaffStore, store: SqliteCheckInStore
) -> None:
    member, code = first_account(staff, store)
    visit = patient()
    store.save(visit)
    assert sign_in(staff, store, member, "583921") is None
    lock = staff.keyring.lock_of(staff_holder(member.id))
    assert lock is not None
    assert unlock(lock, "583921") is None  # past the PIN hash too: the wrapping itself refuses
    assert open_with_recovery_code(staff, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA") is None
    typed = code.lower().replace("-", " ")  # as a person types it from the paper
    keys = open_with_recovery_code(staff, typed)
    assert keys
    assert [r.visit for r in opened(store.queue(NOW.date()), keys)] == [visit]


def test_a_colleague_gets_the_keys_from_a_signed_in_member(
    staff: StaffStore, store: SqliteCheckInStore
) -> None:
    ana, _ = first_account(staff, store)
    store.save(patient())
    ben = staff.add("Ben Okafor", COLLEAGUE_PIN, by="terminal")
    assert not sign_in(staff, store, ben, COLLEAGUE_PIN), "no one has given Ben the keys yet"
    assert sign_in(staff, store, ana, PIN)  # Ana's session gives them
    keys = sign_in(staff, store, ben, COLLEAGUE_PIN)
    assert keys
    assert all(r.visit for r in opened(store.queue(NOW.date()), keys))


def test_rotation_reseals_every_row_and_a_removed_pin_opens_nothing(
    staff: StaffStore, store: SqliteCheckInStore, tmp_path: Path
) -> None:
    ana, code = first_account(staff, store)
    ben = staff.add("Ben Okafor", COLLEAGUE_PIN, by="terminal")
    visits = [patient(f"Patient{n}") for n in range(5)]
    for visit in visits:
        store.save(visit)
    keys = sign_in(staff, store, ana, PIN)
    assert keys
    old_ids = keys.key_ids
    old_privates = {k: keys.private(k) for k in old_ids}
    ben_lock = staff.keyring.lock_of(staff_holder(ben.id))
    staff.remove(ben, by="Ana Ruiz")
    rotated = rotate_keys(staff, store, keys)
    assert (rotated.resealed, rotated.damaged) == (5, 0)
    assert store.sealed_with() == {rotated.key_id} != old_ids
    old = ClinicKeys(old_privates)
    assert all(r.visit is None and r.unopened for r in opened(store.queue(NOW.date()), old))
    assert staff_holder(ben.id) not in staff.keyring.holders()
    assert ben_lock is not None
    ben_keys = unlock(ben_lock, COLLEAGUE_PIN)  # his wrapping, copied before he was removed
    assert ben_keys, "Ana's sign-in had given Ben the keys before"
    assert not any(r.visit for r in opened(store.queue(NOW.date()), ben_keys))
    fresh = sign_in(staff, store, ana, PIN)
    assert fresh
    assert [r.visit for r in opened(store.queue(NOW.date()), fresh)] == visits
    by_code = open_with_recovery_code(staff, code)
    assert by_code
    assert [r.visit for r in opened(store.queue(NOW.date()), by_code)] == visits
    store.save(patient("After"))
    assert store.sealed_with() == {rotated.key_id}
    assert staff.keyring.key_ids() == [rotated.key_id]
    assert RECOVERY in staff.keyring.holders()


def test_clear_check_ins_from_before_the_key_are_sealed_with_no_clear_copy_left(
    tmp_path: Path,
) -> None:
    path = tmp_path / "checkins.sqlite"
    before = SqliteCheckInStore(path, lambda: NOW)
    before.open()
    visits = [patient(), patient("Ottoline", "Wobblethorpe")]
    for visit in visits:
        before.save(visit)
    # A damaged store moved aside earlier holds its check-ins in clear too.
    damaged = tmp_path / "checkins.damaged-20261130-101500.sqlite"
    with sqlite3.connect(damaged) as db:
        db.execute("CREATE TABLE t (name TEXT)")
        db.execute("INSERT INTO t VALUES ('Ottoline Wobblethorpe')")
    db.close()
    assert leaked(tmp_path, ["Wobblethorpe"])
    staff = StaffStore(tmp_path / "staff.sqlite", lambda: NOW)
    staff.open()
    try:
        member = staff.add("Ana Ruiz", PIN, by="terminal")
        made = open_session(staff, before, member)  # the first sign-in after the update
        assert made.keys
        assert leaked(tmp_path, [w for v in visits for w in secrets_of(v)]) == []
        assert [r.visit for r in opened(before.queue(NOW.date()), made.keys)] == visits
        assert (tmp_path / (damaged.name + ".sealed")).is_file()
        assert not damaged.exists()
        assert before.count_clear() == 0
    finally:
        staff.close()
        before.close()


def test_a_kiosk_started_after_the_key_exists_seals_what_an_old_program_wrote(
    staff: StaffStore, tmp_path: Path
) -> None:
    path = tmp_path / "checkins.sqlite"
    store = SqliteCheckInStore(path, lambda: NOW)
    store.open()
    first_account(staff, store)
    store.close()
    with sqlite3.connect(path) as db:  # a check-in written by a program from before sealing
        db.execute(
            """INSERT INTO checkins (id, day, number, created_at, first_name, last_name,
            birth_date, reasons, urgent, mobile, returning_patient, mobility_help)
            VALUES ('x1', '2026-12-01', 9, '2026-12-01T09:00:00', 'Ottoline', 'Wobblethorpe',
            '1950-01-02', 'ankle', 0, '', 0, 0)"""
        )
        db.execute(  # and one with a date no kiosk writes
            """INSERT INTO checkins (id, day, number, created_at, first_name, last_name,
            birth_date, reasons, urgent, mobile, returning_patient, mobility_help)
            VALUES ('x2', '2026-12-01', 10, '2026-12-01T09:01:00', 'Hieronymus', 'Bosch',
            'not a date', 'ankle', 0, '', 0, 0)"""
        )
    db.close()
    store.open()
    try:
        assert leaked(tmp_path, ["Ottoline", "Wobblethorpe", "Hieronymus"]) == []
        assert store.count_clear() == 0
        assert len(store.queue(NOW.date())) == 2
    finally:
        store.close()


def test_an_altered_box_is_said_not_shown(staff: StaffStore, store: SqliteCheckInStore) -> None:
    member, _ = first_account(staff, store)
    visit = patient()
    store.save(visit)
    store.save(patient("Intact"))
    [row, _] = store.queue(NOW.date())
    assert row.sealed is not None
    altered = bytearray(row.sealed.box)
    altered[40] ^= 0xFF
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE checkins SET sealed = ? WHERE id = ?", (bytes(altered), visit.id))
    db.close()
    keys = sign_in(staff, store, member, PIN)
    first, second = opened(store.queue(NOW.date()), keys)
    assert first.visit is None
    assert "altered" in first.unopened
    assert second.visit is not None
    assert second.visit.first_name == "Intact"


def test_export_of_sealed_rows_equals_the_export_of_the_same_rows_in_clear(
    staff: StaffStore, store: SqliteCheckInStore, tmp_path: Path
) -> None:
    visits = [patient(), patient("Ottoline", "Wobblethorpe")]
    clear = SqliteCheckInStore(tmp_path / "clear.sqlite", lambda: NOW)
    clear.open()
    for visit in visits:
        clear.save(visit)
    member, _ = first_account(staff, store)
    for visit in visits:
        store.save(visit)
    keys = sign_in(staff, store, member, PIN)
    sealed_rows = [replace(r, sealed=None) for r in opened(store.checkins(), keys)]
    assert checkins_csv(sealed_rows, "US") == checkins_csv(clear.checkins(), "US")
    clear.close()


def test_signing_out_forgets_the_keys(staff: StaffStore, store: SqliteCheckInStore) -> None:
    member, _ = first_account(staff, store)
    store.save(patient())
    session = StaffSession(staff)
    keys = sign_in(staff, store, member, PIN)
    session.sign_in(member, keys)
    assert session.keys is keys
    session.sign_out()
    assert session.keys is None
    assert keys is not None
    assert not keys
    assert all(r.visit is None for r in opened(store.queue(NOW.date()), keys))


def test_a_sealing_kiosk_of_a_clinic_sends_the_box_alone(
    clinic: Clinic, make_kiosk: Callable[[str], Kiosk], tmp_path: Path
) -> None:
    kiosk = make_kiosk("A")
    public, private = new_key_pair()
    kiosk.store.adopt_key(public)
    visit = patient()
    kiosk.store.save(visit)
    kiosk.pusher.wake()
    wait_for(lambda: len(clinic.rows()) == 1, timeout=10)
    admin = clinic.postgres.url(database=clinic.database)
    with psycopg.connect(admin) as db:
        row = db.execute(
            "SELECT first_name, birth_date, reasons, sealed, key_id FROM checkins"
        ).fetchone()
    assert row is not None
    assert row[:3] == ("", None, [])
    keys = ClinicKeys({public.key_id: private})
    assert keys.open_visit(bytes(row[3]), str(row[4]), visit.id) == visit
    dump = subprocess.run(
        [str(clinic.postgres.programs / "pg_dump"), "--dbname", admin],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    (tmp_path / "clinic.sql").write_bytes(dump)
    assert leaked(tmp_path, secrets_of(visit)) == []
    password = clinic.kiosk_password_file.read_text(encoding="utf-8").strip()
    as_kiosk = clinic.postgres.url(KIOSK_ROLE, password, clinic.database)
    with psycopg.connect(as_kiosk) as db:
        assert db.execute("SELECT count(*) FROM kiosk_queue").fetchone() == (1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            db.execute("SELECT sealed FROM checkins")


def known_by(staff: StaffStore) -> Callable[[], KnownKeys | None]:
    return clinic_keys_of(staff)


def test_a_staff_file_made_again_gives_the_store_its_new_key(tmp_path: Path) -> None:
    """The staff file lost (or replaced by an older backup): its accounts' key opens none of the
    old rows, and the store must not go on sealing new ones for a key nobody holds."""
    first = StaffStore(tmp_path / "staff.sqlite", lambda: NOW)
    first.open()
    store = SqliteCheckInStore(tmp_path / "checkins.sqlite", lambda: NOW)
    store.open()
    first_account(first, store)
    store.save(patient("Before"))
    first.close()
    for path in tmp_path.glob("staff.*"):
        path.unlink()
    again = StaffStore(tmp_path / "staff.sqlite", lambda: NOW)
    again.open()
    try:
        member = again.add("Bob New", COLLEAGUE_PIN, by="terminal")
        made = open_session(again, store, member)
        assert made.keys
        store.save(patient("After"))
        rows = opened(store.queue(NOW.date()), made.keys)
        assert [r.visit.first_name if r.visit else r.unopened for r in rows] == [
            "this check-in was sealed for a key this session does not hold",
            "After",
        ]
        # The lost key blocks no rotation: nobody here can open its row whoever signs in.
        rotated = rotate_keys(again, store, made.keys)
        assert (rotated.resealed, rotated.damaged) == (1, 1)
        assert len(store.sealed_with()) == 2
    finally:
        again.close()
        store.close()


def test_a_planted_or_missing_seal_key_is_replaced_when_the_store_opens(
    staff: StaffStore, store: SqliteCheckInStore, tmp_path: Path
) -> None:
    member, _ = first_account(staff, store)
    store.close()
    evil, evil_private = new_key_pair()
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE seal_key SET public = ?, key_id = ?", (evil.public, evil.key_id))
    db.close()
    watched = SqliteCheckInStore(store.path, lambda: NOW, clinic_keys=known_by(staff))
    watched.open()
    try:
        visit = patient()
        watched.save(visit)
        assert ClinicKeys({evil.key_id: evil_private}).key_ids.isdisjoint(watched.sealed_with())
        keys = sign_in(staff, watched, member, PIN)
        assert [r.visit for r in opened(watched.queue(NOW.date()), keys)] == [visit]
    finally:
        watched.close()
    # A store made new (after damage, or opened late) seals from its first check-in too.
    for path in tmp_path.glob("checkins.sqlite*"):
        path.unlink()
    fresh = SqliteCheckInStore(store.path, lambda: NOW, clinic_keys=known_by(staff))
    fresh.open()
    try:
        fresh.save(patient("Ottoline", "Wobblethorpe"))
        assert fresh.count_clear() == 0
        assert leaked(tmp_path, ["Wobblethorpe"]) == []
    finally:
        fresh.close()
        store.open()  # for the fixture's close


def test_a_rotation_keeps_the_key_a_row_it_could_not_open_still_needs(
    staff: StaffStore, store: SqliteCheckInStore
) -> None:
    member, code = first_account(staff, store)
    visits = [patient("One"), patient("Two")]
    for visit in visits:
        store.save(visit)
    first, second = store.queue(NOW.date())
    assert first.sealed is not None
    assert second.sealed is not None
    with sqlite3.connect(store.path) as db:  # the two boxes swapped: neither opens in its row
        db.execute("UPDATE checkins SET sealed = ? WHERE id = ?", (second.sealed.box, first.id))
        db.execute("UPDATE checkins SET sealed = ? WHERE id = ?", (first.sealed.box, second.id))
    db.close()
    keys = sign_in(staff, store, member, PIN)
    assert keys
    rotated = rotate_keys(staff, store, keys)
    assert (rotated.resealed, rotated.damaged) == (0, 2)
    assert len(staff.keyring.key_ids()) == 2, "the old key is kept for the rows that need it"
    with sqlite3.connect(store.path) as db:  # put back in their places
        db.execute("UPDATE checkins SET sealed = ? WHERE id = ?", (first.sealed.box, first.id))
        db.execute("UPDATE checkins SET sealed = ? WHERE id = ?", (second.sealed.box, second.id))
    db.close()
    by_code = open_with_recovery_code(staff, code)
    assert [r.visit for r in opened(store.queue(NOW.date()), by_code)] == visits
    assert by_code is not None
    again = rotate_keys(staff, store, by_code)
    assert (again.resealed, again.damaged) == (2, 0)
    assert staff.keyring.key_ids() == [again.key_id]


def test_a_new_recovery_code_replaces_the_old_only_once_it_is_printed(
    staff: StaffStore, store: SqliteCheckInStore
) -> None:
    member, old_code = first_account(staff, store)
    store.save(patient())
    keys = sign_in(staff, store, member, PIN)
    assert keys
    rotated = rotate_keys(staff, store, keys, new_recovery_code=True)
    new_code = rotated.recovery_code
    assert new_code
    assert new_code != old_code
    # Killed before the code was shown: the old paper still opens everything.
    assert all(
        r.visit for r in opened(store.queue(NOW.date()), open_with_recovery_code(staff, old_code))
    )
    staff.keyring.promote_recovery()
    assert open_with_recovery_code(staff, old_code) is None
    assert all(
        r.visit for r in opened(store.queue(NOW.date()), open_with_recovery_code(staff, new_code))
    )


def test_a_damaged_seal_key_refuses_a_check_in_until_the_clinic_key_replaces_it(
    staff: StaffStore, store: SqliteCheckInStore, tmp_path: Path
) -> None:
    member, _ = first_account(staff, store)
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE seal_key SET public = ?", (b"not a key",))
    db.close()
    store.save(patient())  # a running store seals with the key it settled when it opened
    assert store.count_clear() == 0, "never written in clear instead"
    store.close()
    reopened = SqliteCheckInStore(store.path, lambda: NOW)
    with pytest.raises(StoreError, match="damaged"):
        reopened.open()  # with nothing to ask for the clinic's key, it says so
    with sqlite3.connect(store.path) as db:  # and while it runs, deleted or planted
        db.execute("DELETE FROM seal_key")
    db.close()
    store = SqliteCheckInStore(store.path, lambda: NOW, clinic_keys=known_by(staff))
    store.open()
    try:
        visit = patient()
        store.save(visit)
        with sqlite3.connect(store.path) as db:
            db.execute("DELETE FROM seal_key")
        db.close()
        later = patient("Ottoline", "Wobblethorpe")
        store.save(later)
        evil, _ = new_key_pair()
        with sqlite3.connect(store.path) as db:
            db.execute("UPDATE seal_key SET public = ?, key_id = ?", (evil.public, evil.key_id))
        db.close()
        store.save(patient("Planted"))
        assert evil.key_id not in store.sealed_with()
        keys = sign_in(staff, store, member, PIN)
        rows = opened(store.queue(NOW.date()), keys)
        assert [r.visit.first_name for r in rows[1:] if r.visit] == [
            visit.first_name,
            "Ottoline",
            "Planted",
        ]
        assert leaked(tmp_path, [*secrets_of(visit), "Wobblethorpe"]) == []
    finally:
        store.close()


def test_a_new_store_writes_nothing_while_the_clinic_keys_cannot_be_read(tmp_path: Path) -> None:
    def unreadable() -> KnownKeys | None:
        raise KeysUnreadableError("staff.sqlite is damaged")

    store = SqliteCheckInStore(tmp_path / "checkins.sqlite", lambda: NOW, clinic_keys=unreadable)
    with pytest.raises(StoreError, match="nothing is written in clear"):
        store.open()
    with pytest.raises(StoreError, match="nothing is written in clear"):
        store.save(patient("Ottoline", "Wobblethorpe"))
    assert leaked(tmp_path, ["Wobblethorpe"]) == []


def test_a_box_sealed_before_the_language_was_kept_opens_without_one() -> None:
    import json

    from nacl.public import PublicKey, SealedBox

    public, private = new_key_pair()
    visit = patient()
    older = visit_payload(visit)
    del older["language"]
    box = SealedBox(PublicKey(public.public)).encrypt(json.dumps(older).encode())
    keys = ClinicKeys({public.key_id: private})
    assert keys.open_visit(bytes(box), public.key_id, visit.id) == replace(visit, language="")
    spanish = replace(visit, language="es")
    sealed = seal_visit(spanish, public)
    assert keys.open_visit(sealed, public.key_id, visit.id).language == "es"
