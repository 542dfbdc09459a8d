"""A notes database exported as a table (Notion's CSV: "Name,Service,Fact,Exam,Tags,Created"):
each row is a record named by its first column, the Service column further on says whose it
is, the text columns say the fact, and the columns about the record (tags, exam, dates) are no
part of it. Read as a grid, the rows gave no number and a row whose name named no service
("Max LSIs per table") was nobody's."""

from __future__ import annotations

from studycli.extract.pipeline import parse_note
from studycli.extract.table_layouts import RecordTable
from studycli.formats import as_markdown
from studycli.notes.tables import Table

NOTION = (
    "Name,Service,Fact,Exam,Tags,Created\n"
    'ALB sticky sessions,ELB,"stickiness cookie duration 1 sec to 7 days, default 1 day",'
    'SAA-C03,"elb, limits","October 6, 2026 6:33 PM"\n'
    'Lambda SQS batch,Lambda,"SQS event source batch size default 10, max 10,000",DVA-C02,'
    '"lambda, sqs","October 9, 2026 8:46 PM"\n'
    'Max LSIs per table,DynamoDB,only at table creation,DVA-C02,limits,'
    '"October 9, 2026 9:00 PM"\n')
# the same with a Value column of bare numbers and a Notes column
NOTION_VALUES = ("Name,Service,Category,Value,Notes,Tags\n"
                 "Max LSIs per table,DynamoDB,Limit,5,only at table creation,DVA\n"
                 "Record max size,Kinesis,Limit,1 MB,before base64,DVA\n")


def _facts(text: str):
    return parse_note(as_markdown(text, ".csv"), "notion.md").facts


def test_each_records_fact_is_its_services():
    found = {(f.service, f.value, f.kind.value) for f in _facts(NOTION) if f.number is not None}
    assert ("ELB", "1 day", "default") in found
    assert ("ELB", "7 days", "limit") in found
    assert any(s == "Lambda" and v.startswith("10,000") and k == "limit" for s, v, k in found)
    found = {(f.service, f.value) for f in _facts(NOTION_VALUES) if f.number is not None}
    assert ("DynamoDB", "5 LSIs") in found
    assert ("Kinesis Data Streams", "1 MB") in found


def test_a_records_statement_is_its_service_and_leaves_out_the_records_own_columns():
    stated = {f.line: f for f in _facts(NOTION) if f.kind.value == "fact"}
    assert stated[4].service == "DynamoDB"  # "Max LSIs per table" names no service itself
    assert "2026" not in stated[2].value and "SAA-C03" not in stated[2].value
    assert "stickiness cookie duration" in stated[2].value
    # the record's date is never read as a number of its own
    assert not any(f.number == 2026 or f.number == 6 for f in _facts(NOTION))


def _table(rows: list[list[str]]) -> Table:
    return Table(rows, list(range(1, len(rows) + 1)))


def test_only_a_service_column_that_names_services_and_not_first_makes_records():
    layout = RecordTable()
    # the service first: a long-format table's or a grid's, as before
    assert not layout.matches(_table([["Service", "Name", "Fact"],
                                      ["Lambda", "timeout", "15 min"]]), "")
    # a "Service" column whose cells name no service (a checklist's "serviced?" yes/no)
    assert not layout.matches(_table([["Step", "Service", "Notes"], ["drain", "yes", "1 h"],
                                      ["patch", "no", "30 min"]]), "")
    # two columns: no text column beside the name and the service
    assert not layout.matches(_table([["Need", "Service"], ["find PII in S3", "Macie"]]), "")
    assert layout.matches(_table([["Name", "Service", "Fact"], ["sticky", "ELB", "1 day"]]), "")
