"""Session 16 (attrib19b): a reviewer's findings on attrib19, each a mechanism fixed: a label
that carried past its own value, foreign count nouns naming a neighbour's attribute, free-tier
cues and monthly terms that dropped real limits, a subject taken across a closed aside, and an
opening label that named no measure."""

from __future__ import annotations

from tests.helpers import parsed_quantities


def _quantities(text: str, name: str = "n.md") -> set[tuple[str, str, str, str, str]]:
    return set(parsed_quantities(text, name))


# --- a label names only the value right after it --------------------------------------------

def test_a_label_does_not_carry_past_its_value_to_a_labelled_one():
    # (each retrieval time was a "minimum storage duration", the 12 h against AWS's 180 days)
    facts = _quantities("# S3\n\n- Glacier Flexible Retrieval: min storage 90 days, expedited "
                        "1-5 min, standard 3-5 hours, bulk 5-12 hours\n"
                        "- Glacier Deep Archive: min storage 180 days, standard within 12 "
                        "hours\n")
    durations = {(s, v) for _, s, a, _, v in facts if a == "minimum storage duration"}
    assert {v for _, v in durations} == {"90 days", "180 days"}
    assert ("S3", "S3 Glacier Deep Archive", "minimum storage duration", "min",
            "180 days") in facts


def test_a_label_past_a_sentence_is_not_the_next_sentences():
    facts = _quantities("# S3\n\nWhy: Instant Retrieval = ms access, min storage 90 days. "
                        "Flexible = minutes to 12 h (expedited 1–5 min). Deep Archive = 12 h "
                        "standard, 48 h bulk, min 180 days.\n")
    named = {v for _, _, a, _, v in facts if a == "minimum storage duration"}
    assert named <= {"90 days", "180 days"}


def test_a_bound_word_after_the_comma_keeps_the_label():
    facts = _quantities("# Lambda\n\n- max memory 10,240 MB, default 128 MB\n")
    assert ("Lambda", "", "memory", "default", "128 MB") in facts


# --- a count is of its own noun ------------------------------------------------------------

def test_a_count_with_its_own_noun_is_not_a_neighbouring_counts():
    # (the 5 replicas were "shards max 5 replicas", and the 500 shards were then dropped)
    facts = _quantities("# ElastiCache\n\n- Redis cluster mode enabled: até 500 shards (nós), "
                        "cada shard 1 primário + até 5 réplicas\n"
                        "- Redis cluster mode disabled: 1 shard, até 5 réplicas\n"
                        "- cluster mode disabled: 1 shard, up to 5 replicas\n")
    assert not any(a == "shards" and "replicas" in v for _, _, a, _, v in facts)
    assert ("ElastiCache", "Redis", "shards", "max", "500 shards") in facts
    assert ("ElastiCache", "", "replicas", "max", "5 replicas") in facts


# --- a subject's item ends at its closed aside ----------------------------------------------

def test_a_subject_does_not_take_the_next_items_number():
    # (the Archive tier's restore time was filed as the Recycle Bin's)
    facts = _quantities("# EBS\n\n- EBS snapshots: Recycle Bin for accidental delete (1 day - 1 "
                        "yr retention), Archive tier 75% cheaper (restore 24-72 h)\n"
                        "- Recycle Bin (rules per Region), retention up to 1 year\n")
    assert not any(s == "Recycle Bin" and a == "restore" for _, s, a, _, _ in facts)
    assert ("EBS", "Recycle Bin", "retention period", "max", "1 year") in facts


# --- an opening label names a measure only by a measure word --------------------------------

def test_a_label_naming_a_kind_or_a_thing_is_no_attribute():
    facts = _quantities("# ECS\n\n- Batch = jobs on ECS/EC2, no 15 min limit like lambda\n\n"
                        "# CodeBuild\n\n- CodeBuild timeout :: default 60 minutes\n")
    assert facts == {("CodeBuild", "", "timeout", "default", "60 min")}


# --- free-tier cues and terms drop only the allowance ----------------------------------------

def test_a_free_cue_after_another_number_keeps_the_limit():
    facts = _quantities("# SQS\n\n- max message size 256 KB (first 1M requests for free)\n\n"
                        "# S3\n\n- max object size 5 TB with 5 GB always free\n\n"
                        "# Lambda\n\n- max memory 10,240 MB and 1M requests free tier\n")
    assert {(s, v) for s, _, _, b, v in facts if b == "max"} == {
        ("SQS", "256 KB"), ("S3", "5 TB"), ("Lambda", "10,240 MB")}
    assert not {v for *_, v in facts} & {"5 GB", "1,000,000 requests"}


def test_a_monthly_term_drops_only_its_amount_and_its_term():
    facts = _quantities("# RDS\n\n- max storage 64 TiB, 750 hours per month for 12 months\n\n"
                        "# CloudWatch\n\n- 1-hour data points: 1 per month for 15 months\n")
    values = {v for *_, v in facts}
    assert "64 TiB" in values and "15 months" in values
    assert not values & {"750 h", "12 months"}
