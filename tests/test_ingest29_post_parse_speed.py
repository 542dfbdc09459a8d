"""The work after the parse (issue #12, ingest speed) is not done twice, and doing it once
changes no answer."""

from __future__ import annotations

import importlib

from studycli.reference.loader import load_reference

loader = importlib.import_module("studycli.reference.loader")
SERVICES = ["SQS", "SNS", "Lambda", "S3", "DynamoDB", "Kinesis", "ECS", "EKS", "RDS",
            "Aurora", "CloudFront", "Route 53"]


def test_the_whole_reference_outlives_many_partial_loads():
    """The card sync loads the reference of one service at a time between the fact statuses
    and the AWS tally: the whole reference (and its index, which keys the assessments both
    share) is the same object after as before."""
    whole = load_reference()
    index = whole.index()
    for service in SERVICES:  # more sets of services than the partial loads' cache holds
        assert load_reference(services=[service]) is not whole
    assert load_reference() is whole
    assert load_reference().index() is index


def _statements(monkeypatch) -> list[str]:
    """Every SQL statement the connections connect() opens run from now on."""
    from studycli.store import db as db_module

    seen: list[str] = []
    real = db_module._open

    def traced(path, readonly):
        store = real(path, readonly)
        store.conn.set_trace_callback(seen.append)
        return store

    monkeypatch.setattr(db_module, "_open", traced)
    return seen


def test_a_new_database_is_built_without_waiting_for_the_disk(tmp_path, monkeypatch):
    """Switching a new file to WAL and building its schema synced the disk seven times: off
    while it is built, back to SQLite's setting after; a database already there keeps its."""
    from studycli.store.db import connect

    seen = _statements(monkeypatch)
    store = connect(tmp_path / "new.db")
    assert seen.index("PRAGMA synchronous = OFF") < seen.index("PRAGMA journal_mode = WAL")
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, SQLite's own
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("SELECT count(*) FROM _migrations").fetchone()[0] > 0
    store.close()
    seen.clear()
    connect(tmp_path / "new.db").close()
    assert seen and not any("synchronous" in s for s in seen)


def test_an_ingest_killed_while_it_builds_a_new_database_leaves_one_that_works(
        tmp_path, shipped_db_file):
    """SIGKILL at two moments of a first ingest (the schema or notes, the hooks): what
    is left opens, passes SQLite's integrity check, and the next ingest gives every fact a
    clean one gives (the session's first use of the shipped notes, shipped_db_file: the same
    facts as `studycli ingest content/` into a new database). The killed ingests are real
    processes; the next one runs the console script's entry in this process (run_here)."""
    import os
    import shutil
    import signal
    import subprocess
    import sys
    import time

    from studycli.store.db import connect

    from .helpers import CONTENT, REPO, run_here

    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def killed_ingest(db, kill_after: float) -> None:
        proc = subprocess.Popen([sys.executable, "-m", "studycli", "ingest", str(CONTENT),
                                 "--db", str(db)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(kill_after)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

    def facts(db) -> list[tuple]:
        store = connect(db)
        try:
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            return store.conn.execute("SELECT * FROM facts ORDER BY id").fetchall()
        finally:
            store.close()

    expected = facts(shutil.copyfile(shipped_db_file, tmp_path / "clean.db"))
    for n, delay in enumerate((0.15, 0.45)):  # the schema or the notes; the hooks
        db = tmp_path / f"killed{n}.db"
        killed_ingest(db, kill_after=delay)
        facts(db)  # opens, intact, whatever the kill cut short
        done = run_here("ingest", str(CONTENT), db=db)
        assert done.returncode == 0, done.stderr
        assert facts(db) == expected


def test_an_ingest_and_its_summary_list_every_fact_once(tmp_path, monkeypatch, capsys,
                                                       shipped_pair_dir):
    """The card sync, the fact statuses and the summary's AWS tally each list every fact;
    with no fact changed between them, one read of the table serves all three, and the
    unasked cards' listings of one service do not push it out."""
    from studycli import commands
    from studycli.store import facts as store

    listings: list[list] = []
    real = store._listed
    monkeypatch.setattr(store, "_listed", lambda *a: listings.append(a[2]) or real(*a))
    commands.run_ingest([str(shipped_pair_dir)], False, str(tmp_path / "s.db"), False)
    assert "AWS check" in capsys.readouterr().out
    assert [p for p in listings if not p] == [[]]


def test_a_fact_assessed_again_in_shared_work_is_not_read_again(monkeypatch):
    """After an ingest the fact statuses and the AWS tally assess every fact: the second
    look-up of a Fact keys the kept assessment by its fields as they are (no _F made), and
    gives what assessing it afresh gives; a dict of the same fields meets the same one."""
    import dataclasses

    from studycli.kept import work_shared
    from studycli.model import Fact
    from studycli.reference.assess import assess

    from .quiz_facts import sample_facts

    assess_module = importlib.import_module("studycli.reference.assess")
    reference = load_reference()
    facts = sample_facts()
    fresh = [assess(f, reference) for f in facts]  # outside shared work: nothing kept
    made: list[int] = []
    real = assess_module._F

    class Counted(real):
        __slots__ = ()

        def __init__(self, fact):
            made.append(1)
            super().__init__(fact)

    monkeypatch.setattr(assess_module, "_F", Counted)
    with work_shared():
        first = [assess(f, reference) for f in facts]
        assert len(made) <= len(facts)
        made.clear()
        again = [assess(Fact(**dataclasses.asdict(f)), reference) for f in facts]
        assert made == []
        as_dicts = [assess(dataclasses.asdict(f), reference) for f in facts]
    assert [_said(a) for a in first] == [_said(a) for a in fresh]
    assert again == first and [_said(a) for a in as_dicts] == [_said(a) for a in fresh]


def _said(a) -> tuple | None:
    return None if a is None else (a.status, a.how, a.entry_id, a.current_value)


def test_a_claim_read_under_a_heading_finds_its_title_once_per_heading(monkeypatch):
    """line_findings reads a bare line under the title a claim's `claim_heading` names
    ("Well-Architected Framework" over "- 5 pillars"): which text over the lines is that
    title is found once for all the lines under one heading, not once a line (a tenth of
    the AWS tally of 1 MB of tables), and each line is still judged under it."""
    from studycli.reference import line_claims

    rows = [("wa.md", 1, "# AWS Well-Architected Framework")]
    rows += [("wa.md", n, f"- item {n}: reviews") for n in range(3, 40)]
    rows += [("wa.md", 40, "- 5 pillars"), ("wa.md", 41, "# Scrum"), ("wa.md", 43, "- 5 pillars")]
    asked: list[tuple] = []
    real = line_claims._heading_context
    monkeypatch.setattr(line_claims, "_heading_context",
                        lambda entry, over: asked.append((entry.id, *over)) or real(entry, over))
    found = line_claims.line_findings(rows, load_reference())
    assert [(x.line, a.entry_id) for x, a in found] == [(40, "wellarchitected.pillars")]
    assert len(asked) == len(set(asked))  # once per claim and heading
    assert len(asked) < 3 * len(rows)
