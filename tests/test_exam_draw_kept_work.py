"""The seed-free work a draw keeps (questions/build._prepared, exam/generate._exam_material,
per-process caches of pure functions): a pool reused for many draws, a copy of a pool, and a
fact base changed within one process give exactly the exams a fresh start gives."""

from __future__ import annotations

import json
import random
import re
from dataclasses import replace

from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.ingest import ingest_paths
from studycli.questions.stems import has_word
from studycli.store.db import connect
from tests.exam_data import SMALL_NOTE
from tests.helpers import json_out, run_cli


def exam_json(pool, profile: str, seed: int, questions: int | None = None) -> str:
    paper = generate_exam(pool, get_profile(profile).with_overrides(questions, None), seed)
    return json.dumps(paper.to_json(), sort_keys=True)


def test_one_pool_drawn_from_again_and_again_gives_what_fresh_pools_give(shipped_copy,
                                                                         shipped_fresh_exam):
    store = connect(shipped_copy)
    for as_written in (False, True):
        shared = load_pool(store, as_written=as_written)
        for profile, seed in (("saa-c03", 2), ("clf-c02", 9), ("dva-c02", 2)):
            fresh = shipped_fresh_exam(get_profile(profile), seed, as_written)  # a fresh pool's
            assert exam_json(shared, profile, seed) == \
                json.dumps(fresh.to_json(), sort_keys=True), (as_written, profile, seed)


def test_a_copy_of_a_pool_keeps_none_of_the_work_done_on_it(shipped_copy):
    """dataclasses.replace(pool, as_written=True) (generate_exam's own message does it) must
    not read back what was worked out for the vouched pool."""
    store = connect(shipped_copy)
    expected = exam_json(replace(load_pool(store), as_written=True), "saa-c03", 4)
    used = load_pool(store)
    exam_json(used, "saa-c03", 4)  # fills what the pool keeps
    exam_json(used, "saa-c03", 5)
    assert exam_json(replace(used, as_written=True), "saa-c03", 4) == expected




def test_changed_notes_in_one_process_are_drawn_as_a_new_process_draws_them(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(SMALL_NOTE, encoding="utf-8")
    db = tmp_path / "s.db"
    store = connect(db)
    ingest_paths(store, [notes])
    before = exam_json(load_pool(store, as_written=True), "saa-c03", 1, 10)
    changed = SMALL_NOTE.replace("14 days", "7 days").replace("900 seconds", "600 seconds") \
        .replace("throttled", "the request was throttled")
    (notes / "a.md").write_text(changed, encoding="utf-8")
    ingest_paths(store, [notes])
    after = exam_json(load_pool(store, as_written=True), "saa-c03", 1, 10)
    assert after != before
    # A process that never saw the old notes (and keeps nothing: a cache folder of its own).
    out = json_out(run_cli("exam", "--json", "--as-written", "--seed", "1", "-n", "10",
                           "--profile", "saa-c03", db=db,
                           env={"STUDYCLI_CACHE": str(tmp_path / "fresh-cache")}))
    assert json.dumps(out, sort_keys=True) == after


def test_has_word_finds_what_the_word_boundary_pattern_finds():
    rng = random.Random(8)
    alphabet = "ab_ 1-(.)é٣²ß\u00a0x"
    cases = [("", ""), ("abc", ""), ("-", ""), ("a b", "a b"), ("ab", "a"), ("_a_", "a")]
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 4)))
        cases.append((text, word))
        if text:  # a word taken from the text itself is a hit as often as not
            start = rng.randrange(len(text))
            cases.append((text, text[start:start + rng.randrange(1, 4)]))
    for text, word in cases:
        pattern = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
        assert has_word(text, word) == pattern, (text, word)
