"""The systemd user unit that runs this checkout of the kiosk (docs/deploy.md)."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.paths import HANDOFF_UNIT_TEMPLATE, REPOSITORY_DIR, SERVICE_UNIT_TEMPLATE


def service_unit(repository: Path = REPOSITORY_DIR, data_dir: Path | None = None) -> str:
    """``data_dir``: the folder given with ``--data-dir``, which the unit then names too."""
    return _unit(SERVICE_UNIT_TEMPLATE, repository / "scripts" / "kiosk", repository, data_dir)


def handoff_service_unit(repository: Path = REPOSITORY_DIR, data_dir: Path | None = None) -> str:
    """The hand-off service's unit (``kiosk handoff service``), for the desk PC or server."""
    return _unit(HANDOFF_UNIT_TEMPLATE, repository / "scripts" / "handoff", repository, data_dir)


def _unit(template: Path, program_path: Path, repository: Path, data_dir: Path | None) -> str:
    options = "" if data_dir is None else f" --data-dir {_argument(str(data_dir.absolute()))}"
    text = template.read_text("utf-8")
    return (
        text.replace("@PROGRAM@", _argument(str(program_path)))
        .replace("@OPTIONS@", options)
        .replace("@REPOSITORY@", str(repository))
    )


def _argument(word: str) -> str:
    """``word`` as one argument of systemd's ExecStart: its specifiers (``%``) and variables
    (``$``) doubled, and in quotes when it holds a space, a quote or a backslash."""
    word = word.replace("%", "%%").replace("$", "$$")
    if any(c.isspace() or c in "\"'\\;" for c in word):
        word = '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return word
