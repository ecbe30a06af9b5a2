"""One FHIR transaction Bundle POSTed to the practice's FHIR server (its base URL), with the
bearer token read from its file at each try (so IT may replace it without a restart).

2xx delivers. A 4xx the server means (a Bundle it will not take) is a refusal, with the
server's own words (its OperationOutcome's); no answer, a 5xx, 408, 429 and a token refused
(401, 403) are ``NoAnswerError``: nothing wrong with the check-in, so it is tried again.
"""

from __future__ import annotations

import json
import os
import re
import ssl
import stat
import urllib.error
import urllib.request
from pathlib import Path

from kiosk.core.handoff.config import FhirReceiver
from kiosk.core.handoff.mllp import WORDS_LIMIT, NoAnswerError
from kiosk.core.storage.files import RefusedFileError, read_capped

MAX_TOKEN_BYTES = 16 * 1024
MAX_ANSWER_BYTES = 256 * 1024
TRIED_AGAIN = frozenset({401, 403, 408, 425, 429})


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is never followed: urllib would turn the POST into a GET elsewhere (the
    Bundle lost, yet "200") and carry the token there. It is a refusal staff see."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)


BEARER_TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
"""What RFC 6750 lets a bearer token hold."""


def read_token(path: Path) -> str:
    """The bearer token in ``path``: the file alone (a link could be pointed elsewhere), the
    service's user's alone, the token on one line (a ``Bearer`` in front of it is taken off)."""
    try:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            raise NoAnswerError(f"{path} is a link; put the token in the file itself")
        if stat.S_ISDIR(mode):
            raise NoAnswerError(f"{path} is a folder; the token goes in a file of that name")
        if os.name == "posix" and stat.S_IMODE(mode) & 0o077:
            raise NoAnswerError(f"{path} can be read by other users; make it yours alone")
        token = read_capped(path, MAX_TOKEN_BYTES).decode("utf-8-sig").strip()
    except FileNotFoundError as exc:
        raise NoAnswerError(f"there is no token file at {path}") from exc
    except (RefusedFileError, OSError, UnicodeDecodeError) as exc:
        raise NoAnswerError(f"the token file cannot be read ({exc})") from exc
    scheme, _, rest = token.partition(" ")
    if scheme.lower() == "bearer":
        token = rest.strip()
    if not token:
        raise NoAnswerError("the token file holds no token")
    if not token.isprintable() or any(c.isspace() for c in token):
        raise NoAnswerError("the token file must hold the token alone, on one line")
    if not BEARER_TOKEN.fullmatch(token):
        raise NoAnswerError(
            "the token file holds a character no token has (curly quotes or a dash from a"
            " word processor, say); paste the token again as plain text"
        )
    return token


def post_bundle(receiver: FhirReceiver, body: bytes) -> tuple[bool, str]:
    """(delivered, the server's words on a refusal)."""
    headers = {
        "Content-Type": "application/fhir+json; charset=utf-8",
        "Accept": "application/fhir+json",
    }
    if receiver.token_file is not None:
        headers["Authorization"] = f"Bearer {read_token(receiver.token_file)}"
    request = urllib.request.Request(receiver.base_url, data=body, headers=headers, method="POST")
    try:
        with _OPENER.open(request, timeout=receiver.timeout_seconds) as answer:
            said = answer.read(MAX_ANSWER_BYTES)
            if not 200 <= answer.status < 300:
                return False, f"{answer.status}: the FHIR server answered with a redirect"
            return _taken(answer.status, said)
    except urllib.error.HTTPError as exc:
        with exc:  # its answer's connection is closed here, not left to the collector
            words = _outcome_words(exc.read(MAX_ANSWER_BYTES)) or exc.reason or ""
        if exc.code >= 500 or exc.code in TRIED_AGAIN:
            raise NoAnswerError(
                f"the FHIR server answered {exc.code} ({words})"[:WORDS_LIMIT]
            ) from exc
        return False, f"{exc.code}: {words}"[:WORDS_LIMIT]
    except TimeoutError as exc:
        raise NoAnswerError(f"no answer within {receiver.timeout_seconds:g} s") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, ssl.SSLCertVerificationError):
            raise NoAnswerError(
                f"the FHIR server's certificate is not trusted here ({reason.verify_message}):"
                " if the practice has its own certificate authority, add it to this machine's"
                " (update-ca-certificates)"[:WORDS_LIMIT]
            ) from exc
        raise NoAnswerError(
            f"the FHIR server could not be reached ({reason})"[:WORDS_LIMIT]
        ) from exc


def _taken(status: int, body: bytes) -> tuple[bool, str]:
    """A 2xx is the check-in taken only when its body is the transaction's response with no
    entry refused: a web page or a proxy answering 200 at a wrong address takes nothing."""
    try:
        answer = json.loads(body)
    except ValueError:
        answer = None
    if not (
        isinstance(answer, dict)
        and answer.get("resourceType") == "Bundle"
        and answer.get("type") == "transaction-response"
    ):
        return False, (
            f"{status}, but the answer is not a FHIR transaction response: is fhir_base_url"
            " the FHIR server's base address?"
        )
    entries = answer.get("entry")
    for entry in entries if isinstance(entries, list) else []:
        response = entry.get("response") if isinstance(entry, dict) else None
        if not isinstance(response, dict):
            continue
        code = str(response.get("status", ""))
        if code[:1] in ("4", "5"):
            words = _outcome_words(json.dumps(response.get("outcome")).encode())
            said = f"{status}, but an entry was answered {code} {words}".strip()
            return False, said[:WORDS_LIMIT]
    return True, ""


def _outcome_words(body: bytes) -> str:
    """The diagnostics (or details) of an OperationOutcome's issues, on one line."""
    try:
        outcome = json.loads(body)
    except ValueError:
        return ""
    if not isinstance(outcome, dict) or outcome.get("resourceType") != "OperationOutcome":
        return ""
    said = []
    for issue in outcome.get("issue") or []:
        if isinstance(issue, dict):
            details = issue.get("details") if isinstance(issue.get("details"), dict) else {}
            text = issue.get("diagnostics") or (details or {}).get("text") or ""
            said.append(str(text))
    return " ".join(" ".join(said).split())[:WORDS_LIMIT]
