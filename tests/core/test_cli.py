"""The command line's deck commands, run as a person would, in a child process."""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from kiosk.core.checkin.answers import CheckIn, Reason, new_checkin_id
from kiosk.core.paths import DataDir, builtin_deck_file
from kiosk.core.staff.accounts import Outcome, open_staff_store
from kiosk.core.staff.audit import Action
from kiosk.core.storage.atomic import write_atomic
from kiosk.core.storage.checkin_store import open_store


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_deck_check_passes_the_built_in_deck() -> None:
    result = kiosk("deck", "check", str(builtin_deck_file()))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems found" in result.stdout


def test_deck_check_lists_each_problem_with_its_place(tmp_path: Path) -> None:
    deck = tmp_path / "deck.toml"
    deck.write_text(
        'version = 1\n[[slides]]\nid = "a"\ntitle = ""\nduration = 1\n'
        '[[slides]]\nid = "b"\ntitle = "Fine"\nillustration = "missing.svg"\n',
        encoding="utf-8",
    )
    result = kiosk("deck", "check", str(deck))
    assert result.returncode == 1
    assert "Error: slide 'a', field 'title': must not be empty" in result.stdout
    assert "Error: slide 'a', field 'duration'" in result.stdout
    assert "Warning: slide 'b', field 'illustration'" in result.stdout


def test_deck_show_prints_the_effective_deck_as_json(tmp_path: Path) -> None:
    data = DataDir(tmp_path)
    shown = json.loads(kiosk("deck", "show", "--json", "--data-dir", str(tmp_path)).stdout)
    assert shown["origin"] == "built-in"
    assert len(shown["slides"]) >= 10
    write_atomic(data.deck_file, b'version = 1\n[[slides]]\nid = "x"\ntitle = "Ours"\n')
    shown = json.loads(kiosk("deck", "show", "--json", "--data-dir", str(tmp_path)).stdout)
    assert shown["origin"] == "clinic"
    assert shown["slides"][0]["title"] == "Ours"
    assert shown["slides"][0]["duration"] == "auto"


def test_the_data_folder_may_come_before_or_after_the_command(tmp_path: Path) -> None:
    deck = b'version = 1\n[[slides]]\nid = "x"\ntitle = "Ours"\n'
    write_atomic(DataDir(tmp_path).deck_file, deck)
    before = kiosk("--data-dir", str(tmp_path), "deck", "show", "--json")
    after = kiosk("deck", "show", "--json", "--data-dir", str(tmp_path))
    assert json.loads(before.stdout)["origin"] == "clinic", before.stderr
    assert json.loads(after.stdout)["origin"] == "clinic", after.stderr


def test_checkins_export_writes_a_csv_a_spreadsheet_cannot_run(tmp_path: Path) -> None:
    data = DataDir(tmp_path)
    store = open_store(data.checkin_store)
    store.save(
        CheckIn(
            new_checkin_id(),
            "=HYPERLINK(1)",  # refused at the kiosk; the export must be safe all the same
            "Núñez",
            date(1956, 3, 12),
            (Reason.HEEL_OR_ARCH, Reason.OTHER),
            urgent=True,
            mobile="+447400123456",
        )
    )
    store.close()
    out = tmp_path / "export.csv"
    result = kiosk("checkins", "export", "--out", str(out), "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "1 check-in(s)" in result.stdout
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    record = dict(zip(header, row, strict=True))
    assert record["ticket"] == "A-1"
    assert record["first name"] == "'=HYPERLINK(1)"
    assert record["last name"] == "Núñez"
    assert record["mobile"] == "'+44 7400 123456"  # another country's: international
    assert record["reasons"] == "Heel or arch pain; Something else"
    assert record["urgent"] == "yes"
    later = kiosk(
        "checkins",
        "export",
        "--out",
        str(out),
        "--since",
        "2999-01-01",
        "--data-dir",
        str(tmp_path),
    )
    assert "0 check-in(s)" in later.stdout
    audit = kiosk("audit", "show", "--data-dir", str(tmp_path)).stdout.splitlines()
    assert [line.split("\t")[2:] for line in audit] == [
        ["(terminal)", "check-ins exported", "1 check-ins to export.csv"],
        ["(terminal)", "check-ins exported", "0 check-ins to export.csv"],
    ]


def test_checkins_export_says_when_there_is_nothing_yet(tmp_path: Path) -> None:
    result = kiosk(
        "checkins", "export", "--out", str(tmp_path / "x.csv"), "--data-dir", str(tmp_path)
    )
    assert result.returncode == 1
    assert "no check-ins yet" in result.stderr


def kiosk_typing(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_staff_add_asks_the_pin_twice_and_makes_an_account(tmp_path: Path) -> None:
    made = kiosk_typing("482916\n482916\n", "staff", "add", "Ana Ruiz", "--data-dir", str(tmp_path))
    assert made.returncode == 0, made.stderr
    assert "The account Ana Ruiz was made" in made.stdout
    assert "482916" not in made.stdout + made.stderr
    differ = kiosk_typing("482916\n482917\n", "staff", "add", "Ben", "--data-dir", str(tmp_path))
    assert differ.returncode == 1
    assert "The two PINs differ" in differ.stderr
    weak = kiosk_typing("123456\n123456\n", "staff", "add", "Cy", "--data-dir", str(tmp_path))
    assert "too easy to guess" in weak.stderr
    again = kiosk_typing(
        "902817\n902817\n", "staff", "add", "ana ruiz", "--data-dir", str(tmp_path)
    )
    assert "already an account" in again.stderr
    listed = kiosk("staff", "list", "--data-dir", str(tmp_path))
    assert listed.stdout.splitlines() == ["Ana Ruiz"]
    shown = kiosk("audit", "show", "--data-dir", str(tmp_path)).stdout
    assert "(terminal)\taccount created\tAna Ruiz" in shown
    checked = kiosk("audit", "check", "--data-dir", str(tmp_path))
    # The first account made the clinic's key, and its recovery code was printed once.
    assert "(terminal)\tclinic key made\tAna Ruiz" in shown
    assert "The clinic's recovery code: " in made.stdout
    assert (checked.returncode, checked.stdout.strip()) == (0, "2 entries; the chain is whole.")


def test_audit_check_reports_tampering(tmp_path: Path) -> None:
    kiosk_typing("482916\n482916\n", "staff", "add", "Ana", "--data-dir", str(tmp_path))
    kiosk_typing("902817\n902817\n", "staff", "add", "Ben", "--data-dir", str(tmp_path))
    with sqlite3.connect(DataDir(tmp_path).staff_store) as db:
        db.execute("UPDATE audit SET detail = 'Mallory' WHERE seq = 1")
    db.close()
    checked = kiosk("audit", "check", "--data-dir", str(tmp_path))
    assert checked.returncode == 1
    assert checked.stdout.splitlines() == ["entry 1 was edited", "3 entries; TAMPERED."]


def test_deck_export_and_import_round_trip_and_are_audited(tmp_path: Path) -> None:
    backup = tmp_path / "backup" / "deck.toml"
    exported = kiosk("deck", "export", str(backup), "--data-dir", str(tmp_path / "a"))
    assert exported.returncode == 0, exported.stderr
    assert "built-in deck" in exported.stdout
    edited = backup.read_text(encoding="utf-8").replace(
        'title = "Your feet hold you up"', 'title = "Edited by IT"'
    )
    backup.write_text(edited, encoding="utf-8")
    imported = kiosk("deck", "import", str(backup), "--data-dir", str(tmp_path / "b"))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    shown = kiosk("deck", "show", "--json", "--data-dir", str(tmp_path / "b"))
    description = json.loads(shown.stdout)
    assert description["origin"] == "clinic"
    assert description["slides"][0]["title"] == "Edited by IT"
    log = kiosk("audit", "show", "--data-dir", str(tmp_path / "b"))
    assert "(terminal)" in log.stdout
    assert "deck imported" in log.stdout


def test_deck_import_refuses_a_deck_with_errors_and_changes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('version = 1\n[[slides]]\nid = "a"\ntitle = ""\n', encoding="utf-8")
    imported = kiosk("deck", "import", str(broken), "--data-dir", str(tmp_path / "data"))
    assert imported.returncode == 1
    assert "slide 'a', field 'title': must not be empty" in imported.stdout
    assert "was not imported" in imported.stdout
    assert not DataDir(tmp_path / "data").deck_file.exists()


def test_no_screen_is_one_plain_sentence_and_a_non_zero_exit(tmp_path: Path) -> None:
    for display in ({}, {"DISPLAY": ":93"}):
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.pop("QT_QPA_PLATFORM", None)
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data")],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**env, **display},
        )
        assert result.returncode == 1
        assert "The kiosk has no screen to show on" in result.stderr
        assert "kiosk render --out" in result.stderr
        assert "Fatal" not in result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_an_accounts_life_from_the_terminal(tmp_path: Path) -> None:
    data = tmp_path / "data"

    def staff(*args: str, pins: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kiosk", "--data-dir", str(data), "staff", *args],
            input=pins,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    assert staff("add", "Ana Ruiz", pins="482916\n482916\n").returncode == 0
    assert staff("add", "Ben Okafor", pins="902817\n902817\n").returncode == 0
    assert staff("disable", "ana ruiz").returncode == 0
    assert staff("list").stdout.splitlines() == ["Ana Ruiz (switched off)", "Ben Okafor"]
    assert staff("enable", "Ana Ruiz").returncode == 0
    changed = staff("reset-pin", "Ana Ruiz", pins="135790\n135790\n")
    assert changed.returncode == 0, changed.stderr
    refused = staff("reset-pin", "Ana Ruiz", pins="135790\n135791\n")
    assert (refused.returncode, "differ" in refused.stderr) == (1, True)
    assert staff("remove", "Ben Okafor").returncode == 0
    missing = staff("remove", "Nobody")
    assert missing.returncode == 1
    assert "There is no account named Nobody." in missing.stderr
    assert staff("list").stdout.splitlines() == ["Ana Ruiz"]
    store = open_staff_store(data / "staff.sqlite")
    try:
        [ana] = store.members()
        assert store.sign_in(ana, "135790").outcome is Outcome.SIGNED_IN
        actions = [e.action for e in store.audit.entries(newest_first=False)]
    finally:
        store.close()
    assert actions[3:7] == [
        Action.ACCOUNT_DISABLED,
        Action.ACCOUNT_ENABLED,
        Action.PIN_RESET,
        Action.ACCOUNT_REMOVED,
    ]


def test_setup_code_prints_a_code_for_the_first_account_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    printed = kiosk("setup-code", "--data-dir", str(data))
    assert printed.returncode == 0, printed.stderr
    first_line = printed.stdout.splitlines()[0]
    assert first_line.startswith("Set-up code: ")
    code = first_line.removeprefix("Set-up code: ").replace(" ", "")
    assert len(code) == 8
    assert code.isdigit()
    assert "top-left corner" in printed.stdout
    store = open_staff_store(data / "staff.sqlite")
    try:
        assert store.setup_code_waiting()
        store.add("Ana Ruiz", "482916", by="(terminal)")
    finally:
        store.close()
    refused = kiosk("setup-code", "--data-dir", str(data))
    assert refused.returncode == 1
    assert "already has a staff account" in refused.stderr
    assert "kiosk staff add NAME" in refused.stderr
    assert refused.stdout == ""


def test_deck_check_names_a_picture_that_is_not_what_its_name_says(tmp_path: Path) -> None:
    (tmp_path / "illustrations").mkdir()
    (tmp_path / "illustrations" / "fake.png").write_bytes(b"just words, not a picture")
    deck = tmp_path / "deck.toml"
    deck.write_text(
        'version = 1\n[[slides]]\nid = "a"\ntitle = "A"\nillustration = "illustrations/fake.png"\n',
        encoding="utf-8",
    )
    result = kiosk("deck", "check", str(deck))
    assert result.returncode == 1
    assert "Warning: fake.png is not a PNG picture inside; it is left out" in result.stdout


def test_staff_add_refuses_a_name_before_it_asks_a_pin(tmp_path: Path) -> None:
    refused = kiosk_typing("", "staff", "add", "583920", "--data-dir", str(tmp_path))
    assert refused.returncode == 1
    assert "needs letters" in refused.stderr
    assert "PIN" not in refused.stdout, "no PIN was asked for"


def recovery_code_in(printed: str) -> str:
    found = re.search(r"recovery code: ([A-Z0-9-]+)", printed)
    assert found, printed
    return found.group(1)


def test_sealed_check_ins_open_at_the_terminal_only_with_a_pin_or_the_recovery_code(
    tmp_path: Path,
) -> None:
    data = DataDir(tmp_path)
    made = kiosk_typing("482916\n482916\n", "staff", "add", "Ana Ruiz", "--data-dir", str(tmp_path))
    code = recovery_code_in(made.stdout)
    store = open_store(data.checkin_store)
    store.save(CheckIn(new_checkin_id(), "Ottoline", "Núñez", date(1956, 3, 12), (), False))
    store.close()
    out = tmp_path / "export.csv"
    export = ("checkins", "export", "--out", str(out), "--data-dir", str(tmp_path))
    wrong = kiosk_typing("Ana Ruiz\n000001\n", *export)
    assert (wrong.returncode, "do not match" in wrong.stderr, out.exists()) == (1, True, False)
    right = kiosk_typing("ana ruiz\n482916\n", *export)
    assert right.returncode == 0, right.stderr
    assert "Ottoline" in out.read_text(encoding="utf-8-sig")
    out.unlink()
    by_code = kiosk_typing(f"{code.lower()}\n", *export, "--recovery-code")
    assert by_code.returncode == 0, by_code.stderr
    assert "Ottoline" in out.read_text(encoding="utf-8-sig")
    status = kiosk("keys", "status", "--data-dir", str(tmp_path))
    assert "Accounts that can open check-ins: Ana Ruiz" in status.stdout
    assert "Check-ins kept in clear: 0" in status.stdout
    rotated = kiosk_typing(
        "Ana Ruiz\n482916\n", "keys", "rotate", "--new-recovery-code", "--data-dir", str(tmp_path)
    )
    assert rotated.returncode == 0, rotated.stderr
    assert "1 check-in(s) sealed again" in rotated.stdout
    new_code = recovery_code_in(rotated.stdout)
    assert new_code != code
    old = kiosk_typing(f"{code}\n", *export, "--recovery-code")
    assert (old.returncode, "opens nothing" in old.stderr) == (1, True)
    assert kiosk_typing(f"{new_code}\n", *export, "--recovery-code").returncode == 0
    shown = kiosk("audit", "show", "--data-dir", str(tmp_path)).stdout
    assert code not in shown
    assert new_code not in shown
    assert "Ana Ruiz\tclinic key rotated" in shown


def test_an_account_made_at_the_terminal_gets_the_keys_by_keys_grant(tmp_path: Path) -> None:
    data = DataDir(tmp_path)
    kiosk_typing("482916\n482916\n", "staff", "add", "Ana Ruiz", "--data-dir", str(tmp_path))
    added = kiosk_typing("902817\n902817\n", "staff", "add", "Ben", "--data-dir", str(tmp_path))
    assert "once a colleague who can signs in" in added.stdout
    store = open_store(data.checkin_store)
    store.save(CheckIn(new_checkin_id(), "Ottoline", "Núñez", date(1956, 3, 12), (), False))
    store.close()
    export = ("checkins", "export", "--out", str(tmp_path / "e.csv"), "--data-dir", str(tmp_path))
    early = kiosk_typing("Ben\n902817\n", *export)
    assert (early.returncode, "cannot open sealed check-ins yet" in early.stderr) == (1, True)
    granted = kiosk_typing("Ana Ruiz\n482916\n", "keys", "grant", "--data-dir", str(tmp_path))
    assert granted.returncode == 0, granted.stderr
    assert kiosk_typing("Ben\n902817\n", *export).returncode == 0


def test_sealed_check_ins_nobody_here_can_open_are_said_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    data = DataDir(tmp_path)
    kiosk_typing("482916\n482916\n", "staff", "add", "Ana Ruiz", "--data-dir", str(tmp_path))
    store = open_store(data.checkin_store)
    store.save(CheckIn(new_checkin_id(), "Ottoline", "Núñez", date(1956, 3, 12), (), False))
    store.close()
    out = tmp_path / "export.csv"
    export = ("checkins", "export", "--out", str(out), "--data-dir", str(tmp_path))
    off = kiosk("staff", "disable", "Ana Ruiz", "--data-dir", str(tmp_path))
    assert off.returncode == 0
    disabled = kiosk_typing("Ana Ruiz\n482916\n", *export)
    assert (disabled.returncode, "is switched off" in disabled.stderr) == (1, True)
    assert "wrong PIN" not in kiosk("audit", "show", "--data-dir", str(tmp_path)).stdout
    for path in tmp_path.glob("staff.*"):
        path.unlink()
    lost = kiosk(*export)
    assert (lost.returncode, "restore staff.sqlite" in lost.stderr, out.exists()) == (
        1,
        True,
        False,
    )
    status = kiosk("keys", "status", "--data-dir", str(tmp_path))
    assert "no staff accounts yet" in status.stderr


def test_a_pin_length_setting_that_cannot_be_used_is_said_at_the_terminal(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text('[staff]\npin_digits = "8"\n', encoding="utf-8")
    made = kiosk_typing(
        "4829163\n4829163\n", "staff", "add", "Ana Ruiz", "--data-dir", str(tmp_path)
    )
    assert made.returncode == 0, made.stderr
    assert "staff.pin_digits must be a whole number from 6 to 12" in made.stderr
    assert "new PINs need 6 digits" in made.stderr
