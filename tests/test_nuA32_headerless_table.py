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


# A header of quantities (review of nuA32): a first row whose cells are values of other units
# than the column's cells below is the columns' names, not a row of data.
def _facts(note: str):
    return parse_note(note, "n.md").facts


def test_a_header_of_shard_counts_over_throughput_rows_stays_a_header():
    facts = _facts("## Kinesis\n| | 1 shard | 10 shards |\n|---|---|---|\n"
                   "| write | 1 MB/s | 10 MB/s |\n| read | 2 MB/s | 20 MB/s |\n")
    assert not any(f.line == 2 for f in facts), [(f.line, f.value) for f in facts]
    assert not any("shard" in f.value and f.kind is Kind.LIMIT and "MB" not in f.value
                   for f in facts)


def test_a_header_of_terms_over_percent_rows_keeps_its_rows():
    facts = _facts("## EC2\n| Payment option | 1 year | 3 years |\n|---|---|---|\n"
                   "| All upfront | 30% | 50% |\n| No upfront | 20% | 40% |\n")
    assert {f.line for f in facts} >= {4, 5}, [(f.line, f.value) for f in facts]
    assert not any(f.line == 2 for f in facts)


def test_a_header_of_item_sizes_over_rcu_rows_keeps_its_rows():
    facts = _facts("## DynamoDB\n| Item size | 4 KB | 8 KB |\n|---|---|---|\n"
                   "| strongly consistent RCUs | 1 RCU | 2 RCUs |\n")
    assert not any(f.line == 2 for f in facts), [(f.line, f.value) for f in facts]
    assert any(f.line == 4 and f.value == "2 RCUs" for f in facts), [
        (f.line, f.value) for f in facts]


def test_a_value_like_a_year_with_a_unit_is_a_value():
    from studycli.extract.table_layouts import _VALUE_CELL
    for cell in ("2048 MB", "2000 IOPS", "5", "up to 100 Gbps"):
        assert _VALUE_CELL.match(cell), cell
    assert not _VALUE_CELL.match("2023")
