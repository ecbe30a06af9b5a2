"""The systemd user unit that runs this checkout of the kiosk (docs/deploy.md)."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.paths import REPOSITORY_DIR, SERVICE_UNIT_TEMPLATE


def service_unit(repository: Path = REPOSITORY_DIR) -> str:
    program = str(repository / "scripts" / "kiosk")
    if any(c.isspace() for c in program):
        program = '"' + program.replace("\\", "\\\\").replace('"', '\\"') + '"'
    text = SERVICE_UNIT_TEMPLATE.read_text("utf-8")
    return text.replace("@PROGRAM@", program).replace("@REPOSITORY@", str(repository))
