"""Settings saved atomically and read back; files broken by hand fall back to the last good one."""

from __future__ import annotations

import random
import tomllib
from dataclasses import replace
from datetime import time as clock_time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.settings import (
    Settings,
    SettingsFile,
    SettingsOrigin,
    Transition,
    load_settings,
    parse_settings,
    settings_as_toml,
)
from kiosk.core.storage.atomic import TEMP_MARK
from kiosk.core.text import normalise
from kiosk.core.words import Words
from tests.core.killed_child import run_until_killed

GOOD = Settings(
    clinic_name="Mid Penn Foot & Ankle Specialists",
    phone="(717) 555-0142",
    opening_hours="Mon to Fri 8:00 to 17:30",
    accent_colour="#0b5560",
    transition=Transition.SLIDE,
    rotation_speed=1.5,
    ask_mobile=True,
    chime_volume=40,
    retention_days=0,
    sleep_hours=(clock_time(19, 0), clock_time(7, 0)),
)
WRITER = Path(__file__).with_name("settings_writer.py")


@pytest.fixture
def settings_file(tmp_path: Path) -> SettingsFile:
    saved = SettingsFile(tmp_path / "settings.toml")
    saved.save(GOOD)
    return saved


def test_saved_settings_read_back_the_same(settings_file: SettingsFile) -> None:
    loaded = settings_file.load()
    assert loaded.settings == GOOD
    assert loaded.problems == ()
    assert loaded.origin is SettingsOrigin.FILE
    assert settings_file.last_good.read_bytes() == settings_file.path.read_bytes()


names = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "S")), max_size=60
).map(lambda text: normalise(text).strip())


@given(name=names, volume=st.integers(0, 100), days=st.integers(0, 3650))
def test_any_valid_settings_survive_the_round_trip(name: str, volume: int, days: int) -> None:
    wanted = Settings(clinic_name=name, chime_volume=volume, retention_days=days)
    again = parse_settings(tomllib.loads(settings_as_toml(wanted)))
    assert again.problems == ()
    assert again.settings == wanted


BROKEN_BY_HAND: dict[str, bytes] = {
    "truncated": settings_as_toml(GOOD).encode()[:40],
    "empty": b"",
    "only blank lines": b"\n\n   \n",
    "NaN speed": b"[slideshow]\nrotation_speed = nan\n",
    "infinite speed": b"[slideshow]\nrotation_speed = inf\n",
    "wrong types": b'[checkin]\nidle_seconds = "45"\nchime = "yes"\n',
    "unknown keys": b'[clinic]\nname = "A clinic"\nwebsite = "https://example.org"\n',
    "unknown section": b"[printer]\nport = 9100\n",
    "section not a table": b'clinic = "Mid Penn"\n',
    "out of range": b"[checkin]\nretention_days = -1\n",
    "not UTF-8": b'[clinic]\nname = "Caf\xe9"\n',
    "not TOML": b'{ "clinic": { "name": "json" } }\n',
    "duplicate key": b'[clinic]\nname = "A"\nname = "B"\n',
    "binary garbage": bytes(range(256)) * 4,
    "50 MB": b"# padding\n" * (5 * 1024 * 1024),
    "low-contrast accent": b'[clinic]\naccent_colour = "#ffff00"\n',
    "invisible characters": '[clinic]\nname = "Mid\u200bPenn"\n'.encode(),
}


@pytest.mark.parametrize("content", BROKEN_BY_HAND.values(), ids=BROKEN_BY_HAND.keys())
def test_a_file_broken_by_hand_falls_back_to_the_last_good_one(
    settings_file: SettingsFile, content: bytes
) -> None:
    good_copy = settings_file.last_good.read_bytes()
    settings_file.path.write_bytes(content)
    loaded = settings_file.load()
    assert loaded.settings == GOOD
    assert loaded.origin is SettingsOrigin.LAST_GOOD
    assert str(loaded.problems[-1]) == "settings.toml has problems; the last good settings are used"
    assert len(loaded.problems) >= 2, "the problem itself is named for staff"
    assert settings_file.last_good.read_bytes() == good_copy, "a broken file never becomes good"
    assert settings_file.path.read_bytes() == content, "the broken file is left for IT to mend"


def test_a_byte_order_mark_is_not_a_fault(settings_file: SettingsFile) -> None:
    """Editors on Windows add one; the settings behind it are read as written."""
    changed = settings_as_toml(replace(GOOD, clinic_name="Saved from Notepad"))
    settings_file.path.write_bytes(b"\xef\xbb\xbf" + changed.encode())
    loaded = settings_file.load()
    assert (loaded.settings.clinic_name, loaded.problems) == ("Saved from Notepad", ())


def test_a_deleted_file_falls_back_to_the_last_good_one(settings_file: SettingsFile) -> None:
    settings_file.path.unlink()
    loaded = settings_file.load()
    assert (loaded.settings, loaded.origin) == (GOOD, SettingsOrigin.LAST_GOOD)
    assert str(loaded.problems[0]) == "settings.toml is missing"


def test_without_a_good_copy_each_broken_value_takes_its_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[clinic]\nname = "Own name"\n[checkin]\nidle_seconds = 5\n')
    loaded = SettingsFile(path).load()
    assert loaded.settings == Settings(clinic_name="Own name")
    assert loaded.origin is SettingsOrigin.FILE
    assert not SettingsFile(path).last_good.exists()


def test_no_file_at_all_gives_the_defaults_quietly(tmp_path: Path) -> None:
    loaded = SettingsFile(tmp_path / "settings.toml").load()
    assert (loaded.settings, loaded.problems) == (Settings(), ())
    assert loaded.origin is SettingsOrigin.DEFAULTS


def test_settings_that_would_not_read_back_are_never_written(tmp_path: Path) -> None:
    target = SettingsFile(tmp_path / "settings.toml")
    with pytest.raises(ValueError, match="would not read back"):
        target.save(Settings(clinic_name="x" * 61))
    assert not target.path.exists()


def test_display_sleep_hours_are_read_and_checked() -> None:
    loaded = parse_settings({"display": {"sleep_hours": "18:30-06:45"}})
    assert loaded.settings.sleep_hours == (clock_time(18, 30), clock_time(6, 45))
    assert parse_settings({"display": {"sleep_hours": ""}}).settings.sleep_hours is None
    assert words(parse_settings({"display": {"sleep_hours": "07:00-07:00"}}).problems) == (
        'display.sleep_hours must look like "19:00-07:00", or be empty',
    )


def test_load_settings_reads_a_single_file(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("[checkin]\nchime_volume = 101\n")
    assert words(load_settings(path).problems) == (
        "checkin.chime_volume must be a whole number from 0 to 100",
    )


ROUNDS = 200


def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_version(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    rng = random.Random(20261124)
    last_done = 0
    versions_seen: set[int] = set()
    for _ in range(ROUNDS):
        lines = run_until_killed(WRITER, path, rng, max_delay=0.02)
        done = [int(line.split()[1]) for line in lines if line.startswith("DONE ")]
        begun = [int(line.split()[1]) for line in lines if line.startswith("BEGIN ")]
        if not begun:
            continue
        if not path.exists():
            # The very first save was cut off before its rename: the old version is no file.
            assert (last_done, done) == (0, []), "a file that was saved went missing"
            continue
        loaded = load_settings(path)
        assert loaded.problems == (), "a killed save left a file that does not parse"
        version = int(loaded.settings.clinic_name.removeprefix("Clinic "))
        newest_done = max(done, default=0)
        # The file holds the newest save that returned, or the one cut off after it; with
        # nothing done this round it still holds one of the earlier rounds' versions.
        allowed = {newest_done, newest_done + 1} if done else {last_done, 1}
        assert version in allowed
        versions_seen.add(version)
        last_done = version
    strays = list(tmp_path.glob(f"{TEMP_MARK}*"))
    (tmp_path / f"{TEMP_MARK}someone-elses-file").write_text("not ours")
    assert SettingsFile(path).sweep() == len(strays)
    assert [p.name for p in tmp_path.glob(f"{TEMP_MARK}*")] == [f"{TEMP_MARK}someone-elses-file"]
    print(
        f"settings saves: {ROUNDS} kills, {len(versions_seen)} distinct versions found, "
        f"{len(strays)} stray temporary files left by the kills and swept"
    )


def words(problems: tuple[Words, ...]) -> tuple[str, ...]:
    return tuple(str(problem) for problem in problems)
