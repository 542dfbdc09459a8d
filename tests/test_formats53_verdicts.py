"""True/false statements read as their verdicts make them (formats/verdicts.py): a verdict at
the end of the statement's line ("... False", "— T") or in an answer key at the end of the
note ("17 F (pull / polling)"). A statement the note marks false is never a fact, nor an
answer of lookup; its correction is."""

from __future__ import annotations

import json

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.formats.verdicts import verdicts_to_markdown
from tests.helpers import run_here

# (Q5 was "Max message size is 256 KB", marked T: SQS takes messages up to 1 MiB, 1,048,576
# bytes, now (SendMessage's MessageBody in the SDK reference:
# https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sqs/aws.sdk.kotlin.services.sqs.model/-send-message-request/message-body.html)  # noqa: E501
# and a figure a test states as true must be right)
KEY_AT_END = """\
Messaging self quiz -- answers at the bottom

SQS
Q1. Visibility timeout default 30 seconds, max 12 hours.
Q2. Long polling wait time max 20 seconds.
Q3. SQS is push-based: it invokes consumers.
Q4. FIFO deduplication interval is 10 minutes.
Q5. Max message retention is 14 days.

==========
ANSWER KEY
1 T   2 T   3 F (pull / polling)
4 F -- 5 minutes   5 T
"""


def test_a_key_at_the_end_marks_each_numbered_statement():
    out = as_markdown(KEY_AT_END, ".txt").split("\n")
    assert len(out) == len(KEY_AT_END.split("\n"))  # line for line
    assert out[3] == "- Visibility timeout default 30 seconds, max 12 hours"
    assert out[5] == "- SQS: pull / polling"  # the false statement: only its correction
    assert out[6] == "- FIFO deduplication interval: 5 minutes"
    assert not any("push" in line for line in out)
    assert out[11] == out[12] == ""  # every verdict found its statement
    facts = parse_note("\n".join(out), "quiz.txt").facts
    assert any(f.service == "SQS" and f.value == "12 h" and f.line == 4 for f in facts)
    assert not any(f.value in ("10 min", "10 minutes") for f in facts)


def test_lookup_answers_the_correction_never_the_false_statement(tmp_path):
    note = tmp_path / "quiz.txt"
    note.write_text(KEY_AT_END, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(note), db=db).returncode == 0
    result = run_here("lookup", "sqs push or pull", "--json", db=db)
    hits = json.loads(result.stdout or "[]")
    assert hits and "pull" in hits[0]["value"] and hits[0]["line"] == 6
    assert not any("push-based" in h["value"] or "push-based" in h["snippet"] for h in hits)
    dedup = json.loads(run_here("lookup", "fifo deduplication interval", "--json",
                                db=db).stdout or "[]")
    assert not any("10 min" in h["value"] for h in dedup)


BANK = """\
EC2 / ELB  --  True/False bank
format: statement ... True/False, fix underneath if False

1. Spot instances get a 5 minute interruption notice ... False
   2 minute warning (via instance metadata / EventBridge)
2. Max 5 Elastic IPs per region by default ... True
3. ALB supports static IPs ... False (put Global Accelerator or NLB in front)
4. Cross-zone on NLB is on by default ... False
    off by default, you pay inter-AZ data if enabled
5. CLB is deprecated for new use ... True-ish (still exists)
6. EBS Multi-Attach works with gp3 volumes ... False (io1/io2 only, up to 16 Nitro instances)
"""


def test_verdicts_at_the_ends_of_lines():
    out = as_markdown(BANK, ".txt").split("\n")
    assert out[0] == BANK.split("\n")[0]  # "True/False bank" is no verdict
    assert out[3] == "- Spot instances: 2 minute warning (via instance metadata / EventBridge)"
    assert out[4] == ""  # the fix underneath is said on its statement's line
    assert out[5] == "- Max 5 Elastic IPs per region by default"
    assert out[6] == "- ALB: put Global Accelerator or NLB in front"
    assert out[7] == "- Cross-zone on NLB: off by default, you pay inter-AZ data if enabled"
    assert out[8] == ""
    assert out[9] == BANK.split("\n")[9]  # "True-ish" is no verdict: left as written
    # said of the words before the statement's verb, not of the service alone
    assert out[10] == "- EBS Multi-Attach: io1/io2 only, up to 16 Nitro instances"
    facts = parse_note("\n".join(out), "bank.txt").facts
    assert not any(f.value in ("5 min", "5 minutes") for f in facts)
    assert any("Elastic IPs" in f.value and f.line == 6 for f in facts)  # a true statement


def test_notes_that_only_look_like_verdicts_are_left_alone():
    # fewer than three verdicts: prose, not a bank of statements (two numbered statements,
    # each read were there a third)
    prose = ["1. strongly consistent reads cost 2x RCU -- True",
             "2. ConsistentRead is on by default -- False (off)"]
    assert verdicts_to_markdown(prose) == prose
    third = "3. eventually consistent reads cost half -- True"
    assert verdicts_to_markdown([*prose, third]) != [*prose, third]
    # a numbered list with a few "1 T"-like lines and no statements they answer
    lines = ["1. T3 instances burst", "2. F1 instances have FPGAs",
             "Answers", "1 T   2 T   3 F"]
    assert verdicts_to_markdown(lines) == lines
    # two statements share a number: which one the key marks is a guess
    twice = ["Q1. SQS is pull-based", "Q1. SNS is pull-based", "Q2. a", "Q3. b",
             "Q4. c", "1 F  2 T  3 T  4 T"]
    out = verdicts_to_markdown(twice)
    assert out[:2] == twice[:2] and out[5] == twice[5]


def test_a_key_to_questions_is_left_to_the_questions_reader():
    # yes/no questions: no statement to mark, so their key stays for notes/answer_key.py
    lines = ["1. Is S3 strongly consistent?", "2. Can SQS push to consumers?",
             "3. Is SNS push-based?", "Answers", "1 T  2 F  3 T"]
    assert verdicts_to_markdown(lines) == lines


# Notes that are no true/false bank: "True"/"False" as a setting's value, a letter after a dash
# that is a name or an abbreviation, "F" as a grade. Read as verdicts, their lines lost their
# values or said the opposite ("DeleteOnTermination: for additional volumes").

def test_a_settings_value_is_no_verdict():
    settings = ["# EBS / VPC defaults",
                "- DeleteOnTermination — True for the root volume",
                "- DeleteOnTermination — False for additional volumes",
                "- enableDnsSupport -- True",
                "- enableDnsHostnames -- False",
                "- MapPublicIpOnLaunch -- False",
                "  set it on the subnet for public subnets"]
    assert verdicts_to_markdown(settings) == settings
    dots = ["Aurora Serverless v1 support", "Multi-AZ ............ True",
            "Read replicas ....... False", "Backtrack ........... True",
            "Global database ..... False", "Max capacity 256 ACUs"]
    assert verdicts_to_markdown(dots) == dots
    # numbered too: a value a word goes on from is no verdict, nor is a setting's bare name
    values = ["1. DeleteOnTermination on the root volume — True by default",
              "2. DeleteOnTermination on other volumes — False by default",
              "3. EBS encryption by default — False until enabled per region"]
    assert verdicts_to_markdown(values) == values
    names = ["1. enableDnsSupport -- True", "2. enableDnsHostnames -- False",
             "3. MapPublicIpOnLaunch -- False"]
    assert verdicts_to_markdown(names) == names


def test_a_letter_after_a_dash_in_prose_is_no_verdict():
    # Swedish "t.ex." (for example), an instance family's letter
    prose = ["- ValidationException – t.ex. item för stort",
             "- ThrottlingException – t.ex. för många anrop",
             "- ConditionalCheckFailedException – t.ex. villkoret falskt",
             "- burstable family -- T (t3, t4g)", "- FPGA family -- F (f1)"]
    assert verdicts_to_markdown(prose) == prose


def test_a_grade_is_no_verdict():
    log = ["# Practice exams", "1. TD set 1 -- 58% -- F", "2. TD set 2 -- 64% -- F",
           "3. TD set 3 -- 69% -- F", "weak areas: VPC endpoints, KMS key policies"]
    assert verdicts_to_markdown(log) == log


def test_a_fix_underneath_is_indented_under_its_statement():
    bank = ["1. ALB supports static IPs ... False", "2. NLB supports Elastic IPs ... True",
            "3. Spread placement group max 7 instances per AZ ... True",
            "4. Aurora global database is free ... False", "Max capacity 256 ACUs"]
    out = verdicts_to_markdown(bank)
    assert out[4] == bank[4]  # a line of its own, not the false statement's correction
    assert "256" not in out[3]
