"""The refdata11 reference additions (EventBridge archives keep events indefinitely unless told
otherwise; CodeBuild's build timeout also met as `duration`) through the real CLI and the shipped
reference: a stale line is flagged under the entry that states today's fact, a right one never."""

from __future__ import annotations

import pytest

from .helpers import check_findings, two_note_folder

# Lines as students write them in the development notes, reworded.
STALE = """# EventBridge

- archive + replay events for testing, archive keeps max 90 days

# CodeBuild

- CodeBuild timeout: default 60 min, max 8 hours
"""

RIGHT = """# EventBridge

- archive + replay: events kept indefinitely by default, or set a retention in days
- archive with 30 day retention for the orders bus

# CodeBuild

- CodeBuild timeout: default 60 min, max 36 hours
"""


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


def test_each_stale_line_is_flagged_under_the_entry_that_states_todays_fact(notes, tmp_path):
    result, found = check_findings(notes / "stale.md", db=tmp_path / "s.db")
    assert result.returncode == 1, result.stderr
    by_line: dict[int, set[tuple[str, str]]] = {}
    for x in found:
        by_line.setdefault(x["line"], set()).add((x["reference"]["id"], x["status"]))
    assert by_line == {
        3: {("eventbridge.archive-retention", "wrong")},
        7: {("codebuild.build-timeout.max", "outdated")},
    }


def test_right_lines_are_never_flagged(notes, tmp_path):
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)
    assert found == []
