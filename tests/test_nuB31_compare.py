"""compare: the AWS reference's rows list each fact once, under its own name (nuB31)."""

from __future__ import annotations

from studycli import compare as lib


def test_an_entry_restating_another_adds_no_second_reference_row(tmp_path):
    """SQS and SNS each carry an any-line claim copy of their message-size entry
    ("message size claim", an internal name): the thin table shows the measure once."""
    from studycli.ingest import ingest_paths
    from studycli.reference import load_reference
    from studycli.store.db import connect

    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "m.md").write_text(
        "# SQS vs SNS\n\n**SQS**\n- pull based\n\n**SNS**\n- push based, pub/sub\n",
        encoding="utf-8")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [tmp_path / "n"])
    table = lib.compare(db, "sqs", "sns")
    added = [r.aspect for r in table.rows if r.origin == "reference"]
    assert added and len(added) == len(set(added))
    copies = {e.attribute for e in load_reference(services=["SQS", "SNS"]).entries if e.restates}
    assert copies and not [a for a in added if any(c in a for c in copies)]
