"""A child process that is a kiosk of a clinic: it saves check-ins, each with its outbox row,
while its outbox worker sends them to the server, until it is killed.

Usage: python clinic_writer.py DATA_FOLDER (one joined to a clinic). Prints "READY", then
"DONE <id>" once each save has committed on the kiosk.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from kiosk.core.checkin.answers import CheckIn, Reason, new_checkin_id
from kiosk.core.paths import DataDir
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.clinic_link import load_link
from kiosk.core.storage.clinic_push import ClinicPusher


def main() -> None:
    data = DataDir(Path(sys.argv[1]))
    link = load_link(data)
    assert link is not None
    store = SqliteCheckInStore(data.checkin_store, letter=link.letter, outbox=True)
    store.open()
    pusher = ClinicPusher(data.checkin_store, link, first_wait_s=0.05, longest_wait_s=0.2)
    pusher.start()
    print("READY", flush=True)
    while True:
        checkin_id = new_checkin_id()
        store.save(
            CheckIn(
                id=checkin_id,
                first_name="Test",
                last_name="Patient",
                birth_date=date(1980, 1, 2),
                reasons=(Reason.OTHER,),
                urgent=False,
            )
        )
        pusher.wake()
        print(f"DONE {checkin_id}", flush=True)
        time.sleep(0.005)  # a busy morning, not a flood: the worker keeps up and falls behind


if __name__ == "__main__":
    main()
