"""A figure per unit of size is a ratio, never a bound (lookup/per_size.py): "gp2 max
iops" was answered "gp2 - 3 IOPS per GiB" from notes that never give gp2's maximum (issue 10:
a confident wrong answer). The ratio still answers the ratio asked, and a line that gives the
maximum beside its ratio still answers the maximum."""

from __future__ import annotations

import json

from studycli.lookup.per_size import only_per_size
from tests.helpers import note_db, run_here

NOTES = """# EBS
- gp2 - 3 IOPS per GiB
- st1 throughput 40 MB/s per TB baseline

# EFS
- bursting: 50 KiB/s per GiB stored
"""


def _lookup(db, query: str) -> tuple[int, list[dict]]:
    result = run_here("lookup", query, "--json", db=db)
    return result.returncode, json.loads(result.stdout or "[]")


def test_a_ratio_per_size_answers_no_maximum(tmp_path):
    db = note_db(tmp_path, NOTES)
    # the notes state no bound at all: "Not in your notes", not the ratio
    for query in ("gp2 max iops", "efs max throughput", "st1 max throughput"):
        code, hits = _lookup(db, query)
        assert code == 1 and not hits, (query, hits)


def test_the_ratio_asked_is_still_answered(tmp_path):
    db = note_db(tmp_path, NOTES)
    code, hits = _lookup(db, "gp2 iops per gib")
    assert code == 0 and "3 IOPS per GiB" in hits[0]["value"]


def test_only_a_line_of_nothing_but_ratios_is_one():
    assert only_per_size("gp2 - 3 IOPS per GiB", "max", set())
    assert only_per_size("3 IOPS/GB", "min", set())
    # the maximum stated beside its ratio; a scope, not a size; the ratio asked; no bound asked
    assert not only_per_size("gp2: 3 IOPS per GB, max 16,000 IOPS", "max", set())
    assert not only_per_size("max 5000 attachments per TGW", "max", set())
    assert not only_per_size("gp2 - 3 IOPS per GiB", "max", {"gb"})
    assert not only_per_size("gp2 - 3 IOPS per GiB", None, set())


def test_a_line_giving_the_maximum_beside_its_ratio_answers_the_maximum(tmp_path):
    # end to end (ingest and lookup through the CLI, a real SQLite database): the ratio
    # beside it does not make the line's maximum a ratio
    from tests.helpers import folder_cli

    ask = folder_cli(tmp_path, {"ebs.md": "# EBS\n- gp2: 3 IOPS per GB, max 16,000 IOPS\n"})
    hits = ask("lookup", "gp2 max iops")
    assert hits and hits[0]["number"] == 16000, hits[:2]
    assert hits[0]["value"] == "16,000 IOPS", hits[0]
