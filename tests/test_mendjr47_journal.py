"""A practice-exam mistakes journal (tester47 H1, M3, L4, L10).

A figure after the student's own choice ("picked", "I said", "I chose", "put", "answered",
"went with", "my answer was") is the wrong answer; one after "answer", "correct",
"actually", "real answer", "it's" is the right one, and is filed as the measure the line
names (its qualifier too). The pick answers no lookup and makes no card; `conflicts` meets
the journal's measure and a table's; `check` calls a "maximum" that is still AWS's default
so, not OUTDATED.
"""

from __future__ import annotations

import pytest

from studycli.extract.journal_lines import answered_as_measure
from studycli.extract.pipeline import parse_note
from studycli.model import Kind
from tests.helpers import folder_cli, run_here, shipped_reference

# (line, service, attribute, qualifier, right value, wrong value)
_JOURNAL = [
    ("- got it wrong: picked 99.9% for S3 Standard availability, answer 99.99%",
     "S3", "availability", "", "99.99%", "99.9%"),
    ("- Q11 Lambda default timeout - picked 30 s, it's actually 3 s",
     "Lambda", "execution timeout", "default", "3 s", "30 s"),
    ("- Q20 ALB deregistration delay default: put 60 s, real answer 300 s",
     "ELB", "deregistration delay", "default", "300 s", "60 s"),
    ("- Q23 S3 Glacier Deep Archive min storage: I picked 90 days, answer was 180 days!!",
     "S3", "minimum storage duration", "min", "180 days", "90 days"),
    ("- Q5 CloudFront default TTL: I said 1 hour. Correct: 24 hours",
     "CloudFront", "cache TTL", "default", "24 h", "1 h"),
    ("- Lambda max timeout: went with 5 min, answer 15 min",
     "Lambda", "execution timeout", "max", "15 min", "5 min"),
    ("- Kinesis default retention - my answer was 7 days, right answer is 24 hours",
     "Kinesis Data Streams", "retention period", "default", "24 h", "7 days"),
    ("- SQS default visibility timeout: correct answer 30 s (I picked 60 s)",
     "SQS", "visibility timeout", "default", "30 s", "60 s"),
    ("- DynamoDB max item size — I thought it was 1 MB but it's 400 KB",
     "DynamoDB", "item size", "max", "400 KB", "1 MB"),
    ("- Q14 SNS max message size -> said 64 KB, wrong, 256 KB",
     "SNS", "message size", "max", "256 KB", "64 KB"),
    ("- Q31 ALB idle timeout default? I picked 30 s -> wrong, it's 60 s",
     "ELB", "idle timeout", "default", "60 s", "30 s"),
    ("- Q19 CloudFront default TTL. I said 1 hour. Correct: 24 hours (86400 s)",
     "CloudFront", "cache TTL", "default", "24 h", "1 h"),
    # (the answer's sentence only: the next one goes on about the pick)
    ("- Q8 KMS Encrypt max plaintext: picked 64 KB, answer 4 KB. 64 KB is Secrets Manager's",
     "KMS", "plaintext size", "max", "4 KB", "64 KB"),
    ("- Q12 EBS gp2 max volume size: got it wrong: selected 1 TiB, the right one is 16 TiB",
     "EBS", "gp2 volume size", "max", "16 TiB", "1 TiB"),
]


@pytest.mark.parametrize(("line", "service", "attribute", "qualifier", "right", "wrong"),
                         _JOURNAL)
def test_the_answer_is_filed_as_the_lines_measure_and_the_pick_nowhere(
        line, service, attribute, qualifier, right, wrong):
    facts = parse_note(f"# Practice exam mistakes\n\n{line}\n", "mistakes.md").facts
    figures = [f for f in facts if f.kind != Kind.FACT]
    assert [(f.service, f.attribute, f.qualifier, f.value) for f in figures] \
        == [(service, attribute, qualifier, right)], figures
    assert all(wrong != f.value for f in facts)


@pytest.mark.parametrize("line", [
    "I picked SQS because it keeps messages up to 14 days",  # no answer after it
    "max item size 400 KB  (I wrote 64 KB -> WRONG, 64 KB is... nothing)",  # figure first
    "S3 PUT 3,500 requests/s per prefix, it's 5,500 for GET",  # an operation, no pick
    "SQS max retention: I picked 14 days, answer 14 days",  # the pick was right
])
def test_lines_that_are_no_wrong_pick_stay_as_written(line):
    assert answered_as_measure(line) == line


def test_lookup_heads_with_the_answer_and_conflicts_meet_a_table(tmp_path):
    ask = folder_cli(tmp_path, {
        "mistakes.md": "# Practice exam mistakes\n\n"
                       "- got it wrong: picked 99.9% for S3 Standard availability, answer 99.99%\n"
                       "- Q11 Lambda default timeout - picked 30 s, it's actually 3 s\n"
                       "- Q20 ALB deregistration delay default: put 60 s, real answer 300 s\n"
                       "- Q23 S3 Glacier Deep Archive min storage: I picked 90 days, "
                       "answer was 180 days!!\n"
                       "- Q5 CloudFront default TTL: I said 1 hour. Correct: 24 hours\n",
        "storage.md": "# S3 storage classes\n\n"
                      "| Class | Min storage duration | Min object size |\n|---|---|---|\n"
                      "| Glacier Deep Archive | 90 days | 40 KB |\n",
    })
    for query, right in [("s3 standard availability", "99.99%"),
                         ("lambda default timeout", "3 s"),
                         ("alb deregistration delay default", "300 s"),
                         ("cloudfront default ttl", "24 h")]:
        hits = ask("lookup", query)
        assert hits and hits[0]["value"] == right, (query, hits[:2])
        # (the whole mistake line, holding the wrong pick too, is no answer above it)
        assert all(h["value"] not in {"99.9%", "30 s", "60 s", "1 h"} for h in hits), hits
    conflicts = ask("conflicts")
    said = str(conflicts)
    assert "180 days" in said and "90 days" in said, conflicts
    cards = ask("cards")
    values = [f["value"] for card in cards for f in card["facts"]]
    assert "99.99%" in values and "99.9%" not in values, values


def test_check_calls_a_maximum_that_is_still_the_default_so(tmp_path):
    note = tmp_path / "mistakes.md"
    note.write_text("# Practice exam mistakes\n\n"
                    "- Q14 SNS max message size -> said 64 KB, wrong, 256 KB\n", encoding="utf-8")
    shown = run_here("check", str(note), db=tmp_path / "c.db",
                     env=shipped_reference(200)).stdout
    assert "STILL THE DEFAULT" in shown and "OUTDATED" not in shown, shown
    assert "AWS now" not in shown and "AWS max" in shown, shown
    assert "1 outdated (1 of them still AWS's default)" in shown, shown


# (review of mendjr47, H2) a verb after another word is no pick ("single put" is S3's PUT, "The
# instructor said" a third party's), and after a bare "it's" the figure answers the pick only
# with nothing but joins between them: else it is another measure's
@pytest.mark.parametrize("line", [
    "- S3 single put: 5 GB max; for bigger objects it's 5 TB with multipart",
    "- S3 max single put 5 GB, it's 5 TB max object size",
    "- SQS: I put 256 KB max messages; for bigger it's 2 GB with the Extended Client Library",
    "- Lambda /tmp: I put 512 MB default, max it's 10 GB",
    "- DynamoDB: wrote 1 KB per WCU, it's 4 KB per RCU",
    "- EBS gp3: I chose 3,000 IOPS baseline, it's 16,000 IOPS max",
    "- The instructor said 5 minutes max for Lambda; it's 15 minutes now",
    # (review H1) a figure after "wrong answer" is a distractor, never the answer
    "- Q9 Lambda max timeout: my answer 15 min, correct! (wrong answer: 5 min)",
    "- Q7 SQS long polling max wait: I picked 20 s, wrong answer was 30 s",
    "- Q4 SQS message retention max: picked 14 days, the wrong answer is 7 days",
])
def test_no_pick_or_no_answer_of_the_picks_measure_stays_as_written(line):
    assert answered_as_measure(line) == line


@pytest.mark.parametrize(("line", "service", "attribute", "qualifier", "right", "lost"), [
    ("- S3 single put: 5 GB max; for bigger objects it's 5 TB with multipart",
     "S3", "single PUT upload size", "max", "5 GB", ""),
    ("- SQS: I put 256 KB max messages; for bigger it's 2 GB with the Extended Client Library",
     "SQS", "message size", "max", "256 KB", ""),
    ("- DynamoDB: wrote 1 KB per WCU, it's 4 KB per RCU", "DynamoDB", "wcu", "", "1 KB", "4 KB"),
    ("- Lambda /tmp: I put 512 MB default, max it's 10 GB", "Lambda",
     "ephemeral storage (/tmp)", "default", "512 MB", ""),
    ("- Q9 Lambda max timeout: my answer 15 min, correct! (wrong answer: 5 min)", "Lambda",
     "execution timeout", "max", "15 min", "5 min"),
])
def test_a_right_figure_keeps_its_measure(line, service, attribute, qualifier, right, lost):
    facts = parse_note(f"# Notes\n\n{line}\n", "notes.md").facts
    # (the measure's name as the parser words it: "wcu" may read "wrote (wcu)")
    values = [f.value for f in facts if f.kind != Kind.FACT and f.service == service
              and attribute in f.attribute and f.qualifier == qualifier]
    assert values == [right], [(f.attribute, f.qualifier, f.value) for f in facts]
    assert lost not in values
