"""Lookups the notes cannot answer (session 35, neg35): a figure that names the measure
asked but bounds nothing, and an invocation mode for a question that asks no mode.

Aurora Serverless v2 capacity is set in ACUs in half-step increments, the smallest minimum 0
ACUs on versions with auto-pause (0.5 on others), the largest maximum 256 on recent versions
(128 on older ones)
(https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ServerlessV2ScalingConfiguration.html).
A Kinesis data stream in on-demand mode starts at a default write capacity of 4 MB/s and
scales automatically (https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html).
Lambda: 6 MB payload for a synchronous invocation; S3 invokes a function asynchronously, and
API Gateway synchronously (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html,
https://docs.aws.amazon.com/lambda/latest/dg/lambda-invocation.html).
AWS Support case severities: general guidance, system impaired, production system impaired,
production system down, business-critical system down
(https://docs.aws.amazon.com/awssupport/latest/APIReference/API_SeverityLevel.html; response
times per plan: https://docs.aws.amazon.com/awssupport/latest/user/case-management.html).
DynamoDB: up to 5 local and 20 global secondary indexes per table (default)
(https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html).
A NAT gateway supports 5 Gbps and scales automatically up to 100 Gbps
(https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html); an Aurora global
database up to 10 secondary Regions
(https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.configuration.requirements.html).
"""

from __future__ import annotations

import pytest

from .helpers import lookup_values, notes_conn

ACU_STEPS = [
    "- Aurora Serverless v2: scales in ACUs (0.5 ACU steps), Global DB: 1 primary + up to 5"
    " secondary regions, replication < 1s",
    "- Aurora Serverless v2 -> skaliert in ACUs (0.5 ACU Schritte)",
    "- Aurora Serverless v2: 容量はACU単位。最小０.５ ACU、1 ACU ≒ 2 GiB メモリ",
]


@pytest.mark.parametrize("line", ACU_STEPS)
def test_a_step_or_one_unit_is_no_maximum_of_units(tmp_path, line):
    # "aurora serverless v2 max acu" on notes that give the half-ACU step or the minimum
    # only (unseen60, 65, 74, 82): no number of ACUs above one is a bound on them
    conn = notes_conn(tmp_path, f"# Aurora\n\n{line}\n")
    assert lookup_values(conn, "aurora serverless v2 max acu") == []


def test_a_maximum_of_units_still_answers(tmp_path):
    conn = notes_conn(tmp_path, """# Aurora

- Aurora Serverless v2: capacity in ACUs, min 0.5 ACU, max 128 ACU
""")
    found = lookup_values(conn, "aurora serverless v2 max acu")
    assert found and "128" in found[0], found
    low = lookup_values(conn, "aurora serverless v2 min acu")
    assert low and "0.5" in low[0], low


STARTS = [
    "- capacity modes: provisioned vs on-demand (default 4 MB/s write to start)",
    "- capacity modes: provisioned vs on-demand (on-demand starts w/ four MB/s write capacity)",
    "- On-demand (default 4 MB/s write capacity, scales automatically on the 30-day peak)",
]


@pytest.mark.parametrize("line", STARTS)
def test_where_a_capacity_starts_is_no_maximum(tmp_path, line):
    # "kinesis on-demand max write throughput" on notes that give the start only (unseen62,
    # 67, 79): what an on-demand stream gets first is not how far it scales
    conn = notes_conn(tmp_path, f"# Kinesis Data Streams\n\n{line}\n")
    assert lookup_values(conn, "kinesis on-demand max write throughput") == []


def test_a_bound_and_a_start_asked_still_answer(tmp_path):
    conn = notes_conn(tmp_path, """# Kinesis Data Streams

- shard write throughput: max 1 MB/s per shard
- On-demand (default 4 MB/s write capacity, scales automatically on the 30-day peak)
""")
    shard = lookup_values(conn, "kinesis shard max write throughput")
    assert shard and "1 MB/s" in shard[0], shard
    start = lookup_values(conn, "kinesis on-demand default write throughput")
    assert start and "4 MB/s" in start[0], start


MODE_NOTES = """# Lambda

- async: S3, SNS, EventBridge
- sync: API Gateway, ALB, Cognito
- API GW invokes Lambda **synchronously** (InvocationType=RequestResponse), no retries

| Invocation | Callers | Errors |
|---|---|---|
| Synchronous | API GW, ALB, Cognito, SDK (RequestResponse) | no auto retry, caller handles |
"""


@pytest.mark.parametrize("query", ["how does s3 legal hold work",
                                   "sns message filtering policy how does it work"])
def test_a_how_does_question_of_a_feature_is_no_mode_asked(tmp_path, query):
    # the lexicon reads "how does" as a cue that a mode may be asked; a feature's question
    # that names neither Lambda nor an invocation asks none (unseen35, unseen38)
    conn = notes_conn(tmp_path, MODE_NOTES)
    assert lookup_values(conn, query) == []


@pytest.mark.parametrize(("query", "mode"), [("how does s3 invoke lambda", "async"),
                                             ("how does sns trigger lambda", "async"),
                                             ("api gateway lambda invocation type", "sync")])
def test_a_mode_asked_by_name_still_answers(tmp_path, query, mode):
    conn = notes_conn(tmp_path, MODE_NOTES)
    found = lookup_values(conn, query)
    assert found and found[0].lower().startswith(mode), (query, found)


CALL_NOTES = """# Lambda

7. API GW invokes Lambda **synchronously** (InvocationType=RequestResponse). Sync = no
automatic retries from Lambda side.
"""


def test_no_mode_answers_a_size_asked_of_a_call(tmp_path):
    # "max response payload for sync lambda invoke" on notes that give no payload size
    # (unseen37): the mode "synchronous" is no size, nor is the line saying who calls so
    conn = notes_conn(tmp_path, CALL_NOTES)
    assert lookup_values(conn, "max response payload for sync lambda invoke") == []
    mode = lookup_values(conn, "how does api gateway invoke lambda")
    assert mode and mode[0].lower().startswith("sync"), mode
    sized = notes_conn(tmp_path / "sized", CALL_NOTES + "- sync invocation payload: max 6 MB\n")
    found = lookup_values(sized, "max response payload for sync lambda invoke")
    assert found and "6 MB" in found[0], found


@pytest.mark.parametrize(("line", "query"), [
    ("- Enterprise On-Ramp: pool of TAMs, business-critical system down < 30 min",
     "enterprise on-ramp production system down response"),
    ("- Business: production system down < 1 hr",
     "business support production system impaired response time"),
])
def test_another_case_severitys_response_time_is_no_answer(tmp_path, line, query):
    # a figure for another severity than the one asked (unseen32, 48, 58, 61, 62, 70)
    conn = notes_conn(tmp_path, f"# Support plans\n\n{line}\n")
    assert lookup_values(conn, query) == []


@pytest.mark.parametrize(("query", "want"), [
    ("business support prod down response time", "1 h"),
    ("business support production system impaired response time", "4 h"),
    ("enterprise support critical response", "15 min"),
])
def test_the_severity_asked_still_answers(tmp_path, query, want):
    # a line giving several severities answers by the clause that names the one asked
    conn = notes_conn(tmp_path, """# Support plans

- Business: production system down < 1 h (production system impaired < 4 h)
- Enterprise: business-critical system down < 15 min
""")
    found = lookup_values(conn, query)
    assert found and want in found[0], (query, found)


def test_a_bound_of_the_line_label_counts_no_other_noun(tmp_path):
    # "dynamodb max tables per region" on notes that bound LSIs only (unseen20, unseen68):
    # the "max 5" after "... with the table" bounds what the line's label names
    conn = notes_conn(tmp_path, """# DynamoDB

- A: LSI = same partition key, diff sort key, must be created WITH the table, max 5
""")
    assert lookup_values(conn, "dynamodb max tables per region") == []
    lsi = lookup_values(conn, "dynamodb max lsi per table")
    assert lsi and "5" in lsi[0], lsi
    labelled = notes_conn(tmp_path / "replicas", """# RDS

- Read replicas: async replication, up to 5 per source DB
""")
    replicas = lookup_values(labelled, "rds max read replicas")
    assert replicas and "5" in replicas[0], replicas


# Shapes each rule above must leave answered (all sets' run: unseen35, 60, 63 lost them)
KEPT = [
    ("# VPC\n\n## NAT\n- NAT Gateway: managed, ==AZ-scoped==, sits in a public subnet\n"
     "- starts at 5 Gbps, auto-scales up to ==100 Gbps==\n",
     "nat gateway max bandwidth", "100 Gbps"),
    ("# Support\n\nBusiness: when your production system is down, they answer in under 1 hour,"
     " production impaired is 4 hours.\n", "business support prod down response time", "1 hour"),
    ("# Aurora\n\n- Aurora Global Database: セカンダリリージョンは最大１０個。"
     "リージョン間のレプリケーション遅延は通常１秒未満\n",
     "aurora global database number of secondary regions", "10"),
]


@pytest.mark.parametrize(("notes", "query", "want"), KEPT)
def test_a_bound_a_severity_or_a_count_its_clause_names_still_answers(tmp_path, notes, query,
                                                                     want):
    conn = notes_conn(tmp_path, notes)
    found = lookup_values(conn, query)
    assert found and want in found[0], (query, found)


# Right answers the rules above must leave (review of neg35, findings 1-5): a bound a line
# gives beside a word "start" that starts no capacity, a bound a start grows to however the
# line says it grows, a label naming a word of the query, a bare bound of units followed by
# a word or equal to 1, and a mode asked of "a function"
RIGHT = [
    ("# Lambda\n\n- Lambda: 15 min timeout, cold starts add latency\n",
     "lambda max timeout", "15 min"),
    ("# Aurora\n\n- Aurora storage: starts at 10 GB, grows automatically to 128 TB\n",
     "aurora max storage", "128 TB"),
    ("# Kinesis Data Streams\n\n- on-demand: starts at 4 MB/s write, scales up automatically"
     " to 200 MB/s\n", "kinesis on-demand max write throughput", "200 MB/s"),
    ("# SQS\n\n- FIFO: 300 msg/s initially, 3,000 msg/s with batching\n",
     "sqs fifo max throughput", "3000"),
    ("# DynamoDB\n\n- DynamoDB table: LSIs must be created at creation, max 5\n",
     "dynamodb max lsi per table", "max 5"),
    ("# ELB\n\n- ALB listener: rules, max 100\n", "alb max rules per listener", "100"),
    ("# VPC\n\n- Security group: inbound rules, max 60\n", "max rules per security group",
     "60"),
    ("# Aurora\n\n- Aurora Serverless v2: 0.5 ACU min, 128 max\n",
     "aurora serverless v2 max acu", "128"),
    ("# Aurora\n\n- Aurora Serverless v2: 0.5 ACU increments, max 128 per instance\n",
     "aurora serverless v2 max acu", "128"),
    ("# Fargate\n\n- Fargate: 0.25 vCPU min, 16 max\n", "fargate max vcpu", "16"),
    ("# Glue\n\n- Glue Python shell jobs: max 1 DPU (or 0.0625 DPU)\n",
     "glue python shell max dpu", "max 1 DPU"),
    ("# Lambda\n\n- async: S3, SNS, EventBridge\n- sync: API Gateway, ALB, Cognito\n",
     "how does api gateway call my function", "synchronous"),
    ("# Lambda\n\n- async: S3, SNS, EventBridge\n- sync: API Gateway, ALB, Cognito\n",
     "how does sns deliver to a function", "asynchronous"),
    ("# Lambda\n\n- async: S3, SNS, EventBridge\n- sync: API Gateway, ALB, Cognito\n",
     "how does s3 notify a function", "asynchronous"),
]


@pytest.mark.parametrize(("notes", "query", "want"), RIGHT)
def test_a_right_answer_the_rules_leave(tmp_path, notes, query, want):
    conn = notes_conn(tmp_path, notes)
    found = lookup_values(conn, query)
    assert found and want in found[0], (query, found)


def test_a_quota_after_a_scaling_word_is_no_start(tmp_path):
    # "scales automatically" before the figure: the quota is the answer, not its line
    conn = notes_conn(tmp_path, "# Lambda\n\n- Lambda scales automatically, 1000 concurrent"
                                " executions per region by default\n")
    found = lookup_values(conn, "lambda max concurrent executions")
    assert found and found[0] == "1000 concurrent executions", found


POLL_NOTES = MODE_NOTES + "- poll-based (event source mapping): SQS, Kinesis, DynamoDB Streams\n"


@pytest.mark.parametrize("query", ["how does kinesis on-demand mode work",
                                   "how does eventbridge event bus work",
                                   "how does sns message type work"])
def test_a_word_of_a_multi_word_mode_key_asks_no_mode(tmp_path, query):
    # "mode", "event", "type" alone are no "invocation mode", "event source mapping",
    # "invocation type" (review of neg35, finding 6)
    conn = notes_conn(tmp_path, POLL_NOTES)
    assert lookup_values(conn, query) == []
    found = lookup_values(conn, "kinesis lambda event source mapping")
    assert found and "event source mapping" in found[0], found



def test_system_impaired_asked_is_not_production_system_impaired(tmp_path):
    # a last read: Business's "production system impaired < 4 h" answered "business support
    # system impaired response" (AWS Support's system impaired is < 12 h on Business)
    conn = notes_conn(tmp_path, "# Support plans\n- Business: production system down < 1 h, "
                                "production system impaired < 4 h\n")
    assert lookup_values(conn, "business support system impaired response") == []
    assert lookup_values(conn, "business support production system impaired response")


def test_non_critical_is_no_scope_of_its_own(tmp_path):
    # "System impaired - non-critical functions affected" is AWS's own wording of the system
    # impaired severity: not the business-critical scope (a review of the last commits)
    conn = notes_conn(tmp_path, "# Support plans\n## Business\n"
                                "- System impaired - non-critical functions affected - < 12 hours\n"
                                "- Production system impaired - < 4 hours\n"
                                "- Production system down - < 1 hour\n")
    found = lookup_values(conn, "business support system impaired response time")
    assert found and "12 hours" in found[0], found
