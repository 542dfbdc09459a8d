"""What a new user's cheat-sheet notes lost (pass 9 of the parser, issues #10 and #8): "15m" read
as minutes where a span of time is measured, a table typed without its outer pipes read as a
table (its Default column never a maximum), a bare count after a named count's "limit" (typo
and all), a percentage never named by the rate beside it, and a question that keeps its
service names. Lines here are written for the test, in wordings other than the notes'."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.extract.context import clean_topic
from studycli.extract.quantities import find_quantities
from studycli.model import Kind
from studycli.notes.tables import lift_loose_pipe_tables
from tests.helpers import json_out, note_db, run_here


def _facts(text: str) -> set[tuple[str, str, str, str, str]]:
    return {(f.service, f.attribute, str(f.kind), f.qualifier, f.value)
            for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT}


# --- 1. "15m" is minutes where a span of time is measured ------------------------------------

@pytest.mark.parametrize("line, seconds", [
    ("SQS delivery delay up to 10m", 600),
    ("visibility timeout 45m", 2700),
    ("polling interval 2m", 120),
    ("cache TTL: 30m", 1800),
])
def test_a_lower_case_m_glued_to_a_number_is_minutes_on_a_duration_line(line, seconds):
    assert [q.number for q in find_quantities(line)] == [seconds]


@pytest.mark.parametrize("line", [
    "racks sit 5m apart",          # metres
    "table holds 2m items",        # millions
    "retention 15 m",              # spaced: could be metres
    "timeout 20M",                 # a capital M is never minutes
])
def test_m_is_not_minutes_where_it_could_be_metres_or_millions(line):
    assert all(q.unit != "s" for q in find_quantities(line))


def test_a_cheat_sheet_line_gives_the_default_and_the_maximum():
    facts = _facts("# Lambda\n- function timeout 3s def / 10m max\n")
    assert ("Lambda", "execution timeout", "default", "default", "3 s") in facts
    assert ("Lambda", "execution timeout", "limit", "max", "10 min") in facts


def test_lookup_of_the_maximum_answers_the_minutes_not_the_default(tmp_path):
    db = note_db(tmp_path, "# Lambda\n- function timeout 3s def / 10m max\n", "l.md")
    hits = json_out(run_here("lookup", "lambda max timeout", "--json", db=db))
    assert hits and hits[0]["value"] == "10 min"


# --- 2. a table without outer pipes; its Default column is no maximum ------------------------

_LOOSE = """Kinesis and SQS knobs

Setting | Default | Maximum
Kinesis retention | 24h | 8760h
SQS delay | 0s | 15m
"""


def test_rows_without_outer_pipes_are_a_table_read_by_its_header():
    facts = _facts(_LOOSE)
    assert ("Kinesis Data Streams", "retention period", "default", "default", "24 h") in facts
    assert ("Kinesis Data Streams", "retention period", "limit", "max", "8760 h") in facts
    assert ("SQS", "delivery delay", "limit", "max", "15 min") in facts
    assert not any(kind == "limit" and value in ("24 h", "0 s") for _, _, kind, _, value in facts)


def test_a_single_pipe_line_or_a_header_with_numbers_is_no_loose_table():
    lines = ["choose: SQS | SNS | EventBridge", "", "then more prose"]
    assert lift_loose_pipe_tables(lines) == [] and lines[0].startswith("choose")
    lines = ["v1 | v2 | v3", "a | b | c"]
    assert lift_loose_pipe_tables(lines) == []
    lines = ["- bullet | with | pipes", "- another | bullet | here"]
    assert lift_loose_pipe_tables(lines) == []


def test_a_quota_table_with_a_max_column_keeps_its_default_a_default():
    text = ("# SQS\n\n| Quota | Default | Max | Adjustable |\n|---|---|---|---|\n"
            "| Message retention | 4 days | 14 days | No |\n")
    facts = _facts(text)
    assert ("SQS", "retention period", "default", "default", "4 days") in facts
    assert ("SQS", "retention period", "limit", "max", "14 days") in facts
    assert not any(kind == "limit" and value == "4 days" for _, _, kind, _, value in facts)


def test_lookup_on_a_loose_table_reports_no_conflict_between_default_and_max(tmp_path):
    db = note_db(tmp_path, _LOOSE, "t.md")
    hits = json_out(run_here("lookup", "sqs max delay", "--json", db=db))
    assert hits and hits[0]["value"] == "15 min"
    assert not json_out(run_here("conflicts", "--json", db=db))


# --- 3. a bare count after a named count's "limit", typo and all -----------------------------

@pytest.mark.parametrize("line", [
    "- concurency quota 800 per account (ask to raise)",
    "- concurrrency limit: 800",
])
def test_a_bare_number_after_a_mistyped_count_limit_is_that_count(line):
    facts = _facts(f"# Lambda\n{line}\n")
    assert any(a.startswith("concurrent executions") and v == "800 concurrent executions"
               for _, a, _, _, v in facts)


@pytest.mark.parametrize("line", ["- soft limit 2 then ask support", "- burst limit 700",
                                  "- limit 3 per user"])
def test_a_bare_number_after_limit_with_no_count_named_stays_a_statement(line):
    assert _facts(f"# Lambda\n{line}\n") == set()


def test_lookup_finds_the_count_behind_a_mistyped_word(tmp_path):
    db = note_db(tmp_path, "# Lambda\n- concurency quota 800 per account\n", "l.md")
    hits = json_out(run_here("lookup", "lambda concurrency limit", "--json", db=db))
    assert hits and hits[0]["number"] == 800


# --- 4. a percentage is never named by the rate beside it ------------------------------------

def test_a_percentage_after_a_rate_is_not_named_by_the_rate_unit():
    facts = _facts("# SNS\n- retries: 3 req/sec + 20%\n")
    assert not any(v == "20%" and "req" in a for _, a, _, _, v in facts)


def test_x_ray_sampling_gives_a_reservoir_and_a_fixed_rate():
    facts = _facts("# X-Ray\n- sampling out of the box: 1 request per second, "
                   "then 5% beyond that\n")
    named = {v: a for _, a, _, _, v in facts}
    assert named.get("5%") == "sampling fixed rate"
    reservoir = [a for _, a, _, _, v in facts if v.startswith("1 ")]
    assert reservoir == ["sampling reservoir"]


# --- 5. a question keeps its service names ---------------------------------------------------

def test_a_question_card_keeps_the_service_it_asks_about():
    note = parse_note("Q: when does CodeDeploy shift traffic for ECS?\n"
                      "A: after the test listener hooks pass\n", "cards.txt")
    answers = [f for f in note.facts if f.value.startswith("A:")]
    assert answers and "ecs" in answers[0].attribute and "for ?" not in answers[0].attribute


def test_a_question_drops_its_own_service_and_names_it_only_compares():
    assert clean_topic("Lambda limits", "Lambda") == "limits"
    assert clean_topic("Q: biggest message you can hand to SQS?", "SQS") == (
        "Q: biggest message you can hand to ?")
    assert "SQS" in clean_topic("Q: biggest message SNS can hand to SQS?", "SNS")
    assert "SNS" not in clean_topic("Q: SNS vs SQS fan-out?", "SQS")
