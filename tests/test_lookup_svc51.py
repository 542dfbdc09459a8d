"""Session 51 (svc51): lookups that abstained although the notes answer them, the fact filed
under a neighbouring service.

- a line that names the service asked in its own words, filed under the service of its
  heading ("- basic EC2 monitoring: every 5 min" under "## CloudWatch"), is weighed for a
  lookup of the service asked (lookup/named_in_line.py): it was never a candidate unless
  it said every concept asked in its main words ("every" says "frequency" only by a related
  word); a line naming a neighbour whose name holds the asked one's ("Kinesis Data Firehose"
  for "kinesis") is not taken for it.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.lookup import lookup
from studycli.lookup.core import search_expression
from studycli.lookup.lexicon import lexicon
from studycli.lookup.named_in_line import lines_naming_asked, names_searched
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
