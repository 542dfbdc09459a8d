"""Session 29's parser work on lines a new user's notes and the development sets' misses
showed unread (lines written for the test, in wording the development notes do not use)."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _typed(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.subject, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, "note.md").facts if f.kind is not Kind.FACT]


def test_a_card_written_as_a_list_item_reads_its_short_answer_with_its_question():
    facts = _typed("## Kinesis\n\n- Q: how many shards per stream by default? A: 500\n"
                   "- Q: max record size? A: 1MB\n")
    assert any(a == "shards (per stream)" and q == "default" and v == "500 shards"
               for _, a, q, v in facts)
    assert any(a == "record size" and q == "max" and v == "1 MB" for _, a, q, v in facts)


def test_a_numbered_card_item_is_read_as_a_card_too():
    facts = _typed("## SNS\n\n1. Q: max message size? A: 256 KB\n")
    assert [(a, q, v) for _, a, q, v in facts] == [("message size", "max", "256 KB")]


def _limits(text: str) -> list[tuple[str, str, str]]:
    return [(f.subject, f.attribute, f.value) for f in parse_note(text, "note.md").facts
            if f.kind is Kind.LIMIT]


def test_a_second_clause_naming_only_its_subject_shares_the_first_clauses_measure():
    facts = _limits("# S3\n- One Zone-IA: min storage 30 days, Deep Archive 180 days\n")
    assert ("S3 One Zone-IA", "minimum storage duration", "30 days") in facts
    assert ("S3 Glacier Deep Archive", "minimum storage duration", "180 days") in facts


def test_two_subjects_and_two_values_written_in_step_pair_off():
    facts = _limits("# S3\n- One Zone-IA and Deep Archive: min storage 30 / 180 days\n")
    assert sorted(facts) == [("S3 Glacier Deep Archive", "minimum storage duration", "180 days"),
                             ("S3 One Zone-IA", "minimum storage duration", "30 days")]


def test_one_subject_with_two_values_pairs_off_nothing():
    # (which value is the subject's is not said: no fact names the first value)
    facts = _limits("# S3\n- Deep Archive: min storage 90 / 180 days\n")
    assert all(v != "90 days" for *_, v in facts)


def test_a_rate_per_unit_of_size_is_a_measure_of_its_own():
    facts = [(f.subject, f.attribute, f.qualifier, f.value, f.unit)
             for f in parse_note("# EBS\n- gp2: 3 IOPS/GiB\n- io1: up to 50 IOPS per GiB, "
                                 "max 64,000 IOPS\n", "note.md").facts if f.kind is Kind.LIMIT]
    assert ("gp2", "IOPS per GiB", "", "3 IOPS/GiB", "IOPS/GiB") in facts
    assert ("io1", "IOPS per GiB", "max", "50 IOPS per GiB", "IOPS/GiB") in facts
    # the rate alone is still no maximum of the volume's IOPS
    assert [v for _, a, q, v, _ in facts if a == "IOPS"] == ["64,000 IOPS"]


def test_a_counting_label_then_two_bare_numbers_each_with_its_case_gives_both():
    facts = [(f.attribute, f.number) for f in parse_note(
        "# SQS\n- in-flight msgs: ~120,000 standard / 20,000 FIFO, then OverLimit\n",
        "note.md").facts if f.kind is Kind.LIMIT]
    assert ("in-flight messages (standard)", 120000) in facts
    assert ("in-flight messages (fifo)", 20000) in facts


def test_two_bare_numbers_after_a_label_counting_nothing_stay_a_statement():
    facts = [f for f in parse_note("# SQS\n- my scores: 700 monday, 820 friday\n",
                                   "note.md").facts if f.kind is Kind.LIMIT]
    assert facts == []
