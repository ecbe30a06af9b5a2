"""The audit page's view model names every action the kiosk can write."""

from __future__ import annotations

from kiosk.core.staff.accounts import StaffStore
from kiosk.core.staff.audit import TERMINAL, Action
from kiosk.ui.staff.audit_list import ACTION_LABELS, AuditList


def test_every_action_has_a_label_for_the_audit_page() -> None:
    assert set(ACTION_LABELS) == set(Action)


def test_an_entry_of_every_action_is_shown_by_its_label(staff: StaffStore) -> None:
    for action in Action:
        staff.audit.record(TERMINAL, action, "detail")
    shown = AuditList(staff)
    shown.refresh()
    assert [row["action"] for row in reversed(shown.rows())] == [ACTION_LABELS[a] for a in Action]
