"""A child process that saves the clinic's deck until it is killed.

Usage: python deck_saver.py DATA_DIR. Prints "READY", then for each save n "BEGIN n" before it
and "DONE n" once it has returned; save n titles the first slide "Version n".
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from kiosk.core.paths import DataDir
from kiosk.core.slides.deck_source import DeckSource


def main() -> None:
    source = DeckSource(DataDir(Path(sys.argv[1])))
    builtin = source.load_builtin()
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        print(f"BEGIN {n}", flush=True)
        first = replace(builtin.slides[0], title=f"Version {n}")
        source.save(replace(builtin, slides=(first, *builtin.slides[1:])))
        print(f"DONE {n}", flush=True)


if __name__ == "__main__":
    main()
