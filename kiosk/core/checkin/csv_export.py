"""Check-ins as a CSV file for the front desk, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import getpass
import io
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kiosk.core.checkin.answers import REASON_LABELS
from kiosk.core.storage.atomic import write_atomic
from kiosk.core.storage.records import StoredCheckIn
from kiosk.core.words import Words, say

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
    "appointment today",
    "status",
)
# A spreadsheet runs a cell that starts with one of these as a formula, and some treat their
# full-width and small look-alikes (U+FF1D, U+FF0B, U+FF0D, U+FF20, U+FE66, U+FE62, U+FE63:
# NFKC folds them) and the minus sign (U+2212) the same.
_FORMULA_SIGNS = frozenset("=+-@\u2212")
_CONTROL_STARTS = ("\t", "\r", "\n")
# What a spreadsheet may skip before it looks for the sign: spaces, a no-break space, zero-width
# characters and a byte-order mark.
_SKIPPED_BEFORE = " \u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff"


def _runs_as_formula(cell: str) -> bool:
    if cell.startswith(_CONTROL_STARTS):
        return True
    first = cell.lstrip(_SKIPPED_BEFORE)[:1]
    return bool(first) and unicodedata.normalize("NFKC", first) in _FORMULA_SIGNS


def neutralise(cell: str) -> str:
    """Make a cell that a spreadsheet would run as a formula plain text again."""
    return "'" + cell if _runs_as_formula(cell) else cell


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def phone_as_written(e164: str, region: str) -> str:
    """A stored E.164 number as people write it (decision 0007): in the national format of the
    clinic's own region, which spreadsheets keep as text; otherwise international, whose
    leading "+" the formula guard then marks."""
    if not e164:
        return ""
    import phonenumbers  # loaded only for an export with numbers in it

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    own = phonenumbers.region_code_for_number(number) == region.upper()
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if own
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def checkins_csv(stored: Iterable[StoredCheckIn], region: str) -> str:
    """The CSV text; ``region`` is the clinic's own (``[checkin] region``), for phone numbers.
    Sealed check-ins not opened are left out (the caller says how many)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in stored:
        visit = row.visit
        if visit is None:
            continue
        writer.writerow(
            neutralise(cell)
            for cell in (
                row.ticket,
                row.created_at.isoformat(sep=" ", timespec="minutes"),
                visit.first_name,
                visit.last_name,
                visit.birth_date.isoformat(),
                "; ".join(str(REASON_LABELS[r]) for r in visit.reasons),
                _yes(visit.urgent),
                phone_as_written(visit.mobile, region),
                _yes(visit.returning),
                _yes(visit.mobility_help),
                _yes(visit.appointment),
                row.status,
            )
        )
    return out.getvalue()


def export_checkins(stored: Iterable[StoredCheckIn], out: Path, region: str) -> int:
    """Write the CSV atomically (with a byte-order mark, so spreadsheets read the accents);
    returns how many check-ins it holds."""
    rows = [row for row in stored if row.visit is not None]
    write_atomic(out, ("\ufeff" + checkins_csv(rows, region)).encode("utf-8"))
    return len(rows)


@dataclass(frozen=True)
class ExportTarget:
    label: Words
    folder: Path


def default_media_roots() -> tuple[Path, ...]:
    """Where Debian and Ubuntu mount USB sticks: udisks under /media/USER and /run/media/USER,
    or by hand straight under /media."""
    user = getpass.getuser()
    return (Path("/media") / user, Path("/run/media") / user, Path("/media"))


OWN_FOLDER = say("This kiosk's export folder")
DESK_FOLDER = say("This computer's export folder")


def export_targets(
    own_folder: Path, media_roots: Sequence[Path], own_label: Words = OWN_FOLDER
) -> list[ExportTarget]:
    """The kiosk's own export folder, then every mounted folder a USB stick may be."""
    targets = [ExportTarget(own_label, own_folder)]
    seen: set[Path] = {own_folder}
    for root in media_roots:
        try:
            children = sorted(p for p in root.iterdir() if p.is_dir() and os.path.ismount(p))
        except OSError:
            continue
        for folder in children:
            if folder not in seen:
                seen.add(folder)
                targets.append(ExportTarget(say("USB drive %1", folder.name), folder))
    return targets


def export_file_name(since: date, until: date, now: datetime) -> str:
    return f"checkins-{since.isoformat()}-to-{until.isoformat()}-{now:%H%M%S}.csv"


_EXPORT_NAME = re.compile(r"checkins-\d{4}-\d{2}-\d{2}-to-(\d{4}-\d{2}-\d{2})-\d{6}\.csv")


def newest_day_in(export: Path) -> date | None:
    """The last day an export of the kiosk's own holds check-ins of, read from its name; for
    another CSV in the folder, the day it was last written. ``None`` for anything else."""
    if export.suffix.lower() != ".csv" or not export.is_file() or export.is_symlink():
        return None
    match = _EXPORT_NAME.fullmatch(export.name)
    if match:
        return date.fromisoformat(match.group(1))
    return datetime.fromtimestamp(export.stat().st_mtime).date()


def expired_exports(folder: Path, keep_from: date) -> list[Path]:
    """The CSV files in the kiosk's own export folder whose check-ins are all older than
    ``keep_from``: erased with the rows they copy."""
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if (newest := newest_day_in(path)) is not None and newest < keep_from
    )
