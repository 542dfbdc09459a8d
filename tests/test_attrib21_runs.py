"""Session 22 (lookup32a): whole runs of lines filed under the right service on notes like
last session's blind sets: notes typed while watching a video ("1:45 S3 = object storage"
under a title naming EC2), a Q&A journal's question headings that name no service, a list
under a "**Limits:**" label in a run about one service, a label naming another service's part
("Destinations: S3, ..."), and a comma inside brackets that breaks no clause."""

from __future__ import annotations

import json

from tests.helpers import parsed_quantities, run_here


def _services(text: str, name: str = "n.md") -> dict[str, str]:
    """attribute value -> service of each quantity the note makes."""
    return {f"{attribute} {value}": service
            for service, _, attribute, _, value in parsed_quantities(text, name)}


_VIDEO = ("SAA storage + ec2 crash course -- notes while watching\n"
          "------------------------------------------------------\n"
          "0:00 intro, skip\n"
          "1:45 S3 = object storage, buckets are regional\n"
          "3:30 object max size 5 TB\n"
          "7:02 KMS encryption can throttle you\n"
          "20:00 presigned URLs: default expiry 3600 secs, max 7 days\n"
          "41:00 (skipped the demo) EC2 section\n"
          "42:05 spot interruption notice = 2 minutes\n"
          "47:30 EBS ----\n"
          "50:25 volume size gp2/gp3 1 GiB - 16 TiB\n")


def test_a_timestamped_line_that_heads_the_run_moves_it_off_the_titles_service():
    services = _services(_VIDEO, "n.txt")
    assert services["object size 5 TB"] == "S3"  # was EC2's, the title's
    assert services["TTL 7 days"] == "S3"  # the presigned URL's, past a line about KMS
    # a line naming the title's service brings the run back to it; the next head moves it on
    assert services["interruption notice 2 min"] == "EC2"
    assert {s for a, s in services.items() if "TiB" in a} == {"EBS"}


def test_a_run_ends_at_a_blank_line():
    services = _services("Storage and EC2 notes\n---------------------\n"
                         "1:45 S3 = object storage\n3:30 object max size 5 TB\n\n"
                         "4:00 max 20 on-demand instances by default\n", "n.txt")
    assert services["object size 5 TB"] == "S3"
    assert "EC2" in {s for a, s in services.items() if "20" in a}


def test_lines_under_a_service_heading_without_a_run_head_keep_it():
    # a line that only names another service in passing is no head of the run
    services = _services("## Lambda\n\nmax timeout 15 min, logs go to CloudWatch\n"
                         "memory up to 10,240 MB\n")
    assert set(services.values()) == {"Lambda"}


_JOURNAL = ("# DVA serverless - my Q&A notes\n\n"
            "### How much memory can I give a Lambda?\n128 MB up to 10,240 MB.\n\n"
            "### How big can /tmp be?\n512 MB, fixed.\n\n"
            "### What are the deployment package limits?\n"
            "- env vars: 4 KB total, encrypted at rest w/ KMS\n\n"
            "## Extras\n\n### Anything else?\nmax 5 layers per function\n")


def test_a_question_heading_naming_no_service_asks_on_about_the_one_before():
    services = _services(_JOURNAL)
    assert services["ephemeral storage (/tmp) 512 MB"] == "Lambda"  # was nobody's
    assert services["environment variables size 4 KB"] == "Lambda"  # was KMS's
    # a new section starts a new thread: nothing to go on about
    assert "Lambda" not in {s for a, s in services.items() if "layers" in a}


def test_a_list_under_a_label_goes_on_with_the_run_of_lines_above_it():
    services = _services("AMAZON EVENTBRIDGE\n\n"
                         "**Overview:** serverless event bus that routes events\n"
                         "**Rules:** each rule can have up to 5 targets\n"
                         "**Limits:**\n- max event size 256 KB (PutEvents entry)\n"
                         "- failed deliveries are retried for up to 24 hours, then sent to a "
                         "DLQ (SQS)\n")
    assert services["event size 256 KB"] == "EventBridge"  # was nobody's
    assert services["retry duration 24 h"] == "EventBridge"  # was SQS's


def test_a_label_naming_another_services_part_is_a_field_of_the_run():
    services = _services("Amazon Data Firehose (ex Kinesis Data Firehose)\n"
                         "**Destinations:** S3, Redshift (COPY through S3), OpenSearch, Splunk.\n"
                         "**Buffering:** buffer size 1 MB to 128 MB, buffer interval 60 to 900 "
                         "seconds.\n")
    assert {s for a, s in services.items() if "buffer" in a} == {"Data Firehose"}  # was S3's


def test_a_comma_inside_brackets_breaks_no_clause():
    services = _services("## SNS\n\n**Delivery retries:** for AWS-managed endpoints (SQS, "
                         "Lambda) SNS retries 100,015 times over 23 days\n")
    assert {s for a, s in services.items() if "100,015" in a} == {"SNS"}  # was Lambda's


def test_lookup_answers_from_a_video_run(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "crash_course.txt").write_text(_VIDEO)
    db = str(tmp_path / "s.db")
    assert run_here("ingest", str(notes), "--json", db=db).returncode == 0
    hits = json.loads(run_here("lookup", "s3 max object size", "--json", db=db).stdout)
    assert hits and hits[0]["value"] == "5 TB" and hits[0]["service"] == "S3"


def test_a_part_named_alone_inside_another_services_item_is_that_services():
    quantities = parsed_quantities("- ElastiCache\n  - Redis\n    - read replicas\n"
                                   "      - up to 5 replicas per shard\n"
                                   "- RDS\n  - read replicas\n"
                                   "    - up to 15 replicas per instance\n")
    owners = {value: (service, subject) for service, subject, _, _, value in quantities}
    assert owners["5 replicas"][0] == "ElastiCache"  # was RDS's read replicas
    assert owners["15 replicas"] == ("RDS", "read replica")


def test_words_past_a_numbers_full_stop_name_the_next_number():
    quantities = parsed_quantities("## S3\n\n- max object size 5 TB. single PUT max 5 GB\n")
    assert {(attribute, value) for _, _, attribute, _, value in quantities} == {
        ("object size", "5 TB"), ("single PUT upload size", "5 GB")}  # were swapped


def test_a_list_under_a_new_topics_label_does_not_go_on_with_the_run():
    services = _services("## Exam tips\n\nDynamoDB global tables for multi-region\n\n"
                         "**Networking (I was weak here)**\n- 5 VPCs per region default\n"
                         "- SG = stateful, NACL = stateless, max 20 rules\n")
    assert services["vpcs (per region) 5 VPCs"] == "VPC"
    assert "DynamoDB" not in services.values()


def test_a_services_own_digits_count_nothing_before_every():
    # "Route 53 ... every 30 sec" read the 53 as a count, so the 30 s was "a rate"
    facts = {(kind, attribute, value) for _, _, attribute, kind, value
             in parsed_quantities("Route 53 health checkers check every 30 sec by default, "
                                  "fast option 10 sec (costs more)\n", "n.txt")}
    assert ("default", "interval", "30 s") in facts
    # the value beside the default is another case, named by its label: not "the interval"
    assert ("", "interval (fast option)", "10 s") in facts
    assert not any(kind == "" and attribute == "interval" for kind, attribute, _ in facts)


def test_a_count_before_every_still_makes_a_period():
    assert not any(value == "10 s" for *_, value
                   in parsed_quantities("## Kinesis\n\n- 5 records every 10 seconds\n"))


def test_an_error_table_no_heading_owns_is_each_rows_named_services():
    from studycli.extract import parse_note
    from studycli.model import Kind

    facts = parse_note("## 6. Error codes cheat table\n\n| Code | Meaning | Retry? |\n"
                       "|---|---|---|\n"
                       "| 413 RequestEntityTooLarge | Lambda payload too big | no |\n"
                       "| 400 ProvisionedThroughputExceededException | DynamoDB / Kinesis over "
                       "capacity | yes |\n| 500 / 503 | service side | yes |\n", "n.md").facts
    codes = {(f.service, f.attribute, f.value) for f in facts if f.kind is Kind.ERROR_CODE}
    assert codes == {  # were nobody's, and the exceptions' names were lost
        ("Lambda", "413", "RequestEntityTooLarge: Lambda payload too big"),
        ("DynamoDB", "400", "ProvisionedThroughputExceededException: DynamoDB / Kinesis over "
                            "capacity"),
        ("Kinesis Data Streams", "400", "ProvisionedThroughputExceededException: DynamoDB / "
                                        "Kinesis over capacity")}


_CRAM = "\n".join([
    'Cloud Practitioner cram 📝',
    'Exam booked 18 Oct → 65 Qs, 90 min, pass = 700/1000',
    '',
    '☑ watch cloud concepts vids',
    '☑ pricing models',
    '☐ S3 storage classes (again!!)',
    '☐ shared responsibility examples',
    '☐ support plans table',
    '☐ practice test #3 (got 68% on #2 😬)',
    '',
    '— CLOUD CONCEPTS —',
    '6 advantages of cloud (AWS list):',
    '• trade fixed expense (capex) for variable expense (opex)',
    '• benefit from massive economies of scale',
    '• stop guessing capacity',
    '• increase speed & agility',
    '• stop spending $ running data centers',
    '• go global in minutes',
])


def test_a_labelled_list_after_a_blank_line_does_not_go_on_with_an_earlier_service():
    from studycli.extract import parse_note

    facts = parse_note(_CRAM, "n.txt").facts
    assert {f.service for f in facts if f.line > 12} == {""}  # were S3's
