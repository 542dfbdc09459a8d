"""A new user's pasted Service Quotas table (session 28): its shortened column headers are no
sides compared, and a row's own words name its measure."""

from __future__ import annotations

from typer.testing import CliRunner

from studycli.extract import parse_note


def test_shortened_service_quotas_headers_are_no_sides_compared(tmp_path):
    text = ("Lambda quotas\nQuota name\tApplied value\tAWS default\tAdjustable\n"
            "Concurrent executions\t1,000\t1,000\tYes\n"
            "Function and layer storage\t75 GB\t75 GB\tYes\n")
    note = parse_note(text, "lambda_quotas.txt")
    assert not note.comparisons  # "AWS default vs Applied value" named no two things
    assert not any(f.subject in ("AWS default", "Applied value") for f in note.facts)
    # the row's own words name its measure: the code storage quota, not the /tmp size
    storage = [f for f in note.facts if f.value == "75 GB"]
    assert storage and {f.attribute for f in storage} == {"code storage"}
    # "| AWS | Azure |" still compares two things: "AWS" alone is no console qualifier
    from studycli.extract.comparisons import qualifier_column
    assert qualifier_column("AWS") is None and qualifier_column("AWS default") == "default"
    assert qualifier_column("Applied value") == ""

    from studycli.cli import app
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "lambda_quotas.txt").write_text(text)
    db = str(tmp_path / "f.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    listed = runner.invoke(app, ["compare", "--db", db])
    assert "Applied value" not in listed.output and "AWS default" not in listed.output
