"""A self-quiz's answer key ("Answers" / "1. 15 minutes" under numbered questions) is read
with the questions it answers: each answer is the value of what its question asks."""

from __future__ import annotations

import json

from studycli.extract.pipeline import parse_note
from tests.helpers import run_here

QUIZ = """# DVA self-quiz

1. What is the max Lambda timeout?
2. Default SQS visibility timeout?
3. How long does an STS AssumeRole session last by default?
4. Max size of a KMS Encrypt plaintext?

## Answers
1. 15 minutes
2 - 30 seconds
3) 1 hour
4. 4 KB
"""


def _facts(text: str) -> set[tuple[str, str, str, str, int]]:
    return {(f.service, f.attribute, f.qualifier, f.value, f.line)
            for f in parse_note(text, "quiz.md").facts}


def test_each_answer_is_read_as_the_value_its_question_asks():
    facts = _facts(QUIZ)
    assert ("Lambda", "execution timeout", "max", "15 min", 9) in facts
    assert ("SQS", "visibility timeout", "default", "30 s", 10) in facts
    assert ("STS", "session duration", "default", "1 h", 11) in facts
    assert any(f[0] == "KMS" and f[3] == "4 KB" and f[4] == 12 for f in facts)
    # the answer's own number is no value: "2 - 30 seconds" is no 2-30 s range
    assert not any(f[3].startswith("2") for f in facts)
    assert not any(f[4] < 9 for f in facts)  # the questions state nothing


def test_lookup_finds_an_answer_of_the_key_at_its_line(tmp_path):
    note = tmp_path / "quiz.md"
    note.write_text(QUIZ, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(note), db=db).returncode == 0
    hits = json.loads(run_here("lookup", "sqs visibility timeout default", "--json",
                               db=db).stdout)
    assert hits and hits[0]["value"] == "30 s" and hits[0]["line"] == 10


def test_numbered_lists_under_a_heading_that_is_no_key_are_left_alone():
    # "Key points" is no answer key: its items are read as they are written, as under any
    # other heading; under "Answers" the same items would answer the questions above
    text = ("# Lambda\n\n1. Why set a timeout?\n2. Why use a DLQ?\n\n## {}\n"
            "1. SQS retention 4 days by default\n2. Kinesis retention 24 hours by default\n")
    def under(heading: str) -> set:  # (a statement's topic is its heading: left out)
        return {f for f in _facts(text.format(heading)) if f[1] != heading.lower()}

    as_notes = under("Notes")
    assert under("Key points") == as_notes
    assert under("Answers") != as_notes  # (what linking would have changed)


def test_two_quizzes_each_with_its_key():
    text = ("# Quiz 1\n1. Max Lambda timeout?\n2. Max SQS message retention?\n## Answers\n"
            "1. 15 min\n2. 14 days\n\n# Quiz 2\n1. Max DynamoDB item size?\n"
            "2. Max S3 object size?\n## Answers\n1. 400 KB\n2. 5 TB\n")
    facts = _facts(text)
    by_line = {f[4]: (f[0], f[3]) for f in facts}
    assert by_line[5] == ("Lambda", "15 min") and by_line[6] == ("SQS", "14 days")
    assert by_line[12] == ("DynamoDB", "400 KB") and by_line[13] == ("S3", "5 TB")


def test_a_key_whose_first_answer_shares_the_keys_line():
    # "Answers: 1) 4 KB" then "2) ...": the word and the first answer on one line
    text = ("# Quiz\n\n1. Max size of data sent to KMS Encrypt?\n2. Max Lambda timeout?\n"
            "3. Default SQS visibility timeout?\n\nAnswers: 1) 4 KB\n2) 15 minutes\n"
            "3) 30 seconds\n")
    facts = _facts(text)
    assert any(f[0] == "KMS" and f[3] == "4 KB" and f[4] == 7 for f in facts), facts
    assert ("Lambda", "execution timeout", "max", "15 min", 8) in facts
    assert ("SQS", "visibility timeout", "default", "30 s", 9) in facts
