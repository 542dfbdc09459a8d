"""Wrong answers testers found on main (session 47): a byte count shown as "1024 B", a range's
bound answering for the range, `facts` silent on a mistyped service, ..."""

from __future__ import annotations

import pytest

from tests.helpers import first_value, lookup_values, notes_conn, parsed_quantities, run_here

# 9. a byte count is shown in words, its thousands separated ----------------------------------


@pytest.mark.parametrize("line, value", [
    ("- object key max length 1024 bytes (UTF-8)", "1,024 bytes"),
    ("- object key max length 1024B", "1,024 bytes"),
    ("- metadata key max 1 byte", "1 byte"),
    ("- tag value max 256 bytes", "256 bytes"),
])
def test_a_byte_count_is_spelled_out(line, value):
    facts = parsed_quantities(f"# S3\n\n{line}\n")
    assert [v for *_, v in facts] == [value]


def test_a_byte_count_answers_as_a_student_reads_it(tmp_path):
    conn = notes_conn(tmp_path, "# S3\n\n- object key max length 1024 bytes (UTF-8)\n")
    assert first_value(conn, "s3 object key max length") == "1,024 bytes"


# 9. a range's bound answers no better than the range it was read from ------------------------

ARCHIVE = ("# EBS\n\n* EBS Snapshot Archive = 75% cheaper, restore takes 24-72 hr, "
           "min 90 days archived\n")


def test_a_range_outranks_its_own_bound(tmp_path):
    conn = notes_conn(tmp_path, ARCHIVE)
    values = lookup_values(conn, "ebs snapshot archive restore time")
    assert values and values[0] == "24–72 h", values


def test_a_bound_asked_is_still_the_bound(tmp_path):
    conn = notes_conn(tmp_path, "# Lambda\n\n- memory 128 MB - 10,240 MB\n")
    assert first_value(conn, "lambda max memory") == "10,240 MB"


# 7. `facts --service` with a mistyped service suggests the one meant -------------------------


def test_facts_suggests_the_service_a_typo_means(tmp_path):
    notes_conn(tmp_path, "# Lambda\n\n- timeout default 3 sec, max 900 sec\n").close()
    done = run_here("facts", "--service", "lambdaa", db=tmp_path / "facts.db")
    assert done.returncode == 0
    assert "No facts match." in done.stdout
    assert "did you mean: Lambda?" in done.stderr


def test_facts_suggests_nothing_for_a_known_service_with_no_facts(tmp_path):
    notes_conn(tmp_path, "# Lambda\n\n- timeout default 3 sec, max 900 sec\n").close()
    done = run_here("facts", "--service", "dynamodb", db=tmp_path / "facts.db")
    assert "No facts match." in done.stdout
    assert "did you mean" not in done.stderr
