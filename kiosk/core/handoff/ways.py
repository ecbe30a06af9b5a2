"""The ways a check-in is handed on, each one message and one answer: HL7 v2 over MLLP, and a
FHIR transaction Bundle POSTed to the practice's FHIR server.

A way makes the message for a check-in (the same text on every try) and sends it; what the
receiver said is a ``Delivery`` (delivered, or refused with its words), and no answer at all
is ``NoAnswerError``, which the service tries again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kiosk.core.handoff.config import FhirReceiver, Hl7Receiver
from kiosk.core.handoff.fhir_bundle import FhirBuildError, bundle_json, checkin_bundle
from kiosk.core.handoff.fhir_post import post_bundle
from kiosk.core.handoff.hl7_adt import Arrival, Hl7BuildError, adt_a04
from kiosk.core.handoff.mllp import NoAnswerError, send_message
from kiosk.core.storage.handoff_ledger import Channel, Handoff

__all__ = ["BuildError", "Delivery", "FhirWay", "Hl7Way", "NoAnswerError", "Way"]

BuildError = (Hl7BuildError, FhirBuildError)
"""A check-in that makes no valid message this way."""


@dataclass(frozen=True)
class Delivery:
    delivered: bool
    words: str


class Way(Protocol):
    @property
    def channel(self) -> Channel: ...

    def message(self, arrival: Arrival, handoff: Handoff) -> str: ...

    def send(self, message: str, handoff: Handoff) -> Delivery: ...

    def receiver_name(self) -> str:
        """The receiver as staff and the log name it."""


class Hl7Way:
    channel = Channel.HL7

    def __init__(self, receiver: Hl7Receiver) -> None:
        self.receiver = receiver

    def receiver_name(self) -> str:
        host = self.receiver.host
        shown = f"[{host}]" if ":" in host else host  # an IPv6 address, as a URL writes it
        return f"{shown}:{self.receiver.port} (HL7 v2.5.1 over MLLP)"

    def message(self, arrival: Arrival, handoff: Handoff) -> str:
        return adt_a04(arrival, self.receiver, handoff.control_id, handoff.first_at)

    def send(self, message: str, handoff: Handoff) -> Delivery:
        to = self.receiver
        ack = send_message(to.host, to.port, message, handoff.control_id, to.ack_timeout_seconds)
        words = f"{ack.code.value}: {ack.words}" if ack.words else ack.code.value
        return Delivery(ack.code.delivered, "" if ack.code.delivered else words)


class FhirWay:
    channel = Channel.FHIR

    def __init__(self, receiver: FhirReceiver) -> None:
        self.receiver = receiver

    def receiver_name(self) -> str:
        return f"{self.receiver.base_url} (FHIR R4B)"

    def message(self, arrival: Arrival, handoff: Handoff) -> str:
        return bundle_json(checkin_bundle(arrival))

    def send(self, message: str, handoff: Handoff) -> Delivery:
        delivered, words = post_bundle(self.receiver, message.encode("utf-8"))
        return Delivery(delivered, words)
