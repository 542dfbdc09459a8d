"""Values a note takes back on another line are no facts of it (extract/taken_back.py): a
practice journal's "My answer: 7 days" over "Correct: 14 days", a chat's "thought max was 7
days" answered "no, it's 14 days not 7", "^ outdated", "MYTH: ...", a diary's "CORRECTION to
Day 6: ...". Each was filed as plainly as the right value: lookup answered it, an exam keyed
it, and conflicts set the note against itself."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind

_QUANTITIES = (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE)


def _values(text: str) -> list[str]:
    note = parse_note(text, "n.md")
    return sorted(f.value for f in note.facts if f.kind in _QUANTITIES)


def _lines(text: str) -> set[int]:
    return {f.line for f in parse_note(text, "n.md").facts}


def test_a_wrong_answer_under_its_label_is_not_read():
    note = ("# SQS practice mistakes\n\nQ4 - SQS message retention max?\n"
            "My answer: 7 days max\nCorrect: 14 days max\n")
    assert _values(note) == ["14 days"]


def test_a_chat_reply_takes_back_the_value_it_names():
    note = ("# #messaging - study chat (sqs)\n\n[09:31] sam: sqs retention?\n"
            "[09:32] beto: thought max was 7 days\n[09:32] rosa: no, it's 14 days not 7\n")
    assert "7 days" not in _values(note)
    assert "14 days" in _values(note)


def test_a_pointer_reply_takes_back_the_line_above():
    note = ("# dva discord - #serverless\n\n[19:02] jonas: lambda memory range?\n"
            "[19:02] ana_r: lambda memory 128 MB to 3008 MB in 64 MB steps\n"
            "[19:04] kwame: ^ outdated, its 128 MB to 10,240 MB in 1 MB increments now\n")
    assert not any(v.startswith("128–3008") or v == "3008 MB" for v in _values(note))
    assert "10,240 MB" in " ".join(_values(note))


def test_a_pointer_reply_takes_back_a_statement_too():
    note = ("# storage chat\n\n[10:54] tomasz: EFS default throughput mode is bursting\n"
            "[10:55] dev_k: ^ no, new file systems default to Elastic throughput now\n")
    assert 3 not in _lines(note)


def test_a_myth_is_not_read():
    note = "# Lambda myths\n\nMYTH: Lambda max timeout is 60 min ❌\nFACT: hard stop at 15 min ✅\n"
    assert _values(note) == ["15 min"]
    assert 3 not in _lines(note)


def test_a_value_named_wrong_takes_back_that_value_elsewhere_in_the_note():
    note = ("# CodeBuild\n\n- CodeBuild max build timeout 2 hours\n\n## v3 changes\n\n"
            "- CodeBuild max build timeout is 8 hours, not 2 hours like I wrote in v2\n")
    assert _values(note) == ["8 h"]


def test_a_correction_takes_back_the_setting_it_gives_anew():
    note = ("# diary\n\n## Day 6\n- ALB idle timeout 30 s\n\n## Day 9\n"
            "- CORRECTION to Day 6: ALB idle timeout default is 60 seconds\n")
    assert _values(note) == ["60 s"]


def test_i_thought_with_words_between_takes_back_only_the_wrong_part():
    note = ("# EBS mistakes\n\n- I thought io2 Block Express max was 64,000 IOPS, but actually "
            "256,000 IOPS\n- I thought spot gives 2 min warning via email, but actually 2 min "
            "interruption notice via instance metadata\n")
    values = _values(note)
    assert "64,000 IOPS" not in values and "256,000 IOPS" in values
    assert "2 min" in values  # the value the right part gives again stands


@pytest.mark.parametrize("note, kept", [
    # a decision tree's "no," answers the question above its branch, not the deeper line
    ("# DB picker\n- need > 5 read replicas?\n  - yes -> Aurora (15 replicas)\n"
     "  - no, RDS is fine\n", ["15 replicas"]),
    # "I picked" a right answer: nothing to take back
    ("# SQS\n- I picked SQS because it keeps messages up to 14 days\n", ["14 days"]),
    # a question's verdict is no label of its topic
    ("# Lambda journal\nQ2 - WRONG - lambda timeout\n  default timeout = 3 sec, max = 900 sec\n",
     ["3 s", "900 s"]),
    # "not 100% sure" names no value wrong
    ("# Lambda\n- env vars total 4 KB (not 100% sure)\n- Lambda env vars 4 KB\n", ["4 KB", "4 KB"]),
])
def test_what_takes_nothing_back(note, kept):
    assert _values(note) == kept


# review of parse39: right values in other notes' styles that must still be read
@pytest.mark.parametrize("note, kept", [
    # "default X, not Y" denies no maximum Y written elsewhere (nor one of another kind)
    ("# Exam traps\n\n## Lambda\n- Lambda max timeout 15 min\n"
     "- Lambda default timeout is 3 seconds, not 15 minutes\n", "15 min"),
    ("# Exam traps\n\n## SQS\n- SQS max retention 14 days\n"
     "- SQS default retention 4 days, not 14\n", "14 days"),
    # a reply that agrees, talks of something else, or answers the line's question
    ("# chat\n\n"
     "[10:00] ana: SQS visibility timeout default 30 s, max 12 hours. anything else for the "
     "quiz?\n"
     "[10:00] ben: no, that's the main ones. message size max 256 KB too\n", "12 h"),
    ("# chat\n\n"
     "[10:00] ana: DynamoDB item size max 400 KB\n"
     "[10:00] carl: ^ no cap, that one shows up on every "
     "practice test\n", "400 KB"),
    ("# chat\n\n"
     "[10:00] ana: Kinesis retention default 24 hours, up to 365 days. should I memorise the "
     "shard limits?\n"
     "[10:00] ben: nah, just 1 MB/s in\n", "365 days"),
    ("# chat\n\n"
     "[10:00] kim: ElastiCache Redis max 500 nodes per cluster\n"
     "[10:00] lee: ^ wrong channel lol\n",
     "500 nodes"),
    ("# chat\n\n"
     "[10:00] kim: VPC max 5 VPCs per region by default\n"
     "[10:00] lee: ^ no idea why they keep it that "
     "low\n", "5 VPCs"),
    ("# chat\n\n"
     "[10:00] kim: NAT gateway bandwidth up to 100 Gbps\n"
     "[10:00] lee: no, you're right, it was raised "
     "from 45 Gbps\n", "100 Gbps"),
    # an answer its verdict confirms, a pick, a heading's "(right)"
    ("# Self quiz\n\nQ1: SQS max message size?\nMy answer: 256 KB ✓\n", "256 KB"),
    ("# Self quiz\n\nQ2: DynamoDB max item size?\nMy answer: 400 KB (correct!)\n", "400 KB"),
    ("# Practice log\n\n### Q6\nLambda max memory?\nMy answer: C (10,240 MB) - correct\n",
     "10,240 MB"),
    ("# Practice log\n\n### Q5 (guessed, right)\nSQS message retention max?\n"
     "My answer: 14 days\n", "14 days"),
    ("# EBS\n\nMy pick: gp3 (3,000 IOPS baseline, up to 16,000 IOPS)\n", "16,000 IOPS"),
    # a reply's own value in another unit contradicts nothing of the line above
    ("# chat\n\n"
     "[10:00] ana: SQS max retention 14 days\n"
     "[10:01] ben: no, message size max 256 KB matters more\n", "14 days"),
    # "I thought ..., but ..." with no other value after "but"
    ("# Lessons\n\n- I thought the 15 min Lambda max timeout was enough for the nightly ETL, but "
     "it needed Step Functions\n", "15 min"),
])
def test_a_right_value_in_another_style_is_still_read(note, kept):
    assert kept in _values(note)


def test_a_runbooks_fix_is_no_erratum():
    # a runbook's "Fix:" is a setting someone chose, not a correction of the limit above it
    note = ("# API Gateway notes\n\n- API Gateway integration timeout 29 s\n- API Gateway "
            "payload size 10 MB\n\n## Incident 2024-03-02: clients hanging\nSymptom: clients "
            "waited the whole 29 s on a dead backend.\nFix: set the API Gateway integration "
            "timeout to 5 s so clients fail fast\n")
    assert 3 in {f.line for f in parse_note(note, "n.md").facts if f.kind in _QUANTITIES}


@pytest.mark.parametrize("note, gone", [
    # a bare rejection still takes the line above back
    ("# chat\n\n[10:01] kim: SQS max retention 7 days\n[10:02] lee: ^ nope\n", "7 days"),
    # a wrong answer under a heading that says so, and one with a cross
    ("# Practice log\n\n### Q7 (wrong)\nKinesis default retention?\nMy answer: 7 days\n"
     "Correct: 24 hours\n", "7 days"),
    ("# Self quiz\n\nQ3: SQS max retention?\nMy answer: 7 days ❌ correct: 14 days\n", "7 days"),
    # a pick the line says was wrong
    ("# EBS\n\nMy pick: gp2 (10,000 IOPS) - wrong, gp3 goes to 16,000 IOPS\n", "10,000 IOPS"),
    # "NO" alone after the student's own answer
    ("# Lambda journal\n\n- I said Lambda default timeout 15 min. NO\n", "15 min"),
    # "fix to Day 6:" points at what it fixes
    ("# diary\n\n## Day 6\n- ALB idle timeout 30 s\n\n## Day 9\n"
     "- fix to Day 6: ALB idle timeout default is 60 seconds\n", "30 s"),
])
def test_a_wrong_value_stays_taken_back(note, gone):
    assert gone not in _values(note)
