"""A table whose first row is data, not a header (a .tsv of "service, limit, value" rows): its
first row was taken for the header and lost, and the rows under it, read in that row's
"columns", became plain facts whose columns the student no longer saw (a new user's
"VPC<TAB>max VPCs per region<TAB>5" answered `lookup` with "VPC max VPCs per region 5" as a
plain fact). Each row now reads as the note line its cells would be."""

from __future__ import annotations

from typer.testing import CliRunner

from studycli.cli import app
from studycli.extract import parse_note
from studycli.model import Kind

runner = CliRunner()

TSV = ("VPC\tdefault VPC per region\t1\nVPC\tmax VPCs per region\t5\n"
       "NAT GW\tbandwidth\tup to 100 Gbps\n")


def test_every_row_of_a_headerless_tsv_is_read():
    facts = parse_note(TSV, "odd/vpc.tsv").facts
    assert {f.line for f in facts} == {1, 2, 3}  # the first row is no header
    limits = {(f.line, f.service, f.attribute, f.value) for f in facts if f.kind is Kind.LIMIT}
    assert (2, "VPC", "vpcs (per region)", "5 VPCs") in limits
    assert any(line == 3 and value == "100 Gbps" for line, _s, _a, value in limits)


def test_a_table_with_a_header_row_keeps_it_as_its_header():
    note = "| Setting | Default | Max |\n|---|---|---|\n| Visibility timeout | 30 s | 12 h |\n"
    facts = parse_note(f"## SQS\n{note}", "n.md").facts
    assert not any("Setting" in f.value for f in facts)
    assert {(f.kind, f.value) for f in facts if f.attribute == "visibility timeout"} >= {
        (Kind.DEFAULT, "30 s"), (Kind.LIMIT, "12 h")}


def test_lookup_answers_a_headerless_rows_limit(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "vpc.tsv").write_text(TSV, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["lookup", "max vpcs per region", "--db", db])
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first.startswith("5 VPCs"), result.output
