"""``kiosk handoff`` as the clinic's IT runs it: enrolled at the terminal, the service in a
process of its own against a real MLLP receiver, killed with SIGKILL mid-send, a second one
started by mistake, and the status and test commands."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

import pytest

from kiosk.core.handoff.service import CheckInSender
from kiosk.core.handoff.ways import Hl7Way
from kiosk.core.storage.handoff_ledger import (
    Channel,
    HandoffLedger,
    HandoffState,
    LedgerError,
    control_id_of,
)
from kiosk.core.storage.records import Failure, StoredCheckIn
from tests.core.handoff_setup import (
    HandoffFolder,
    handoff_folder,
    handoff_toml,
    patient,
    receiver,
)
from tests.core.hl7_peer import Behaviour, Hl7Peer
from tests.core.test_cli import kiosk, kiosk_typing

SIGKILL_ROUNDS = 200
SERVING = "Handing check-ins on to"


@pytest.fixture
def folder(tmp_path: Path, peer: Hl7Peer) -> Iterator[HandoffFolder]:
    made = handoff_folder(tmp_path / "data")
    made.data.handoff_file.write_text(handoff_toml(peer.port), encoding="utf-8")
    yield made
    made.close()


def start_service(folder: HandoffFolder) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--data-dir", str(folder.data.root), "handoff", "run"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )


def started(folder: HandoffFolder) -> subprocess.Popen[str]:
    """A service that is sending."""
    service = start_service(folder)
    wait_for_line(service, SERVING)
    return service


def wait_for_line(service: subprocess.Popen[str], words: str) -> list[str]:
    """The service's log up to the first line holding ``words``."""
    assert service.stderr is not None
    lines: list[str] = []
    while True:
        line = service.stderr.readline()
        assert line, f"the service ended first: {lines}"
        lines.append(line)
        if words in line:
            return lines


def stop(service: subprocess.Popen[str]) -> str:
    """SIGTERM, as systemd stops it: it ends cleanly; the rest of its log."""
    service.send_signal(signal.SIGTERM)
    assert service.stderr is not None
    rest = service.stderr.read()
    service.stderr.close()
    assert service.wait(30) == 0, rest
    return rest


def wait_until(done: object, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(done) and done():
            return
        time.sleep(0.05)
    raise AssertionError("not in time")


def test_sigkill_mid_send_loses_no_check_in_and_sends_none_twice_on_purpose(
    folder: HandoffFolder, peer: Hl7Peer
) -> None:
    rng = random.Random(23)
    peer.delay_s = 0.01
    # switched on before the first check-in: only the ones made from then on are handed on
    stop(started(folder))
    ids: list[str] = []
    for _ in range(SIGKILL_ROUNDS):
        for _ in range(2):
            visit = patient()
            folder.store.save(visit)
            ids.append(visit.id)
        service = started(folder)
        time.sleep(rng.uniform(0, 0.12))
        service.kill()
        service.wait(10)
        assert service.stderr is not None
        service.stderr.close()
    service = started(folder)
    expected = {control_id_of(Channel.HL7, i) for i in ids}
    wait_until(lambda: set(peer.control_ids()) >= expected, timeout=60)
    stop(service)
    received = peer.control_ids()
    assert set(received) == expected  # every check-in, and nothing else
    repeats = len(received) - len(set(received))
    # a repeat only where a kill fell between the receiver's AA and the ledger's commit
    assert repeats < SIGKILL_ROUNDS
    status = kiosk("handoff", "status", "--data-dir", str(folder.data.root))
    assert f"{len(ids)} sent, 0 waiting, 0 refused, 0 not sent." in status.stdout
    print(f"{SIGKILL_ROUNDS} kills, {len(ids)} check-ins, {repeats} sent again after a lost AA")


def test_settings_changed_while_it_runs_take_effect_and_a_broken_change_is_said(
    folder: HandoffFolder, peer: Hl7Peer
) -> None:
    corrected = Hl7Peer()  # the receiver the clinic's IT meant
    corrected.start()
    try:
        service = started(folder)
        folder.data.handoff_file.write_text(handoff_toml(corrected.port), encoding="utf-8")
        wait_for_line(service, "The settings changed: handing check-ins on to")
        folder.store.save(patient())
        wait_until(lambda: len(corrected.received) == 1)
        folder.data.handoff_file.write_text('[handoff]\nhl7_port = "x"\n', encoding="utf-8")
        [said] = [line for line in wait_for_line(service, "cannot be used") if "cannot" in line]
        assert "the service goes on with the settings it had" in said
        folder.store.save(patient())
        wait_until(lambda: len(corrected.received) == 2)
        stop(service)
        assert peer.received == []
    finally:
        corrected.close()


def test_status_says_when_check_ins_wait_for_a_service_that_is_not_running(
    folder: HandoffFolder, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.cli import handoff as handoff_cli

    stop(started(folder))  # switched on, then the service ended (or crashed)
    folder.store.save(patient())
    folder.store.save(patient())
    assert handoff_cli.show_status(folder.data) == 0, "a minute for a running service to take it"
    monkeypatch.setattr(handoff_cli, "UNTAKEN_AFTER", -timedelta(minutes=2))  # minutes later
    assert handoff_cli.show_status(folder.data) == 1
    said = capsys.readouterr().out
    assert (
        "2 check-in(s) made over a minute ago have not been taken by the hand-off service" in said
    )


def test_a_second_service_started_by_mistake_waits_and_takes_over_when_the_first_ends(
    folder: HandoffFolder, peer: Hl7Peer
) -> None:
    first = started(folder)
    second = start_service(folder)
    wait_for_line(second, "Another hand-off service is already sending")
    visits = [patient(f"P{n}") for n in range(6)]
    for visit in visits:
        folder.store.save(visit)
    wait_until(lambda: len(peer.received) >= 6)
    first.kill()
    first.wait(10)
    assert first.stderr is not None
    first.stderr.close()
    wait_for_line(second, SERVING)  # within the lock's retry, about 5 s
    folder.store.save(patient("Late"))
    # Killed between the receiver's answer and its note of it, the first leaves its last
    # message to be sent again, under the same control id (the receiver knows it for one).
    wait_until(lambda: len(set(peer.control_ids())) >= 7)
    stop(second)
    assert len(set(peer.control_ids())) == 7


def test_at_the_terminal_enrol_test_run_and_status(tmp_path: Path, peer: Hl7Peer) -> None:
    data = str(tmp_path)
    assert (
        kiosk_typing("482916\n482916\n", "staff", "add", "Ana Ruiz", "--data-dir", data).returncode
        == 0
    )
    missing = kiosk("handoff", "test", "--data-dir", data)
    assert (missing.returncode, "There is no handoff.toml" in missing.stderr) == (2, True)
    (tmp_path / "handoff.toml").write_text(
        handoff_toml(peer.port, extra='reasons_in = "nte"\n'), encoding="utf-8"
    )
    wrong = kiosk("handoff", "run", "--data-dir", data)
    assert wrong.returncode == 2
    assert 'reasons_in must be "obx" or "pv2"' in wrong.stderr
    (tmp_path / "handoff.toml").write_text(handoff_toml(peer.port), encoding="utf-8")
    not_enrolled = kiosk("handoff", "run", "--data-dir", data)
    # 2: what a person must put right, which systemd does not start again every 3 s
    assert (not_enrolled.returncode, "kiosk handoff enrol" in not_enrolled.stderr) == (2, True)
    wrong_pin = kiosk_typing("Ana Ruiz\n111111\n", "handoff", "enrol", "--data-dir", data)
    assert (wrong_pin.returncode, (tmp_path / "handoff.key").exists()) == (1, False)
    nobody = kiosk_typing("Ann Ruiz\n111111\n", "handoff", "enrol", "--data-dir", data)
    assert nobody.returncode == 1
    assert nobody.stderr == wrong_pin.stderr  # which names have accounts is not told
    nothing_typed = kiosk_typing("", "handoff", "enrol", "--data-dir", data)
    assert nothing_typed.returncode == 1
    assert nothing_typed.stderr.strip() == "No staff name was given. Nothing was done."
    enrolled = kiosk_typing(
        "Ana Ruiz\n482916\n", "handoff", "enrol", "--name", "desk pc", "--data-dir", data
    )
    assert enrolled.returncode == 0, enrolled.stderr
    assert "machine:desk-pc" in enrolled.stdout
    tested = kiosk("handoff", "test", "--data-dir", data)
    assert tested.returncode == 0, tested.stderr
    assert "accepted the test message" in tested.stdout
    (test_message,) = peer.received
    assert str(test_message.message.segment("MSH")[11]) == "T"
    peer.behaviour = "AR"
    peer.words = "Unknown facility"
    refused = kiosk("handoff", "test", "--data-dir", data)
    assert refused.returncode == 1
    assert "refused the test message (AR: Unknown facility)" in refused.stderr
    peer.behaviour = "AA"
    shown = kiosk("audit", "show", "--data-dir", data).stdout
    assert "Ana Ruiz\tmachine enrolled to hand check-ins on\tmachine:desk-pc" in shown


@contextmanager
def refused_twice(
    folder: HandoffFolder, peer: Hl7Peer, code: Behaviour, words: str
) -> Iterator[tuple[HandoffLedger, CheckInSender]]:
    """Ann's and Bo's check-ins (A-1, A-2), both refused by the receiver with ``words``."""
    ledger = HandoffLedger(folder.data.checkin_store)
    ledger.open()
    try:
        ledger.since(Channel.HL7)
        sender = CheckInSender(
            folder.store, ledger, folder.machine_keys, [Hl7Way(receiver(peer.port))]
        )
        peer.behaviour, peer.words = code, words
        for name in ("Ann", "Bo"):
            folder.store.save(patient(name))
        assert sender.run_pass().refused == 2
        yield ledger, sender
    finally:
        ledger.close()


def test_retry_sends_again_what_was_refused_once_the_cause_is_put_right(
    folder: HandoffFolder, peer: Hl7Peer
) -> None:
    with refused_twice(folder, peer, "AR", "Unknown sending facility") as (ledger, sender):
        root = str(folder.data.root)
        status = kiosk("handoff", "status", "--data-dir", root)
        assert status.returncode == 1  # a monitoring check sees it
        assert status.stdout.count("REFUSED") == 2
        assert "AR: Unknown sending facility" in status.stdout
        retried = kiosk("handoff", "retry", "--data-dir", root)
        assert "2 check-in(s) will be sent again" in retried.stdout, retried.stderr
        assert "none is running for this data folder now" in retried.stdout
        assert {h.state for h in ledger.handoffs(Channel.HL7)} == {HandoffState.WAITING}
        peer.behaviour = "AA"
        assert sender.run_pass().sent == 2
        assert kiosk("handoff", "status", "--data-dir", root).returncode == 0


def test_a_check_in_entered_by_hand_is_done_and_no_longer_keeps_status_red(
    folder: HandoffFolder, peer: Hl7Peer
) -> None:
    with refused_twice(folder, peer, "AE", "Ann Zephyr is registered already") as (ledger, sender):
        root = str(folder.data.root)
        unknown = kiosk("handoff", "by-hand", "A-9", "--data-dir", root)
        assert unknown.returncode == 1
        assert "No check-in A-9 is refused or not sent" in unknown.stderr
        taken = kiosk("handoff", "by-hand", "a-1", "--data-dir", root)  # as staff type it
        assert taken.returncode == 0, taken.stderr
        assert "A-1 is noted as entered by hand" in taken.stdout
        ann, bo = ledger.handoffs(Channel.HL7)
        assert (ann.state, ann.words) == (HandoffState.BY_HAND, "")  # the words quoted her
        assert bo.state is HandoffState.REFUSED
        again = kiosk("handoff", "by-hand", "A-1", "--data-dir", root)
        assert again.returncode == 1, "done already: nothing to change"
        status = kiosk("handoff", "status", "--data-dir", root)
        assert status.returncode == 1  # Bo is still refused
        assert "by hand" in status.stdout
        assert "1 refused, 0 not sent, 1 entered by hand." in status.stdout
        assert kiosk("handoff", "by-hand", "A-2", "--data-dir", root).returncode == 0
        assert kiosk("handoff", "status", "--data-dir", root).returncode == 0
        retried = kiosk("handoff", "retry", "--data-dir", root)
        assert "0 check-in(s) will be sent again" in retried.stdout
        peer.behaviour = "AA"
        assert sender.run_pass().sent == 0  # entered by hand: never sent as well
        (queued, _) = folder.store.queue(date.today())
        assert (queued.handoff, queued.handoff_words) == ("by-hand", "")


class CountedStop(threading.Event):
    """A stop whose waits are noted and return at once; set after ``waits`` of them."""

    def __init__(self, waits: int) -> None:
        super().__init__()
        self.waited: list[float] = []
        self._left = waits

    def wait(self, timeout: float | None = None) -> bool:
        self.waited.append(float(timeout or 0))
        self._left -= 1
        if self._left <= 0:
            self.set()
        return self.is_set()


class FullDisk:
    """A store whose every read fails as a full disk's writes do."""

    def change_count(self) -> int:
        raise LedgerError(Failure.DISK_FULL, "SQLITE_FULL")

    def checkins(self, since: object = None, until: object = None) -> list[StoredCheckIn]:
        return []


def test_a_store_that_keeps_failing_is_asked_again_less_and_less_often() -> None:
    from kiosk.core.handoff.service import ERROR_WAITS_S, serve

    stop = CountedStop(waits=6)
    said: list[Exception] = []
    sender = cast(Any, object())  # never reached: every pass fails at the store first
    serve(sender, FullDisk(), stop, said.append)
    assert stop.waited == [*ERROR_WAITS_S, ERROR_WAITS_S[-1], ERROR_WAITS_S[-1]]
    assert len(said) == 6


def test_a_mistyped_data_folder_is_said_not_reported_as_all_clear(tmp_path: Path) -> None:
    for command in ("status", "retry"):
        said = kiosk("handoff", command, "--data-dir", str(tmp_path / "nope"))
        assert said.returncode == 2
        assert "There is no data folder at" in said.stderr
