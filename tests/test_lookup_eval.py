"""Lookup quality on the shipped notes: top-1 and top-3 over queries typed like students type.

A hit counts when a result holds one of the case's `expect_any` answers by the rule of
tests/lookup_scorer.py: quantities compared in canonical units ("15 min" holds "900 seconds"),
numbers never inside other numbers, words from a word boundary ("asynchronous" is not "sync"),
and a word also from the clause of the note line that states the result's value.
The dev set is ../shared/eval/lookup_dev.jsonl beside the checkout when it is there, and the
copy in tests/data otherwise; tests/data/lookup_extra.jsonl holds our own cases, every kind.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from studycli.lookup import lookup
from studycli.store.db import connect
from tests.lookup_scorer import holds

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "eval" / "lookup_dev.jsonl"
BUNDLED_DEV = ROOT / "tests" / "data" / "lookup_dev.jsonl"
EXTRA = ROOT / "tests" / "data" / "lookup_extra.jsonl"

# Top-3 counts a lookup that abstains ("Not in your notes") as a miss: the answer score
# (lookup/answer.py) gives up a few right answers to stop stating wrong ones plainly
# (bench/lookup_abstain.py at the shipped threshold: 0.962 / 0.962 on the dev set, 0.972 /
# 0.986 on the extra set; without abstaining they were 0.981 / 0.981 and 0.986 / 0.986).
TARGET_TOP1, TARGET_TOP3 = 0.90, 0.92
REPORT = os.environ.get("STUDYCLI_EVAL_REPORT") == "1"  # print scores and misses per set


@pytest.fixture(scope="module")
def shipped(shipped_db_file, tmp_path_factory):
    """The shipped notes (content/) as the session ingested them once (conftest), read here."""
    from tests.conftest import copy_of

    conn = connect(copy_of(shipped_db_file, tmp_path_factory.mktemp("eval")), readonly=True).conn
    assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] > 0, \
        "the parser read no facts from the shipped notes"
    yield conn
    conn.close()


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def matches(hit: dict, expect_any: list[str]) -> bool:
    """Whether a lookup hit (its JSON object) holds an expected answer (lookup_scorer)."""
    return holds(hit, expect_any)


def score(conn, cases: list[dict]) -> tuple[float, float, list[str]]:
    top1 = top3 = 0
    misses = []
    for case in cases:
        hits = lookup(conn, case["query"], limit=3).to_json()
        values = [h["value"] for h in hits]
        first = bool(hits) and matches(hits[0], case["expect_any"])
        any3 = any(matches(h, case["expect_any"]) for h in hits[:3])
        top1 += first
        top3 += any3
        if not first:
            misses.append(f"  {'top3' if any3 else 'MISS'} {case['id']}: {case['query']!r} "
                          f"-> {[v[:50] for v in values]} (want {case['expect_any']})")
    n = len(cases)
    return top1 / n, top3 / n, misses


def report(capsys, label: str, n: int, top1: float, top3: float, misses: list[str]) -> None:
    """With STUDYCLI_EVAL_REPORT=1, the set's scores and every miss (not in every test run:
    a failing floor shows the misses in its assertion message anyway)."""
    if not REPORT:
        return
    with capsys.disabled():
        print(f"\nlookup eval {label}: {n} queries, top-1 {top1:.3f}, top-3 {top3:.3f}")
        print("\n".join(misses))


@pytest.mark.parametrize("which", ["shared", "bundled"])
def test_dev_set(shipped, capsys, which):
    path = SHARED_DEV if which == "shared" else BUNDLED_DEV
    if not path.exists():
        pytest.skip(f"{path} is absent (CI has shared/ beside the checkout; "
                    "the bundled copy in tests/data is scored either way)")
    cases = load(path)
    top1, top3, misses = score(shipped, cases)
    report(capsys, f"dev ({which})", len(cases), top1, top3, misses)
    assert top1 >= TARGET_TOP1 and top3 >= TARGET_TOP3, "\n".join(misses)


def test_extra_set(shipped, capsys):
    cases = load(EXTRA)
    assert {c["kind"] for c in cases} >= {"limit", "default", "error_code", "invocation_mode",
                                          "other"}
    top1, top3, misses = score(shipped, cases)
    report(capsys, "extra", len(cases), top1, top3, misses)
    assert top1 >= TARGET_TOP1 and top3 >= TARGET_TOP3, "\n".join(misses)


def test_scoring_rule():
    def hit(value: str) -> dict:
        return {"value": value, "snippet": value, "number": None}

    assert matches(hit("Synchronous (RequestResponse)"), ["sync", "synchronous"])
    assert not matches(hit("asynchronous"), ["sync", "synchronous"])
    assert matches(hit("async"), ["async"]) and matches(hit("10 GB"), ["10gb", "10 gb"])
    assert matches(hit("15 min"), ["900 seconds"]) and not matches(hit("10 s"), ["1"])


def test_conflict_marks_agree_with_studycli_conflicts(shipped, tmp_path):
    """A lookup marks a fact as disputed exactly when `studycli conflicts` lists its key."""
    from studycli.conflicts import conflict_key, find_conflicts
    from studycli.lookup import _attach_conflicts
    from studycli.store import read

    path = Path(shipped.execute("PRAGMA database_list").fetchone()[2])
    db = connect(path)
    groups = find_conflicts(db)
    db.conn.close()
    assert groups, "the shipped notes are known to disagree somewhere"
    disputed = {conflict_key(f) for g in groups for f in g}
    rows = [dict(zip(("rowid", *read.FACT_FIELDS), r, strict=True)) for r in shipped.execute(
        f"SELECT rowid, {', '.join(read.FACT_FIELDS)} FROM facts")]
    for r in rows:
        r["conflicts"] = []
    _attach_conflicts(shipped, rows)
    from types import SimpleNamespace

    marked = {conflict_key(SimpleNamespace(**r)) for r in rows if r["conflicts"]}
    assert marked == disputed


# Held-out set: eight student notes in styles the shipped notes do not have (Notion export, Anki
# TSV, outline, Obsidian, lecture transcript, tables, plain text, cheat sheet) and queries written
# from their text before lookup was run on them: the first 163 before any change, the last 46
# (ids h2-*) after a first round of changes, as a check that they generalize. Nothing in
# ranking special-cases a query.
UNSEEN_NOTES = ROOT / "tests" / "data" / "unseen_notes"
UNSEEN = ROOT / "tests" / "data" / "lookup_unseen.jsonl"
UNSEEN_TOP1, UNSEEN_TOP3 = 0.90, 0.93  # measured 0.957 / 0.976 (209 queries; abstaining
                                        # counts as a miss; 0.938 / 0.976 without it)


@pytest.fixture(scope="module")
def unseen(dev_notes_db, tmp_path_factory):
    """The unseen notes' folder (the Anki export is .tsv), ingested once per test session
    (conftest: the same facts as naming each file)."""
    from tests.conftest import copy_of

    path = copy_of(dev_notes_db(UNSEEN_NOTES.name), tmp_path_factory.mktemp("unseen"))
    conn = connect(path, readonly=True).conn
    assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] > 0
    yield conn
    conn.close()


def test_unseen_set(unseen, capsys):
    cases = load(UNSEEN)
    assert len(cases) >= 60
    assert {c["kind"] for c in cases} >= {"limit", "default", "range", "error_code",
                                          "invocation_mode", "other"}
    top1, top3, misses = score(unseen, cases)
    report(capsys, "unseen", len(cases), top1, top3, misses)
    assert top1 >= UNSEEN_TOP1 and top3 >= UNSEEN_TOP3, "\n".join(misses)
