"""Attribution, pass 6 (data/attributes.json): how long Step Functions keeps an execution's
history, and CloudTrail its event history, is a retention of that history; it was read as an
execution duration (a default of 90 days), "kept", "history viewable console", "who called
what" or "interval". Lines written for the test, in wording the development notes do not use."""

from __future__ import annotations

from tests.helpers import attribute_names


def _named(text: str) -> dict[str, set[str]]:
    return attribute_names(text)


def test_a_workflows_history_is_kept_not_run():
    found = _named("## Step Functions\n- Standard workflows: run for a year at most, the "
                   "execution history sticks around 90 days\n")
    assert found.get("90 days") == {"execution history retention"}
    assert "execution history retention" not in found.get("1 year", set())


def test_history_named_in_a_table_row():
    found = _named("## Step Functions\n\n| | Standard | Express |\n|---|---|---|\n"
                   "| History | 90 days | CloudWatch Logs only |\n")
    assert found.get("90 days") == {"execution history retention"}


def test_history_named_in_passing_names_no_number():
    found = _named("## Step Functions\n- Standard: up to 1 year, exactly-once, a visual "
                   "history in the console\n")
    assert "execution history retention" not in found.get("1 year", set())


def test_cloudtrails_event_history_is_a_retention():
    found = _named("## CloudTrail\n- you can browse the last 90 days of API calls in event "
                   "history without a trail\n")
    assert found.get("90 days") == {"event history retention"}
