"""compare: the AWS reference's rows list each fact once, under its own name (nuB31)."""

from __future__ import annotations

from studycli import compare as lib
from tests.helpers import ingested_folder


def test_an_entry_restating_another_adds_no_second_reference_row(tmp_path):
    """SQS and SNS each carry an any-line claim copy of their message-size entry
    ("message size claim", an internal name): the thin table shows the measure once."""
    from studycli.reference import load_reference
    from studycli.store.db import connect

    db = connect(ingested_folder(tmp_path, {
        "m.md": "# SQS vs SNS\n\n**SQS**\n- pull based\n\n**SNS**\n- push based, pub/sub\n"}))
    table = lib.compare(db, "sqs", "sns")
    added = [r.aspect for r in table.rows if r.origin == "reference"]
    assert added and len(added) == len(set(added))
    copies = {e.attribute for e in load_reference(services=["SQS", "SNS"]).entries if e.restates}
    assert copies and not [a for a in added if any(c in a for c in copies)]


def test_a_wrapped_one_sided_bullet_ends_its_sentence_before_its_file_and_line():
    """At 80 columns "bulk 48 week1/storage.txt:7" / "hrs" set the place mid-sentence: it sits
    beside the bullet's last line."""
    import io

    from rich.console import Console

    from studycli.ui.compare_view import render_table

    left, right = lib.Side("S3", "S3 Glacier"), lib.Side("S3", "S3 Glacier Deep Archive")
    text = "Glacier deep archive retrieval: standard 12 hrs, bulk 48 hrs"
    rows = [lib.Row("retrieval", lib.Cell("", "", 0),
                    lib.Cell(text, "week1/storage.txt", 7), "comparison")]
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(
        render_table(lib.CompareTable(left, right, rows)))
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    at = next(i for i, line in enumerate(lines) if "•" in line)
    bullet = lines[at:at + 3]
    assert any(line.endswith("week1/storage.txt:7") for line in bullet), lines
    said = " ".join(line.replace("•", "").replace("week1/storage.txt:7", "").strip()
                    for line in bullet[:next(i for i, line in enumerate(bullet)
                                              if line.endswith("storage.txt:7")) + 1])
    assert said == text, lines


def test_a_restating_entry_never_brings_its_original_onto_another_side(tmp_path):
    """rds.backup-retention.range-claim (no subject: RDS itself) restates an entry filed under
    "automated backups": swapping one for the other after choosing each side's entries gave
    `compare rds sqs` a "retention period" row setting RDS backups beside SQS messages."""
    from studycli.reference import load_reference
    from studycli.store.db import connect

    reference = load_reference(services=["RDS"])
    by_id = {e.id: e for e in reference.entries}
    claim = by_id["rds.backup-retention.range-claim"]
    assert not claim.subject and by_id[claim.restates].subject  # the shape this test is about
    db = connect(ingested_folder(tmp_path, {
        "m.md": "# RDS vs SQS\n\n**RDS**\n- relational database\n\n**SQS**\n- message queue\n"}))
    added = [r.aspect for r in lib.compare(db, "rds", "sqs").rows if r.origin == "reference"]
    assert not [a for a in added if "retention" in a or "backup" in a], added
