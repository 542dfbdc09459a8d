"""A hit whose own value the AWS reference finds current still prints its note line: when
another claim of that line is outdated, the line is marked (markers.line_currency), in the
JSON and in the text, so no outdated line is shown unmarked."""

from __future__ import annotations

from tests.helpers import json_out, run_here

NOTE = "## API Gateway\n- error codes\n  - 504 - integration failure / Timeout - 29s limit\n"


def test_an_outdated_claim_on_the_hits_line_is_marked(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "n.md").write_text(NOTE, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    hits = json_out(run_here("lookup", "apigw 504", "--json", db=db))
    top = hits[0]
    assert top["kind"] == "error_code" and top["line"] == 3
    own = top["markers"]["currency"]
    assert own is None or own["status"] not in ("outdated", "wrong")
    line = top["markers"]["line_currency"]
    assert line and line["status"] == "outdated" and "29" in line["current_value"]
    text = run_here("lookup", "apigw 504", db=db).stdout
    first = text.split("Other matches")[0]
    # which claim it means, in the JSON and the text: "another claim ... now 1 MiB" under a
    # retention answer was read as the retention being 1 MiB now (a new user)
    assert line["claim"].startswith("API Gateway") and "29" in line["claim"], line
    flat = " ".join(first.split())
    assert f"! another claim on this line ({line['claim']}) is outdated per the AWS docs" \
        in flat, text
    # what AWS says now is wrapped, never cut (the output's width is 100 off a terminal)
    assert "(since June 2024)" in flat and all(len(x) <= 100 for x in first.splitlines()
                                                if not x.startswith("http")), text
