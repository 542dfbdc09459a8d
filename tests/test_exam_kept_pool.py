"""The fact pool kept between runs with its question material (app/exam_kept.py load_pool,
save_pool): a new seed drawn from it is the exam a fresh draw gives, for every profile and
--as-written; anything the material was worked out from changing (the fact base, the AWS
reference, profile data, the code) keys it afresh; a damaged or foreign file is drawn
afresh, never a traceback, and never builds anything but studycli's own classes."""

from __future__ import annotations

import json
import os
import pickle
import shutil
from dataclasses import asdict

import pytest

from studycli import kept
from studycli.app import exam_kept
from studycli.app.exam_paper import draw_exam
from studycli.exam import generate
from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.ingest import ingest_paths
from studycli.paths import data_dir
from studycli.store.db import connect
from tests.exam_data import SMALL_NOTE
from tests.helpers import run_cli


def fresh(store, profile, seed, as_written=False):
    return asdict(generate_exam(load_pool(store, as_written=as_written), profile, seed))


def pool_files():
    return sorted(kept.cache_dir().glob("exam-pool-*.bin"))


@pytest.fixture
def no_pool_loads(monkeypatch):
    """Fails a draw that loads the fact pool from the database instead of reading it back."""
    def refused(*args, **kwargs):
        raise AssertionError("the pool was loaded from the database")

    return lambda: monkeypatch.setattr(generate, "load_pool", refused)


@pytest.mark.parametrize("as_written", [False, True])
def test_new_seeds_from_the_kept_pool_are_the_exams_fresh_draws_give(shipped_copy, no_pool_loads,
                                                                     shipped_fresh_exam,
                                                                     as_written):
    store = connect(shipped_copy)
    profiles = [get_profile(p) for p in ("saa-c03", "dva-c02", "clf-c02")]
    # (seeds whose fresh draws other tests compare with too: shipped_fresh_exam draws each
    # once a session)
    expected = {(p.name, s): asdict(shipped_fresh_exam(p, s, as_written))
                for p in profiles for s in (2, 6)}
    draw_exam(store, profiles[0], None, 1, as_written)  # keeps the pool
    assert len(pool_files()) == 1
    no_pool_loads()
    for p in profiles:
        for seed in (2, 6):
            paper, _ = draw_exam(store, p, None, seed, as_written)
            assert asdict(paper) == expected[(p.name, seed)], (p.name, seed)


def test_the_kept_pool_holds_the_question_material_and_grows_with_new_material(shipped_copy):
    store = connect(shipped_copy)
    profile = get_profile("saa-c03").with_overrides(questions=10)
    draw_exam(store, profile, None, 1)
    key = exam_kept.pool_key(exam_kept.stamp(store), False)
    first = exam_kept.load_pool(store, key)
    assert first is not None and first.__dict__.get("_prepared")
    assert first.__dict__.get("_exam_material")
    # Re-keyed by the facts read back: each entry is found for its own fact object.
    entry_key, entry = next(iter(first.__dict__["_prepared"].items()))
    assert entry_key[0] == id(entry[0])
    full = exam_kept.pool_size(first)
    # A pool kept without material (by an older run, say): a draw works it out, keeps it again.
    first.__dict__["_prepared"], first.__dict__["_exam_material"] = {}, {}
    exam_kept.save_pool(store, key, first)
    draw_exam(store, profile, None, 2)
    again = exam_kept.load_pool(store, key)
    assert again is not None and again.__dict__["_prepared"] and again.__dict__["_exam_material"]
    assert exam_kept.pool_size(again) < full  # only what seed 2 tried, not every fact's


def test_a_pool_read_back_is_bound_to_the_database_it_was_kept_for(shipped_copy):
    store = connect(shipped_copy)
    draw_exam(store, get_profile(None), None, 1)
    pool = exam_kept.load_pool(store, exam_kept.pool_key(exam_kept.stamp(store), False))
    assert pool is not None and pool.currency_db is store and pool.db is None


def test_changed_notes_key_the_pool_afresh(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(SMALL_NOTE, encoding="utf-8")
    store = connect(tmp_path / "s.db")
    ingest_paths(store, [notes])
    profile = get_profile("saa-c03").with_overrides(questions=8)

    def shown_of(seed: int) -> str:
        paper, _ = draw_exam(store, profile, None, seed, True)
        return json.dumps([[q.options, q.explanation] for q in paper.questions])

    # a seed whose exam shows the note's 256 KB (a wrong option is taken only from values of
    # the same measure, so not every seed's does)
    seed = next(s for s in range(2, 40) if "256 KB" in shown_of(s))
    before = exam_kept.stamp(store)
    (notes / "a.md").write_text(SMALL_NOTE.replace("256 KB", "1 MiB"), encoding="utf-8")
    ingest_paths(store, [notes])
    after = exam_kept.stamp(store)
    assert after != before
    assert exam_kept.load_pool(store, exam_kept.pool_key(after, True)) is None
    paper, _ = draw_exam(store, profile, None, seed, True)  # loads the changed facts
    assert asdict(paper) == fresh(store, profile, seed, True)
    shown = json.dumps([[q.options, q.explanation] for q in paper.questions])
    assert "256 KB" not in shown


def test_a_changed_reference_file_keys_the_pool_afresh(shipped_copy, tmp_path, monkeypatch):
    reference = tmp_path / "reference"
    shutil.copytree(data_dir() / "reference", reference)
    monkeypatch.setenv("STUDYCLI_REFERENCE", str(reference))
    store = connect(shipped_copy)
    before = exam_kept.stamp(store)
    toml = sorted(reference.glob("*.toml"))[0]
    toml.write_text(toml.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert exam_kept.stamp(store) != before


def test_changed_profile_data_keys_the_pool_afresh(shipped_copy, tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(data_dir(), data)
    monkeypatch.setattr("studycli.paths.data_dir", lambda: data)
    store = connect(shipped_copy)
    before = exam_kept.stamp(store)
    profiles = data / "exam_profiles.json"
    raw = json.loads(profiles.read_text(encoding="utf-8"))
    raw["profiles"]["saa-c03"]["questions"] = 60
    profiles.write_text(json.dumps(raw), encoding="utf-8")
    assert exam_kept.stamp(store) != before


def test_changed_code_keys_the_pool_afresh(shipped_copy, tmp_path, monkeypatch):
    """Every studycli source file's stat is in the key: one edited is a new key."""
    source = tmp_path / "build.py"
    source.write_text("x = 1\n", encoding="utf-8")
    real = kept.studycli_files
    monkeypatch.setattr(kept, "studycli_files", lambda: [*real(), source])
    store = connect(shipped_copy)
    before = exam_kept.stamp(store)
    source.write_text("x = 22\n", encoding="utf-8")
    assert exam_kept.stamp(store) != before
    # and the code's own version of what is kept
    monkeypatch.setattr(exam_kept, "VERSION", exam_kept.VERSION + "-next")
    assert exam_kept.stamp(store) not in (before, None)


def _damage(path, how: str) -> None:
    data = path.read_bytes()
    head, _, body = data.partition(b"\n")
    if how == "cut":
        path.write_bytes(data[: len(data) // 2])
    elif how == "garbage":
        path.write_bytes(head + b"\n" + os.urandom(2000))
    elif how == "empty":
        path.write_bytes(head + b"\n")
    elif how == "other key":
        path.write_bytes(b"0" * len(head) + b"\n" + body)
    elif how == "not a pool":
        path.write_bytes(head + b"\n" + pickle.dumps({"facts": []}))


@pytest.mark.parametrize("how", ["cut", "garbage", "empty", "other key", "not a pool"])
def test_a_damaged_or_foreign_pool_file_is_drawn_afresh(shipped_copy, shipped_fresh_exam, how):
    store = connect(shipped_copy)
    profile = get_profile(None)
    draw_exam(store, profile, None, 1)
    [path] = pool_files()
    _damage(path, how)
    paper, _ = draw_exam(store, profile, None, 2)
    assert asdict(paper) == asdict(shipped_fresh_exam(profile, 2))
    assert exam_kept.load_pool(store, exam_kept.pool_key(exam_kept.stamp(store), False)) \
        is not None  # kept whole again


class _Boom:
    def __reduce__(self):
        return (os.system, ("echo pwned > pwned.txt",))


def test_a_pool_file_naming_another_callable_builds_nothing(shipped_copy, tmp_path,
                                                            monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = connect(shipped_copy)
    draw_exam(store, get_profile(None), None, 1)
    [path] = pool_files()
    head = path.read_bytes().partition(b"\n")[0]
    path.write_bytes(head + b"\n" + pickle.dumps(_Boom()))
    key = exam_kept.pool_key(exam_kept.stamp(store), False)
    assert exam_kept.load_pool(store, key) is None
    assert not (tmp_path / "pwned.txt").exists()


def test_a_new_seed_in_a_new_process_prints_what_a_fresh_cache_prints(shipped_copy, tmp_path):
    """End to end, across processes with different hash seeds: the run that reads the kept
    pool back prints the bytes a run with nothing kept prints."""
    kept_cache = {"STUDYCLI_CACHE": str(tmp_path / "kept")}
    first = run_cli("exam", "--json", "--seed", "11", db=shipped_copy,
                    env={**kept_cache, "PYTHONHASHSEED": "1"})
    assert first.returncode == 0, first.stderr
    assert list((tmp_path / "kept").glob("exam-pool-*.bin"))
    for profile, seed, hashseed in (("saa-c03", "12", "2"), ("clf-c02", "13", "3")):
        args = ("exam", "--json", "--profile", profile, "--seed", seed)
        from_kept = run_cli(*args, db=shipped_copy, env={**kept_cache, "PYTHONHASHSEED": hashseed})
        from_scratch = run_cli(*args, db=shipped_copy,
                               env={"STUDYCLI_CACHE": str(tmp_path / f"none-{seed}"),
                                    "PYTHONHASHSEED": "0"})
        assert from_kept.returncode == from_scratch.returncode == 0, from_kept.stderr
        assert (from_kept.stdout, from_kept.stderr) == (from_scratch.stdout, from_scratch.stderr)


def test_the_unpickler_builds_only_classes_defined_in_studycli():
    import io

    # pathlib.Path, imported into exam_kept's namespace: a class, but not studycli's own.
    borrowed = b"cstudycli.app.exam_kept\nPath\n(S'/tmp/x'\ntR."
    with pytest.raises(ValueError, match="not a class of studycli's"):
        exam_kept._Unpickler(io.BytesIO(borrowed)).load()
    foreign = b"cposix\nsystem\n(S'echo pwned'\ntR."
    with pytest.raises(ValueError, match="not studycli's"):
        exam_kept._Unpickler(io.BytesIO(foreign)).load()
    own = pickle.dumps(get_profile("saa-c03"))
    assert exam_kept._Unpickler(io.BytesIO(own)).load() == get_profile("saa-c03")


def test_the_collector_is_on_again_after_a_draw_even_one_that_fails(shipped_copy, monkeypatch):
    import gc

    from studycli.errors import StudyError

    store = connect(shipped_copy)
    assert gc.isenabled()
    draw_exam(store, get_profile(None), None, 3)
    assert gc.isenabled()

    def fails(*args, **kwargs):
        raise StudyError("no exam question could be made from your notes")

    monkeypatch.setattr(generate, "generate_exam", fails)
    with pytest.raises(StudyError):
        draw_exam(store, get_profile(None), None, 4)
    assert gc.isenabled()
    monkeypatch.undo()
    gc.disable()  # a caller that turned it off keeps it off
    try:
        draw_exam(store, get_profile("saa-c03").with_overrides(questions=5), None, 1)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("as_written", [False, True])
def test_material_worked_out_for_every_askable_fact_changes_no_draw(shipped_copy,
                                                                     shipped_fresh_exam,
                                                                     as_written):
    store = connect(shipped_copy)
    profiles = [get_profile(p) for p in ("saa-c03", "dva-c02", "clf-c02")]
    pool = load_pool(store, as_written=as_written)
    basis = generate.exam_basis(pool)
    generate.work_out_material(pool, basis[0])
    assert pool.__dict__["_prepared"] and pool.__dict__["_exam_material"]
    for p in profiles:
        assert asdict(generate_exam(pool, p, 6, None, basis)) == \
            asdict(shipped_fresh_exam(p, 6, as_written))


def test_the_first_kept_pool_holds_what_later_seeds_need(shipped_copy):
    """Kept with every askable fact's material: later seeds of any profile work out none,
    so none keeps the pool again."""
    store = connect(shipped_copy)
    draw_exam(store, get_profile("saa-c03"), None, 1)
    [path] = pool_files()
    written = path.stat().st_mtime_ns
    for name, seed in (("saa-c03", 2), ("dva-c02", 3), ("clf-c02", 4), ("saa-c03", 5)):
        draw_exam(store, get_profile(name), None, seed)
    assert pool_files() == [path] and path.stat().st_mtime_ns == written


def test_a_large_fact_base_is_kept_with_the_material_its_draw_tried_only(shipped_copy,
                                                                          monkeypatch):
    """Past WORK_OUT_ALL askable facts, working out every one would cost a first run seconds:
    the pool is kept with what the draw tried, and later draws add theirs."""
    from studycli.app import exam_paper

    monkeypatch.setattr(exam_paper, "WORK_OUT_ALL", 10)
    calls = []
    monkeypatch.setattr(generate, "work_out_material", lambda *a: calls.append(a))
    store = connect(shipped_copy)
    draw_exam(store, get_profile(None), None, 1)
    assert calls == [] and len(pool_files()) == 1


def test_a_drawn_question_is_the_dataclass_its_fields_make(shipped_copy):
    """generate builds single-answer questions without ExamQuestion's __init__: each is equal,
    field for field and in order, to the one the constructor makes."""
    from dataclasses import fields

    from studycli.exam.model import ExamQuestion

    paper = generate_exam(load_pool(connect(shipped_copy)), get_profile(None), 3)
    singles = [q for q in paper.questions if q.style == "choice" and not q.multi]
    assert singles
    for q in singles:
        made = ExamQuestion(**{f.name: getattr(q, f.name) for f in fields(ExamQuestion)})
        assert made == q and list(vars(made)) == list(vars(q))
