"""A check-in as a FHIR R4B transaction Bundle: a Patient, an Encounter (``arrived``,
ambulatory) with a ``reasonCode`` per reason, and a QuestionnaireResponse for the answers;
validated by fhir.resources' R4B models.

Every identifier and ``fullUrl`` comes from the check-in's id, and each entry is a conditional
create (``ifNoneExist`` on that identifier), so the same Bundle sent twice makes nothing twice.
Mapping and codes: decision 0018.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from kiosk.core.checkin.answers import CheckIn, Reason
from kiosk.core.handoff.hl7_adt import LANGUAGE_CODE, Arrival, language_name, reason_text
from kiosk.core.storage.atomic import write_atomic
from kiosk.core.storage.records import StoredCheckIn

CHECKIN_SYSTEM = "urn:clinic-kiosk:check-in"
"""The kiosk's identifier system for a check-in: the Patient's, the Encounter's, the Bundle's."""
TICKET_SYSTEM = "urn:clinic-kiosk:ticket"
REASON_SYSTEM = "urn:clinic-kiosk:reason"
SNOMED = "http://snomed.info/sct"
BCP47 = "urn:ietf:bcp:47"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
TEST_DATA = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
    "code": "HTEST",
    "display": "test health data",
}
QUESTIONNAIRE = "urn:clinic-kiosk:questionnaire:walk-in|1"
_NAMESPACE = uuid.UUID("6f0f6c5e-93b0-4f55-9a3e-2b7e1c1d0a17")

REASON_SNOMED: dict[Reason, tuple[str, str]] = {
    Reason.HEEL_OR_ARCH: ("47933007", "Foot pain (finding)"),
    Reason.ANKLE: ("247373008", "Ankle pain (finding)"),
    Reason.DIABETIC_CHECK: ("401191002", "Diabetic foot examination (regime/therapy)"),
    Reason.FOLLOW_UP: ("390906007", "Follow-up encounter (procedure)"),
}
"""SNOMED CT for the reasons one concept says exactly; the others travel as the kiosk's own
code and the clinic's words (decision 0018 says why each)."""


class FhirBuildError(Exception):
    """A check-in that makes no valid Bundle; names the kind of fault, never a value."""


def full_url(kind: str, checkin_id: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{kind} {checkin_id}')}"


def fhir_time(moment: datetime) -> str:
    return moment.astimezone().isoformat(timespec="seconds")


def checkin_bundle(arrival: Arrival, *, test: bool = False) -> Bundle:
    """``test``: every resource carries the security label HTEST (test health data), as
    ``kiosk handoff test`` sends it."""
    visit = arrival.visit
    made = _bundle(arrival, visit)
    if test:
        for entry in made["entry"]:
            entry["resource"]["meta"] = {"security": [TEST_DATA]}
    try:
        return Bundle.model_validate(made)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        kind = type(exc).__name__
        raise FhirBuildError(f"the check-in makes no valid FHIR Bundle ({kind})") from exc


def bundle_json(bundle: Bundle) -> str:
    return str(bundle.model_dump_json(exclude_none=True))


def _conditional(kind: str, resource: dict[str, Any], checkin_id: str) -> dict[str, Any]:
    return {
        "fullUrl": full_url(kind, checkin_id),
        "resource": resource,
        "request": {
            "method": "POST",
            "url": kind,
            "ifNoneExist": f"identifier={CHECKIN_SYSTEM}|{checkin_id}",
        },
    }


def _bundle(arrival: Arrival, visit: CheckIn) -> dict[str, Any]:
    own = {"system": CHECKIN_SYSTEM, "value": visit.id}
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "identifier": [own],
        "name": [
            {
                "use": "official",
                "family": visit.last_name,
                "given": [visit.first_name],
                "text": f"{visit.first_name} {visit.last_name}",
            }
        ],
        "birthDate": visit.birth_date.isoformat(),
    }
    if visit.mobile:
        patient["telecom"] = [{"system": "phone", "value": visit.mobile, "use": "mobile"}]
    if LANGUAGE_CODE.fullmatch(visit.language):
        language: dict[str, Any] = {"coding": [{"system": BCP47, "code": visit.language}]}
        if language_name(visit.language):
            language["coding"][0]["display"] = language["text"] = language_name(visit.language)
        patient["communication"] = [{"language": language, "preferred": True}]
    subject = {"reference": full_url("Patient", visit.id)}
    encounter = {
        "resourceType": "Encounter",
        "identifier": [own, {"system": TICKET_SYSTEM, "value": arrival.ticket}],
        "status": "arrived",
        "class": {"system": ACT_CODE, "code": "AMB", "display": "ambulatory"},
        "subject": subject,
        "period": {"start": fhir_time(arrival.arrived_at)},
        "reasonCode": [_reason(r) for r in visit.reasons] or None,
    }
    answers = {
        "resourceType": "QuestionnaireResponse",
        "identifier": own,
        "questionnaire": QUESTIONNAIRE,
        "status": "completed",
        "subject": subject,
        "encounter": {"reference": full_url("Encounter", visit.id)},
        "authored": fhir_time(arrival.arrived_at),
        "item": [
            {
                "linkId": "reasons",
                "text": "Reason for visit",
                "answer": [{"valueCoding": _local(r)} for r in visit.reasons] or None,
            },
            _yes_no("urgent", "Open wound, redness, fever or swelling", visit.urgent),
            _yes_no("returning", "Has been here before", visit.returning),
            _yes_no("mobility-help", "Help moving around", visit.mobility_help),
            _yes_no("appointment", "Has an appointment today", visit.appointment),
        ],
    }
    return {
        "resourceType": "Bundle",
        "identifier": own,
        "type": "transaction",
        "entry": [
            _conditional("Patient", patient, visit.id),
            _conditional("Encounter", _without_none(encounter), visit.id),
            _conditional("QuestionnaireResponse", answers, visit.id),
        ],
    }


def _without_none(resource: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in resource.items() if v is not None}


def _local(reason: Reason) -> dict[str, str]:
    return {"system": REASON_SYSTEM, "code": reason.value, "display": reason_text(reason)}


def _reason(reason: Reason) -> dict[str, Any]:
    codings = [_local(reason)]
    if reason in REASON_SNOMED:
        code, display = REASON_SNOMED[reason]
        codings.insert(0, {"system": SNOMED, "code": code, "display": display})
    return {"coding": codings, "text": reason_text(reason)}


def _yes_no(link: str, text: str, answer: bool) -> dict[str, Any]:
    return {"linkId": link, "text": text, "answer": [{"valueBoolean": answer}]}


def export_bundles(stored: Iterable[StoredCheckIn], out: Path) -> int:
    """One Bundle a line (NDJSON) for each opened check-in, written atomically; how many."""
    lines = []
    for row in stored:
        if row.visit is None:
            continue
        bundle = checkin_bundle(Arrival(row.visit, row.ticket, row.created_at))
        lines.append(bundle_json(bundle))  # one line: JSON escapes every line break
    write_atomic(out, "".join(line + "\n" for line in lines).encode("utf-8"))
    return len(lines)
