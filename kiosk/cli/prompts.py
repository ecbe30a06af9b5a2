"""Questions asked at a terminal: a PIN, typed hidden when a person is there to type it."""

from __future__ import annotations

import getpass
import sys

from kiosk.core.staff.accounts import PIN_MAX_DIGITS, PIN_MIN_DIGITS, AccountError, check_new_pin


def read_pin(prompt: str) -> str:
    """Hidden typing at a terminal; one line of standard input otherwise (scripts, tests)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    print(prompt, end="", flush=True)
    return sys.stdin.readline().strip()


def ask_new_pin(
    nothing_done: str = "nothing was changed", fewest: int = PIN_MIN_DIGITS
) -> str | None:
    """A new PIN typed twice; ``None`` (with the reason said) when it cannot be used."""
    try:
        pin = check_new_pin(read_pin(f"PIN ({fewest} to {PIN_MAX_DIGITS} digits): "), fewest)
    except AccountError as exc:
        print(f"{exc} {nothing_done[:1].upper()}{nothing_done[1:]}.", file=sys.stderr)
        return None
    if read_pin("The same PIN again: ") != pin:
        print(f"The two PINs differ; {nothing_done}.", file=sys.stderr)
        return None
    return pin
