"""Review of main by a new user (session 49, tester_main H2, H4, M1, M2): a default asked and
answered with a maximum (a practice question's "max" over its answer line, a bare figure the
AWS reference knows as the maximum, another kept thing's retention, a sibling workflow's
figure), the extended client's 2 GB headlined for SQS's own message size, a cheat sheet's
"Aurora replicas: 15" read as nothing, STS's AssumeRole duration not found as its session
duration, and comparisons whose sides a question label or the section's service gives.
Notes written for the review, after the tester's."""

from __future__ import annotations

import json

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import ingest_text, run_here, shipped_reference

MISTAKES = """# Practice exam mistakes

Q27: max SQS message size?
- I said 512 KB -> wrong
- correct: 256 KB (use extended client lib w/ S3 for up to 2 GB)

Q41: Lambda /tmp storage max
- wrong: 512 MB (that is the DEFAULT)
- right: 10,240 MB (10 GB)

Q45: API Gateway default timeout
- wrong: 30 s hard limit
- right: 29 seconds integration timeout

Q50: SQS visibility timeout max
- I wrote 15 minutes (confused w/ lambda)
- correct: 12 hours

Q58: Secrets Manager vs Parameter Store cost
- Parameter Store standard: free, 10,000 params, 4 KB value
- Secrets Manager: $0.40 per secret per month, 64 KB secret max
"""


def _lookup(db, query: str) -> list[dict]:
    out = run_here("lookup", query, "--json", db=db, env=shipped_reference(200))
    return json.loads(out.stdout) if out.stdout.strip().startswith("[") else []


def _figures(text: str, name: str = "n.md") -> set[tuple[str, str, str]]:
    return {(f.attribute, f.qualifier, f.value) for f in parse_note(text, name).facts
            if f.kind is not Kind.FACT}


def test_a_practice_questions_bound_qualifies_its_answer_lines_figure():
    figures = _figures(MISTAKES)
    assert ("ephemeral storage (/tmp)", "max", "10,240 MB") in figures, figures
    assert ("visibility timeout", "max", "12 h") in figures, figures
    assert ("message size", "max", "256 KB") in figures, figures
    assert ("integration timeout", "default", "29 s") in figures, figures
    # the student's own pick under the question is no answer to it
    assert not any(q == "max" and v == "15 min" for _, q, v in figures), figures
    # a question with a figure of its own, or no bound, lends none
    figures = _figures("Q12: DB creds rotated every 30 days, max?\n- right: 7 days\n\n"
                       "Q13: Lambda memory\n- right: 10 GB\n")
    assert not any(q for _, q, _ in figures), figures


def test_a_default_asked_is_not_answered_by_the_maximum_a_question_asked(tmp_path):
    _, db, _ = ingest_text(tmp_path, MISTAKES, name="exam_mistakes.md")
    assert _lookup(db, "lambda tmp default") == []
    assert _lookup(db, "sqs visibility timeout default") == []
    assert _lookup(db, "lambda tmp max")[0]["value"] == "10,240 MB"
    assert _lookup(db, "sqs visibility timeout max")[0]["value"] == "12 h"
    assert _lookup(db, "api gateway default timeout")[0]["value"] == "29 s"


def test_sqs_own_message_size_is_headlined_before_the_extended_clients(tmp_path):
    _, db, _ = ingest_text(tmp_path, MISTAKES, name="exam_mistakes.md")
    hits = _lookup(db, "sqs max message size")
    assert hits[0]["value"] == "256 KB" and not hits[0]["subject"], hits[0]


CHEATSHEET = """CHEAT SHEET

Lambda
 mem 128 MB - 10 GB
 timeout 15 min
 env vars 4 KB

SQS  std: unlimited TPS ; FIFO 300 msg/s (3000 w/ batching)
SQS  retention 4d default / 14d max
ELB  idle timeout 60 s
Aurora replicas: 15
STS  AssumeRole 1 h default, 12 h max
CW   metrics retention 15 months
"""


def test_a_bare_figure_the_reference_knows_as_the_maximum_is_no_default(tmp_path):
    _, db, _ = ingest_text(tmp_path, CHEATSHEET, name="cheatsheet.txt")
    assert _lookup(db, "lambda default timeout") == []
    assert _lookup(db, "lambda max timeout")[0]["value"] == "15 min"
    # one the reference gives as the default stays ("ELB idle timeout 60 s")
    assert _lookup(db, "elb idle timeout default")[0]["value"] == "60 s"
    # ... and is ELB's only: the "SQS: ..." line opening its paragraph does not make it SQS's
    assert _lookup(db, "sqs visibility timeout default") == []


def test_a_parents_retention_of_another_kept_thing_is_not_the_childs(tmp_path):
    _, db, _ = ingest_text(tmp_path, CHEATSHEET, name="cheatsheet.txt")
    assert _lookup(db, "cloudwatch logs retention default") == []
    assert _lookup(db, "cloudwatch metrics retention")[0]["value"] == "15 months"


def test_a_labelled_plural_count_is_read_and_found(tmp_path):
    figures = _figures("Aurora replicas: 15\n")
    assert ("replicas", "", "15 replicas") in figures, figures
    assert not _figures("# Lambda\n- minutes: 5\n")  # a unit, no things counted
    _, db, _ = ingest_text(tmp_path, CHEATSHEET, name="cheatsheet.txt")
    hits = _lookup(db, "aurora max replicas")
    assert hits and hits[0]["value"] == "15 replicas", hits


def test_sts_assumerole_duration_answers_its_session_duration(tmp_path):
    _, db, _ = ingest_text(tmp_path, CHEATSHEET, name="cheatsheet.txt")
    assert _lookup(db, "sts default session duration")[0]["value"] == "1 h"
    assert _lookup(db, "sts max session duration")[0]["value"] == "12 h"


NESTED = """## Step Functions
- Standard
  - max duration 1 year
  - history kept 90 days
- Express
  - max 5 minutes
  - priced per request + duration

## Global Accelerator
- 2 static anycast IPs
- vs CloudFront: CF caches, GA does not
"""


def test_a_bare_item_opening_a_subjects_name_is_that_subject(tmp_path):
    subjects = {(f.subject, f.attribute, f.value) for f in parse_note(NESTED, "n.md").facts
                if f.kind is not Kind.FACT}
    assert ("Standard workflow", "execution history retention", "90 days") in subjects, subjects
    _, db, _ = ingest_text(tmp_path, NESTED)
    # Standard's history retention is no Express's; Express's run time no retention at all
    assert _lookup(db, "step functions express history retention") == []
    assert _lookup(db, "step functions standard history retention")[0]["value"] == "90 days"


def test_comparisons_a_question_label_or_the_section_gives_a_side(tmp_path):
    pairs = {(c.left, c.right) for c in parse_note(MISTAKES, "m.md").comparisons}
    assert ("Secrets Manager", "Systems Manager Parameter Store") in pairs, pairs
    pairs = {(c.left, c.right) for c in parse_note(NESTED, "n.md").comparisons}
    assert ("Global Accelerator", "CloudFront") in pairs, pairs
    notes, db, _ = ingest_text(tmp_path, MISTAKES, name="exam_mistakes.md")
    (notes / "nested.md").write_text(NESTED, encoding="utf-8")
    assert run_here("ingest", str(notes), db=db, env=shipped_reference(100)).returncode == 0
    for left, right in (("secrets manager", "parameter store"),
                        ("global accelerator", "cloudfront")):
        out = run_here("compare", left, right, db=db, env=shipped_reference(200))
        assert out.returncode == 0 and "nothing that compares" not in out.stdout, out.stdout


# Review of the branch (session 49): "- Standard" under S3 was read as Standard-IA ("standard"
# opens "standard infrequent access"), "- Function" under Lambda as its function URL, "- Message"
# under SQS as its message timer; a transcript's paragraph titled by the service asked lost its
# lines that open with another service; an account's ID after "Accounts:" was a count.
ONE_WORD_ITEMS = """# S3

- Standard
  - min storage duration: none
  - availability 99.99%
- Standard-IA
  - min storage duration 30 days
  - availability 99.9%

# Lambda

- Function
  - timeout max 15 minutes

# SQS

- Message
  - max size 256 KB
"""


def test_a_one_word_item_is_a_subject_only_where_its_name_says_no_more(tmp_path):
    subjects = {(f.service, f.subject, f.value) for f in parse_note(ONE_WORD_ITEMS, "n.md").facts
                if f.kind is not Kind.FACT}
    assert ("S3", "", "99.99%") in subjects, subjects
    assert not any(s in ("function URL", "message timer") for _, s, _ in subjects), subjects
    _, db, _ = ingest_text(tmp_path, ONE_WORD_ITEMS)
    hits = _lookup(db, "s3 standard-ia availability")
    assert hits and "99.9%" in hits[0]["snippet"] and "99.99" not in hits[0]["snippet"], hits
    assert _lookup(db, "lambda function url timeout") == []
    assert _lookup(db, "sqs message timer max") == []


TRANSCRIPT = """Kinesis Data Streams.
Lambda reads the stream in batches, and records stay for 24 hours by default.
You can raise that to 365 days.

Auto Scaling groups.
EC2 instances get replaced when unhealthy, cooldown 300 seconds by default.
"""


def test_a_transcripts_title_still_says_whose_its_lines_are(tmp_path):
    _, db, _ = ingest_text(tmp_path, TRANSCRIPT, name="lecture.txt")
    hits = _lookup(db, "auto scaling cooldown default")
    assert hits and "300 seconds" in hits[0]["snippet"], hits
    hits = _lookup(db, "kinesis retention default")
    assert hits and "24 hours" in hits[0]["snippet"], hits


def test_an_id_after_a_plural_label_is_no_count():
    assert not _figures("# VPC\nSecurity groups: 5\nAccounts: 123456789012\n") & {
        ("accounts", "", "123456789012 Accounts")}
    assert not any("123456789012" in v for _, _, v in
                   _figures("# VPC\nSecurity groups: 5\nAccounts: 123456789012\n"))


# Review of the branch, development figures: a bare "duration" made "max 7 days" under
# "▸ retention" no retention; "storage" made "high res = 1 s storage resolution" one; a section
# label the parser gave as attribute ("▸ metrics") made the logs' own line another kept thing's;
# "assume role" for "session" made any line of a role answer "iam role max session duration".
SECTIONS = """## Kinesis Data Streams
▸ shard limits
    - max record size 1 MB
▸ retention
    - default 24 hours
    - max 7 days

## CloudWatch
▸ metrics
    - custom metrics high-res down to 1 sec
▸ logs
    - retention default = never expire
    - PutMetricData, custom metrics, high res = 1 s storage resolution

## IAM
- max 10 managed policies attached to user/role (soft, can raise to 20)
"""


def test_a_retention_items_figures_and_a_logs_line_stay_retentions(tmp_path):
    _, db, _ = ingest_text(tmp_path, SECTIONS)
    hits = _lookup(db, "kinesis max retention")
    assert hits and hits[0]["value"] == "7 days", hits
    hits = _lookup(db, "cloudwatch logs retention default")
    assert hits and "never expire" in hits[0]["snippet"], hits
    assert _lookup(db, "how long does cloudwatch keep 1 minute metrics") == []
    assert _lookup(db, "iam role max session duration") == []
