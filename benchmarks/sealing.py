"""Sealed check-ins: opening a day of them after sign-in, against reading the same day kept in
clear; and what one guess at a staff PIN costs someone holding a copied disk.

An attacker with the data folder can test a guessed PIN against either of two things it holds:
the PIN's argon2id hash (argon2-cffi, 4 lanes) or the account's wrapped key pair (libsodium's
argon2id, 1 lane). Each guess's cost is the processor time of the cheaper of the two, measured
here on this machine's processor; all six-digit PINs are a million such guesses.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from benchmarks.checkin_commit import bench_visit
from benchmarks.figures import figure, median, percentile, progress, remark
from kiosk.core.sealing import ClinicKeys, new_key_pair, opened
from kiosk.core.staff.accounts import hash_pin, pin_matches
from kiosk.core.staff.keyring import HolderLock, new_holder, unlock
from kiosk.core.storage.checkin_store import SqliteCheckInStore

PIN = "583920"
WRONG = "583921"


def measure(folder: Path, runs: int, day_size: int, reads: int) -> None:
    progress(f"sealing: opening {day_size} check-ins, {runs} runs of {reads} reads")
    public, private = new_key_pair()
    keys = ClinicKeys({public.key_id: private})
    sealed = SqliteCheckInStore(folder / "sealed.sqlite")
    clear = SqliteCheckInStore(folder / "clear.sqlite")
    sealed.open()
    clear.open()
    sealed.adopt_key(public)
    for _ in range(day_size):
        visit = bench_visit()
        sealed.save(visit)
        clear.save(visit)
    today = datetime.now().date()
    open_medians, open_p99s, clear_medians, clear_p99s = [], [], [], []
    try:
        for _ in range(runs):
            opening, reading = [], []
            for _ in range(reads):
                started = time.perf_counter_ns()
                rows = opened(sealed.queue(today), keys)
                opening.append((time.perf_counter_ns() - started) / 1e6)
                started = time.perf_counter_ns()
                plain = clear.queue(today)
                reading.append((time.perf_counter_ns() - started) / 1e6)
                assert len(rows) == len(plain) == day_size
                assert all(row.visit is not None for row in rows)
            open_medians.append(median(opening))
            open_p99s.append(percentile(opening, 0.99))
            clear_medians.append(median(reading))
            clear_p99s.append(percentile(reading, 0.99))
    finally:
        sealed.close()
        clear.close()
    figure(f"open_sealed_day_{day_size}_median", median(open_medians), "ms", digits=2)
    figure(f"open_sealed_day_{day_size}_p99", median(open_p99s), "ms", digits=2)
    figure(f"read_clear_day_{day_size}_median", median(clear_medians), "ms", digits=2)
    figure(f"read_clear_day_{day_size}_p99", median(clear_p99s), "ms", digits=2)
    _guesses(runs)


def _guesses(runs: int) -> None:
    """Processor time of one wrong guess against each thing a copied disk holds."""
    progress(f"sealing: {runs} wrong PIN guesses against each")
    pin_hash = hash_pin(PIN)
    lock = HolderLock(new_holder(PIN), ())
    by_hash, by_wrapping = [], []
    for _ in range(runs):
        started = time.process_time()
        assert not pin_matches(pin_hash, WRONG)
        by_hash.append(time.process_time() - started)
        started = time.process_time()
        assert unlock(lock, WRONG) is None
        by_wrapping.append(time.process_time() - started)
    hash_s, wrapping_s = median(by_hash), median(by_wrapping)
    cheaper = min(hash_s, wrapping_s)
    figure("pin_guess_against_hash_cpu", hash_s * 1000, "ms", digits=0)
    figure("pin_guess_against_wrapping_cpu", wrapping_s * 1000, "ms", digits=0)
    figure("every_6_digit_pin_one_core", cheaper * 10**6 / 3600, "hours", digits=0)
    figure("every_8_digit_pin_one_core", cheaper * 10**8 / 3600 / 24, "days", digits=0)
    remark("a guess costs the cheaper of the two; a PIN of n digits takes 10^n guesses at most")
