"""Whose fact a line is (tester49's findings on main 4fde6712, review49/reviews/tester_main.md):
a cheat-sheet line led by an abbreviation studycli cannot read is not the line before's
service's (H1); a feature of service A that names service B is A's fact about B, not B's limit
(H3); Global Accelerator's traffic dial is no canary's traffic (M4); a practice log's answer
row is the answer's service's, and a wrong answer owned up to is no limit (M5).
The guards of what must not change pass on main too; each other test fails on main."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind

_SHEET = """NUMBERS

S3   obj max 5 TB
SQS  retention 4d default / 14d max
SNS  12,500,000 subs per topic
EBS  io2 64,000 IOPS
RDS  read replicas: 15
ELB  idle timeout 60 s
CF   TTL default 24 h
KMS  encrypt direct 4 KB
CW   metrics retention 15 months
CT   event history 90 days

Abbrevs:
 SG = security group, NACL = network ACL (stateless)
 GA = Global Accelerator, KDF = Kinesis Data Firehose, KDS = Kinesis Data Streams
 ASM rotation: every 30 days default
"""


def _facts(text: str, line: int | None = None):
    note = parse_note(text, "n.md")
    return [f for f in note.facts if line is None or f.line == line]


def _line_of(text: str, start: str) -> int:
    return next(i for i, t in enumerate(text.split("\n"), 1) if t.lstrip().startswith(start))


# --- H1: a cheat-sheet line led by an abbreviation that names no service we know ---

def test_an_unknown_abbreviation_leading_a_cheat_sheet_line_is_not_the_line_befores():
    for start, wrong in (("CF", "ELB"), ("CT", "CloudWatch"), ("ASM", "VPC")):
        facts = _facts(_SHEET, _line_of(_SHEET, start))
        assert facts, start
        assert all(f.service != wrong for f in facts), (start, facts)
        # filed under no service: no figure of it is anybody's limit or default
        assert all(f.kind is Kind.FACT for f in facts), (start, facts)


def test_a_legend_line_is_not_the_service_of_the_line_above():
    facts = _facts(_SHEET, _line_of(_SHEET, "GA ="))
    assert facts and all(f.service != "VPC" for f in facts)


def test_lines_led_by_a_service_or_a_known_term_keep_theirs():
    sheet = ("S3   obj max 5 TB\nSQS  retention 14 days max\nSNS  10 subscriptions\n"
             "RDS  read replicas: 15\nDDB  item max 400 KB\nEBS  gp3 3,000 IOPS baseline\n"
             "IOPS 16,000 IOPS max\n")
    by_line = {f.line: f.service for f in _facts(sheet) if f.kind is not Kind.FACT}
    assert by_line[2] == "SQS" and by_line[5] == "DynamoDB"
    assert by_line[7] == "EBS"  # a known term ("IOPS"): the line before's still


def test_an_unknown_abbreviation_outside_a_cheat_sheet_goes_on_about_the_line_before():
    # (no section of lines each led by a service: not a cheat sheet)
    text = "RDS notes\n\nRDS read replicas: 15 max.\nHA failover takes 120 s max.\n"
    facts = [f for f in _facts(text, 4) if f.kind is not Kind.FACT]
    assert facts and {f.service for f in facts} == {"RDS"}


# --- H3: a feature of A that names B is A's fact about B ---

def test_a_child_of_a_transform_with_lambda_item_is_firehoses():
    text = ("## Kinesis Data Firehose\n- buffer size 1 MB to 128 MB\n"
            "- can transform with Lambda\n"
            "  - lambda invocation timeout up to 5 min for transform\n")
    facts = [f for f in _facts(text, 4) if f.kind is not Kind.FACT]
    assert facts and all(f.service == "Data Firehose" for f in facts), facts
    assert all(f.subject == "Lambda transform" for f in facts)


def test_a_lambda_transform_line_under_firehose_is_no_lambda_limit():
    text = "- Firehose\n  - Lambda transform: buffer 1 MB to 3 MB, default 3 MB\n"
    facts = [f for f in _facts(text, 2) if f.kind is not Kind.FACT]
    assert facts and {f.service for f in facts} == {"Data Firehose"}, facts


def test_lambdas_own_lines_stay_lambdas():
    text = ("## Kinesis Data Firehose\n- buffer size 1 MB to 128 MB\n\n## Lambda\n"
            "- timeout max 15 min\n- Lambda memory 128 MB to 10 GB\n")
    assert {f.service for f in _facts(text) if f.line >= 5 and f.kind is not Kind.FACT} \
        == {"Lambda"}


def test_an_ingested_firehose_transform_makes_no_lambda_conflict(tmp_path):
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sheet.md").write_text("# Lambda\n- timeout max 15 min\n", encoding="utf-8")
    (notes / "kdf.md").write_text(
        "## Kinesis Data Firehose\n- can transform with Lambda\n"
        "  - lambda invocation timeout up to 5 min for transform\n", encoding="utf-8")
    db = connect(tmp_path / "x.db")
    ingest_paths(db, [notes])
    rows = db.conn.execute("SELECT service, attribute, value FROM facts WHERE source LIKE "
                           "'%kdf.md' AND kind != 'fact'").fetchall()
    assert rows and all(r[0] == "Data Firehose" for r in rows), rows
    lambdas = db.conn.execute("SELECT value FROM facts WHERE service = 'Lambda' AND kind != "
                              "'fact'").fetchall()
    assert [r[0] for r in lambdas] == ["15 min"]


# --- M4: a term of another service ---

def test_global_accelerators_traffic_dial_is_no_canary_traffic():
    text = "- Global Accelerator\n  - traffic dial 0-100%, default 100%\n"
    facts = [f for f in _facts(text, 2) if f.kind is not Kind.FACT]
    assert facts and {f.attribute for f in facts} == {"traffic dial"}, facts


# --- M5: a practice log's answers ---

_LOG = """# Practice exam mistakes

| Question topic | My answer (WRONG) | Correct answer |
|---|---|---|
| share secrets + auto rotation for RDS | Parameter Store SecureString | Secrets Manager |
| stream to S3 with no code, near real time | Kinesis Data Streams | Kinesis Data Firehose |
| key-value store for an EC2 app's sessions | RDS | DynamoDB |

Q50: SQS visibility timeout max
- I wrote 15 minutes (confused w/ lambda)
- correct: 12 hours
"""


def test_an_answer_row_is_the_answers_service():
    owners = {f.line: f.service for f in _facts(_LOG)}
    assert owners[5] == "Secrets Manager"
    assert owners[6] == "Data Firehose"
    assert owners[7] == "DynamoDB"


def test_a_pick_after_a_colon_under_no_service_heading():
    text = "Which service\n\n- run SQL analytics on files in S3 -> Athena\n"
    assert {f.service for f in _facts(text, 3)} == {"Athena"}


def test_a_line_with_a_figure_is_no_pick():
    text = "Misc\n\n- Lambda max 15 min: Step Functions\n"
    assert "Step Functions" not in {f.service for f in _facts(text, 3)}


def test_a_wrong_answer_owned_up_to_is_no_limit():
    facts = _facts(_LOG, 10)
    assert facts and all(f.kind is Kind.FACT for f in facts), facts
    right = [f for f in _facts(_LOG, 11) if f.kind is not Kind.FACT]
    assert [(f.service, f.value) for f in right] == [("SQS", "12 h")]


def test_a_mixed_up_value_is_no_limit():
    text = "## DynamoDB\n- I put 10 KB (mixed it up with the SQS one), item max is 400 KB\n"
    values = {f.value for f in _facts(text, 2) if f.kind is not Kind.FACT}
    assert "10 KB" not in values and "400 KB" in values


def test_a_part_named_after_another_service_is_not_judged_by_the_services_own_measure():
    from studycli.reference import load_reference
    from studycli.reference.suspect import suspicion

    reference = load_reference()
    text = "- Firehose\n  - Lambda transform: buffer 1 MB to 3 MB, default 3 MB\n"
    facts = [f for f in _facts(text, 2) if f.kind is not Kind.FACT]
    assert {(f.service, f.subject) for f in facts} == {("Data Firehose", "Lambda transform")}
    assert all(suspicion(f, reference) == "" for f in facts), \
        [(f.qualifier, suspicion(f, reference)) for f in facts]
    # (the stream's own buffer is still judged by its entries)
    own = [f for f in _facts("## Data Firehose\n- buffer size max 5 GB\n", 2)
           if f.kind is not Kind.FACT]
    assert own and any(suspicion(f, reference) for f in own)


# --- review of mendsvc49: the rules above, on wording they were not meant for ---

def test_a_line_naming_only_the_other_service_under_its_part_stays_that_services():
    # a part of A named after B takes B's lines that name the part ("for transform"), not B's
    # own maximum: Lambda's 15 min was API Gateway's integration timeout and the Firehose
    # transform's
    text = ("## Kinesis Data Firehose\n- can transform with Lambda\n"
            "  - Lambda max timeout 15 min\n\n## API Gateway\n- Lambda authorizer\n"
            "  - Lambda timeout max 15 min\n  - authorizer result TTL default 300 s\n"
            "- integration timeout 29 s\n")
    owners = {(f.line, f.value): (f.service, f.subject) for f in _facts(text)
              if f.kind is not Kind.FACT}
    assert owners[(3, "15 min")] == ("Lambda", "")
    assert owners[(7, "15 min")] == ("Lambda", "")
    assert owners[(8, "300 s")] == ("API Gateway", "Lambda authorizer")
    ecs = "# ECS\n- EC2 launch type: you manage instances\n  - EC2 instance store up to 60 TB\n"
    assert {f.service for f in _facts(ecs, 3) if f.kind is not Kind.FACT} == {"EC2"}


def test_a_confusion_the_line_warns_of_leaves_the_students_answer_standing():
    text = ("## SQS\n- visibility timeout max: I said 12 hours. Got it right; people get "
            "confused with Lambda 15 min\n")
    values = {f.value for f in _facts(text, 2) if f.kind is not Kind.FACT}
    assert "12 h" in values
    text = ("## SQS\n- I answered 12 hours for visibility timeout max, easy to get confused "
            "with Lambda\n")
    assert [(f.service, f.value) for f in _facts(text, 2) if f.kind is not Kind.FACT] \
        == [("SQS", "12 h")]


def test_a_line_that_opens_with_a_service_is_no_pick():
    text = ("# Misc review\n\n- CloudTrail log files delivered to: S3\n"
            "- Lambda dead-letter queue target: SQS\n"
            "- GuardDuty findings sent to: EventBridge\n"
            "Kinesis Data Streams consumers: Lambda\n")
    owners = {f.line: f.service for f in _facts(text)}
    assert owners == {3: "CloudTrail", 4: "Lambda", 5: "GuardDuty", 6: "Kinesis Data Streams"}


def test_a_note_mark_leading_a_cheat_sheet_line_is_no_service_label():
    sheet = ("LIMITS\n\nS3   obj max 5 TB\nSQS  visibility timeout default 30 s\n"
             "NB   max 12 h for visibility\nSNS  12,500,000 subs per topic\n"
             "EBS  io2 64,000 IOPS\nRDS  read replicas: 15\nELB  idle timeout 60 s\n")
    facts = [f for f in _facts(sheet, 5) if f.kind is not Kind.FACT]
    assert [(f.service, f.value) for f in facts] == [("SQS", "12 h")]
