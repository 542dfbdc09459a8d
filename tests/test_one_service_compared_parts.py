"""A heading that sets two parts of one service side by side is that service's section
(session 56, issue 10): under "## DynamoDB on-demand vs provisioned" the "both:" list was
filed under no service ("item size max 400 KB", "GSI max 20 per table"), and the lines after
"provisioned: set RCU/WCU, auto scaling | ..." under Auto Scaling, named in passing (the
Query/Scan 1 MB page and the streams' 24 hours), so "dynamodb gsi per table" and "dynamodb
query result size max" abstained (unseen287). context._sole_owner, _enclosing_owner."""

from __future__ import annotations

from studycli.extract.context import _sole_owner
from tests.helpers import first_hit_after_ingest, notes_conn

DATABASES = (
    "# Databases, all the vs's\n"
    "\n"
    "## DynamoDB on-demand vs provisioned\n"
    "both:\n"
    "- item size max 400 KB\n"
    "- partition key max 2048 bytes\n"
    "provisioned: set RCU/WCU, auto scaling | on-demand: pay per request\n"
    "Query/Scan return max 1 MB per call -> paginate\n"
    "PITR: restore to any point in last 35 days\n"
)


def _services(conn) -> dict[int, set[str]]:
    rows: dict[int, set[str]] = {}
    for line, service in conn.execute("SELECT line, service FROM facts").fetchall():
        rows.setdefault(line, set()).add(service)
    return rows


def test_the_parts_of_one_service_compared_file_the_section_under_it(tmp_path):
    rows = _services(notes_conn(tmp_path, DATABASES, name="db-versus.md"))
    for line in (5, 6, 7, 8, 9):
        assert rows[line] == {"DynamoDB"}, (line, rows)


def test_a_service_compared_with_something_else_owns_nothing():
    assert _sole_owner("DynamoDB on-demand vs provisioned") == "DynamoDB"
    assert _sole_owner("Lambda sync vs async") == "Lambda"
    assert _sole_owner("Lambda vs containers") == ""  # the service alone, set beside another
    assert _sole_owner("serverless vs EC2 instances") == ""  # the unnamed side comes first
    assert _sole_owner("CNAME vs Alias") == ""  # a part alone ("alias" may be Lambda's)
    assert _sole_owner("DynamoDB vs provisioned mode on a self-managed cluster") == ""


def test_lookup_answers_from_the_lines_the_pair_shares(tmp_path, monkeypatch):
    first = first_hit_after_ingest(tmp_path, monkeypatch, "db-versus.md", DATABASES,
                                   "dynamodb query result size max")
    assert (first["service"], first["line"], first["value"]) == ("DynamoDB", 8, "1 MB"), first


def test_a_services_things_set_beside_other_things_own_nothing(tmp_path):
    # "instances" and "tables" are things of their own, and the other side's things may be
    # another service's: under "EC2 instances vs containers", "containers: start in seconds,
    # ephemeral storage up to 200 GB" is Fargate's or ECS's, never EC2's (review of session 56)
    assert _sole_owner("EC2 instances vs containers") == ""
    assert _sole_owner("DynamoDB tables vs files") == ""
    assert _sole_owner("RDS Multi-AZ vs read replicas") == "RDS"  # a mode beside a thing
    assert _sole_owner("EC2 Spot vs Reserved") == "EC2"
    assert _sole_owner("Step Functions Standard vs Express") == "Step Functions"
    text = "## EC2 instances vs containers\n- containers: ephemeral storage up to 200 GB\n"
    rows = _services(notes_conn(tmp_path, text, name="compute.md"))
    assert "EC2" not in rows.get(2, set()), rows
