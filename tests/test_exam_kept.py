"""Exams kept between runs (studycli/app/exam_kept.py): a kept exam is the very exam a fresh
draw gives, and anything the draw reads changing (the notes, the request) draws afresh."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from studycli.app import exam_kept
from studycli.app.exam_paper import draw_exam
from studycli.exam import generate
from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.ingest import ingest_paths
from studycli.model import Kind
from studycli.store.db import connect
from tests.exam_data import SMALL_NOTE
from tests.helpers import run_cli


def fresh(store, profile, seed, service=None):
    return generate_exam(load_pool(store), profile, seed, service)


@pytest.fixture
def draws(monkeypatch):
    """Counts the exams actually drawn (not read back)."""
    calls = []
    real = generate.generate_exam

    def counted(*args, **kwargs):
        calls.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(generate, "generate_exam", counted)
    return calls


def test_a_kept_exam_is_the_exam_a_fresh_draw_gives(shipped_copy, draws, shipped_fresh_exam):
    store = connect(shipped_copy)
    profile = get_profile(None)
    first, first_notes = draw_exam(store, profile, None, 5)
    kept, kept_notes = draw_exam(store, profile, None, 5)
    assert draws == [5]  # the second came from the cache
    assert asdict(kept) == asdict(first) == asdict(shipped_fresh_exam(profile, 5))
    assert kept_notes == first_notes
    assert json.dumps(kept.to_json()) == json.dumps(first.to_json())
    # rebuilt as the model's own types: tuples where the model has tuples, kinds as Kind
    assert all(isinstance(q.options, tuple) and isinstance(q.answers, tuple)
               and isinstance(q.fact_ids, tuple) for q in kept.questions)
    assert [type(q.kind) for q in kept.questions] == [type(q.kind) for q in first.questions]


def test_another_seed_profile_or_service_is_drawn_not_read_back(shipped_copy, draws,
                                                                 shipped_fresh_exam):
    store = connect(shipped_copy)
    saa = get_profile("saa-c03")
    draw_exam(store, saa, None, 5)
    other_seed, _ = draw_exam(store, saa, None, 6)
    other_size, _ = draw_exam(store, saa.with_overrides(questions=20), None, 5)
    other_service, _ = draw_exam(store, saa, "SQS", 5)
    assert draws == [5, 6, 5, 5]
    assert asdict(other_seed) == asdict(shipped_fresh_exam(saa, 6))
    assert len(other_size.questions) == 20
    # every question asks an SQS fact (a scenario keyed "Amazon MQ" from an SQS note line,
    # "use Amazon MQ instead of SQS", is labelled by its answer)
    asked = {store.conn.execute("SELECT service FROM facts WHERE id = ?", [fid]).fetchone()[0]
             for q in other_service.questions for fid in q.fact_ids}
    assert asked == {"SQS"}


def test_changed_notes_draw_afresh(tmp_path, draws):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(SMALL_NOTE, encoding="utf-8")
    store = connect(tmp_path / "s.db")
    ingest_paths(store, [notes])
    profile = get_profile("saa-c03").with_overrides(questions=8)
    before, _ = draw_exam(store, profile, None, 1)
    (notes / "a.md").write_text(SMALL_NOTE.replace("256 KB", "1 MiB").replace("400 KB", "300 KB"),
                                encoding="utf-8")
    ingest_paths(store, [notes])
    after, _ = draw_exam(store, profile, None, 1)
    assert draws == [1, 1]
    assert asdict(after) == asdict(fresh(store, profile, 1))
    again, _ = draw_exam(store, profile, None, 1)
    assert draws == [1, 1] and asdict(again) == asdict(after)


def test_a_damaged_cache_file_is_ignored(shipped_copy, draws):
    store = connect(shipped_copy)
    profile = get_profile(None)
    first, _ = draw_exam(store, profile, None, 5)
    [kept_file] = list(exam_kept.kept.cache_dir().glob("exam-paper-*.json"))
    text = kept_file.read_text(encoding="utf-8")
    kept_file.write_text(text[: len(text) // 2], encoding="utf-8")
    again, _ = draw_exam(store, profile, None, 5)
    assert draws == [5, 5] and asdict(again) == asdict(first)
    assert kept_file.read_text(encoding="utf-8") == text  # written whole again


def test_only_the_newest_exams_are_kept(shipped_copy, monkeypatch):
    monkeypatch.setattr(exam_kept, "KEEP", 2)
    store = connect(shipped_copy)
    profile = get_profile(None).with_overrides(questions=5)
    for seed in (1, 2, 3):
        draw_exam(store, profile, None, seed)
    files = exam_kept.kept.cache_dir().glob("exam-paper-*.json")
    seeds = sorted(json.loads(f.read_text())["exam"]["seed"] for f in files)
    assert seeds == [2, 3]


def test_keeping_can_wait_until_the_exam_is_shown(shipped_copy, draws):
    store = connect(shipped_copy)
    profile = get_profile(None)
    later: list = []
    first, _ = draw_exam(store, profile, None, 5, later=later)
    assert later and not list(exam_kept.kept.cache_dir().glob("exam-*.json"))
    for work in later:
        work()
    again, _ = draw_exam(store, profile, None, 5)
    assert draws == [5] and asdict(again) == asdict(first)


def test_exam_json_run_twice_prints_the_same_bytes(shipped_copy):
    first = run_cli("exam", "--json", "--seed", "9", db=shipped_copy)
    second = run_cli("exam", "--json", "--seed", "9", db=shipped_copy)
    assert first.returncode == second.returncode == 0, first.stderr
    assert (second.stdout, second.stderr) == (first.stdout, first.stderr)
    assert list(exam_kept.kept.cache_dir().glob("exam-paper-*.json"))  # it was kept


def test_a_new_seed_draws_from_the_kept_basis_the_exam_a_fresh_draw_gives(shipped_copy,
                                                                         monkeypatch,
                                                                         shipped_fresh_exam):
    store = connect(shipped_copy)
    profile = get_profile(None)
    expected = asdict(shipped_fresh_exam(profile, 2))
    draw_exam(store, profile, None, 1)  # keeps the basis

    def not_again(*args, **kwargs):
        raise AssertionError("the basis was worked out again")

    monkeypatch.setattr(generate, "exam_basis", not_again)
    paper, _ = draw_exam(store, profile, None, 2)
    assert asdict(paper) == expected


def test_a_basis_that_does_not_fit_the_pool_is_worked_out_again(shipped_copy, shipped_fresh_exam):
    store = connect(shipped_copy)
    profile = get_profile(None)
    draw_exam(store, profile, None, 1)
    [basis_file] = list(exam_kept.kept.cache_dir().glob("exam-basis-*.json"))
    data = json.loads(basis_file.read_text(encoding="utf-8"))
    data["askable"][3][1] = "not-this-fact"
    basis_file.write_text(json.dumps(data), encoding="utf-8")
    pool = load_pool(store)
    base = exam_kept.stamp(store)
    assert exam_kept.load_basis(store, exam_kept.basis_key(base, None, False), pool) is None
    paper, _ = draw_exam(store, profile, None, 2)
    assert asdict(paper) == asdict(shipped_fresh_exam(profile, 2))
    assert exam_kept.load_basis(store, exam_kept.basis_key(base, None, False), pool) is not None


def test_a_kept_exam_is_taken_scored_and_saved_like_a_drawn_one(shipped_copy):
    from rich.console import Console

    from studycli.app.exam import take_exam
    from studycli.store.exams import list_attempts
    from studycli.ui.exam_loop import ExamScreen
    from studycli.ui.keyinput import ScriptedKeys
    from tests.test_app import FixedClock

    store = connect(shipped_copy)
    profile = get_profile(None).with_overrides(questions=10)
    draw_exam(store, profile, None, 4)
    paper, _ = draw_exam(store, profile, None, 4)  # read back
    keys = [k for q in paper.questions for k in [*(str(a + 1) for a in q.answers), "n"]]
    result = take_exam(store, paper, ScriptedKeys([*keys, "s", "y"]), FixedClock(),
                       ExamScreen(Console(file=None, width=80, color_system=None, quiet=True)))
    assert result is not None and result.raw == result.total == 10
    [attempt] = list_attempts(store)
    assert attempt["seed"] == 4 and attempt["questions"] == 10
    kinds = {r[0] for r in store.conn.execute("SELECT kind FROM exam_answers")}
    assert kinds <= {k.value for k in Kind}


def test_any_write_to_the_database_draws_afresh(shipped_copy, draws):
    """Whatever a draw may come to read besides the facts (a filter on flagged cards, say):
    a write to the database, by this program or another, is a new key."""
    import sqlite3

    store = connect(shipped_copy)
    profile = get_profile(None).with_overrides(questions=10)
    draw_exam(store, profile, None, 4)
    other = sqlite3.connect(shipped_copy)
    other.execute("UPDATE cards SET flagged = 1 WHERE rowid = 1")
    other.commit()
    other.close()
    draw_exam(store, profile, None, 4)
    assert draws == [4, 4]


def test_the_kept_basis_carries_each_facts_card_types(shipped_copy, monkeypatch,
                                                      shipped_fresh_exam):
    """A new seed's draw reads each askable fact's card types back with the basis instead of
    running the askability checks again; what it reads is what those checks give."""
    from studycli.questions import build

    store = connect(shipped_copy)
    profile = get_profile(None)
    expected = asdict(shipped_fresh_exam(profile, 2))
    draw_exam(store, profile, None, 1)  # keeps the basis, with the card types
    monkeypatch.setattr(build, "_KNOWN_TYPES", {})
    pool = load_pool(store)
    base = exam_kept.stamp(store)
    askable, _ = exam_kept.load_basis(store, exam_kept.basis_key(base, None, False), pool)
    assert set(build._KNOWN_TYPES) == set(askable)
    assert all(build._KNOWN_TYPES[f] == build._card_types(f) for f in askable)

    def not_again(fact):
        raise AssertionError("the card types were worked out again")

    monkeypatch.setattr(build, "_card_types", not_again)
    paper = generate_exam(pool, profile, 2, None, (askable, _))
    assert asdict(paper) == expected
