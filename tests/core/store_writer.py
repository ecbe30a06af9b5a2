"""A child process that saves check-ins until it is killed; it says each id before and after.

Usage: python store_writer.py STORE_FILE. Prints "READY", then for each check-in "BEGIN <id>"
before the save and "DONE <id> <ticket>" once the save has committed.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from kiosk.core.checkin.answers import CheckIn, Reason, new_checkin_id
from kiosk.core.storage.checkin_store import open_store


def main() -> None:
    store = open_store(Path(sys.argv[1]))
    print("READY", flush=True)
    while True:
        checkin_id = new_checkin_id()
        print(f"BEGIN {checkin_id}", flush=True)
        ticket = store.save(
            CheckIn(
                id=checkin_id,
                first_name="Test",
                last_name="Patient",
                birth_date=date(1980, 1, 2),
                reasons=(Reason.OTHER,),
                urgent=False,
            )
        )
        print(f"DONE {checkin_id} {ticket.code}", flush=True)


if __name__ == "__main__":
    main()
