"""What the parser files for a line is what lookup answers and an exam asks (session 38):

- a dotted key ("route53.health_check.interval = 30s std, 10s fast") is read as all its words
  (notes/identifier_keys.py): read as written it lost its middle words, and an exam asked for
  Route 53's "fast interval" with no health check named;
- a heading or item that lists several subjects ("## VPC, Subnets, NACL") lends none of them to
  the lines below it (extract/context.py, trail_subject): the first lent its name to every line
  ("5 IPs reserved per subnet" was asked as the NACL's);
- a title line naming a service with a number in its name ("Route 53") heads the plain lines
  after it as "Route53" does (extract/line_runs.py): its health checks were the VPC's.

Lines here are written for the test, in wordings other than the development notes'.
"""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind
from studycli.notes.identifier_keys import split_identifier_keys


def _quantities(text: str, name: str = "n.md") -> list[tuple[str, str, str, str, str]]:
    return [(f.service, f.subject, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, name).facts if f.kind is not Kind.FACT]


# --- dotted keys


def test_a_dotted_key_keeps_its_middle_words():
    text = ("sqs.visibility_timeout.max = 12 hrs\n"
            "route53.health_check.request_interval = 30s std, 10s fast\n"
            "ebs.gp3.baseline_iops = 3000\n")
    facts = _quantities(text, "dots.txt")
    intervals = [f for f in facts if f[0] == "Route 53" and f[4] in ("30 s", "10 s")]
    assert intervals, facts
    # the health check is named in what is filed, never a bare "interval" of Route 53
    assert all("health check" in (f[1] + " " + f[2]) for f in intervals), intervals


def test_dotted_keys_are_split_only_in_a_sheet_of_keys_naming_services():
    lines = ["kinesis.retention.max = 365 days", "firehose.buffer_interval.min = 60 sec",
             "subnet.reserved_ips = 5 per subnet", "index.html: the root object",
             "python3.11 = the runtime", "ec2.InstanceLimitExceeded = vCPU limit hit",
             "s3.endpoint = https://s3.amazonaws.com"]
    split_identifier_keys(lines, [False] * len(lines))
    assert lines[:3] == ["kinesis retention max = 365 days",
                         "firehose buffer interval min = 60 sec",
                         "subnet reserved ips = 5 per subnet"]
    assert lines[3] == "index.html: the root object"  # a file's name
    assert lines[4] == "python3.11 = the runtime"  # a version
    assert lines[5] == "ec2 InstanceLimitExceeded = vCPU limit hit"  # an error's own name kept
    assert lines[6] == "s3.endpoint = https://s3.amazonaws.com"  # an address is no limit
    # one dotted name in running notes is no sheet of keys
    single = ["sqs.max_size = 256 KB", "the rest of the note is prose"]
    split_identifier_keys(single, [False] * 2)
    assert single[0] == "sqs.max_size = 256 KB"


def test_a_bare_grace_is_the_health_check_grace_period_not_its_interval():
    facts = _quantities("asg.health_check_grace = 300 sec\nasg.default_cooldown = 300 sec\n",
                        "asg.txt")
    assert ("Auto Scaling", "", "health check grace period", "", "300 s") in facts, facts
    assert not any(f[2] == "health check interval" for f in facts)


# --- a heading that lists subjects


def test_a_heading_listing_subjects_lends_none_of_them():
    text = ("## VPC, NACL, Subnets\n\n"
            "- 5 IPs reserved in each subnet\n"
            "- 60 inbound rules per security group\n")
    facts = _quantities(text)
    assert facts
    assert not any(f[1] == "NACL" for f in facts), facts


def test_a_topic_heading_listing_services_and_a_subject_lends_no_subject():
    text = ("# networking - vpc / nacl / elb / cloudfront\n\n"
            "- 60 inbound rules per security group\n")
    facts = _quantities(text)
    assert facts
    assert not any(f[1] == "NACL" for f in facts), facts


def test_a_heading_about_one_subject_still_lends_it():
    # one subject, named in passing beside another, is still what the item is about
    text = ("## VPC\n\n"
            "- NACL = stateless, applies at subnet level\n"
            "    - 20 rules per direction default\n")
    facts = _quantities(text)
    assert ("VPC", "NACL") in {(f[0], f[1]) for f in facts}, facts
    facts = _quantities("## SQS FIFO queues\n\n- 300 msg/s without batching\n")
    assert any(f[1] == "FIFO queue" for f in facts), facts


# --- a title line naming a service with a number in its name


def test_a_title_with_a_number_in_its_name_heads_the_lines_after_it():
    text = ("# networking - vpc / nacl\n\n"
            "NACL: 20 rules per direction\n\n"
            "Route 53\n"
            "health checks: 30 s standard interval, 10 s fast\n")
    facts = _quantities(text)
    intervals = [f for f in facts if f[4] in ("30 s", "10 s")]
    assert intervals and all(f[0] == "Route 53" for f in intervals), facts


def test_a_number_of_a_line_is_no_part_of_a_run_head():
    # "Lambda timeout 15 min:" states a number: it heads no run of the lines after it
    text = ("# networking - vpc / nacl\n\n"
            "NACL: 20 rules per direction\n\n"
            "Lambda timeout 15 min:\n"
            "60 inbound rules per security group\n")
    facts = _quantities(text)
    assert not any(f[0] == "Lambda" and "rules" in f[2] for f in facts), facts


# --- two lines whose labels differ by one word: that word is each value's case


def test_a_one_word_swap_between_two_labels_names_each_case():
    text = ("## Lambda\n\n"
            "- package size zipped: 50 MB\n"
            "- package size unzipped: 250 MB\n")
    facts = _quantities(text)
    assert ("Lambda", "", "deployment package size (zipped)", "", "50 MB") in facts, facts
    assert ("Lambda", "", "deployment package size (unzipped)", "", "250 MB") in facts, facts


def test_no_case_is_read_from_a_journal_verdict_or_another_services_label():
    # "picked" / "right" share no word: a practice journal's wrong pick is no case
    text = ("## EC2 Spot\n\n"
            "- Spot interruption notice?\n"
            "  - picked 30 sec\n"
            "  - right 2 minutes\n")
    assert not any(f[4] == "30 s" for f in _quantities(text))
    # a table row naming another service's part, under S3, is filed wrong: left unsure
    text = ("## S3\n\n| thing | per unit |\n|---|---|\n"
            "| shard in | 1 MB/s |\n| shard out | 2 MB/s |\n")
    assert not any(f[0] == "S3" and f[4] in ("1 MB/s", "2 MB/s") for f in _quantities(text))


def test_a_grace_time_of_another_thing_is_no_health_check_grace_period():
    text = ("## AWS Backup\n\n- Vault Lock compliance mode grace time min 72 hours\n\n"
            "## ASG\n\n- health grace 300s ; lifecycle hook 1h def\n")
    assert not any(f[2] == "health check grace period" for f in _quantities(text))


def test_a_verdict_or_a_date_is_no_case():
    # the word two lines differ by is a verdict or a date: the wrong or outdated value must
    # stay unsure (no card, no limit answer), never named as a case (data/case_words.json)
    for text, wrong in (
            ("## SQS\n\n- retention max wrong: 7 days\n- retention max right: 14 days\n",
             "7 days"),
            ("## Practice test 3 - SQS visibility timeout max?\n\n- my answer: 24 hours\n"
             "- correct answer: 12 hours\n", "24 h"),
            ("## Lambda\n\n- max timeout was 5 min\n- max timeout now 15 min\n", "5 min"),
            ("## Lambda\n\n- memory limit before: 3008 MB\n- memory limit after: 10240 MB\n",
             "3008 MB")):
        facts = _quantities(text)
        assert not any(f[4] == wrong for f in facts), (text, facts)
        assert not any("(" in f[2] for f in facts), (text, facts)


def test_a_case_word_of_the_vocabulary_joins_its_measure():
    # "shard write" is the write throughput, the name a dotted key or a plain line gives it
    plain = {(f[0], f[2], f[4]) for f in _quantities("## Kinesis\n\n- shard write 1 MB/s\n")}
    text = ("kinesis.shard.write = 1 MB/s\nkinesis.shard.read = 2 MB/s\n"
            "sqs.visibility_timeout.max = 12 hrs\n")
    facts = {(f[0], f[2], f[4]) for f in _quantities(text, "c.txt")}
    assert plain & facts, (plain, facts)
    assert not any("(" in f[1] for f in facts), facts


def test_a_fact_in_two_pairs_names_no_case():
    # three lines, the middle one paired with both: which case it is cannot be told
    text = ("## Lambda\n\n- package size zipped: 50 MB\n- package size unzipped: 250 MB\n"
            "- package size zipped: 75 MB\n")
    assert not any("(" in f[2] for f in _quantities(text)), _quantities(text)


# --- a line labelled by a subject: a second value of its measure, under no subject


def test_a_second_value_of_a_labelled_lines_measure_is_no_answer_of_the_service():
    # the console's 12 hours is a case of the presigned URL, not S3's own URL expiry: filed
    # under no subject it outranked the 7 days for "presigned url max expiration sdk"
    text = ("# Storage (S3, Glacier, EBS)\n\n"
            "- Presigned URL: via SDK max 7 days (604800 s), from the console max 12 hours.\n")
    facts = _quantities(text)
    assert ("S3", "presigned URL", "URL expiry", "max", "7 days") in facts, facts
    assert not any(f[4] == "12 h" for f in facts), facts
    # a measure of its own after the label's is kept, under no subject
    facts = _quantities("## EBS\n\n- Recycle Bin: accidental delete (1 day - 1 yr retention), "
                        "Archive tier 75% cheaper (restore 24-72 h)\n")
    assert any(f[2] == "restore" and f[1] == "" and f[4] == "72 h" for f in facts), facts


# --- two subjects listed alone: the first still lends its name (as on main)


def test_an_item_listing_two_subjects_keeps_a_count_they_do_not_state_unanswered(tmp_path):
    # "versions & aliases" over "can weight 2 versions" (unseen28's outline): Lambda has no
    # per-function limit on versions and the line states none; lending no subject made it
    # the answer. Two subjects listed alone lend the first, as before this branch; three or
    # more names listed lend none.
    import json
    from pathlib import Path

    from .helpers import ingest_text, run_here, shipped_reference

    note = Path(__file__).parent / "data" / "unseen28_notes" / "a_logseq_lambda_apigw.md"
    _, db, _ = ingest_text(tmp_path, note.read_text(encoding="utf-8"), note.name,
                           columns="200")
    hits = json.loads(run_here("lookup", "max number of lambda versions per function", "--json",
                               "--limit", "3", db=db, env=shipped_reference("200")).stdout)
    assert not any("2 versions" in (h["value"] or "") for h in hits), hits


def test_a_heading_of_a_service_and_two_of_its_subjects_lends_the_first():
    # "Service - A and B" is the usual heading: the service is what the section is about, not
    # a third name of a list, so the failover line keeps Multi-AZ as it did before session 38
    text = ("## RDS - Multi-AZ and read replicas\n"
            "- failover 60-120 seconds\n")
    facts = _quantities(text)
    assert ("RDS", "Multi-AZ", "failover time") in {(f[0], f[1], f[2]) for f in facts}, facts
    # a list of three names that opens with the service still lends none
    facts = _quantities("## VPC, NACL, Subnets\n\n- 5 IPs reserved in each subnet\n")
    assert not any(f[1] == "NACL" for f in facts), facts


# --- a mode written right after its figure (session 38's blind question review)


def test_a_mode_right_after_a_figure_is_no_mode_of_the_next():
    # "6 MB sync / 256 KB async" filed 256 KB as the synchronous payload (the "sync" of the
    # figure before it), and an exam asked for Lambda's "maximum synchronous payload"
    facts = _quantities("# Lambda\n\n| limit | value |\n|---|---|\n"
                        "| payload max | 6 MB sync / 256 KB async |\n")
    cases = {(f[2], f[4]) for f in facts if f[0] == "Lambda"}
    assert ("invocation payload size (sync)", "6 MB") in cases, facts
    assert ("invocation payload size (async)", "256 KB") in cases, facts
    assert not any("synchronous" in a and v == "256 KB" for a, v in cases), facts
    # a mode before the figure, no figure owning it, still names it
    facts = _quantities("# Lambda\n\n- Lambda sync payload 6MB, async 256KB\n")
    assert ("invocation payload size (asynchronous)", "256 KB") in {(f[2], f[4]) for f in facts}
