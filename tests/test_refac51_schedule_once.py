"""The student's schedule is blanked out of a line once (studycli/study_schedule.py): the
parser's readers of one line (its statement, its limits, its exceptions, its lead words)
each asked it of the same text, and each worked it out again."""

from __future__ import annotations

from collections import Counter

from studycli import study_schedule
from studycli.study_schedule import without_schedule
from tests.helpers import note_db

NOTE = """# Study log
## Tue 14 May
- 09:00-10:30 SQS: visibility timeout default 30 s
- break 15 min (walk)
- Lambda max timeout 15 min
- 14:05 DynamoDB ProvisionedThroughputExceededException on the GSI
"""


def test_each_line_is_read_for_its_schedule_once(tmp_path, monkeypatch):
    seen: Counter = Counter()
    spans = study_schedule.schedule_spans

    def counted(text, dated=False):
        seen[(text, dated)] += 1
        return spans(text, dated)

    monkeypatch.setattr(study_schedule, "schedule_spans", counted)
    study_schedule._blanked.cache_clear()
    note_db(tmp_path, NOTE)
    assert seen and max(seen.values()) == 1, seen.most_common(3)


def test_a_line_with_no_schedule_is_given_back_itself():
    line = "Lambda max timeout 15 min"
    assert without_schedule(line) is line
    assert without_schedule(line) is line  # kept, and still the caller's own text
    blanked = without_schedule("09:00-10:30 SQS: visibility timeout default 30 s")
    assert "09:00" not in blanked and "30 s" in blanked
    assert without_schedule("09:00-10:30 SQS: visibility timeout default 30 s") == blanked
