"""Lines written under a heading that compares two services (session 52, issue 10;
extract/compared_heading.py, lookup/pair_line.py).

Under "## Secrets Manager vs Parameter Store" a line naming one side, by name or by the
initials of the name the heading writes ("SM:", "PS ="), is that side's; a line naming
neither is about the pair and filed under no service (it was the file name's service, a
service it named in passing, or whatever the line before was about); asked of one side, a
line about the pair answers only where its own words pick that side.

What the notes state agrees with the AWS documentation: a Secrets Manager secret value is at
most 65,536 bytes, 64 KB (docs.aws.amazon.com/secretsmanager/latest/userguide/
reference_limits.html); a standard Parameter Store parameter holds up to 4 KB, an advanced
one 8 KB (docs.aws.amazon.com/systems-manager/latest/userguide/
parameter-store-advanced-parameters.html); Secrets Manager rotates secrets with a Lambda
rotation function (docs.aws.amazon.com/secretsmanager/latest/apireference/
API_RotationRulesType.html); SQS keeps a message 4 days by default, 14 at most
(docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html).
"""

from __future__ import annotations

import json

import pytest

from .helpers import lookup_values, notes_conn, run_here

# the file's name names IAM: a line under the comparison naming neither side was IAM's
NOTE_NAME = "security_iam.md"

NOTES = """# IAM / security

## IAM
- users per account: 5,000

## Secrets Manager vs Parameter Store
- SM: 64 KB max secret size, rotation built in
- PS = 4 KB standard params, 8 KB advanced
- Param Store: no built-in rotation
- max size 64 KB per secret
- rotation runs a Lambda function

### Parameter Store
- standard tier is free

## SQS vs SNS
- retention default 4 days, max 14 days
"""


def _facts(conn) -> list[dict]:
    rows = conn.execute("SELECT service, kind, value, line FROM facts").fetchall()
    return [dict(zip(("service", "kind", "value", "line"), r, strict=True)) for r in rows]


def _services_of_line(facts: list[dict], line: int) -> set[str]:
    return {f["service"] for f in facts if f["line"] == line}


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    c = notes_conn(tmp_path_factory.mktemp("compared"), NOTES, name=NOTE_NAME)
    yield c
    c.close()


def test_a_line_naming_one_side_is_that_sides_by_name_or_initials(conn):
    facts = _facts(conn)
    assert _services_of_line(facts, 7) == {"Secrets Manager"}  # "SM: ..."
    assert _services_of_line(facts, 8) == {"Systems Manager Parameter Store"}  # "PS = ..."
    assert _services_of_line(facts, 9) == {"Systems Manager Parameter Store"}
    sizes = {(f["service"], f["value"]) for f in facts if f["kind"] == "limit"}
    assert ("Secrets Manager", "64 KB") in sizes
    assert ("Systems Manager Parameter Store", "4 KB") in sizes


def test_a_line_naming_neither_side_is_about_the_pair(conn):
    facts = _facts(conn)
    # not the file name's IAM, not the Lambda the line names in passing
    assert _services_of_line(facts, 10) == {""}
    assert _services_of_line(facts, 11) == {""}
    assert _services_of_line(facts, 17) == {""}  # under "SQS vs SNS": no SQS-only figure
    # no card-making quantity of no service: the pair's 64 KB is no IAM limit
    assert not [f for f in facts if f["line"] == 10 and f["kind"] == "limit"]


def test_a_heading_of_one_side_under_the_comparison_keeps_its_lines(conn):
    assert _services_of_line(_facts(conn), 14) == {"Systems Manager Parameter Store"}


def test_a_comparison_inside_one_sides_section_stays_that_sides(tmp_path):
    conn = notes_conn(tmp_path, "# SQS\n\n## SQS vs SNS\n- retention default 4 days\n")
    assert _services_of_line(_facts(conn), 4) == {"SQS"}
    conn.close()


def test_a_pair_line_answers_for_no_one_side(conn):
    from studycli.lookup import lookup

    # the answer is Parameter Store's own; the pair's line, shown further down among the
    # lines that match the words (as any such line is), scores no answer for it
    hits = lookup(conn, "parameter store max size", limit=3).hits
    assert hits[0]["value"] == "4 KB", hits
    pair = [h for h in hits if "64 KB" in h["value"]]
    assert all(h["answer"] == 0.0 for h in pair), pair
    # its own words pick Secrets Manager ("secret"): it may answer for it
    assert any("64 KB" in v for v in lookup_values(conn, "secrets manager max secret size"))


def test_the_cli_abstains_where_only_a_pair_line_says_the_figure(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / NOTE_NAME).write_text(
        "## Secrets Manager vs Parameter Store\n- max size 64 KB per secret\n"
        "- Param Store: no built-in rotation\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    result = run_here("lookup", "parameter store max size", "--json", db=db)
    assert result.returncode == 1, result.stdout
    assert json.loads(result.stdout) == []
    facts = json.loads(run_here("facts", "--json", db=db).stdout)
    assert {f["service"] for f in facts if f["line"] == 2} == {""}


# a line setting two services side by side without "vs", each opening its own part: the
# parser files it under the first; each figure is the side's whose part it is in
SIDE_BY_SIDE = """# Messaging

- message retention: SQS 4 days default, SNS none
- SQS retention max 14 days; SNS keeps nothing
"""


@pytest.mark.parametrize("query", ["sns message retention", "sns retention default"])
def test_a_part_of_one_side_answers_for_no_other(tmp_path, query):
    conn = notes_conn(tmp_path, SIDE_BY_SIDE)
    # SQS's 4 and 14 days are no SNS figure: no answer beats a wrong one
    assert not [v for v in lookup_values(conn, query) if "4 days" in v or "14 days" in v]
    assert "4 days" in lookup_values(conn, "sqs message retention")[0]
    conn.close()


def test_a_line_naming_a_sides_own_part_is_that_sides(tmp_path):
    # "provisioned concurrency" is Lambda's part: the line is Lambda's, not the pair's
    conn = notes_conn(tmp_path, "# Compute\n\n## Lambda vs Fargate\n"
                                "- provisioned concurrency removes cold starts\n")
    assert _services_of_line(_facts(conn), 4) == {"Lambda"}
    conn.close()


def test_no_quiz_card_files_a_pair_line_under_the_note_files_service(tmp_path):
    # on the start code "retention default 4 days, max 14 days" under "SQS vs SNS" made
    # cards of IAM's retention period (the file is security_iam.md)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / NOTE_NAME).write_text(NOTES, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    result = run_here("cards", "--json", db=db)
    assert result.returncode == 0, result.stderr
    cards = json.loads(result.stdout)
    assert cards  # IAM's own users per account
    assert all(f["line"] == 4 for c in cards if c["service"] == "iam" for f in c["facts"]), \
        cards



def test_a_line_opening_with_a_third_service_is_not_the_side_it_names_later(tmp_path):
    # the line is Kinesis's (24 hours is Kinesis Data Streams' default retention,
    # docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html), naming SNS
    # only to contrast it; the next is Lambda's event source mapping on SQS. The branch
    # filed them as SNS's and SQS's (a side named anywhere in the line won), against the
    # rule that a line opening with a third service is that service's
    conn = notes_conn(tmp_path, "# Messaging\n\n## SQS vs SNS\n"
                                "- Kinesis Data Streams: retention 24 hours default, unlike SNS\n"
                                "- Lambda polls SQS with batch size up to 10000\n")
    facts = _facts(conn)
    assert _services_of_line(facts, 4) == {"Kinesis Data Streams"}
    assert _services_of_line(facts, 5) == {"Lambda"}
    conn.close()


def test_wrapped_prose_under_the_comparison_is_the_pairs_or_the_side_it_is_about(tmp_path):
    # a paragraph wrapped over two lines was read sentence by sentence with the file name's
    # service or one it named in passing: "64 KB per secret" became a KMS limit (the pair's
    # Secrets Manager figure, 64 KB). A paragraph about one side stays that side's (a
    # deleted secret is kept 7 to 30 days, docs.aws.amazon.com/secretsmanager/latest/
    # apireference/API_DeleteSecret.html)
    conn = notes_conn(tmp_path, "# IAM / security\n\n## IAM\n- users per account: 5,000\n\n"
                                "## Secrets Manager vs Parameter Store\n"
                                "Both encrypt with KMS and both can be read by Lambda; the max"
                                " size is\n64 KB per secret and rotation runs on a schedule.\n\n"
                                "Secrets Manager rotates secrets with a Lambda function. It"
                                " keeps a secret\ndeleted for 7 to 30 days before it is gone.\n",
                      name=NOTE_NAME)
    facts = _facts(conn)
    assert _services_of_line(facts, 7) == {""}
    assert not [f for f in facts if f["line"] == 7 and f["kind"] == "limit"]
    assert _services_of_line(facts, 10) == {"Secrets Manager"}
    conn.close()
