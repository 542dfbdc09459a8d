"""Which service a line's facts are filed under, where its heading only lists services
(session 40's attribution work): the line's own opening service, or the term of the
glossary entry right above its list, outranks the first service the heading lists."""

from studycli.extract import parse_note


def _services(text: str, number: float) -> set[str]:
    return {f.service for f in parse_note(text, "notes.md").facts if f.number == number}


def test_a_service_after_a_reminder_word_opens_the_line():
    note = ("# Error journal - messaging (SQS / SNS / Kinesis / EventBridge)\n\n"
            "Remember: KDS retention default 24 hrs, max 7 days (extended retention)\n")
    assert _services(note, 7 * 86400) == {"Kinesis Data Streams"}  # was SQS's


def test_a_preposition_opens_no_line():
    # under a heading that lists services, where the opening-words rule runs (under "# Lambda
    # scaling" it never did, and the test could not fail: final reader of session 41)
    note = ("# Serverless (Lambda / SQS / SNS)\n\n"
            "- For SQS (standard) queue Lambda adds 60 more instances per minute to scale up\n")
    assert "SQS" not in {f.service for f in parse_note(note, "notes.md").facts
                         if f.kind != "fact"}


def test_a_glossary_term_owns_the_items_under_it():
    note = ("# compute glossary (EC2 / ELB / ASG / beanstalk) — A to Z\n\n"
            "**ALB (Application Load Balancer)** — layer 7, HTTP/HTTPS/WebSocket. path + host "
            "based routing, target groups (EC2, Lambda, IPs, ECS)\n"
            "  - idle timeout default 60 sec\n")
    assert _services(note, 60) == {"ELB"}  # was EC2's, the first the heading lists
    # the term names the load balancer: "nlb idle timeout default" is not answered by it
    assert {f.subject for f in parse_note(note, "notes.md").facts if f.number == 60} == {"ALB"}


def test_a_glossary_term_naming_two_services_owns_nothing():
    note = ("# messaging glossary (SQS / SNS / Kinesis)\n\n"
            "**SNS + SQS fan-out** — one topic, many queues\n"
            "  - max message size 256 KB\n")
    assert "SQS" in _services(note, 256 * 1024)  # as before: the heading's first


def test_the_one_service_a_line_above_a_list_names_leads_it():
    note = ("# diary week 4 — databases (RDS, Aurora, DynamoDB, ElastiCache, Redshift)\n\n"
            "## Day 23\n"
            "time: 1h45. mood: aurora is confusing but cool\n"
            "- Multi-AZ: sync standby, failover 60-120 sec, standby NOT readable\n\n"
            "## Day 24\n"
            "time: 2h30. mood: DynamoDB brain melt\n"
            "- item max size 400 KB (incl attribute names)\n")
    assert _services(note, 400 * 1024) == {"DynamoDB"}  # was RDS's, the heading's first
    # an item opening with a thing of the listed service stays its: RDS's Multi-AZ
    assert _services(note, 120) == {"RDS"}
