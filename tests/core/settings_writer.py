"""A child process that saves settings until it is killed.

Usage: python settings_writer.py SETTINGS_FILE. Prints "READY", then for each save n
"BEGIN n" before it and "DONE n" once it has returned; save n names the clinic "Clinic n".
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.core.settings import Settings, SettingsFile


def main() -> None:
    settings_file = SettingsFile(Path(sys.argv[1]))
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        print(f"BEGIN {n}", flush=True)
        # Long enough that a kill often lands inside a write.
        settings_file.save(Settings(clinic_name=f"Clinic {n}", opening_hours="x" * 80))
        print(f"DONE {n}", flush=True)


if __name__ == "__main__":
    main()
