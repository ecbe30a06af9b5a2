"""``scripts/kiosk`` started at a terminal on a kiosk with no staff account asks there for the
first one before its window opens; a person who skips it gets a kiosk that says it is being set
up. The real program, on a real pseudo-terminal (the PINs are typed hidden, as at a console)."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import subprocess
import termios
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.staff.accounts import open_staff_store
from tests.e2e.conftest import KIOSK_PROGRAM, XScreen, wait_for
from tests.service_manager import ServiceManager


@dataclass
class Terminal:
    master: int
    process: subprocess.Popen[bytes]
    seen: str = ""
    read_to: int = 0
    """Where the last text waited for ended: each wait looks only at what came after it."""

    def wait_for(self, text: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen[self.read_to :]:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{text!r} never came; the terminal showed:\n{self.seen}")
            ready, _, _ = select.select([self.master], [], [], min(left, 0.5))
            if ready:
                try:
                    self.seen += os.read(self.master, 4096).decode(errors="replace")
                except OSError:  # the program closed the terminal
                    raise AssertionError(f"{text!r} never came:\n{self.seen}") from None
        self.read_to = self.seen.index(text, self.read_to) + len(text)

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\r")


def _controlling_terminal() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


@contextmanager
def kiosk_at_a_terminal(
    data: Path, x_screen: XScreen, notify: Path
) -> Iterator[tuple[Terminal, ServiceManager]]:
    manager = ServiceManager(notify)
    master, follower = os.openpty()
    process = subprocess.Popen(
        [str(KIOSK_PROGRAM), "--data-dir", str(data), "--windowed"],
        env={**x_screen.env(), "NOTIFY_SOCKET": str(manager.path)},
        stdin=follower,
        stdout=follower,
        stderr=follower,
        start_new_session=True,
        preexec_fn=_controlling_terminal,
    )
    os.close(follower)
    try:
        yield Terminal(master, process), manager
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
        os.close(master)
        manager.close()


def test_the_first_account_is_asked_for_at_the_terminal_before_the_kiosk_starts(
    x_screen: XScreen, tmp_path: Path
) -> None:
    data = tmp_path / "kiosk-data"
    with kiosk_at_a_terminal(data, x_screen, tmp_path / "notify") as (terminal, manager):
        terminal.wait_for("This kiosk has no staff account yet")
        terminal.wait_for("Your name")
        assert manager.messages == [], "the kiosk waits for the answer before it starts"
        terminal.type("Ana Ruiz")
        terminal.wait_for("PIN (6 to 12 digits): ")
        terminal.type("111111")  # too easy: the PIN is asked again, never the name (it shows)
        terminal.wait_for("too easy to guess")
        terminal.wait_for("PIN (6 to 12 digits): ")
        terminal.type("482916")
        terminal.wait_for("The same PIN again: ")
        terminal.type("482916")
        terminal.wait_for("The account Ana Ruiz was made. Starting the kiosk.")
        assert "482916" not in terminal.seen, "a PIN is never shown as it is typed"
        assert terminal.seen.count("Your name") == 1
        wait_for(lambda: any("check-in is ready" in m for m in manager.messages))
    assert terminal.process.returncode == 0, terminal.seen[-2000:]
    staff = open_staff_store(data / "staff.sqlite")
    try:
        assert [m.name for m in staff.members()] == ["Ana Ruiz"]
    finally:
        staff.close()


def test_a_person_who_skips_the_question_gets_a_kiosk_being_set_up(
    x_screen: XScreen, tmp_path: Path
) -> None:
    data = tmp_path / "kiosk-data"
    with kiosk_at_a_terminal(data, x_screen, tmp_path / "notify") as (terminal, manager):
        terminal.wait_for("Your name")
        terminal.type("")
        terminal.wait_for("kiosk setup-code")
        wait_for(lambda: any("READY=1" in m for m in manager.messages))
        assert any("no check-ins until a staff account is made" in m for m in manager.messages)
        terminal.wait_for("No staff account can sign in")  # and the log says so too
