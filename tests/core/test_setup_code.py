"""The one-time set-up code for the first staff account: printed once, good once, for 30 minutes,
and for five wrong tries at most."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.staff.accounts import AccountError, StaffStore
from kiosk.core.staff.audit import SCREEN, TERMINAL, Action
from kiosk.core.staff.setup_code import CODE_LIFETIME, WRONG_TRIES_ALLOWED, CodeCheck


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> StaffStore:
    store = StaffStore(tmp_path / "staff.sqlite", clock)
    store.open()
    return store


def other_than(code: str) -> str:
    return f"{(int(code) + 1) % 10**8:08d}"


def test_a_code_works_once_and_only_its_hash_is_kept(tmp_path: Path, store: StaffStore) -> None:
    made = store.new_setup_code()
    assert len(made.code) == 8
    assert made.code.isdigit()
    assert made.shown == f"{made.code[:4]} {made.code[4:]}"
    assert made.code.encode() not in (tmp_path / "staff.sqlite").read_bytes()
    with sqlite3.connect(tmp_path / "staff.sqlite") as db:
        assert made.code not in str(db.execute("SELECT * FROM setup_code").fetchall())
    assert store.setup_code_waiting()
    assert store.use_setup_code(made.code) is CodeCheck.ACCEPTED
    assert not store.setup_code_waiting()
    assert store.use_setup_code(made.code) is CodeCheck.VOID, "a used code never works again"
    actions = [(e.staff, e.action) for e in store.audit.entries(newest_first=False)]
    assert actions == [
        (TERMINAL, Action.SETUP_CODE_MADE),
        (SCREEN, Action.SETUP_CODE_USED),
        (SCREEN, Action.SETUP_CODE_REFUSED),
    ]


def test_a_code_expires_after_its_lifetime(store: StaffStore, clock: Clock) -> None:
    made = store.new_setup_code()
    clock.now += CODE_LIFETIME - timedelta(seconds=1)
    assert store.setup_code_waiting()
    clock.now += timedelta(seconds=1)
    assert not store.setup_code_waiting()
    assert store.use_setup_code(made.code) is CodeCheck.VOID


def test_wrong_tries_void_the_code_at_the_limit(store: StaffStore) -> None:
    made = store.new_setup_code()
    for _ in range(WRONG_TRIES_ALLOWED - 1):
        assert store.use_setup_code(other_than(made.code)) is CodeCheck.WRONG
    assert store.use_setup_code(other_than(made.code)) is CodeCheck.VOID
    assert store.use_setup_code(made.code) is CodeCheck.VOID, "void even for the right code"


def test_a_new_code_replaces_the_one_before(store: StaffStore) -> None:
    first = store.new_setup_code()
    second = store.new_setup_code()
    if first.code != second.code:  # one chance in 10^8 that they are the same
        assert store.use_setup_code(first.code) is CodeCheck.WRONG
    assert store.use_setup_code(second.code) is CodeCheck.ACCEPTED


def test_no_code_once_an_account_can_sign_in(store: StaffStore) -> None:
    made = store.new_setup_code()
    member = store.add("Ana Ruiz", "482916", by=TERMINAL)
    assert store.use_setup_code(made.code) is CodeCheck.VOID, "not even one printed before"
    with pytest.raises(AccountError, match="already has a staff account"):
        store.new_setup_code()
    store.set_disabled(member, True, by=TERMINAL)
    # With every account switched off, no one can sign in: a code may be printed again.
    assert store.use_setup_code(store.new_setup_code().code) is CodeCheck.ACCEPTED
