"""The hand-off to the practice's software: from a patient's Confirm until the receiver's ACK
is recorded, against a bare MLLP round trip of the same message to the same receiver in the
same run.

The receiver is hl7apy's own MLLP server (a thread here, one connection a message, answering
AA after parsing the message). Three figures, each a median over runs of the median and p99:

- bare: a plain socket sends the framed message and reads the ACK, nothing else;
- one pass: ``store.save`` (sealed), then the service's pass at once: take it into the ledger,
  open it with the machine's key, build and validate the ADT^A04, send, read the ACK, mark it
  sent;
- service: the same check-in, but the service runs its own loop on a thread, as
  ``kiosk handoff run`` does, noticing the new check-in by asking the store every 0.1 s
  whether anything changed; the check-ins come at random moments, as patients do.
"""

from __future__ import annotations

import random
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from hl7apy.mllp import AbstractHandler, MLLPServer
from hl7apy.parser import parse_message

from benchmarks.checkin_commit import bench_visit
from benchmarks.figures import figure, median, percentile, progress, ratio
from kiosk.core.handoff.config import Hl7Receiver
from kiosk.core.handoff.hl7_adt import Arrival, adt_a04
from kiosk.core.handoff.machine_key import enrol, open_machine_keys, read_machine_key
from kiosk.core.handoff.mllp import END, frame
from kiosk.core.handoff.service import POLL_S, CheckInSender, serve
from kiosk.core.handoff.ways import Hl7Way, Way
from kiosk.core.paths import DataDir
from kiosk.core.sealing import ClinicKeys
from kiosk.core.staff.accounts import StaffStore
from kiosk.core.staff.audit import TERMINAL
from kiosk.core.staff.keyring import staff_holder
from kiosk.core.staff.opening import check_pin, clinic_keys_of, open_session
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.handoff_ledger import Channel, HandoffLedger, HandoffState

PIN = "583920"


class _Accept(AbstractHandler):  # type: ignore[misc]
    def reply(self) -> str:
        incoming = parse_message(self.incoming_message)
        control_id = incoming.msh.msh_10.value
        ack = f"MSH|^~\\&|PM||||20261202||ACK^A04^ACK|A{control_id}|P|2.5.1\rMSA|AA|{control_id}\r"
        return frame(ack).decode()


def _bare_round_trip(port: int, message: bytes) -> None:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(message)
        reply = b""
        while END not in reply:
            chunk = conn.recv(4096)
            if not chunk:
                raise RuntimeError("the receiver closed without an ACK")
            reply += chunk


def measure(runs: int, each: int) -> None:
    progress(f"handoff: {runs} runs of {each} check-ins to an ACK, and bare round trips")
    server = MLLPServer("127.0.0.1", 0, {"ADT^A04^ADT_A01": (_Accept,)})
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = int(server.server_address[1])
    receiver = Hl7Receiver("127.0.0.1", port, ack_timeout_seconds=10)
    try:
        with tempfile.TemporaryDirectory(prefix="handoff-") as tmp:
            _measure(Path(tmp), receiver, runs, each)
    finally:
        server.shutdown()
        server.server_close()


def _measure(folder: Path, receiver: Hl7Receiver, runs: int, each: int) -> None:
    data = DataDir(folder)
    staff = StaffStore(data.staff_store)
    staff.open()
    member = staff.add("Bench", PIN, by=TERMINAL)
    store = SqliteCheckInStore(data.checkin_store, clinic_keys=clinic_keys_of(staff))
    store.open()
    check = check_pin(staff.pin_hash(member), staff.keyring.lock_of(staff_holder(member.id)), PIN)
    keys = open_session(staff, store, member, check).keys
    assert keys
    enrol(staff.keyring, keys, "bench", data.handoff_key_file)
    machine = read_machine_key(data.handoff_key_file)
    ledger = HandoffLedger(data.checkin_store)
    ledger.open()
    ledger.since(Channel.HL7)
    time.sleep(1.0)  # check-ins' times are to the second: the first comes after "since"

    opened = open_machine_keys(staff.keyring, machine)

    def machine_keys() -> ClinicKeys:
        return opened  # no rotation here: the keys opened once serve every thread

    parts: ServiceParts = (machine_keys, [Hl7Way(receiver)])
    handoff = CheckInSender(store, ledger, *parts)
    now = datetime.now()
    framed = frame(adt_a04(Arrival(bench_visit(), "A-1", now), receiver, "KBARE", now))
    bare: Figures = ([], [])
    one_pass: Figures = ([], [])
    service: Figures = ([], [])
    try:
        for _ in range(runs):
            _record(
                bare, [_timed(lambda: _bare_round_trip(receiver.port, framed)) for _ in range(each)]
            )
            _record(one_pass, [_timed(lambda: _save_and_pass(store, handoff)) for _ in range(each)])
            _record(service, _through_the_service(data, store, ledger, parts, each))
    finally:
        ledger.close()
        store.close()
        staff.close()
    for name, (medians, p99s) in (
        ("bare_mllp", bare),
        ("one_pass", one_pass),
        ("service", service),
    ):
        figure(f"handoff_{name}_median", median(medians), "ms", digits=2)
        figure(f"handoff_{name}_p99", median(p99s), "ms", digits=2)
    ratio("handoff_one_pass_ratio_to_bare", median(one_pass[0]), median(bare[0]))


ServiceParts = tuple[Callable[[], ClinicKeys], list[Way]]
Figures = tuple[list[float], list[float]]
"""Each run's median and p99."""


def _record(kept: Figures, times: list[float]) -> None:
    kept[0].append(median(times))
    kept[1].append(percentile(times, 0.99))


def _timed(step: Callable[[], object]) -> float:
    started = time.perf_counter_ns()
    step()
    return (time.perf_counter_ns() - started) / 1e6


def _save_and_pass(store: SqliteCheckInStore, handoff: CheckInSender) -> None:
    store.save(bench_visit())
    if handoff.run_pass().sent != 1:
        raise RuntimeError("the check-in was not acknowledged")


def _through_the_service(
    data: DataDir,
    store: SqliteCheckInStore,
    ledger: HandoffLedger,
    service: ServiceParts,
    each: int,
) -> list[float]:
    """Confirm until the ledger says sent, with the service on its own loop, thread and
    connections, as in its own process."""
    stop = threading.Event()
    errors: list[Exception] = []
    rng = random.Random(7)
    ready = threading.Event()

    def run() -> None:
        own_store = SqliteCheckInStore(data.checkin_store)
        own_ledger = HandoffLedger(data.checkin_store)
        own_store.open()
        own_ledger.open()
        try:
            sender = CheckInSender(own_store, own_ledger, *service)
            ready.set()
            serve(sender, own_store, stop, errors.append)
        finally:
            own_ledger.close()
            own_store.close()

    loop = threading.Thread(target=run)
    loop.start()
    if not ready.wait(30):
        raise RuntimeError("the service did not start")
    times = []
    try:
        for _ in range(each):
            time.sleep(rng.uniform(0, 2 * POLL_S))  # patients come when they come, not in step
            visit = bench_visit()
            started = time.perf_counter_ns()
            store.save(visit)
            while ledger.state(Channel.HL7, visit.id) is not HandoffState.SENT:
                if errors or not loop.is_alive():
                    raise RuntimeError(f"the service stopped: {errors[:1]}")
                time.sleep(0.001)
            times.append((time.perf_counter_ns() - started) / 1e6)
    finally:
        stop.set()
        loop.join(30)
    return times
