"""Issue 10, notes not written in English: Georgian, Gujarati, Punjabi (Gurmukhi) and Kazakh,
languages whose bounds, defaults and units no table read, and a figure grouped by spaces
before a unit in the note's own words ("3 600 წამი").

A Georgian note (languages_concepts.py), a Gujarati or Punjabi one (languages_indic.py)
wrote its maximum, its default and its unit in its own script; a Kazakh one in Cyrillic with
letters no Russian word has ("әдепкі 4 күн", languages_bound_words.py and
languages_unit_words.py): lookup said "Not in your notes" of figures the notes state. And a
plain-spaced number was joined only before an English unit (notes/spaced_thousands.py): with
its unit read, "3 600 წამი" became 600 seconds, a wrong figure (notes/own_units.py).

The AWS CLI's presigned URL lasts 3600 seconds by default, at most 604800 (7 days):
https://docs.aws.amazon.com/cli/latest/reference/s3/presign.html
SQS keeps a message 4 days by default, at most 14 days:
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html
CloudTrail's Event history holds the past 90 days of management events:
https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/log-using-cloudtrail-rec-actions.html
Kinesis Data Streams keeps records 24 hours by default, up to 8760 hours (365 days):
https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention
"""

from __future__ import annotations

import pytest

from studycli.notes.spaced_thousands import join_spaced_thousands
from tests.helpers import folder_cli

DAY, HOUR = 86400.0, 3600.0

# (file name, note, query, (number, unit, qualifier) lookup must answer first)
NOTES = [
    ("s3_ka.md", "# S3\n\n- presigned URL CLI-ით: ნაგულისხმევად 3 600 წამი, მაქსიმუმ 7 დღე\n",
     "s3 presigned url default expiry", (3600.0, "s", "default")),
    ("sqs_ka.md", "# SQS\n\n- retention: ნაგულისხმევი 4 დღე, მაქსიმალური 14 დღე\n",
     "sqs max retention", (14 * DAY, "s", "max")),
    ("cloudtrail_gu.md", "# CloudTrail\n\n- Event history માં management events ૯૦ દિવસ સુધી "
     "મફત જોવા મળે\n", "cloudtrail event history retention", (90 * DAY, "s", "max")),
    ("kinesis_pa.md", "# Kinesis\n\n- Kinesis Data Streams retention ਡਿਫਾਲਟ 24 ਘੰਟੇ, ਵੱਧ ਤੋਂ ਵੱਧ "
     "365 ਦਿਨ\n", "kinesis retention default", (24 * HOUR, "s", "default")),
    ("sqs_kk.md", "# SQS\n\n* retention: әдепкі 4 күн, максимум 14 күн, минимум 60 секунд\n",
     "sqs default retention period", (4 * DAY, "s", "default")),
]


@pytest.mark.parametrize(("name", "note", "query", "answer"), NOTES, ids=[n[0] for n in NOTES])
def test_lookup_answers_a_figure_in_a_script_no_table_read(tmp_path, name, note, query, answer):
    ask = folder_cli(tmp_path, {name: note})
    found = ask("lookup", query)
    assert found, f"{query!r} answered nothing"
    assert (found[0]["number"], found[0]["unit"], found[0]["qualifier"]) == answer


def test_such_a_note_still_abstains_on_what_it_does_not_say(tmp_path):
    ask = folder_cli(tmp_path, {"sqs_ka.md": NOTES[1][1], "sqs_kk.md": NOTES[4][1]})
    assert ask("lookup", "sqs visibility timeout max") == []


@pytest.mark.parametrize(("text", "joined"), [
    ("URL: ნაგულისხმევად 3 600 წამი", "URL: ნაგულისხმევად 3600 წამი"),
    ("retention 86 400 секунд", "retention 86400 секунд"),
    ("retention 43 200 मिनट", "retention 43200 मिनट"),
])
def test_a_spaced_figure_before_a_unit_in_the_notes_own_words_is_one_number(text, joined):
    assert join_spaced_thousands(text) == joined


@pytest.mark.parametrize("text", [
    "Route 53 500 წამი",  # the lead ends a name
    "5 100 ფაილი",  # no unit after it: five files of 100, or 5,100 files
])
def test_a_spaced_figure_without_such_a_unit_or_after_a_name_stays(text):
    assert join_spaced_thousands(text) == text


@pytest.mark.parametrize("text", [
    "EBS: 5 100 ГБ томов",  # five volumes of 100 GB, as "5 100 GB volumes" is
    "EBS: 5 100 МБ файлов",
    "EBS: 5 100 ГБ томів",
])
def test_a_size_in_the_notes_own_words_a_plural_noun_follows_stays(text):
    assert join_spaced_thousands(text) == text


def test_a_size_in_the_notes_own_words_with_no_noun_counted_is_one_number():
    # Lambda@Edge's origin functions take up to 10,240 MB (unseen56's own line)
    assert join_spaced_thousands("память 128 МБ на viewer, до 10 240 МБ на origin.") \
        == "память 128 МБ на viewer, до 10240 МБ на origin."
