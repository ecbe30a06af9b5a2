"""A writer killed with SIGKILL at random moments loses nothing it reported, duplicates nothing."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from kiosk.core.checkin.answers import CheckIn, Reason
from kiosk.core.storage.checkin_store import count_rows, open_store
from tests.core.killed_child import run_until_killed

ROUNDS = 200
ID_LENGTH = 36
WRITER = Path(__file__).with_name("store_writer.py")


def run_and_kill(store_file: Path, rng: random.Random) -> tuple[set[str], set[str]]:
    """One round: the ids the writer began and the ids it reported committed before the kill."""
    lines = run_until_killed(WRITER, store_file, rng, max_delay=0.03)
    began, done = set(), set()
    for line in lines:
        parts = line.split()
        if len(parts) < 2 or len(parts[1]) != ID_LENGTH:  # a line the kill cut short
            continue
        if parts[0] == "BEGIN":
            began.add(parts[1])
        elif parts[0] == "DONE" and len(parts) == 3:
            done.add(parts[1])
    return began, done


def test_killed_writers_lose_nothing_they_reported_and_retries_never_duplicate(
    tmp_path: Path,
) -> None:
    store_file = tmp_path / "checkins.sqlite"
    rng = random.Random(20261123)
    reported: set[str] = set()
    unanswered: set[str] = set()
    for _ in range(ROUNDS):
        began, done = run_and_kill(store_file, rng)
        reported |= done
        unanswered |= began - done
    store = open_store(store_file)
    stored_ids = {s.id for s in store.checkins()}
    assert reported <= stored_ids, "a check-in reported as saved is missing"
    for checkin_id in unanswered:  # the kiosk retries what it never heard back about
        store.save(
            CheckIn(checkin_id, "Test", "Patient", date(1980, 1, 2), (Reason.OTHER,), urgent=False)
        )
    rows = count_rows(store_file)
    unknown = stored_ids - reported - unanswered
    assert not unknown, f"rows whose save was never begun: {sorted(unknown)[:3]}"
    assert rows == len(reported | unanswered), "a retry made a second row"
    tickets = [s.ticket for s in store.checkins()]
    assert len(tickets) == len(set(tickets)), "two check-ins share a ticket"
    assert store.integrity() == "ok"
    print(
        f"durability: {ROUNDS} kills, {len(reported)} reported saved, "
        f"{len(unanswered)} unanswered and retried, {rows} rows, integrity ok"
    )
