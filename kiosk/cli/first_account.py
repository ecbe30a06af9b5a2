"""The first staff account, asked for at the terminal that starts a new kiosk.

A kiosk no one can sign in to takes no check-ins (``kiosk.core.staff.setup_code``). Started from
a terminal, it asks there for the first account before it goes full screen; started by the
service manager, with no one to ask, its screen says it is being set up.
"""

from __future__ import annotations

import sys

from kiosk.cli.keys import make_key_for_first_account
from kiosk.cli.prompts import ask_new_pin
from kiosk.core.paths import DataDir
from kiosk.core.settings import load_settings
from kiosk.core.staff.accounts import AccountError, StaffStore, check_name
from kiosk.core.staff.audit import TERMINAL
from kiosk.core.storage.records import RecordsError

TRIES = 3

LATER = (
    "The kiosk starts without one: it shows the slides, and says it is being set up where"
    " patients would check in. Make the account later with `kiosk staff add NAME`, or print a"
    " code with `kiosk setup-code` and make it on the screen."
)


def ask_for_first_account(data: DataDir) -> None:
    """Ask for the first account when no one can sign in yet; return once there is one, or the
    person chose to go on without (an empty name, or the end of input)."""
    digits = load_settings(data.settings_file).settings.pin_digits
    staff = StaffStore(data.staff_store, pin_digits=lambda: digits)
    try:
        staff.open()
        if staff.members():
            return
        none_yet = not staff.members(disabled_too=True)
        print(
            "This kiosk has no staff account yet, so it takes no check-ins."
            if none_yet
            else "No staff account of this kiosk can sign in (each is switched off), so it takes"
            " no check-ins. Switch one on with `kiosk staff enable NAME`, or make one now."
        )
        print("Make the first one now: staff sign in with it to see check-ins and change slides.")
        name = _ask_name(staff)
        said = LATER if name is None else _ask_pin_and_make(data, staff, name)
        print(said)
    except RecordsError as exc:
        # The kiosk starts all the same, and its own checks say what is wrong with the file.
        print(f"The staff accounts could not be read: {exc}", file=sys.stderr)
    except EOFError:
        print()
        print(LATER)
    finally:
        staff.close()


def _ask_name(staff: StaffStore) -> str | None:
    """A name that can be used; ``None`` when the person goes on without an account."""
    for _ in range(TRIES):
        typed = input("Your name (or press Enter to go on without an account): ").strip()
        if not typed:
            return None
        try:
            name = check_name(typed)
            if not staff.has_account(name):
                return name
            print(f"There is already an account named {name}.", file=sys.stderr)
        except AccountError as exc:
            print(exc, file=sys.stderr)
    return None


def _ask_pin_and_make(data: DataDir, staff: StaffStore, name: str) -> str:
    """The PIN, asked again (never the name: a PIN typed there would show) until it can be used,
    then the account; what to say before the kiosk starts."""
    for _ in range(TRIES):
        pin = ask_new_pin("please choose the PIN again", staff.pin_digits())
        if pin is None:
            continue
        try:
            member = staff.add(name, pin, by=TERMINAL)
            make_key_for_first_account(data, staff, member)
        except AccountError as exc:
            print(f"{exc} No account was made.", file=sys.stderr)
            return LATER
        return f"The account {member.name} was made. Starting the kiosk."
    return LATER
