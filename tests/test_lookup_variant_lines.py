"""A note line that answers as itself (no fact answers; lookup/lines.py) is filed under no
service, only the one its neighbours or heading give: the check that a variant asked (a
storage class, a volume type, an instance family) is not answered by a figure of another
read no service on it, and a new user's "glacier instant retrieval minimum storage duration",
on notes that never name Glacier Instant Retrieval, answered with the Deep Archive line's
"min storage 180 days" (exit 0)."""

from __future__ import annotations

from .helpers import ingest_text, run_here

NOTES = """# S3

## storage classes
- Standard: 99.999999999% durability
- Glacier Deep Archive: retrieval 12h standard / 48h bulk, min storage 180 days
- Standard-IA min storage 30 days
"""


def test_another_storage_class_asked_is_not_in_the_notes(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES)
    for query in ("glacier instant retrieval minimum storage duration",
                  "glacier flexible retrieval time"):
        shown = run_here("lookup", query, db=db)
        assert shown.returncode == 1, (query, shown.stdout)
        assert shown.stdout.startswith("Not in your notes"), (query, shown.stdout)


def test_the_storage_class_the_line_names_still_answers(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES)
    shown = run_here("lookup", "deep archive min storage", db=db)
    assert shown.returncode == 0
    assert shown.stdout.startswith("180 days")


def test_a_name_shared_across_a_join_names_both_members():
    # "short or long polling" asks both modes; "Network and Gateway Load Balancers" names
    # NLBs: read as one member only, the other's line was taken for another member's
    from studycli.lookup.variants import named

    assert named("sqs short or long polling by default")[("SQS", 1)] == {
        "short polling", "long polling"}
    assert "NLB" in named("disabled by default for Network and Gateway Load Balancers")[("ELB", 0)]
