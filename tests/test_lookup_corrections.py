"""A value a later line of the same note corrects ("8 hours, not 2 hours like I wrote in v2",
"= 500 (v1 said 200)") is not the first answer: the student reads the value the note settled
on (session 19's changelog note, tests/data/unseen57_notes, answered the values its "Fixed"
entries had corrected)."""

from __future__ import annotations

from tests.helpers import first_value, notes_conn

CHANGELOG = """# Changelog - CodeBuild notes

## v3

- CodeBuild max build timeout is **8 hours**, not 2 hours like I wrote in v2. default 60 min.

## v2

- CodeBuild max build timeout 2 hours
"""

ONLY_DENIES = """# Lambda

- Lambda max timeout 15 min
- Lambda is not for jobs over 15 min (no other number here)
"""


def test_the_corrected_value_gives_way_to_the_correction(tmp_path):
    conn = notes_conn(tmp_path, CHANGELOG)
    assert first_value(conn, "codebuild max build timeout") == "8 h"


def test_a_line_that_only_denies_corrects_nothing(tmp_path):
    conn = notes_conn(tmp_path, ONLY_DENIES)
    assert first_value(conn, "lambda max timeout") == "15 min"
