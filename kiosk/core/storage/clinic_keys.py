"""The clinic's public keys as its server last gave a kiosk (``clinic-keys.json``, written by
``clinic_calls``): read without psycopg, so a kiosk on its own never imports it."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

from kiosk.core.sealing import ClinicPublicKey, KnownKeys
from kiosk.core.storage.files import RefusedFileError, read_capped

log = logging.getLogger(__name__)

MAX_KEYS_BYTES = 64 * 1024


def read_clinic_keys(path: Path) -> KnownKeys | None:
    """The clinic's keys as its server last gave them; None when none was given (or the file
    cannot be trusted, which is said)."""
    try:
        kept = json.loads(read_capped(path, MAX_KEYS_BYTES).decode("utf-8"))
        keys = [ClinicPublicKey.of(bytes.fromhex(str(k["public"]))) for k in kept["keys"]]
    except FileNotFoundError:
        return None
    except (OSError, RefusedFileError, ValueError, KeyError, TypeError) as exc:
        log.error("%s cannot be used (%s); the kiosk's own key seals", path.name, exc)
        return None
    if not keys:
        return None
    return KnownKeys(keys[0], frozenset(k.key_id for k in keys))


def clinic_then_own(
    path: Path, own: Callable[[], KnownKeys | None]
) -> Callable[[], KnownKeys | None]:
    """The keys a kiosk of a clinic seals with: the clinic's, from its server, once it has one;
    until then the kiosk's own staff accounts' (as a kiosk on its own)."""

    def known() -> KnownKeys | None:
        return read_clinic_keys(path) or own()

    return known
