"""Staff accounts: PINs kept only as argon2id hashes, the lock-out (across a restart) and the
audit log's hash chain, on real SQLite files."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from argon2 import extract_parameters

from kiosk.core.settings import parse_settings
from kiosk.core.staff.accounts import (
    AccountError,
    Outcome,
    StaffStore,
    check_name,
    check_new_pin,
    lockout_length,
    open_staff_store,
)
from kiosk.core.staff.audit import Action

START = datetime(2026, 11, 24, 8, 0)
PIN = "482916"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[StaffStore]:
    opened = open_staff_store(tmp_path / "staff.sqlite", clock)
    yield opened
    opened.close()


def test_a_pin_is_stored_only_as_a_salted_argon2id_hash(tmp_path: Path, store: StaffStore) -> None:
    ana = store.add("Ana Ruiz", PIN, by="(terminal)")
    ben = store.add("Ben Okafor", PIN, by="Ana Ruiz")
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert PIN.encode() not in raw
    with sqlite3.connect(tmp_path / "staff.sqlite") as db:
        hashes = [h for (h,) in db.execute("SELECT pin_hash FROM staff ORDER BY id")]
    assert hashes[0] != hashes[1], "the same PIN must hash differently (its own salt)"
    params = extract_parameters(hashes[0])
    assert params.type.name == "ID"
    # OWASP's minimum for argon2id is 19 MiB with 2 passes; we use more.
    assert params.memory_cost >= 19 * 1024
    assert params.time_cost >= 2
    assert (ana.name, ben.name) == ("Ana Ruiz", "Ben Okafor")


def test_the_right_pin_signs_in_and_a_wrong_one_does_not(store: StaffStore) -> None:
    ana = store.add("Ana", PIN, by="(terminal)")
    assert store.sign_in(ana, PIN).outcome is Outcome.SIGNED_IN
    wrong = store.sign_in(ana, "482917")
    assert (wrong.outcome, wrong.tries_left) == (Outcome.WRONG_PIN, 4)


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("12345", "6 to 12 digits"),
        ("1234567890123", "6 to 12 digits"),
        ("12a456", "digits only"),
        ("١٢٣٤٥٦", "digits only"),
        ("000000", "too easy"),
        ("123456", "too easy"),
        ("987654", "too easy"),
        ("890123", "too easy"),
    ],
)
def test_weak_or_malformed_pins_are_refused(pin: str, message: str) -> None:
    with pytest.raises(AccountError, match=message):
        check_new_pin(pin)


def test_names_are_unique_whatever_their_case(store: StaffStore) -> None:
    store.add("Ana", PIN, by="x")
    with pytest.raises(AccountError, match="already an account named ANA"):
        store.add("ANA", "902817", by="x")
    with pytest.raises(AccountError, match="at most 40"):
        store.add("A" * 41, "902817", by="x")
    with pytest.raises(AccountError, match="cannot be shown"):
        store.add("An\u202ea", "902817", by="x")
    assert [m.name for m in store.members()] == ["Ana"]


def test_an_accounts_waits_double_up_to_a_quarter_of_an_hour() -> None:
    assert [lockout_length(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert lockout_length(8).total_seconds() == 15 * 60
    assert lockout_length(10_000).total_seconds() == 15 * 60


def test_five_wrong_pins_lock_sign_in_and_the_lock_doubles_and_survives_a_restart(
    tmp_path: Path, clock: Clock
) -> None:
    store = open_staff_store(tmp_path / "staff.sqlite", clock)
    ana = store.add("Ana", PIN, by="x")
    results = [store.sign_in(ana, "111112") for _ in range(5)]
    assert [r.tries_left for r in results[:4]] == [4, 3, 2, 1]
    assert (results[4].outcome, results[4].locked_seconds) == (Outcome.LOCKED, 30)
    # The right PIN during a lock-out still fails, and does not end it.
    assert store.sign_in(ana, PIN).outcome is Outcome.LOCKED
    store.close()

    clock.advance(10)
    store = open_staff_store(tmp_path / "staff.sqlite", clock)
    assert store.locked_seconds(ana) == 20
    clock.advance(20)
    assert store.locked_seconds(ana) == 0
    results = [store.sign_in(ana, "111112") for _ in range(5)]
    assert results[-1].locked_seconds == 60
    clock.advance(60)
    assert store.sign_in(ana, PIN).outcome is Outcome.SIGNED_IN
    # A success starts the count again.
    results = [store.sign_in(ana, "111112") for _ in range(5)]
    assert results[-1].locked_seconds == 30
    store.close()


def test_a_clock_set_back_cannot_lengthen_a_lockout(store: StaffStore, clock: Clock) -> None:
    ana = store.add("Ana", PIN, by="x")
    for _ in range(5):
        store.sign_in(ana, "111112")
    clock.advance(-5 * 3600)
    assert store.locked_seconds(ana) == 30


def test_every_attempt_is_audited_without_the_pin(
    tmp_path: Path, store: StaffStore, clock: Clock
) -> None:
    ana = store.add("Ana", PIN, by="(terminal)")
    store.sign_in(ana, PIN)
    for _ in range(5):
        store.sign_in(ana, "111112")
    store.sign_in(ana, PIN)
    actions = [(e.staff, e.action) for e in store.audit.entries(newest_first=False)]
    assert actions == [
        ("(terminal)", Action.ACCOUNT_CREATED),
        ("Ana", Action.SIGNED_IN),
        *[("Ana", Action.SIGN_IN_FAILED)] * 5,
        ("Ana", Action.LOCKED_OUT),
        ("Ana", Action.SIGN_IN_REFUSED),
    ]
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"111112" not in raw


def test_an_intact_audit_chain_verifies(store: StaffStore) -> None:
    for n in range(5):
        store.audit.record("Ana", Action.CHECKINS_EXPORTED, f"{n} check-ins")
    assert store.audit.verify() == []


def tamper(path: Path, statement: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute(statement)
    db.close()


@pytest.mark.parametrize(
    ("statement", "found"),
    [
        ("UPDATE audit SET detail = '0 check-ins' WHERE seq = 3", ["entry 3 was edited"]),
        ("UPDATE audit SET staff = 'Ben' WHERE seq = 2", ["entry 2 was edited"]),
        ("UPDATE audit SET at = '2026-01-01T00:00:00' WHERE seq = 4", ["entry 4 was edited"]),
        (
            "DELETE FROM audit WHERE seq = 3",
            ["entry 3 was removed", "1 entry the witness saw written is gone (from 3)"],
        ),
        (
            "DELETE FROM audit WHERE seq IN (2, 3)",
            ["entry 2 to 3 was removed", "2 entries the witness saw written are gone (from 2)"],
        ),
        (
            "DELETE FROM audit WHERE seq = 5",
            [
                "the newest entries after 4 were removed (the head is 5)",
                "1 entry the witness saw written is gone (from 5)",
            ],
        ),
        (
            "DELETE FROM audit WHERE seq = 1",
            ["entry 1 was removed", "1 entry the witness saw written is gone (from 1)"],
        ),
    ],
)
def test_the_audit_chain_finds_an_edited_or_removed_entry(
    tmp_path: Path, store: StaffStore, statement: str, found: list[str]
) -> None:
    for n in range(5):
        store.audit.record("Ana", Action.CHECKINS_EXPORTED, f"{n + 1} check-ins")
    tamper(tmp_path / "staff.sqlite", statement)
    assert store.audit.verify() == found


def test_an_entry_rewritten_with_a_recomputed_hash_still_breaks_the_chain(
    tmp_path: Path, store: StaffStore
) -> None:
    from kiosk.core.staff.audit import entry_hash

    for n in range(3):
        store.audit.record("Ana", Action.CHECKINS_EXPORTED, f"{n + 1} check-ins")
    [second] = [e for e in store.audit.entries() if e.seq == 2]
    forged = entry_hash(2, second.at, "Ana", second.action, "999 check-ins", second.prev)
    tamper(
        tmp_path / "staff.sqlite",
        f"UPDATE audit SET detail = '999 check-ins', hash = '{forged}' WHERE seq = 2",
    )
    assert store.audit.verify() == [
        "entry 3 does not follow the entry before it",
        "1 entry differs from what the witness saw written (from 2): the log was replaced or "
        "started again",
    ]


WRONG = "111112"


def test_wrong_pins_for_one_account_never_make_another_wait(store: StaffStore) -> None:
    ana = store.add("Ana", PIN, by="x")
    ben = store.add("Ben", "902817", by="x")
    for _ in range(5):
        store.sign_in(ana, WRONG)
    assert store.locked_seconds(ana) == 30
    assert store.locked_seconds(ben) == 0
    assert store.sign_in(ben, "902817").outcome is Outcome.SIGNED_IN


def test_the_right_pin_works_after_the_pause_a_patient_caused(
    store: StaffStore, clock: Clock
) -> None:
    ana = store.add("Ana", PIN, by="x")
    for _ in range(8):  # a patient tapping at the PIN pad, every wait sat out
        clock.advance(store.locked_seconds(ana))
        store.sign_in(ana, WRONG)
    waited = store.locked_seconds(ana)
    assert 0 < waited <= 15 * 60
    assert store.sign_in(ana, PIN).outcome is Outcome.LOCKED  # not before the wait is over
    clock.advance(waited)
    assert store.sign_in(ana, PIN).outcome is Outcome.SIGNED_IN
    assert store.locked_seconds(ana) == 0
    assert store.sign_in(ana, WRONG).tries_left == 4, "a right PIN starts the count again"


def test_ten_wrong_pins_across_accounts_make_the_whole_kiosk_wait(store: StaffStore) -> None:
    members = [store.add(name, PIN, by="x") for name in ("Ana", "Ben", "Cy", "Dee", "Eve")]
    results = [store.sign_in(member, WRONG) for member in members for _ in range(2)]
    assert results[-1].outcome is Outcome.LOCKED
    assert results[-1].locked_seconds == 60
    newcomer = store.add("Flo", "902817", by="x")
    assert store.locked_seconds(newcomer) == 60
    assert store.locked_seconds() == 60


def test_someone_guessing_for_an_hour_gets_a_handful_of_tries(
    store: StaffStore, clock: Clock
) -> None:
    members = [store.add(name, PIN, by="x") for name in ("Ana", "Ben", "Cy", "Dee", "Eve")]
    for _ in range(24):  # a first hour of guessing warms the waits up
        target = min(members, key=store.locked_seconds)
        clock.advance(store.locked_seconds(target))
        store.sign_in(target, WRONG)
    tries, spent = 0, 0.0
    while spent < 3600:
        target = min(members, key=store.locked_seconds)  # the name that waits least
        wait = store.locked_seconds(target)
        clock.advance(wait)
        spent += wait
        if spent >= 3600:
            break
        assert store.sign_in(target, WRONG).outcome in (Outcome.LOCKED, Outcome.WRONG_PIN)
        tries += 1
    assert tries <= 7, f"{tries} guesses in an hour"


def test_a_switched_off_account_cannot_sign_in_and_is_not_offered(store: StaffStore) -> None:
    ana = store.add("Ana", PIN, by="x")
    store.set_disabled(ana, True, by="x")
    assert store.members() == []
    assert store.sign_in(ana, PIN).outcome is Outcome.WRONG_PIN
    store.set_disabled(ana, False, by="x")
    assert store.sign_in(ana, PIN).outcome is Outcome.SIGNED_IN


def test_a_removed_account_signs_in_no_more(store: StaffStore) -> None:
    ana = store.add("Ana", PIN, by="x")
    store.remove(ana, by="x")
    assert store.sign_in(ana, PIN).outcome is Outcome.WRONG_PIN
    assert store.members(disabled_too=True) == []


def test_the_witness_finds_a_log_cut_short_with_its_head_rewritten(
    tmp_path: Path, store: StaffStore
) -> None:
    for n in range(5):
        store.audit.record("Ana", Action.CHECKINS_EXPORTED, f"{n + 1} check-ins")
    tamper(tmp_path / "staff.sqlite", "DELETE FROM audit WHERE seq > 3")
    [third] = [e for e in store.audit.entries() if e.seq == 3]
    store.audit.head_file.write_text(f"3 {third.hash}\n", encoding="utf-8")  # the head forged too
    assert store.audit.verify() == ["2 entries the witness saw written are gone (from 4)"]


def test_the_witness_finds_a_log_deleted_and_started_again(tmp_path: Path, clock: Clock) -> None:
    store = open_staff_store(tmp_path / "staff.sqlite", clock)
    store.add("Ana", PIN, by="x")
    store.audit.record("Ana", Action.CHECKINS_DELETED, "3 check-ins")
    store.close()
    for leftover in tmp_path.glob("staff.*"):
        leftover.unlink()
    again = open_staff_store(tmp_path / "staff.sqlite", clock)
    again.add("Ana", PIN, by="x")
    problems = again.audit.verify()
    again.close()
    assert any("the witness saw written" in p for p in problems), problems


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("583920", "needs letters"),
        ("\u0410lice", "one alphabet"),  # a Cyrillic A, then Latin: looks like "Alice"
        ("Zoë Ā-Núñez", ""),
        ("Алиса", ""),
        ("अनन्या शर्मा", ""),
        ("田中みゆき", ""),  # kanji with hiragana: how Japanese is written
        ("山田タロウ", ""),
        ("Alice Петров", "one alphabet"),
    ],
)
def test_a_name_has_letters_of_one_alphabet(name: str, said: str) -> None:
    if said:
        with pytest.raises(AccountError, match=said):
            check_name(name)
    else:
        assert check_name(name) == name


def test_a_clinic_may_ask_for_longer_new_pins_and_old_ones_still_sign_in(tmp_path: Path) -> None:
    digits = [6]
    store = StaffStore(tmp_path / "staff.sqlite", pin_digits=lambda: digits[0])
    store.open()
    try:
        member = store.add("Ana Ruiz", "583920", by="terminal")
        digits[0] = 8
        with pytest.raises(AccountError, match="8 to 12 digits"):
            store.add("Ben Okafor", "902817", by="terminal")
        with pytest.raises(AccountError, match="8 to 12 digits"):
            store.reset_pin(member, "902817", by="terminal")
        store.add("Ben Okafor", "90281735", by="terminal")
        assert store.sign_in(member, "583920").outcome is Outcome.SIGNED_IN
    finally:
        store.close()
    loaded = parse_settings({"staff": {"pin_digits": 8}})
    assert (loaded.settings.pin_digits, loaded.problems) == (8, ())
    for wrong in (5, 13, "8", True):
        assert parse_settings({"staff": {"pin_digits": wrong}}).settings.pin_digits == 6
