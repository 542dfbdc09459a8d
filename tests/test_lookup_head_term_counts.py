"""A statement that opens by naming what it counts (session 31, rank31): "Read replicas ->
asynchronous, up to 5 per source DB" counts read replicas, though the clause holding its
number names none; a count asked of that thing is answered by it, not abstained on."""

from __future__ import annotations

from .helpers import ingest_text, lookup_top


def test_a_line_opening_with_the_thing_counted_counts_it(tmp_path):
    _, db, _ = ingest_text(tmp_path, (
        "# RDS\n\n- Read replicas -> asynchronous, up to 5 per source DB, can be cross-region\n"
        "- Multi-AZ -> synchronous standby in another AZ\n"
        "- Automated backups: retention default 7 days\n"), columns="200")
    code, values = lookup_top(db, "rds read replicas max")
    assert code == 0 and values[0].startswith("Read replicas ->"), values


def test_a_line_opening_with_the_thing_counts_it_only_by_a_bare_bound(tmp_path):
    # "one subnet = one AZ" names subnets first and counts AZs: no number of subnets
    _, db, _ = ingest_text(tmp_path, (
        "# VPC\n\n- one subnet = one AZ, never spans AZs\n"
        "- VPC CIDR between /16 and /28\n"), columns="200")
    assert lookup_top(db, "max subnets per vpc") == (1, [])


def test_a_bound_on_another_noun_counts_nothing_the_line_opened_with(tmp_path):
    # review of rank31, finding 2: the bound must open its clause; "manual snapshots max 100
    # per region" bounds snapshots, "secondary CIDR blocks max 5 per VPC" CIDR blocks
    _, db, _ = ingest_text(tmp_path, (
        "# RDS\n\n- Read replicas -> async, cross-region OK; manual snapshots max 100 per region\n"
        "\n# VPC\n\n- Subnets -> one AZ each, secondary CIDR blocks max 5 per VPC\n"),
        columns="200")
    code, values = lookup_top(db, "rds max read replicas")
    assert not any("snapshots" in v for v in values), values
    assert lookup_top(db, "max subnets per vpc") == (1, [])
    assert lookup_top(db, "how many subnets per vpc") == (1, [])


def test_a_bare_number_cell_of_a_comparison_table_still_counts(tmp_path):
    # review of rank31, finding 3: the table cell's bound ("100", "<= 15") is its own pattern
    _, db, _ = ingest_text(tmp_path, (
        "# secrets\n\n| | Secrets Manager | SSM Param Store |\n|---|---|---|\n"
        "| versions | 100 | 100 |\n| rotation | built in | none |\n"), columns="200")
    code, values = lookup_top(db, "ssm parameter store max versions")
    assert code == 0 and values and "100" in values[0], values


def test_the_head_term_is_read_before_an_arrow():
    from studycli.lookup.answer import _head_term

    assert _head_term("Read replicas -> asynchronous, up to 5") == "Read replicas"
    assert _head_term("spread → max 7 per AZ") == "spread"
    assert _head_term("GSI = any partition key") == "GSI"


def test_one_head_term_pattern_for_ranking_and_counts():
    # review of rank31, finding 8: the ranking's head term read "|" but no arrow, the
    # counts' the arrows but no "|"; both now read one pattern (lookup/text.py), the counts
    # an arrow as well
    from studycli.lookup import features
    from studycli.lookup.answer import _head_term
    from studycli.lookup.text import HEAD_TERM

    assert features.HEAD_TERM is HEAD_TERM
    assert _head_term("Business | from $100/month") == "Business"
    assert _head_term("O'Reilly: 5") == "O'Reilly"
    assert not HEAD_TERM.match("async -> Lambda retries")
