"""A cheat sheet of "service | attribute | value" lines with no header row is read as the
long-format table it is: each line's numbers are its service's, qualified by its attribute.
Read before as prose lines (or, from the first line without a digit on, as a grid headed by
that line), "Lambda | max timeout | 15 min (900s)" gave no timeout at all. Error-code rows
("S3 | 503 | SlowDown", "KMS | throttle | ThrottlingException") give the code and its
meaning."""

from __future__ import annotations

from studycli.extract.pipeline import parse_note
from studycli.notes.tables import lift_loose_pipe_tables

SHEET = ("Lambda | max timeout | 15 min (900s)\n"
         "Lambda | default timeout | 3 sec\n"
         "Lambda | SnapStart | Java (also python/.NET now)\n"
         "API GW | integration timeout | 29 s\n"
         "Kinesis DS | max record size | 1 MB\n"
         "S3 | 503 | SlowDown\n"
         "ELB | 503 on ALB | no registered targets\n"
         "KMS | throttle | ThrottlingException\n"
         "Lambda | throttle error | 429 TooManyRequestsException\n")


def _facts(text: str):
    return parse_note(text, "cheats.txt").facts


def test_each_line_is_its_services_value():
    found = {(f.service, f.attribute, f.value, f.kind.value) for f in _facts(SHEET)
             if f.number is not None}
    assert ("Lambda", "execution timeout", "15 min", "limit") in found
    assert ("Lambda", "execution timeout", "3 s", "default") in found
    # after the line without a digit, the lines are still each their own service's
    assert any(s == "API Gateway" and v == "29 s" for s, _, v, _ in found)
    assert any(s == "Kinesis Data Streams" and v == "1 MB" for s, _, v, _ in found)


def test_error_code_rows_give_the_code_and_its_meaning():
    codes = {(f.service, f.attribute, f.value) for f in _facts(SHEET)
             if f.kind.value == "error_code"}
    assert ("S3", "503", "SlowDown") in codes
    assert ("ELB", "503", "no registered targets (on ALB)") in codes
    assert ("KMS", "ThrottlingException", "throttle") in codes
    assert ("Lambda", "429", "TooManyRequestsException: throttle error") in codes


def test_every_line_but_an_error_codes_keeps_its_statement():
    facts = _facts(SHEET)
    stated = {f.line for f in facts if f.kind.value == "fact"}
    coded = {f.line for f in facts if f.kind.value == "error_code"}
    assert stated | coded == set(range(1, 10))


def _lifted(text: str):
    """The service-keyed tables lifted from `text` (a headed loose table is another rule's)."""
    lines = text.split("\n")
    return [t for t in lift_loose_pipe_tables(lines) if t.rows[0] == ["Service", "Attribute",
                                                                       "Value"]]


def test_the_rule_needs_three_lines_each_opening_with_a_service_alone():
    # two lines: a pair of choices as much as a sheet
    assert not _lifted("Lambda | max timeout | 15 min\nSQS | retention | 4 days\n")
    # a first cell that is a sentence, not a service's name
    assert not _lifted("invoke types: RequestResponse (sync) | Event (async) | DryRun\n"
                       "types: REST (v1) | HTTP (v2) | WebSocket\n"
                       "auth: IAM (SigV4) | Cognito authorizer | Lambda authorizer\n")
    # a first cell naming a service among other words ("Lambda SQS batch")
    assert not _lifted("Lambda SQS batch | size | 10\nLambda memory step | size | 1 MB\n"
                       "Lambda env vars | size | 4 KB\n")
    # four cells: not the three of a service, an attribute and a value
    assert not _lifted("Lambda | timeout | 3 s | 15 min\nSQS | retention | 4 days | 14 days\n"
                       "SNS | size | 256 KB | 256 KB\n")


def test_a_headed_loose_table_is_read_as_before():
    tables = lift_loose_pipe_tables("Service | Default | Max\nLambda timeout | 3s | 15m\n"
                     "SQS retention | 4 days | 14 days\n".split("\n"))
    assert [t.rows[0] for t in tables] == [["Service", "Default", "Max"]]


def test_the_sheet_is_cited_line_for_line():
    tables = _lifted("intro line\nLambda | max timeout | 15 min\nSQS | retention | 4 days\n"
                     "SNS | max msg size | 256 KB\n")
    assert len(tables) == 1
    assert tables[0].rows[0] == ["Service", "Attribute", "Value"]
    assert tables[0].lines == [2, 2, 3, 4]
