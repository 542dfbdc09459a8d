"""A new user's notes (session 30, nu30a): lines written in their own style that made a student
believe something wrong."""

from __future__ import annotations

from .helpers import attribute_names, ingest_text, lookup_values, notes_fixture, run_here

NOTES = ("# S3 storage classes\n\n"
         "- Glacier Deep Archive: retrieval 12 hrs std, 48 hrs bulk; min 180 days\n")

notes = notes_fixture(NOTES)


def test_a_class_minimum_in_days_is_no_retrieval_time(notes):
    # a restore takes minutes or hours (48 h at most); a class's minimum in days is its minimum
    # storage duration:
    # https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html
    names = attribute_names(NOTES)
    assert names["180 days"] == {"minimum storage duration"}
    assert names["12 h"] == {"retrieval time (standard)"}  # "std" is the Standard tier
    for query in ("glacier deep archive retrieval time", "deep archive retrieval time"):
        values = lookup_values(notes, query)
        assert values[:2] == ["12 h", "48 h"], (query, values)
    assert lookup_values(notes, "deep archive minimum storage duration")[0] == "180 days"


def test_a_part_with_no_label_goes_on_about_the_line_label(tmp_path):
    # after the ';' "min 180 days" has no label of its own: it is still Deep Archive's, so no
    # answer about a storage class the notes never name (a "GSI: ...; any index: max 100" part
    # opens with its own label and stays its own)
    _, db, _ = ingest_text(tmp_path, NOTES)
    for query in ("glacier instant retrieval min storage duration",
                  "glacier flexible retrieval time"):
        shown = run_here("lookup", query, db=db)
        assert shown.returncode == 1 and shown.stdout.startswith("Not in your notes"), (
            query, shown.stdout)
    assert run_here("lookup", "deep archive min storage", db=db).stdout.startswith("180 days")


def test_a_heading_emoji_is_no_topic(tmp_path):
    from .helpers import folder_cli

    ask = folder_cli(tmp_path, {"route53.md": "# 🚀 Route 53\n\n- alias records point at AWS "
                                              "resources\n\n## ✅ SQS tips 👍🏽\n\n"
                                              "- long polling reduces cost\n"})
    attributes = {f["attribute"] for f in ask("facts")}
    assert attributes and not any(set(a) & set("🚀✅👍🏽") for a in attributes), attributes
    assert "tips" in attributes


def test_a_value_taken_back_on_its_line_is_no_fact(tmp_path):
    from .helpers import folder_cli

    ask = folder_cli(tmp_path, {"r53.md": "# Route 53\n\n- TTL default 300s for alias? no: alias "
                                          "records have no TTL you set\n"
                                          "- Lambda default timeout 3 s, actually it's 15 s\n"
                                          "- Lambda timeout 3 s default, actually set per "
                                          "function\n"})
    by_line: dict[int, set[str]] = {}
    for f in ask("facts"):
        if f["kind"] != "fact":
            by_line.setdefault(f["line"], set()).add(f["value"])
    assert "300 s" not in by_line.get(3, set()), by_line
    assert "3 s" not in by_line.get(4, set()), by_line  # taken back: "actually it's 15 s"
    assert "3 s" in by_line.get(5, set()), by_line  # "actually set per function" keeps it
    hits = ask("lookup", "route 53 alias ttl")
    assert hits and hits[0]["kind"] == "fact" and "no TTL you set" in hits[0]["value"], hits


VPC = "# VPC\n\n- CIDR /16 max, /28 min\n- 5 IPs reserved per subnet\n"
vpc = notes_fixture(VPC)


def test_a_bound_asked_answers_with_the_clause_bounded_so(vpc):
    # "smallest", "min", "at least" ask a minimum: the /28, not the /16 maximum the line opens
    # with ("The smallest VPC you can create uses a /28 netmask ..., and the largest uses a /16":
    # https://docs.aws.amazon.com/sdkfornet/latest/apidocs/items/TEC2CreateVpcRequestNET45.html)
    for query in ("smallest vpc cidr", "vpc cidr min", "vpc cidr at least"):
        assert lookup_values(vpc, query)[0] == "CIDR /28 min", query
    assert lookup_values(vpc, "largest vpc cidr")[0] == "CIDR /16 max"
    assert lookup_values(vpc, "vpc cidr")[0] == "CIDR /16 max, /28 min"  # no bound asked


HEDGED = ("# RDS\n\n- RDS read replicas: up to 5 (MySQL) <-- not sure, maybe 15 now?\n"
          "\n# API Gateway\n\n- API GW timeout 29 sec <- hard limit?\n")


def test_a_figure_the_student_doubts_after_writing_it_answers_marked_unsure(tmp_path):
    # the aside's guess (15) is no fact; the 5 written is, so check can say what AWS gives
    _, db, _ = ingest_text(tmp_path, HEDGED)
    shown = run_here("lookup", "rds max read replicas", "--limit", "1", db=db)
    assert shown.returncode == 0 and shown.stdout.startswith("5 replicas"), shown.stdout
    assert "your note is unsure" in shown.stdout
    shown = run_here("lookup", "api gateway timeout", "--limit", "1", db=db)
    assert shown.stdout.startswith("29 s") and "your note is unsure" in shown.stdout, shown.stdout
    checked = run_here("check", db=db)
    assert "RDS / read replica" in checked.stdout and "15 per source DB instance" in checked.stdout


def test_a_doubt_before_every_number_still_doubts_them_all():
    names = attribute_names("# RDS\n\n- iirc max 15 read replicas\n"
                            "- up to 5 read replicas... no wait, or was it 15\n")
    assert not names


PAIR = ("# Lambda\n\n- max timeout 15 min\n- memory 128 MB to 10,240 MB, in 1MB steps\n"
        "\n# API Gateway\n\n- integration timeout 29 sec\n")
pair = notes_fixture(PAIR)


def test_two_services_named_ask_what_concerns_the_pair(pair):
    # no word relates them: the setting of one's link to the other (API Gateway's integration
    # timeout, 29 s by default:
    # https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/)
    # answers, not the first service's own 15 min
    for query in ("lambda max timeout api gateway", "api gateway timeout lambda"):
        assert lookup_values(pair, query)[0] == "29 s", query
    assert lookup_values(pair, "lambda max timeout")[0] == "15 min"


WORDING = ("# Lambda\n\n- memory 128 MB to 10,240 MB, in 1MB steps\n"
           "\n# SQS\n\n- FIFO: 300 msg/s without batching\n- max message size 256 KB\n"
           "\n# EC2\n\n- placement group: max 7 instances per AZ (spread)\n")
wording = notes_fixture(WORDING)


def test_steps_say_increments(wording):
    values = lookup_values(wording, "lambda memory increments")
    assert values and "1MB steps" in values[0], values


def test_a_group_count_is_no_account_count(wording):
    # a placement group's 7 instances per AZ is no count of the account's or Region's
    assert lookup_values(wording, "ec2 max instances") == []
    values = lookup_values(wording, "ec2 placement group max instances")
    assert values and "7" in values[0], values


def test_a_group_label_leaves_other_measures_alone(tmp_path):
    from .helpers import notes_conn

    conn = notes_conn(tmp_path, "# CloudWatch Logs\n\n- log groups: never expire by default; "
                                "retention 1 day to 10 years\n")
    values = lookup_values(conn, "cloudwatch logs default retention")
    assert values and "never expire" in values[0], values
