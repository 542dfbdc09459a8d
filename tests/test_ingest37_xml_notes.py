"""A flashcard app's XML export in a notes folder (SuperMemo, Mnemosyne: question and answer
text in elements) is read and named, as any other text file is; an XML file of names and
numbers (a build file, an editor's settings) is still a machine's, passed over and named."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app

DECK = """<?xml version="1.0" encoding="UTF-8"?>
<SuperMemoCollection>
  <Count>3</Count>
  <SuperMemoElement><ID>1</ID><Title>Security::001</Title><Type>Item</Type>
    <Content><Question>KMS Encrypt max plaintext size?</Question><Answer>4 KB of data per
    Encrypt call, use envelope encryption above that</Answer></Content>
  </SuperMemoElement>
  <SuperMemoElement><ID>2</ID><Title>Security::002</Title><Type>Item</Type>
    <Content><Question>IAM role max session duration?</Question><Answer>12 hours when the
    role allows it</Answer></Content>
  </SuperMemoElement>
  <SuperMemoElement><ID>3</ID><Title>Security::003</Title><Type>Item</Type>
    <Content><Question>Secrets Manager max secret size?</Question><Answer>64 KB per secret
    value</Answer></Content>
  </SuperMemoElement>
</SuperMemoCollection>
"""


def _ingest(notes, tmp_path):
    db = str(tmp_path / "d.db")
    out = CliRunner().invoke(app, ["ingest", str(notes), "--json", "--db", db]).output
    return db, json.loads(out)


def test_a_flashcard_export_in_xml_is_read_from_a_folder(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "deck.xml").write_text(DECK, encoding="utf-8")
    (notes / "pom.xml").write_text(
        "<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId>"
        "<description>A small library</description></project>\n")
    (notes / "workspace.xml").write_text(
        '<?xml version="1.0"?><project version="4"><component name="ChangeListManager">'
        '<list default="true" id="abc" name="Default" comment="" /></component></project>\n')
    db, report = _ingest(notes, tmp_path)
    assert [s["path"] for s in report["sources"]] == ["deck.xml"]
    assert sorted(s["path"] for s in report["skipped"]) == ["pom.xml", "workspace.xml"]
    assert any("read 1 file of other types as notes (deck.xml)" in w
               for w in report["warnings"]), report["warnings"]
    hits = json.loads(CliRunner().invoke(
        app, ["lookup", "iam role max session duration", "--json", "--db", db]).output)
    assert hits and hits[0]["source"] == "deck.xml" and "12 h" in hits[0]["value"], hits


def test_an_xml_file_of_markup_alone_is_not_taken_for_notes(tmp_path):
    """Three short labels are no prose: an app's strings of one or two words stay passed over."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("SQS max message size is 256 KB.\n")
    (notes / "labels.xml").write_text(
        '<resources><string name="ok">OK</string><string name="go">Sign in</string>'
        '<string name="no">Cancel</string></resources>\n')
    _, report = _ingest(notes, tmp_path)
    assert [s["path"] for s in report["sources"]] == ["a.md"]
    assert [s["path"] for s in report["skipped"]] == ["labels.xml"]
