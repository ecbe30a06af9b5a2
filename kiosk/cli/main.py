"""The ``kiosk`` command: run the kiosk, render its slides, and manage its deck and records."""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import re
import signal
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kiosk.core.paths import DataDir, default_data_dir
from kiosk.core.storage.private import PRIVATE_UMASK

log = logging.getLogger("kiosk")

RECORD_COMMANDS = (
    "deck",
    "checkins",
    "staff",
    "setup-code",
    "audit",
    "clinic",
    "keys",
    "handoff",
)
ACCOUNT_ACTIONS = {
    "remove": "delete a staff account (its past actions stay in the audit log)",
    "disable": "switch an account off: it cannot sign in until switched on again",
    "enable": "switch an account on again",
    "reset-pin": "give an account a new PIN (asks it twice)",
}


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
    render.add_argument(
        "--lang", help="the language to render in, such as es (default: the clinic's own)"
    )

    commands.add_parser(
        "service",
        parents=[data_dir_again],
        help="print the systemd user unit that runs this kiosk (on --data-dir, when given;"
        " docs/deploy.md)",
    )

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
        "export", parents=[data_dir_again], help="write the check-ins to a CSV or FHIR file"
    )
    export.add_argument("--out", type=Path, required=True, help="the file to write")
    export.add_argument(
        "--format",
        choices=("csv", "fhir"),
        default="csv",
        help="csv (a spreadsheet), or fhir: one FHIR R4B transaction Bundle a line (NDJSON)",
    )
    export.add_argument(
        "--since", type=date.fromisoformat, help="only check-ins on or after YYYY-MM-DD"
    )
    export.add_argument(
        "--until", type=date.fromisoformat, help="only check-ins on or before YYYY-MM-DD"
    )
    export.add_argument(
        "--recovery-code",
        action="store_true",
        help="open sealed check-ins with the clinic's recovery code instead of a name and PIN",
    )

    staff = commands.add_parser("staff", help="staff accounts").add_subparsers(
        dest="staff_command", metavar="ACTION", required=True
    )
    add = staff.add_parser(
        "add", parents=[data_dir_again], help="create a staff account (asks the PIN twice)"
    )
    add.add_argument("name", help="the staff member's name, as staff mode shows it")
    staff.add_parser("list", parents=[data_dir_again], help="list the staff accounts")
    for action, words in ACCOUNT_ACTIONS.items():
        changed = staff.add_parser(action, parents=[data_dir_again], help=words)
        changed.add_argument("name", help="the staff member's name")

    keys = commands.add_parser("keys", help="the clinic's key that seals check-ins").add_subparsers(
        dest="keys_command", metavar="ACTION", required=True
    )
    keys.add_parser("status", parents=[data_dir_again], help="which key seals, and who opens it")
    for action, words in (
        ("grant", "give the clinic's keys to accounts that lack them (asks a name and PIN)"),
        ("rotate", "make a new key, seal every check-in again, forget the old (name and PIN)"),
    ):
        changed = keys.add_parser(action, parents=[data_dir_again], help=words)
        changed.add_argument(
            "--recovery-code",
            action="store_true",
            help="sign in with the clinic's recovery code instead of a name and PIN",
        )
        if action == "rotate":
            changed.add_argument(
                "--new-recovery-code",
                action="store_true",
                help="also print a new recovery code; the old one then opens nothing",
            )

    desk = commands.add_parser(
        "desk",
        parents=[data_dir_again],
        help="the front desk's window on the day's queue (for the reception PC)",
    )
    desk.add_argument("--size", type=_size, help="the window's size, e.g. 1366x768")

    commands.add_parser(
        "setup-code",
        parents=[data_dir_again],
        help="print a one-time code for making the first staff account on the kiosk's screen",
    )

    audit = commands.add_parser("audit", help="the staff audit log").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    audit.add_parser("show", parents=[data_dir_again], help="print the audit log, oldest first")
    audit.add_parser(
        "check", parents=[data_dir_again], help="check that no entry was edited or removed"
    )
    audit.add_parser(
        "restored",
        parents=[data_dir_again],
        help="after restoring the data folder from a backup: say so in the log, so that the"
        " check accepts it (the entries written after the backup are counted as lost)",
    )
    clinic = commands.add_parser(
        "clinic", help="the clinic's shared PostgreSQL store (docs/deploy.md)"
    ).add_subparsers(dest="clinic_command", metavar="ACTION", required=True)
    init = clinic.add_parser(
        "init",
        help="make or update the clinic store's schema and the kiosk's and desk's roles",
    )
    init.add_argument(
        "url",
        help="the server, as its owner: postgresql://clinic_admin@HOST/clinic?sslmode=verify-full"
        " (the password from ~/.pgpass or PGPASSWORD, never on the command line)",
    )
    init.add_argument(
        "--secrets",
        type=Path,
        required=True,
        help="a folder for the two roles' new passwords (each file readable by you alone)",
    )
    join = clinic.add_parser(
        "join",
        parents=[data_dir_again],
        help="join this kiosk to the clinic's store, with a letter",
    )
    join.add_argument(
        "url",
        help="the server, as the kiosk's role: postgresql://clinic_kiosk@HOST/clinic"
        "?sslmode=verify-full (no password in it)",
    )
    join.add_argument("--letter", required=True, help="this kiosk's ticket letter, A to Z")
    join.add_argument("--name", required=True, help="where it stands, e.g. 'Second floor'")
    join.add_argument(
        "--password-file",
        type=Path,
        required=True,
        help="the file kiosk clinic init wrote the kiosk role's password to",
    )
    join.add_argument(
        "--take-over",
        action="store_true",
        help="take the letter back for this kiosk, set up again after its clinic.toml was lost",
    )
    desk_link = clinic.add_parser(
        "desk",
        parents=[data_dir_again],
        help="link this front desk's data folder to the clinic's store (then run kiosk desk)",
    )
    desk_link.add_argument(
        "url",
        help="the server, as the desk's role: postgresql://clinic_desk@HOST/clinic"
        "?sslmode=verify-full (no password in it)",
    )
    desk_link.add_argument(
        "--password-file",
        type=Path,
        required=True,
        help="the file kiosk clinic init wrote the desk role's password to",
    )
    clinic.add_parser(
        "status",
        parents=[data_dir_again],
        help="the server, this kiosk's letter, and the check-ins waiting to be sent",
    )
    handoff = commands.add_parser(
        "handoff", help="hand each check-in to the practice's own software (HL7 v2 over MLLP)"
    ).add_subparsers(dest="handoff_command", metavar="ACTION", required=True)
    enrol = handoff.add_parser(
        "enrol",
        parents=[data_dir_again],
        help="give this machine the clinic's keys to open check-ins (asks a name and PIN)",
    )
    enrol.add_argument("--name", help="this machine's name in the staff file (default: its host)")
    enrol.add_argument(
        "--tpm",
        action="store_true",
        help="seal the key to this machine's TPM 2.0, so a copy of the key file opens nothing"
        " elsewhere (needs tpm2-tools and access to /dev/tpmrm0)",
    )
    enrol.add_argument(
        "--recovery-code",
        action="store_true",
        help="sign in with the clinic's recovery code instead of a name and PIN",
    )
    handoff.add_parser(
        "run",
        parents=[data_dir_again],
        help="the service: send each new check-in until acknowledged",
    )
    handoff.add_parser(
        "status", parents=[data_dir_again], help="sent, waiting or refused, for each check-in"
    )
    handoff.add_parser(
        "test", parents=[data_dir_again], help="send a made-up patient marked as a test (MSH-11 T)"
    )
    handoff.add_parser(
        "retry",
        parents=[data_dir_again],
        help="send again every check-in refused or not sent (once the cause is put right)",
    )
    by_hand = handoff.add_parser(
        "by-hand",
        parents=[data_dir_again],
        help="note that staff entered a refused or unsent check-in into the practice system"
        " themselves: it is not sent again, and status no longer counts it",
    )
    by_hand.add_argument("ticket", help='the check-in\'s ticket, as status shows it ("A-12")')
    by_hand.add_argument(
        "--made",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day the check-in was made, when status shows that ticket on more than one",
    )
    handoff.add_parser(
        "service",
        parents=[data_dir_again],
        help="print the systemd user unit that runs the service (on --data-dir, when given)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Everything the kiosk writes is for its own user alone, whatever umask it was started with.
    os.umask(PRIVATE_UMASK)
    args = build_parser().parse_args(argv)
    # A command at a terminal says only what went wrong; the running kiosk logs its day too.
    quiet = args.command in RECORD_COMMANDS and getattr(args, "handoff_command", "") != "run"
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    data = DataDir(args.data_dir or default_data_dir())
    if args.command == "service":
        from kiosk.core.system.service_unit import service_unit

        print(service_unit(data_dir=args.data_dir), end="")
        return 0
    if args.command in RECORD_COMMANDS:
        # Imported only here, so the stores and their libraries stay out of the kiosk's start-up.
        from kiosk.cli.records import run_record_command

        try:
            return run_record_command(args, data)
        except BrokenPipeError:  # `kiosk deck show --json | head`: the reader has had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    # A crash in Qt's own code still leaves a Python stack in the log; SIGUSR1 prints one on demand
    # from a kiosk that seems stuck.
    if args.command != "render" and (stop := _no_screen()) is not None:
        return stop
    if args.command is None and sys.stdin.isatty():
        from kiosk.cli.first_account import ask_for_first_account

        logging.disable(logging.INFO)  # the question alone, without the stores' log lines
        try:
            ask_for_first_account(data)
        except KeyboardInterrupt:  # Ctrl+C at the question: the person chose not to start it
            print()
            return 130
        finally:
            logging.disable(logging.NOTSET)
    faulthandler.enable()
    if hasattr(signal, "SIGUSR1"):  # not on Windows, where a front desk may run
        faulthandler.register(signal.SIGUSR1)
    from kiosk.ui.app.run import (  # Qt is loaded only when a screen is needed
        render_slides,
        run_front_desk,
        run_kiosk,
    )

    if args.command == "desk":
        return run_front_desk(data, size=args.size)
    if args.command == "render":
        width, height = args.size
        return render_slides(data, args.out, width, height, args.lang)
    return run_kiosk(data, windowed=args.windowed, size=args.size)


def _no_screen() -> int | None:
    """Exit code 1 with one sentence when there is no screen; ``None`` when there is one."""
    from kiosk.core.system.display import missing_screen, no_screen_message

    reason = missing_screen()
    if reason is None:
        return None
    log.error("%s", no_screen_message(reason))
    return 1
