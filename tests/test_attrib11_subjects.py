"""A line that names no service but a subject only one service has (pass 11 of the parser,
issues #10 and #8): "gp3: baseline 3,000 IOPS" in a practice journal under "## Set 1" is an
EBS volume type's, not a fact with no service. Lines here are written for the test."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import json_out, note_db, run_here

_JOURNAL = """# mistakes, week 3

## Round 2

Q7. Database needs 40,000 IOPS on a single volume.
- I chose the general purpose one, wrong.
- io2: up to 64,000 IOPS per volume, sub-ms latency
- gp3: 3,000 IOPS baseline whatever the size, max 16,000 IOPS
- sc1 = cold HDD, cannot boot
"""


def _facts(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(f.service, f.subject, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, "j.md").facts if f.kind is not Kind.FACT]


def test_a_volume_type_code_gives_the_line_its_service():
    facts = _facts(_JOURNAL)
    assert ("EBS", "gp3", "IOPS", "max", "16,000 IOPS") in facts
    assert ("EBS", "io2", "IOPS", "max", "64,000 IOPS") in facts


def test_a_statement_naming_only_a_volume_type_is_filed_under_its_service():
    services = {f.service for f in parse_note(_JOURNAL, "j.md").facts if "sc1" in f.snippet}
    assert services == {"EBS"}


def test_a_subject_that_is_an_everyday_word_gives_no_service():
    # "standard" and "origin" are subjects of several services' notes: no service from them
    facts = parse_note("## Round 2\n\n- standard: 3-5 hours\n- origin: any HTTP server\n",
                       "j.md").facts
    assert all(f.service == "" for f in facts)


def test_a_service_the_line_or_its_heading_names_still_wins():
    facts = parse_note("## RDS storage\n\n- gp3 storage for RDS: 3,000 IOPS baseline\n",
                       "j.md").facts
    assert {f.service for f in facts} == {"RDS"}


def test_lookup_answers_gp3_baseline_from_a_journal_line(tmp_path):
    db = note_db(tmp_path, _JOURNAL, "j.md")
    hits = json_out(run_here("lookup", "ebs gp3 max iops", "--json", db=db))
    assert hits and hits[0]["value"] == "16,000 IOPS"


def test_a_value_joined_by_plus_shares_the_label_before_the_first():
    facts = _facts("## EBS\n\n- io1: minimum 100 IOPS + 4 GiB size, max 64,000 IOPS\n"
                   "- gp3: baseline 3,000 IOPS + 125 MiB/s, max throughput 1,000 MiB/s\n")
    assert ("EBS", "gp3", "throughput (baseline)", "", "125 MiB/s") in facts


def test_a_value_joined_by_and_to_a_capped_one_shares_its_cap():
    facts = _facts("## EBS\n\n- io2: 4 GiB min size, up to 256,000 IOPS and 4,000 MiB/s\n"
                   "- gp3 - baseline 3,000 IOPS / 125 MiB/s, up to 16,000 IOPS and 1,000 MiB/s\n")
    assert ("EBS", "io2", "throughput", "max", "4000 MiB/s") in facts
    assert ("EBS", "gp3", "throughput", "max", "1000 MiB/s") in facts
    assert ("EBS", "gp3", "throughput (baseline)", "", "125 MiB/s") in facts


def test_a_plain_value_after_and_with_no_cap_before_stays_plain():
    facts = _facts("## Kinesis Data Streams\n\n- a shard takes 1 MB/s and 1,000 records/s\n")
    assert all(qualifier == "" for *_, qualifier, _ in facts)
