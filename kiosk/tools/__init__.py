"""Developer tools: QML lint, translations, the test screen and the chimes' sounds."""

from __future__ import annotations

import subprocess
from pathlib import Path


def run_tool(command: list[str]) -> str:
    """Run one of Qt's command-line tools; its output, or ``RuntimeError`` with it on failure."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed:\n{output}")
    return output
