"""Session 49 (plan49, issue 10): the student's own schedule among the AWS figures.

A planner's clock times and dates, a diary's "time 2h", "studied 45 min", a break, a tally of
hours and pomodoros, a practice score say when and how long the student studied: no figure
of AWS and no topic of its facts (study_schedule.py). What such a line says of AWS is
still read, and a time AWS keeps (a window, a schedule expression, a time zone) stays.
"""

from __future__ import annotations

import pytest

from tests.helpers import lookup_values, notes_fixture, parsed_quantities


def _facts(text: str, name: str = "note.md") -> list:
    from studycli.extract import parse_note

    return parse_note(text, name).facts


@pytest.mark.parametrize("line", [
    "time 2h. mood: excited, lambda is the main DVA thing",
    "time: 50 min. mood: friday brain",
    "break 15 min (walk)",
    "break: walked 20 min",
    "Day 14, studied 45 min on it",
    "hours 5 h 30 m    pomodoros 11   T-13 CLF",
    "10:00-12:00 weak spots: queues again (2 h)",
    "06:30-07:00 quick review (30 min)",
    "09:00-11:10 practice test #3 -> 71%",
    "SUN 16.06  WEEK REVIEW",
    "plan = 1 h/day max, 2 pomodoros + cards",
])
def test_study_time_is_no_figure_of_the_service(line: str) -> None:
    """A line of the student's own study under a service's heading gives that service no
    figure ("break 15 min" was S3 Intelligent-Tiering's limit, "time 2h" Lambda's)."""
    assert parsed_quantities(f"## Lambda\n\n- timeout default 3 s\n- {line}\n") == [
        ("Lambda", "", "execution timeout", "default", "3 s")]


@pytest.mark.parametrize("line, fact", [
    ("09:00-10:30 SQS: vis timeout default 30 s",
     ("SQS", "", "visibility timeout", "default", "30 s")),
    ("Tue 14 May, 09:00-10:30 SQS visibility timeout default 30 s",
     ("SQS", "", "visibility timeout", "default", "30 s")),
    ("Day 3 — SQS retention default 4 days", ("SQS", "", "retention period", "default", "4 days")),
    ("RDS maintenance window 30 min weekly", ("RDS", "", "maintenance window", "", "30 min")),
])
def test_a_planner_line_still_gives_its_aws_figure(line: str, fact: tuple) -> None:
    """The schedule opening a line is no part of what it says: the service after it opens
    the line (under another service's heading) and its figure is read."""
    assert fact in parsed_quantities(f"## Lambda\n\n- timeout default 3 s\n- {line}\n")


@pytest.mark.parametrize("heading", [
    "### 18:00-19:40  IAM  4 pomodoros",
    "### Fri 10 May — 18:00-19:40 IAM [4/4] pomodoros",
    "**Fri 10 May — 18:00-19:40  IAM**  🍅🍅🍅🍅",
])
def test_a_session_label_is_no_topic(heading: str) -> None:
    """The statements under a planner's slot are filed under no topic made of its clock
    times, dates and pomodoros (IAM's '10 groups' line sat under '18:00-19:40 4 pomodoros')."""
    facts = _facts(f"# planner wk 1\n\n{heading}\n- [x] a user can be in 10 groups max\n"
                   "- [x] 2 access keys per user max\n")
    topics = {f.attribute for f in facts if f.kind == "fact" and f.line > 3}
    assert topics and not any(ch.isdigit() or "pomodoro" in t or "may" in t
                              for t in topics for ch in t), topics


@pytest.mark.parametrize("text, kept", [
    ("backup window 03:00-04:00 UTC", "03:00-04:00"),
    ("preferred maintenance window Sun:05:00-Sun:06:00", "Sun:05:00-Sun:06:00"),
    ("EventBridge rule cron(0 10 * * ? *) at 10:00 UTC", "10:00"),
    ("Lambda max timeout 15 min", "15 min"),
    ("lifecycle: move to IA at day 30", "day 30"),
    ("best practice: keep CPU at 70%", "70%"),
    ("Query/Scan result page\t1 MB", "1 MB"),
    ("RCU: 10 reads of 6 KB = 10 * ceil(6/4) = 20 RCU", "(6/4)"),
])
def test_an_aws_time_or_figure_is_kept(text: str, kept: str) -> None:
    """A time AWS keeps (a window, a schedule expression, a time zone) and a figure no study
    word claims are no schedule of the student's."""
    from studycli.study_schedule import without_schedule

    assert kept in without_schedule(text)


@pytest.mark.parametrize("text, gone", [
    ("Tue 14 May, 09:00-10:30 SQS + SNS", "09:00-10:30"),
    ("Week 6 (3 h)", "3 h"),
    ("2 h review", "2 h"),
    ("15 min: recap", "15 min"),
    ("exam on 12/06", "12/06"),
    ("see EC2 p.16", "16"),
    ("Dan joined 7:40", "7:40"),
])
def test_the_students_schedule_is_blanked(text: str, gone: str) -> None:
    from studycli.study_schedule import without_schedule

    blanked = without_schedule(text)
    assert gone not in blanked and len(blanked) == len(text)


DIARY = """# DVA diary week 3

## Day 15 — Mon 18 Mar
time 2h. mood: excited, lambda is the main DVA thing
- lambda timeout default 3 sec, max 900 sec (15 min)

## Day 16 — Tue 19 Mar
time 40 min
- SQS visibility timeout default 30 s

## Day 17 — Wed 20 Mar: SQS again
time 3h. mood: solid day
- SQS long polling: ReceiveMessageWaitTimeSeconds up to 20 s
"""

diary = notes_fixture(DIARY)


@pytest.mark.parametrize("query", ["lambda time", "how much time lambda"])
def test_lookup_answers_no_study_time_for_an_aws_time(diary, query: str) -> None:
    """"lambda time" is never answered with how long the student studied that day."""
    values = lookup_values(diary, query)
    assert "2 h" not in values and "40 min" not in values


def test_a_diary_tally_is_no_statement(diary) -> None:
    """"time 3h. mood: solid day" says how the student's SQS day went: it answered "sqs long
    polling default wait time" (nothing in the notes says the default)."""
    assert not any("mood" in value for value in lookup_values(
        diary, "sqs long polling default wait time"))


PLANNER = """# DynamoDB week

## indexes + queries
- [X] LSI: same PK diff SK, must create at table creation, max 5
- [X] GSI: any PK/SK, add anytime, max 20 per table, eventually consistent only
- [X] GSI throttling throttles the base table writes!
"""

planner = notes_fixture(PLANNER)


def test_a_ticked_box_opens_no_label(planner) -> None:
    """"[X] GSI: ..., max 20 per table": the box a to-do list ticks is no word of the line's
    label, so "GSI" names what its clauses are about and "gsi per table max" is answered."""
    values = lookup_values(planner, "gsi per table max")
    assert values and "max 20 per table" in values[0]


SLOTS = """# planner wk 7

WED 12.06
 21:00-21:50  Kinesis Data Streams  [2 pomodoros]
   [x] retention default 24 h, max 7 days
 18:30-19:45  Firehose + others  [3 pomodoros]
   [x] buffer interval 60-900 s, default 300 s for S3
   comparison: Data Streams = real time (~200 ms); Firehose = near real-time, zero admin
"""


def test_a_slot_label_is_no_statement() -> None:
    """A planner's slot ("21:00-21:50 Kinesis Data Streams [2 pomodoros]") names what the
    student read then and says nothing of it: no statement of its own, which answered
    "kinesis streams vs firehose latency" with the hour."""
    lines = {f.line for f in _facts(SLOTS, "planner.txt") if f.kind == "fact"}
    assert 4 not in lines and 6 not in lines and {5, 7, 8} <= lines, lines


def test_a_clock_time_is_no_meaning_of_an_error() -> None:
    """An incident log's "14:05 DynamoDB ProvisionedThroughputExceededException on the GSI":
    the time it was seen is no part of what the exception means."""
    codes = [f.value for f in _facts(
        "## DynamoDB incident\n- 14:05 DynamoDB ProvisionedThroughputExceededException on the "
        "orders GSI (hot key)\n") if f.kind == "error_code"]
    assert codes and not any("14:05" in value for value in codes), codes


LIMITS_LIST = """# Lambda limits

- timeout default 3 s
- time: 15 min
- memory: 128 MB - 10 GB

## Concurrency
- total: 1000
"""

limits_list = notes_fixture(LIMITS_LIST)


@pytest.mark.parametrize("query", ["lambda max time", "lambda max timeout", "lambda time"])
def test_a_services_time_setting_is_no_diary_tally(limits_list, query: str) -> None:
    """"- time: 15 min" under a service's heading is its setting: a tally alone on its line
    is the student's only in a day's or a date's section (the diary above: "time 40 min"
    under "## Day 16 — Tue 19 Mar"). Blanked, "lambda max time" found nothing and "lambda
    time" the 3 s default."""
    values = lookup_values(limits_list, query)
    assert values and "15 min" in values[0], values


@pytest.mark.parametrize("line, fact", [
    ("- time: 15 min", ("Lambda", "", "time", "", "15 min")),
    ("Default TTL best practice: 24 h", ("Lambda", "", "cache TTL", "default", "24 h")),
    # (the heading naming Lambda alone keeps even an S3 call's line: extract/operation_owners.py)
    ("ListObjectsV2 returns page 1000 keys max", ("Lambda", "", "keys", "max", "1000 keys")),
    ("Events are logged ~15 min after the API call", ("Lambda", "", "events logged", "",
                                                      "15 min")),
])
def test_aws_wording_of_a_study_word_keeps_its_figure(line: str, fact: tuple) -> None:
    """A study word AWS uses too ("best practice", a log line that "is logged", a "page" of
    results, a "time:" setting) does not make the figure after it the student's."""
    got = parsed_quantities(f"## Lambda\n\n- timeout default 3 s\n{line}\n")
    assert any(g[4] == fact[4] for g in got if g[:1] == fact[:1]) and len(got) > 1, got
