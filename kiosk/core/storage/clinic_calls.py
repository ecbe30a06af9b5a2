"""What the clinic's front desk tells a kiosk through the server: the patients called, and the
clinic's key to seal with.

A listener thread hears ``NOTIFY calls`` and ``NOTIFY clinic_keys``. Each of today's calls the
kiosk has not copied yet goes into its own store's ``calls`` log, once, by the server's number
for it; the banner already follows that log, so a call from the desk reaches the screen by the
same path as a call made on the kiosk, and a kiosk back from an outage catches up with the
day's calls (those older than the banner's 20 s are only listed). The clinic's public keys are
kept in ``clinic-keys.json`` in the data folder, so a kiosk started while the server is away
still seals with the clinic's key; ``on_keys`` is told when they change. And when the desk
deleted every check-in ("delete all now"), ``on_erasure`` is told the moment, at once or at the
next connection (the last one followed is noted in ``clinic-erased.json`` by whoever erased).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path

import psycopg

from kiosk.core.storage.atomic import write_atomic
from kiosk.core.storage.clinic_desk_schema import CALLS_CHANNEL, ERASURES_CHANNEL, KEYS_CHANNEL
from kiosk.core.storage.clinic_keys import MAX_KEYS_BYTES
from kiosk.core.storage.clinic_link import ClinicLink
from kiosk.core.storage.clinic_listen import (
    FIRST_WAIT_S,
    LONGEST_WAIT_S,
    ClinicListener,
    Connection,
    local_time,
)
from kiosk.core.storage.files import RefusedFileError, read_capped
from kiosk.core.storage.sqlite import connect

log = logging.getLogger(__name__)

NEW_CALLS = """SELECT seq, ticket, at, kind FROM calls WHERE seq > %s AND at >= %s
    ORDER BY seq LIMIT 500"""
KEYS = "SELECT key_id, public FROM clinic_keys ORDER BY made_at DESC, key_id"
LAST_ERASURE = "SELECT seq, at FROM erasures ORDER BY seq DESC LIMIT 1"


class ClinicCalls:
    def __init__(
        self,
        store: Path,
        keys_file: Path,
        link: ClinicLink,
        *,
        on_keys: Callable[[], None],
        erased_file: Path | None = None,
        on_erasure: Callable[[int, datetime], None] | None = None,
        clock: Callable[[], datetime] = datetime.now,
        first_wait_s: float = FIRST_WAIT_S,
        longest_wait_s: float = LONGEST_WAIT_S,
    ) -> None:
        """``on_keys`` is called on the listener's thread when the clinic's keys changed;
        ``on_erasure`` with the number and moment of a "delete all now" newer than the one
        ``erased_file`` notes (a kiosk that never noted one notes the newest and erases
        nothing: what the clinic deleted before it joined was never on it)."""
        self._store = store
        self._keys_file = keys_file
        self._on_keys = on_keys
        self._erased_file = erased_file
        self._on_erasure = on_erasure
        self._clock = clock
        self._local_failed = False
        self._old_server_said = False
        self._copied = 0
        """The server's number of the last call copied, so one erased here is not copied again."""
        self._listener = ClinicListener(
            link.conninfo,
            self._heard,
            channels=(CALLS_CHANNEL, KEYS_CHANNEL, ERASURES_CHANNEL),
            name="clinic-calls",
            first_wait_s=first_wait_s,
            longest_wait_s=longest_wait_s,
        )

    def start(self) -> None:
        self._listener.start()

    def stop(self) -> None:
        self._listener.stop()

    def _heard(self, db: Connection, ids: list[str] | None) -> None:
        try:
            self._take_keys(db)
            self._follow_erasures(db)
            self._copy_calls(db)
        except psycopg.errors.UndefinedTable:
            if not self._old_server_said:
                log.warning(
                    "The clinic's server has an older schema than this kiosk: calls from the"
                    " desk and the clinic's key wait until kiosk clinic init is run on it"
                )
            self._old_server_said = True
        except sqlite3.Error as exc:
            if not self._local_failed:
                log.error("Calls from the front desk cannot be kept here: %s", exc)
            self._local_failed = True
        else:
            self._local_failed = False
            self._old_server_said = False

    def _copy_calls(self, db: Connection) -> None:
        local = connect(self._store)
        try:
            kept = int(
                local.execute("SELECT COALESCE(MAX(clinic_seq), 0) FROM calls").fetchone()[0]
            )
            last = max(kept, self._copied)
            today = datetime.combine(self._clock().date(), time.min).astimezone()
            found = db.execute(NEW_CALLS, (last, today)).fetchall()
            if not found:
                return
            with local:
                local.execute("BEGIN IMMEDIATE")
                local.executemany(
                    """INSERT OR IGNORE INTO calls (checkin_id, ticket, at, kind, clinic_seq)
                    VALUES ('', ?, ?, ?, ?)""",
                    [
                        (str(ticket), local_time(at).isoformat(timespec="seconds"), str(kind), seq)
                        for seq, ticket, at, kind in found
                    ],
                )
            self._copied = max(int(str(row[0])) for row in found)
        finally:
            local.close()

    def _follow_erasures(self, db: Connection) -> None:
        if self._erased_file is None or self._on_erasure is None:
            return
        row = db.execute(LAST_ERASURE).fetchone()
        newest = (int(str(row[0])), local_time(row[1])) if row else (0, datetime.min)
        followed = followed_erasure(self._erased_file)
        if followed is None:
            note_erasure(self._erased_file, newest[0])
        elif newest[0] > followed:
            self._on_erasure(*newest)

    def _take_keys(self, db: Connection) -> None:
        keys = [
            {"key_id": str(key_id), "public": public.hex()}
            for key_id, public in db.execute(KEYS).fetchall()
            if isinstance(public, bytes) and len(public) == 32
        ]
        if not keys:
            return
        body = json.dumps({"keys": keys}, indent=1).encode("utf-8")
        try:
            if read_capped(self._keys_file, MAX_KEYS_BYTES) == body:
                return
        except (OSError, RefusedFileError):
            pass  # none yet, or not one to trust: written anew
        write_atomic(self._keys_file, body)
        log.info("The clinic's key to seal check-ins with is %s", keys[0]["key_id"])
        self._on_keys()


def followed_erasure(path: Path) -> int | None:
    """The number of the clinic's last "delete all now" this kiosk followed; None when none was
    noted (or the note cannot be read, which is said)."""
    try:
        return int(json.loads(read_capped(path, 1024).decode("utf-8"))["seq"])
    except FileNotFoundError:
        return None
    except (OSError, RefusedFileError, ValueError, KeyError, TypeError) as exc:
        log.error("%s cannot be read (%s); it is noted again", path.name, exc)
        return None


def note_erasure(path: Path, seq: int) -> None:
    write_atomic(path, json.dumps({"seq": seq}).encode("utf-8"))
