"""The clinic's deck saved by staff mode: read back the same, atomic under SIGKILL, and a file
broken by hand falls back to the last good one."""

from __future__ import annotations

import random
import tomllib
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.paths import ILLUSTRATION_LIBRARY, DataDir
from kiosk.core.schedule import Schedule
from kiosk.core.slides.deck import (
    BODY_MAX_CHARS,
    TITLE_MAX_CHARS,
    Deck,
    Layout,
    QrLink,
    Slide,
    SlideText,
    load_deck_file,
    parse_deck,
)
from kiosk.core.slides.deck_source import BEFORE_RESTORE_NAME, DeckSource, Origin
from kiosk.core.slides.deck_toml import deck_as_toml
from kiosk.core.storage.atomic import TEMP_MARK
from kiosk.core.text import normalise
from tests.core.killed_child import run_until_killed

SAVER = Path(__file__).with_name("deck_saver.py")

EVERY_FIELD = Slide(
    id="open-day",
    layout=Layout.CALL,
    title='Open day: "Happy feet" & you',
    body="Free foot checks.\nBring your walking shoes.",
    illustration="illustrations/welcome.svg",
    duration=12.5,
    enabled=False,
    schedule=Schedule(
        weekdays=frozenset({0, 2, 4}),
        start_time=time(8, 0),
        end_time=time(12, 30),
        start_date=date(2026, 12, 1),
        end_date=date(2026, 12, 24),
    ),
    qr=QrLink("https://example.org/open-day?a=1&b=2", "Scan for the times"),
    source="Mid Penn Foot & Ankle Specialists",
    reviewed_on=date(2026, 11, 24),
    reviewed_by="Dr. Ann Lee, DPM",
    translations=(
        (
            "es",
            SlideText(
                'Día abierto: "Pies felices"', "Revisión gratis.\nTraiga sus zapatos.", "Escanee"
            ),
        ),
    ),
)


def read_back(deck: Deck) -> Deck | None:
    return parse_deck(tomllib.loads(deck_as_toml(deck)), deck.folder, ILLUSTRATION_LIBRARY).deck


def test_the_built_in_deck_and_a_slide_with_every_field_read_back_the_same(
    data_dir: DataDir,
) -> None:
    builtin = DeckSource(data_dir).load_builtin()
    deck = replace(builtin, slides=(*builtin.slides, EVERY_FIELD))
    again = read_back(deck)
    assert again is not None
    assert again.slides == deck.slides


titles = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "S")), min_size=1)


@given(
    title=titles.map(lambda t: normalise(t).strip()[:TITLE_MAX_CHARS]),
    body=titles.map(lambda t: normalise(t).strip()[: BODY_MAX_CHARS // 8]),
    seconds=st.floats(3, 300, allow_nan=False),
)
def test_any_valid_slide_reads_back_the_same(title: str, body: str, seconds: float) -> None:
    if not title:
        title = "x"
    slide = Slide("any", Layout.BESIDE, title, body, duration=seconds)
    deck = Deck((slide,), ILLUSTRATION_LIBRARY)
    checked = parse_deck(
        {"version": 1, "slides": [{"id": "any", "title": title, "body": body}]}, deck.folder
    )
    if checked.deck is None:
        return  # text the format refuses (too many words, say) is not what this test is about
    slide = replace(checked.deck.slides[0], duration=seconds)
    deck = Deck((slide,), ILLUSTRATION_LIBRARY)
    again = read_back(deck)
    assert again is not None
    assert again.slides == deck.slides


def test_a_saved_deck_plays_and_keeps_a_last_good_copy(data_dir: DataDir) -> None:
    source = DeckSource(data_dir)
    deck = replace(source.load_builtin(), slides=(EVERY_FIELD,))
    source.save(deck)
    loaded = source.load()
    assert loaded.origin is Origin.CLINIC
    assert loaded.deck.slides == (EVERY_FIELD,)
    assert data_dir.last_good_deck_file.read_bytes() == data_dir.deck_file.read_bytes()


def test_a_deck_that_would_not_read_back_is_never_written(data_dir: DataDir) -> None:
    source = DeckSource(data_dir)
    too_long = replace(EVERY_FIELD, title="x" * (TITLE_MAX_CHARS + 1))
    with pytest.raises(ValueError, match="would not read back"):
        source.save(Deck((too_long,), data_dir.deck_dir))
    assert not data_dir.deck_file.exists()


@pytest.fixture
def saved(data_dir: DataDir) -> DeckSource:
    source = DeckSource(data_dir)
    source.save(Deck((replace(EVERY_FIELD, enabled=True),), data_dir.deck_dir))
    source.load()
    return source


GOOD_SLIDE = b'version = 1\n[[slides]]\nid = "a"\ntitle = "A slide"\n'
BROKEN_BY_HAND: dict[str, bytes] = {
    "truncated": deck_as_toml(Deck((EVERY_FIELD,), Path())).encode()[:200],
    "empty": b"",
    "no slides": b"version = 1\n",
    "NaN duration": GOOD_SLIDE + b"duration = nan\n",
    "wrong types": GOOD_SLIDE + b'enabled = "yes"\n',
    "unknown keys": GOOD_SLIDE + b'colour = "red"\n',
    "wrong version": GOOD_SLIDE.replace(b"version = 1", b"version = 2"),
    "duplicate ids": GOOD_SLIDE + b'[[slides]]\nid = "a"\ntitle = "Again"\n',
    "not UTF-8": GOOD_SLIDE.replace(b"A slide", b"Caf\xe9"),
    "not TOML": b'{ "slides": [] }\n',
    "binary garbage": bytes(range(256)) * 4,
    "50 MB": b"# padding\n" * (5 * 1024 * 1024),
    "a path out of the folder": GOOD_SLIDE + b'illustration = "../../etc/passwd.png"\n',
}


@pytest.mark.parametrize("content", BROKEN_BY_HAND.values(), ids=BROKEN_BY_HAND.keys())
def test_a_deck_broken_by_hand_falls_back_to_the_last_good_one(
    saved: DeckSource, data_dir: DataDir, content: bytes
) -> None:
    good_copy = data_dir.last_good_deck_file.read_bytes()
    data_dir.deck_file.write_bytes(content)
    loaded = saved.load()
    assert loaded.origin is Origin.LAST_GOOD
    assert [s.id for s in loaded.deck.slides] == ["open-day"]
    assert loaded.problems, "the problem is named for staff and in the log"
    assert data_dir.last_good_deck_file.read_bytes() == good_copy
    assert data_dir.deck_file.read_bytes() == content, "the broken file is left for IT to mend"


def test_a_byte_order_mark_is_not_a_fault(saved: DeckSource, data_dir: DataDir) -> None:
    data_dir.deck_file.write_bytes(b"\xef\xbb\xbf" + GOOD_SLIDE)
    loaded = saved.load()
    assert (loaded.origin, [s.title for s in loaded.deck.slides]) == (Origin.CLINIC, ["A slide"])


def test_restoring_the_built_in_deck_keeps_the_clinic_deck_aside(
    saved: DeckSource, data_dir: DataDir
) -> None:
    clinic = data_dir.deck_file.read_bytes()
    saved.restore_builtin()
    loaded = saved.load()
    assert loaded.origin is Origin.BUILT_IN
    assert loaded.deck.slides == saved.load_builtin().slides
    assert (data_dir.deck_dir / BEFORE_RESTORE_NAME).read_bytes() == clinic


def test_import_copies_the_pictures_beside_the_file(data_dir: DataDir, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    (usb / "pictures").mkdir(parents=True)
    (usb / "pictures" / "ours.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    )
    (usb / "deck.toml").write_bytes(GOOD_SLIDE + b'illustration = "pictures/ours.svg"\n')
    result = DeckSource(data_dir).import_file(usb / "deck.toml")
    assert result.deck is not None
    assert result.problems == ()
    assert (data_dir.deck_dir / "pictures" / "ours.svg").is_file()
    loaded = DeckSource(data_dir).load()
    assert loaded.origin is Origin.CLINIC
    assert loaded.deck.illustration_path(loaded.deck.slides[0]) == (
        data_dir.deck_dir / "pictures" / "ours.svg"
    )


def test_a_deck_with_errors_is_not_imported(saved: DeckSource, data_dir: DataDir) -> None:
    before = data_dir.deck_file.read_bytes()
    bad = data_dir.root / "bad.toml"
    bad.write_bytes(BROKEN_BY_HAND["duplicate ids"])
    result = saved.import_file(bad)
    assert result.deck is None
    assert any("already uses this id" in str(p) for p in result.problems)
    assert data_dir.deck_file.read_bytes() == before


def test_export_then_import_gives_the_same_slides(saved: DeckSource, tmp_path: Path) -> None:
    deck = saved.load().deck
    saved.export_file(deck, tmp_path / "backup" / "deck.toml")
    other = DeckSource(DataDir(tmp_path / "other"))
    result = other.import_file(tmp_path / "backup" / "deck.toml")
    assert result.deck is not None
    assert result.deck.slides == deck.slides


ROUNDS = 200


def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_version(tmp_path: Path) -> None:
    data = DataDir(tmp_path)
    rng = random.Random(20261124)
    last_done = 0
    versions_seen: set[int] = set()
    for _ in range(ROUNDS):
        lines = run_until_killed(SAVER, tmp_path, rng, max_delay=0.03)
        done = [int(line.split()[1]) for line in lines if line.startswith("DONE ")]
        begun = [int(line.split()[1]) for line in lines if line.startswith("BEGIN ")]
        if not begun:
            continue
        if not data.deck_file.exists():
            # The very first save was cut off before its rename: the old version is no file.
            assert (last_done, done) == (0, []), "a deck that was saved went missing"
            continue
        for path in (data.deck_file, data.last_good_deck_file):
            if not path.exists():
                continue  # the first save does not leave a last good copy yet
            result = load_deck_file(path, ILLUSTRATION_LIBRARY)
            assert result.deck is not None, f"a killed save left {path.name} broken"
        result = load_deck_file(data.deck_file, ILLUSTRATION_LIBRARY)
        assert result.deck is not None
        version = int(result.deck.slides[0].title.removeprefix("Version "))
        newest_done = max(done, default=0)
        allowed = {newest_done, newest_done + 1} if done else {last_done, 1}
        assert version in allowed
        versions_seen.add(version)
        last_done = version
    strays = list(data.deck_dir.glob(f"{TEMP_MARK}*"))
    DeckSource(data).sweep()
    assert list(data.deck_dir.glob(f"{TEMP_MARK}*")) == []
    print(
        f"deck saves: {ROUNDS} kills, {len(versions_seen)} distinct versions found, "
        f"{len(strays)} stray temporary files left by the kills and swept"
    )
