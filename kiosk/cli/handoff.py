"""``kiosk handoff``: hand each check-in to the practice's own software (HL7 v2 over MLLP, a
FHIR Bundle over https, or both).

``enrol`` gives this machine the clinic's keys (a staff member signs in); ``run`` is the service;
``status`` says what became of each check-in; ``retry`` sends the refused ones again; ``test``
sends a made-up patient marked as a test; ``service`` prints the systemd unit. docs/deploy.md
section 9 walks through them.
"""

from __future__ import annotations

import argparse
import logging
import re
import secrets
import signal
import socket
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from types import FrameType
from typing import Protocol

from kiosk.cli.keys import checkin_store, sign_in_at_terminal, staff_of
from kiosk.core.checkin.answers import CheckIn, Reason
from kiosk.core.handoff.config import (
    HandoffConfig,
    HandoffConfigError,
    SettingsWatch,
    load_handoff_config,
)
from kiosk.core.handoff.fhir_bundle import bundle_json, checkin_bundle
from kiosk.core.handoff.hl7_adt import Arrival, adt_a04
from kiosk.core.handoff.machine_key import (
    MachineKeyError,
    enrol,
    open_machine_keys,
    read_machine_key,
)
from kiosk.core.handoff.service import (
    CheckInSender,
    CheckInSource,
    OneSender,
    SenderLock,
    receivers,
    sending_alone,
    serve,
    ways_of,
)
from kiosk.core.handoff.tpm import TpmError
from kiosk.core.handoff.ways import BuildError, Hl7Way, NoAnswerError
from kiosk.core.paths import DataDir
from kiosk.core.sealing import ClinicKeys
from kiosk.core.staff.accounts import StaffStore
from kiosk.core.staff.audit import Action
from kiosk.core.staff.keyring import machine_holder
from kiosk.core.staff.opening import clinic_keys_of
from kiosk.core.storage.checkin_store import DEFAULT_LETTER, remembered_letter
from kiosk.core.storage.clinic_link import ClinicLinkError, DeskLink, load_desk_link
from kiosk.core.storage.handoff_ledger import (
    HANDOFF_SCHEMA,
    JOINED_COLUMNS,
    Handoff,
    HandoffLedger,
    HandoffRecords,
    HandoffState,
    handoff_of,
)
from kiosk.core.storage.records import RecordsError

log = logging.getLogger("kiosk.handoff")

TEST_PATIENT = CheckIn(
    id="00000000-0000-4000-8000-000000000000",
    first_name="Test",
    last_name="Patient",
    birth_date=date(2000, 1, 1),
    reasons=(Reason.OTHER,),
    urgent=False,
)
"""A made-up patient, sent with MSH-11 = T (a test message) and never stored."""


def machine_name(name: str | None) -> str:
    wanted = name or socket.gethostname()
    return re.sub(r"[^A-Za-z0-9-]+", "-", wanted).strip("-")[:40] or "this-machine"


def key_file_of(data: DataDir, config: HandoffConfig) -> Path:
    return config.key_file or data.handoff_key_file


def run_handoff_command(args: argparse.Namespace, data: DataDir) -> int:
    if args.handoff_command == "service":
        from kiosk.core.system.service_unit import handoff_service_unit

        print(handoff_service_unit(data_dir=args.data_dir), end="")
        return 0
    if args.handoff_command in ("status", "retry", "by-hand") and not data.root.is_dir():
        print(
            f"There is no data folder at {data.root}: is --data-dir the kiosk's or the desk's?",
            file=sys.stderr,
        )
        return 2
    if args.handoff_command == "status":
        return show_status(data)
    if args.handoff_command == "retry":
        return retry_refused(data)
    if args.handoff_command == "by-hand":
        return entered_by_hand(data, args.ticket, args.made)
    config = _config(data)
    if config is None:
        return 2
    if args.handoff_command == "test":
        return send_test(config)
    if args.handoff_command == "enrol":
        return enrol_machine(data, config, args.name, recovery=args.recovery_code, tpm=args.tpm)
    return run_service(data, config)


def _config(data: DataDir) -> HandoffConfig | None:
    try:
        config = load_handoff_config(data.handoff_file)
    except HandoffConfigError as exc:
        print(f"{exc} docs/settings.md says what it holds.", file=sys.stderr)
        return None
    if config.problems:
        print(f"{data.handoff_file.name} cannot be used yet:", file=sys.stderr)
        for problem in config.problems:
            print(f"  - {problem}", file=sys.stderr)
        return None
    return config


def enrol_machine(
    data: DataDir, config: HandoffConfig, name: str | None, *, recovery: bool, tpm: bool = False
) -> int:
    staff = staff_of(data)
    if staff is None:
        return 1
    try:
        staff.open()
        signed = sign_in_at_terminal(data, staff, recovery=recovery)
        if signed is None:
            return 1
        who, keys = signed
        holder = machine_holder(machine_name(name))
        key_file = key_file_of(data, config)
        try:
            given = enrol(staff.keyring, keys, machine_name(name), key_file, tpm=tpm)
        except TpmError as exc:
            print(
                f"The key could not be sealed to this machine's TPM: {exc}. Nothing was changed.",
                file=sys.stderr,
            )
            return 1
        finally:
            keys.forget()
        staff.audit.record(who, Action.HANDOFF_ENROLLED, holder)
    except (RecordsError, OSError) as exc:
        print(f"This machine could not be enrolled: {exc}. Nothing was changed.", file=sys.stderr)
        return 1
    finally:
        staff.close()
    print(f"This machine ({holder}) holds {given} of the clinic's keys, to hand check-ins on.")
    sealed = " and sealed to this machine's TPM" if tpm else ""
    print(f"Its key file: {key_file} (readable by you alone{sealed}).")
    if tpm:
        print(
            "Only this machine's TPM opens that file: a copy of it opens nothing elsewhere."
            " `kiosk handoff run` uses it."
        )
    else:
        print(
            "Whoever can read that file can open every check-in: keep it on this machine, out"
            " of backups that leave the clinic. `kiosk handoff run` uses it."
        )
    return 0


def run_service(data: DataDir, config: HandoffConfig) -> int:
    """The service, on this data folder's own check-ins, or (a desk linked to the clinic's
    server) on every kiosk's, with the ledger and the one-sender lock on the server."""
    try:
        machine = read_machine_key(key_file_of(data, config))
        link = load_desk_link(data)
    except (MachineKeyError, ClinicLinkError) as exc:
        print(exc, file=sys.stderr)
        return 2  # a file a person must put right: systemd does not start it again and again
    stop = threading.Event()

    def stop_on(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, stop_on)
    signal.signal(signal.SIGINT, stop_on)
    staff = staff_of(data)
    if staff is None:
        return 1
    try:
        staff.open()

        def keys() -> ClinicKeys:
            return open_machine_keys(staff.keyring, machine)

        with _the_store(data, staff, link) as (store, ledger, lock):
            sender = CheckInSender(store, ledger, keys, ways_of(config))
            watch = SettingsWatch(data.handoff_file)
            while not stop.is_set():
                with sending_alone(lock, stop) as alone:
                    if not alone:
                        break
                    sender.switch_on()
                    log.info("Handing check-ins on to %s", receivers(sender.ways))
                    serve(sender, store, stop, _say_error, lock.still_held, watch.changed)
    except MachineKeyError as exc:
        print(exc, file=sys.stderr)
        return 2
    except RecordsError as exc:
        print(f"The check-ins cannot be read: {exc}", file=sys.stderr)
        return 1
    finally:
        staff.close()
    log.info("The hand-off service stopped")
    return 0


@contextmanager
def _the_store(
    data: DataDir, staff: StaffStore, link: DeskLink | None
) -> Iterator[tuple[CheckInSource, HandoffRecords, OneSender]]:
    if link is None:
        ledger = HandoffLedger(data.checkin_store)
        with checkin_store(data, staff) as store:
            ledger.open()
            try:
                yield store, ledger, SenderLock(data.handoff_lock_file)
            finally:
                ledger.close()
        return
    from kiosk.core.storage.clinic_desk import ClinicDeskStore  # psycopg, for a clinic only
    from kiosk.core.storage.clinic_handoffs import ClinicHandoffLedger, ClinicSenderLock

    desk = ClinicDeskStore(link, clinic_keys=clinic_keys_of(staff))
    on_server = ClinicHandoffLedger(link)
    desk.open()
    try:
        on_server.open()
        yield desk, on_server, ClinicSenderLock(link)
    finally:
        on_server.close()
        desk.close()


def _say_error(exc: Exception) -> None:
    log.error("Check-ins cannot be handed on right now: %s; trying again shortly", exc)


def send_test(config: HandoffConfig) -> int:
    """A made-up patient by every way configured; 0 when every receiver took it."""
    now = datetime.now()
    arrival = Arrival(TEST_PATIENT, "TEST", now)
    failed = 0
    for way in ways_of(config):
        control_id = "T" + secrets.token_hex(10)[:19].upper()
        handoff = Handoff(
            TEST_PATIENT.id, way.channel, control_id, HandoffState.WAITING, 0, now, now, None, ""
        )
        name = way.receiver_name()
        try:
            if isinstance(way, Hl7Way):
                message = adt_a04(arrival, way.receiver, control_id, now, test=True)
            else:
                message = bundle_json(checkin_bundle(arrival, test=True))
            delivery = way.send(message, handoff)
        except BuildError as exc:
            print(f"The test message could not be made: {exc}", file=sys.stderr)
            failed += 1
            continue
        except NoAnswerError as exc:
            print(f"{name} did not take the test message: {exc}.", file=sys.stderr)
            failed += 1
            continue
        if delivery.delivered:
            print(f"{name} accepted the test message {control_id}.")
        else:
            print(f"{name} refused the test message ({delivery.words}).", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


STATE_WORDS = {
    HandoffState.SENT: "sent",
    HandoffState.WAITING: "waiting",
    HandoffState.REFUSED: "REFUSED",
    HandoffState.NOT_SENT: "NOT SENT",
    HandoffState.BY_HAND: "by hand",
}


def show_status(data: DataDir) -> int:
    """Each hand-off of today, and any older one not sent, with its ticket; read only (a status
    never migrates or moves aside the store under a running kiosk), and no keys needed. On a
    desk linked to the clinic's server, the clinic's."""
    untaken = 0  # not counted on the clinic's server yet
    try:
        link = load_desk_link(data)
        if link is not None:
            from kiosk.core.storage.clinic_handoffs import ClinicHandoffLedger

            on_server = ClinicHandoffLedger(link)
            try:
                rows = on_server.with_tickets()
            finally:
                on_server.close()
        elif not data.checkin_store.exists():
            print("There are no check-ins here yet.")
            return 0
        else:
            rows = read_handoffs(data.checkin_store)
            untaken = untaken_checkins(data.checkin_store, datetime.now() - UNTAKEN_AFTER)
    except (sqlite3.Error, RecordsError, ClinicLinkError) as exc:
        print(f"The hand-offs cannot be read: {exc}", file=sys.stderr)
        return 1
    if untaken:
        print(
            f"{untaken} check-in(s) made over a minute ago have not been taken by the hand-off"
            " service: is it running? (docs/deploy.md section 9)"
        )
    status = _show_handoffs(rows)
    return 1 if untaken else status


UNTAKEN_AFTER = timedelta(minutes=1)
"""A running service takes each check-in within a second; one older than this, not taken,
means none runs (or it cannot read the store)."""


def _show_handoffs(rows: list[tuple[Handoff, str | None]]) -> int:
    today = date.today()
    shown = [
        (row, ticket)
        for row, ticket in rows
        if row.first_at.date() == today or row.state is not HandoffState.SENT
    ]
    if not shown:
        print("No check-in has been handed on today.")
        return 0
    several = len({row.channel for row, _ in shown}) > 1
    for row, ticket in shown:
        tries = f"{row.attempts} {'try' if row.attempts == 1 else 'tries'}"
        when = row.first_at.strftime("%Y-%m-%d %H:%M")
        way = f"{row.channel.name:<5}" if several else ""
        words = f"  {row.words}" if row.words else ""
        print(
            f"{ticket or '(erased)':>8}  {when}  {way}{STATE_WORDS[row.state]:<9} {tries:<9}"
            f" {row.control_id}{words}"
        )
    counts = {s: sum(1 for r, _ in shown if r.state is s) for s in HandoffState}
    print(
        f"{counts[HandoffState.SENT]} sent, {counts[HandoffState.WAITING]} waiting,"
        f" {counts[HandoffState.REFUSED]} refused, {counts[HandoffState.NOT_SENT]} not sent"
        + (
            f", {counts[HandoffState.BY_HAND]} entered by hand."
            if counts[HandoffState.BY_HAND]
            else "."
        )
    )
    return 1 if counts[HandoffState.REFUSED] or counts[HandoffState.NOT_SENT] else 0


UNDELIVERED = (HandoffState.REFUSED, HandoffState.NOT_SENT)


class ChangedLedger(Protocol):
    """What ``retry`` and ``by-hand`` change: the kiosk's own ledger or the clinic server's."""

    def send_again(self, checkin_id: str) -> bool: ...

    def entered_by_hand(self, checkin_id: str) -> bool: ...

    def close(self) -> None: ...


@contextmanager
def _undelivered(
    data: DataDir, link: DeskLink | None
) -> Iterator[tuple[ChangedLedger, list[tuple[Handoff, str]]] | None]:
    """The ledger, open to be changed (the clinic's server's on a linked desk), and its refused
    or unsent hand-offs whose check-in is still kept, with their tickets; None where no
    check-in has been made yet."""
    if link is not None:
        from kiosk.core.storage.clinic_handoffs import ClinicHandoffLedger

        on_server = ClinicHandoffLedger(link)
        ledger: ChangedLedger = on_server
        read = on_server.with_tickets
    elif not data.checkin_store.exists():
        yield None
        return
    else:
        ledger = HandoffLedger(data.checkin_store)
        ledger.open()
        read = partial(read_handoffs, data.checkin_store)
    try:
        rows = read()
        yield (
            ledger,
            [(r, ticket) for r, ticket in rows if ticket is not None and r.state in UNDELIVERED],
        )
    finally:
        ledger.close()


def retry_refused(data: DataDir) -> int:
    """Every refused or unsent hand-off whose check-in is still kept, waiting to be sent again
    by the running service (the same message, the same control id)."""
    try:
        link = load_desk_link(data)
        with _undelivered(data, link) as found:
            if found is None:
                print("There are no check-ins here yet.")
                return 0
            ledger, rows = found
            done = sum(
                ledger.send_again(checkin_id)
                for checkin_id in sorted({r.checkin_id for r, _ in rows})
            )
    except (sqlite3.Error, RecordsError, ClinicLinkError) as exc:
        print(f"The hand-offs cannot be changed: {exc}", file=sys.stderr)
        return 1
    if link is None and not _service_running(data):
        print(
            f"{done} check-in(s) will be sent again once the hand-off service runs: none is"
            " running for this data folder now (start it: docs/deploy.md section 9)."
        )
        return 0
    print(f"{done} check-in(s) will be sent again by the running service.")
    return 0


def entered_by_hand(data: DataDir, ticket: str, made: date | None) -> int:
    """Staff entered a refused or unsent check-in into the practice's software themselves: it
    is done, and no longer keeps ``status`` at 1."""
    wanted = ticket.strip().upper()
    try:
        with _undelivered(data, load_desk_link(data)) as found:
            if found is None:
                print("There are no check-ins here yet.")
                return 0
            ledger, rows = found
            undone = {
                row.checkin_id: row.first_at.date()
                for row, shown in rows
                if shown.upper() == wanted and (made is None or row.first_at.date() == made)
            }
            if len(undone) == 1:
                ledger.entered_by_hand(next(iter(undone)))
    except (sqlite3.Error, RecordsError, ClinicLinkError) as exc:
        print(f"The hand-offs cannot be changed: {exc}", file=sys.stderr)
        return 1
    if not undone:
        print(
            f"No check-in {wanted} is refused or not sent{f' on {made}' if made else ''}:"
            " scripts/handoff status lists those that are. Nothing was changed.",
            file=sys.stderr,
        )
        return 1
    if len(undone) > 1:
        days = ", ".join(sorted(str(day) for day in set(undone.values())))
        print(
            f"{len(undone)} check-ins {wanted} are refused or not sent (made {days}): say which"
            " with --made YYYY-MM-DD. Nothing was changed.",
            file=sys.stderr,
        )
        return 1
    print(f"Check-in {wanted} is noted as entered by hand: it will not be sent again.")
    return 0


def _service_running(data: DataDir) -> bool:
    """Whether a service holds this folder's sender lock (taken and let go again at once when
    none does: a service starting meanwhile waits a few seconds, then sends)."""
    lock = SenderLock(data.handoff_lock_file)
    if not lock.try_take():
        return True
    lock.release()
    return False


@contextmanager
def _ledger_read(path: Path) -> Iterator[sqlite3.Connection | None]:
    """The check-in store opened read only (never migrated or moved aside under a running
    kiosk), or None while it is older than the ledger."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        old = int(db.execute("PRAGMA user_version").fetchone()[0]) < HANDOFF_SCHEMA
        yield None if old else db


def untaken_checkins(path: Path, made_before: datetime) -> int:
    """How many kept check-ins made since a way was switched on, and before ``made_before``,
    that way's service has not taken into the ledger."""
    with _ledger_read(path) as db:
        if db is None:
            return 0
        found = db.execute(
            """SELECT count(*) FROM handoff_start s JOIN checkins c
                ON c.created_at >= s.since AND c.created_at < ? AND c.erased = 0
            WHERE NOT EXISTS (SELECT 1 FROM handoffs h
                WHERE h.checkin_id = c.id AND h.channel = s.channel)""",
            (made_before.isoformat(timespec="seconds"),),
        ).fetchone()
    return int(found[0])


def read_handoffs(path: Path) -> list[tuple[Handoff, str | None]]:
    """Every hand-off, with its check-in's ticket while its personal data is kept."""
    prefix = f"{remembered_letter(path) or DEFAULT_LETTER}-"
    with _ledger_read(path) as db:
        if db is None:
            return []
        found = db.execute(
            f"""SELECT {JOINED_COLUMNS},
                CASE WHEN c.erased = 0 THEN c.number END
            FROM handoffs h LEFT JOIN checkins c ON c.id = h.checkin_id
            ORDER BY h.first_at, h.rowid"""
        ).fetchall()
    return [
        (handoff_of(row[:-1]), None if row[-1] is None else f"{prefix}{row[-1]}") for row in found
    ]
