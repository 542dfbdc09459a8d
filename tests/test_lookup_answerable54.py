"""Session 54 (answerable54): lookups that abstained although the notes state the answer.

- a voice memo that says no punctuation aloud and spells fewer than three names letter by
  letter was read as typed, though it wrote the names as only a recogniser hears them: one
  name as two words ("cloud trail", "lamb da", "guard duty") or a letter's name and a digit
  ("easy two"). "cloud trail event history keeps ninety days" was filed under the CloudWatch
  line above it and "cloudtrail event history" abstained. Such names count towards the
  three that make a note read as speech (notes/dictation.names_heard_apart), as spelled
  ones did, where they are of two names at least (a typist may write one name apart by
  habit: a Go file's comments saying "cloud trail" three times); a typed note writing
  "cloud watch" or "api gateway" (a name's own two-word alias) counts for nothing.
- such a note (read as speech by its names, saying no punctuation) is one utterance a line,
  as a note saying its punctuation already was: a recogniser never wraps a sentence onto the
  next line. Its lines had been read as one wrapped paragraph, so "ok S N S now um you can
  have twelve and a half million subscriptions" went on about the SQS line above it and
  "sns subscriptions per topic" abstained (notes/dictation._read_line).
- a practice log's table whose first column numbers its questions ("| Q# | topic | my answer
  | correct answer | why |", "Q", "Q no.", "Question #"; rows "21" or "Q21") was read with
  each row named by its number: the topic after it ("SQS FIFO tput") filed nothing, and
  "sqs fifo throughput no batching" abstained. That column now numbers the rows, as a "#"
  column did (extract/table_layouts.without_row_numbers).
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.notes.dictation import names_heard_apart, read_dictation
from tests.helpers import note_db

# a voice memo: no punctuation said, no name spelled letter by letter, names heard apart
HEARD_APART = """memo october monitoring
um so cloud watch basic monitoring for easy two is every five minutes
cloud trail event history keeps ninety days of management events for free
lamb da free tier is one million requests a month
"""


@pytest.fixture(scope="module")
def heard_db(tmp_path_factory):
    return note_db(tmp_path_factory.mktemp("heard"), HEARD_APART, name="memo_oct.txt")


@pytest.mark.parametrize(("query", "service", "figure"), [
    ("cloudtrail event history retention", "CloudTrail", "90 days"),
])
def test_a_name_heard_as_two_words_answers_for_its_service(heard_db, query, service, figure):
    out = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(heard_db)])
    assert out.exit_code == 0, out.output
    first = json.loads(out.output)[0]
    assert first["service"] == service
    assert figure in first["value"].replace(",", "")


# a voice memo read as speech by its names: an SQS line, then SNS's after a filler opening
# (retention 4 days by default, 14 at most: docs.aws.amazon.com/AWSSimpleQueueService/latest/
# SQSDeveloperGuide/quotas-messages.html; its size line, "256 KB", is no longer the maximum:
# SendMessage takes up to 1 MiB, docs.aws.amazon.com/sdk-for-kotlin/api/latest/sqs/
# aws.sdk.kotlin.services.sqs.model/-send-message-request/-builder/message-body.html)
UTTERANCES = """memo september messaging
so sqs keeps a message four days by default and fourteen days at most
fifo queue names have to end in dot fifo or it wont let you create it
ok S N S now um you can have twelve and a half million subscriptions on a standard topic
S N S invokes lamb da asynchronously so its fire and forget
E B S volumes live in one A Z
"""


@pytest.fixture(scope="module")
def utterances_db(tmp_path_factory):
    return note_db(tmp_path_factory.mktemp("said"), UTTERANCES, name="memo_sept.txt")


def test_each_line_of_a_note_read_as_speech_is_its_own_utterance(utterances_db):
    out = CliRunner().invoke(app, ["lookup", "sns subscriptions per topic", "--json",
                                   "--db", str(utterances_db)])
    assert out.exit_code == 0, out.output
    first = json.loads(out.output)[0]
    assert first["service"] == "SNS"
    assert "12500000" in first["value"].replace(",", "")


# a practice-exam mistake log exported as CSV, its first column the question's number
# (Lambda memory 128 MB to 10,240 MB in 1 MB steps: docs.aws.amazon.com/lambda/latest/dg/
# configuration-memory.html; the review of session 54 found the row had it 3,008 MB, the
# limit before December 2020, as the "correct answer")
MISTAKE_LOG = """Q#,topic,my answer,correct answer,why
3,SQS visibility timeout,15 min,12 hours,visibility timeout can go up to 12 hours max
21,SQS FIFO tput,unlimited,300 msg/s,"FIFO 300 TPS without batching, 3,000 msg/s with batching"
4,Lambda memory,"3,008 MB",10 GB,"memory 128 MB to 10,240 MB in 1 MB steps"
"""


@pytest.fixture(scope="module")
def log_db(tmp_path_factory):
    return note_db(tmp_path_factory.mktemp("log"), MISTAKE_LOG, name="set1_wrong.csv")


# a practice sheet exported as CSV, its first column the question's number and no wrong
# answer beside the right one: read as a table (not as a mistake log), each row was named by
# its number and its topic filed under no service before "Q#" numbered the rows
PRACTICE_SHEET = """Q#,topic,answer,notes
21,SQS FIFO throughput,300 msg/s,without batching
22,SQS visibility timeout,12 hours,max
"""


def test_a_question_number_column_names_no_row(tmp_path):
    db = note_db(tmp_path, PRACTICE_SHEET, name="set2.csv")
    out = CliRunner().invoke(app, ["lookup", "sqs fifo throughput no batching", "--json",
                                   "--db", str(db)])
    assert out.exit_code == 0, out.output
    first = json.loads(out.output)[0]
    assert first["service"] == "SQS"
    assert "300" in first["value"]


QUESTION_TABLE = """# Practice set 2

| Q# | topic | answer |
|---|---|---|
| 21 | SQS FIFO throughput | 300 msg/s without batching |
| 22 | SQS max visibility timeout | 12 hours |
"""


def test_a_question_number_column_of_a_plain_table_names_no_row(tmp_path):
    db = note_db(tmp_path, QUESTION_TABLE, name="practice2.md")
    out = CliRunner().invoke(app, ["lookup", "sqs visibility timeout max", "--json",
                                   "--db", str(db)])
    assert out.exit_code == 0, out.output
    first = json.loads(out.output)[0]
    assert first["service"] == "SQS"
    assert "12 h" in first["value"]


@pytest.mark.parametrize(("query", "right", "wrong"), [
    ("sqs fifo throughput no batching", "300", "unlimited"),
    ("sqs visibility timeout max", "12 h", "15 min"),
    ("lambda max memory", ("10,240", "10 GB"), "3,008"),
])
def test_a_mistake_logs_wrong_answer_is_no_answer(log_db, query, right, wrong):
    """The log's "my answer" column is the student's wrong answer: a row filed under its
    service (the question-number column read as one) must answer with the right one alone.
    (Review of session 54: a CSV's header has no |---| rule under it, so the log was read as
    a plain table and "SQS visibility timeout | 15 min | 12 hours" answered, the wrong figure
    first; and a markdown log with a "Q#" column was read "- 3: 12 hours. SQS visibility
    timeout", the question's number for its topic.)"""
    out = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(log_db)])
    assert out.exit_code == 0, out.output
    for hit in json.loads(out.output):
        assert wrong not in hit["value"], hit
    first = json.loads(out.output)[0]["value"]
    assert any(r in first for r in ((right,) if isinstance(right, str) else right)), first


def test_a_markdown_mistake_log_reads_its_topic_not_its_number():
    from studycli.notes.normalize import normalize

    md = ("| Q# | topic | my answer | correct answer | why |\n|---|---|---|---|---|\n"
          "| 3 | SQS visibility timeout | 15 min | 12 hours | up to 12 hours max |\n")
    lines = normalize(md).text.split("\n")
    assert lines[2] == "- SQS visibility timeout: 12 hours. up to 12 hours max", lines


def test_a_csv_mistake_log_without_a_topic_column_stays_a_table():
    """ "Q#,My answer,Right answer,Why": the topic is said only in the wrong answer ("Lambda
    timeout 5 min max"); read a row a line, its "why" ("old limit, changed 2018") would be
    the topic the right answer is filed under."""
    from studycli.formats.csv_notes import csv_to_markdown
    from studycli.notes.normalize import normalize

    rows = csv_to_markdown(["Q#,My answer,Right answer,Why",
                            '12,Lambda timeout 5 min max,15 min,"old limit, changed 2018"'])
    read = normalize("\n".join(rows))
    assert "old limit" not in read.text  # no item "- old limit, changed 2018: 15 min"
    assert read.tables


def test_names_heard_apart_count_towards_speech():
    assert "CloudTrail event history" in read_dictation(HEARD_APART)
    assert names_heard_apart(HEARD_APART, 9) == ["ec2", "cloudtrail", "lambda"]
    # a name whose own alias is two words is typed so too; a plain word opens no name
    typed = ("# Monitoring\n\ncloud watch alarms\napi gateway caches\nsecrets manager rotates\n"
             "a lb in front\nthe s3 bucket\n")
    assert names_heard_apart(typed, 9) == []
    assert read_dictation(typed) == typed
    # two heard names and no other sign of speech: read as typed
    two = "cloud trail logs api calls\nguard duty reads them\nretention 90 days\n"
    assert read_dictation(two) == two
    # one name written apart again and again is a typist's habit, not speech (a Go file's
    # comments): read as typed
    habit = "// cloud trail logs\n// cloud trail bucket\n// cloud trail retention 90 days\n"
    assert names_heard_apart(habit, 9) == []
    assert read_dictation(habit) == habit


# a typed note, hard-wrapped, that writes names apart where AWS writes a capital inside them
# ("code deploy" CodeDeploy, "cloud trail" CloudTrail): a typist writes these too, so they
# make no note speech alone (review of session 54: four such names had ended every line as
# a sentence, "the longest timeout you can set is." cut from its "15 minutes" below)
TYPED_APART = """# CI/CD on AWS

code commit holds the git repos, code build compiles and runs the tests, code deploy
rolls the release out to ec2 or lambda and code pipeline strings the three together.
For a Lambda function the longest timeout you can set is
15 minutes, so long builds belong in code build, not in a function.
"""


def test_names_typed_apart_at_their_capitals_make_no_note_speech():
    assert names_heard_apart(TYPED_APART, 9) == []
    assert read_dictation(TYPED_APART) == TYPED_APART
    guard = "cloud trail logs api calls\nguard duty reads them\nand cloud trail keeps 90 days\n"
    assert read_dictation(guard) == guard  # three, two names, none a recogniser's alone


def test_a_name_no_typist_splits_still_makes_a_memo_speech():
    """ "lamb da" (a syllable left alone) and "easy two" (a letter's name and a digit) are
    a recogniser's: with them, "cloud trail" counts too."""
    memo = "cloud trail keeps ninety days of events\nlamb da runs fifteen minutes max\n" \
           "guard duty reads the logs\n"
    assert names_heard_apart(memo, 9) == ["cloudtrail", "lambda", "guardduty"]
    assert read_dictation(memo).split("\n")[:2] == [
        "CloudTrail keeps ninety days of events.", "Lambda runs fifteen minutes max."]
