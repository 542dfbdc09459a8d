"""A fresh ingest's work after the parse on two cores (studycli/ingest_beside.py, issue #12
"ingest of the shipped notes under 0.5 s"): the facts' statuses and the summary's AWS tally
are worked out in one forked child while this process syncs the cards, and every result is
the one a single core gives. The child's parts (extract/fan_out.meanwhile) come back one by
one, a part it failed is done here, and no child outlives its block."""

from __future__ import annotations

import os
import re
import sqlite3
import time

import pytest

from studycli.extract import fan_out, regex_cache
from studycli.extract.fan_out import can_fork, meanwhile
from studycli.reference import kept_words

from .helpers import child_pids

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs os.fork")


@pytest.fixture
def two_cores(monkeypatch):
    """A child is started only where this process has more than one core, and one of them
    is idle (this machine's load is whatever other work makes it)."""
    monkeypatch.setattr(fan_out, "usable_cores", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))


@pytest.fixture
def compile_step_installed():
    """The kept-code compile step, as `studycli ingest` installs it (whether an earlier test
    in this worker installed it or not)."""
    regex_cache.install()
    if not regex_cache._installed:
        pytest.skip("the kept-code compile step cannot be installed in this interpreter")


def test_parts_run_in_one_child_and_come_back_in_order(two_cores):
    here = os.getpid()
    with meanwhile([os.getpid, lambda: [os.getpid(), "second"]]) as (first, second):
        child = first()
        assert child != here
        assert second() == [child, "second"]
        assert first() == child  # (asked again: the same answer)


def test_a_part_the_child_failed_is_worked_out_here(two_cores):
    here = os.getpid()

    def fails_elsewhere() -> int:
        if os.getpid() != here:
            raise RuntimeError("only in the child")
        return os.getpid()

    with meanwhile([os.getpid, fails_elsewhere, os.getpid]) as (first, second, third):
        assert first() != here
        assert second() == here
        assert third() == here  # the child ended with the part it failed


def test_one_core_works_every_part_out_here(monkeypatch):
    monkeypatch.setattr(fan_out, "usable_cores", lambda: 1)
    with meanwhile([os.getpid]) as (only,):
        assert only() == os.getpid()


def test_a_child_not_waited_for_is_stopped(two_cores):
    with meanwhile([lambda: time.sleep(30)]):
        assert child_pids(os.getpid())
    assert not child_pids(os.getpid())


def _ingest(db, monkeypatch, capsys, cores: int, where: dict, notes) -> tuple[str, list]:
    """`studycli ingest` of `notes` (shipped ones) in this process, on `cores`; `where` gets
    the processes that worked out the statuses and the tally."""
    from studycli import checking, commands
    from studycli.reference import currency

    monkeypatch.setattr(fan_out, "usable_cores", lambda: cores)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    real_rows, real_check = currency.currency_rows, checking._checked

    def rows(facts, *args, **kwargs):
        facts = list(facts)
        if len(facts) > 1:  # (not the card sync's look at one hedged fact)
            _record(where, "statuses")
        return real_rows(facts, *args, **kwargs)

    def check(*args, **kwargs):
        _record(where, "tally")
        return real_check(*args, **kwargs)

    monkeypatch.setattr(currency, "currency_rows", rows)
    monkeypatch.setattr(checking, "_checked", check)
    commands.run_ingest([str(notes)], False, str(db), False)
    out = capsys.readouterr().out
    monkeypatch.undo()
    conn = sqlite3.connect(db)
    try:
        statuses = conn.execute("SELECT * FROM fact_currency ORDER BY fact_id").fetchall()
    finally:
        conn.close()
    return out, statuses


def _record(where: dict, what: str) -> None:
    # a file, not a list: what the child appends to a list stays in the child
    with open(where["file"], "a", encoding="utf-8") as f:
        f.write(f"{what} {os.getpid()}\n")


def test_statuses_and_tally_are_worked_out_beside_the_hooks_as_on_one_core(
        tmp_path, monkeypatch, capsys, shipped_pair_dir):
    one_core = {"file": tmp_path / "one.txt"}
    two = {"file": tmp_path / "two.txt"}
    out1, statuses1 = _ingest(tmp_path / "one.db", monkeypatch, capsys, 1, one_core,
                              shipped_pair_dir)
    out2, statuses2 = _ingest(tmp_path / "two.db", monkeypatch, capsys, 2, two,
                              shipped_pair_dir)
    assert "AWS check" in out2 and "outdated" in out2
    assert out2.replace("two.db", "one.db") == out1
    assert statuses2 == statuses1 and len(statuses1) > 50

    def pids(where: dict) -> dict[str, set[int]]:
        out: dict[str, set[int]] = {}
        for line in where["file"].read_text(encoding="utf-8").splitlines():
            what, pid = line.split()
            out.setdefault(what, set()).add(int(pid))
        return out

    assert pids(one_core) == {"statuses": {os.getpid()}, "tally": {os.getpid()}}
    beside = pids(two)
    assert beside["statuses"] == beside["tally"] != {os.getpid()}  # one child, both


def test_what_the_child_compiled_and_read_is_kept_here(two_cores, compile_step_installed,
                                                      monkeypatch):
    from studycli.ingest_beside import _adopting, _keeping
    from studycli.reference.line_claims import _read_required_clauses

    monkeypatch.setattr(regex_cache, "_used", dict(regex_cache._used))
    monkeypatch.setattr(regex_cache, "_compiling", [0.0])
    monkeypatch.setattr(kept_words, "_used", dict(kept_words._used))
    monkeypatch.setattr(kept_words, "_fresh", [0])
    monkeypatch.setattr(kept_words, "_saving", [True])  # (no save registered at exit)
    pattern = rf"\bbeside{os.getpid()}\s+words\b"

    def work() -> int:
        re.compile(pattern)
        kept_words.get(pattern, _read_required_clauses)
        return os.getpid()

    with meanwhile([_keeping(work)]) as (result,):
        assert _adopting(result)() != os.getpid()
    assert (False, pattern, 0) in regex_cache._used and regex_cache._compiling[0] > 0
    assert kept_words._used[pattern] == (frozenset({f"beside{os.getpid()}"}),
                                         frozenset({"words"}))
    assert kept_words._fresh[0] == 1


def test_statuses_that_cannot_be_worked_out_cost_the_statuses_never_the_ingest(
        tmp_path, monkeypatch, capsys, two_cores, shipped_pair_dir):
    """What the child is given is read here, before it starts: a failure there (the notes'
    plan lines unreadable, a broken reference) is the hook's to say, as before the work
    beside the hooks, and the ingest goes on."""
    from studycli import commands
    from studycli.reference import currency

    def broken(*args, **kwargs):
        raise ValueError("unreadable")

    monkeypatch.setattr(currency, "plan_lines_of", broken)
    db = tmp_path / "s.db"
    commands.run_ingest([str(shipped_pair_dir)], False, str(db), False)
    said = capsys.readouterr()
    assert "facts are not checked against it" in said.err
    conn = sqlite3.connect(db)
    try:
        facts = conn.execute("SELECT count(*) FROM facts").fetchone()[0]
        # the fact base's total, as the summary says it (1136 for all five notes)
        assert facts > 400 and re.search(rf"^facts +{facts}$", said.out, re.M)
        assert "AWS check" in said.out
        assert conn.execute("SELECT count(*) FROM fact_currency").fetchone() == (0,)
    finally:
        conn.close()
