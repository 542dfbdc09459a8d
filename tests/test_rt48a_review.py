"""Review rt48a of session 48's change: fixes with the notes that showed them."""

from __future__ import annotations

from studycli.notes.clause_numbers import clauses_to_items


def test_figures_opening_lines_are_no_clause_numbers() -> None:
    """A list whose lines open with a decimal figure ("0.25 vCPU", "99.99 ... availability")
    keeps its figures: they are no specification's clause numbers."""
    lines = [
        "# ECS Fargate task sizes", "",
        "0.25 vCPU: 0.5 GB to 2 GB memory",
        "0.5 vCPU: 1 GB to 4 GB memory",
        "1 vCPU: 2 GB to 8 GB memory", "",
        "# S3 availability", "",
        "99.99 S3 Standard availability",
        "99.9 S3 Standard-IA availability",
        "99.5 S3 One Zone-IA availability",
        "99.99 S3 Glacier Instant Retrieval availability (designed 99.9)",
    ]
    before = list(lines)
    assert clauses_to_items(lines) == set()
    assert lines == before


def test_clauses_still_nest() -> None:
    lines = ["## 2. S3 Objects", "2.1 Object size MUST NOT exceed 5 TB",
             "2.2 Parts SHALL be between 5 MB and 5 GB", "2.3 Max 10,000 parts per upload"]
    clauses_to_items(lines)
    assert lines[1:] == ["- Object size MUST NOT exceed 5 TB",
                         "- Parts SHALL be between 5 MB and 5 GB", "- Max 10,000 parts per upload"]


def test_a_count_before_a_teen_size_is_no_paired_number() -> None:
    """ "two sixteen GB nodes" are two 16 GB nodes (read 216 GB); "five twelve megabytes" is
    still 512 MB."""
    from studycli.notes.number_words import spell_out_numbers

    assert "216" not in spell_out_numbers("ElastiCache: two sixteen GB nodes")
    assert "312" not in spell_out_numbers("three twelve GB disks")
    assert spell_out_numbers("Lambda tmp default five twelve megabytes") \
        == "Lambda tmp default 512 megabytes"
