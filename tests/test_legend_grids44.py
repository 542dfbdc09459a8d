"""Grids of bare values under a legend line naming their columns (notes/legend_grids.py,
extract/legend_grid_cells.py): each cell is its column's attribute of its row's thing.
Fails without: the legend was read as a header of loose pipes, each row's name and first
value one cell ("SQS 256K" a subject), "4d/14d" one value and "30" under "min dur days" none."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.notes.legend_grids import lift_legend_grids

NOTE = """\
BRAIN DUMP -- MESSAGING
legend: msg | ret dflt/max | vis dflt/max
SQS  256K | 4d/14d | 30s/12h
  std: unlimited TPS

storage classes  (legend: min dur days | min obj KB | AZs)
STD-IA       30 | 128 | >=3
DEEP-ARCH    180| 40  | >=3

LAMBDA  legend: mem | timeout dflt/max | env vars
        128M-10240M | 3s/900s | 4KB tot

support plans  legend: $/mo | TAM
Basic       free        | N
Ent On-Ramp $5500       | pool TAM
"""


def _facts(text: str, suffix: str = ".txt"):
    return [f for f in parse_note(as_markdown(text, suffix), "dump" + suffix).facts
            if f.kind != "fact"]


def _has(facts, service, subject, attribute, qualifier, value):
    return any(f.service == service and f.subject == subject and attribute in f.attribute
               and f.qualifier == qualifier and f.value == value for f in facts)


def test_a_legend_grid_is_read_cell_by_cell():
    facts = _facts(NOTE)
    assert _has(facts, "SQS", "", "message size", "", "256 KB")
    assert _has(facts, "SQS", "", "retention", "default", "4 days")
    assert _has(facts, "SQS", "", "retention", "max", "14 days")
    assert _has(facts, "SQS", "", "visibility timeout", "max", "12 h")
    # a bare number takes the unit its column names; the row's name is a storage class
    assert _has(facts, "S3", "S3 Glacier Deep Archive", "storage duration", "min", "180 days")
    assert _has(facts, "S3", "S3 Standard-IA", "object size", "min", "128 KB")
    # a row with no name of its own, under the legend, is the title's
    assert _has(facts, "Lambda", "", "memory", "max", "10,240 MB")
    assert _has(facts, "Lambda", "", "timeout", "default", "3 s")
    # no row value is anyone's subject
    assert not any(f.subject in ("256K", "SQS 256K") for f in facts)


def test_rows_are_cut_at_the_column_the_others_line_up_on():
    lines = NOTE.split("\n")
    grids = lift_legend_grids(lines)
    plans = next(g for g in grids if g.title == "support plans")
    assert [row[0] for row in plans.rows[1:]] == ["Basic", "Ent On-Ramp"]
    assert plans.rows[2][1] == "$5500"
    # the title stays on its line; the rows' lines are blanked
    assert lines[1] == "" and lines[2] == "" and lines[5] == "storage classes"


def test_an_abbreviation_legend_is_no_grid():
    lines = ["legend: vis = visibility timeout, ret = retention", "SQS ret def 4 days",
             "legend: ✓ = yes | ✗ = no", "a | b"]
    assert lift_legend_grids(lines) == []
    assert lines[1] == "SQS ret def 4 days"


def test_a_value_with_no_number_stays_a_statement_of_its_row():
    note = "ELASTICACHE   legend: persist | threads\nRedis         Y (AOF/RDB) | single\n"
    parsed = parse_note(as_markdown(note, ".txt"), "dump.txt")
    said = [f.value for f in parsed.facts if f.kind == "fact" and f.line == 2]
    assert any("persist" in v and "AOF" in v for v in said)


def test_the_lines_under_a_titled_grid_are_its_service_s():
    # (the note's title names RDS first: the lines under DYNAMODB's grid were RDS's)
    note = ("DUMP 4 - DATABASES (rds / ddb)\n======\n\nRDS  legend: max stor | read repl\n"
            "RDS  64T | 5\n  multi-AZ = sync standby\n\n"
            "DYNAMODB  legend: item max | GSI\nDDB  400KB | 20\n"
            "  streams: 24h retention\n")
    parsed = parse_note(as_markdown(note, ".txt"), "dump.txt")
    assert {f.service for f in parsed.facts if f.line == 10} == {"DynamoDB"}


def test_a_worked_sheet_s_numbered_example_states_no_limit():
    note = ("# Kinesis shard math\n\n- IN: 1 MB/s per shard\n"
            "- ex1: 5 MB/s in, 3000 rec/s, 1 consumer\n")
    facts = _facts(note, ".md")
    assert not any(f.line == 4 for f in facts)
    assert any(f.line == 3 and f.value == "1 MB/s" for f in facts)
