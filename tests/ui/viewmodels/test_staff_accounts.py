"""The settings page's staff accounts, on their view model over a real staff store: a member
whose own account was switched off elsewhere changes nothing more, and a double tap makes one
change, not two."""

from __future__ import annotations

from kiosk.core.staff.accounts import StaffMember, StaffStore
from kiosk.core.staff.audit import TERMINAL
from kiosk.core.staff.session import StaffSession
from kiosk.ui.staff.staff_accounts import SETTLE_SECONDS, StaffAccounts


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def made(staff: StaffStore, member: StaffMember) -> tuple[StaffAccounts, StaffSession, Clock]:
    session = StaffSession(staff)
    clock = Clock()
    accounts = StaffAccounts(staff, session, monotonic=clock)
    session.sign_in(member)
    return accounts, session, clock


def names_on(staff: StaffStore) -> list[str]:
    return [m.name for m in staff.members()]


def test_a_member_switched_off_elsewhere_changes_nothing_more(
    staff: StaffStore, member: StaffMember
) -> None:
    staff.add("Ben Okafor", "902817", by=TERMINAL)
    accounts, _, _ = made(staff, member)
    staff.set_disabled(member, True, by=TERMINAL)  # at the terminal, while Ana is signed in
    ben = [row["name"] for row in accounts.rows()].index("Ben Okafor")
    accounts.switchOff(ben, True)
    accounts.remove(ben)
    accounts.startNewAccount()
    assert names_on(staff) == ["Ben Okafor"], "Ben keeps his account; the kiosk keeps someone"
    assert accounts.property("sheet") == ""
    assert "switched off or removed meanwhile" in accounts.property("notice")


def test_a_double_tap_on_switch_off_makes_one_change(
    staff: StaffStore, member: StaffMember
) -> None:
    staff.add("Ben Okafor", "902817", by=TERMINAL)
    accounts, _, clock = made(staff, member)
    ben = [row["name"] for row in accounts.rows()].index("Ben Okafor")
    accounts.switchOff(ben, True)
    clock.now += 0.15  # the second tap lands on the row's new "Switch on"
    accounts.switchOff(ben, False)
    assert names_on(staff) == ["Ana Ruiz"], "Ben stays switched off"
    clock.now += SETTLE_SECONDS
    accounts.switchOff(ben, False)
    assert names_on(staff) == ["Ana Ruiz", "Ben Okafor"]
