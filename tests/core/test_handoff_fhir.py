"""A check-in as a FHIR R4B transaction Bundle, checked by fhir.resources' own R4B models, and
``kiosk checkins export --format fhir`` read back into them and compared with the store."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.encounter import Encounter
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from kiosk.core.checkin.answers import REASON_LABELS, CheckIn, Reason
from kiosk.core.handoff.fhir_bundle import (
    CHECKIN_SYSTEM,
    REASON_SNOMED,
    REASON_SYSTEM,
    SNOMED,
    bundle_json,
    checkin_bundle,
)
from kiosk.core.handoff.hl7_adt import Arrival
from kiosk.core.paths import DataDir
from kiosk.core.sealing import opened
from tests.core.handoff_setup import handoff_folder, patient
from tests.core.test_cli import kiosk_typing
from tests.core.test_handoff_hl7 import HOSTILE_NAMES

ARRIVED = datetime(2026, 12, 2, 9, 15, 30)


def resources(bundle: Bundle) -> list[dict[str, Any]]:
    """The Patient, Encounter and QuestionnaireResponse, as the validated models give them."""
    kinds = [type(entry.resource) for entry in bundle.entry or []]
    assert kinds == [Patient, Encounter, QuestionnaireResponse]
    return [entry["resource"] for entry in as_json(bundle)["entry"]]


def as_json(bundle: Bundle) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(bundle.model_dump_json(exclude_none=True))
    return found


def assert_bundle_is(bundle: Bundle, visit: CheckIn, ticket: str, arrived: datetime) -> None:
    """Every value of the Bundle against the check-in it was made from."""
    whole = as_json(bundle)
    assert whole["type"] == "transaction"
    assert whole["identifier"] == {"system": CHECKIN_SYSTEM, "value": visit.id}
    patient_, encounter, answers = resources(bundle)
    for entry in whole["entry"]:
        assert entry["request"]["method"] == "POST"
        assert entry["request"]["ifNoneExist"] == f"identifier={CHECKIN_SYSTEM}|{visit.id}"
    (name,) = patient_["name"]
    assert (name["family"], name["given"]) == (visit.last_name, [visit.first_name])
    assert patient_["birthDate"] == visit.birth_date.isoformat()
    if visit.mobile:
        assert patient_["telecom"] == [{"system": "phone", "value": visit.mobile, "use": "mobile"}]
    assert encounter["status"] == "arrived"
    assert encounter["class"]["code"] == "AMB"
    assert datetime.fromisoformat(encounter["period"]["start"]) == arrived.astimezone()
    assert encounter["subject"]["reference"] == whole["entry"][0]["fullUrl"]
    concepts = encounter.get("reasonCode", [])
    assert [c["text"] for c in concepts] == [str(REASON_LABELS[r]) for r in visit.reasons]
    for reason, concept in zip(visit.reasons, concepts, strict=True):
        codes = {(c["system"], c["code"]) for c in concept["coding"]}
        assert (REASON_SYSTEM, reason.value) in codes
        if reason in REASON_SNOMED:
            assert (SNOMED, REASON_SNOMED[reason][0]) in codes
    assert [i["value"] for i in encounter["identifier"]] == [visit.id, ticket]
    assert answers["status"] == "completed"
    assert answers["encounter"]["reference"] == whole["entry"][1]["fullUrl"]
    by_link = {item["linkId"]: item for item in answers["item"]}
    assert [a["valueCoding"]["code"] for a in by_link["reasons"].get("answer", [])] == [
        r.value for r in visit.reasons
    ]
    assert by_link["urgent"]["answer"] == [{"valueBoolean": visit.urgent}]
    assert by_link["returning"]["answer"] == [{"valueBoolean": visit.returning}]
    assert by_link["mobility-help"]["answer"] == [{"valueBoolean": visit.mobility_help}]


def test_a_bundle_holds_every_answer_and_validates() -> None:
    visit = patient()
    bundle = checkin_bundle(Arrival(visit, "A-12", ARRIVED))
    assert_bundle_is(bundle, visit, "A-12", ARRIVED)
    again = Bundle.model_validate_json(bundle_json(bundle))  # its own text, parsed once more
    assert_bundle_is(again, visit, "A-12", ARRIVED)


def test_the_same_check_in_makes_the_same_bundle_on_every_try() -> None:
    visit = patient()
    first = bundle_json(checkin_bundle(Arrival(visit, "A-12", ARRIVED)))
    assert bundle_json(checkin_bundle(Arrival(visit, "A-12", ARRIVED))) == first
    other = bundle_json(checkin_bundle(Arrival(patient(), "A-12", ARRIVED)))
    assert json.loads(other)["entry"][0]["fullUrl"] != json.loads(first)["entry"][0]["fullUrl"]


@pytest.mark.parametrize(("last", "first"), HOSTILE_NAMES)
def test_hostile_names_come_through_unchanged(last: str, first: str) -> None:
    visit = patient(first, last)
    text = bundle_json(checkin_bundle(Arrival(visit, "A-1", ARRIVED)))
    (name,) = resources(Bundle.model_validate_json(text))[0]["name"]
    assert (name["family"], name["given"]) == (last, [first])
    assert "\n" not in text  # one line of NDJSON, whatever the name holds


def test_the_patients_language_is_their_communication_and_pid_15() -> None:
    import hl7

    from kiosk.core.handoff.hl7_adt import adt_a04
    from tests.core.handoff_setup import receiver

    visit = CheckIn(
        id="x",
        first_name="Rosa",
        last_name="Díaz",
        birth_date=date(1960, 1, 2),
        reasons=(Reason.OTHER,),
        urgent=False,
        language="es",
    )
    (communication,) = resources(checkin_bundle(Arrival(visit, "A-1", ARRIVED)))[0]["communication"]
    assert communication == {
        "language": {
            "coding": [{"system": "urn:ietf:bcp:47", "code": "es", "display": "Spanish"}],
            "text": "Spanish",
        },
        "preferred": True,
    }
    message = hl7.parse(adt_a04(Arrival(visit, "A-1", ARRIVED), receiver(1), "K1", ARRIVED))
    assert str(message.segment("PID")[15]) == "es^Spanish^ISO6391"


def test_every_reason_has_the_clinics_words_and_a_code(tmp_path: Path) -> None:
    visit = CheckIn(
        id="y",
        first_name="A",
        last_name="B",
        birth_date=date(1990, 5, 6),
        reasons=tuple(Reason),
        urgent=True,
    )
    _, encounter, _ = resources(checkin_bundle(Arrival(visit, "A-2", ARRIVED)))
    assert len(encounter["reasonCode"]) == len(Reason)
    assert all(concept["text"] and concept["coding"] for concept in encounter["reasonCode"])


def test_export_writes_one_bundle_a_line_that_reads_back_as_the_store_holds_it(
    tmp_path: Path,
) -> None:
    folder = handoff_folder(tmp_path / "data")
    visits = [patient(f"P{n}") for n in range(3)] + [patient(*HOSTILE_NAMES[1][::-1])]
    for visit in visits:
        folder.store.save(visit)
    keys = folder.sign_in()
    kept = {row.id: row for row in opened(folder.store.checkins(), keys)}
    folder.close()
    out = tmp_path / "bundles.ndjson"
    done = kiosk_typing(
        "Ana Ruiz\n583920\n",
        "checkins",
        "export",
        "--format",
        "fhir",
        "--out",
        str(out),
        "--data-dir",
        str(DataDir(tmp_path / "data").root),
    )
    assert done.returncode == 0, done.stderr
    assert "4 check-in(s) written" in done.stdout
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    for line in lines:
        bundle = Bundle.model_validate_json(line)
        row = kept[as_json(bundle)["identifier"]["value"]]
        assert row.visit is not None
        assert_bundle_is(bundle, row.visit, row.ticket, row.created_at)
    assert oct(out.stat().st_mode & 0o777) == "0o600"
