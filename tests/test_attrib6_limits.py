"""Attribution, pass 5 (extract/limits.py, extract/attribution.py): an arrow span's low end is
its minimum, an old value in brackets, a typical figure, a sign that binds only to the number
after it, a number later in a comparing condition, the Kinesis on-demand capacity mode. Lines
written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _quantities(text: str, name: str = "n.md"):
    return [f for f in parse_note(text, name).facts if f.kind is not Kind.FACT]


def _read(text: str) -> set[tuple[str, str, str]]:
    return {(f.attribute, f.qualifier, f.value) for f in _quantities(text)}


def test_the_low_end_of_an_arrow_span_is_its_minimum_not_a_default():
    facts = _read("## Lambda\n* ephemeral storage: 512 MB → 10,240 MB\n")
    qualifiers = {q for _, q, v in facts if v == "512 MB"}
    assert qualifiers == {"min"}
    assert any(q == "max" and v == "10,240 MB" for _, q, v in facts)


def test_a_default_said_apart_from_an_arrow_span_stays_the_default():
    facts = _read("## SQS\n* message retention: default 4 days; range 60 s => 14 days\n")
    by_value = {v: q for _, q, v in facts}
    assert by_value.get("4 days") == "default"
    assert by_value.get("60 s") == "min"
    assert by_value.get("14 days") == "max"


def test_a_bare_number_before_an_arrow_makes_the_value_after_it_the_maximum():
    facts = _read("## SQS\n* delivery delay 0 → 15 minutes\n")
    assert {(q, v) for _, q, v in facts} == {("max", "15 min")}


def test_a_value_a_bracket_says_was_the_old_one_is_not_asked():
    facts = _read("## Step Functions\n"
                  "* express workflow duration 5 minutes (previously 2 minutes)\n"
                  "* standard history events 25,000 (formerly 10,000 events)\n")
    values = {v for _, _, v in facts}
    assert "2 min" not in values and "10,000 events" not in values
    assert "5 min" in values


def test_a_typical_figure_is_not_a_bound():
    facts = _quantities("## RDS\n* Multi-AZ failover usually under 2 minutes\n"
                        "* read replica lag normally < 1 second\n")
    assert facts == []


def test_a_sign_binds_only_to_the_number_right_after_it():
    facts = _read("## CloudWatch\n* alarm fires when CPU > 90 percent over 10 minutes\n")
    assert not any(q == "min" for _, q, _v in facts)


def test_an_arrow_opening_a_line_is_not_a_lower_bound():
    facts = _read("## SQS\n-> FIFO throughput 300 messages/s without batching\n")
    assert facts and not any(q == "min" for _, q, _v in facts)


def test_a_number_later_in_a_comparing_condition_is_part_of_the_condition():
    facts = _quantities("## Auto Scaling\n* scales out if queue depth > 3x the target for 15 min\n")
    assert not any(f.value == "15 min" for f in facts)


def test_the_compared_value_of_a_condition_is_still_read():
    # "healthy if > 18% ...": the number right after the sign is the threshold the line states
    facts = _read("## Route 53\n* endpoint counted healthy if > 18% of checkers agree\n")
    assert any(v == "18%" for _, _q, v in facts)


def test_kinesis_on_demand_capacity_is_its_own_subject_not_a_shard():
    facts = _quantities("## Kinesis Data Streams\n"
                        "| Setting | Value |\n|---|---|\n"
                        "| Write capacity per stream (on-demand) | 4 MB/s ingest default |\n")
    assert facts and all(f.subject == "on-demand mode" for f in facts)
    assert any(f.qualifier == "default" and f.value == "4 MB/s" for f in facts)


def test_a_look_back_window_is_not_how_long_anything_lasts():
    facts = _quantities("## DynamoDB\n* on-demand tables adapt to the traffic of the past 30 days\n"
                        "* Savings suggestions use the previous 14 days average\n")
    assert not any(f.unit == "s" for f in facts)


def test_a_window_no_measure_is_taken_over_stays_a_retention():
    facts = _read("## CloudTrail\n* the console shows the last 90 days of events\n")
    assert any(v == "90 days" for _, _q, v in facts)


def test_the_value_a_bracket_replaces_is_the_current_one():
    # "60 min (was 15)": the bracket gives the old value; the value before it is today's
    facts = _read("## Step Functions\n* activity heartbeat limit 2 hours (was 1)\n")
    assert any(v == "2 h" for _, _q, v in facts)


def test_an_example_abbreviation_does_not_end_the_free_tier_sentence():
    facts = _quantities("## Billing\n- Free Tier: some always free (e.g. SNS 1M publishes), "
                        "12 months free (i.e. RDS db.t3.micro 750 hrs/month)\n")
    assert facts == []
