"""check28: wordings of stale claims the development fact-checks found unflagged, each told by
its entry (hosted Direct Connect's "50 Mbps up to / -> 10 Gbps"; WAF's "lowest limit you can
set is 100"; gp3's 16,000 IOPS and 16 TiB in a table row or beside
io2 Block Express's 64 TiB; Aurora Serverless v2's 0.5 ACU range and the v1-against-v2 line;
the capacity-mode switch written "once / 24h" or in Japanese; an SNS FIFO topic's old 300
publishes/s further from its name or in a quotas row; CloudFormation's old 200 resources in bold
or before a full stop), and the right lines beside them left alone: a Hyperplane line the
ENI-at-cold-start entry used to flag, and a near miss of each widened pattern (an SQS FIFO
queue's 300 messages/s beside an SNS FIFO topic, v2's 0.5 ACU beside a pause at 0 ACU, gp3
rows under an RDS heading)."""

from __future__ import annotations

from .helpers import check_findings, stale_flags, two_note_folder

# (note line, the entries that may tell it)
_STALE = [
    ("- Direct Connect: hosted connections go through a partner, from 50 Mbps up to 10 Gbps",
     {"directconnect.hosted.bandwidth"}),
    ("- DX hosted: 50 Mbps -> 10 Gbps via partner", {"directconnect.hosted.bandwidth"}),
    ("- WAF rate-based rule: counts requests per IP over a 5 minute window, lowest limit you "
     "can set is 100", {"waf.rate-based.limit.min"}),
    ("- WAF rate rule min 100 req/5min", {"waf.rate-based.limit.min"}),
    ("- EBS volume row: | gp3 | 3.000 | 16.000 | 1.000 MiB/s |",
     {"ebs.gp3.iops.max"}),
    ("- EBS: vol 1GiB-16TiB (gp2/gp3), io2 BE up to 64TiB",
     {"ebs.gp3.size.range"}),
    ("- Aurora Serverless v2 0.5-128 ACU", {"aurora-serverless.v2.min-capacity"}),
    ("- Aurora Serverless: v1 could pause to 0, v2 min is 0.5 ACU so always some cost",
     {"aurora-serverless.v2.min-capacity"}),
    ("- DynamoDB: on-demand vs provisioned (switch once / 24h)",
     {"dynamodb.capacity-mode-switch.claim"}),
    ("- DynamoDB: プロビジョンド→オンデマンドへの切り替えは24時間に１回だけ",
     {"dynamodb.capacity-mode-switch.claim"}),
    ("- sns FIFO topic: only SQS (FIFO + standard) subscribers, 300 publishes/sec",
     {"sns.fifo-topic.message-rate.max"}),
    ("- quotas: | FIFO publish throughput | 300 msg/s per topic | Yes |",
     {"sns.fifo-topic.message-rate.max"}),
    ("- CloudFormation: max **200 resources** per template", {"cloudformation.resources.max"}),
    ("- Max resources per template: 200.", {"cloudformation.resources.max"}),
    ("- WAF rate-based rule: minimo 2.000 richieste per IP", {"waf.rate-based.limit.min"}),
    ("- Lambda functions in a VPC: ENI created at cold start before the first invocation",
     {"lambda.vpc.eni-creation"}),
    ("- Max IOPS: gp3 16,000 / io2 BE 256,000", {"ebs.gp3.iops.max"}),
    ("- SNS FIFO: publish up to 300 msg/s per topic", {"sns.fifo-topic.message-rate.max"}),
    ("- FIFO topic -> SQS FIFO subscribers only; 300 msg/s", {"sns.fifo-topic.message-rate.max"}),
]

_RIGHT = [
    "- Direct Connect: hosted connections from 50 Mbps up to 25 Gbps via partners",
    "- WAF rate-based rule: the minimum rate limit is 10 requests, window 1, 2, 5 or 10 min",
    "- EBS gp3: up to 80,000 IOPS, 2,000 MiB/s and 64 TiB",
    "- Aurora Serverless v2 scales from 0 ACU (auto-pause) to 256 ACU",
    "- DynamoDB: switch provisioned to on-demand up to 4 times per 24 hours",
    "- SQS FIFO queue: 300 msg/s per API action without batching",
    "- CloudFormation: max **500 resources** per template",
    "- Lambda: VPC Lambdas use Hyperplane ENIs now so VPC cold start is no longer a big deal",
    # near misses of the widened patterns: right lines in the same words
    # an SQS FIFO queue's 300 messages/s, beside an SNS FIFO topic (sns.toml)
    "- Fan-out with SNS FIFO: subscribe SQS FIFO queues (each queue: 300 messages/s, 3k with "
    "batching)",
    "- SNS FIFO + SQS FIFO for ordering; SQS FIFO throughput 300 messages/s w/o batching",
    "- SNS FIFO topics only deliver to SQS queues. SQS FIFO limit: 300 msg/s per API action "
    "without batching",
    "- FIFO queue publish quota: 300 msg/s per API action, 3,000 with batching",
    # v2's 0.5 ACU step above a pause at 0 ACU (aurora.toml, 4th pattern)
    "- Aurora Serverless v2 range: 0.5–256 ACU, or 0 ACU when paused",
    "- Serverless v2: 0 ACU (paused) or 0.5 to 256 ACUs while running",
    "- Aurora Serverless v2: 0.5-256 ACU while awake, sleeps after idle time",
    # the old ENI model named as old (lambda.toml)
    "- Lambda VPC: ENI per cold start was the old model, before Hyperplane",
    "- Lambda VPC: functions used to create an ENI at cold start",
    # a number near the rule's minimum that is not it (waf.toml)
    "- WAF rate rule min 10 req per window, default limit 100",
    # CloudFormation's current figure with a full stop (cloudformation.toml)
    "- Max resources per template: 500.",
    # gp3 beside 16,000 that is another type's (ebs.toml)
    "- Max IOPS: gp3 80,000 / io1 64,000 / gp2 16,000",
]


def _note(lines: list[str]) -> str:
    return "# Cram sheet\n\n" + "\n".join(lines) + "\n"


def test_each_stale_wording_is_told_by_its_entry(tmp_path):
    notes = two_note_folder(tmp_path, _note([text for text, _ in _STALE]), _note(_RIGHT))
    ids = {line: {i for i, _ in found}
           for line, found in stale_flags(notes, tmp_path / "s.db").items()}
    for n, (text, expected) in enumerate(_STALE, start=3):
        assert ids.get(n, set()) & expected, (text, ids.get(n))


def test_the_right_lines_beside_them_are_not_flagged(tmp_path):
    notes = two_note_folder(tmp_path, _note([text for text, _ in _STALE]), _note(_RIGHT))
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    flagged = [(x["line"], x["reference"]["id"]) for x in found
               if x["status"] in ("outdated", "wrong")]
    assert flagged == [], flagged


def test_a_64_tib_said_of_gp3_in_a_list_of_types_clears_the_size(tmp_path):
    """"gp2/gp3/io1/io2, max 64 TiB (SQL Server: 16 TiB)" is RDS storage: its 16 TiB is no
    gp3 size, so the gp3 size entries leave it alone (whatever RDS's own entries say)."""
    line = "- RDS storage: gp2/gp3/io1/io2, max 64 TiB (SQL Server: 16 TiB)"
    notes = two_note_folder(tmp_path, _note([line]), _note(_RIGHT))
    _, found = check_findings(notes / "stale.md", db=tmp_path / "s.db")
    assert "ebs.gp3.size.range" not in {x["reference"]["id"] for x in found}, found


def test_a_heading_naming_another_service_keeps_any_line_claims_off_its_bare_lines(tmp_path):
    """RDS storage limits are RDS's: a gp3 row under "# RDS for SQL Server" names no service
    itself, and its heading lends it RDS's, so EBS's gp3 entries (read on any line) leave it
    alone; the same row under "# EBS", or under a heading naming no service, is EBS's."""
    rows = ["| SQL Server | gp3 | 20 GiB-16 TiB | 16,000 |", "- SQL Server gp3 16 TiB"]
    right = "# RDS for SQL Server\n\n" + "\n".join(rows) + "\n"
    stale = "# EBS volumes\n\n" + "\n".join(rows) + "\n\n# Storage\n\n" + rows[1] + "\n"
    notes = two_note_folder(tmp_path, stale, right)
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["reference"]["id"].startswith("ebs.")] == [], found
    ids = {line: {i for i, _ in got}
           for line, got in stale_flags(notes, tmp_path / "s.db").items()}
    assert "ebs.gp3.size.range" in ids.get(3, set()) | ids.get(4, set()), ids
    assert "ebs.gp3.size.range" in ids.get(8, set()), ids


def test_another_heading_lends_a_bare_gp3_line_nothing(tmp_path):
    """Only the services an entry's claim_not_under lists take a bare line from it: a gp3
    row under "# EC2" or "# Kinesis" is still EBS's, told as stale."""
    stale = "# EC2\n\n- SQL Server gp3 16 TiB\n\n# Kinesis\n\n- gp3 16 TiB\n"
    notes = two_note_folder(tmp_path, stale, _note(_RIGHT))
    ids = {line: {i for i, _ in got}
           for line, got in stale_flags(notes, tmp_path / "s.db").items()}
    assert "ebs.gp3.size.range" in ids.get(3, set()), ids
    assert "ebs.gp3.size.range" in ids.get(7, set()), ids


def test_claim_not_under_must_name_canonical_services():
    from studycli.reference.schema import _claim_services

    raw = {"claim_not_under": ["RDS", "Relational DB"], "contradicted_by": ["x"]}
    services = {"RDS": set(), "EBS": set()}
    assert _claim_services(raw, services, "claim_not_under") == [
        "claim_not_under: 'Relational DB' is not a canonical name in data/services.json"]
