"""Issue 10, round twenty-six: a statement that states several things answers with the
clause of the thing asked (lookup/clause_answer.py); a label before "=" names each clause of
its line; a number beside a quoted cell holding its unit is read with it."""

from __future__ import annotations

from tests.helpers import first_value, notes_conn

INDEXES = """\
# DynamoDB

- DynamoDB indexes: LSI max 5 per table, GSI default 20
- How many tables per region? 2,500 tables, 10,000 by request
- Item size max 400 KB
"""


def test_a_statement_of_several_numbers_answers_with_the_clause_asked(tmp_path):
    conn = notes_conn(tmp_path, INDEXES, "ddb.md")
    assert first_value(conn, "dynamodb max gsi per table") == "GSI default 20"
    assert first_value(conn, "how many lsi per table") == "DynamoDB indexes: LSI max 5 per table"
    # what is only per the table says no index: the whole line stays
    assert first_value(conn, "dynamodb max indexes per table") == INDEXES.splitlines()[2][2:]


def test_a_clause_that_names_nothing_of_its_own_is_not_taken_alone():
    from studycli.lookup.clause_answer import narrowed
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    fact = {"kind": "fact", "number": None, "low": None,
            "value": "How many SNS topics per account? 100,000, 12,500,000 subs per topic"}
    q = understand("sns max topics per account", lex)
    assert narrowed(fact, q, lex) is fact  # "100,000" alone would say nothing of topics
    assert narrowed({**fact, "value": "max 60 parameters, 200 outputs, 200 mappings"},
                    understand("cfn max parameters", lex), lex)["value"] == "max 60 parameters"


def test_the_text_answer_shows_the_clause_and_the_whole_line_under_it(tmp_path):
    from tests.helpers import run_here

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "ddb.md").write_text(INDEXES, encoding="utf-8")
    db = tmp_path / "f.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    out = run_here("lookup", "dynamodb max gsi per table", db=db)
    assert out.returncode == 0, out.stderr
    first, _name, line = out.stdout.splitlines()[:3]
    assert first == "GSI default 20"
    assert "LSI max 5 per table, GSI default 20" in line


FLASHCARDS = """\
# DynamoDB flashcards

Q: LSI vs GSI?
A: LSI = same partition key, diff sort key, created WITH the table, max 5, shares RCU/WCU.
   GSI = any partition + sort key, add anytime, max 20 per table (default), own RCU/WCU.
"""


def test_a_label_before_an_equals_sign_names_each_clause_of_its_line(tmp_path):
    # "GSI = ..., max 20 per table": the clause stating 20 is the GSI's, as after "GSI:"
    conn = notes_conn(tmp_path, FLASHCARDS, "ddb.md")
    assert first_value(conn, "max gsi per table").startswith("GSI = any partition")
    assert first_value(conn, "max lsi per table").startswith("A: LSI = same partition")


QUOTA_INSERTS = """\
-- my quotas table
INSERT INTO quotas VALUES
 ('KMS', 'Encrypt/Decrypt direct payload max', '4', 'KB', 'bigger -> envelope encryption'),
 ('SQS', 'message size max', '256', 'KB', 'use extended client for more');
"""


def test_a_number_beside_a_quoted_cell_holding_its_unit_is_read_with_it(tmp_path):
    from studycli.lookup.text import join_unit_cells

    assert join_unit_cells("('kms', 'payload max', '4', 'kb', 'x')") == \
        "('kms', 'payload max', '4 kb', 'x')"
    assert join_unit_cells('"firehose","interval","60-900","seconds"') == \
        '"firehose","interval","60-900 seconds"'
    assert join_unit_cells("('a', '4', 'kbx')") == "('a', '4', 'kbx')"  # no unit cell
    conn = notes_conn(tmp_path, QUOTA_INSERTS, "quotas.sql")
    assert "'4', 'KB'" in first_value(conn, "kms encrypt max size")
    assert "'256', 'KB'" in first_value(conn, "sqs max message size")


PRICING = """\
# Pricing

- Reserved Instances: 1 or 3 yr, up to 72% off. Standard vs Convertible (convertible ~54%)
- Spot: up to 90% off, 2 min warning
"""


def test_a_figure_of_one_side_a_line_compares_does_not_answer_for_neither_side(tmp_path):
    # the parser files "convertible ~54%" as a figure of "convertible": asked of neither
    # side, the line's own "up to 72% off" answers; asked of the convertible, the 54%
    conn = notes_conn(tmp_path, PRICING, "pricing.md")
    assert "up to 72% off" in first_value(conn, "reserved instance max discount")
    assert first_value(conn, "convertible reserved instance discount") == "54%"
