"""How the kiosk's last starts ended, so that a kiosk that cannot start (a broken install, a
screen's QML that will not load) stops failing in silence under systemd's restart loop.

Each start is noted when it begins and marked good once the slides are up with check-in ready.
When the last few starts all failed within a short time, the next start shows a plain
"This kiosk needs attention" screen instead of trying again, and stays up; a restart by
someone who fixed the fault tries the kiosk again.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.core.storage.atomic import TEMP_MARK
from kiosk.core.storage.files import RefusedFileError, read_capped

log = logging.getLogger(__name__)

RECORD_NAME = "starts.json"
FAILED_STARTS = 3
"""Failed starts in a row before the attention screen."""
WITHIN = timedelta(minutes=5)
"""How close together those starts must be (systemd restarts a failed kiosk after 3 s)."""
KEPT = 10
MAX_RECORD_BYTES = 16 * 1024


@dataclass(frozen=True)
class Start:
    at: datetime
    good: bool


class StartRecord:
    def __init__(self, log_dir: Path, clock: Callable[[], datetime] = datetime.now) -> None:
        self.path = log_dir / RECORD_NAME
        self._clock = clock

    def starts(self) -> list[Start]:
        try:
            raw = json.loads(read_capped(self.path, MAX_RECORD_BYTES))
            return [Start(datetime.fromisoformat(s["at"]), bool(s["good"])) for s in raw]
        except (OSError, RefusedFileError, ValueError, KeyError, TypeError):
            return []  # no record, or a broken one: nothing is known against this start

    def needs_attention(self) -> bool:
        """The last ``FAILED_STARTS`` starts all failed, all within ``WITHIN`` of now."""
        last = self.starts()[-FAILED_STARTS:]
        now = self._clock()
        return len(last) == FAILED_STARTS and all(not s.good and now - s.at <= WITHIN for s in last)

    def begin(self) -> None:
        """This start, failed until ``good()`` says otherwise."""
        self._write([*self.starts(), Start(self._clock(), good=False)][-KEPT:])

    def good(self) -> None:
        starts = self.starts()
        if starts and not starts[-1].good:
            self._write([*starts[:-1], Start(starts[-1].at, good=True)])

    def forget(self) -> None:
        """The attention screen is up: the next start, after someone's fix, tries afresh."""
        self._write([])

    def _write(self, starts: list[Start]) -> None:
        """Replaced whole, without waiting for the disk (no fsync: it is written before the
        first slide, and a record lost to a power cut only means one more try)."""
        data = [{"at": s.at.isoformat(timespec="seconds"), "good": s.good} for s in starts]
        temp = self.path.with_name(f"{TEMP_MARK}{self.path.name}")
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with open(descriptor, "wb") as out:
                out.write(json.dumps(data).encode("utf-8"))
            os.replace(temp, self.path)
        except OSError as exc:
            log.warning("The record of the kiosk's starts could not be written: %s", exc)
