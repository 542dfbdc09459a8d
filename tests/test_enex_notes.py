"""An Evernote export (.enex) was refused as a document studycli cannot read, though it is XML
around HTML: its notes are read as the HTML they hold, its metadata and attachments are not."""

from __future__ import annotations

import json

from tests.helpers import run_here

ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20240311T214409Z" application="Evernote" version="10.71.2">
<note><title>DVA messaging (SQS / SNS)</title><created>20240219T183012Z</created>
<tag>aws</tag><note-attributes><author>someone</author></note-attributes>
<content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><div><b>SQS</b></div>
<ul>
<li>visibility timeout default 30 seconds, max 12 hours</li>
<li>message retention default 4 days</li>
</ul>
</en-note>]]></content><resource><data encoding="base64">
iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk
+A8AAQUBAScY42YAAAAASUVORK5CYII=
</data><mime>image/png</mime></resource></note>
</en-export>
"""


def test_an_evernote_export_is_read_as_its_notes(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "messaging.enex").write_text(ENEX, encoding="utf-8")
    db = tmp_path / "s.db"
    ingested = run_here("ingest", str(notes), db=db)
    assert ingested.returncode == 0 and "cannot read" not in ingested.stdout + ingested.stderr
    [hit] = json.loads(run_here("lookup", "sqs max visibility timeout", "--json",
                                "--limit", "1", db=db).stdout)
    assert hit["value"] == "12 h" and hit["line"] == 10, hit  # the export's own line
    assert hit["service"] == "SQS"
    said = run_here("search", "retention", "--json", db=db)
    assert [h["line"] for h in json.loads(said.stdout)] == [11]
    for metadata in ("someone", "iVBORw0KGgo", "CDATA", "20240219T183012Z"):
        assert run_here("search", metadata, db=db).returncode == 1, metadata


def test_a_notes_resource_attributes_do_not_swallow_the_next_note(tmp_path):
    """"<resource-attributes>" was read as "<resource>", and everything up to the next
    note's "</resource>" dropped: that note's facts with it."""
    from studycli.formats import as_markdown

    second = ("<note><title>SNS</title><content><![CDATA[<en-note><div>SNS message size max "
              "256 KB</div></en-note>]]></content><resource><data>QUJD</data></resource></note>")
    export = ENEX.replace("</en-export>", second + "\n</en-export>").replace(
        "</resource></note>", "</resource><resource-attributes></resource-attributes></note>", 1)
    text = as_markdown(export, ".enex")
    assert "SNS message size max 256 KB" in text and "QUJD" not in text
