"""A FHIR server for the hand-off's tests: the standard library's HTTP server on a thread,
reading each POSTed Bundle with fhir.resources (libraries we did not write) and answering as
it is told."""

from __future__ import annotations

import json
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from fhir.resources.R4B.bundle import Bundle


@dataclass
class FhirPeer:
    status: int = 200
    outcome: str = ""
    """The diagnostics of the OperationOutcome sent with an error status."""
    delay_s: float = 0.0
    reply: Any = None
    """What a 2xx answer holds instead of the transaction's response (JSON, or text as is)."""
    received: list[Bundle] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    tls: tuple[Path, Path] | None = None
    """A certificate and its key: https, at ``localhost``."""
    port: int = 0
    _server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        if self.tls is not None:
            return f"https://localhost:{self.port}/fhir"
        return f"http://127.0.0.1:{self.port}/fhir"

    def start(self) -> None:
        peer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                peer.paths.append(self.path)
                peer.tokens.append(self.headers.get("Authorization", ""))
                if peer.delay_s:
                    time.sleep(peer.delay_s)
                if peer.status >= 300:
                    self._answer(peer.status, _outcome(peer.outcome))
                    return
                bundle = Bundle.model_validate_json(body)  # the server checks what it takes
                peer.received.append(bundle)
                if peer.reply is not None:
                    self._answer(200, peer.reply)
                    return
                made = [{"response": {"status": "201 Created"}} for _ in bundle.entry or []]
                self._answer(
                    200, {"resourceType": "Bundle", "type": "transaction-response", "entry": made}
                )

            def _answer(self, status: int, body: Any) -> None:
                data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/fhir+json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        if self.tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*self.tls)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.port = int(self._server.server_address[1])
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def identifiers(self) -> list[str]:
        return [str(json.loads(b.model_dump_json())["identifier"]["value"]) for b in self.received]


def _outcome(diagnostics: str) -> dict[str, Any]:
    return {
        "resourceType": "OperationOutcome",
        "issue": [{"severity": "error", "code": "processing", "diagnostics": diagnostics}],
    }
