"""A patient's answers sealed with the clinic's public key (libsodium sealed boxes, X25519), so a
kiosk can write them and never read them back.

What a box holds is the check-in as JSON, its id inside too (a box moved to another row is
refused, not shown as someone else's), padded to a multiple of ``PAD_BYTES`` (one block holds the
longest answers a kiosk takes) so its length does not tell a short name from a long one. Only
the private keys opened for a signed-in staff member's session (``ClinicKeys``) open boxes; a
box altered by one byte fails libsodium's check and is refused as ``SealError``, never read as
garbage.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, replace
from datetime import date

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from kiosk.core.checkin.answers import CheckIn, Reason
from kiosk.core.storage.records import StoredCheckIn

log = logging.getLogger(__name__)

PAD_BYTES = 1024
PAYLOAD_VERSION = 1
MAX_BOX_BYTES = 64 * 1024
"""Far above any check-in a kiosk makes; a larger box is refused before it is opened."""


class KeysUnreadableError(Exception):
    """The clinic's keys cannot be read now (the staff file is damaged or missing): a store
    with no key of its own must then write nothing rather than write in clear."""


class SealError(Exception):
    """A box that cannot be opened: altered, damaged, or sealed for a key this session does not
    hold. Its message names no patient data."""


@dataclass(frozen=True)
class ClinicPublicKey:
    key_id: str
    public: bytes

    @classmethod
    def of(cls, public: bytes) -> ClinicPublicKey:
        PublicKey(public)  # refuses anything that is not 32 bytes
        return cls(key_id_of(public), bytes(public))


@dataclass(frozen=True)
class KnownKeys:
    """The clinic's keys as its key holders know them: the one to seal with, and every one a
    kept check-in may be sealed with."""

    newest: ClinicPublicKey
    ids: frozenset[str]

    def knows(self, key: ClinicPublicKey | None) -> bool:
        return key is not None and key.key_id in self.ids


def key_id_of(public: bytes) -> str:
    """A short name for a public key, the same everywhere it is kept."""
    return hashlib.sha256(b"clinic-kiosk key " + public).hexdigest()[:16]


def new_key_pair() -> tuple[ClinicPublicKey, bytes]:
    """A new clinic key: its public half, and its private half (32 bytes) to be wrapped at once."""
    private = PrivateKey.generate()
    return ClinicPublicKey.of(bytes(private.public_key)), bytes(private)


def seal_visit(visit: CheckIn, key: ClinicPublicKey) -> bytes:
    text = json.dumps(visit_payload(visit), ensure_ascii=False, separators=(",", ":")).encode()
    padded = text + b" " * (-len(text) % PAD_BYTES)
    return bytes(SealedBox(PublicKey(key.public)).encrypt(padded))


def visit_payload(visit: CheckIn) -> dict[str, object]:
    """What a box holds, before it is sealed."""
    return {
        "v": PAYLOAD_VERSION,
        "id": visit.id,
        "first_name": visit.first_name,
        "last_name": visit.last_name,
        "birth_date": visit.birth_date.isoformat(),
        "reasons": [r.value for r in visit.reasons],
        "urgent": visit.urgent,
        "mobile": visit.mobile,
        "returning": visit.returning,
        "mobility_help": visit.mobility_help,
        "appointment": visit.appointment,
        "language": visit.language,
    }


def seal_bytes(body: bytes, key: ClinicPublicKey) -> bytes:
    """A whole file sealed (a damaged store moved aside)."""
    return bytes(SealedBox(PublicKey(key.public)).encrypt(body))


def opened(rows: list[StoredCheckIn], keys: ClinicKeys | None) -> list[StoredCheckIn]:
    """``rows`` with each sealed check-in opened by ``keys``; without keys they stay tickets
    only, and one that cannot be opened says why in ``unopened`` (and is logged, by ticket)."""
    if not keys:
        return rows
    result = []
    for row in rows:
        if row.sealed is None or row.visit is not None:
            result.append(row)
            continue
        try:
            visit = keys.open_visit(row.sealed.box, row.sealed.key_id, row.checkin_id)
        except SealError as exc:
            if str(exc) != NOT_HELD:
                log.error("Check-in %s cannot be opened: %s", row.ticket, exc)
            result.append(replace(row, unopened=str(exc)))
        else:
            result.append(replace(row, visit=visit))
    return result


NOT_HELD = "this check-in was sealed for a key this session does not hold"
"""Why a box was not opened when it is for another key (on a kiosk of a clinic: the clinic's,
which only the front desk's accounts hold), not because it was altered."""


class ClinicKeys:
    """The clinic's private keys opened for one staff session, by key id. ``forget`` drops them
    (signing out, the idle lock); afterwards nothing opens."""

    def __init__(self, privates: dict[str, bytes] | None = None) -> None:
        self._boxes: dict[str, SealedBox[PrivateKey]] = {}
        self._privates: dict[str, bytes] = {}
        for private in (privates or {}).values():
            self.add(private)

    def add(self, private: bytes) -> str:
        key = PrivateKey(private)
        key_id = key_id_of(bytes(key.public_key))
        self._boxes[key_id] = SealedBox(key)
        self._privates[key_id] = bytes(private)
        return key_id

    @property
    def key_ids(self) -> frozenset[str]:
        return frozenset(self._boxes)

    def __bool__(self) -> bool:
        return bool(self._boxes)

    def private(self, key_id: str) -> bytes:
        """The private key itself, to wrap it for another holder; ``KeyError`` when not held."""
        return self._privates[key_id]

    def forget(self) -> None:
        self._boxes.clear()
        self._privates.clear()

    def open_visit(self, box: bytes, key_id: str, checkin_id: str) -> CheckIn:
        """The answers sealed in ``box`` for check-in ``checkin_id``; ``SealError`` otherwise."""
        opener = self._boxes.get(key_id)
        if opener is None:
            raise SealError(NOT_HELD)
        if len(box) > MAX_BOX_BYTES:
            raise SealError("this sealed check-in is larger than any kiosk makes")
        try:
            payload = json.loads(opener.decrypt(bytes(box)))
        except CryptoError as exc:
            raise SealError("this sealed check-in was altered or damaged") from exc
        except ValueError as exc:
            raise SealError("this sealed check-in holds no check-in") from exc
        return _visit_of(payload, checkin_id)

    def __repr__(self) -> str:
        return f"ClinicKeys({len(self._boxes)} keys)"


def _visit_of(payload: object, checkin_id: str) -> CheckIn:
    if not isinstance(payload, dict) or payload.get("v") != PAYLOAD_VERSION:
        raise SealError("this sealed check-in is of a kind this program does not know")
    if payload.get("id") != checkin_id:
        raise SealError("this sealed check-in belongs to another row")
    try:
        return CheckIn(
            id=checkin_id,
            first_name=str(payload["first_name"]),
            last_name=str(payload["last_name"]),
            birth_date=date.fromisoformat(str(payload["birth_date"])),
            reasons=tuple(Reason(str(r)) for r in payload["reasons"]),
            urgent=bool(payload["urgent"]),
            mobile=str(payload["mobile"]),
            returning=bool(payload["returning"]),
            mobility_help=bool(payload["mobility_help"]),
            # not in boxes sealed before they were kept
            appointment=payload.get("appointment") is True,
            language=str(payload.get("language", ""))[:8],
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise SealError("this sealed check-in holds answers this program cannot read") from exc
