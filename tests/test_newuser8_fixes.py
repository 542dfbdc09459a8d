"""What a second new user saw on the final build of session 7: the exam's score scrolled away
above a long review, and `compare` exited 0 when the notes compared nothing."""

from __future__ import annotations

import math
import re

from tests.helpers import note_db, run_here


def test_the_score_is_said_again_under_a_long_review(shipped_copy):
    exam = run_here("exam", "--questions", "12", "--seed", "5", db=shipped_copy,
                   env={"COLUMNS": "80"}, input="\n".join(["4", "n"] * 12 + ["s", "y"]) + "\n")
    assert exam.returncode == 0, exam.stderr
    lines = [line for line in exam.stdout.splitlines() if line.strip()]
    assert "Review:" in exam.stdout
    assert lines[-1].startswith("Score ") and "pass mark" in lines[-1], lines[-3:]


def test_compare_exits_1_when_only_the_aws_reference_compares_the_pair(tmp_path):
    db = note_db(tmp_path, "## SQS\n- visibility timeout default 30 s\n\n## SNS\n"
                 "- fans out to many subscribers\n")
    result = run_here("compare", "sqs", "sns", db=db, env={"COLUMNS": "100"})
    assert "Your notes have nothing that compares" in result.stdout
    assert result.returncode == 1, result.stdout


def test_an_exam_gets_the_real_exams_pace_for_the_questions_it_has():
    from studycli.exam.profiles import get_profile

    saa = get_profile("saa-c03")  # 130 minutes for 65 questions
    assert saa.minutes_for(65) == 130 and saa.minutes_for(17) == 34
    assert saa.with_overrides(questions=30).minutes == 60
    given = saa.with_overrides(minutes=45)
    assert given.minutes_for(17) == 45 and given.with_overrides(questions=10).minutes == 45
    assert get_profile("quick").minutes_for(10) == 15


def test_a_short_exam_of_thin_notes_says_its_scaled_time(tmp_path):
    db = note_db(tmp_path, "## SQS\n- visibility timeout default 30 s, max 12 hours\n"
                 "- message retention default 4 days, max 14 days\n- max delay 15 minutes\n")
    exam = run_here("exam", "--seed", "1", db=db, input="s\ny\n")
    assert exam.returncode == 0, exam.stderr
    found = re.search(r"(\d+) questions?, (\d+) minutes", exam.stdout)
    assert found, exam.stdout[:300]
    questions, minutes = map(int, found.groups())
    assert questions < 65 and minutes == math.ceil(questions * 130 / 65)


def test_a_table_row_that_opens_with_a_service_is_that_services():
    from studycli.extract import parse_note

    text = ("## Compute\n- Kinesis feeds the functions\n\n| Service | Default | Limit |\n"
            "|---|---|---|\n| Lambda timeout | 3 s | 900 s |\n"
            "| SQS retention | 4 days | 14 days |\n| DynamoDB item size | - | 400 KB |\n")
    facts = {(f.service, f.value) for f in parse_note(text, "n.md").facts if f.kind != "fact"}
    assert ("Lambda", "900 s") in facts and ("SQS", "14 days") in facts
    assert ("DynamoDB", "400 KB") in facts
    assert not any(service == "Kinesis Data Streams" for service, _ in facts)


def test_a_note_line_is_shown_as_read_not_as_typed():
    from studycli.sanitize import unmarked

    assert unmarked("Streams store a **24-hour** window") == "Streams store a 24-hour window"
    assert unmarked("has a `DelaySeconds` set") == "has a DelaySeconds set"
    for kept in ("2 * 3 * 4", "snake_case and __init__", "a ** b"):
        assert unmarked(kept) == kept


def test_an_objects_size_and_a_single_puts_size_on_one_line_are_both_read():
    from studycli.extract import parse_note

    for line in ("- max object size 5TB, single PUT upto 5GB",
                 "- single upload max 5 GB, object max 5 TB",
                 "- In S3 an object can be as large as 5 TB, but one request uploads up to 5 GB"):
        facts = {(f.attribute, f.value) for f in parse_note(f"## S3\n{line}\n", "n.md").facts
                 if f.kind != "fact"}
        assert ("single PUT upload size", "5 TB") not in facts, line
        if "single" in line:
            assert {("object size", "5 TB"), ("single PUT upload size", "5 GB")} <= facts, line
