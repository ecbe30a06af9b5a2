"""The staff session: the one owner of who is signed in, and the audit every action goes through."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.staff.accounts import StaffMember, StaffStore, open_staff_store
from kiosk.core.staff.audit import SYSTEM, Action
from kiosk.core.staff.session import StaffSession, record_by_kiosk

NOW = datetime(2026, 12, 1, 9, 0)


def last_entry(staff: StaffStore) -> tuple[str, str, str]:
    entry = staff.audit.entries(limit=1)[0]
    return entry.staff, entry.action, entry.detail


def test_listeners_hear_each_sign_in_and_sign_out_once(
    staff: StaffStore, member: StaffMember
) -> None:
    session = StaffSession(staff)
    heard: list[str] = []
    session.subscribe(lambda: heard.append(session.name))
    session.sign_out()  # nobody was signed in: nothing to say
    session.sign_in(member)
    session.sign_out()
    assert heard == ["Ana Ruiz", ""]
    assert not session.signed_in
    assert session.member is None


def test_an_action_is_audited_as_the_signed_in_member(
    staff: StaffStore, member: StaffMember
) -> None:
    session = StaffSession(staff)
    assert not session.audit(Action.DECK_CHANGED, "slide 'heel' edited")
    assert last_entry(staff)[1] == Action.ACCOUNT_CREATED  # nothing written while signed out
    session.sign_in(member)
    assert session.audit(Action.DECK_CHANGED, "slide 'heel' edited")
    assert last_entry(staff) == ("Ana Ruiz", Action.DECK_CHANGED, "slide 'heel' edited")


def test_what_the_kiosk_does_by_itself_is_audited_as_the_kiosk(staff: StaffStore) -> None:
    assert record_by_kiosk(staff, Action.CHECKINS_ERASED, "3 check-ins")
    assert last_entry(staff) == (SYSTEM, Action.CHECKINS_ERASED, "3 check-ins")


@pytest.mark.parametrize("fault", ["closed", "read-only"])
def test_an_audit_log_that_cannot_be_written_is_logged_never_raised(
    staff: StaffStore, member: StaffMember, fault: str, caplog: pytest.LogCaptureFixture
) -> None:
    session = StaffSession(staff)
    session.sign_in(member)
    if fault == "closed":
        staff.close()
    else:
        staff._conn.execute("PRAGMA query_only = ON")
    with caplog.at_level(logging.ERROR):
        assert not session.audit(Action.SIGNED_OUT)
    assert "The audit log could not be written" in caplog.text


def test_a_stray_temporary_file_of_the_audit_head_is_swept_at_open(tmp_path: Path) -> None:
    path = tmp_path / "staff.sqlite"
    open_staff_store(path).close()
    stray = tmp_path / ".tmp-staff.audit-head.0bad"
    stray.write_text("1 deadbeef", encoding="utf-8")
    someone_elses = tmp_path / ".tmp-settings.toml.0bad"
    someone_elses.write_text("", encoding="utf-8")
    open_staff_store(path).close()
    assert not stray.exists()
    assert someone_elses.exists()
