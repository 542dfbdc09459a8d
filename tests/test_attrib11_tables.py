"""Tables nobody had tuned on (pass 11 of the parser, issues #10 and #8): a unit written in a
column of its own, a long-format quota sheet whose maximum is in a column after its default,
and a "Notes" column that is no thing of its own. Tables here are written for the test, in
other wordings than the development notes'."""

from __future__ import annotations

import json

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import json_out, note_db, run_here


def _facts(text: str) -> set[tuple[str, str, str, str, str, str]]:
    return {(f.service, f.subject, f.attribute, str(f.kind), f.qualifier, f.value)
            for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT}


# --- 1. a unit in a column of its own --------------------------------------------------------

_UNIT_TABLE = """## SQS

| Knob | Value | Units |
|---|---|---|
| Max message size | 256 | KB |
| Default visibility timeout | 30 | seconds |
| Max retention | 14 | days |
"""


def test_a_row_reads_its_number_with_the_unit_column_beside_it():
    facts = _facts(_UNIT_TABLE)
    assert ("SQS", "", "message size", "limit", "max", "256 KB") in facts
    assert ("SQS", "", "visibility timeout", "default", "default", "30 s") in facts
    assert ("SQS", "", "retention period", "limit", "max", "14 days") in facts


def test_the_unit_column_is_no_thing_and_no_count():
    facts = _facts(_UNIT_TABLE)
    assert not any(subject.lower().startswith("unit") for _, subject, *_ in facts)
    assert not any(value.endswith(("messages", "retentions")) for *_, value in facts)


def test_a_unit_column_after_min_and_max_columns_gives_both_bounds():
    text = ("## Lambda\n\n| Setting | Lowest | Highest | Unit |\n|---|---|---|---|\n"
            "| Memory | 128 | 10,240 | MB |\n")
    # "Lowest"/"Highest" are no qualifier words: the row still reads with its unit
    assert any(value == "128 MB" for *_, value in _facts(text))
    text = ("## Lambda\n\n| Setting | Min | Max | Unit |\n|---|---|---|---|\n"
            "| Function timeout | 1 | 900 | seconds |\n")
    facts = _facts(text)
    assert ("Lambda", "", "execution timeout", "limit", "min", "1 s") in facts
    assert ("Lambda", "", "execution timeout", "limit", "max", "900 s") in facts


def test_a_range_cell_takes_the_unit_on_its_high_end():
    text = ("## API Gateway\n\n| Quota | Default | Unit |\n|---|---|---|\n"
            "| Integration timeout | 50 ms - 29 | seconds |\n")
    facts = _facts(text)
    assert ("API Gateway", "", "integration timeout", "limit", "max", "29 s") in facts


def test_a_cell_that_has_its_own_unit_is_left_as_written():
    text = ("## Kinesis Data Streams\n\n| Quota | Value | Unit |\n|---|---|---|\n"
            "| Record size | 1 MB | MB |\n")
    assert any(value == "1 MB" for *_, value in _facts(text))


def test_lookup_answers_a_row_whose_unit_is_its_own_column(tmp_path):
    db = note_db(tmp_path, _UNIT_TABLE, "q.md")
    hits = json_out(run_here("lookup", "sqs max message size", "--json", db=db))
    assert hits and hits[0]["value"] == "256 KB"


# --- 2. a long-format sheet reads every value column -----------------------------------------

_SHEET = """## my limits sheet

| Service | Setting | Default | Max | Raise? |
|---|---|---|---|---|
| SQS | Message retention | 4 days | 14 days | no |
| SNS | Message size | - | 256 KB | no |
| DynamoDB | Tables per region | 2,500 | - | yes |
"""


def test_a_long_format_row_gives_its_default_and_its_maximum():
    facts = _facts(_SHEET)
    assert ("SQS", "", "retention period", "default", "default", "4 days") in facts
    assert ("SQS", "", "retention period", "limit", "max", "14 days") in facts


def test_a_long_format_row_with_no_default_gives_its_maximum():
    assert ("SNS", "", "message size", "limit", "max", "256 KB") in _facts(_SHEET)


def test_an_empty_maximum_cell_gives_nothing_more():
    dynamo = {f for f in _facts(_SHEET) if f[0] == "DynamoDB"}
    assert {f[4] for f in dynamo} == {"default"}


def test_check_sees_a_stale_maximum_in_the_fourth_column(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sheet.md").write_text(
        "| Service | Quota | Default | Limit | adj? |\n|---|---|---|---|---|\n"
        "| SQS | Message size | - | 256 KB | no |\n", encoding="utf-8")
    done = run_here("check", str(notes), "--json", db=tmp_path / "c.db")
    assert done.returncode == 1  # something outdated or wrong
    found = [f for f in json.loads(done.stdout) if f["line"] == 3]
    assert found and found[0]["status"] in ("outdated", "wrong")


# --- 3. a "Notes" column is the row's own remark ---------------------------------------------

def test_a_notes_column_is_no_subject():
    text = ("## DynamoDB\n\n| Operation | Items | Comments |\n|---|---|---|\n"
            "| BatchGetItem | 100 items | at most 16 MB per call |\n")
    facts = _facts(text)
    assert any(f[:2] == ("DynamoDB", "BatchGetItem") and f[4:] == ("max", "16 MB") for f in facts)
    assert not any(subject == "Comments" for _, subject, *_ in facts)


# --- 4. a comparison table whose columns are one service's coded subjects --------------------

_VOLUMES = """## SSD or HDD?

| | gp2 | io1 | st1 |
|---|---|---|---|
| Max IOPS | 16,000 | 64,000 | 500 |
| Max throughput | 250 MiB/s | 1,000 MiB/s | 500 MiB/s |
| OSI layer | 7 | 4 | 3 |
"""


def test_columns_named_by_volume_type_codes_are_the_volume_types_of_their_service():
    facts = _facts(_VOLUMES)
    assert ("EBS", "io1", "IOPS", "limit", "max", "64,000 IOPS") in facts
    assert ("EBS", "st1", "throughput", "limit", "max", "500 MiB/s") in facts


def test_a_bare_number_counts_only_what_a_plural_label_names():
    # "OSI layer | 7": a singular label says what the number is, not what it counts
    assert not any(value.endswith(("layer", "layers")) for *_, value in _facts(_VOLUMES))
    text = ("## RDS\n\n| | RDS | Aurora |\n|---|---|---|\n| Read replicas | 5 | 15 |\n")
    assert ("Aurora", "", "read replicas", "limit", "", "15 read replicas") in _facts(text)
