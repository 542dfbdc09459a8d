"""Lookups on named variants (session 33, precise33, after review fixP33): a placement group
named after its kind word is named; and what the review of the reverted variant families
(AWS Support case severities, S3 archive retrieval options, RDS engines) found lost, each a
line the notes do answer that must stay answered.

EC2's placement group strategies, cluster, partition and spread:
https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html"""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lookup import variants
from studycli.lookup.answer import _other_member
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand

from .helpers import lookup_values, notes_conn


def test_a_placement_group_named_after_its_kind_word_is_named():
    # "EC2 placement group spread<TAB>max 7 running instances per AZ per group" (unseen100,
    # unseen86): a spread group's figure, no answer for a cluster placement group
    assert variants.named("EC2 placement group spread\tmax 7 running instances per AZ") == {
        ("EC2", 0): frozenset({"spread placement group"})}
    q = understand("cluster placement group max instances", lexicon())
    spread = {"kind": Kind.LIMIT, "service": "EC2", "subject": "",
              "attribute": "running instances (per AZ)", "value": "7 running instances",
              "snippet": "EC2 placement group spread\tmax 7 running instances per AZ per group"}
    assert _other_member(spread, q)
    assert not _other_member(spread, understand("spread placement group max instances",
                                                 lexicon()))


def test_a_figure_for_every_engine_answers_for_each(tmp_path):
    # an aside that names an engine to include it, or to except another, says the figure is
    # of no one engine ("rds postgres backup retention max" lost its 35 days to an RDS
    # engine family reading "(SQL Server too)" as "SQL Server's")
    conn = notes_conn(tmp_path, """# RDS

- read replicas: up to 15 per source (not for SQL Server Standard)
- automated backups retention up to 35 days (SQL Server too)
- max DB instances per account: 40 (incl. SQL Server)
""")
    replicas = lookup_values(conn, "rds mysql max read replicas")
    assert replicas and "15" in replicas[0], replicas
    retention = lookup_values(conn, "rds postgres backup retention max")
    assert retention and "35" in retention[0], retention
    instances = lookup_values(conn, "rds mysql max db instances")
    assert instances and "40" in instances[0], instances


def test_a_retrieval_figure_is_read_in_its_own_clause(tmp_path):
    # the other options a line names in other clauses ("expedited 1-5 min, bulk 5-12
    # hours") do not take the default retrieval's "3-5 hours" from it
    conn = notes_conn(tmp_path, """# S3

- Glacier Deep Archive: retrieval within 12 hours by default, bulk within 48 hours
- Glacier Flexible Retrieval: retrieval 3-5 hours by default, expedited 1-5 min, bulk 5-12 hours
""")
    flexible = lookup_values(conn, "glacier flexible retrieval standard retrieval time")
    assert flexible and "3" in flexible[0] and "5" in flexible[0], flexible
    deep = lookup_values(conn, "deep archive standard retrieval time")
    assert deep and "12" in deep[0] and "48" not in deep[0], deep


def test_a_retrieval_table_row_gives_no_other_column(tmp_path):
    # Flexible Retrieval's Expedited "1-5 min" is no Deep Archive figure, and Deep
    # Archive's Bulk row answers with its own column
    conn = notes_conn(tmp_path, """# S3

## Glacier retrieval options

| Option | Flexible Retrieval | Deep Archive |
|---|---|---|
| Expedited | 1-5 min | not available |
| Standard | 3-5 hours | within 12 hours |
| Bulk | 5-12 hours | within 48 hours |
""")
    assert lookup_values(conn, "deep archive expedited retrieval time")[:1] != [
        "Expedited | 1-5 min | not available"]
    bulk = lookup_values(conn, "deep archive bulk retrieval time")
    assert bulk and "48" in bulk[0] and "5-12" not in bulk[0], bulk


def test_a_severity_in_brackets_is_its_own(tmp_path):
    # "(< 4 h impaired)" is the impaired time, not a second figure of "production down"
    conn = notes_conn(tmp_path, """AWS Support
Business support: < 1 h for production down (< 4 h impaired)
""", name="support.txt")
    assert lookup_values(conn, "business support production system impaired response time")
