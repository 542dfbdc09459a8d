"""Mends of session 40's numbers said other ways (review of spell40): each a wrong answer the
branch gave where main showed the note's line or said "Not in your notes", or a guard of
the branch that no test held. Tests fail without (the first five on b017c091)."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.notes.number_words import spell_out_numbers

from .helpers import first_value, lookup_values, notes_conn


def _values(text: str) -> set[str]:
    return {f.value for f in parse_note(text, "memo.md", 1).facts if f.kind != "fact"}


@pytest.mark.parametrize("line", [
    "- dedicated connections: 1, 10 or 100 gig",
    "- hosted connections from 50 megs up to 10 gigs",
    "- NAT gateway: 5 gig baseline, bursts up to 100 gigs",
    "- enhanced networking ENA up to 100 gigs",
    "- NAT gateway scales up to forty five gigs",
    # a rate per second alone says no size (a fix review of spell40: "10 GB/s" of EC2)
    "- cluster: same rack, low latency, 10 gigs per second between instances",
    "- cluster placement group gives you ten gigs per second",
    "- site to site vpn tunnel 1.25 gigs per second",
])
def test_gigs_of_a_network_link_are_no_size(line):
    # networking says "gig" for a gigabit: "100 gigs" of a link is no 100 GB
    assert not any(("GB" in v or "MB" in v) for v in _values(f"# VPC\n{line}\n")), line


def test_gigs_of_memory_and_storage_are_sizes():
    values = _values("# Lambda\n- memory from one twenty eight megs up to 10 gigs\n"
                     "- ephemeral storage five hundred twelve megs\n")
    assert {"128 MB", "512 MB"} <= values
    assert spell_out_numbers("2 megs per second per shard") == "2 MB per second per shard"
    assert "1000 MB" in spell_out_numbers("gp3 throughput up to a thousand megs per second")


def test_direct_connect_in_gigs_gives_no_size(tmp_path):
    conn = notes_conn(tmp_path, "# Direct Connect\n\n- hosted connections from 50 megs up to "
                                "10 gigs\n- dedicated connections: 1, 10 or 100 gig\n")
    assert not any("GB" in v for v in lookup_values(conn, "direct connect hosted connection max"))


def test_a_baseline_said_in_words_is_no_maximum(tmp_path):
    # the lookup's guards read the line with its numbers in digits, as the parser did
    for said in ("baseline three thousand IOPS plus one twenty five megs per second, max "
                 "sixteen thousand IOPS",
                 "baseline 3000 IOPS plus 125 MB per second, max 16000 IOPS"):
        folder = tmp_path / str(len(said))
        folder.mkdir()
        conn = notes_conn(folder, f"# EBS\n\n- gp3: {said}\n")
        assert not any("125" in v for v in lookup_values(conn, "gp3 max throughput")), said


@pytest.mark.parametrize("typed", [
    "ALB: l7 rules based on path and host",
    "NLB handles l4 connections and gives you a static IP per AZ",
    "l2 nodes", "- retention l4 days",  # one short token: no sign of a scan
])
def test_layer_names_and_typed_notes_stay_as_written(typed):
    assert spell_out_numbers(typed) == typed


def test_a_scanned_page_still_has_its_short_figures_repaired():
    assert spell_out_numbers("delay queue 0-l5 rnin") == "delay queue 0-15 min"
    assert spell_out_numbers("ALB l7 rules. max l00 targets, l6,000 IOPS") == \
        "ALB l7 rules. max 100 targets, 16,000 IOPS"


@pytest.mark.parametrize("example", [
    "if you have five shards you get maximum five consumers",
    "so you get up to a hundred consumers since you have a hundred groups",
    "so four shards means max four KCL instances",
])
def test_a_worked_example_is_no_limit(example):
    assert spell_out_numbers(example) == example


@pytest.mark.parametrize("prose", [
    "the answer is fifty fifty", "costs three fifty a month", "it's ten twenty five now",
    "the lab took two thirty",
])
def test_pairs_that_are_money_or_a_time_stay_words(prose):
    assert spell_out_numbers(prose) == prose


@pytest.mark.parametrize(("said", "kept"), [
    ("two thousand forty fifty", "two thousand forty fifty"),  # pairs sit below the scale
    ("a dozen eggs", "a dozen eggs"),
    ("O2 sensor l0", "O2 sensor l0"),
    ("max l0", "max l0"),  # a short token after a bound, no scan
    ("seven to thirty", "seven to thirty"),  # no unit after the range's end
    ("it goes from seven to 30", "it goes from seven to 30"),  # ... nor in digits
    ("max 5 targets, healthy threshold is two", "max 5 targets, healthy threshold is two"),
])
def test_guards_without_a_test_before(said, kept):
    assert spell_out_numbers(said) == kept


def test_a_lookup_typed_in_words_reads_its_number(tmp_path):
    conn = notes_conn(tmp_path, "# DynamoDB\n\n- item size max 400 KB\n\n"
                                "# S3\n\n- max object size 5 TB\n")
    assert "400" in first_value(conn, "is dynamodb max item size four hundred kb")
    assert "5 TB" in first_value(conn, "s three max object size")


def test_a_name_split_by_speech_to_text_is_the_service():
    # "lamb da" filed a voice memo's Lambda figures under API Gateway, and paired "zipped
    # upload directly" with the unzipped 250 MB
    values = {(f.service, f.attribute, f.value) for f in parse_note(
        "okay serverless day so lamb da api gateway step functions\n"
        "deployment package fifty megs zipped if you upload directly and two hundred fifty "
        "megs unzipped including layers\n", "memo.txt", 1).facts if f.kind != "fact"}
    assert ("Lambda", "deployment package size (zipped)", "50 MB") in values
    assert not any(s == "API Gateway" for s, _, _ in values)


def test_a_path_said_aloud_names_no_service():
    # "aws slash s three" is a KMS key's alias aws/s3: reading S3 there filed the KMS lines
    # after it under S3
    assert spell_out_numbers("aws managed like aws slash s three") == \
        "aws managed like aws slash s three"


def test_a_query_reads_its_number_in_words_as_a_note_would():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    q = understand("sqs max message size two hundred fifty six kb", lexicon())
    assert "256" in q.text and "s3" in understand("s three max object size", lexicon()).text
