"""Test-wide set-up. Qt reads these variables once, so they are set before anything imports Qt."""

from __future__ import annotations

import os

from kiosk.ui import QUIET_QT_CATEGORIES

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_QUICK_BACKEND"] = "software"
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
# The kiosk's keyboard is drawn in its own scene. The front desk's window, its own program with
# no on-screen keyboard in a clinic, shares this process with kiosks here: no floating keyboard
# window may take its focus.
os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
os.environ.pop("QT_SCALE_FACTOR", None)
# As the kiosk sets them, before Qt reads them (kiosk.ui itself imports no Qt).
os.environ["QT_LOGGING_RULES"] = QUIET_QT_CATEGORIES

import functools
import itertools
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import settings

from kiosk.core.paths import WITNESS_VARIABLE, DataDir
from kiosk.core.staff import accounts, keyring
from kiosk.core.staff.accounts import StaffMember, StaffStore, open_staff_store
from kiosk.core.staff.audit import TERMINAL, Action
from kiosk.core.staff.keyring import Holder
from kiosk.core.staff.opening import open_session
from kiosk.tools.postgres import PostgresServer, postgres_server


@pytest.fixture(autouse=True)
def audit_witnesses_in_the_test_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit log's witness lives outside the data folder; in tests, never in the user's own
    state folder."""
    monkeypatch.setenv(WITNESS_VARIABLE, str(tmp_path_factory.getbasetemp() / "witnesses"))


KIOSK_TESTER = ("Kiosk Tester", "735194")
"""The account a kiosk in the tests has unless a test asks for one with none (a kiosk no one can
sign in to takes no check-ins)."""

_hash_pin = accounts.hash_pin
_new_holder = keyring.new_holder
_new_recovery_code = keyring.new_recovery_code
TEST_RECOVERY_CODE = "K7QMX-3RTHV-W9BCE-NP2GD-5AZYF"
"""The recovery code of every kiosk whose accounts the tests made with ``add_accounts``."""


@functools.cache
def _hash_once(pin: str) -> str:
    return _hash_pin(pin)


@functools.cache
def _holder_once(secret: str) -> Holder:
    return _new_holder(secret)


def add_accounts(data: DataDir, *people: tuple[str, str]) -> None:
    """Staff accounts, made as ``kiosk staff add`` makes them: the first one makes the clinic's
    key, which the kiosk seals check-ins with from its start. Each PIN is hashed and its key pair
    wrapped once a session, and the real argon2id results reused (each takes a fifth of a second,
    and a hundred kiosks in the tests each need an account)."""
    store = open_staff_store(data.staff_store)
    accounts.hash_pin = _hash_once
    keyring.new_holder = _holder_once
    keyring.new_recovery_code = lambda: TEST_RECOVERY_CODE
    try:
        for name, pin in people:
            member = store.add(name, pin, by=TERMINAL)
            if not store.keyring.has_clinic_key():
                made = open_session(store, None, member)
                store.audit.record(TERMINAL, Action.CLINIC_KEY_MADE, member.name)
                if made.keys is not None:
                    made.keys.forget()
    finally:
        accounts.hash_pin = _hash_pin
        keyring.new_holder = _new_holder
        keyring.new_recovery_code = _new_recovery_code
        store.close()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server for the session (initdb into a temporary folder, a Unix
    socket, no TCP port); each test that needs one takes a database of its own from it."""
    with postgres_server() as server:
        yield server


@pytest.fixture
def clinic_database(postgres: PostgresServer) -> Iterator[str]:
    """A new, empty database on the session's server; its name."""
    import psycopg

    name = f"clinic_{next(_databases)}"
    with psycopg.connect(postgres.url(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield name
    with psycopg.connect(postgres.url(), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


_databases = itertools.count(1)


settings.register_profile("kiosk", deadline=None, max_examples=150)
settings.load_profile("kiosk")


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    data = DataDir(tmp_path / "data")
    data.root.mkdir()
    return data


STAFF_CLOCK = datetime(2026, 12, 1, 9, 0)


@pytest.fixture
def staff(tmp_path: Path) -> Iterator[StaffStore]:
    """Staff accounts and the audit log in a file of their own, for tests of one service or
    view model (the whole kiosk's tests use the data folder's)."""
    store = open_staff_store(tmp_path / "staff-alone.sqlite", lambda: STAFF_CLOCK)
    yield store
    store.close()


@pytest.fixture
def member(staff: StaffStore) -> StaffMember:
    return staff.add("Ana Ruiz", "246810", by=TERMINAL)
