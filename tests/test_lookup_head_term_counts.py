"""A statement that opens by naming what it counts (session 31, rank31): "Read replicas ->
asynchronous, up to 5 per source DB" counts read replicas, though the clause holding its
number names none; a count asked of that thing is answered by it, not abstained on."""

from __future__ import annotations

import json

from .helpers import REPO, ingest_text, run_here

REF = {"STUDYCLI_REFERENCE": str(REPO / "data" / "reference"), "COLUMNS": "200"}


def _lookup(db, query: str) -> tuple[int, list[str]]:
    result = run_here("lookup", query, "--json", "--limit", "3", db=db, env=REF)
    return result.returncode, [h["value"] for h in json.loads(result.stdout)]


def test_a_line_opening_with_the_thing_counted_counts_it(tmp_path):
    _, db, _ = ingest_text(tmp_path, (
        "# RDS\n\n- Read replicas -> asynchronous, up to 5 per source DB, can be cross-region\n"
        "- Multi-AZ -> synchronous standby in another AZ\n"
        "- Automated backups: retention default 7 days\n"), columns="200")
    code, values = _lookup(db, "rds read replicas max")
    assert code == 0 and values[0].startswith("Read replicas ->"), values


def test_a_line_opening_with_the_thing_counts_it_only_by_a_bare_bound(tmp_path):
    # "one subnet = one AZ" names subnets first and counts AZs: no number of subnets
    _, db, _ = ingest_text(tmp_path, (
        "# VPC\n\n- one subnet = one AZ, never spans AZs\n"
        "- VPC CIDR between /16 and /28\n"), columns="200")
    assert _lookup(db, "max subnets per vpc") == (1, [])


def test_the_head_term_is_read_before_an_arrow():
    from studycli.lookup.answer import _head_term

    assert _head_term("Read replicas -> asynchronous, up to 5") == "Read replicas"
    assert _head_term("spread → max 7 per AZ") == "spread"
    assert _head_term("GSI = any partition key") == "GSI"
