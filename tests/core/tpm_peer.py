"""A real TPM 2.0 for the tests: swtpm (Debian's package, the TPM emulator QEMU uses), started
in a temporary folder, reached by tpm2-tools through ``TPM2TOOLS_TCTI``."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path


def _free_port_pair() -> int:
    """A port whose next one is free too: swtpm serves commands on one, control on the next."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        if port >= 65535:
            continue
        with socket.socket() as second:
            try:
                second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no two free ports in a row")


class SoftwareTpm:
    """One chip: its state (the seeds its keys come from) kept in ``state``, so a chip stopped
    and started again is the same chip, as after a reboot; a new folder is another machine's."""

    def __init__(self, state: Path) -> None:
        program = shutil.which("swtpm")
        if program is None:
            raise RuntimeError("swtpm is missing: scripts/test installs it (Debian package swtpm)")
        self._program = program
        self.state = state
        state.mkdir(parents=True, exist_ok=True)
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def tcti(self) -> str:
        return f"swtpm:host=127.0.0.1,port={self.port}"

    def start(self) -> None:
        self.port = _free_port_pair()
        self._process = subprocess.Popen(
            [
                self._program,
                "socket",
                "--tpm2",
                "--tpmstate",
                f"dir={self.state}",
                "--server",
                f"type=tcp,port={self.port},bindaddr=127.0.0.1",
                "--ctrl",
                f"type=tcp,port={self.port + 1},bindaddr=127.0.0.1",
                "--flags",
                "not-need-init,startup-clear",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("swtpm did not start listening")

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None
