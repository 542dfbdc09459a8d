"""Confident answers of another measure are no answers (session 28, lookupnu28): a line
whose label says baseline gives no maximum ("gp3 baseline: 3000 IOPS / 125 MiB/s"), a
measure equated to one of a thing is no count of it ("1769 MB = 1 full vCPU" for "lambda
max vcpu"), and a statement of a measured number says the measure asked or answers no
quantity ("min storage duration 180 days" is no retrieval time)."""

from __future__ import annotations

import pytest

from .helpers import lookup_values, notes_conn, notes_fixture, shipped_reference

NOTES = ("# EBS\n\n- gp3 baseline: 3000 IOPS / 125 MiB/s regardless of size\n"
         "- io2 Block Express up to 256,000 IOPS\n"
         "\n# Lambda\n\n- memory 128 MB - 10,240 MB\n- 1769 MB = 1 full vCPU\n"
         "- timeout max 15 min\n"
         "\n# S3\n\n- Glacier Deep Archive: min storage duration 180 days\n"
         "- Glacier Flexible: min storage 90 days\n")


notes = notes_fixture(NOTES)


def test_a_baseline_label_says_baseline_of_every_figure_after_it(notes):
    assert lookup_values(notes, "gp3 max throughput") == []
    # the baseline asked, or the throughput with no bound, is still answered
    for query in ("gp3 baseline throughput", "gp3 throughput"):
        values = lookup_values(notes, query)
        assert values and values[0] == "125 MiB/s", (query, values)


def test_a_measure_equated_to_one_of_a_thing_is_no_count_of_it(notes):
    assert lookup_values(notes, "lambda max vcpu") == []
    values = lookup_values(notes, "lambda memory per vcpu")
    assert values and "1769 MB" in values[0]


def test_a_statement_of_another_measure_answers_no_quantity_asked(notes):
    assert lookup_values(notes, "s3 glacier deep archive retrieval time") == []
    values = lookup_values(notes, "glacier deep archive min storage duration")
    assert values and "180 days" in values[0]


def test_the_cli_says_not_in_your_notes(tmp_path):
    from .helpers import run_here

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "n.md").write_text(NOTES, encoding="utf-8")
    db = tmp_path / "facts.db"
    env = shipped_reference(200)
    assert run_here("ingest", str(folder), db=db, env=env).returncode == 0
    result = run_here("lookup", "lambda max vcpu", db=db, env=env)
    assert result.returncode == 1 and "Not in your notes" in result.stdout


def test_a_statement_that_only_says_what_one_is_gives_no_bound(tmp_path):
    conn = notes_conn(tmp_path, "# Aurora Serverless v2\n\n- 1 ACU ≈ 2 GiB memory\n")
    assert lookup_values(conn, "aurora serverless v2 max acu") == []
    # a statement giving a bound beside what one is still answers that bound
    other = notes_conn(tmp_path / "other", "# Aurora Serverless\n\n"
                                           "- v2 minimum 0.5 ACU, 1 ACU ≈ 2 GiB RAM\n")
    values = lookup_values(other, "aurora serverless v2 minimum acu")
    assert values and "0.5 ACU" in values[0]


@pytest.mark.parametrize("query", ["lambda max vcpu", "lambda max vcpus"])
def test_the_real_maximum_beside_a_measure_equated_to_one_answers(tmp_path, query):
    # (session 28, lookupfix28) positive control: "vcpu" typed is the note's "vCPUs" (the
    # "-us" rule kept the plural apart), so "up to 6 vCPUs" answers, not "Not in your notes"
    conn = notes_conn(tmp_path, "# Lambda\n\n- 1769 MB = 1 full vCPU\n- up to 6 vCPUs\n")
    assert lookup_values(conn, query)[0] == "6 vCPUs"


def test_a_count_unit_typed_singular_meets_its_plural(tmp_path):
    conn = notes_conn(tmp_path, "# Aurora\n\n- serverless v2 max 256 ACUs\n"
                                "- 1 ACU ≈ 2 GiB memory\n")
    assert lookup_values(conn, "aurora serverless v2 max acu")[0] == "256 ACUs"


def test_count_unit_plurals_fold_and_latin_words_stay_whole():
    from studycli.lookup.text import stem

    assert stem("vcpus") == stem("vcpu") and stem("acus") == stem("acu")
    assert stem("status") == "status" and stem("campus") == "campus"
