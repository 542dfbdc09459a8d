"""Question labels made of stray note words (session 55). Reviewers rejected "What is the
maximum root build timeout for AWS CodeBuild?": the measure's name, where no known attribute
named it, took the last words of the sentence before the value's ("buildspec.yml at root.
build timeout max 8 hours")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import exam_stems, json_out, note_db, run_here


def _facts(db: Path) -> list[dict]:
    return json_out(run_here("facts", "--json", db=db))


# Sentences whose last words are no part of the measure that the next sentence gives
_BEFORE = ("buildspec.yml in the repo root.", "buildspec.yml sits at the root of the repo.",
           "appspec.yml at root!")


@pytest.mark.parametrize("before", _BEFORE)
def test_a_measure_is_named_by_its_own_sentence(tmp_path, before):
    db = note_db(tmp_path, f"# CodeBuild\n- {before} build timeout max 36 hours\n")
    timeouts = [f for f in _facts(db) if f["unit"] == "s"]
    assert timeouts and {f["attribute"] for f in timeouts} == {"build timeout"}
    stems = exam_stems(db, "dva-c02")
    assert stems and all("root build" not in s and "repo build" not in s for s in stems)
    assert any("maximum build timeout" in s for s in stems)


def test_a_question_names_the_answer_after_its_mark(tmp_path):
    """"PITR window? restore to any second in last 35 days": a question and its answer, not
    two sentences; the question's words name the value."""
    db = note_db(tmp_path, "# DynamoDB\n- PITR window? restore to any second in last 35 days\n")
    windows = [f for f in _facts(db) if f["unit"] == "s"]
    assert windows and all("window" in f["attribute"] for f in windows), windows


def test_a_stop_with_no_words_after_it_cuts_nothing(tmp_path):
    """"approx." ends no sentence that holds the measure's words: they stay before it, and
    the stop before them still cuts the sentence before ("root" is no part of the size)."""
    from studycli.extract.attributes import fallback_phrase

    assert fallback_phrase("max msg size approx. ") == "msg size"
    assert fallback_phrase("buildspec.yml at root. msg size approx. ") == "msg size"
    db = note_db(tmp_path, "# SQS\n- max msg size approx. 1 MiB\n")
    sizes = [f for f in _facts(db) if f["unit"] == "B"]
    assert sizes and all(f["attribute"] == "message size" for f in sizes), sizes


@pytest.mark.parametrize(("before", "name"), [
    # one word after the last stop cuts nothing: the clause's last three words name the value,
    # as the start code named them, the one word among them; never the sentence before alone
    # ("on-demand full price", "provisioned concurrency avoids")
    ("Spot instances save a lot. On-demand full price. Reserved up to ", "full price reserved"),
    ("cold starts hurt. Provisioned concurrency avoids them. Memory ",
     "concurrency avoids memory"),
])
def test_a_one_word_sentence_is_not_skipped_for_the_one_before(before, name):
    from studycli.extract.attributes import fallback_phrase

    assert fallback_phrase(before) == name
