"""The ``kiosk`` command: run the kiosk, render its slides, and manage its deck and records."""

from __future__ import annotations

import argparse
import faulthandler
import getpass
import json
import logging
import re
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from kiosk.core.audit import TERMINAL, Action
from kiosk.core.deck import Severity, deck_as_json, load_deck_file
from kiosk.core.deck_source import DeckSource
from kiosk.core.export import export_checkins
from kiosk.core.paths import ILLUSTRATION_LIBRARY, DataDir, default_data_dir
from kiosk.core.staff import AccountError, StaffError, StaffStore, check_new_pin
from kiosk.core.store import CheckInStore, StoreError

log = logging.getLogger("kiosk")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,4})x(\d{3,4})", text)
    if not match:
        raise argparse.ArgumentTypeError("use WIDTHxHEIGHT, for example 1920x1080")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 7680 and 320 <= height <= 7680):
        raise argparse.ArgumentTypeError("each side must be between 320 and 7680 pixels")
    return width, height


def _data_dir_option(default: object) -> argparse.ArgumentParser:
    option = argparse.ArgumentParser(add_help=False)
    option.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help=f"the clinic's own deck and settings (default: {default_data_dir()})",
    )
    return option


def build_parser() -> argparse.ArgumentParser:
    data_dir = _data_dir_option(None)
    # After a command, --data-dir may be given again; when it is not, the value given before
    # the command must stand, so there it has no default of its own.
    data_dir_again = _data_dir_option(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="kiosk", description="A clinic's waiting-room kiosk.", parents=[data_dir]
    )
    parser.add_argument("--windowed", action="store_true", help="run in a window, for development")
    parser.add_argument("--size", type=_size, help="window size when windowed, e.g. 1080x1920")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    render = commands.add_parser(
        "render", parents=[data_dir_again], help="render every slide to PNG files, offscreen"
    )
    render.add_argument("--out", type=Path, required=True, help="folder for slide-01.png, ...")
    render.add_argument("--size", type=_size, default=(1920, 1080), help="WIDTHxHEIGHT")
    render.add_argument("--lang", default="en", help="the deck's language (default: en)")

    deck = commands.add_parser("deck", help="check or show a deck").add_subparsers(
        dest="deck_command", metavar="ACTION", required=True
    )
    check = deck.add_parser("check", help="validate a deck file and list its problems")
    check.add_argument("file", type=Path)
    show = deck.add_parser("show", parents=[data_dir_again], help="print the deck that plays")
    show.add_argument("--json", action="store_true", required=True, help="as JSON")
    deck_export = deck.add_parser(
        "export", parents=[data_dir_again], help="write the deck that plays to a file (a backup)"
    )
    deck_export.add_argument("file", type=Path)
    deck_import = deck.add_parser(
        "import", parents=[data_dir_again], help="check a deck file and make it the clinic's deck"
    )
    deck_import.add_argument("file", type=Path)

    checkins = commands.add_parser("checkins", help="the front desk's check-ins").add_subparsers(
        dest="checkins_command", metavar="ACTION", required=True
    )
    export = checkins.add_parser(
        "export", parents=[data_dir_again], help="write the check-ins to a CSV file"
    )
    export.add_argument("--out", type=Path, required=True, help="the CSV file to write")
    export.add_argument(
        "--since", type=date.fromisoformat, help="only check-ins on or after YYYY-MM-DD"
    )
    export.add_argument(
        "--until", type=date.fromisoformat, help="only check-ins on or before YYYY-MM-DD"
    )

    staff = commands.add_parser("staff", help="staff accounts").add_subparsers(
        dest="staff_command", metavar="ACTION", required=True
    )
    add = staff.add_parser(
        "add", parents=[data_dir_again], help="create a staff account (asks the PIN twice)"
    )
    add.add_argument("name", help="the staff member's name, as staff mode shows it")
    staff.add_parser("list", parents=[data_dir_again], help="list the staff accounts")

    audit = commands.add_parser("audit", help="the staff audit log").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    audit.add_parser("show", parents=[data_dir_again], help="print the audit log, oldest first")
    audit.add_parser(
        "check", parents=[data_dir_again], help="check that no entry was edited or removed"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    args = build_parser().parse_args(argv)
    data = DataDir(args.data_dir or default_data_dir())
    if args.command == "deck" and args.deck_command == "check":
        return check_deck(args.file)
    if args.command == "deck" and args.deck_command == "show":
        return show_deck(data)
    if args.command == "deck" and args.deck_command == "export":
        return export_deck(data, args.file)
    if args.command == "deck" and args.deck_command == "import":
        return import_deck(data, args.file)
    if args.command == "checkins":
        return export_checkin_file(data, args.out, args.since, args.until)
    if args.command == "staff" and args.staff_command == "add":
        return add_staff(data, args.name)
    if args.command in ("staff", "audit"):
        return show_staff_records(data, args.command, getattr(args, "audit_command", ""))
    # A crash in Qt's own code still leaves a Python stack in the log; SIGUSR1 prints one on demand
    # from a kiosk that seems stuck.
    faulthandler.enable()
    faulthandler.register(signal.SIGUSR1)
    from kiosk.ui.run import render_slides, run_kiosk  # Qt is loaded only when a screen is needed

    if args.command == "render":
        width, height = args.size
        return render_slides(data, args.out, width, height, args.lang)
    return run_kiosk(data, windowed=args.windowed, size=args.size)


def export_checkin_file(
    data: DataDir, out: Path, since: date | None, until: date | None = None
) -> int:
    if not data.checkin_store.exists():
        print(f"There are no check-ins yet in {data.root}.", file=sys.stderr)
        return 1
    store = CheckInStore(data.checkin_store)
    try:
        store.open()
        count = export_checkins(store.checkins(since, until), out)
    except (StoreError, OSError) as exc:
        print(f"The check-ins could not be exported: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"{count} check-in(s) written to {out}")
    audit_from_terminal(data, Action.CHECKINS_EXPORTED, f"{count} check-ins to {out.name}")
    return 0


@contextmanager
def staff_records(data: DataDir) -> Iterator[StaffStore]:
    staff = StaffStore(data.staff_store)
    try:
        staff.open()
        yield staff
    finally:
        staff.close()


def audit_from_terminal(data: DataDir, action: Action, detail: str) -> None:
    try:
        with staff_records(data) as staff:
            staff.audit.record(TERMINAL, action, detail)
    except StaffError as exc:
        print(f"The audit log could not be written: {exc}", file=sys.stderr)


def read_pin(prompt: str) -> str:
    """Hidden typing at a terminal; one line of standard input otherwise (scripts, tests)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    print(prompt, end="", flush=True)
    return sys.stdin.readline().strip()


def add_staff(data: DataDir, name: str) -> int:
    try:
        pin = check_new_pin(read_pin("PIN (6 to 12 digits): "))
        if read_pin("The same PIN again: ") != pin:
            print("The two PINs differ; no account was made.", file=sys.stderr)
            return 1
    except AccountError as exc:
        print(f"{exc} No account was made.", file=sys.stderr)
        return 1
    try:
        with staff_records(data) as staff:
            member = staff.add(name, pin, by=TERMINAL)
    except (AccountError, StaffError) as exc:
        print(f"{exc} No account was made.", file=sys.stderr)
        return 1
    print(f"The account {member.name} was made; it signs in to staff mode with its PIN.")
    return 0


def show_staff_records(data: DataDir, command: str, audit_command: str) -> int:
    if not data.staff_store.exists():
        print(f"There are no staff accounts yet in {data.root}.", file=sys.stderr)
        return 1
    try:
        with staff_records(data) as staff:
            if command == "staff":
                for member in staff.members():
                    print(member.name)
                return 0
            if audit_command == "show":
                for e in staff.audit.entries(newest_first=False):
                    print(f"{e.seq}\t{e.at}\t{e.staff}\t{e.action}\t{e.detail}")
                return 0
            return check_audit_chain(staff)
    except StaffError as exc:
        print(f"The staff records could not be read: {exc}", file=sys.stderr)
        return 1


def check_audit_chain(staff: StaffStore) -> int:
    problems = staff.audit.verify()
    for problem in problems:
        print(problem)
    count = len(staff.audit.entries())
    print(f"{count} entries; " + ("the chain is whole." if not problems else "TAMPERED."))
    return 1 if problems else 0


def check_deck(path: Path) -> int:
    result = load_deck_file(path, ILLUSTRATION_LIBRARY)
    for problem in result.problems:
        print(problem)
    if not result.problems:
        assert result.deck is not None
        print(f"{path}: {len(result.deck.slides)} slides, no problems found.")
        return 0
    errors = sum(1 for p in result.problems if p.severity is Severity.ERROR)
    warnings = len(result.problems) - errors
    print(f"{path}: {errors} error(s), {warnings} warning(s).")
    return 1


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
