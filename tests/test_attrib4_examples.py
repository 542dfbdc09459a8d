"""Numbers that illustrate rather than state: a worked calculation, an example after "like".
Lines written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _values(text: str) -> set[str]:
    return {f.value for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT}


def test_a_worked_calculation_states_no_limit():
    assert _values("## DynamoDB\n- WCU math for 40 writes/s of 3.5 KB: 3.5 KB rounded up to "
                   "4 KB -> 4 WCU each, 160 WCU\n") == set()
    assert _values("## DynamoDB\n- capacity calc: 25 reads/s, 9 KB items, ceil(9/4) = 3 "
                   "-> 75 RCU\n") == set()


def test_a_line_without_calculation_words_keeps_its_limits():
    assert "400 KB" in _values("## DynamoDB\n- items up to 400 KB, attribute names count\n")


def test_like_opening_a_clause_or_bracket_gives_an_example():
    assert _values("## Auto Scaling\n- step scaling, like add 2 instances when CPU passes "
                   "80 percent, needs an alarm\n") == set()
    assert _values("## Kinesis Data Streams\n- provisioned mode (like 4 shards you pick "
                   "yourself)\n") == set()


def test_like_inside_a_clause_compares_and_keeps_the_limit():
    assert "64 TiB" in _values("## Amazon EBS\n- an io2 volume acts like a local disk of up "
                               "to 64 TiB\n")


def test_a_condition_for_choosing_something_is_a_threshold_not_its_limit():
    assert _values("## Step Functions\n- pick Step Functions if the job > 15 min, Lambda "
                   "can't run longer\n") == set()


def test_a_condition_that_states_a_property_is_still_read():
    assert _values("## AWS Lambda\n- more vCPU once memory > 1,769 MB\n")


def test_a_practice_test_score_and_a_schedule_expression_are_no_limits():
    assert _values("## CloudTrail\nscores: mock A 64%, mock B 77%\n") == set()
    assert _values("## EventBridge\n- schedule rules: rate(15 minutes) or cron(0 8 * * ? *)\n") \
        == set()
