"""Check-ins handed on as HL7 v2.5.1 ADT^A04 over MLLP, to a real receiver (python-hl7's MLLP
server), and each message read back by that other library too."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import hl7
import pytest
from hl7apy.consts import VALIDATION_LEVEL
from hl7apy.parser import parse_message
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.checkin.answers import (
    FIRST_NAME,
    NAME_MAX_CODE_POINTS,
    REASON_LABELS,
    CheckIn,
    Reason,
    check_name,
)
from kiosk.core.handoff.config import (
    HandoffConfigError,
    ReasonsIn,
    load_handoff_config,
    parse_handoff_config,
)
from kiosk.core.handoff.hl7_adt import Arrival, Hl7BuildError, adt_a04
from kiosk.core.handoff.machine_key import (
    MachineKeyError,
    enrol,
    open_machine_keys,
    read_machine_key,
)
from kiosk.core.handoff.service import ERASED, CheckInSender
from kiosk.core.handoff.ways import Hl7Way
from kiosk.core.staff.opening import rotate_keys
from kiosk.core.storage.handoff_ledger import Channel, HandoffLedger, HandoffState
from tests.core.handoff_setup import HandoffFolder, handoff_folder, patient, receiver
from tests.core.hl7_peer import Hl7Peer

ARRIVED = datetime(2026, 12, 2, 9, 15, 30)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[HandoffFolder]:
    made = handoff_folder(tmp_path / "data")
    yield made
    made.close()


@pytest.fixture
def ledger(folder: HandoffFolder) -> Iterator[HandoffLedger]:
    kept = HandoffLedger(folder.data.checkin_store)
    kept.open()
    for channel in Channel:  # each way switched on before the day's first check-in
        kept.since(channel)
    yield kept
    kept.close()


def handoff_to(folder: HandoffFolder, ledger: HandoffLedger, peer: Hl7Peer) -> CheckInSender:
    return CheckInSender(folder.store, ledger, folder.machine_keys, [Hl7Way(receiver(peer.port))])


def field(message: hl7.Message, where: str) -> str:
    """One value by HL7's own address (``PID.5.1``), unescaped by python-hl7."""
    return str(message.extract_field(*_address(where)))


def _address(where: str) -> tuple[str, int, int, int, int]:
    segment, *numbers = where.split(".")
    parts = [int(n) for n in numbers] + [1] * (3 - len(numbers))
    return segment, 1, parts[0], 1, parts[1] if len(parts) > 1 else 1


def test_every_field_of_the_message_is_the_check_in_read_back_by_another_library() -> None:
    visit = patient()
    message = adt_a04(
        Arrival(visit, "A-12", ARRIVED), receiver(2575), "K0123456789ABCDEF012", ARRIVED
    )
    parsed = hl7.parse(message)
    assert field(parsed, "MSH.9") == "ADT"
    assert str(parsed.segment("MSH")[9]) == "ADT^A04^ADT_A01"
    assert field(parsed, "MSH.10") == "K0123456789ABCDEF012"
    assert field(parsed, "MSH.11") == "P"
    assert field(parsed, "MSH.12") == "2.5.1"
    assert field(parsed, "MSH.4") == "MIDPENN"
    assert field(parsed, "MSH.5") == "PM"
    assert field(parsed, "MSH.18") == "UNICODE UTF-8"
    assert field(parsed, "PID.3") == visit.id
    assert str(parsed.segment("PID")[3][0][3]) == "CLINIC-KIOSK"  # python-hl7 counts from 0
    assert str(parsed.segment("PID")[3][0][4]) == "PI"
    assert field(parsed, "PID.5.1") == visit.last_name
    assert field(parsed, "PID.5.2") == visit.first_name
    assert field(parsed, "PID.7") == "19470823"
    assert str(parsed.segment("PID")[13][0][11]) == visit.mobile
    assert field(parsed, "PV1.2") == "O"
    assert field(parsed, "PV1.19") == visit.id
    assert field(parsed, "PV1.50") == "A-12"
    arrived = ARRIVED.astimezone().strftime("%Y%m%d%H%M%S%z")
    assert field(parsed, "PV1.44") == arrived
    assert field(parsed, "EVN.2") == arrived
    observations = [
        (str(obx[3][0][0]), str(obx[5][0][0]), str(obx[5][0][1])) for obx in parsed.segments("OBX")
    ]
    assert observations == [
        ("REASON", "diabetic-check", "Diabetic foot check"),
        ("REASON", "toenail", "Toenail problem"),
        ("URGENT", "Y", "Yes"),
        ("RETURNING", "Y", "Yes"),
        ("MOBILITY", "Y", "Yes"),
        ("APPOINTMENT", "Y", "Yes"),
    ]
    # and hl7apy, strictly, reading the text it was sent
    strict = parse_message(message, validation_level=VALIDATION_LEVEL.STRICT)
    assert strict.validate()


def test_reasons_can_go_in_pv2_for_a_receiver_that_reads_them_there() -> None:
    visit = patient()
    to = replace(receiver(2575), reasons_in=ReasonsIn.PV2)
    parsed = hl7.parse(
        adt_a04(Arrival(replace(visit, urgent=True), "A-3", ARRIVED), to, "K1", ARRIVED)
    )
    # the reasons in PV2 alone; the urgent answer, and the others, still in OBX
    answers = [(str(s[3][0][0]), str(s[5][0][0])) for s in parsed if str(s[0]) == "OBX"]
    assert answers == [("URGENT", "Y"), ("RETURNING", "Y"), ("MOBILITY", "Y"), ("APPOINTMENT", "Y")]
    assert field(parsed, "PV2.3.1") == "diabetic-check"
    assert field(parsed, "PV2.12") == "Diabetic foot check; Toenail problem"


def test_our_own_codes_and_words_hold_no_delimiter() -> None:
    texts = [str(words) for words in REASON_LABELS.values()] + [r.value for r in Reason]
    assert not [t for t in texts if set(t) & set("|^~\\&")]


HOSTILE_NAMES = [
    ("O'Brien|&~\\^", "Ann^Marie"),
    ("\u05e9\u05dc\u05d5\u05dd\u200f", "\u202eabc\u202c"),  # right-to-left, bidi controls
    ("\u0915\u094d\u0937" * 16 + "\u0928", "\u0905\u0928\u0941"),  # 50 Devanagari letters
    ("Zoe\u0308 Nguye\u0302\u0303n", "D\u2019Arcy"),  # combining marks, a curly apostrophe
    # what already looks like an escape sequence, from a store the kiosk did not fill
    ("O\\F\\B \\H\\x\\N\\ \\E\\", "\\X41\\ \\.br\\ a\\"),
]


@pytest.mark.parametrize(("last", "first"), HOSTILE_NAMES)
def test_hostile_names_come_through_unchanged_and_escaped(last: str, first: str) -> None:
    visit = patient(first, last)
    message = adt_a04(Arrival(visit, "A-1", ARRIVED), receiver(2575), "K1", ARRIVED)
    pid = next(s for s in message.split("\r") if s.startswith("PID"))
    assert pid.count("|") == 13  # no name adds a field
    parsed = hl7.parse(message)
    assert field(parsed, "PID.5.1") == last
    assert field(parsed, "PID.5.2") == first


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc")),
        min_size=1,
        max_size=60,
    )
)
def test_any_name_is_read_back_as_it_was_typed(name: str) -> None:
    visit = patient(name.strip() or "x", name)
    parsed = hl7.parse(adt_a04(Arrival(visit, "A-1", ARRIVED), receiver(2575), "K1", ARRIVED))
    assert field(parsed, "PID.5.1") == name
    assert field(parsed, "PID.5.2") == (name.strip() or "x")


def test_the_longest_name_the_kiosk_takes_travels_whole() -> None:
    # a letter with four accents, as many as fit, then plain letters to the last code point
    typed = "q\u0330\u0331\u0332\u0303" * (NAME_MAX_CODE_POINTS // 5)
    longest = check_name(typed + "q" * (NAME_MAX_CODE_POINTS - len(typed)), FIRST_NAME).value
    assert longest is not None
    assert len(longest) == NAME_MAX_CODE_POINTS
    visit = patient(longest, longest)
    parsed = hl7.parse(adt_a04(Arrival(visit, "A-1", ARRIVED), receiver(2575), "K1", ARRIVED))
    assert field(parsed, "PID.5.1") == field(parsed, "PID.5.2") == longest


def test_a_name_longer_than_hl7_holds_is_not_sent_and_says_why() -> None:
    visit = patient(
        "A" * (NAME_MAX_CODE_POINTS + 1), "B"
    )  # only from a store the kiosk did not fill
    with pytest.raises(Hl7BuildError, match="no valid HL7 message") as caught:
        adt_a04(Arrival(visit, "A-1", ARRIVED), receiver(2575), "K1", ARRIVED)
    assert "AAAA" not in str(caught.value)


def test_each_check_in_reaches_the_receiver_once_with_the_same_control_id(
    folder: HandoffFolder, ledger: HandoffLedger, peer: Hl7Peer
) -> None:
    handoff = handoff_to(folder, ledger, peer)
    visits = [patient(f"Ana{'a' * n}", "Ruiz") for n in range(3)]
    for visit in visits:
        folder.store.save(visit)
    counts = handoff.run_pass()
    assert counts.sent == 3
    assert handoff.run_pass().sent == 0  # nothing twice
    assert [field(r.message, "PID.5.2") for r in peer.received] == [v.first_name for v in visits]
    rows = ledger.handoffs(Channel.HL7)
    assert [r.state for r in rows] == [HandoffState.SENT] * 3
    assert peer.control_ids() == [r.control_id for r in rows]
    assert len(set(peer.control_ids())) == 3


def test_check_ins_from_before_the_hand_off_was_switched_on_are_not_sent(
    folder: HandoffFolder, peer: Hl7Peer
) -> None:
    folder.store.save(patient())
    time.sleep(1.1)  # check-ins' times are to the second
    ledger = HandoffLedger(folder.data.checkin_store)
    ledger.open()
    try:
        handoff = handoff_to(folder, ledger, peer)
        assert handoff.run_pass().sent == 0
        folder.store.save(patient("Bo"))
        assert handoff.run_pass().sent == 1
    finally:
        ledger.close()
    assert [field(r.message, "PID.5.2") for r in peer.received] == ["Bo"]


def test_a_check_in_made_once_the_service_says_it_sends_counts_before_its_first_pass(
    folder: HandoffFolder, peer: Hl7Peer
) -> None:
    from kiosk.cli.handoff import untaken_checkins

    ledger = HandoffLedger(folder.data.checkin_store)
    ledger.open()
    try:
        handoff_to(folder, ledger, peer).switch_on()  # and then stopped before any pass
    finally:
        ledger.close()
    folder.store.save(patient())
    minutes_later = datetime.now() + timedelta(minutes=2)
    assert untaken_checkins(folder.data.checkin_store, minutes_later) == 1  # HL7 only


@pytest.mark.parametrize("code", ["AE", "AR"])
def test_a_refusal_is_kept_with_the_receivers_words_and_not_retried(
    folder: HandoffFolder, ledger: HandoffLedger, peer: Hl7Peer, code: str
) -> None:
    peer.behaviour = "AE" if code == "AE" else "AR"
    peer.words = "Duplicate patient | check DOB"
    handoff = handoff_to(folder, ledger, peer)
    folder.store.save(patient())
    assert handoff.run_pass().refused == 1
    (row,) = ledger.handoffs(Channel.HL7)
    assert row.state is HandoffState.REFUSED
    assert row.words == f"{code}: Duplicate patient | check DOB"
    (queued,) = folder.store.queue(date.today())  # what the desk and staff mode read
    assert (queued.handoff, queued.handoff_words) == ("refused", row.words)
    peer.behaviour = "AA"
    assert handoff.run_pass().sent == 0  # staff look first
    assert ledger.send_again(row.checkin_id)
    assert handoff.run_pass().sent == 1
    assert len(set(peer.control_ids())) == 1  # the same message, tried again


@pytest.mark.parametrize("behaviour", ["silent", "close", "half"])
def test_no_acknowledgement_is_tried_again_until_one_comes(
    folder: HandoffFolder, ledger: HandoffLedger, peer: Hl7Peer, behaviour: str
) -> None:
    peer.behaviour = (
        "silent" if behaviour == "silent" else "close" if behaviour == "close" else "half"
    )
    handoff = handoff_to(folder, ledger, peer)
    visit = patient()
    folder.store.save(visit)
    assert handoff.run_pass().retrying == 1
    (row,) = ledger.handoffs(Channel.HL7)
    assert row.state is HandoffState.WAITING
    assert row.attempts == 1
    assert row.words  # what happened, for staff
    assert row.next_at > datetime.now()
    peer.behaviour = "AA"
    assert handoff.run_pass().sent == 0  # not before its time
    time.sleep((row.next_at - datetime.now()).total_seconds() + 0.05)
    assert handoff.run_pass().sent == 1
    assert set(peer.control_ids()) == {row.control_id}


def test_a_receiver_away_for_a_while_gets_every_check_in_once_when_back(
    folder: HandoffFolder, ledger: HandoffLedger, peer: Hl7Peer
) -> None:
    handoff = handoff_to(folder, ledger, peer)
    peer.stop_listening()
    visits = [patient(f"P{n}") for n in range(5)]
    for visit in visits:
        folder.store.save(visit)
    assert handoff.run_pass().retrying == 1  # the rest wait their turn behind the first
    first, *rest = ledger.handoffs(Channel.HL7)
    assert "could not be reached" in first.words
    assert [r.attempts for r in rest] == [0, 0, 0, 0]
    folder.store.save(later := patient("Later"))
    assert handoff.run_pass().retrying == 0  # the first is not due yet, nor anything after it
    peer.start()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(peer.received) < 6:
        handoff.run_pass()
        time.sleep(0.1)
    names = [field(r.message, "PID.5.2") for r in peer.received]
    assert names == [v.first_name for v in [*visits, later]]  # every one, in the order they came
    assert len(set(peer.control_ids())) == len(peer.received) == 6


def test_a_check_in_erased_before_it_could_be_sent_is_said_not_sent(
    folder: HandoffFolder, ledger: HandoffLedger, peer: Hl7Peer
) -> None:
    peer.stop_listening()
    handoff = handoff_to(folder, ledger, peer)
    folder.store.save(patient())
    handoff.run_pass()
    folder.store.erase_personal_data()
    peer.start()
    row = ledger.handoffs(Channel.HL7)[0]
    time.sleep(max(0.0, (row.next_at - datetime.now()).total_seconds()) + 0.05)
    assert handoff.run_pass().not_sent == 1
    (row,) = ledger.handoffs(Channel.HL7)
    assert (row.state, row.words) == (HandoffState.NOT_SENT, ERASED)
    assert peer.received == []


def test_the_receivers_words_go_when_the_check_in_is_erased(
    folder: HandoffFolder, ledger: HandoffLedger, peer: Hl7Peer
) -> None:
    peer.behaviour = "AE"
    peer.words = "Zephyrine Quillfeather already registered"
    handoff_to(folder, ledger, peer)
    folder.store.save(patient())
    handoff_to(folder, ledger, peer).run_pass()
    assert "Zephyrine" in ledger.handoffs(Channel.HL7)[0].words
    folder.store.erase_personal_data()
    assert ledger.handoffs(Channel.HL7)[0].words == ""


def test_after_a_rotation_the_machine_opens_check_ins_sealed_with_the_new_key(
    folder: HandoffFolder, ledger: HandoffLedger, peer: Hl7Peer
) -> None:
    handoff = handoff_to(folder, ledger, peer)  # opened the machine's keys before the rotation
    keys = folder.sign_in()
    rotate_keys(folder.staff, folder.store, keys)
    keys.forget()
    folder.store.save(patient("After"))
    assert handoff.run_pass().sent == 1
    assert field(peer.received[0].message, "PID.5.2") == "After"


def test_a_key_file_others_can_read_is_refused(folder: HandoffFolder) -> None:
    key_file = folder.data.handoff_key_file
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    os.chmod(key_file, 0o644)
    with pytest.raises(MachineKeyError, match="chmod 600"):
        read_machine_key(key_file)


def test_a_fifo_or_a_damaged_key_file_is_refused_kindly(tmp_path: Path) -> None:
    fifo = tmp_path / "handoff.key"
    os.mkfifo(fifo)
    with pytest.raises(MachineKeyError, match="cannot be used"):
        read_machine_key(fifo)
    damaged = tmp_path / "other.key"
    damaged.write_text('{"v": 1, "holder": "machine:x", "key": "%%%"}')
    damaged.chmod(0o600)
    with pytest.raises(MachineKeyError, match="damaged"):
        read_machine_key(damaged)
    link = tmp_path / "link.key"
    link.symlink_to(damaged)
    with pytest.raises(MachineKeyError, match="is a link; the key must be in the file itself"):
        read_machine_key(link)


def test_a_machine_enrolled_again_leaves_the_old_key_file_opening_nothing(
    folder: HandoffFolder, tmp_path: Path
) -> None:
    old = tmp_path / "old.key"
    old.write_bytes(folder.data.handoff_key_file.read_bytes())
    old.chmod(0o600)
    keys = folder.sign_in()
    enrol(folder.staff.keyring, keys, "desk-pc", folder.data.handoff_key_file)
    with pytest.raises(MachineKeyError, match="does not open"):
        open_machine_keys(folder.staff.keyring, read_machine_key(old))
    assert folder.machine_keys()


def test_an_enrolment_whose_key_file_cannot_be_written_leaves_the_old_key_opening(
    folder: HandoffFolder, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("", encoding="utf-8")
    keys = folder.sign_in()
    with pytest.raises(FileExistsError):  # as a full disk or a folder that takes no files would
        enrol(folder.staff.keyring, keys, "desk-pc", not_a_folder / "handoff.key")
    assert folder.machine_keys(), "the machine's key file still opens its keys"


def test_settings_with_mistakes_are_all_listed_not_guessed() -> None:
    config = parse_handoff_config(
        {
            "handoff": {
                "hl7_host": "pm|lan",
                "hl7_port": 70000,
                "sending_application": "",
                "sending_facility": "Mid^Penn",
                "reasons_in": "nte",
                "colour": "red",
                "fhir_base_url": "http://ehr.lan/fhir",
                "fhir_timeout_seconds": 0,
            }
        },
        Path("/tmp"),
    )
    assert not config.usable
    assert sorted(p.split(" ")[0] for p in config.problems) == [
        "colour",
        "fhir_base_url",
        "fhir_timeout_seconds",
        "hl7_host",
        "hl7_port",
        "reasons_in",
        "sending_application",
        "sending_facility",
    ]


@pytest.mark.parametrize(
    ("host", "problem"),
    [
        ("pm.lan:2575", "hl7_host must be the host alone: its port goes in hl7_port"),
        ("pm:lan", "hl7_host must be a host name or address, such as pm.clinic.lan"),
        ("fe80::1", None),
        ("10.0.0.7", None),
    ],
)
def test_a_host_with_its_port_in_it_is_told_where_the_port_goes(
    host: str, problem: str | None
) -> None:
    section = {"hl7_host": host, "sending_facility": "MIDPENN"}
    config = parse_handoff_config({"handoff": section}, Path("/"))
    assert list(config.problems) == ([problem] if problem else [])


def test_a_missing_sending_facility_is_asked_for_not_guessed() -> None:
    config = parse_handoff_config({"handoff": {"hl7_host": "pm.lan"}}, Path("/"))
    assert [p.split(" ")[0] for p in config.problems] == ["sending_facility"]
    assert "never guessed" in config.problems[0]


def test_a_file_an_editor_began_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "handoff.toml"
    path.write_bytes(b"\xef\xbb\xbf[handoff]\nhl7_host = 'pm.lan'\nsending_facility = 'MP'\n")
    assert load_handoff_config(path).usable


def test_a_birth_date_and_a_check_in_without_a_mobile_leave_pid_13_empty() -> None:
    visit = CheckIn(
        id="x", first_name="A", last_name="B", birth_date=date(2001, 2, 3), reasons=(), urgent=False
    )
    parsed = hl7.parse(adt_a04(Arrival(visit, "A-1", ARRIVED), receiver(1), "K1", ARRIVED))
    assert field(parsed, "PID.7") == "20010203"
    assert len(parsed.segment("PID")) == 8  # nothing after PID-7
    assert [str(o[3][0][0]) for o in parsed.segments("OBX")] == [
        "URGENT",
        "RETURNING",
        "MOBILITY",
        "APPOINTMENT",
    ]


def test_a_receivers_words_beyond_ascii_read_as_it_wrote_them(
    folder: HandoffFolder, ledger: HandoffLedger, peer: Hl7Peer
) -> None:
    peer.behaviour, peer.words = "AE", "Zoë Núñez ya está registrada"  # python-hl7 writes \Xeb\
    handoff_to(folder, ledger, peer)
    folder.store.save(patient())
    assert handoff_to(folder, ledger, peer).run_pass().refused == 1
    assert ledger.handoffs(Channel.HL7)[0].words == "AE: Zoë Núñez ya está registrada"


def test_a_stored_name_with_a_line_break_is_not_sent_as_a_segment() -> None:
    visit = patient("Line\rBreak", "Seg\nMSH|x")
    with pytest.raises(Hl7BuildError, match="control character"):
        adt_a04(Arrival(visit, "A-1", ARRIVED), receiver(2575), "K1", ARRIVED)


def test_a_file_saved_in_another_encoding_is_told_how_to_save_it(tmp_path: Path) -> None:
    path = tmp_path / "handoff.toml"
    path.write_bytes("[handoff]\nsending_facility = 'Peña'\n".encode("latin-1"))
    with pytest.raises(HandoffConfigError, match=r"is not UTF-8 text .* save it again as UTF-8"):
        load_handoff_config(path)
