"""A task or outliner app's tokens are not the student's words: "- 504 = gateway timeout @review"
made an exam option "Gateway timeout @review" and an explanation quoting the tag (reviewers).
TaskPaper notes are read as notes: projects as headings, tasks as items, tags dropped."""

from __future__ import annotations

import json
import random

import pytest
from typer.testing import CliRunner

from studycli.app_markers import without_app_markers
from studycli.cli import app
from studycli.database import ensure_database
from studycli.formats.taskpaper import taskpaper_to_markdown
from studycli.model import Kind
from studycli.questions import FactPool, build_question
from studycli.questions.build import note_quote
from tests.helpers import note_db

TAGGED = [
    ("- 504 = gateway timeout @review", "- 504 = gateway timeout"),
    ("- 429 = too many requests @done(2024-01-02)", "- 429 = too many requests"),
    ("- timeout max 15 min @due(2024-01-02 17:00) @flagged", "- timeout max 15 min"),
    ("- (A) retention max 14 days +aws @phone due:2024-03-01", "- retention max 14 days"),
    ("x 2024-01-02 (A) 2024-01-01 retention 14 days +aws @study", "retention 14 days"),
    ("- delay max 15 minutes ✅ 2024-01-02", "- delay max 15 minutes"),
    ("- max payload 10 MB #todo #api", "- max payload 10 MB"),
    ("  SCHEDULED: <2024-01-05 Fri>", ""),
    ("- TODO read the SQS quotas", "- read the SQS quotas"),
]
UNTOUCHED = [
    "- @connections API pushes messages back to clients",  # API Gateway's own name
    "mail the team at study@example.com",
    "Owner: @priya.",  # a mention ending a sentence
    "## Comment by @aisha-dev",  # a mention, not on a task's line
    "- TODO: check the SQS quotas",  # the student's own label
    "- Lambda +SQS",  # "+name" alone is no app's tag
    "- S3 + Lambda",
    "- cost @ 0.023 per GB",
    "- CloudTrail event history 90 days ⏳",  # a legend's emoji, no date
    "@startuml",
]


@pytest.mark.parametrize("line,plain", TAGGED)
def test_an_apps_tokens_are_dropped(line, plain):
    assert without_app_markers(line) == plain


@pytest.mark.parametrize("line", UNTOUCHED)
def test_the_notes_own_at_signs_and_pluses_stay(line):
    assert without_app_markers(line) == line


NOTE = """# API Gateway

- 504 = gateway timeout @review
- 502 = bad gateway @review
- 429 = too many requests @done(2024-01-02)
- 403 = access denied @flag
- integration timeout max 29 seconds +saa @study

# SQS

- visibility timeout default 30 seconds @flag
- (A) message retention max 14 days +aws @phone due:2024-03-01
"""


def test_no_fact_of_a_tagged_line_carries_a_tag(tmp_path):
    pool = FactPool.load(ensure_database(note_db(tmp_path, NOTE)))
    assert {f.attribute for f in pool.facts} >= {"504", "visibility timeout"}
    for f in pool.facts:
        assert "@" not in f.value and "+" not in f.value and "due:" not in f.value, f


def test_an_explanation_quotes_the_line_without_its_tags():
    assert note_quote("- 504 = gateway timeout @review") == "- 504 = gateway timeout"


def test_a_question_on_a_tagged_error_code_shows_no_tag(tmp_path):
    pool = FactPool.load(ensure_database(note_db(tmp_path, NOTE)))
    codes = [f for f in pool.facts if f.kind == Kind.ERROR_CODE]
    asked = [q for f in codes
             for q in [build_question(f, "code_to_meaning", pool, random.Random(3))]
             if q is not None]
    assert asked, [(f.attribute, f.value) for f in codes]
    for q in asked:
        assert not any("@" in o for o in q.options) and "@" not in q.explanation, q


TASKPAPER = """AWS SAA: @exam
\tEBS:
\t\t- io1 vol size 4 GiB – 16 TiB @review
\t\t\t- sub detail @flag
\t\tHDD volume types cannot be boot volumes.
\tSQS:
\t\t- visibility timeout default 30 seconds @done(2024-01-02)
"""


def test_taskpaper_projects_are_headings_and_tasks_items_line_for_line():
    lines = TASKPAPER.split("\n")
    assert taskpaper_to_markdown(lines) == [
        "# AWS SAA", "## EBS", "- io1 vol size 4 GiB – 16 TiB", "  - sub detail",
        "- HDD volume types cannot be boot volumes.", "## SQS",
        "- visibility timeout default 30 seconds", ""]


def test_a_taskpaper_file_is_ingested_as_notes(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "aws.taskpaper").write_text(TASKPAPER, encoding="utf-8")
    db = tmp_path / "t.db"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = CliRunner().invoke(app, ["facts", "--json", "--db", str(db)])
    assert out.exit_code == 0, out.output
    facts = json.loads(out.output[out.output.index("["):])
    timeout = [f for f in facts if f["attribute"] == "visibility timeout"]
    assert timeout and timeout[0]["service"] == "SQS" and timeout[0]["value"] == "30 s", facts
    assert any(f["service"] == "EBS" and f["subject"] == "io1" for f in facts), facts
    assert not any("@" in f["value"] for f in facts), facts


def test_a_notes_own_at_word_ending_a_line_stays_where_the_note_tags_nothing():
    # a blind review: "POST to @connections" lost API Gateway's own word, read as a tag
    from studycli.app_markers import drop_app_markers

    lines = ["# API Gateway", "- WebSocket: push to clients by POST to @connections",
             "- CloudFront: run code at the edge with Lambda @Edge", "- 504 = gateway timeout"]
    kept = list(lines)
    drop_app_markers(lines)
    assert lines == kept
    # a note that tags its lines: the same "@review" ending two of them is the app's
    tagged = ["# ALB", "- 502 = bad gateway @review", "- 504 = gateway timeout @review"]
    drop_app_markers(tagged)
    assert tagged == ["# ALB", "- 502 = bad gateway", "- 504 = gateway timeout"]


def test_aws_own_at_words_stay_even_where_a_note_repeats_them():
    # a final review: an explanation quoting "POST to @connections" (a line read alone) cut the
    # word, and a note ending two lines with "@connections" lost it from both facts
    from studycli.app_markers import drop_app_markers

    assert note_quote("- WebSocket APIs: POST to @connections") == \
        "- WebSocket APIs: POST to @connections"
    assert note_quote("- run code near viewers with Lambda @Edge") == \
        "- run code near viewers with Lambda @Edge"
    lines = ["- send to a client: POST @connections", "- disconnect a client: DELETE @connections",
             "- A: Lambda @Edge", "- B: Lambda @Edge"]
    kept = list(lines)
    drop_app_markers(lines)
    assert lines == kept
