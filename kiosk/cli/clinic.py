"""``kiosk clinic``: the clinic's shared PostgreSQL store, from a terminal."""

from __future__ import annotations

import secrets
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from kiosk.core.paths import DataDir
from kiosk.core.storage.atomic import write_atomic
from kiosk.core.storage.clinic_files import STATE_FILE, load_state
from kiosk.core.storage.clinic_link import (
    KEEPALIVE,
    ClinicLink,
    ClinicLinkError,
    DeskLink,
    check_letter,
    load_link,
    save_desk_link,
    save_link,
)
from kiosk.core.storage.clinic_push import refused_words
from kiosk.core.storage.clinic_push import said_of as _said
from kiosk.core.storage.clinic_schema import (
    DESK_ROLE,
    KIOSK_ROLE,
    ClinicSchemaError,
    make_roles,
    migrate,
    schema_version,
)
from kiosk.core.storage.files import RefusedFileError, read_capped
from kiosk.core.storage.private import private_folder


def init_clinic(url: str, secrets: Path) -> int:
    """Make or update the schema and the two roles; their new passwords go to ``secrets``."""
    try:
        with psycopg.connect(url, connect_timeout=10) as db:
            version = migrate(db)
            passwords = make_roles(db)
    except ClinicSchemaError as exc:
        print(exc, file=sys.stderr)
        return 1
    except psycopg.Error as exc:
        return _server_said_no(exc)
    private_folder(secrets)
    for role, password in ((KIOSK_ROLE, passwords.kiosk), (DESK_ROLE, passwords.desk)):
        write_atomic(secrets / f"{role}.password", (password + "\n").encode())
    print(f"The clinic store is at schema version {version}.")
    print(
        f"The roles {KIOSK_ROLE} (for each kiosk) and {DESK_ROLE} (for the front desk) have new"
        f" passwords, in {secrets}/{KIOSK_ROLE}.password and {secrets}/{DESK_ROLE}.password."
    )
    return 0


def _server_said_no(exc: psycopg.Error) -> int:
    reached = not isinstance(exc, psycopg.OperationalError)
    said = "refused" if reached else "could not be reached"
    print(f"The clinic's server {said}: {_first_line(exc)}", file=sys.stderr)
    return 1


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def join_clinic(
    data: DataDir,
    url: str,
    letter: str,
    name: str,
    password_file: Path,
    *,
    take_over: bool = False,
) -> int:
    """Check the server takes this kiosk's role and letter, then keep the link in the data
    folder; check-ins from now on are queued for the server as they are made."""
    try:
        letter = check_letter(letter)
    except ClinicLinkError as exc:
        print(f"This kiosk did not join: {exc}.", file=sys.stderr)
        return 1
    password = _password_for(url, password_file, "This kiosk did not join")
    if password is None:
        return 1
    token = _own_token(data)
    try:
        with psycopg.connect(
            make_conninfo(url, password=password, **KEEPALIVE), autocommit=True
        ) as db:
            row = db.execute(
                "SELECT join_kiosk(%s, %s, %s, %s)", (letter, name.strip(), token, take_over)
            ).fetchone()
    except psycopg.Error as exc:
        return _server_said_no(exc)
    answer = str(row[0]) if row else ""
    if answer.startswith("taken by "):
        holder = answer.removeprefix("taken by ")
        print(
            f"The letter {letter} is taken by the kiosk {holder!r}: choose another letter, or,"
            f" if this is that kiosk set up again, join with --take-over.",
            file=sys.stderr,
        )
        return 1
    private_folder(data.root)
    link = ClinicLink(url, letter, name.strip(), data.clinic_password_file, token)
    save_link(data, link, password)
    verb = "joined the clinic again" if answer == "joined again" else "joined the clinic"
    print(
        f"This kiosk {verb} as {letter} ({name.strip()}): its tickets are"
        f" {letter}-1, {letter}-2, ... Restart it to start sending check-ins."
    )
    return 0


def link_desk(data: DataDir, url: str, password_file: Path) -> int:
    """Check the server takes the desk's role, then keep the link in the desk's data folder:
    ``kiosk desk`` then follows the clinic's queue, and its kiosks' calls and heartbeats."""
    password = _password_for(url, password_file, "This desk was not linked")
    if password is None:
        return 1
    try:
        with psycopg.connect(
            make_conninfo(url, password=password, **KEEPALIVE), autocommit=True
        ) as db:
            for table in ("checkins", "calls", "heartbeats", "clinic_keys"):
                db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
    except psycopg.errors.UndefinedTable:
        print(
            "The clinic's server has an older schema: run kiosk clinic init on it first.",
            file=sys.stderr,
        )
        return 1
    except psycopg.Error as exc:
        return _server_said_no(exc)
    private_folder(data.root)
    save_desk_link(data, DeskLink(url, data.desk_password_file), password)
    print(
        "This front desk is linked to the clinic's store: kiosk desk shows every kiosk's"
        " check-ins, and its calls reach every kiosk. Staff accounts are this PC's own"
        " (kiosk staff add); the first one makes the clinic's key."
    )
    return 0


def _password_for(url: str, password_file: Path, refused: str) -> str | None:
    """The role's password from its file, for an address that holds none; None (and why, after
    ``refused``, on stderr) otherwise."""
    try:
        if "password" in conninfo_to_dict(url):
            raise ClinicLinkError("leave the password out of the address: --password-file")
        return read_capped(password_file, 1024).decode("utf-8").strip()
    except ClinicLinkError as exc:
        print(f"{refused}: {exc}.", file=sys.stderr)
    except psycopg.ProgrammingError:  # its message quotes the address, password and all
        print(f"{refused}: the server's address cannot be read.", file=sys.stderr)
    except (OSError, UnicodeDecodeError, RefusedFileError) as exc:
        print(f"The password file cannot be read: {exc}", file=sys.stderr)
    return None


def _own_token(data: DataDir) -> str:
    """The token this kiosk joined with before, so that it may join again; else a new one."""
    try:
        link = load_link(data)
    except ClinicLinkError:
        link = None
    return link.token if link is not None and link.token else secrets.token_urlsafe(24)


def clinic_status(data: DataDir) -> int:
    try:
        link = load_link(data)
    except ClinicLinkError as exc:
        print(exc, file=sys.stderr)
        return 1
    if link is None:
        print("This kiosk is on its own: it has joined no clinic (kiosk clinic join).")
        return 0
    waiting, last, refused = _outbox(data, link.letter)
    print(f"Kiosk {link.letter} ({link.name}) of {_where(link.url)}")
    print(f"Check-ins waiting to be sent: {waiting}; the last one sent: {last or 'none yet'}")
    if refused is not None:
        print(f"Of them, {refused}.")
    taken = load_state(data.root / STATE_FILE).version
    print(f"The clinic's slides and settings: version {taken or 'none yet'} is on this kiosk")
    try:
        with psycopg.connect(link.conninfo()) as db:
            version = schema_version(db)
            newest = db.execute("SELECT COALESCE(MAX(version), 0) FROM clinic_files").fetchone()
    except (psycopg.Error, OSError) as exc:
        print(f"The server: {_said(exc)}.")
        return 1
    print(f"The server answers; its schema is at version {version}.")
    if newest and int(str(newest[0])) > taken:
        print(f"The server has version {newest[0]} of the slides and settings; it is on its way.")
    return 0


def _outbox(data: DataDir, letter: str) -> tuple[int, str | None, str | None]:
    """How many wait, when the last went, and what staff are told of those the server refused."""
    if not data.checkin_store.exists():
        return 0, None, None
    with closing(sqlite3.connect(f"file:{data.checkin_store}?mode=ro", uri=True)) as db:
        try:
            waiting = int(db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])
            last = db.execute("SELECT last_sent_at FROM outbox_state").fetchone()[0]
            refused = refused_words(db, letter)
        except sqlite3.OperationalError:  # a store made before the outbox: nothing waits
            return 0, None, None
    return waiting, None if last is None else str(last), None if refused is None else str(refused)


def _where(url: str) -> str:
    parts = conninfo_to_dict(url)
    return f"{parts.get('dbname', '?')} on {parts.get('host', 'this machine')}"
