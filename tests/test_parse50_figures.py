"""Session 50: figures the parser lost or bound to the wrong setting (extraction).

Each case is a shape students write, read through a real ingest into a tmp database and the
real CLI (`facts --json`, `lookup --json`) where the behaviour is a command's."""

from __future__ import annotations

import json

import pytest

from tests.helpers import note_db, run_here


def _facts(db) -> list[dict]:
    out = run_here("facts", "--json", db=db)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _figures(db) -> set[tuple[str, str, str]]:
    """(subject, attribute, value) of every figure (not whole-line) fact."""
    return {(f["subject"], f["attribute"], f["value"]) for f in _facts(db) if f["kind"] != "fact"}


# --- batching: "no batching" says what "without batching" says ---------------------------------

BATCHING_LINES = {
    # "with no batching" was read as "with batching": the line's two values took one case
    # and both were dropped as one setting's two values
    "FIFO: 300 msg/s with no batching, 3,000 msg/s with batching":
        {("without batching", "300 messages/s"), ("with batching", "3000 messages/s")},
    # "(no batching)" was no condition at all
    "FIFO throughput 300 msg/s (no batching)": {("without batching", "300 messages/s")},
    # the sentence's first clause gave both figures "without batching"
    "FIFO: without batching 300 msg/s, with batching 3000 msg/s":
        {("without batching", "300 messages/s"), ("with batching", "3000 messages/s")},
}


@pytest.mark.parametrize("line", list(BATCHING_LINES))
def test_no_batching_is_the_without_batching_case(tmp_path, line):
    db = note_db(tmp_path, f"# SQS\n\n## FIFO queues\n\n- {line}\n")
    cases = {(f["attribute"].rsplit("(", 1)[-1].rstrip(")"), f["value"])
             for f in _facts(db) if f["kind"] == "limit"}
    assert cases == BATCHING_LINES[line]


def test_fsx_file_gateway_stays_a_storage_gateway(tmp_path):
    # a Storage Gateway type (https://docs.aws.amazon.com/filegateway/latest/filefsxw/
    # what-is-file-fsxw.html): its lines went to whichever service the rest of the line named
    db = note_db(tmp_path, "# Hybrid storage\n\n- FSx File Gateway: SMB, local cache for FSx\n")
    assert {f["service"] for f in _facts(db)} == {"Storage Gateway"}

# --- a singular counted noun before a name and a plural is that plural's adjunct -------------

def test_a_count_noun_before_a_name_and_a_plural_counts_nothing_of_its_own(tmp_path):
    db = note_db(tmp_path, "# Support plans\n\n"
                           "- Basic: free, docs + forums, 7 core Trusted Advisor checks\n"
                           "- EC2 Dedicated Host: a 16 core machine for you alone\n")
    counts = {(f["line"], f["attribute"], f["value"]) for f in _facts(db) if f["unit"] == "count"}
    # the checks were read as 7 CPU cores of Trusted Advisor
    assert not any(line == 3 for line, _, _ in counts), counts
    # a compound adjective before a singular noun still counts its noun
    assert any(line == 4 and value == "16 cores" for line, _, value in counts), counts


# --- a bare figure right after its setting's name is that setting's value --------------------

def test_a_bare_figure_after_a_settings_name_is_its_value(tmp_path):
    db = note_db(tmp_path, "# API Gateway\n\n"
                           "- API GW throttle 10k req/s, burst 5000\n\n"
                           "# SQS\n\n"
                           "- long polling: batch size 10\n"
                           "- DLQ after max receives 5\n")
    figures = {(f["service"], f["attribute"], f["number"], f["line"]) for f in _facts(db)
               if f["kind"] != "fact"}
    # the burst stayed in the line: only the steady rate was read
    assert ("API Gateway", "burst limit", 5000.0, 3) in figures, figures
    assert ("SQS", "batch size", 10.0, 7) in figures, figures
    # a word the vocabulary reaches only from farther words names nothing: a receive count
    # is no batch size
    assert not any(line == 8 for *_, line in figures), figures
    out = run_here("lookup", "api gw burst limit", "--json", db=db)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["number"] == 5000.0


# --- a bare second figure of the contrasting case is that case's value -----------------------

def test_a_bare_figure_of_the_other_case_is_that_cases_value(tmp_path):
    db = note_db(tmp_path, "# Lambda\n\n- Deployment package 250 MB unzipped (50 zipped)\n\n"
                           "# API Gateway\n\n- throttle 10,000 rps steady, 5,000 burst\n")
    figures = {(f["attribute"], f["value"]) for f in _facts(db) if f["kind"] != "fact"}
    # the 50 was lost and the 250 MB kept no case: "lambda zipped deployment package size"
    # found the unzipped size
    assert ("deployment package size (unzipped)", "250 MB") in figures, figures
    assert ("deployment package size (zipped)", "50 MB") in figures, figures
    # a word that is no other case of the first's own word may be another measure: a burst
    # is no rate
    assert not any(value.startswith("5,000") and "/s" in value for _, value in figures), figures
    out = run_here("lookup", "lambda zipped deployment package size", "--json", db=db)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["value"] == "50 MB"


# --- a table column's header names the unit of its bare cells as its last word ---------------

VOLUMES = """# EBS volume types

| type | kind | size | max IOPS/vol | max throughput/vol |
|---|---|---|---|---|
| gp3 | SSD general | 1 GiB - 16 TiB | 16,000 | 1,000 MiB/s |
| st1 | HDD throughput | 125 GiB - 16 TiB | 500 | 500 MiB/s |
"""


def test_a_headers_last_word_gives_bare_cells_their_unit(tmp_path):
    db = note_db(tmp_path, VOLUMES)
    iops = {(f["subject"], f["qualifier"], f["value"]) for f in _facts(db)
            if f["attribute"] == "IOPS" and f["kind"] != "fact"}
    # the bare cells were no figure: "gp3 max iops" found nothing of the row
    assert iops == {("gp3", "max", "16,000 IOPS"), ("st1", "max", "500 IOPS")}, iops
    out = run_here("lookup", "gp3 max iops", "--json", db=db)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["value"] == "16,000 IOPS"


def test_a_price_per_time_header_gives_no_size():
    from studycli.extract.header_units import unit_named_last

    assert unit_named_last("max IOPS/vol") == "IOPS"
    assert unit_named_last("Retention days") == "days"
    # a price per GB-month, a bound's word and a counted noun name no unit of the cells
    assert unit_named_last("Price GB/month") == ""
    assert unit_named_last("timeout min") == ""
    assert unit_named_last("Max instances") == ""


# --- review: a ratio's header, a denominator or a calendar word names no unit of the cells ---

RATIO_VOLUMES = """# EBS volume types

| type | baseline IOPS/GiB | max IOPS/vol |
|---|---|---|
| gp2 | 3 | 16,000 |
| io1 | 50 | 64,000 |

| type | MB/s per TiB | max MB/s |
|---|---|---|
| st1 | 40 | 500 |
"""


def test_a_ratio_header_gives_bare_cells_no_unit(tmp_path):
    db = note_db(tmp_path, RATIO_VOLUMES)
    values = {(f["subject"], f["value"]) for f in _facts(db) if f["kind"] != "fact"}
    # gp2's 3 IOPS per GiB was read as 3 IOPS, io1's 50:1 ratio as 50 IOPS, st1's 40 MB/s
    # per TiB as 40 MB/s: a lookup of "io1 iops" could answer 50 IOPS
    assert not {("gp2", "3 IOPS"), ("io1", "50 IOPS"), ("st1", "40 MB/s")} & values, values
    # the per-volume columns keep their unit
    assert {("gp2", "16,000 IOPS"), ("io1", "64,000 IOPS"), ("st1", "500 MB/s")} <= values, values


@pytest.mark.parametrize("header", ["IOPS per GiB", "Ratio IOPS/GB", "MB/s per TiB",
                                    "cost per 4 KB", "Launch year", "Week", "Day"])
def test_a_ratio_a_denominator_or_a_calendar_word_is_no_unit(header):
    from studycli.extract.header_units import unit_named_last

    # "cost per 4 KB" is over "0.5" RCU; "Launch year" over "2006", "Week" over a plan's "3"
    assert unit_named_last(header) == ""


@pytest.mark.parametrize(("header", "unit"), [("Max IOPS / vol", "IOPS"),
                                              ("Throughput MiB/s per volume", "MiB/s"),
                                              ("Retention days", "days"), ("max MB/s", "MB/s")])
def test_a_scope_after_the_unit_keeps_it(header, unit):
    from studycli.extract.header_units import unit_named_last

    assert unit_named_last(header) == unit


# --- review: a bare figure after a setting's name that is no value of it ---------------------

def test_one_functions_reserved_concurrency_is_no_concurrency_limit(tmp_path):
    db = note_db(tmp_path, "# Lambda\n\n"
                           "- Account concurrency default 1,000 per region\n"
                           "- Payment fn: reserved concurrency 100\n"
                           "- Reports fn: provisioned concurrency 50\n")
    # read as 100 "concurrent executions", the one function's setting answered the account's
    # limit before the 1,000 line
    assert not any(f["line"] in (4, 5) for f in _facts(db) if f["kind"] != "fact")
    out = run_here("lookup", "lambda concurrency limit", "--json", db=db)
    assert out.returncode == 0, out.stderr
    assert "100" not in json.loads(out.stdout)[0]["value"]


@pytest.mark.parametrize("line", ["we tried batch size 10, then 100",
                                  "Kinesis resharding: shards 2, then 4",
                                  "batch size 10; now 100"])
def test_the_first_of_a_series_is_no_settings_value(tmp_path, line):
    db = note_db(tmp_path, f"# SQS\n\n- {line}\n")
    # "10 batch size" was read from the value the student moved away from
    assert not [f for f in _facts(db) if f["kind"] != "fact"]


@pytest.mark.parametrize("line", ["Lambda async retries = 2", "SQS long polling: batch size 10",
                                  "API GW throttle 10k req/s, burst 5000",
                                  "Lambda concurrency 1000"])
def test_a_name_then_its_bare_value_is_still_read(tmp_path, line):
    db = note_db(tmp_path, f"# Notes\n\n- {line}\n")
    assert any(f["unit"] == "count" for f in _facts(db)), _facts(db)
