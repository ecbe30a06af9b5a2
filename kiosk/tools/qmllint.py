"""Runs pyside6-qmllint over every QML file of the kiosk; exit 1 on any warning it reports.

The Python types of ``Kiosk.Backend`` have no generated .qmltypes yet, so the two categories that
only say "this import's types are unknown" are turned off; every other check stays on.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.core.paths import QML_DIR


def main() -> int:
    files = sorted(str(p) for p in QML_DIR.rglob("*.qml"))
    command = [
        str(Path(sys.executable).with_name("pyside6-qmllint")),
        "-I",
        str(QML_DIR),
        "--import",
        "disable",
        "--unresolved-type",
        "disable",
        "--missing-type",
        "disable",
        "--missing-property",
        "disable",
        *files,
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if output:
        print(output)
    if result.returncode != 0 or "Warning:" in output:
        print(f"qmllint found problems in {len(files)} QML files.")
        return 1
    print(f"qmllint: {len(files)} QML files, no warnings.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
