"""Run a writer script in a child process and kill it with SIGKILL at a random moment."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path


def run_until_killed(script: Path, target: Path, rng: random.Random, max_delay: float) -> list[str]:
    """Start ``script TARGET``, wait for its "READY", kill it within ``max_delay`` seconds, and
    return every line it printed after "READY" (the last one may be cut short)."""
    writer = subprocess.Popen(
        [sys.executable, str(script), str(target)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "READY"
    time.sleep(rng.uniform(0, max_delay))
    writer.kill()
    writer.wait(timeout=30)
    # Read through the same buffered stream as readline() above: communicate() would read the
    # pipe underneath it and miss lines that readline() had already buffered.
    out = writer.stdout.read()
    writer.stdout.close()
    return out.splitlines()
