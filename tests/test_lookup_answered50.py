"""Lookups the notes cannot answer that lookup answered (session 50, answered50): a setting
typed with its sibling word written apart ("origin keep alive timeout") is told from the
line's other setting of the same noun (lookup/attribute_said.py); a line's opening bound
written with no colon ("Fargate task max 16 vCPU, 120 GB memory") bounds its later figures
(lookup/label_bound.py); a statement that names a setting but says no default and states no
value answers no default asked, while a value given as a name after the setting's label
("ALB routing algorithm: round robin") does (lookup/default_unstated.py); a range "in 1 MB
steps" is still a range alone, and only a unit before "steps" makes a step
(lookup/range_for_default.py); a free allowance ("first 1,000 paths/month free") states no
price per unit (lookup/free_allowance.py).

AWS facts the tests rely on: a CloudFront origin's keep-alive timeout (default 5 s) and its
response timeout (default 30 s) are two settings
(https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_VpcOriginConfig.html); a
Fargate task takes at most 16 vCPU and 120 GB of memory, at least 0.25 vCPU and 512 MiB
(https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html); SQS
sets no maxReceiveCount unless a redrive policy gives one
(https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html);
CloudWatch Logs keeps log events indefinitely unless a log group's retention is set
(https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html);
Lambda memory is 128 MB to 10,240 MB, 128 MB by default
(https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html);
the first 1,000 invalidation paths a month are free, each path past them is paid
(https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PayingForInvalidation.html);
CloudFormation's DeletionPolicy is Delete unless set, but Snapshot for an AWS::RDS::DBCluster
and for an AWS::RDS::DBInstance with no DBClusterIdentifier
(https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html).
"""

from __future__ import annotations

from typer.testing import CliRunner

from studycli.cli import app
from studycli.lookup.default_unstated import default_unstated
from studycli.lookup.free_allowance import without_allowance
from studycli.lookup.range_for_default import range_only

from .helpers import folder_cli, notes_folder


def _values(ask, query: str) -> list[str]:
    return [h["value"] for h in ask("lookup", query)]


def test_a_sibling_word_typed_apart_is_not_the_lines_other_setting(tmp_path):
    ask = folder_cli(tmp_path, {"cf.md": "# CloudFront\n\n"
                                         "- origin response timeout default 30 s\n"})
    assert _values(ask, "cloudfront origin keep alive timeout") == []
    assert _values(ask, "cloudfront origin keep alive timeout default") == []
    assert "30" in _values(ask, "cloudfront origin response timeout")[0]


def test_a_sibling_word_the_line_writes_whole_is_still_said(tmp_path):
    # typed apart, written hyphenated or as one word: the same setting, still answered
    for written in ("keep-alive", "keepalive", "keep alive"):
        folder = tmp_path / written.replace(" ", "_")
        folder.mkdir()
        ask = folder_cli(folder, {
            "cf.md": "# CloudFront\n\n- origin response timeout default 30 s\n"
                     f"- origin {written} timeout default 5 s\n"})
        found = _values(ask, "cloudfront origin keep alive timeout")
        assert found and "5" in found[0], (written, found)


def test_a_bound_opening_a_line_without_a_colon_bounds_its_later_figures(tmp_path):
    ask = folder_cli(tmp_path, {"f.md": "# Fargate\n\n"
                                        "- Fargate task max 16 vCPU, 120 GB memory\n"})
    assert _values(ask, "fargate min memory per task") == []
    assert "120" in _values(ask, "fargate max memory per task")[0]


def test_a_bound_opening_the_text_after_a_label_is_the_labels(tmp_path):
    ask = folder_cli(tmp_path, {"f.md": "# Fargate\n\n"
                                        "- Fargate task: max 16 vCPU, 120 GB memory\n"})
    assert _values(ask, "fargate min memory") == []
    assert _values(ask, "fargate min cpu") == []
    assert "120" in _values(ask, "fargate max memory")[0]


def test_a_bound_in_the_figures_own_clause_keeps_the_other_reading(tmp_path):
    # the 512 MiB clause says its own bound: the minimum asked is answered
    ask = folder_cli(tmp_path, {"f.md": "# Fargate\n\n"
                                        "- Fargate task max 16 vCPU, min 512 MiB memory\n"})
    assert "512" in _values(ask, "fargate min memory")[0]


def test_a_statement_naming_a_setting_with_no_value_answers_no_default(tmp_path):
    notes = {"q.md": "# SQS\n\n- DLQ: after maxReceiveCount fails, DLQ of FIFO must be FIFO\n"
                     "- visibility timeout default 30 s\n"}
    ask = folder_cli(tmp_path, notes)
    assert _values(ask, "sqs maxreceivecount default") == []
    # the line still answers what it says
    assert _values(ask, "sqs maxreceivecount")
    # and exits 1 from the real command, "Not in your notes"
    (tmp_path / "cli").mkdir()
    folder = notes_folder(tmp_path / "cli", notes)
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(folder), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["lookup", "sqs maxreceivecount default", "--db", db])
    assert result.exit_code == 1
    assert "Not in your notes" in result.output


def test_a_statement_of_a_state_or_a_default_word_answers_a_default(tmp_path):
    ask = folder_cli(tmp_path, {"l.md": "# CloudWatch Logs\n\n"
                                        "- log retention: never expire unless you set it\n"})
    assert _values(ask, "cloudwatch logs retention default")
    assert not default_unstated("throughput mode: Bursting by default")
    assert not default_unstated("versioning off until you enable it")
    assert not default_unstated("maxReceiveCount 3 on the lab queue")
    assert not default_unstated("리텐션 기본값 4일")  # Korean "default" (기본)
    assert default_unstated("DLQ: maxReceiveCount on the redrive policy")
    assert default_unstated("Throughput modes: Bursting, Provisioned, Elastic.")


def test_a_range_set_in_steps_is_a_range_alone(tmp_path):
    assert range_only("memory 128 MB to 10,240 MB, 1 MB steps")
    assert not range_only("memory 128 MB to 10,240 MB, 1 MB steps, 128 MB default")
    ask = folder_cli(tmp_path, {"l.md": "# Lambda\n\n"
                                        "- memory 128 MB to 10,240 MB, 1 MB steps\n"})
    assert _values(ask, "lambda memory default") == []


def test_a_default_word_of_another_language_or_a_by_default_question_keeps_the_answer(tmp_path):
    # German "Standard = Delete" says the default
    ask = folder_cli(tmp_path, {"c.md": "# CloudFormation\n\n"
                                        "- DeletionPolicy: Retain / Snapshot / Delete "
                                        "(Standard = Delete)\n"})
    assert "Delete" in _values(ask, "cloudformation deletionpolicy default")[0]
    # "... by default?" asks whether a state holds, which a statement of it answers
    assert not default_unstated("default read consistency is eventual",
                                "ddb reads strongly consistent by default?")
    assert default_unstated("GSI supports strongly consistent reads",
                            "ddb read consistency default")


def test_a_free_allowance_states_no_price_per_unit(tmp_path):
    ask = folder_cli(tmp_path, {"c.md": "# CloudFront\n\n"
                                        "- invalidation: first 1,000 paths/month free, then paid\n"
                                        "- summary: invalidation 1,000 free paths\n"})
    assert _values(ask, "cloudfront invalidation price per path") == []
    assert without_allowance("first 1,000 paths/month free, then $0.005 per path", "",
                             ["price", "per", "path"]).strip().startswith(", then $0.005")
    # no price per something asked: the allowance is what the line says
    assert "free" in without_allowance("first 1,000 paths/month free", "invalidation",
                                       ["invalidation", "free"])


def test_a_value_given_as_a_name_after_the_settings_label_answers_its_default(tmp_path):
    # "ALB routing algorithm: round robin" states the value by name, as a figure would: the
    # notes hold it (round robin is ALB's default algorithm,
    # https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html;
    # eventually consistent reads are DynamoDB's default,
    # https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html)
    ask = folder_cli(tmp_path, {"n.md": "# ALB\n\n- ALB routing algorithm: round robin\n\n"
                                        "# DynamoDB\n\n- DynamoDB reads: eventually consistent\n"})
    assert "round robin" in _values(ask, "alb routing algorithm default")[0]
    assert "eventually" in _values(ask, "dynamodb read consistency default")[0]
    assert not default_unstated("ALB routing algorithm: round robin")
    assert not default_unstated("EC2 tenancy = shared")
    # a label over a description, a list of options or a second clause names no value
    assert default_unstated("maxReceiveCount: after N receives msg goes to DLQ")
    assert default_unstated("DeletionPolicy: Retain / Snapshot / Delete")
    assert default_unstated("signed URL = file moja; signed cookies = file nyingi")
    assert default_unstated("DLQ: maxReceiveCount on redrive policy")
    assert default_unstated("instance warmup for target tracking.")


def test_only_a_unit_before_steps_makes_a_step():
    # "2 more steps" and "3 retry steps" count something of their own, as "4 steps" does:
    # a figure besides the range, so the line is no range alone
    assert not range_only("memory 128 MB to 10,240 MB, 2 more steps")
    assert not range_only("retries 0-2, 3 retry steps")
    assert range_only("memory 128 MB to 10,240 MB, 64MB steps")
    assert range_only("timeout 1-900 s, 1 s steps")


def test_a_bound_opening_a_line_leaves_a_clause_naming_its_own_setting(tmp_path):
    # "up to" bounds the shard's figures, not "retention 24 h", a setting the clause names
    # before its figure: 24 hours is a stream's least retention
    # (https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html)
    for line in ("Kinesis shard up to 1 MB/s in, 1000 records/s, retention 24 h",
                 "Kinesis shard: up to 1 MB/s in, 1000 records/s, retention 24 h"):
        folder = tmp_path / str(len(line))
        folder.mkdir()
        ask = folder_cli(folder, {"k.md": f"# Kinesis\n\n- {line}\n"})
        found = _values(ask, "kinesis retention minimum")
        assert found and "24" in found[0], (line, found)
