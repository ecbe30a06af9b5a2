"""Check-ins POSTed as FHIR transaction Bundles to a real HTTP server that reads them with
fhir.resources: delivered, refused with the server's words, tried again while it fails or is
away, with the bearer token from its file; and both ways at once."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.handoff.config import FhirReceiver, parse_handoff_config
from kiosk.core.handoff.fhir_post import post_bundle, read_token
from kiosk.core.handoff.service import CheckInSender
from kiosk.core.handoff.ways import FhirWay, Hl7Way, NoAnswerError, Way
from kiosk.core.storage.handoff_ledger import Channel, HandoffLedger, HandoffState
from tests.core.fhir_peer import FhirPeer
from tests.core.handoff_setup import HandoffFolder, handoff_folder, patient, receiver
from tests.core.hl7_peer import Hl7Peer
from tests.core.test_handoff_hl7 import ledger

__all__ = ["ledger"]

TOKEN = "s3cr3t-token-for-the-tests"


@pytest.fixture
def server() -> Iterator[FhirPeer]:
    peer = FhirPeer()
    peer.start()
    yield peer
    peer.stop()


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[HandoffFolder]:
    made = handoff_folder(tmp_path / "data")
    token = made.data.root / "fhir.token"
    token.write_text(TOKEN + "\n")
    token.chmod(0o600)
    yield made
    made.close()


def fhir_to(folder: HandoffFolder, server: FhirPeer) -> FhirWay:
    return FhirWay(FhirReceiver(server.base_url, folder.data.root / "fhir.token", 2.0))


def wait_due(ledger: HandoffLedger) -> None:
    """Until the first check-in left waiting after a try is due again."""
    tried = [h for h in ledger.handoffs() if h.state is HandoffState.WAITING and h.attempts]
    due = min(h.next_at for h in tried)
    time.sleep(max(0.0, (due - datetime.now()).total_seconds()) + 0.05)


def test_each_check_in_is_posted_once_with_the_token(
    folder: HandoffFolder, ledger: HandoffLedger, server: FhirPeer
) -> None:
    sender = CheckInSender(folder.store, ledger, folder.machine_keys, [fhir_to(folder, server)])
    visits = [patient(f"P{n}") for n in range(3)]
    for visit in visits:
        folder.store.save(visit)
    assert sender.run_pass().sent == 3
    assert sender.run_pass().sent == 0
    assert server.identifiers() == [v.id for v in visits]
    assert server.tokens == [f"Bearer {TOKEN}"] * 3
    assert server.paths == ["/fhir"] * 3  # a transaction goes to the server's base
    assert [h.state for h in ledger.handoffs(Channel.FHIR)] == [HandoffState.SENT] * 3


def test_a_bundle_the_server_will_not_take_is_refused_with_its_words(
    folder: HandoffFolder, ledger: HandoffLedger, server: FhirPeer
) -> None:
    server.status, server.outcome = 422, "Patient.birthDate: not a date this server takes"
    sender = CheckInSender(folder.store, ledger, folder.machine_keys, [fhir_to(folder, server)])
    folder.store.save(patient())
    assert sender.run_pass().refused == 1
    (row,) = ledger.handoffs(Channel.FHIR)
    assert (row.state, row.words) == (
        HandoffState.REFUSED,
        "422: Patient.birthDate: not a date this server takes",
    )


@pytest.mark.parametrize("status", [500, 503, 401, 429])
def test_a_failing_server_or_a_refused_token_is_tried_again(
    folder: HandoffFolder, ledger: HandoffLedger, server: FhirPeer, status: int
) -> None:
    server.status, server.outcome = status, "try later"
    sender = CheckInSender(folder.store, ledger, folder.machine_keys, [fhir_to(folder, server)])
    folder.store.save(patient())
    assert sender.run_pass().retrying == 1
    (row,) = ledger.handoffs(Channel.FHIR)
    assert (row.state, f"answered {status}" in row.words) == (HandoffState.WAITING, True)
    server.status = 200
    wait_due(ledger)
    assert sender.run_pass().sent == 1
    assert len(server.received) == 1


def test_a_server_that_is_away_or_slow_gets_it_when_it_answers(
    folder: HandoffFolder, ledger: HandoffLedger, server: FhirPeer
) -> None:
    server.delay_s = 3.0  # longer than the 2 s the way waits
    sender = CheckInSender(folder.store, ledger, folder.machine_keys, [fhir_to(folder, server)])
    folder.store.save(patient())
    assert sender.run_pass().retrying == 1
    assert "no answer within 2 s" in ledger.handoffs(Channel.FHIR)[0].words
    server.delay_s = 0.0
    server.stop()
    wait_due(ledger)
    assert sender.run_pass().retrying == 1
    assert "could not be reached" in ledger.handoffs(Channel.FHIR)[0].words
    server.start()
    wait_due(ledger)
    assert sender.run_pass().sent == 1
    # The slow server took the first try too: the same Bundle twice, which its conditional
    # creates (ifNoneExist on the check-in's id) make into one patient and one encounter.
    assert set(server.identifiers()) == {ledger.handoffs(Channel.FHIR)[0].checkin_id}


def test_a_token_file_others_can_read_is_not_sent(
    folder: HandoffFolder, ledger: HandoffLedger, server: FhirPeer
) -> None:
    os.chmod(folder.data.root / "fhir.token", 0o644)
    sender = CheckInSender(folder.store, ledger, folder.machine_keys, [fhir_to(folder, server)])
    folder.store.save(patient())
    assert sender.run_pass().retrying == 1
    assert "can be read by other users" in ledger.handoffs(Channel.FHIR)[0].words
    assert server.tokens == []


def test_both_ways_at_once_each_get_every_check_in(
    folder: HandoffFolder, ledger: HandoffLedger, server: FhirPeer, peer: Hl7Peer
) -> None:
    ways: list[Way] = [Hl7Way(receiver(peer.port)), fhir_to(folder, server)]
    sender = CheckInSender(folder.store, ledger, folder.machine_keys, ways)
    server.status = 503
    visits = [patient(f"P{n}") for n in range(2)]
    for visit in visits:
        folder.store.save(visit)
    counts = sender.run_pass()
    assert (counts.sent, counts.retrying) == (
        2,
        1,
    )  # HL7 took them; FHIR is away (the second waits)
    server.status = 200
    wait_due(ledger)
    assert sender.run_pass().sent == 2
    assert len(peer.received) == 2
    assert server.identifiers() == [v.id for v in visits]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (f"Bearer {TOKEN}\n", None),  # as it is pasted from the receiver's admin page
        (f"\ufeff{TOKEN}\r\n", None),
        ("\n", "holds no token"),
        (f"{TOKEN}\nsecond line", "the token alone, on one line"),
        ("link", "is a link; put the token in the file itself"),
        ("folder", "is a folder; the token goes in a file"),
        (f"\u201c{TOKEN}\u201d", "paste the token again as plain text"),  # a word processor's
        (f"{TOKEN}\u20ac", "paste the token again as plain text"),
    ],
)
def test_the_token_file_is_read_as_people_write_it(
    tmp_path: Path, written: str, said: str | None
) -> None:
    path = tmp_path / "fhir.token"
    if written == "link":
        (tmp_path / "real").write_text(TOKEN)
        (tmp_path / "real").chmod(0o600)
        path.symlink_to(tmp_path / "real")
    elif written == "folder":
        path.mkdir(mode=0o700)
    else:
        path.write_text(written, encoding="utf-8")
        path.chmod(0o600)
    if said is None:
        assert read_token(path) == TOKEN
    else:
        with pytest.raises(NoAnswerError, match=said):
            read_token(path)


def test_an_address_that_would_carry_answers_in_clear_is_refused() -> None:
    folder = Path("/srv/kiosk")
    for url in (
        "http://ehr.clinic.lan/fhir",
        "https://user:pw@ehr/fhir",
        "ftp://ehr/fhir",
        "https://ehr:abc/fhir",  # a port that is no number
        "https://[::1/fhir",  # an IPv6 address without its closing bracket
    ):
        config = parse_handoff_config({"handoff": {"fhir_base_url": url}}, folder)
        assert any("https://" in p for p in config.problems), url
    good = parse_handoff_config(
        {"handoff": {"fhir_base_url": "https://ehr.clinic.lan/fhir/", "fhir_token_file": "t"}},
        folder,
    )
    assert good.usable
    assert good.fhir == FhirReceiver("https://ehr.clinic.lan/fhir", folder / "t", 10.0)
    assert parse_handoff_config(
        {"handoff": {"fhir_base_url": "http://localhost:8080/fhir"}}, folder
    ).usable


def test_the_terminals_test_sends_a_made_up_patient_labelled_as_test_data(
    folder: HandoffFolder, server: FhirPeer
) -> None:
    from tests.core.test_cli import kiosk

    folder.data.handoff_file.write_text(
        f'[handoff]\nfhir_base_url = "{server.base_url}"\nfhir_token_file = "fhir.token"\n',
        encoding="utf-8",
    )
    done = kiosk("handoff", "test", "--data-dir", str(folder.data.root))
    assert done.returncode == 0, done.stderr
    assert "(FHIR R4B) accepted the test message" in done.stdout
    (bundle,) = server.received
    for entry in bundle.model_dump(exclude_none=True)["entry"]:
        assert entry["resource"]["meta"]["security"][0]["code"] == "HTEST"
    assert "Test" in bundle.model_dump_json()


def test_a_redirect_is_a_refusal_and_the_token_goes_nowhere_else(
    folder: HandoffFolder, ledger: HandoffLedger, server: FhirPeer
) -> None:
    server.status, server.outcome = 302, "moved"
    sender = CheckInSender(folder.store, ledger, folder.machine_keys, [fhir_to(folder, server)])
    folder.store.save(patient())
    assert sender.run_pass().refused == 1
    assert ledger.handoffs(Channel.FHIR)[0].words.startswith("302")
    assert len(server.tokens) == 1  # the one POST to the configured address


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        ("<html>Welcome to nginx</html>", "200, but the answer is not a FHIR transaction response"),
        ({"resourceType": "OperationOutcome"}, "not a FHIR transaction response"),
        (
            {
                "resourceType": "Bundle",
                "type": "transaction-response",
                "entry": [
                    {"response": {"status": "201 Created"}},
                    {
                        "response": {
                            "status": "400 Bad Request",
                            "outcome": {
                                "resourceType": "OperationOutcome",
                                "issue": [{"diagnostics": "Patient.birthDate is wrong"}],
                            },
                        }
                    },
                ],
            },
            "200, but an entry was answered 400 Bad Request Patient.birthDate is wrong",
        ),
    ],
)
def test_a_2xx_that_is_not_the_transactions_response_takes_nothing(
    folder: HandoffFolder, ledger: HandoffLedger, server: FhirPeer, reply: object, said: str
) -> None:
    server.reply = reply  # a web page at a wrong address, or an entry the server refused
    sender = CheckInSender(folder.store, ledger, folder.machine_keys, [fhir_to(folder, server)])
    folder.store.save(patient())
    assert sender.run_pass().refused == 1
    assert said in ledger.handoffs(Channel.FHIR)[0].words


def test_a_certificate_this_machine_does_not_trust_is_said_with_what_to_do(
    folder: HandoffFolder, tmp_path: Path
) -> None:
    from tests.core.test_clinic_tls import authority, server_certificate

    practice_ca = authority(tmp_path / "ca", "Practice CA")
    made = server_certificate(practice_ca, "localhost", tmp_path / "ca")
    server = FhirPeer(tls=(made.certificate, made.key))
    server.start()
    try:
        to = FhirReceiver(server.base_url, folder.data.root / "fhir.token", 2.0)
        with pytest.raises(NoAnswerError, match="certificate is not trusted here") as said:
            post_bundle(to, b"{}")
        assert "update-ca-certificates" in str(said.value)
        assert server.received == []
    finally:
        server.stop()


def test_an_address_with_a_control_character_is_refused() -> None:
    config = parse_handoff_config(
        {"handoff": {"fhir_base_url": "http://localhost/fhir\tX"}}, Path("/")
    )
    assert not config.usable
