"""The check-in export opened in a real spreadsheet: LibreOffice Calc, headless, with its most
eager import options (formulas evaluated, special numbers detected, quoted cells not forced to
text), saved as a workbook and read back cell by cell with openpyxl (decision 0007)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.cell import Cell, MergedCell

from kiosk.core.checkin.csv_export import COLUMNS, export_checkins
from kiosk.core.storage.records import Status, StoredCheckIn
from tests.core.test_store import visit

# Separator ",", quote '"', UTF-8, from line 1, no column types, US English, quoted fields not
# forced to text, special numbers detected, ..., formulas evaluated.
EAGER_CSV_IMPORT = "CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true"

HOSTILE_NAMES = (
    "=HYPERLINK(1)",
    "+SUM(1;2)",
    "-2+3",
    "@cmd",
    " =1+1",
    "\u00a0=1+1",
    "\ufeff=1+1",
    "\uff1d1+1",
    "\u22121+1",
)
PEOPLE = ("María José", "O'Neil-Núñez", "अनन्या", "Zoë")


def opened_in_libreoffice(csv_file: Path, home: Path) -> list[tuple[Cell | MergedCell, ...]]:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail("LibreOffice is missing: scripts/test installs it (libreoffice-calc-nogui)")
    done = subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{home}",
            "--convert-to",
            "xlsx",
            f"--infilter={EAGER_CSV_IMPORT}",
            "--outdir",
            str(csv_file.parent),
            str(csv_file),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    workbook_file = csv_file.with_suffix(".xlsx")
    assert workbook_file.exists(), done.stdout + done.stderr
    sheet = openpyxl.load_workbook(workbook_file).active
    assert sheet is not None
    return list(sheet.iter_rows())


def test_no_cell_of_an_export_runs_and_each_reads_as_written(tmp_path: Path) -> None:
    arrived = datetime(2026, 12, 1, 9, 30)
    names = (*HOSTILE_NAMES, *PEOPLE)
    mobiles = ("+17175550100", "+447700900123", "")
    rows = [
        StoredCheckIn(
            f"A-{n + 1}",
            arrived,
            replace(visit(name), mobile=mobiles[n % len(mobiles)]),
            Status.WAITING,
        )
        for n, name in enumerate(names)
    ]
    out = tmp_path / "checkins.csv"
    export_checkins(rows, out, region="US")

    header, *cells = opened_in_libreoffice(out, tmp_path / "libreoffice-profile")
    assert [c.value for c in header] == list(COLUMNS)
    formulas = [c.coordinate for row in cells for c in row if c.data_type == "f"]
    assert formulas == [], "a cell of the export ran as a formula"
    read = [dict(zip(COLUMNS, (c.value for c in row), strict=False)) for row in cells]
    assert len(read) == len(names)
    for n, (record, name) in enumerate(zip(read, names, strict=True)):
        assert record["ticket"] == f"A-{n + 1}"
        # Read as the times and dates they are, not as text or numbers.
        assert record["checked in at"] == arrived
        assert record["date of birth"] == datetime(1956, 3, 12)
        assert record["first name"] == (name if name in PEOPLE else "'" + name)
        assert record["last name"] == "O'Neil-Núñez"
        expected_mobile = ("(717) 555-0100", "'+44 7700 900123", None)[n % len(mobiles)]
        assert record["mobile"] == expected_mobile
