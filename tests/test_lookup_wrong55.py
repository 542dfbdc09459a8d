"""Session 55 (wrong55, issue 10): confident answers to what the notes do not say.

- A line opening with one variant of a service and naming another only in passing after its
  figure ("ALB ... Idle timeout default 60 sec. cf. NLB") gives the figure for the variant
  named last before it (lookup/figure_variant.py): no answer about the other one, whether
  lookup takes the figure or the line as a statement.
- A count asked per a scope ("per function") is not answered by a figure whose own clause
  gives it per another scope ("1,000 ... per region"), though another clause of its line
  says the scope asked of something else ("reserved concurrency per fn").
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from tests.helpers import lookup_values, note_db, notes_fixture

BALANCER_NOTES = """# Networking

- ALB (Application LB) - layer 7, path + host routing. Idle timeout default 60 sec. cf. NLB
- NLB: layer 4, static IP per AZ. Connection draining, flow hash routing.
- GWLB: idle timeout 350 seconds, appliance fleets
"""

balancer_notes = notes_fixture(BALANCER_NOTES)


def test_a_figure_after_one_variant_is_not_the_variant_named_after_it(balancer_notes):
    assert lookup_values(balancer_notes, "nlb idle timeout") == []


def test_the_variant_named_before_the_figure_still_gets_it(balancer_notes):
    assert lookup_values(balancer_notes, "alb idle timeout")[:1] == ["60 s"]


def test_a_clause_naming_its_own_variant_owns_its_figure():
    from studycli.lookup.figure_variant import figure_variants

    def named(text: str) -> set[str]:
        return {n for n in ("ALB", "NLB") if n in text}

    line = "ALB: layer 7, idle timeout 60 s, NLB idle timeout 350 s"
    fact = {"snippet": line, "number": 350.0, "low": None, "high": None, "unit": "s"}
    assert figure_variants(fact, named, frozenset()) == {"NLB"}
    fact = {"snippet": line, "number": 60.0, "low": None, "high": None, "unit": "s"}
    assert figure_variants(fact, named, frozenset()) == {"ALB"}


def test_a_statement_is_read_at_its_clause_of_the_topic_asked():
    from studycli.lookup.figure_variant import figure_variants

    def named(text: str) -> set[str]:
        return {n for n in ("ALB", "NLB") if n in text}

    fact = {"snippet": "ALB - layer 7. Idle timeout is 60 sec. cf. NLB", "number": None,
            "low": None, "high": None, "unit": None}
    assert figure_variants(fact, named, frozenset({"idl", "idle", "timeout"})) == {"ALB"}
    # one topic word in common is no clause of the topic: the line is read whole after
    assert figure_variants(fact, named, frozenset({"timeout"})) == set()


def test_the_cli_abstains_on_the_variant_named_in_passing(tmp_path):
    db = note_db(tmp_path, BALANCER_NOTES)
    result = CliRunner().invoke(app, ["lookup", "nlb idle timeout", "--db", str(db),
                                      "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []


LAMBDA_NOTES = """# Lambda

* concurrency: 1,000 concurrent executions per region default (soft limit), \
reserved concurrency per fn, provisioned concurrency for cold starts
* memory 128 MB to 10,240 MB
"""

lambda_notes = notes_fixture(LAMBDA_NOTES)


def test_a_count_per_another_scope_is_no_count_per_the_scope_asked(lambda_notes):
    assert lookup_values(lambda_notes, "lambda max reserved concurrency per function") == []


def test_the_count_still_answers_per_its_own_scope(lambda_notes):
    assert "1000" in lookup_values(lambda_notes, "lambda concurrent executions per region")[0]


TREE_NOTES = """# Decision trees

## Which load balancer
- HTTP/HTTPS, path or host routing, lambda targets -> ALB
  - idle timeout default 60 sec
- TCP/UDP, static IP per AZ -> NLB
"""

tree_notes = notes_fixture(TREE_NOTES)


def _facts(conn) -> list[tuple[str, str, str, str]]:
    return [(r[0], r[1] or "", r[2], r[3]) for r in conn.execute(
        "SELECT service, subject, kind, value FROM facts")]


def test_a_line_under_a_decision_branch_is_the_picked_services(tree_notes):
    facts = _facts(tree_notes)
    assert ("ELB", "ALB", "default", "60 s") in facts
    assert not [f for f in facts if f[0] == "Lambda"]
    assert lookup_values(tree_notes, "lambda timeout default") == []
    assert lookup_values(tree_notes, "alb idle timeout default")[:1] == ["60 s"]


def test_a_chain_of_arrows_is_no_pick(tmp_path):
    # (the chain opens with a need, not a service: only its arrows' count says it is no pick)
    db = note_db(tmp_path, "# Streaming\n\n- clickstream -> Kinesis -> S3\n"
                           "  - retention 24 hours default\n")
    result = CliRunner().invoke(app, ["facts", "--db", str(db), "--json"])
    assert {f["service"] for f in json.loads(result.stdout)
            if f["value"] == "24 h"} == {"Kinesis Data Streams"}


WORKED_NOTES = """# Kinesis

- Kinesis/DDB Streams: concurrency = shards × parallelization factor (1–10). 4 shards × PF 10 = 40
"""


def test_a_product_with_a_labelled_factor_is_a_worked_example_not_a_limit(tmp_path):
    db = note_db(tmp_path, WORKED_NOTES)
    result = CliRunner().invoke(app, ["facts", "--db", str(db), "--json"])
    assert result.exit_code == 0
    facts = json.loads(result.stdout)
    # the line is still read (as a statement): an empty store would hold no limit either
    assert any("parallelization factor" in f["value"] for f in facts)
    assert [f["value"] for f in facts if f["kind"] == "limit"] == []


IAM_NOTES = """# IAM

- default 5,000 IAM users per account, user in max 10 groups
- an EC2 instance can be in up to 5 security groups
"""

iam_notes = notes_fixture(IAM_NOTES)


def test_memberships_counted_per_a_holder_answer_no_count_per_account(iam_notes):
    assert lookup_values(iam_notes, "iam max groups per account") == []


def test_memberships_still_answer_per_their_holder(iam_notes):
    assert lookup_values(iam_notes, "iam max groups per user")[:1] == ["10 groups"]
    assert "5000" in lookup_values(iam_notes, "iam max users per account")[0].replace(",", "")


def test_membership_scopes_are_the_holders_named():
    from studycli.lookup.member_scope import membership_scopes

    assert membership_scopes("user in max 10 groups") == {"user"}
    assert membership_scopes("a user can be in 10 groups") == {"user"}
    assert membership_scopes("an instance can belong to up to 5 security groups") == {
        "instance"}
    # where data is kept, or a figure without a plural counted, is no membership
    assert membership_scopes("data stored in 3 AZs") == set()
    assert membership_scopes("retention in 7 days max") == set()
    assert membership_scopes("timeout in 30 s") == set()


def test_a_flow_from_a_service_is_no_pick(tmp_path):
    db = note_db(tmp_path, "# Integrations\n\n- S3 → Lambda\n"
                           "  - invocation: asynchronous (event notification)\n")
    result = CliRunner().invoke(app, ["facts", "--db", str(db), "--json"])
    modes = [(f["service"], f["subject"], f["value"]) for f in json.loads(result.stdout)
             if f["kind"] == "invocation_mode"]
    assert modes == [("Lambda", "S3", "asynchronous")]


def test_a_clause_saying_something_of_the_variant_asked_still_answers(tmp_path):
    db = note_db(tmp_path, "# Networking\n\n"
                           "- cross-zone LB: ALB on by default (free), NLB off by default\n")
    result = CliRunner().invoke(app, ["lookup", "nlb cross zone default", "--db", str(db),
                                      "--json"])
    assert result.exit_code == 0
    assert "NLB off" in json.loads(result.stdout)[0]["value"]


# Review of wrong55: sentences a student writes that the branch's rules misread.


def _service_of(db, value: str) -> set[str]:
    result = CliRunner().invoke(app, ["facts", "--db", str(db), "--json"])
    return {f["service"] for f in json.loads(result.stdout) if f["value"] == value}


def test_a_labelled_flow_between_two_services_is_no_pick(tmp_path):
    # "API Gateway -> Lambda" is a flow (API Gateway invokes Lambda) though a label opens the
    # line: the 29 s under it was filed as Lambda's execution timeout
    db = note_db(tmp_path, "# Notes\n\n- Serverless: API Gateway -> Lambda\n"
                           "  - integration timeout 29 sec\n")
    assert _service_of(db, "29 s") == {"API Gateway"}


def test_a_flow_heading_keeps_its_first_service(tmp_path):
    db = note_db(tmp_path, "# Notes\n\n## Pattern: SNS -> SQS fan-out\n"
                           "- message size max 256 KB\n")
    assert _service_of(db, "256 KB") == {"SNS"}


def test_a_figure_beside_a_membership_keeps_its_own_scope(tmp_path):
    # "15 read replicas in 3 AZs": the 15 is no membership count, "per cluster" may ask it
    from studycli.lookup import lookup
    from studycli.store.db import connect

    db = connect(note_db(tmp_path, "# Notes\n\n- Aurora: up to 15 read replicas in 3 AZs\n"))
    hits = lookup(db.conn, "aurora max read replicas per cluster", limit=3).to_json()
    assert hits and hits[0]["value"] == "15 read replicas"


def test_membership_scopes_of_a_figure_are_those_counting_it():
    from studycli.lookup.member_scope import membership_scopes

    assert membership_scopes("up to 15 read replicas in 3 AZs", 15.0) == set()
    # a spread, no membership: the replicas are across 3 AZs, no replica is "in 3 AZs"
    assert membership_scopes("up to 15 read replicas in 3 AZs", 3.0) == set()
    assert membership_scopes("up to 15 read replicas in 3 AZs") == set()
    assert membership_scopes("default 5,000 IAM users per account, user in max 10 groups",
                             10.0) == {"user"}


def test_a_count_of_times_beside_an_assignment_is_no_worked_product(tmp_path):
    # "2 times over 6 hours, ... = 0" multiplies nothing: its limits stay limits
    db = note_db(tmp_path, "# Lambda\n\n- async retried 2 times over 6 hours, "
                           "MaximumRetryAttempts = 0\n")
    assert _service_of(db, "2 times") == {"Lambda"}


def test_one_word_said_of_the_other_variant_is_a_statement_of_it(tmp_path):
    # "NLB off" says the NLB's setting in one word: the line answers for the NLB as on main;
    # only a pointer ("cf. NLB", "vs NLB") names it in passing
    db = note_db(tmp_path, "# Networking\n\n- cross-zone LB: ALB on by default, NLB off\n")
    result = CliRunner().invoke(app, ["lookup", "nlb cross zone default", "--db", str(db),
                                      "--json"])
    assert result.exit_code == 0
    assert "NLB off" in json.loads(result.stdout)[0]["value"]
