"""Which service a line's facts are filed under (review of session 40's attribution work):
a service after a line's opening words opens it only under a heading that lists services or
names none; a line's own service does not carry to the lines after it whose words are another
listed service's; a list's lead outranks such a heading only where it says plainly which
service the list is about."""

import pytest

from studycli.extract import parse_note


def _facts(text: str) -> list:
    return [f for f in parse_note(text, "notes.md").facts if f.kind != "fact"]


def _services(text: str, number: float) -> set[str]:
    return {f.service for f in _facts(text) if f.number == number}


@pytest.mark.parametrize("note, number, service", [
    # an integration named under its consumer's heading keeps the heading's service
    ("# API Gateway\n\n- Also Lambda integration timeout max 29 seconds\n", 29, "API Gateway"),
    ("# Lambda\n\n- Remember S3 invokes async, retries 2 times\n", 2, "Lambda"),
    # an event source mapping's batch size is Lambda's setting
    ("# Lambda\n\n- Also SQS triggers it: batch size default 10\n", 10, "Lambda"),
])
def test_opening_words_do_not_move_a_line_off_its_headings_one_service(note, number, service):
    assert _services(note, number) == {service}


def test_a_lines_own_service_does_not_carry_to_another_listed_services_words():
    # the review's n7 example: SNS has no visibility timeout; "FIFO" is SQS's and SNS's, so it
    # moves no line
    note = ("# messaging (SQS / SNS / Kinesis / EventBridge)\n\n"
            "Remember: SNS max message size 256 KB\n"
            "visibility timeout max 12 hours\n\n"
            "FIFO throughput 300 msg/s without batching\n")
    facts = _facts(note)
    assert {f.service for f in facts if f.number == 256 * 1024} == {"SNS"}
    assert {(f.service, f.attribute) for f in facts if f.number == 12 * 3600} == {
        ("SQS", "visibility timeout")}


def test_words_two_listed_services_share_claim_for_neither():
    # a delivery delay is SQS's and SNS's: the line stays with the service before it
    note = ("# messaging (SNS / SQS / Kinesis)\n\n"
            "SQS max message size 256 KB\n"
            "delivery delay max 15 minutes\n")
    assert _services(note, 900) == {"SQS"}


def test_a_heading_naming_one_service_keeps_its_lines_whatever_their_words():
    # under "## SNS" the section is SNS's, though the listing above names SQS
    note = ("# messaging (SQS / SNS / Kinesis)\n\n## SNS\n\n"
            "- visibility timeout of the subscribed queue max 12 hours\n")
    assert _services(note, 12 * 3600) == {"SNS"}


def test_an_item_opening_with_another_services_thing_follows_its_lead():
    # "shards" is Kinesis's: the item is no thing of RDS, the first the heading lists
    note = ("# diary week 4 — databases (RDS, Aurora, DynamoDB)\n\n"
            "## Day 9\n"
            "mood: Kinesis finally clicked\n"
            "- shards: write 1 MB/s each\n")
    assert _services(note, 1024 * 1024) == {"Kinesis Data Streams"}


def test_a_term_naming_a_service_and_another_thing_leads_no_list():
    # "Direct Connect / Site-to-Site VPN" is about two things, one the catalog does not know
    note = ("# networking glossary (VPC / Direct Connect / Route 53)\n\n"
            "**Direct Connect / Site-to-Site VPN** — hybrid links\n"
            "  - VPN tunnel max 1.25 Gbps\n")
    assert "Direct Connect" not in {f.service for f in _facts(note)}


def test_an_arrow_after_a_name_defines_no_term():
    # "S3 -> Lambda: async invoke" says where S3's events go: the retries are Lambda's
    note = ("# serverless (Lambda / S3 / SQS)\n\n"
            "S3 -> Lambda: async invoke\n"
            "- retries 2 times\n")
    assert _services(note, 2) == {"Lambda"}


def test_a_heading_naming_services_without_listing_them_lends_no_claim():
    # a shard is Kinesis's, but the parallelization factor is Lambda's event source mapping's
    note = ("# Lambda and Kinesis\n\n"
            "- parallelization factor up to 10 batches per shard\n")
    assert "Kinesis Data Streams" not in _services(note, 10)


def test_a_line_of_a_service_the_heading_does_not_list_stays_its():
    # "origin" is a CloudFront word, but this origin trigger is Lambda@Edge's
    note = ("## CloudFront / Global Accelerator / Route 53\n\n"
            "* Lambda@Edge: Node/Python, viewer trigger max 5 sec, origin trigger max 30 sec\n")
    assert _services(note, 30) == {"Lambda"}


# attrib41 review, findings 1 and 2: a part's line moves the run to the part, and words several
# services share (or a measure a parse rule merely names) claim no line for one of them
_AURORA = ("# DATABASES (RDS / Aurora / DynamoDB)\nRDS\nmax storage 64 TiB\n"
           "Aurora: MySQL/Postgres compatible, 6 copies across 3 AZs\n"
           "storage auto grows up to 128 TiB\nup to 15 read replicas\n")
_FIREHOSE = ("Kinesis Data Streams\nshard: 1 MB/s in, 2 MB/s out\n"
             "Firehose: fully managed, near real time delivery\n"
             "buffer interval 60 to 900 seconds\nmax record size 1000 KB\n")


def test_a_parts_line_moves_the_run_to_the_part():
    assert _services(_AURORA, 15) == {"Aurora"}
    assert {f.service for f in _facts(_AURORA) if f.number == 128 * 1024 ** 4} == {"Aurora"}
    facts = _facts(_FIREHOSE)
    assert {f.service for f in facts if f.high == 900} == {"Data Firehose"}
    assert {f.service for f in facts if f.number == 1000 * 1024} == {"Data Firehose"}


def test_shared_words_claim_no_line_for_one_listed_service():
    wcu = ("# Databases (DynamoDB / Kinesis / RDS)\n- DynamoDB tables: on-demand or provisioned\n"
           "- default write throughput quota per table 40,000 WCU\n")
    assert _services(wcu, 40000) == {"DynamoDB"}
    fifo = ("# messaging (SQS / SNS / EventBridge)\nSNS\nFIFO ordering needs message group ID\n"
            "FIFO throughput 300 msg/s per topic\n")
    assert _services(fifo, 300) == {"SNS"}


LAMBDA_ACTED_ON = ("## serverless (Lambda / S3 / SQS / API Gateway)\n\n"
                   "- Lambda timeout max 15 min\n"
                   "- Plus S3 events invoke it async, retries 2 times\n"
                   "- Also SQS triggers it, batch size default 10\n"
                   "- Remember: S3 object max 5 TB\n")


def test_a_line_saying_it_of_the_runs_service_stays_that_services():
    # fix review of attrib41: "invoke it" / "triggers it" name S3 and SQS only as what acts on
    # Lambda; main filed the retries and the batch size under Lambda, the branch under S3/SQS
    facts = [(f.service, f.attribute, f.value) for f in _facts(LAMBDA_ACTED_ON)]
    retries = [f for f in facts if "retr" in f[1]]
    batch = [f for f in facts if "batch" in f[1]]
    assert retries and all(f[0] == "Lambda" for f in retries), facts
    assert batch and all(f[0] == "Lambda" for f in batch), facts
    # a line that says nothing of "it" still opens with its own service
    assert any(f[0] == "S3" and "5 TB" in f[2] for f in facts), facts


def test_a_later_sentence_with_another_listed_services_measure_is_that_services():
    # final reader of session 41: the opening words moved the whole line to SNS, and SNS was
    # taught a visibility timeout (SQS's 12 h lost: main filed it under SQS)
    text = ("# Messaging (SQS / SNS / Kinesis)\n\n"
            "Remember: SNS max message size 256 KB. The visibility timeout max is 12 hours.\n")
    facts = [(f.service, f.attribute) for f in _facts(text)]
    assert ("SQS", "visibility timeout") in facts, facts
    assert not any(s == "SNS" and "visibility" in a for s, a in facts), facts
