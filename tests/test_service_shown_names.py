"""Readiness names a service to add notes on by the name AWS gives it today where AWS renamed
it (services.shown_name, data/services.json "shown"): it told a new user to "add notes on
Kinesis Data Analytics", whose Flink applications are Amazon Managed Service for Apache Flink
since (https://docs.aws.amazon.com/managed-flink/latest/java/api-link.html). Its SQL
applications were not renamed, so everywhere else the canonical name stays (a reviewer saw
shipped KDA SQL notes shown as "Managed Service for Apache Flink")."""

from __future__ import annotations

from typer.testing import CliRunner

from studycli.cli import app
from studycli.services import find_services, full_name, shown_name
from studycli.ui.names import display_service


def test_only_readiness_suggestions_use_the_current_name_and_both_names_are_read():
    assert shown_name("Kinesis Data Analytics") == (
        "Kinesis Data Analytics (now Managed Service for Apache Flink)")
    assert display_service("Kinesis Data Analytics") == "Kinesis Data Analytics"
    assert full_name("Kinesis Data Analytics") == "Amazon Kinesis Data Analytics"
    assert shown_name("SQS") == "SQS"
    for said in ("KDA: SQL on streams", "Kinesis Data Analytics runs Flink",
                 "Amazon Managed Service for Apache Flink apps"):
        assert [m.name for m in find_services(said)] == ["Kinesis Data Analytics"], said


def test_readiness_names_the_services_to_add_by_their_current_names(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    # the domain's first services in the notes, so the renamed one is among those named
    (notes / "n.md").write_text(
        "# Lambda\n- max timeout 15 min\n# DynamoDB\n- item size max 400 KB\n"
        "# DAX\n- item cache TTL default 5 min\n# ElastiCache\n- Redis max 500 nodes\n"
        "# CloudFront\n- default TTL 24 hours\n# Kinesis Data Streams\n"
        "- retention default 24 hours\n# Data Firehose\n- buffer interval max 900 s\n",
        encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    out = runner.invoke(app, ["readiness", "--db", db], env={"COLUMNS": "200"}).output
    assert "Kinesis Data Analytics (now Managed Service for Apache Flink)" in out, out
