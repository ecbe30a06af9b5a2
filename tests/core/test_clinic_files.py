"""The clinic's deck, pictures and settings, kept once in a real PostgreSQL server: what staff save
on one kiosk is in every other kiosk's folder within two seconds; a kiosk's own sleep hours stay
its own; a kiosk that joins takes the clinic's files, never the other way; what the server
sends is checked as a file from a USB drive is; and with the server away, nothing changes."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import time as clock_time
from pathlib import Path

import psycopg
import pytest

from kiosk.cli.clinic import join_clinic
from kiosk.core.paths import BUILTIN_DECK_DIR, DataDir
from kiosk.core.settings import SettingsFile
from kiosk.core.slides.deck_source import DeckSource, Origin
from kiosk.core.storage.clinic_files import STATE_FILE, ClinicFiles, load_state
from kiosk.core.storage.clinic_link import load_link
from tests.core.conftest import Clinic
from tests.core.test_clinic_push import wait_for
from tests.core.test_clinic_schema import clinic as kiosk_clinic

PICTURE = (BUILTIN_DECK_DIR / "illustrations" / "chain.svg").read_bytes()


@dataclass
class Kiosk:
    data: DataDir
    files: ClinicFiles
    settings_told: list[int]

    @property
    def deck_source(self) -> DeckSource:
        return DeckSource(self.data)


@pytest.fixture
def files_kiosk(clinic: Clinic, tmp_path: Path) -> Iterator[Callable[[str], Kiosk]]:
    made: list[Kiosk] = []

    def make(letter: str, *, start: bool = True) -> Kiosk:
        data = DataDir(tmp_path / f"kiosk-{letter}")
        if not data.clinic_file.exists():
            joined = join_clinic(
                data, clinic.kiosk_url(), letter, f"Entrance {letter}", clinic.kiosk_password_file
            )
            assert joined == 0
        link = load_link(data)
        assert link is not None
        told: list[int] = []
        files = ClinicFiles(
            data,
            link,
            on_settings=lambda: told.append(1),
            look_every_s=0.2,
            first_wait_s=0.05,
            longest_wait_s=0.3,
        )
        if start:
            files.start()
        made.append(Kiosk(data, files, told))
        return made[-1]

    yield make
    for kiosk in made:
        kiosk.files.stop()


def a_deck_with_a_picture(kiosk: Kiosk, title: str) -> None:
    """As staff mode's slide editor saves one: the picture first, then the deck naming it."""
    source = kiosk.deck_source
    deck = source.load().deck
    kiosk.data.deck_dir.mkdir(parents=True, exist_ok=True)
    (kiosk.data.deck_dir / "our-door.svg").write_bytes(PICTURE)
    first = replace(deck.slides[0], title=title, illustration="our-door.svg")
    source.save(replace(deck, slides=(first, *deck.slides[1:]), folder=kiosk.data.deck_dir))


def playing_title(kiosk: Kiosk) -> str:
    loaded = kiosk.deck_source.load()
    return loaded.deck.slides[0].title if loaded.origin is Origin.CLINIC else ""


def server_files(clinic: Clinic) -> dict[str, tuple[int, str]]:
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        rows = admin.execute("SELECT name, version, changed_by FROM clinic_files").fetchall()
    return {str(n): (int(str(v)), str(b)) for n, v, b in rows}


def test_a_deck_saved_on_one_kiosk_is_on_the_other_within_two_seconds(
    clinic: Clinic, files_kiosk: Callable[..., Kiosk]
) -> None:
    first, second = files_kiosk("A"), files_kiosk("B")
    wait_for(lambda: first.files.rounds > 0 and second.files.rounds > 0, timeout=10)
    a_deck_with_a_picture(first, "Walk-ins welcome today")
    first.files.wake()
    wait_for(lambda: playing_title(second) == "Walk-ins welcome today", timeout=2)
    assert (second.data.deck_dir / "our-door.svg").read_bytes() == PICTURE
    held = server_files(clinic)
    assert held["deck/deck.toml"][1] == "kiosk A"
    assert held["deck/deck.toml"][0] == held["deck/our-door.svg"][0]  # one version, together

    # And back: the second kiosk's edit reaches the first, and nobody sends it again.
    a_deck_with_a_picture(second, "Ask us about footwear")
    second.files.wake()
    wait_for(lambda: playing_title(first) == "Ask us about footwear", timeout=2)
    version = server_files(clinic)["deck/deck.toml"][0]
    wait_for(lambda: load_state(first.data.root / STATE_FILE).version >= version, timeout=2)
    first.files.wake()
    second.files.wake()
    time.sleep(0.6)  # a round or two of each kiosk's worker
    assert server_files(clinic)["deck/deck.toml"][0] == version


def test_the_clinic_settings_are_shared_and_the_sleep_hours_stay_each_kiosks_own(
    clinic: Clinic, files_kiosk: Callable[..., Kiosk]
) -> None:
    first, second = files_kiosk("A"), files_kiosk("B")
    second_file = SettingsFile(second.data.settings_file)
    night = (clock_time(20, 0), clock_time(6, 30))
    second_file.save(replace(second_file.load().settings, sleep_hours=night))
    wait_for(lambda: "settings.toml" in server_files(clinic), timeout=5)

    first_file = SettingsFile(first.data.settings_file)
    wait_for(lambda: first.settings_told != [] or first_file.path.exists(), timeout=5)
    changed = replace(first_file.load().settings, clinic_name="Mid Penn Foot & Ankle, 2nd St")
    first_file.save(changed)
    first.files.wake()
    wait_for(lambda: second_file.load().settings.clinic_name == changed.clinic_name, timeout=2)
    assert second_file.load().settings.sleep_hours == night
    wait_for(lambda: bool(second.settings_told), timeout=2)  # told after the file is written
    assert first_file.load().settings.sleep_hours is None


def test_a_kiosk_that_joins_takes_the_clinics_deck_and_never_sends_its_own(
    clinic: Clinic, files_kiosk: Callable[..., Kiosk]
) -> None:
    first = files_kiosk("A")
    a_deck_with_a_picture(first, "The clinic's own slides")
    first.files.wake()
    wait_for(lambda: "deck/deck.toml" in server_files(clinic), timeout=5)

    newcomer = files_kiosk("B", start=False)
    a_deck_with_a_picture(newcomer, "A deck left from before it joined")
    newcomer.files.start()
    wait_for(lambda: playing_title(newcomer) == "The clinic's own slides", timeout=5)
    assert server_files(clinic)["deck/deck.toml"][1] == "kiosk A"


def test_the_deck_put_back_to_the_built_in_one_is_so_on_every_kiosk(
    clinic: Clinic, files_kiosk: Callable[..., Kiosk]
) -> None:
    first, second = files_kiosk("A"), files_kiosk("B")
    a_deck_with_a_picture(first, "For a week only")
    first.files.wake()
    wait_for(lambda: playing_title(second) == "For a week only", timeout=5)
    first.deck_source.restore_builtin()
    first.files.wake()
    wait_for(lambda: not second.data.deck_file.exists(), timeout=2)
    assert second.deck_source.load().origin is Origin.BUILT_IN


def test_what_the_server_sends_is_checked_like_a_file_from_a_usb_drive(
    clinic: Clinic, files_kiosk: Callable[..., Kiosk], caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = files_kiosk("A")
    a_deck_with_a_picture(kiosk, "Ours")
    kiosk.files.wake()
    wait_for(lambda: "deck/deck.toml" in server_files(clinic), timeout=5)
    last_good = kiosk.data.last_good_deck_file.read_bytes()
    caplog.set_level(logging.WARNING)
    hostile = {
        "deck/pretend.png": b"<html>not a picture</html>",
        "deck/..": b"x",
        "deck/evil.sh": b"#!/bin/sh\nrm -rf /\n",
        "deck/deck.last-good.toml": b"junk = [[[",
        "deck/deck.toml": b'slides = "broken"',
        "deck/ok.svg": PICTURE,
    }
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        admin.execute(
            "SELECT put_clinic_files('someone', %s, %s)", (list(hostile), list(hostile.values()))
        )
    wait_for(lambda: (kiosk.data.deck_dir / "ok.svg").exists(), timeout=2)
    rounds = kiosk.files.rounds
    wait_for(lambda: kiosk.files.rounds > rounds + 3, timeout=5)
    for name in ("pretend.png", "evil.sh"):
        assert not (kiosk.data.deck_dir / name).exists()
    assert kiosk.data.last_good_deck_file.read_bytes() == last_good
    assert playing_title(kiosk) == "Ours"
    refused = [r.getMessage() for r in caplog.records if "was not taken" in r.getMessage()]
    for name in ("deck/pretend.png", "deck/..", "deck/evil.sh", "deck/deck.last-good.toml"):
        assert sum(name in m for m in refused) == 1, f"{name} said once, not at every round"
    assert sorted(p.name for p in kiosk.data.root.parent.iterdir()) == ["kiosk-A", "secrets"]
    # Its own good deck went back to the clinic (it heals); nothing was sent for the others.
    held = server_files(clinic)
    assert held["deck/deck.toml"][1] == "kiosk A"
    assert held["deck/evil.sh"][1] == "someone"


def test_with_the_server_away_the_kiosk_keeps_its_last_good_deck(
    clinic: Clinic, files_kiosk: Callable[..., Kiosk]
) -> None:
    first = files_kiosk("A")
    a_deck_with_a_picture(first, "Played while the server is away")
    first.files.wake()
    wait_for(lambda: "deck/deck.toml" in server_files(clinic), timeout=5)
    first.files.stop()

    clinic.postgres.stop()
    again = files_kiosk("A")  # the kiosk started again, and the server does not answer
    time.sleep(1.0)  # its worker tries, and cannot connect
    assert playing_title(again) == "Played while the server is away"
    clinic.postgres.start()


def test_clinic_status_says_which_version_of_the_slides_the_kiosk_has(
    clinic: Clinic, files_kiosk: Callable[..., Kiosk]
) -> None:
    kiosk = files_kiosk("A")
    a_deck_with_a_picture(kiosk, "Counted")
    kiosk.files.wake()

    def all_sent() -> bool:
        # The deck and its picture may go as two versions: the kiosk has them both.
        newest = max((v for v, _ in server_files(clinic).values()), default=0)
        return newest > 0 and load_state(kiosk.data.root / STATE_FILE).version == newest

    wait_for(all_sent, timeout=5)
    kiosk.files.stop()
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        admin.execute("SELECT put_clinic_files('the desk', %s, %s)", (["deck/x.svg"], [PICTURE]))
    done = kiosk_clinic("status", data=kiosk.data.root)
    assert done.returncode == 0, done.stderr
    taken = load_state(kiosk.data.root / STATE_FILE).version
    assert f"slides and settings: version {taken} is on this kiosk" in done.stdout
    on_its_way = f"The server has version {taken + 1} of the slides and settings; it is on its way."
    assert on_its_way in done.stdout


def test_a_file_the_disk_cannot_take_now_is_taken_once_it_can(
    clinic: Clinic, files_kiosk: Callable[..., Kiosk], tmp_path: Path
) -> None:
    kiosk = files_kiosk("A")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    kiosk.data.deck_dir.symlink_to(elsewhere)  # no file is written through it
    with psycopg.connect(clinic.postgres.url(database=clinic.database)) as admin:
        admin.execute("SELECT put_clinic_files('the desk', %s, %s)", (["deck/a.svg"], [PICTURE]))
        admin.execute("SELECT put_clinic_files('the desk', %s, %s)", (["deck/b.svg"], [PICTURE]))
    rounds = kiosk.files.rounds
    wait_for(lambda: kiosk.files.rounds > rounds + 2, timeout=5)
    assert list(elsewhere.iterdir()) == []
    kiosk.data.deck_dir.unlink()
    kiosk.data.deck_dir.mkdir()
    wait_for(lambda: (kiosk.data.deck_dir / "b.svg").exists(), timeout=3)
    assert (kiosk.data.deck_dir / "a.svg").read_bytes() == PICTURE, "not passed over"
