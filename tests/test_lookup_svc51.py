"""Session 51 (svc51): lookups that abstained although the notes answer them, the fact filed
under a neighbouring service.

- a line that names the service asked in its own words, filed under the service of its
  heading ("- basic EC2 monitoring: every 5 min" under "## CloudWatch"), is weighed for a
  lookup of the service asked (lookup/named_in_line.py): it was never a candidate unless
  it said every concept asked in its main words ("every" says "frequency" only by a related
  word); a line naming a neighbour whose name holds the asked one's ("Kinesis Data Firehose"
  for "kinesis") is not taken for it;
- a heading underlined with "===" or "---" is a heading (lookup/setext.py): lookup read a
  line's section from "#" headings only ("secret max size 64 KB", filed under IAM, under
  "Secrets Manager vs Parameter Store" underlined); a heading naming several services speaks
  for the one asked only where the line's own words pick it (a word of its name no other's
  holds, a thing filed under it) and say nothing of the others';
- "enhanced fan-out" is Kinesis Data Streams' (data/services.json), read before SNS's
  "fan-out": the line and the lines after it were SNS's.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.lookup import lookup
from studycli.lookup.core import _named_in_line, search_expression
from studycli.lookup.lexicon import lexicon
from studycli.lookup.lines import headings_over
from studycli.lookup.named_in_line import lines_naming_asked, names_searched
from studycli.lookup.query import understand
from studycli.lookup.service_said import picks_service, says_another
from studycli.lookup.setext import framed_heading, setext_heading
from tests.helpers import note_db, notes_fixture

# (EC2's section is long enough that lookup does not widen its search to every service:
# with fewer than ten EC2 facts sharing a word asked it reads every line that does)
NAMED_NOTES = """# EC2

- Spot instances: 2 minute interruption notice
- Reserved: 1 or 3 year term, up to 72% off
- Savings Plans: 1 or 3 year commitment, up to 72% off
- Dedicated Hosts: billed per host, BYOL per-socket licences
- placement groups: spread max 7 instances per AZ
- hibernate: RAM under 150 GB, max 60 days
- user data max 16 KB, runs once at first boot
- Elastic IPs: 5 per region by default
- status checks: system status and instance status
- instance metadata at 169.254.169.254
- t3 credits: unlimited mode by default
- scheduled maintenance window: 2 weeks notice
- Reserved term period: 1 or 3 years
- On-Demand billed every second, 60 s minimum
- Capacity Reservations billed every hour, used or not
- Spot block period: 1 to 6 hours (retired)
- Savings Plans period: 1 or 3 years, billed every hour
- Dedicated Host reservation period: 1 or 3 years

# CloudWatch

- basic EC2 monitoring: every 5 min (free), detailed every 1 min ($)
- alarm on EC2 status checks: recover the instance every time one fails
- alarm evaluation: 3 periods by default

# S3

- lifecycle rules move objects after 30 days
- bucket as a target of Kinesis Data Firehose: buffer interval 60 to 900 s
"""

named_notes = notes_fixture(NAMED_NOTES)


def _values(conn, query: str) -> list[str]:
    return [h["value"] for h in lookup(conn, query, limit=3).to_json()]


def test_a_line_naming_the_service_asked_answers_though_filed_under_another(named_notes):
    values = _values(named_notes, "ec2 basic monitoring frequency")
    assert values and "5 min" in values[0]


def test_a_line_that_only_names_the_service_asked_is_not_weighed(named_notes):
    # the alarm line names EC2 and says "every" (of "frequency") only: weighed, such lines
    # pushed the service's own answers out of the few lookup reads again in context
    lex = lexicon()
    q = understand("ec2 basic monitoring frequency", lex)
    rows = _named_in_line(named_notes, q, q.all_services(), search_expression(q.search_words),
                          lex, None, None)
    snippets = {r["snippet"] for r in rows}
    assert any("basic EC2 monitoring" in s for s in snippets)
    assert not any("status checks" in s for s in snippets)


def test_a_neighbour_whose_name_holds_the_asked_one_is_not_taken_for_it():
    # "kinesis" is Kinesis Data Streams; the line names Data Firehose, read whole
    def line(snippet: str) -> dict:
        return {"service": "S3", "snippet": snippet}

    rows = [line("target of Kinesis Data Firehose: buffer 60 s"), line("kinesis shards: 1 MB/s")]
    found = lines_naming_asked(["Kinesis Data Streams"], {"Kinesis Data Streams": "kinesis"},
                               '"buffer"', lexicon(),
                               lambda expr, n: rows, search_expression)
    assert [r["snippet"] for r in found] == ["kinesis shards: 1 MB/s"]


def test_the_names_searched_are_the_ones_typed_and_the_services_own():
    # not every alias: "storage autoscaling up to 64 TiB" (RDS's) names no Auto Scaling
    # group's size, though "autoscaling" is an alias of Auto Scaling
    assert names_searched(["Auto Scaling"], {"Auto Scaling": "asg"}) == ["asg", "auto scaling"]
    assert names_searched(["EC2"], {}) == ["ec2"]


def test_the_cli_answers_from_a_line_naming_the_service_asked(tmp_path):
    db = note_db(tmp_path, NAMED_NOTES)
    out = CliRunner().invoke(app, ["lookup", "ec2 basic monitoring frequency", "--json",
                                   "--db", str(db)])
    assert out.exit_code == 0, out.output
    hits = json.loads(out.output)
    assert hits[0]["service"] == "CloudWatch" and "5 min" in hits[0]["value"]


UNDERLINED_NOTES = """security notes

Secrets Manager vs Parameter Store
----------------------------------
- rotation built in with Lambda
- secret max size 64 KB

Kinesis
=======
- shards: 1 MB/s in

---
- a line after a rule

- an item
----------
- under an item's rule
"""

underlined_notes = notes_fixture(UNDERLINED_NOTES, name="security.txt")


def test_an_underlined_line_is_the_heading_of_the_lines_under_it(underlined_notes):
    assert headings_over(underlined_notes, "security.txt", 6) == [
        "Secrets Manager vs Parameter Store"]
    assert headings_over(underlined_notes, "security.txt", 10) == ["Kinesis"]


def test_a_rule_after_a_blank_line_or_under_an_item_underlines_no_heading(underlined_notes):
    # "---" after a blank line and under "- an item" are rules: the section is still Kinesis's
    assert headings_over(underlined_notes, "security.txt", 13) == ["Kinesis"]
    assert headings_over(underlined_notes, "security.txt", 17) == ["Kinesis"]


def test_what_underlines_a_heading():
    assert setext_heading((4, "Limits"), 5, "------") == (2, "Limits")
    assert setext_heading((4, "Limits"), 5, "======") == (1, "Limits")
    assert setext_heading((3, "Limits"), 5, "------") is None  # a blank line between
    assert setext_heading((4, "- item"), 5, "------") is None
    assert setext_heading((4, "| a | b |"), 5, "------") is None
    assert setext_heading((4, "Limits"), 5, "--") is None  # a bullet's dashes, no underline
    assert setext_heading((4, "Limits"), 5, "--- x") is None


def test_a_heading_naming_two_services_speaks_for_neither_the_line_sets_apart(underlined_notes):
    # "secret max size 64 KB" names no service; its heading names two, and its "secret" is
    # Secrets Manager's: no Parameter Store figure
    hits = lookup(underlined_notes, "secrets manager max secret size", limit=3).to_json()
    assert hits and "64 KB" in hits[0]["value"]
    hits = lookup(underlined_notes, "parameter store max secret size", limit=3).to_json()
    assert not any("64 KB" in h["value"] for h in hits)


def test_what_sets_a_line_apart_from_the_service_asked():
    lex = lexicon()
    sm, ps = "Secrets Manager", "Systems Manager Parameter Store"
    assert says_another("secret max size 64 KB", ps, {sm}, lex)
    assert not says_another("secret max size 64 KB", sm, {ps}, lex)
    assert not says_another("max size 64 KB", ps, {sm}, lex)  # neither's words: the heading's
    # a thing the lexicon files under another service: io1/io2 are EBS volumes
    assert says_another("io1/io2 Multi-Attach up to 16 instances", "EFS", {"EBS", "EC2"}, lex)
    assert not says_another("io1/io2 Multi-Attach up to 16 instances", "EBS", {"EFS"}, lex)


FAN_OUT_NOTES = """# streaming

- kinesis data streams: shard = 1 MB/s in, 2 MB/s out shared
- enhanced fan out = 2 MB/s per consumer per shard, push over HTTP/2

# SNS
- fan out to SQS queues: one message, many subscribers
"""

fan_out_notes = notes_fixture(FAN_OUT_NOTES)


def test_enhanced_fan_out_is_a_kinesis_streams_thing_not_sns_fan_out(fan_out_notes):
    # (docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html): the line was SNS's
    filed = {v: (s, sub) for s, sub, v in fan_out_notes.execute(
        "SELECT service, subject, value FROM facts WHERE kind = 'limit'")}
    assert filed["2 MB/s"] == ("Kinesis Data Streams", "enhanced fan-out")
    services = {v: s for s, v in fan_out_notes.execute("SELECT service, value FROM facts")}
    assert services["fan out to SQS queues: one message, many subscribers"] == "SNS"


def test_a_kinesis_lookup_finds_the_enhanced_fan_out_figure(fan_out_notes):
    assert "2 MB/s" in _values(fan_out_notes, "kinesis enhanced fan out throughput")[:1]


# a plain-text note's separator right under its last line of text: no heading (review of svc51)
SEPARATED_NOTES = """storage notes

S3
max object size 5 TB
single PUT up to 5 GB
Transfer Acceleration goes through CloudFront edge locations
------------------------------------------------------------
DynamoDB
item max size 400 KB
partition key 2048 bytes max
"""

separated_notes = notes_fixture(SEPARATED_NOTES, name="storage.txt")


def test_a_separator_under_a_run_of_text_underlines_no_heading():
    acceleration = "Transfer Acceleration goes through CloudFront edge locations"
    assert setext_heading((6, acceleration), 7, "-" * 20, (5, "single PUT up to 5 GB")) is None
    # after a blank line, at the note's top or under a heading, the line is a heading's text
    assert setext_heading((6, "Limits"), 7, "------", (4, "single PUT up to 5 GB")) == (2, "Limits")
    assert setext_heading((6, "Limits"), 7, "------", None) == (2, "Limits")
    assert setext_heading((6, "Limits"), 7, "------", (5, "# S3")) == (2, "Limits")
    assert setext_heading((6, "Limits"), 7, "------", (5, "=====")) == (2, "Limits")


def test_the_line_over_a_separator_speaks_for_no_section_after_it(separated_notes):
    # read as a heading, its CloudFront spoke for DynamoDB's lines: "cloudfront max item size"
    # answered 400 KB
    assert headings_over(separated_notes, "storage.txt", 9) == []
    hits = lookup(separated_notes, "cloudfront max item size", limit=3).to_json()
    assert not any("400 KB" in h["value"] for h in hits), hits


# a heading naming two services over a line that says neither's: it is one of theirs, the
# heading cannot say which (review of svc51: "sns retention max" answered SQS's 14 days)
COMPARED_NOTES = """# Kinesis
- shard 1 MB/s in, 2 MB/s out
- retention 24 hours default

SQS vs SNS
----------
- message retention up to 14 days
- delay queue: DelaySeconds 0-900 s
"""

compared_notes = notes_fixture(COMPARED_NOTES)


def test_a_heading_naming_two_services_speaks_for_neither_over_a_line_saying_neither(
        compared_notes):
    for query in ("sns retention max", "sns message retention"):
        hits = lookup(compared_notes, query, limit=3).to_json()
        assert not any("14 days" in h["value"] for h in hits), (query, hits)


def test_what_picks_the_service_asked_of_several_a_heading_names():
    lex = lexicon()
    assert picks_service("delay queue: DelaySeconds 0-900 s", "SQS", {"SNS"}, lex)  # SQS's thing
    assert picks_service("secret max size 64 KB", "Secrets Manager",  # a word of its name
                         {"Systems Manager Parameter Store"}, lex)
    assert not picks_service("delay queue: DelaySeconds 0-900 s", "SNS", {"SQS"}, lex)
    assert not picks_service("message retention up to 14 days", "SNS", {"SQS"}, lex)
    assert not picks_service("message retention up to 14 days", "SQS", {"SNS"}, lex)


# a plain-text heading framed by dashes shadows the note's title (review of svc51: the title,
# underlined, was the section of every RDS line, and its words completed the DB cluster's
# failover for the instance's 60-120 s)
FRAMED_NOTES = """DATABASES  --  RDS / Aurora / DynamoDB / ElastiCache
==================================================
(lecture 7 notes)

---- RDS ----
max storage (most engines) = 64 TiB
manual snapshots: kept until you delete them
maintenance window: 30 min weekly

Def 7.2 (Multi-AZ). sync replication to standby in other AZ (classic multi-AZ instance)
  failover automatic, DNS CNAME flips, ~ 60-120 s
  Multi-AZ DB cluster (newer): 1 writer + 2 readable standbys
"""

framed_notes = notes_fixture(FRAMED_NOTES, name="databases.txt")


def test_what_frames_a_heading():
    assert framed_heading("---- RDS ----") == (2, "RDS")
    assert framed_heading("== Lambda ==") == (1, "Lambda")
    assert framed_heading("----") is None
    assert framed_heading("--- 2024 ---") is None  # no words
    assert framed_heading("-- a -- b --") is None
    assert framed_heading("- item -") is None


def test_a_framed_heading_is_the_section_under_the_notes_title(framed_notes):
    assert headings_over(framed_notes, "databases.txt", 11) == [
        "RDS", "DATABASES  --  RDS / Aurora / DynamoDB / ElastiCache"]
    hits = lookup(framed_notes, "rds multi az db cluster failover time", limit=3).to_json()
    assert not any("60" in h["value"] for h in hits), hits
