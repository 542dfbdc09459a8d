"""A spreadsheet saved as TSV whose first column is a merged section and whose header repeats
is read row by row, each row with its section, at its own line; a deck of cards or a table
of full rows reads as it was (studycli/formats/sheet_tsv.py)."""

from __future__ import annotations

import json

from studycli.formats import as_markdown
from tests.helpers import run_here

SHEET = ("Section\tItem\tValue\tnotes\n"
         "Budgets\talerts\tup to 5 notifications per budget\t\n"
         "\tpricing\tfirst 2 budgets free\t\n"
         "Section\tItem\tValue\tnotes\n"
         "Organizations\tdefault account quota\t10 accounts\tcan request increase\n"
         "\tOU nesting\t5 levels deep under root\t\n"
         "\t\t\ttag policies also exist\n")


def test_a_sheets_rows_say_their_section_on_their_lines():
    out = as_markdown(SHEET, ".tsv").split("\n")
    assert len(out) == len(SHEET.split("\n"))
    assert out[0] == out[3] == ""  # the header, and the header repeated
    assert out[2] == "- Budgets / pricing: first 2 budgets free"
    assert out[4] == "- Organizations / default account quota: 10 accounts; can request increase"
    assert out[5] == "- Organizations / OU nesting: 5 levels deep under root"
    assert out[6] == "- Organizations: tag policies also exist"


def test_a_merged_rows_fact_is_filed_under_its_own_section(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sheet.tsv").write_text(SHEET, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    hit = json.loads(run_here("lookup", "organizations ou nesting depth", "--json",
                              db=db).stdout)[0]
    assert hit["line"] == 6 and "5 levels" in hit["snippet"]


def test_a_deck_or_a_table_of_full_rows_reads_as_written():
    deck = "front\tback\nSQS max retention?\t14 days\nSNS max message?\t256 KB\n"
    assert as_markdown(deck, ".tsv") == deck
    full = "service\tlimit\tvalue\nSQS\tretention\t14 days\nSNS\tmessage\t256 KB\n"
    assert as_markdown(full, ".tsv") == full
