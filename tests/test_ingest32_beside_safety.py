"""The child that works beside the post-ingest hooks (extract/fan_out.meanwhile) never makes
an ingest slower or less safe than doing the work here (review of session 32): it never
stalls on a large result, a stuck child costs at most PATIENCE seconds, it writes nothing in
the cache folder, a failure is said under STUDYCLI_DEBUG, and no child is started on a
machine with no idle core."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from studycli.extract import fan_out
from studycli.extract.fan_out import can_fork, meanwhile

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs os.fork")


@pytest.fixture
def idle_core(monkeypatch):
    monkeypatch.setattr(fan_out, "usable_cores", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))


def test_a_result_larger_than_a_pipe_never_stalls_the_child(idle_core):
    # (the shipped notes' statuses are ~64 KB, a pipe's buffer 64 KiB: more notes, more)
    began = time.monotonic()
    with meanwhile([lambda: b"x" * (4 << 20), time.monotonic]) as (large, then):
        time.sleep(1.0)  # the card sync, here
        assert len(large()) == 4 << 20
        # the child went on to the next part without waiting for this process to read
        assert then() - began < 0.95  # a stall would wait out the 1.0 s above


def test_a_stuck_child_costs_at_most_patience_and_the_work_is_done_here(
        idle_core, monkeypatch, capfd):
    monkeypatch.setattr(fan_out, "PATIENCE", 0.3)
    monkeypatch.setenv("STUDYCLI_DEBUG", "1")
    here = os.getpid()

    def stuck_elsewhere() -> int:
        if os.getpid() != here:
            time.sleep(5)
        return os.getpid()

    began = time.monotonic()
    with meanwhile([stuck_elsewhere]) as (result,):
        assert result() == here
    assert time.monotonic() - began < 3
    assert "done here instead" in capfd.readouterr().err


def test_a_failed_child_is_said_under_studycli_debug(idle_core, monkeypatch, capfd):
    here = os.getpid()

    def fails_elsewhere() -> int:
        if os.getpid() != here:
            raise RuntimeError("only in the child")
        return os.getpid()

    with meanwhile([fails_elsewhere]) as (result,):
        assert result() == here
    assert "studycli:" not in capfd.readouterr().err  # silent unless asked
    monkeypatch.setenv("STUDYCLI_DEBUG", "1")
    with meanwhile([fails_elsewhere]) as (result,):
        assert result() == here
    assert "done here instead" in capfd.readouterr().err


def test_results_asked_for_in_any_order_are_each_part_s(idle_core):
    with meanwhile([lambda: "a", lambda: "b", lambda: "c"]) as (a, b, c):
        assert (c(), a(), b()) == ("c", "a", "b")


@pytest.mark.parametrize(("load", "in_child"), [(0.2, True), (1.0, False), (3.5, False)])
def test_no_child_on_a_machine_with_no_idle_core(monkeypatch, load, in_child):
    monkeypatch.setattr(fan_out, "usable_cores", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    with meanwhile([os.getpid]) as (result,):
        assert (result() != os.getpid()) is in_child


def test_the_tally_s_findings_are_kept_by_this_process_not_the_child(
        idle_core, tmp_path, monkeypatch, capsys, shipped_pair_dir):
    """A child killed while writing the kept findings would leave its temporary file in the
    cache folder for good: it only works them out."""
    from studycli import checking, commands

    writers: list[int] = []
    real_save = checking.save

    def save(*args, **kwargs) -> None:
        with open(tmp_path / "savers.txt", "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")
        real_save(*args, **kwargs)

    monkeypatch.setattr(checking, "save", save)
    commands.run_ingest([str(shipped_pair_dir)], False, str(tmp_path / "s.db"), False)
    assert "AWS check" in capsys.readouterr().out
    writers = [int(p) for p in (tmp_path / "savers.txt").read_text().split()]
    assert writers == [os.getpid()]
    conn = sqlite3.connect(tmp_path / "s.db")
    try:
        assert conn.execute("SELECT count(*) FROM fact_currency").fetchone()[0] > 100
    finally:
        conn.close()


def test_the_hook_is_given_the_statuses_and_stores_them_only_for_its_facts(shipped_copy):
    """The statuses worked out beside the card sync reach the hook as an argument (no module
    global matched by stamp), and are stored only under the stamp they were worked out for.
    (The shipped notes' database as their first use built it: the hook is called on it.)"""
    from studycli.app.clock import today
    from studycli.currency_stamp import stale_stamp
    from studycli.ingest import _check_against_aws
    from studycli.store.db import connect

    db = connect(shipped_copy)
    try:
        with db.conn:
            db.conn.execute("DELETE FROM fact_currency")
            db.conn.execute("DELETE FROM fact_currency_stamp")
        stamp = stale_stamp(db.conn, today())
        assert stamp is not None

        def not_these() -> list[dict]:
            raise AssertionError("rows worked out for other facts")

        _check_against_aws(db, ("another stamp", not_these))  # worked out here instead
        assert db.conn.execute("SELECT count(*) FROM fact_currency").fetchone()[0] > 100
        with db.conn:
            db.conn.execute("DELETE FROM fact_currency")
            db.conn.execute("DELETE FROM fact_currency_stamp")
        stamp = stale_stamp(db.conn, today())
        row = {"fact_id": "given", "status": "current"}
        _check_against_aws(db, (stamp, lambda: [row]))
        assert db.conn.execute("SELECT count(*) FROM fact_currency").fetchone()[0] == 1
    finally:
        db.conn.close()


def test_a_child_s_pipe_numbered_past_1024_is_waited_on(idle_core):
    """select.select refuses a descriptor numbered 1024 or more: a process holding many
    files open (a long test run did) had every child's work done here again."""
    import resource

    if resource.getrlimit(resource.RLIMIT_NOFILE)[0] < 1200:
        pytest.skip("too few file descriptors allowed")
    held = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        with meanwhile([os.getpid]) as (result,):
            assert result() != os.getpid()
    finally:
        for fd in held:
            os.close(fd)
