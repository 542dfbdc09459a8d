"""Session 46's question review: three defects AWS-certified reviewers found in questions drawn
from notes nobody on the team had seen, each a general misreading (a table's first row of
figures read as its header, a scope said twice, a task's size asked without saying which part
of it)."""

from __future__ import annotations

import json

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.formats.aligned import aligned_to_markdown
from studycli.notes.tables import lift_html_tables

# a design record's constraints, lined up in columns with no header: every line is a row
_CONSTRAINTS = (
    "Constraints that drove it\n"
    "  runtime small jobs  ~2 s          -> Lambda ok (max timeout 15 min = 900 s)\n"
    "  runtime big jobs    30 min+       -> NOT lambda. Fargate task\n"
    "  scratch disk        80 MB x2      -> /tmp default 512 MB, configurable up to 10 GB\n")


def test_a_lined_up_table_whose_first_row_holds_figures_has_no_header():
    tables = lift_html_tables(aligned_to_markdown(_CONSTRAINTS.splitlines()))
    assert len(tables) == 1 and tables[0].headerless
    assert tables[0].rows[0][0] == "runtime small jobs"


def test_a_lined_up_table_under_a_header_keeps_it():
    text = ("Setting              Default   Max\n"
            "Visibility timeout   30 s      12 hours\n"
            "Message retention    4 days    14 days\n")
    tables = lift_html_tables(aligned_to_markdown(text.splitlines()))
    assert len(tables) == 1 and not tables[0].headerless


def test_a_first_row_of_figures_names_no_subject_of_the_rows_below():
    """Read as the header, "-> Lambda ok (max timeout ...)" made every figure of its column
    Lambda's subject "ok" ("the maximum ephemeral storage for AWS Lambda (ok)"), and "~2 s"
    the subject of the rows under it."""
    text = "ADR-007  Report rendering\n=========================\n\n" + _CONSTRAINTS
    facts = parse_note(as_markdown(text, ".md"), "adr.md").facts
    assert not [f for f in facts if f.subject in ("ok", "2 s", "~2 s")], \
        [(f.subject, f.attribute, f.value) for f in facts if f.subject]
    lines = {f.line for f in facts if f.number is not None}
    assert {5, 6, 7} <= lines, lines  # the first row is a row: its figures are read


def test_a_scope_the_condition_says_again_is_said_once(tmp_path):
    """"read replicas: up to 15 per DB" asked "the maximum number of replicas per db for
    Amazon RDS (read replica) per source DB instance running MySQL, MariaDB or PostgreSQL"."""
    from tests.helpers import run_here

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "db.md").write_text(
        "# RDS\n\n- read replicas: up to 15 per DB (mysql/maria/postgres), async replication\n",
        encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    out = run_here("exam", "--questions", "5", "--seed", "3", "--json", db=db)
    stems = [q["stem"] for q in json.loads(out.stdout)["questions"]]
    replicas = [s for s in stems if "replicas" in s]
    assert replicas and not any("per db" in s.lower() and "per source DB" in s
                                for s in replicas), replicas


def test_a_task_size_in_bytes_is_the_task_s_memory():
    """"Fargate task size max 4 vCPU / 30 GB": a task's size is its vCPU and its memory, so
    "the maximum task size" keyed in GB was ambiguous; the GB figure is the memory."""
    facts = parse_note("# Containers\n\n- Fargate task size max 4 vCPU / 30 GB\n", "c.txt").facts
    sized = {(f.attribute, f.value) for f in facts if f.unit == "B"}
    assert sized == {("memory", "30 GB")}, sized
