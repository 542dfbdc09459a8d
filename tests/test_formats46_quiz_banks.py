"""Quiz banks kept among the notes (formats/quiz_banks.py): a Moodle GIFT bank (`.gift`, or
its lines in a `.txt`) and an Aiken bank are read as the statements their right answers make;
a wrong option is no fact, and a note that only looks like one is read as written."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.formats.quiz_banks import aiken_to_markdown, gift_to_markdown
from tests.helpers import lookup_values, notes_conn

GIFT = """\
// S3 quiz bank
$CATEGORY: SAA/S3

::S3 object max size:: What is the maximum size of a single S3 object? {=5 TB ~5 GB ~500 GB} \
# max object = 5 TB
::Multipart recommended:: Multipart upload is recommended once objects are bigger than {#100:0} MB
// ---- placement ----
::Spread limit:: Spread placement group max instances per AZ {#7:0}
::Versioning:: Once enabled, versioning can only be suspended {T}
::Peering:: VPC peering is transitive {F} # CIDRs must not overlap either
::Flow logs:: VPC Flow Logs capture packet payloads {F}
::Storage:: Match the service {=EBS -> block storage for one instance =EFS -> shared file system}
::Retention:: Default SQS message
retention period {
=4 days
~14 days
}
"""


def _facts(text: str, suffix: str):
    return parse_note(as_markdown(text, suffix), "bank" + suffix).facts


def test_a_gift_question_is_its_right_answer_on_its_line():
    out = gift_to_markdown(GIFT.split("\n"))
    assert out[1] == "## S3"  # a category is a heading, by its last part
    assert out[3] == ("- S3 object max size: What is the maximum size of a single S3 object:"
                      " 5 TB; max object = 5 TB")
    # a missing word is filled where it is missing; a figure ending its stem is its value
    assert out[4] == ("- Multipart recommended: Multipart upload is recommended once objects"
                      " are bigger than 100 MB")
    assert out[5] == "### placement"  # a banner comment heads the questions under it
    assert out[6] == "- Spread limit: Spread placement group max instances per AZ: 7"
    # (a title the statement says is not said twice)
    assert out[7] == "- Once enabled, versioning can only be suspended"
    # a false statement is no fact: only its feedback's correction, where it gives one
    assert out[8] == "- VPC peering: CIDRs must not overlap either"
    assert out[9] == ""
    # a matching question is the pairs it makes
    assert out[10] == "- EBS: block storage for one instance; EFS: shared file system"
    # a question over several lines is said on its first
    assert out[11] == "- Default SQS message retention period: 4 days"
    assert out[12:16] == ["", "", "", ""]


def test_a_gift_bank_s_wrong_options_are_no_facts():
    facts = _facts(GIFT, ".gift")
    values = {f.value for f in facts if f.kind != "fact"}
    assert "5 TB" in values and "5 GB" not in values and "500 GB" not in values
    size = next(f for f in facts if f.value == "5 TB")
    assert size.line == 4 and size.service == "S3"
    spread = [f for f in facts if f.kind == "limit" and f.number == 7]
    assert spread and spread[0].line == 7
    assert not any("transitive" in f.snippet or "payloads" in f.snippet for f in facts)
    assert not any("14 days" in f.value for f in facts)


AIKEN = """\
// ============ DynamoDB ============

What is the max item size?
A. 64 KB
B. 400 KB
C. 1 MB
ANSWER: B
// includes attribute names

Max number of Global Secondary Indexes per table (default)?
A) 5
B) 20
ANSWER: A
"""


def test_an_aiken_question_takes_its_answer_and_its_options_are_blank():
    out = aiken_to_markdown(AIKEN.split("\n"))
    assert out[0] == "## DynamoDB"
    assert out[2] == "- What is the max item size: 400 KB"
    assert out[3:7] == ["", "", "", ""]
    assert out[7] == "- includes attribute names"
    assert out[9] == "- Max number of Global Secondary Indexes per table (default): 5"
    facts = _facts(AIKEN, ".txt")
    assert [f.line for f in facts if f.value == "400 KB"] == [3]
    assert not [f for f in facts if f.value in ("64 KB", "1 MB")]
    assert all(f.service == "DynamoDB" for f in facts if f.kind != "fact")


def test_an_aiken_answer_no_option_has_leaves_the_question_as_written():
    lines = ["Max SQS message size?", "A. 64 KB", "B. 256 KB", "ANSWER: E",
             "", "Q2?", "A. x", "B. y", "ANSWER: A"]
    out = aiken_to_markdown(lines)
    assert out[:4] == lines[:4]
    assert out[5] == "- Q2: x"


@pytest.mark.parametrize("text", [
    # CriticMarkup's edits and a heading's id are no GIFT answers
    "- buckets: {~~1000~>100~~}\n- versioning: {==off by default==}\n- x {++ added ++}\n"
    "## RDS {#rds}\n## Aurora {#aurora}\n",
    # one answer line is no Aiken bank
    "Which queue?\nA. SQS\nB. SNS\nANSWER: A\n- SQS max message size 256 KB\n",
])
def test_notes_that_only_look_like_a_quiz_bank_are_read_as_written(text):
    assert as_markdown(text, ".txt") == text


def test_a_gift_bank_saved_as_txt_is_read_as_one():
    text = GIFT.replace("$CATEGORY: SAA/S3", "")
    assert as_markdown(text, ".txt").split("\n")[3].endswith(
        "single S3 object: 5 TB; max object = 5 TB")


def test_lookup_answers_from_the_right_option_only(tmp_path):
    conn = notes_conn(tmp_path, GIFT, name="s3.gift")
    try:
        values = lookup_values(conn, "s3 max object size")
        assert values and values[0] == "5 TB"
        assert "5 GB" not in values and "500 GB" not in values
        assert lookup_values(conn, "spread placement group max instances per az")[0].startswith("7")
    finally:
        conn.close()


@pytest.mark.parametrize(("question", "said"), [
    ("Lambda max memory {#10240:0} MB", "- Lambda max memory 10240 MB"),
    ("Retries of an async invoke {#0..2}", "- Retries of an async invoke: 0-2"),
    ("Async invocation type name? {=Event =event}", "- Async invocation type name: Event"),
    # weighted answers are parts of one: each part right, the wrong one left out
    ("Gateway endpoints exist for {~%50%S3 ~%50%DynamoDB ~%-100%SQS}",
     "- Gateway endpoints exist for S3 and DynamoDB"),
    # an answer's own feedback is no part of it
    ("Max SQS message size {=256 KB#right! ~64 KB#that was the old limit}",
     "- Max SQS message size: 256 KB"),
    ("Explain SQS vs SNS {}", "- Explain SQS vs SNS"),  # an essay: its question only
])
def test_each_kind_of_gift_answer_says_only_what_is_right(question, said):
    assert gift_to_markdown([question]) == [said]


# GIFT's own place for a true/false question's feedback: inside its braces, "{F#...}" (the
# feedback to a wrong answer first, then to a right one; Moodle's importer)
STANDARD_TRUE_FALSE = """\
$CATEGORY: SAA/Networking
::NACL::NACLs are stateful {F#Wrong - NACLs are stateless, return traffic needs a rule}
::SG::Security groups are stateful {TRUE#Right}
::Peering::VPC peering is transitive {FALSE#No, peering is not transitive}
::Flow logs:: VPC Flow Logs capture packet payloads {F##Right: only metadata is captured}
"""


def test_true_false_feedback_inside_the_braces_is_read_as_the_correction():
    out = gift_to_markdown(STANDARD_TRUE_FALSE.split("\n"))
    assert out[1] == "- NACLs: NACLs are stateless, return traffic needs a rule"
    assert out[2] == "- SG: Security groups are stateful"  # "Right" is a verdict, no fact
    assert out[3] == "- VPC peering: peering is not transitive"
    assert out[4] == "- VPC Flow Logs: only metadata is captured"  # the right answer's feedback


def test_lookup_finds_a_correction_given_inside_the_braces(tmp_path):
    conn = notes_conn(tmp_path, STANDARD_TRUE_FALSE, name="net.gift")
    try:
        assert lookup_values(conn, "vpc peering transitive")[:1] == [
            "VPC peering: peering is not transitive"]
    finally:
        conn.close()


def test_a_feedback_opening_with_no_as_a_word_keeps_it():
    # "no commitment" is what the feedback says, not its verdict
    assert gift_to_markdown(["::CR:: Capacity Reservations need a 1 year commitment "
                             "{F#no commitment, billed whether used or not}"]) == [
        "- Capacity Reservations: no commitment, billed whether used or not"]


def test_a_url_in_a_question_is_no_comment():
    assert gift_to_markdown(["::URL::SQS retention max {=14 days} see "
                             "https://docs.aws.amazon.com/sqs // from the docs"]) == [
        "- URL: SQS retention max 14 days see https://docs.aws.amazon.com/sqs; from the docs"]


def test_code_with_three_brace_answers_is_no_gift_bank():
    # Terraform and a template: "{=env}", "{= 30 s}", "{T}" with no title, category or wrong
    # option (read as GIFT, a resource block became the statement "... "q" 30")
    text = ('locals {\n  name = "app-{=env}"\n}\n\nresource "aws_sqs_queue" "q" {\n'
            '  visibility_timeout_seconds = {= 30 s}\n  fifo = {T}\n}\n')
    assert as_markdown(text, ".txt") == text
