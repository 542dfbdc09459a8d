"""Lookups the notes cannot answer (session 43, abst43): a figure of a neighbouring setting
of the service asked stays no answer when the parser's name for it says the measure asked
(a backup window filed as a retention period) or when it shares the measure's noun ("idle
timeout" for a health check timeout); a PITR's restore window answers its retention; a
statement whose only numbers are HTTP status codes gives no figure; a video index's time
stamp is no clause of its line; on a line comparing two services, a figure after the other
service's name is that service's; a range set in steps gives no default.

AWS facts the tests rely on: RDS keeps automated backups 1-35 days (7 by default from the
console) and takes them in a daily backup window of at least 30 minutes
(https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html);
DynamoDB point-in-time recovery restores to any second in its recovery period, up to 35 days
(https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html);
an SQS queue's visibility timeout defaults to 30 s, its long-polling wait time to 0, up to
20 s; an ALB's idle
timeout defaults to 60 s, its health check timeout to 5 s (target-group-health-checks.html);
ALB 502/503/504 are HTTP errors (bad gateway; 503 when the load balancer's target groups have
no registered targets; gateway timeout), while a target group whose targets are all unhealthy
fails open and still gets requests
(https://docs.amazonaws.cn/en_us/elasticloadbalancing/latest/application/load-balancer-troubleshooting.md,
"HTTP 503: Service unavailable", #http-503-issues; target-group-health-checks.md); an
ElastiCache Memcached item is at most 1 MB by default, a Redis value up to 512 MB.
"""

from __future__ import annotations

from studycli.lookup.code_figures import codes_only
from studycli.lookup.range_for_default import range_only
from studycli.lookup.time_stamp import without_stamp

from .helpers import first_value, lookup_values, notes_conn


def test_a_backup_window_filed_as_a_retention_is_no_retention(tmp_path):
    # independent tester (session 42): "30 min" answered "rds backup retention max"; the
    # parser names every figure of the line a retention period, the window's "30 min" too
    conn = notes_conn(tmp_path, "# RDS\n\n- backup retention default 7 days, max 35 days; "
                                "backup window 30 min\n")
    assert "35" in first_value(conn, "rds backup retention max")
    assert "7" in first_value(conn, "rds backup retention default")
    assert "30 min" in first_value(conn, "rds backup window")


def test_a_pitr_restore_window_is_its_retention(tmp_path):
    # the tester's false refusal: a restore window IS how long PITR keeps what it restores
    conn = notes_conn(tmp_path, "# DynamoDB\n\n- PITR restore window 35 days\n")
    assert "35" in first_value(conn, "dynamodb pitr retention")
    conn = notes_conn(tmp_path / "b", "# DynamoDB\n\n- PITR recovery period configurable "
                                      "1-35 days\n")
    assert "35" in first_value(conn, "dynamodb point in time recovery retention")
    # a backup window is still no retention (abst42)
    conn = notes_conn(tmp_path / "c", "# RDS\n\n- backup window 30 min\n")
    assert lookup_values(conn, "rds backup retention default") == []


def test_a_polled_message_is_no_long_polling_wait_time(tmp_path):
    # final review 42: "polled" in a clause holding no figure kept the visibility timeout
    conn = notes_conn(tmp_path, "# SQS\n\n- Visibility timeout: when a message is polled, it "
                                "becomes invisible. Default visibility timeout is 30 sec.\n")
    assert lookup_values(conn, "sqs long polling default wait time") == []
    assert "30" in first_value(conn, "sqs visibility timeout default")


def test_an_idle_timeout_is_no_health_check_timeout(tmp_path):
    # unseen172's chat: the answer over the line says "health check", which the idle
    # timeout's line was credited with
    conn = notes_conn(tmp_path, "# Chat\n\nChatGPT said:\nASG default cooldown: **300 "
                                "seconds**. Health check grace period default **300 seconds**."
                                "\n- ELB health check: ALB default interval **30 seconds**, "
                                "healthy threshold **5**\n- ALB idle timeout default **60 "
                                "seconds**\n")
    assert lookup_values(conn, "alb health check timeout default") == []
    assert "60" in first_value(conn, "alb idle timeout default")
    assert "60" in first_value(conn, "alb timeout")
    # a word before the measure that names the service tells no other measure apart
    conn = notes_conn(tmp_path / "b", "# Lambda\n\n- execution timeout max 15 min, default "
                                      "3 s\n")
    assert "3 s" in first_value(conn, "lambda function timeout")


def test_status_codes_are_no_figure_of_a_timeout(tmp_path):
    conn = notes_conn(tmp_path, "# ELB\n\n- ALB error `503` = no registered targets, "
                                "`504` = target timeout, `502` = bad gateway from target\n")
    assert lookup_values(conn, "nlb idle timeout default") == []
    assert lookup_values(conn, "alb target timeout max") == []
    assert "504" in first_value(conn, "alb 504")
    assert codes_only("a) 502: 1) target didn't respond before idle timeout")
    assert not codes_only("HTTP 504 after 29 s")
    assert not codes_only("timeout 300")
    assert not codes_only("max 500 items: 200 default")
    # final review 43: a quota written "N = ..." names no response, and its number is a figure
    # (CloudFormation allows 200 outputs per template; Route 53, 500 hosted zones per account
    # by default)
    assert not codes_only("stack outputs limit: 200 = hard quota")
    assert not codes_only("hosted zones: 500 = default quota")
    assert codes_only("503: service unavailable, 504 -> gateway timeout")
    # S3 answers a request rate above a prefix's with "503 Slow Down" (unseen170's note)
    assert codes_only("SlowDown: 503 - exceeding request rate on prefix")
    conn = notes_conn(tmp_path / "b", "# CloudFormation\n\n- stack outputs limit: 200 = hard "
                                      "quota\n")
    assert "200" in first_value(conn, "cloudformation max outputs per stack")


def test_a_video_time_stamp_is_no_clause(tmp_path):
    conn = notes_conn(tmp_path, "# ElastiCache\n\n- [09:00] Memcached max item size default "
                                "1 MB\n")
    assert lookup_values(conn, "elasticache redis max item size") == []
    assert "1 MB" in first_value(conn, "elasticache memcached max item size")
    assert without_stamp("(1:02:30) - SQS retention 4 days") == "SQS retention 4 days"
    assert without_stamp("[09:00]") == "[09:00]"


def test_a_range_set_in_steps_gives_no_default(tmp_path):
    # Lambda memory is 128 MB-10,240 MB in 1 MB steps; its default is 128 MB, which a range's
    # low end does not say (https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html)
    conn = notes_conn(tmp_path, "# Lambda\n\n- **Memory:** 128 MB to 10,240 MB, in 1 MB "
                                "increments\n")
    assert lookup_values(conn, "lambda default memory") == []
    assert "10,240" in first_value(conn, "lambda max memory")
    assert range_only("memory: от 128 MB to 3008 MB, шаг 64 MB")
    assert not range_only("memory 128 MB - 10 GB, default 128 MB")
    assert not range_only("retention 1 min - 14 days, 4 steps")


def test_a_figure_after_the_other_side_of_a_comparison_is_that_sides(tmp_path):
    # Secrets Manager holds secrets up to 64 KB; Parameter Store values are 4 KB (standard)
    # or 8 KB (advanced) (https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_limits.html,
    # https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html)
    conn = notes_conn(tmp_path, "# Security\n\n- Secrets Manager vs Parameter Store: SM = auto "
                                "rotation w/ lambda, $0.40/secret/mo; PS = free standard tier "
                                "(10,000 params, 4 KB value), advanced 8 KB\n")
    assert lookup_values(conn, "secrets manager max secret size") == []
    assert any("4 KB" in v or "8 KB" in v
               for v in lookup_values(conn, "parameter store max value size"))
    conn = notes_conn(tmp_path / "b", "# Security\n\n- Secrets Manager (auto rotation, $0.40/"
                                      "secret/mo) vs SSM Parameter Store (free std params "
                                      "4 KB, advanced 8 KB)\n")
    assert lookup_values(conn, "secrets manager max secret size") == []
    # the names a comparison's heading lists own no figure: the part under it says whose
    # (unseen42: CloudTrail's event history is kept 90 days)
    conn = notes_conn(tmp_path / "c", "# Audit\n\n- CloudTrail vs CloudWatch vs Config: Trail = "
                                      "who did what API call (90 days event history free), "
                                      "CW = perf metrics/logs\n")
    assert "90" in first_value(conn, "cloudtrail event history days")


def test_a_statement_saying_the_measure_typed_keeps_its_answer(tmp_path):
    # CloudWatch Logs keep log events forever by default ("Never expire"), settable from 1
    # day to 10 years (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html)
    conn = notes_conn(tmp_path, "# CloudWatch\n\nCloudWatch Logs retention is forever by "
                                "default, never expire, and you can set it from one day up "
                                "to ten years.\n")
    assert "forever" in first_value(conn, "cloudwatch logs default retention")


def test_a_tierless_deep_archive_statement_is_no_expedited_time(tmp_path):
    # Deep Archive has no expedited tier: standard within 12 h, bulk within 48 h
    conn = notes_conn(tmp_path, "# S3\n\n- Glacier Deep Archive: standard retrieval within "
                                "12 hrs, bulk 48 hrs\n")
    assert lookup_values(conn, "deep archive expedited retrieval time") == []
    assert "12" in first_value(conn, "deep archive standard retrieval time")


def test_a_figure_stated_twice_is_read_where_its_own_name_is(tmp_path):
    # unseen154: an ASG's cooldown and health check grace period both default to 300 s
    # (https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html);
    # the first "300 s" is the cooldown's, the grace period's is the second
    conn = notes_conn(tmp_path, "# Auto Scaling\n\nASG cooldown 300 s, grace period 300 s. "
                                "ALB idle 60 s, dereg delay 300 s.\n")
    assert "300" in first_value(conn, "asg health check grace period default")


def test_a_setting_named_by_another_word_keeps_its_answer(tmp_path):
    # review 43, finding 1: a student's name for a setting is no other setting; only known
    # siblings of one noun (idle / health check) are told apart
    conn = notes_conn(tmp_path, "# CloudFront\n- origin response timeout default 30 s\n\n"
                                "# API Gateway\n- integration timeout max 29 s\n")
    assert "30" in first_value(conn, "cloudfront origin read timeout default")
    assert "29" in first_value(conn, "api gateway max request timeout")
    conn = notes_conn(tmp_path / "b", "# CloudFront\n\nCloudFront origin response timeout: 30 "
                                      "seconds by default, you can raise it up to 60.\n")
    assert first_value(conn, "cloudfront origin read timeout default").startswith("30 s")


def test_a_vs_aside_owns_only_its_own_figures(tmp_path):
    # review 43, finding 2: "(vs Kinesis 24 h)" owns the 24 h, not the figures after it
    conn = notes_conn(tmp_path, "# SQS\n- SQS retention 4 days default (vs Kinesis 24 h), "
                                "max 14 days\n")
    assert first_value(conn, "sqs max retention").startswith("14 days")
    assert "4 days" in first_value(conn, "sqs default retention")
    conn = notes_conn(tmp_path / "b", "# Kinesis\n- Kinesis retention 24 h default (vs SQS 4 "
                                      "days), up to 365 days\n")
    assert first_value(conn, "kinesis max retention").startswith("365 days")
    assert "24 h" in first_value(conn, "kinesis retention default")


def test_a_service_named_in_passing_owns_no_figure(tmp_path):
    # review 43, finding 2: Route 53 is the failover's DNS, not a side of the comparison;
    # and the line compares two RDS features, no two services
    conn = notes_conn(tmp_path, "# RDS\n- RDS Multi-AZ vs read replicas: Multi-AZ is sync for "
                                "HA, replicas async; failover flips the DNS record in Route 53, "
                                "takes 60-120 seconds\n- DynamoDB provisioned vs on-demand: "
                                "provisioned scales with CloudWatch alarms, max 40,000 RCU per "
                                "table by default\n")
    assert first_value(conn, "rds multi az failover time").startswith("60–120")
    assert "40,000" in first_value(conn, "dynamodb max rcu per table")


def test_known_sibling_settings_and_a_vs_after_a_semicolon_stay_refused(tmp_path):
    # the wrong answers the narrowed rules must still refuse (unseen131, unseen102)
    conn = notes_conn(tmp_path, "# CloudFront\n- origin response timeout default 30 s\n")
    assert lookup_values(conn, "cloudfront origin keepalive timeout default") == []
    assert "30" in first_value(conn, "cloudfront origin read timeout default")
    conn = notes_conn(tmp_path / "b", "# Secrets Manager\n- Secrets Manager: auto rotation via "
                                      "Lambda, $0.40/secret/month; vs SSM Parameter Store "
                                      "standard = free, 4 KB, no native rotation\n")
    assert lookup_values(conn, "secrets manager max secret size") == []


def test_an_integration_timeout_is_no_idle_timeout(tmp_path):
    # unseen156: an API Gateway integration timeout answers no WebSocket idle timeout
    conn = notes_conn(tmp_path, "# API Gateway\n- integration timeout 50 ms - 29 s\n")
    assert lookup_values(conn, "websocket api idle timeout") == []
    assert "29" in first_value(conn, "api gateway max request timeout")


def test_one_set_of_quantity_kinds():
    # final review 43 (finding 3a): compared_side reads the quantity kinds attribute_said
    # and attribute_qualifier read, not a copy of its own
    from studycli.lookup import compared_side, features

    assert compared_side._QUANTITY_KINDS is features._QUANTITY_KINDS


def test_a_statements_figures_are_found_once_per_candidate(tmp_path, monkeypatch):
    # final review 43 (finding 4): another_attribute found a statement's figure spots, then
    # _other_modifier found them again; it is handed them now, and the answer is the same
    from studycli.lookup import answer, attribute_said

    calls: list[bool] = []
    find = attribute_said._figure_spots

    def counted(fact, every_place=False):
        calls.append(every_place)
        return find(fact, every_place)

    most = []
    judge = answer.another_attribute

    def judged(*args, **kwargs):
        calls.clear()
        result = judge(*args, **kwargs)
        most.append(calls.count(False))
        return result

    monkeypatch.setattr(attribute_said, "_figure_spots", counted)
    monkeypatch.setattr(answer, "another_attribute", judged)
    conn = notes_conn(tmp_path, "# ALB\n\n- ALB idle timeout default is 60 seconds, and "
                                "connections close after it\n")
    assert lookup_values(conn, "alb health check timeout default") == []
    assert most and max(most) == 1


def test_a_figure_both_sides_of_a_vs_state_is_the_asked_sides_too(tmp_path):
    """"SNS vs SQS: SNS max message 256 KB; SQS max message 256 KB": the figure's first place
    is SNS's part, but SQS states it too; SQS's own fact answers "sqs max message size"
    (taking the first place alone gave SNS's line, with SNS's AWS warning, first)."""
    from studycli.lookup import lookup

    conn = notes_conn(tmp_path, "# Compare\n"
                      "- SNS vs SQS: SNS max message 256 KB; SQS max message 256 KB\n")
    hits = lookup(conn, "sqs max message size", limit=3).to_json()
    assert hits and hits[0]["service"] == "SQS" and hits[0]["value"] == "256 KB", hits[:2]
