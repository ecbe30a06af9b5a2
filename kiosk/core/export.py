"""Check-ins as a CSV file for the front desk, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from kiosk.core.atomic import write_atomic
from kiosk.core.checkin import REASON_LABELS
from kiosk.core.store import StoredCheckIn

COLUMNS = (
    "ticket",
    "checked in at",
    "first name",
    "last name",
    "date of birth",
    "reasons",
    "urgent",
    "mobile",
    "returning patient",
    "needs help moving",
    "status",
)
# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Make a cell that a spreadsheet would run as a formula plain text again."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def checkins_csv(stored: Iterable[StoredCheckIn]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in stored:
        visit = row.visit
        writer.writerow(
            neutralise(cell)
            for cell in (
                row.ticket,
                row.created_at.isoformat(sep=" ", timespec="minutes"),
                visit.first_name,
                visit.last_name,
                visit.birth_date.isoformat(),
                "; ".join(REASON_LABELS[r] for r in visit.reasons),
                _yes(visit.urgent),
                visit.mobile,
                _yes(visit.returning),
                _yes(visit.mobility_help),
                row.status,
            )
        )
    return out.getvalue()


def export_checkins(stored: Iterable[StoredCheckIn], out: Path) -> int:
    """Write the CSV atomically (with a byte-order mark, so spreadsheets read the accents)."""
    rows = list(stored)
    write_atomic(out, ("\ufeff" + checkins_csv(rows)).encode("utf-8"))
    return len(rows)
