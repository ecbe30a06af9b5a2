"""A check-in as an HL7 v2.5.1 ADT^A04 ("register a patient") message, built and validated
strictly by hl7apy. Each value is set on its own component, so the patient's words are escaped
by the standard's rules (``|^~\\&``) and never read as delimiters.

Mapping (decision 0017): MSH from ``handoff.toml``; EVN-2 and PV1-44 the arrival; PID-3 the
kiosk's id for the check-in (a walk-in has no record number yet), PID-5 the name as typed,
PID-7 the date of birth, PID-13 the mobile when given; PV1-2 ``O`` (outpatient), PV1-19 the
check-in's id, PV1-50 the ticket; the reasons and the other answers in OBX (or the reasons in PV2,
the other answers still in OBX).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from hl7apy.consts import VALIDATION_LEVEL
from hl7apy.core import Message
from hl7apy.exceptions import HL7apyException
from hl7apy.factories import datatype_factory

from kiosk.core.checkin.answers import REASON_LABELS, CheckIn, Reason
from kiosk.core.handoff.config import Hl7Receiver, ReasonsIn

VERSION = "2.5.1"
MESSAGE_TYPE = "ADT^A04^ADT_A01"
LOCAL_CODES = "L"
"""HL7 table 0396's name for codes local to the sender: the kiosk's own reason codes."""
YES_NO = "HL70136"
LANGUAGE_CODE = re.compile(r"[a-z]{2}")
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
"""The English names of the languages the kiosk speaks, as receivers show them; a language
added later travels by its code alone until it is named here."""


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, "")


class Hl7BuildError(Exception):
    """A check-in that makes no valid message (a value longer than HL7 allows); the message
    names the field, never its value."""


@dataclass(frozen=True)
class Arrival:
    """What a message is made of: the opened check-in, its ticket and when it was made."""

    visit: CheckIn
    ticket: str
    arrived_at: datetime


def literal(text: str) -> object:
    """``text`` as a value read back as it is. A string set on a component is parsed (an ``&``
    would start a subcomponent), so it goes in as an ST of its own; and hl7apy escapes the
    delimiters but takes a backslash that already looks like an escape sequence (``\\F\\``,
    ``\\H\\``) for one, so each backslash is escaped first (``\\E\\``, left alone)."""
    value = text.replace("\\", "\\E\\")
    return datatype_factory("ST", value, VERSION, VALIDATION_LEVEL.STRICT)


def hl7_time(moment: datetime) -> str:
    """HL7's DTM with the offset from UTC (a naive time is the kiosk's local time)."""
    return moment.astimezone().strftime("%Y%m%d%H%M%S%z")


def adt_a04(
    arrival: Arrival,
    receiver: Hl7Receiver,
    control_id: str,
    made_at: datetime,
    *,
    test: bool = False,
) -> str:
    """The message in ER7 (segments ended by CR), validated strictly; ``Hl7BuildError`` when it
    cannot be."""
    visit = arrival.visit
    texts = (visit.first_name, visit.last_name, visit.mobile)
    if any(unicodedata.category(c) == "Cc" for text in texts for c in text):
        # a CR would start a segment of its own: the kiosk never takes one, a store might hold it
        raise Hl7BuildError("the check-in holds a control character HL7 cannot carry")
    try:
        message = _message(arrival, receiver, control_id, made_at, test)
        message.validate()
        return str(message.to_er7()) + "\r"
    except HL7apyException as exc:
        kind = type(exc).__name__
        raise Hl7BuildError(f"the check-in makes no valid HL7 message ({kind})") from exc


def _message(
    arrival: Arrival, receiver: Hl7Receiver, control_id: str, made_at: datetime, test: bool
) -> Message:
    visit = arrival.visit
    arrived = hl7_time(arrival.arrived_at)
    m = Message("ADT_A01", version=VERSION, validation_level=VALIDATION_LEVEL.STRICT)
    m.msh.msh_3.hd_1 = receiver.sending_application
    m.msh.msh_4.hd_1 = receiver.sending_facility
    if receiver.receiving_application:
        m.msh.msh_5.hd_1 = receiver.receiving_application
    if receiver.receiving_facility:
        m.msh.msh_6.hd_1 = receiver.receiving_facility
    m.msh.msh_7 = hl7_time(made_at)
    m.msh.msh_9 = MESSAGE_TYPE
    m.msh.msh_10 = control_id
    m.msh.msh_11 = "T" if test else "P"
    m.msh.msh_15 = "AL"  # an accept acknowledgement, always
    m.msh.msh_16 = "NE"  # no application acknowledgement is waited for
    m.msh.msh_18 = "UNICODE UTF-8"
    m.evn.evn_2 = arrived
    m.evn.evn_6 = arrived
    pid = m.pid
    pid.pid_1 = "1"
    pid.pid_3.cx_1 = literal(visit.id)
    pid.pid_3.cx_4.hd_1 = receiver.sending_application
    pid.pid_3.cx_5 = "PI"  # the sender's own identifier for this arrival
    pid.pid_5.xpn_1.fn_1 = literal(visit.last_name)
    pid.pid_5.xpn_2 = literal(visit.first_name)
    pid.pid_5.xpn_7 = "L"
    pid.pid_7 = _hl7_date(visit.birth_date)
    if LANGUAGE_CODE.fullmatch(visit.language):
        pid.pid_15.ce_1 = visit.language
        if language_name(visit.language):
            pid.pid_15.ce_2 = language_name(visit.language)
        pid.pid_15.ce_3 = "ISO6391"
    if visit.mobile:
        pid.pid_13.xtn_2 = "PRN"
        pid.pid_13.xtn_3 = "CP"
        pid.pid_13.xtn_12 = literal(visit.mobile)
    pv1 = m.pv1
    pv1.pv1_1 = "1"
    pv1.pv1_2 = "O"
    pv1.pv1_19.cx_1 = literal(visit.id)
    pv1.pv1_44 = arrived
    pv1.pv1_50.cx_1 = literal(arrival.ticket)
    in_pv2 = receiver.reasons_in is ReasonsIn.PV2
    if in_pv2:
        _reasons_in_pv2(m, visit)
    # the urgent answer, and the others, in OBX either way: none is ever left out
    _answers_in_obx(m, visit, reasons=not in_pv2)
    return m


def _hl7_date(day: date) -> str:
    return day.strftime("%Y%m%d")


def reason_text(reason: Reason) -> str:
    return str(REASON_LABELS[reason])


def _reasons_in_pv2(m: Message, visit: CheckIn) -> None:
    if not visit.reasons:
        return
    first = visit.reasons[0]
    m.pv2.pv2_3.ce_1 = first.value
    m.pv2.pv2_3.ce_2 = reason_text(first)
    m.pv2.pv2_3.ce_3 = LOCAL_CODES
    m.pv2.pv2_12 = "; ".join(reason_text(r) for r in visit.reasons)


def _answers_in_obx(m: Message, visit: CheckIn, *, reasons: bool) -> None:
    rows: list[tuple[str, str, str, str, str]] = [
        ("REASON", "Reason for visit", r.value, reason_text(r), LOCAL_CODES)
        for r in (visit.reasons if reasons else ())
    ]
    for code, text, answer in (
        ("URGENT", "Open wound, redness, fever or swelling", visit.urgent),
        ("RETURNING", "Has been here before", visit.returning),
        ("MOBILITY", "Help moving around", visit.mobility_help),
        ("APPOINTMENT", "Has an appointment today", visit.appointment),
    ):
        rows.append((code, text, "Y" if answer else "N", "Yes" if answer else "No", YES_NO))
    for n, (code, text, value, value_text, system) in enumerate(rows, start=1):
        obx = m.add_segment("OBX")
        obx.obx_1 = str(n)
        obx.obx_2 = "CWE"
        obx.obx_3.ce_1 = code
        obx.obx_3.ce_2 = text
        obx.obx_3.ce_3 = LOCAL_CODES
        # OBX-5's type varies with OBX-2, so hl7apy takes it whole: our own codes and words,
        # which hold no delimiter (a test checks every one).
        obx.obx_5 = f"{value}^{value_text}^{system}"
        obx.obx_11 = "F"
