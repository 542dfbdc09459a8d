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
