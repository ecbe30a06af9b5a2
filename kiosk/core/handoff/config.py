"""``handoff.toml``: where check-ins are handed on, and how. Read by ``kiosk handoff``.

A file of its own, not ``settings.toml``: it names hosts and a key file, is written by the
clinic's IT at a terminal, and a mistake in it stops the service with the reason rather than
falling back, since a check-in sent to the wrong receiver cannot be taken back.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, urlsplit

from kiosk.core.storage.files import RefusedFileError, read_capped

log = logging.getLogger(__name__)

MAX_CONFIG_BYTES = 16 * 1024
HL7_NAME = re.compile(r"[A-Za-z0-9 ._-]{1,20}")
"""What MSH-3 to MSH-6 may hold here: HD namespace ids, no delimiters."""
HOST = re.compile(r"[A-Za-z0-9._-]{1,253}")
"""A host name or an IPv4 address; an IPv6 address is read by ``ipaddress``."""
REQUIRED_NAMES = ("sending_application", "sending_facility")
"""MSH-3 and MSH-4, which a receiver routes and answers by: never empty."""


class ReasonsIn(StrEnum):
    OBX = "obx"
    """One OBX segment per reason (and one each for the other answers)."""
    PV2 = "pv2"
    """The first reason in PV2-3 (admit reason), every reason's text in PV2-12."""


@dataclass(frozen=True)
class Hl7Receiver:
    host: str
    port: int
    sending_application: str = "CLINIC-KIOSK"
    sending_facility: str = "CLINIC"
    receiving_application: str = ""
    receiving_facility: str = ""
    reasons_in: ReasonsIn = ReasonsIn.OBX
    ack_timeout_seconds: float = 10.0


@dataclass(frozen=True)
class FhirReceiver:
    base_url: str
    """Where transaction Bundles are POSTed: the server's base, such as https://ehr/fhir."""
    token_file: Path | None = None
    """A bearer token, in a file only the service's user can read; none: no Authorization."""
    timeout_seconds: float = 10.0


@dataclass(frozen=True)
class HandoffConfig:
    hl7: Hl7Receiver | None = None
    fhir: FhirReceiver | None = None
    key_file: Path | None = None
    """The machine's key file (``kiosk handoff enrol``); beside the data folder's files when
    not set."""
    problems: tuple[str, ...] = field(default=())

    @property
    def usable(self) -> bool:
        return not self.problems and (self.hl7 is not None or self.fhir is not None)


class HandoffConfigError(Exception):
    """The file cannot be read at all; its message says why, for the terminal."""


def load_handoff_config(path: Path) -> HandoffConfig:
    try:
        # a byte-order mark, as some Windows editors write, is no mistake of the writer's
        text = read_capped(path, MAX_CONFIG_BYTES).decode("utf-8-sig")
    except FileNotFoundError as exc:
        raise HandoffConfigError(f"There is no {path.name} in {path.parent}.") from exc
    except RefusedFileError as exc:
        raise HandoffConfigError(f"{path.name} cannot be used: {exc}.") from exc
    except UnicodeDecodeError as exc:
        raise HandoffConfigError(
            f"{path.name} is not UTF-8 text (see its byte {exc.start + 1}):"
            " save it again as UTF-8 in the editor."
        ) from exc
    except OSError as exc:
        raise HandoffConfigError(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise HandoffConfigError(f"{path.name} is not valid TOML: {exc}.") from exc
    return parse_handoff_config(data, path.parent)


def parse_handoff_config(data: dict[str, Any], folder: Path) -> HandoffConfig:
    section = data.get("handoff")
    if not isinstance(section, dict):
        return HandoffConfig(problems=("the file has no [handoff] table",))
    problems: list[str] = []
    known = {
        "hl7_host",
        "hl7_port",
        "sending_application",
        "sending_facility",
        "receiving_application",
        "receiving_facility",
        "reasons_in",
        "ack_timeout_seconds",
        "key_file",
        "fhir_base_url",
        "fhir_token_file",
        "fhir_timeout_seconds",
    }
    problems += [f"{name} is not a setting this program knows" for name in section.keys() - known]
    key_file = section.get("key_file", "")
    if not isinstance(key_file, str):
        problems.append("key_file must be a path in quotes")
        key_file = ""
    hl7 = _hl7(section, problems)
    fhir = _fhir(section, folder, problems)
    if hl7 is None and fhir is None and not problems:
        problems.append("neither hl7_host nor fhir_base_url is set: there is nowhere to send")
    return HandoffConfig(
        hl7=hl7,
        fhir=fhir,
        key_file=(folder / key_file) if key_file else None,
        problems=tuple(problems),
    )


def _is_host(value: object) -> bool:
    if not isinstance(value, str):
        return False
    if ":" not in value:
        return bool(HOST.fullmatch(value))
    try:
        return isinstance(ipaddress.ip_address(value), ipaddress.IPv6Address)
    except ValueError:
        return False


def _hl7(section: dict[str, Any], problems: list[str]) -> Hl7Receiver | None:
    """The receiver, or None when ``hl7_host`` is not set or anything is wrong; every
    problem is listed, not only the first, so one edit can put them all right."""
    host = section.get("hl7_host", "")
    if host == "":
        return None
    found = len(problems)
    if not _is_host(host):
        if isinstance(host, str) and host.count(":") == 1 and host.rsplit(":", 1)[1].isdigit():
            problems.append("hl7_host must be the host alone: its port goes in hl7_port")
        else:
            problems.append("hl7_host must be a host name or address, such as pm.clinic.lan")
    port = section.get("hl7_port", 2575)
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        problems.append("hl7_port must be a whole number from 1 to 65535")
    names: dict[str, str] = {}
    defaults = Hl7Receiver("", 0)
    for name in (
        "sending_application",
        "sending_facility",
        "receiving_application",
        "receiving_facility",
    ):
        if name == "sending_facility" and name not in section:
            problems.append(
                "sending_facility must be set: the name the practice's software knows the clinic"
                " by (MSH-4), which is never guessed"
            )
            continue
        value = section.get(name, getattr(defaults, name))
        if not isinstance(value, str) or (value and not HL7_NAME.fullmatch(value)):
            problems.append(
                f"{name} must be up to 20 letters, digits, spaces, dots, dashes or underscores"
            )
        elif not value.strip() and name in REQUIRED_NAMES:
            problems.append(f"{name} must not be empty: the receiver answers by it")
        else:
            names[name] = value
    reasons = section.get("reasons_in", ReasonsIn.OBX.value)
    if reasons not in {r.value for r in ReasonsIn}:
        problems.append('reasons_in must be "obx" or "pv2"')
    timeout = section.get("ack_timeout_seconds", defaults.ack_timeout_seconds)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 1 <= timeout <= 120:
        problems.append("ack_timeout_seconds must be from 1 to 120")
    if len(problems) > found:
        return None
    return Hl7Receiver(
        host=host,
        port=port,
        reasons_in=ReasonsIn(reasons),
        ack_timeout_seconds=float(timeout),
        **names,
    )


def _url_parts(url: str) -> SplitResult | None:
    """The address's parts, or None where it cannot be read (a port that is not a number, an
    IPv6 address without its closing bracket)."""
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError:
        return None
    return parts


def _fhir(section: dict[str, Any], folder: Path, problems: list[str]) -> FhirReceiver | None:
    url = section.get("fhir_base_url", "")
    if url == "":
        return None
    clean = isinstance(url, str) and url.isprintable() and " " not in url
    parts = _url_parts(url) if clean and isinstance(url, str) else None
    local = parts is not None and parts.hostname in ("localhost", "127.0.0.1", "::1")
    found = len(problems)
    if (
        parts is None
        or not parts.hostname
        or parts.username
        or parts.query
        or parts.fragment
        or not (parts.scheme == "https" or (parts.scheme == "http" and local))
    ):
        problems.append(
            "fhir_base_url must be an https:// address with no user, query or fragment in it,"
            " its port (if any) a number and an IPv6 address in [brackets]"
            " (http:// only for a server on this machine: answers never cross a network in clear)"
        )
    token = section.get("fhir_token_file", "")
    if not isinstance(token, str):
        problems.append("fhir_token_file must be a path in quotes")
    timeout = section.get("fhir_timeout_seconds", 10.0)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 1 <= timeout <= 120:
        problems.append("fhir_timeout_seconds must be from 1 to 120")
    if len(problems) > found:
        return None
    return FhirReceiver(
        base_url=str(url).rstrip("/"),
        token_file=(folder / token) if token else None,
        timeout_seconds=float(timeout),
    )


class SettingsWatch:
    """``handoff.toml`` as the running service sees it: read again when it changes, so that
    a facility put right there takes effect with ``kiosk handoff retry``, without a restart.
    A changed file with a mistake in it is said, and the settings the service has are kept."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen = self._stamp()

    def _stamp(self) -> tuple[int, int] | None:
        try:
            found = self.path.stat()
        except OSError:
            return None
        return (found.st_mtime_ns, found.st_size)

    def changed(self) -> HandoffConfig | None:
        """The new settings once the file changed and can be used; else None."""
        stamp = self._stamp()
        if stamp == self._seen:
            return None
        self._seen = stamp
        try:
            config = load_handoff_config(self.path)
        except HandoffConfigError as exc:
            log.error("%s The service goes on with the settings it had.", exc)
            return None
        if config.problems:
            log.error(
                "%s changed but cannot be used (%s); the service goes on with the settings it had",
                self.path.name,
                "; ".join(config.problems),
            )
            return None
        return config
