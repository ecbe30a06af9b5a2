"""The ``kiosk`` commands that read and change the clinic's records from a terminal: the deck,
check-ins, staff accounts and the audit log."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from kiosk.cli.keys import make_key_for_first_account, run_keys_command, sign_in_at_terminal
from kiosk.cli.prompts import ask_new_pin
from kiosk.core.checkin.csv_export import export_checkins
from kiosk.core.paths import ILLUSTRATION_LIBRARY, DataDir, audit_witness_file
from kiosk.core.sealing import ClinicKeys, KeysUnreadableError, KnownKeys, opened
from kiosk.core.settings import load_settings
from kiosk.core.slides.deck import Deck, Severity, deck_as_json, load_deck_file
from kiosk.core.slides.deck_source import DeckSource
from kiosk.core.slides.picture_files import MAX_PICTURE_BYTES, content_problem
from kiosk.core.staff.accounts import AccountError, StaffStore, check_name
from kiosk.core.staff.audit import TERMINAL, Action, RestoreRefusedError
from kiosk.core.staff.opening import clinic_keys_of
from kiosk.core.storage.checkin_store import SqliteCheckInStore
from kiosk.core.storage.files import RefusedFileError, read_capped
from kiosk.core.storage.records import RecordsError
from kiosk.core.words import Words


def run_record_command(args: argparse.Namespace, data: DataDir) -> int:
    if args.command == "deck" and args.deck_command == "check":
        return check_deck(args.file)
    if args.command == "deck" and args.deck_command == "show":
        return show_deck(data)
    if args.command == "deck" and args.deck_command == "export":
        return export_deck(data, args.file)
    if args.command == "deck" and args.deck_command == "import":
        return import_deck(data, args.file)
    if args.command == "checkins":
        return export_checkin_file(
            data,
            args.out,
            args.since,
            args.until,
            recovery=args.recovery_code,
            fhir=args.format == "fhir",
        )
    if args.command == "keys":
        return run_keys_command(args, data)
    if args.command == "handoff":
        from kiosk.cli.handoff import run_handoff_command  # hl7apy is loaded only for these

        return run_handoff_command(args, data)
    if args.command == "staff" and args.staff_command == "add":
        return add_staff(data, args.name)
    if args.command == "staff" and args.staff_command in (
        "remove",
        "disable",
        "enable",
        "reset-pin",
    ):
        return change_account(data, args.staff_command, args.name)
    if args.command == "clinic":
        from kiosk.cli import clinic  # psycopg is loaded only for these

        if args.clinic_command == "init":
            return clinic.init_clinic(args.url, args.secrets)
        if args.clinic_command == "join":
            return clinic.join_clinic(
                data,
                args.url,
                args.letter,
                args.name,
                args.password_file,
                take_over=args.take_over,
            )
        if args.clinic_command == "desk":
            return clinic.link_desk(data, args.url, args.password_file)
        return clinic.clinic_status(data)
    if args.command == "setup-code":
        return print_setup_code(data)
    return show_staff_records(data, args.command, getattr(args, "audit_command", ""))


def export_checkin_file(
    data: DataDir,
    out: Path,
    since: date | None,
    until: date | None = None,
    *,
    recovery: bool = False,
    fhir: bool = False,
) -> int:
    """The check-ins as CSV (or FHIR Bundles, NDJSON); sealed ones are opened by a staff name
    and PIN (or the recovery code) asked here, and a kiosk whose check-ins are sealed exports
    nothing without one."""
    if not data.checkin_store.exists():
        print(f"There are no check-ins yet in {data.root}.", file=sys.stderr)
        return 1
    keys: ClinicKeys | None = None
    who = TERMINAL
    try:
        if data.staff_store.exists():
            with staff_records(data) as staff:
                if staff.keyring.has_clinic_key():
                    signed = sign_in_at_terminal(data, staff, recovery=recovery)
                    if signed is None:
                        return 1
                    who, keys = signed
        store = SqliteCheckInStore(data.checkin_store, clinic_keys=_clinic_keys_at(data))
        try:
            store.open()
            region = load_settings(data.settings_file).settings.region
            rows = store.checkins(since, until)
            if keys is None and any(row.sealed is not None for row in rows):
                print(
                    "These check-ins are sealed, and no staff account here can open them (the"
                    " staff file is missing or was made again): restore staff.sqlite from a"
                    " backup. Nothing was written.",
                    file=sys.stderr,
                )
                return 1
            kept = opened(rows, keys)
            if fhir:
                from kiosk.core.handoff.fhir_bundle import export_bundles  # pydantic: only here

                count = export_bundles(kept, out)
            else:
                count = export_checkins(kept, out, region)
        finally:
            store.close()
    except (RecordsError, OSError) as exc:
        print(f"The check-ins could not be exported: {exc}", file=sys.stderr)
        return 1
    finally:
        if keys is not None:
            keys.forget()
    print(f"{count} check-in(s) written to {out}")
    left_out = len(kept) - count
    if left_out:
        print(
            f"{left_out} sealed check-in(s) could not be opened and were left out (altered, or"
            " sealed for a key this account does not hold).",
            file=sys.stderr,
        )
    try:
        with staff_records(data) as staff:
            staff.audit.record(who, Action.CHECKINS_EXPORTED, f"{count} check-ins to {out.name}")
    except RecordsError as exc:
        print(f"The audit log could not be written: {exc}", file=sys.stderr)
    return 1 if left_out else 0


def _clinic_keys_at(data: DataDir) -> Callable[[], KnownKeys | None]:
    """The clinic's keys as the data folder's staff file knows them, read when asked."""

    def known() -> KnownKeys | None:
        if not data.staff_store.exists():
            return None
        try:
            with staff_records(data) as staff:
                return clinic_keys_of(staff)()
        except RecordsError as exc:
            raise KeysUnreadableError(str(exc)) from exc

    return known


def new_pin_digits(data: DataDir) -> int:
    """The fewest digits the clinic's settings ask of a new PIN; a ``[staff]`` setting that
    cannot be used is said, with the number used instead."""
    loaded = load_settings(data.settings_file)
    for problem in loaded.problems:
        if "staff" in str(problem):
            print(
                f"settings.toml: {problem}; new PINs need {loaded.settings.pin_digits} digits.",
                file=sys.stderr,
            )
    return loaded.settings.pin_digits


@contextmanager
def staff_records(data: DataDir) -> Iterator[StaffStore]:
    digits = load_settings(data.settings_file).settings.pin_digits
    staff = StaffStore(data.staff_store, pin_digits=lambda: digits)
    try:
        staff.open()
        yield staff
    finally:
        staff.close()


def audit_from_terminal(data: DataDir, action: Action, detail: str) -> None:
    try:
        with staff_records(data) as staff:
            staff.audit.record(TERMINAL, action, detail)
    except RecordsError as exc:
        print(f"The audit log could not be written: {exc}", file=sys.stderr)


def add_staff(data: DataDir, name: str) -> int:
    try:
        check_name(name)  # before the PIN is asked: a name that cannot be used is said at once
    except AccountError as exc:
        print(f"{exc} No account was made.", file=sys.stderr)
        return 1
    pin = ask_new_pin("no account was made", new_pin_digits(data))
    if pin is None:
        return 1
    try:
        with staff_records(data) as staff:
            member = staff.add(name, pin, by=TERMINAL)
            print(f"The account {member.name} was made; it signs in to staff mode with its PIN.")
            if staff.keyring.has_clinic_key():
                print(
                    "It opens sealed check-ins once a colleague who can signs in on the kiosk"
                    " (or runs `kiosk keys grant`)."
                )
            else:
                make_key_for_first_account(data, staff, member)
    except (AccountError, RecordsError) as exc:
        print(f"{exc} No account was made.", file=sys.stderr)
        return 1
    return 0


def print_setup_code(data: DataDir) -> int:
    try:
        with staff_records(data) as staff:
            code = staff.new_setup_code()
    except AccountError as exc:
        print(
            f"{exc} A set-up code is only for the first account: add more with"
            " `kiosk staff add NAME`, or on the kiosk's settings page.",
            file=sys.stderr,
        )
        return 1
    except RecordsError as exc:
        print(f"No set-up code was made: {exc}", file=sys.stderr)
        return 1
    print(f"Set-up code: {code.shown}")
    print(
        f"On the kiosk, tap the top-left corner of the slides five times and type this code"
        f" before {code.expires_at:%H:%M}. It works once; a new code replaces it."
    )
    return 0


def change_account(data: DataDir, action: str, name: str) -> int:
    if not data.staff_store.exists():
        print(f"There are no staff accounts yet in {data.root}.", file=sys.stderr)
        return 1
    try:
        with staff_records(data) as staff:
            member = staff.find(name)
            if action == "remove":
                staff.remove(member, by=TERMINAL)
                said = f"The account {member.name} was removed."
            elif action in ("disable", "enable"):
                staff.set_disabled(member, action == "disable", by=TERMINAL)
                state = "switched off: it cannot sign in" if action == "disable" else "switched on"
                said = f"The account {member.name} is {state}."
            else:
                pin = ask_new_pin(fewest=new_pin_digits(data))
                if pin is None:
                    return 1
                staff.reset_pin(member, pin, by=TERMINAL)
                said = (
                    f"The account {member.name} has a new PIN. It opens sealed check-ins again"
                    " once a colleague who can signs in on the kiosk, or after"
                    " `kiosk keys grant --recovery-code`."
                )
    except (AccountError, RecordsError) as exc:
        print(f"{exc} Nothing was changed.", file=sys.stderr)
        return 1
    print(said)
    return 0


def show_staff_records(data: DataDir, command: str, audit_command: str) -> int:
    if not data.staff_store.exists():
        witnessed = _witnessed_entries(data)
        if audit_command in ("check", "restored") and witnessed:
            print(
                f"staff.sqlite is gone, but the witness saw {witnessed} audit"
                f" {'entry' if witnessed == 1 else 'entries'} written:"
                " TAMPERED, or lost. Restore the data folder from a backup, then run"
                " `kiosk audit restored`.",
                file=sys.stderr,
            )
            return 1
        print(f"There are no staff accounts yet in {data.root}.", file=sys.stderr)
        return 1
    try:
        with staff_records(data) as staff:
            if command == "staff":
                for member in staff.members(disabled_too=True):
                    off = " (switched off)" if staff.is_disabled(member) else ""
                    print(f"{member.name}{off}")
                return 0
            if audit_command == "restored":
                try:
                    lost = staff.audit.accept_restore(TERMINAL)
                except RestoreRefusedError as exc:
                    print(f"Nothing was accepted: {exc}.", file=sys.stderr)
                    return 1
                counted = (
                    "1 entry written after it is"
                    if lost == 1
                    else f"{lost} entries written after it are"
                )
                print(
                    f"The audit log goes on from the backup; {counted} counted as lost, in its"
                    " newest entry."
                )
                return check_audit_chain(staff)
            if audit_command == "show":
                for e in staff.audit.entries(newest_first=False):
                    print(f"{e.seq}\t{e.at}\t{e.staff}\t{e.action}\t{e.detail}")
                return 0
            return check_audit_chain(staff)
    except RecordsError as exc:
        print(f"The staff records could not be read: {exc}", file=sys.stderr)
        return 1


def _witnessed_entries(data: DataDir) -> int:
    witness = audit_witness_file(data.root)
    try:
        lines = witness.read_text(encoding="ascii").splitlines()
    except (OSError, ValueError):
        return 0
    return sum(1 for line in lines if line[:1].isdigit())


def check_audit_chain(staff: StaffStore) -> int:
    problems = staff.audit.verify()
    for problem in problems:
        print(problem)
    count = len(staff.audit.entries())
    noun = "entry" if count == 1 else "entries"
    print(f"{count} {noun}; " + ("the chain is whole." if not problems else "TAMPERED."))
    return 1 if problems else 0


def check_deck(path: Path) -> int:
    result = load_deck_file(path, ILLUSTRATION_LIBRARY)
    for problem in result.problems:
        print(problem)
    pictures = _picture_problems(path, result.deck) if result.deck else []
    for problem_words in pictures:
        print(f"Warning: {problem_words}")
    if pictures:
        print(f"{path}: {len(pictures)} picture(s) would be left out.")
        return 1
    if not result.problems:
        assert result.deck is not None
        print(f"{path}: {len(result.deck.slides)} slides, no problems found.")
        return 0
    errors = sum(1 for p in result.problems if p.severity is Severity.ERROR)
    warnings = len(result.problems) - errors
    print(f"{path}: {errors} error(s), {warnings} warning(s).")
    return 1


def _picture_problems(path: Path, deck: Deck) -> list[Words]:
    """The deck's own pictures (beside it, not the built-in ones) whose bytes are not what their
    names say, as ``deck import`` would refuse them."""
    found = []
    for slide in deck.slides:
        picture = path.parent / slide.illustration
        if not slide.illustration or not picture.is_file():
            continue
        try:
            content = read_capped(picture, MAX_PICTURE_BYTES, folder=path.parent)
        except (RefusedFileError, OSError):
            continue  # already said by the check above, or a file the import would refuse too
        problem = content_problem(slide.illustration, content)
        if problem is not None:
            found.append(problem)
    return found


def show_deck(data: DataDir) -> int:
    loaded = DeckSource(data).load()
    for problem in loaded.problems:
        print(problem, file=sys.stderr)
    description = deck_as_json(loaded.deck)
    description["origin"] = loaded.origin.value
    json.dump(description, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


def export_deck(data: DataDir, target: Path) -> int:
    source = DeckSource(data)
    loaded = source.load()
    try:
        source.export_file(loaded.deck, target)
    except OSError as exc:
        print(f"The deck could not be written to {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"The {loaded.origin.value} deck ({len(loaded.deck.slides)} slides) written to {target}")
    audit_from_terminal(data, Action.DECK_EXPORTED, f"{len(loaded.deck.slides)} slides")
    return 0


def import_deck(data: DataDir, path: Path) -> int:
    source = DeckSource(data)
    try:
        result = source.import_file(path)
    except OSError as exc:
        print(f"The deck could not be imported: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for problem in result.problems:
        print(problem)
    if result.deck is None:
        print(f"{path} was not imported; the slides that play now are unchanged.")
        return 1
    print(f"{path}: {len(result.deck.slides)} slides imported; they play from now on.")
    audit_from_terminal(data, Action.DECK_IMPORTED, f"{len(result.deck.slides)} slides")
    return 0
