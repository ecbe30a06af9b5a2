"""The systemd user unit that runs this checkout of the kiosk (docs/deploy.md)."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.paths import HANDOFF_UNIT_TEMPLATE, REPOSITORY_DIR, SERVICE_UNIT_TEMPLATE


def service_unit(repository: Path = REPOSITORY_DIR) -> str:
    return _unit(SERVICE_UNIT_TEMPLATE, repository / "scripts" / "kiosk", repository)


def handoff_service_unit(repository: Path = REPOSITORY_DIR) -> str:
    """The hand-off service's unit (``kiosk handoff service``), for the desk PC or server."""
    return _unit(HANDOFF_UNIT_TEMPLATE, repository / "scripts" / "handoff", repository)


def _unit(template: Path, program_path: Path, repository: Path) -> str:
    program = str(program_path)
    if any(c.isspace() for c in program):
        program = '"' + program.replace("\\", "\\\\").replace('"', '\\"') + '"'
    text = template.read_text("utf-8")
    return text.replace("@PROGRAM@", program).replace("@REPOSITORY@", str(repository))
