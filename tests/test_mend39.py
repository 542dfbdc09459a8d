"""Mends from session 39's final reads (a behaviour tester and two code readers, old against
new on notes of their own): each test fails on the merged code before its mend."""

from __future__ import annotations

import json

from studycli.formats.json_data import is_data_map

from .helpers import first_value, lookup_values, notes_conn


def test_a_side_answered_in_words_after_the_figures_still_answers(tmp_path):
    # a sentence after the last figure was left out of the side's reading: "sync invocations
    # are never retried" made the line the async side's, and "lambda sync retries" abstained
    cases = [("# Lambda\n\n- async retries 2. sync invocations are never retried by Lambda\n",
              "lambda sync retries"),
             ("# Lambda\n\n- retries 2 for async. sync none (caller retries)\n",
              "lambda sync retries"),
             ("# CloudTrail\n\n- management events kept 90 days. data events are not logged "
              "unless you enable them\n", "cloudtrail data events default")]
    for index, (note, query) in enumerate(cases):
        folder = tmp_path / str(index)
        folder.mkdir()
        assert lookup_values(notes_conn(folder, note), query), query


def test_a_yes_no_question_of_a_figure_is_not_answered_by_what_the_figure_is_not(tmp_path):
    conn = notes_conn(tmp_path, "# Fargate\n\n- ephemeral storage up to 200 GB, not memory\n\n"
                                "# DynamoDB\n\n- partition throughput: 3000 RCU, not WCU\n")
    assert not lookup_values(conn, "is fargate max memory 200 gb")
    assert not lookup_values(conn, "is dynamodb partition max wcu 3000")


def test_a_larger_kind_of_the_service_is_no_way_past_its_limit(tmp_path):
    conn = notes_conn(tmp_path, "# EBS\n\n- 👉 EBS volume? 16TiB. Done.\n"
                                "- 👉 io2 Block Express for larger volumes (up to 64TiB)\n")
    assert "64" in first_value(conn, "ebs max volume size")


def test_a_json_deck_of_terms_and_definitions_is_no_sheet_of_figures():
    card = {"interval": 3, "ease": 2.5, "due": 1700000000, "reps": 4, "lapses": 0}
    deck = {"title": "AWS", "cards": [
        {"term": "SQS max message size", "definition": "256 KB", **card},
        {"term": "Lambda max timeout", "definition": "15 min", **card},
        {"term": "DynamoDB max item size", "definition": "400 KB", **card}]}
    assert not is_data_map(json.dumps(deck, indent=2).split("\n"))


def test_a_count_vouched_by_another_counts_entry_takes_no_scope_of_it(tmp_path):
    # the reserved IPs' entry matched the line and its "per subnet" asked "the maximum
    # number of cidrs per subnet", which no quota is (a blind question review)
    from typer.testing import CliRunner

    from studycli.cli import app

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "g.md").write_text(
        "# Networking glossary\n\n**CIDR (VPC)** — VPC block size between /16 and /28. up to 5 "
        "CIDRs per VPC. AWS reserves 5 IPs per subnet (first 4 + last 1).\n")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    out = runner.invoke(app, ["exam", "--json", "--seed", "1", "--questions", "5", "--db", db])
    stems = [q["stem"] for q in json.loads(out.stdout)["questions"]]
    assert stems and not any("cidrs per subnet" in s.lower() for s in stems), stems


def test_a_json_sheets_string_values_are_read_unescaped():
    # a code reader: "60\u2013120" stayed escaped, no range and no unit
    from studycli.formats import as_markdown

    sheet = {"rds": {"multiAzFailoverSec": "60–120", "maxReplicas": 15, "storageMaxTiB": 64,
                     "backupDays": 35, "maxDbInstances": 40, "hint": 'say "X"'}}
    lines = as_markdown(json.dumps(sheet, indent=2), ".json").split("\n")
    assert "- multi az failover: 60–120 s" in lines
    assert '- hint: say "X"' in lines
