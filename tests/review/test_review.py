"""Every quiz card and fixed-exam question the shipped notes generate has a reviewed verdict.

When this fails, generation changed what students see: run `python -m tests.review.harness`
for the questions nobody has reviewed, review each with its note line open, and add a record
to tests/review/verdicts.jsonl (see tests/review/README.md).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.review.harness import exam_items, quiz_items, shipped_db, verdicts

CLASSES = {"outdated-note", "misattributed", "missing-qualifier", "missing-context",
           "contradictory", "imprecise", "two-right", "leak", "false", "awkward",
           # the independent reviewers' classes (tests/review/README.md)
           "outdated", "ambiguous", "garbled", "trivial", "other"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory, shipped_db_file):
    from tests.conftest import copy_of

    db = shipped_db(copy_of(shipped_db_file, tmp_path_factory.mktemp("review")))
    return quiz_items(db) + exam_items(db)


def test_every_generated_question_has_been_reviewed(generated):
    known = verdicts()
    missing = [item for item in generated if item["key"] not in known]
    assert not missing, (
        f"{len(missing)} generated question(s) have no review verdict, e.g. "
        f"{missing[0]['stem']!r} ({missing[0]['where']}); run `python -m tests.review.harness`")


def test_verdicts_are_well_formed():
    for record in verdicts().values():
        assert record["verdict"] in ("ok", "defect"), record
        if record["verdict"] == "defect":
            assert record["defect"] in CLASSES and record["note"], record
        assert record["reviewer"] and record["source"] and record["line"] > 0


def test_no_defect_class_the_question_layer_can_see_for_itself(generated):
    """A reviewed defect the generator could have caught (a leak, a second right option,
    a false statement of what the notes say) must be fixed, not recorded."""
    known = verdicts()
    counts = Counter(known[i["key"]]["defect"] for i in generated if i["key"] in known)
    assert not counts["leak"] and not counts["two-right"] and not counts["false"], counts
