"""Notes in other formats than markdown (org-mode, AsciiDoc, reStructuredText, HTML exports,
CSV) are read as the markdown they mean, each fact cited at the line of the file it is on;
documents studycli cannot read are named, not passed over in silence."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studycli.formats import (
    CONVERTERS,
    RENUMBERED,
    NotReadable,
    as_markdown,
    converter_for,
)
from studycli.notes.normalize import split_lines
from tests.helpers import examples, run_here

ORG = """#+TITLE: DVA notes
#+STARTUP: indent

* TODO Lambda                                              :dva:serverless:
  :PROPERTIES:
  :CREATED: 2024-05-01
  :END:
  Default timeout is =3 seconds=, the max is 15 minutes.
  - memory: 128 MB to 10,240 MB
** Queues
   | Setting | Default | Max |
   |---------+---------+-----|
   | SQS retention | 4 days | 14 days |
# my own aside: 99 problems
#+BEGIN_QUOTE
SQS visibility timeout default 30 seconds
#+END_QUOTE
"""

ADOC = """= SAA notes
:toc:

== DynamoDB
// 12345 is not a fact
* item size max 400 KB

.Kinesis limits
[cols="2,1"]
|===
|Setting |Value

|Data retention default
|24 hours

|Shard write |1 MB/s
|===
"""

EVERNOTE = """<!DOCTYPE html>
<html><head>
<title>API Gateway</title>
<style>
body { margin: 900px; }
</style>
</head>
<body>
<div><b>API Gateway</b> integration timeout default 29&nbsp;seconds</div>
<div><br/></div>
<ul>
  <li>throttling: 10,000 requests per second per region</li>
</ul>
</body></html>
"""

GOOGLE_DOCS = ("<html><head><style>.c1{font-size:11pt}</style></head><body><h1>SQS</h1>"
               "<p>Message retention default 4 days</p><ul><li>Max retention 14 days</li></ul>"
               "<h1>Lambda</h1><p>Lambda max timeout 15 minutes</p></body></html>")

RST = """SAA storage
===========

S3
--

* max object size 5 TB

+-------------+--------------------------+
| Class       | Minimum storage duration |
+=============+==========================+
| Standard-IA | 30 days                  |
+-------------+--------------------------+
"""

CSV = ('Service,Quota,Value\n'
       'Lambda,Concurrent executions default,"1,000"\n'
       'SQS,"Message retention\nmaximum",14 days\n')


def _facts(tmp_path, name: str, text: str) -> list[dict]:
    notes = tmp_path / "notes"
    notes.mkdir(exist_ok=True)
    (notes / name).write_text(text, encoding="utf-8")
    db = tmp_path / "f.db"
    result = run_here("ingest", str(notes), db=db)
    assert result.returncode == 0, result.stderr
    return json.loads(run_here("facts", "--json", db=db).stdout)


def _has(facts: list[dict], value_part: str, line: int) -> bool:
    return any(value_part in f["value"] and f["line"] == line and f["kind"] != "fact"
               for f in facts)


def test_org_note_is_read_with_its_file_lines(tmp_path):
    facts = _facts(tmp_path, "dva.org", ORG)
    assert _has(facts, "3 s", 8) or _has(facts, "3 seconds", 8)
    assert _has(facts, "14 days", 13)
    assert _has(facts, "30 s", 16) or _has(facts, "30 seconds", 16)
    lines = {f["line"] for f in facts}
    assert not lines & {5, 6, 7, 14}  # a drawer and a comment are not notes
    assert all(f["source"] == "dva.org" for f in facts)


def test_asciidoc_table_of_one_cell_a_line_is_a_table(tmp_path):
    facts = _facts(tmp_path, "saa.adoc", ADOC)
    assert _has(facts, "400 KB", 6)
    # the row "Data retention default | 24 hours" starts on line 13, its cells on two lines
    retention = [f for f in facts if f["kind"] == "default" and f["value"].startswith("24 h")]
    assert [(f["line"], f["service"]) for f in retention] == [(13, "Kinesis Data Streams")]
    assert not any(f["line"] == 5 for f in facts)  # a comment


def test_evernote_export_reads_its_divs_not_its_stylesheet(tmp_path):
    facts = _facts(tmp_path, "apigw.html", EVERNOTE)
    assert _has(facts, "29 s", 9)
    assert _has(facts, "10,000", 12) or _has(facts, "10000", 12)
    assert not any("900" in f["value"] for f in facts)  # the CSS margin is no fact


def test_a_page_packed_on_one_line_is_read_block_by_block(tmp_path):
    facts = _facts(tmp_path, "export.html", GOOGLE_DOCS)
    by_value = {f["value"]: f for f in facts if f["kind"] != "fact"}
    assert any("15 min" in v and f["service"] == "Lambda" for v, f in by_value.items())
    assert any("14 days" in v and f["service"] == "SQS" for v, f in by_value.items())


def test_rst_headings_and_grid_table(tmp_path):
    facts = _facts(tmp_path, "saa.rst", RST)
    assert _has(facts, "5 TB", 7)
    assert _has(facts, "30 days", 12)
    converted = as_markdown(RST, ".rst").split("\n")
    assert converted[0] == "# SAA storage" and converted[3] == "## S3"


def test_csv_quoted_fields_keep_their_records(tmp_path):
    converted = as_markdown(CSV, ".csv").split("\n")
    assert converted[1] == "| Lambda | Concurrent executions default | 1,000 |"
    assert converted[2] == "| SQS | Message retention maximum | 14 days |" and converted[3] == ""
    cards = as_markdown("front,back\nSQS max retention,14 days\n", ".csv").split("\n")
    assert cards[1] == "SQS max retention\t14 days"  # two columns: a flashcard
    facts = _facts(tmp_path, "quotas.csv", CSV)
    assert any(f["service"] == "SQS" and "14 days" in f["value"] and f["line"] == 3
               for f in facts)


def test_documents_studycli_cannot_read_are_named(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "lambda.md").write_text("Lambda max timeout 15 minutes\n", encoding="utf-8")
    for name in ("slides.pdf", "week1.docx", "deck.apkg"):
        (notes / name).write_bytes(b"%PDF-1.4 binary")
    (notes / "photo.png").write_bytes(b"\x89PNG")
    result = run_here("ingest", str(notes), db=tmp_path / "d.db")
    assert result.returncode == 0, result.stderr
    assert "3 files not read (deck.apkg, slides.pdf, week1.docx)" in result.stderr
    unread = next(line for line in result.stderr.splitlines() if "not read" in line)
    assert "photo.png" not in unread  # not a document anyone would call notes: only counted
    assert "passed over 1 file of binary data (photo.png)" in result.stderr


# a canvas's JSON, broken by these lines, is NotReadable (its line count: the hostile cases),
# and so is a drawing's JSON or XML: each is read spread out, every line cited on its own
@pytest.mark.parametrize("suffix", sorted(set(CONVERTERS) - RENUMBERED
                                          - {".canvas", ".excalidraw", ".drawio", ".dio"}))
@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.sampled_from([
    "", "* Heading", "** TODO Sub :tag:", "#+TITLE: x", "#+BEGIN_SRC", "#+END_SRC", ":PROPERTIES:",
    ":END:", "|---+---|", "| a | b |", "|===", "[cols=\"1,2\"]", "----", "____", "====",
    "Title", "=====", "-----", ".. note:: x", "   body", "+----+----+", "| x  | y  |",
    "+====+====+", "==  ==", "a  b", "\"quoted,", "still\"", "x,y,z", "- item", ". item",
    "<div>x</div>", "Lambda timeout 15 min",
]), max_size=25))
def test_every_converter_keeps_the_line_count(suffix, lines):
    # the converter itself, not as_markdown: that falls back to the note as written when a
    # converter's count is off, so through it this could never fail
    converted = converter_for(suffix)(list(lines) or [""])
    assert len(converted) == len(lines or [""])


def test_markdown_and_text_are_read_as_written():
    text = "* not an org heading\n#+TITLE: kept\n"
    assert as_markdown(text, ".md") == text and as_markdown(text, ".txt") == text


def test_evernote_bullets_typed_with_nbsp_keep_their_nesting():
    page = ("<div>• Route 53 routing policies</div>\n"
            "<div>&nbsp;&nbsp;&nbsp;&nbsp;o multivalue: up to 8 healthy records</div>\n"
            "    <div>&nbsp;&nbsp;a line merely indented</div>")
    assert as_markdown(page, ".html").split("\n") == [
        "• Route 53 routing policies", "    o multivalue: up to 8 healthy records",
        "a line merely indented"]


def test_a_quota_sheet_row_named_a_maximum_gives_the_maximum(tmp_path):
    # "Default" in a Service Quotas sheet is the quota an account starts with: the SQS row is
    # the maximum retention, not a default retention of 14 days (which `check` then called
    # wrong: AWS's default is 4 days)
    sheet = ("Service,Quota,Default,Adjustable\n"
             "SQS,Message retention max,14 days,No\n"
             "SQS,Visibility timeout,30 seconds,No\n")
    facts = {(f["attribute"], f["kind"], f["qualifier"]) for f in _facts(tmp_path, "q.csv", sheet)
             if f["kind"] != "fact"}
    assert ("retention period", "limit", "max") in facts
    assert ("visibility timeout", "default", "default") in facts


# Hostile lines per format: a pattern that rescans the rest of a line from every "<" or "["
# would make these quadratic (bench/formats_worst.py times them at 1 MB)
HOSTILE_CASES = {
    ".enex": ["<resource>", "<tag>x", "<![CDATA[", "]]>", "<title>", "</resource>",
              "<note-attributes><div>"],
    ".html": ["<", "<div>", "&", "<b>", "<tr><td>x", "<!--", "<head>", "<ul><li>", "<style>",
              "<title>", "<code>", "<b>x", "&nbsp;", "<div>&nbsp;o ", "<li"],
    ".org": ["*", "[", "=", " =a", "|", "#+BEGIN_SRC\n", ":PROP:\n", "[[a][", "- ",
             "** TODO :a:\n"],
    ".adoc": ["|", "=", "|a\n", "1,", ".", "link:", "<<", "a[", "http://", "| a | b\n"],
    ".rst": ["=", "`", "-+", "   x\n", ":a: ", "a b\n", "`a <", ":r:`"],
    ".csv": ['"', ",", 'a,"b\n', "a,b,c\n"],
    ".opml": ["<", "<outline", '<outline text="', "<outline>", "</outline>", '"', "&#10;",
              "<title>"],
    ".json": ['"', '\\', '"a":', '["a b",', '"\\n', "{", "["],
    ".yaml": ["a", "a ", " a:", "- ", "a: '", "a: [", "a: {b: ", "#", "a: |\n ", "a: 1 #",
              "  Type: AWS::A::B\n", "a:\n  Type: AWS::A::B\n  b: 1 # c\n"],
    ".ini": ["[", "a = ", " ;", "a ; ", "a=[", ";"],
    ".py": ["'a': ", "#", "'", '"""', "a = {", "(", "A = [", "'a': (1, ", "def f():\n",
            "A = 1 * ", "a b ", " ", "class A(Enum):\n", "    " , "A = {\n", "# ---- a ----\n"],
    ".ts": ["/", "//", "/*", "*/", "'", "`", '"\\', "/** a\n", " * a\n", "x = 1; // a\n",
            "const A = {\n", "a: {\n", "a b ", "a = ", "A = 1 * ", "= (", " a", "(", "{\n",
            "const (\n", "enum A {\n", "A: 'b',\n", "// ---- a ----\n", "x = [\n", "a, "],
    ".tex": ["\\", "\\a[", "\\a{", "$", "{,}", "%", "&", "\\item ", "\\begin{tabular}\n",
             "\\hline\n"],
    ".rtf": ["\\", "{", "}", "\\'", "\\'e9", "\\u8226 ?", "\\par ", "{\\*\\x ", "\\b x\n",
             "\\cell "],
    ".vtt": ["<", "<v ", "<v a>", "-->", "00:00:01.000 --> ", "1\n", "NOTE ", "<00:01.000>"],
    ".tid": ["!", "*", "#", "''", "//", "[[", "[[a|", "<<", "{{", "|", "```\n", "title: a\n",
             "''a", "//a", "* ''a//b\n"],
    ".wiki": ["=", "==", "*", "#", "'''", "''", "[[", "[[a|", "{{{\n", "<pre>\n", "{{", "''a",
              "== a\n"],
    ".feature": ["#", "@a ", "Feature:", "Scenario: a\n", "Given ", '"""\n', "| a |", "* "],
    ".eml": ["a: ", "=", "=\n", "--", "--b\n", "> ", " a\n", "Subject: a\n", "On a wrote:\n"],
    # not JSON once repeated: refused whole (json's own parser, linear), never scanned
    ".ipynb": ['"', "\\", "[", "{", '"source": [', '"a\\n",\n'],
    ".typ": ["=", "= ", "#table(", "[", "[a], ", "*", "_a", "#link(", "//", "\\", "/ a: ",
             "```\n"],
    ".textile": ["|", "|_. ", "||", "*a", "_a", "@", '"a":', "{{", "{code}\n", "h1. ", "<pre>\n",
                 "[[a|"],
    ".tf": ["#", "//", "/*", "{", "}", 'resource "a" "b" {\n', 'a = "', "a = <<EOF\n", "x {\n",
            "# ---- a ----\n", "a = 1 # b\n"],
    ".mdx": ["<", "<A", "<A>\n", "</A>\n", "import {\n", '["a", ', "{/*", "<A\n", "/>\n",
             "```\n"],
    ".ics": ["BEGIN:VCALENDAR\n", "BEGIN:VEVENT\n", "END:VEVENT\n", "DESCRIPTION:a\\n",
             " a\\", "\\", "\\n", " ", "SUMMARY:a\n", "DESCRIPTION:a\\nb\n"],
    ".diff": ["@@ -1 +1 @@\n", "@@ -1,5 +1,5 @@\n-a\n+b\n", "+", "-", " ", "\\", "@@",
              "@@ -0,0 +1,99999 @@\n", "--- a/x\n+++ b/x\n"],
    ".canvas": ['{"nodes": [', "{", '"', '{"text": "a\\n"}, ', '\n"text": "a",',
                '{"nodes": {"a": 1}, "edges": 5}', '{"nodes": 5}'],
    ".excalidraw": ['{"elements": [', '{"type": "text", "text": "a\\n"}, ', '"', '{"id": ',
                    '"id": "a", "text": "b",\n', '{"elements": 5}'],
    ".drawio": ["<", "&lt;", '<mxCell value="a&lt;br&gt;b" vertex="1" parent="x"/>',
                '<diagram name="a">', "<diagram>eJw", '<mxCell id="a" parent="a" value="b"/>',
                "<div>"],
    ".qmd": [":::", "::: {.callout-note}\n", "## a\n", ":::\n", "```{python}\n",
             '::: {title="a"}\n', "::: {"],
    ".gift": ["{", "::", "::a::", "{=", "~", "\\{", "// ", "// --- a", "$CATEGORY: ", "{#",
              "::a:: b {=c ~d} # e\n", "{T}", "=a -> b ", "A. a\n", "ANSWER: A\n"],
    ".taskpaper": ["@", "@a(", "- a @b(", "a:", "\t", "- ", " @a", " @a.", "a: @b\n",
                   "\t- a @b(c)\n", " +a", "(A) ", " ✅ 2024-01-02"],
    ".tsv": ["\t", "a\tb\tc\n", "\t\t\tx\n", "\tb\tc\n", "a\tb\tc"],
    ".sql": ["'", "(", "INSERT INTO t VALUES(", "INSERT INTO t VALUES('a b',1);\n", "-- ",
             "--\n", "CREATE TABLE t(", "INSERT INTO t VALUES('\n", "'),('a b'"],
    ".dot": ['"', "\\", "->", "--", "[", 'a [label="', "/*", "//", "{", "}", "|", "label=",
             'a -> b [label="x"]\n', 'a [shape=note, label="{a|b}"]\n', "a -> "],
    ".puml": ["'", "-", ".", "..", "--", "-->", "a --> b : ", "note right of a\n", "class a {\n",
              '"', "}", "{", "<|--", "o", "' ---- a ----\n", "a.b"],
    ".mmd": ["%%", "-->", "|", "[", "]", "classDiagram\n", "class a {\n", "A[a] -->|b| B[c]\n",
             "```\n", "  a\n", "-", "subgraph a\n", "%% -- a --\n"],
}
HOSTILE_PREFIX = {(".org", "|"): "", (".ics", "DESCRIPTION:a\\n"): "BEGIN:VCALENDAR\n",
          (".ics", " a\\"): "BEGIN:VCALENDAR\nDESCRIPTION:a\n",
          (".ics", "DESCRIPTION:a\\nb\n"): "BEGIN:VCALENDAR\nBEGIN:VEVENT\n",
          (".adoc", "|a\n"): "|===\n", (".adoc", "| a | b\n"): "|===\n",
          (".adoc", "1,"): '[cols="', (".rst", "   x\n"): ".. note::\n",
          (".rst", "a b\n"): "=====  =====\n", (".html", "<tr><td>x"): "<table>",
          (".json", '["a b",'): "[", (".json", '"a":'): "{",
          (".eml", "=\n"): "Content-Transfer-Encoding: quoted-printable\n\n",
          (".eml", "--b\n"): 'Content-Type: multipart/mixed; boundary="b"\n\n',
          (".tsv", "\tb\tc\n"): "Section\tItem\tValue\n",
          (".excalidraw", '{"type": "text", "text": "a\\n"}, '): '{"elements": [',
          (".drawio", '<mxCell value="a&lt;br&gt;b" vertex="1" parent="x"/>'): "<root>",
          (".drawio", '<mxCell id="a" parent="a" value="b"/>'): "<root>",
          **{(".dot", piece): "digraph g {\n" for piece in ("->", "--", "[", "{", "|", "a -> ",
                                                          'a [label="', "label=")},
          **{(".puml", piece): "@startuml\n" for piece in ("-", ".", "..", "--", "o", "a.b",
                                                         "note right of a\n", "class a {\n")},
          **{(".mmd", piece): "flowchart LR\n" for piece in ("-->", "|", "[", "-")}}


_FAMILY = {".htm": ".html", ".xhtml": ".html", ".asciidoc": ".adoc", ".asc": ".adoc",
           ".mm": ".opml", ".srt": ".vtt", ".yml": ".yaml", ".cfg": ".ini", ".toml": ".ini",
           ".latex": ".tex", ".mediawiki": ".wiki", ".tfvars": ".tf", ".hcl": ".tf",
           ".rmd": ".qmd", ".patch": ".diff", ".dio": ".drawio", ".gv": ".dot",
           ".plantuml": ".puml", ".mermaid": ".mmd",
           **{s: ".ts" for s, (m, _) in CONVERTERS.items()
              if m.endswith(("code_comments", "code_constants")) and s != ".py"}}


@pytest.mark.parametrize("suffix", sorted(CONVERTERS))
def test_hostile_lines_convert_and_keep_their_line_count(suffix):
    # the cases bench/formats_worst.py times at 1 MB, small here: each converts, and a
    # converter that keeps lines keeps them
    family = _FAMILY.get(suffix, suffix)  # .htm is read as .html, .asciidoc as .adoc...
    for piece in HOSTILE_CASES[family]:
        text = HOSTILE_PREFIX.get((family, piece), "") + piece * (2000 // len(piece))
        lines = split_lines(text)
        try:
            out = converter_for(suffix)(lines)  # not as_markdown, which hides a miscount
        except NotReadable:  # a broken notebook: named in ingest's warning, not read
            continue
        if hasattr(out, "at"):  # spread out (a canvas's packed cards): each on its line
            assert all(0 <= k < len(lines) for k in out.at), (suffix, piece)
        elif suffix not in RENUMBERED:
            assert len(out) == len(lines), (suffix, piece)


def test_an_unclosed_org_drawer_or_block_blanks_nothing_after_it():
    converted = as_markdown("* Lambda\n:note:\n- timeout 15 min\n#+BEGIN_QUOTE\n* SQS\n"
                            "- max 256 KB\n", ".org").split("\n")
    assert converted[2] == "- timeout 15 min" and converted[4:6] == ["# SQS", "- max 256 KB"]


def test_html_after_a_closing_head_on_its_line_is_read():
    converted = as_markdown("<html><head>\n<style>p{}</style>\n</head><body><h1>Lambda</h1>\n"
                            "<p>timeout 15 min</p>", ".html").split("\n")
    assert converted[2:] == ["# Lambda", "timeout 15 min"]


def test_asciidoc_csv_tables_are_tables():
    converted = as_markdown(",===\nSetting,Value\nSQS message size,256 KB\n,===\n", ".adoc")
    assert "<td>SQS message size</td><td>256 KB</td>" in converted


def test_an_unchanged_note_in_another_format_is_skipped_unconverted(tmp_path, monkeypatch):
    from studycli import ingest
    from studycli.store.db import connect

    (tmp_path / "n.org").write_text(ORG, encoding="utf-8")
    db = connect(tmp_path / "o.db")
    assert ingest.ingest_paths(db, [tmp_path]).sources  # read the first time
    calls = []
    monkeypatch.setattr(ingest, "as_markdown", lambda text, suffix: calls.append(suffix) or text)
    again = ingest.ingest_paths(db, [tmp_path])
    # (the database beside it is passed over, named in `skipped` too)
    assert [s["reason"] for s in again.skipped if s["path"] == "n.org"] == ["unchanged"]
    assert calls == []
    db.conn.close()


def test_html_tags_no_converter_names_are_dropped_not_kept_as_text():
    """A reviewer converted '<p>Max timeout <time>15 min</time></p>' and read the <time> tags in
    the line lookup answers with: every tag is layout, whatever its name."""
    from studycli.formats.html import html_to_markdown

    lines = html_to_markdown(["<article><section>",
                              "<p>Lambda max timeout <time>15 min</time></p>",
                              "<p>SQS <label>retention</label> 14 days<wbr>max</p>",
                              "</section></article>"])
    text = "\n".join(lines)
    assert "<" not in text and ">" not in text, lines
    assert "Lambda max timeout 15 min" in text and "SQS retention 14 days max" in text, lines


OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>SAA storage map</title></head>
  <body>
    <outline text="S3">
      <outline text="max object size 5 TB"
        _note="single PUT up to 5 GB&#10;use multipart above 100 MB"/>
      <outline text="Glacier">
        <outline text="Deep Archive retrieval up to 48 h"/>
      </outline>
    </outline>
    <outline text="EBS &amp; EFS"/>
  </body>
</opml>
"""


def test_an_opml_outline_is_read_as_nested_bullets_line_for_line():
    out = as_markdown(OPML, ".opml").split("\n")
    assert len(out) == len(split_lines(OPML))
    assert out[2] == "# SAA storage map"
    assert out[4] == "- S3"
    assert out[5] == ("  - max object size 5 TB — single PUT up to 5 GB · use multipart above "
                      "100 MB")
    assert out[6] == ""  # the note's wrapped attribute, read on its element's line
    assert out[8] == "    - Deep Archive retrieval up to 48 h"
    assert out[11] == "- EBS & EFS"
    assert out[0] == out[1] == out[3] == ""  # the XML declaration and tags are no text


def test_an_outline_packed_on_one_line_keeps_its_nesting(tmp_path):
    packed = ('<opml><body><outline text="S3"><outline text="max object size 5 TB"/></outline>'
              '<outline text="Lambda"><outline text="max timeout 15 min"/></outline></body></opml>')
    assert [line for line in as_markdown(packed, ".opml").split("\n") if line] == [
        "- S3", "  - max object size 5 TB", "- Lambda", "  - max timeout 15 min"]
    facts = _facts(tmp_path, "packed.opml", packed)
    assert not any(f["service"] == "S3" and "15 min" in f["value"] for f in facts)


def test_an_opml_note_gives_facts_on_its_own_lines(tmp_path):
    facts = _facts(tmp_path, "map.opml", OPML)
    assert _has(facts, "5 TB", 6) and _has(facts, "48", 9)


# Google Keep's Takeout order: the body before the title
KEEP = [
    {"color": "DEFAULT", "isTrashed": False,
     "textContent": "max timeout 15 min\ndefault timeout 3 sec",
     "title": "Lambda limits", "labels": [{"name": "dva"}], "userEditedTimestampUsec": 17000},
    {"color": "DEFAULT", "textContent": "retention default 4 days, max 14 days", "title": "SQS"},
]


def test_a_note_apps_json_export_is_read_as_its_notes_under_their_titles(tmp_path):
    text = json.dumps(KEEP, indent=2)
    out = as_markdown(text, ".json").split("\n")
    lines = text.split("\n")
    assert len(out) == len(lines)  # line for line: a fact cites the line holding it
    body = next(i for i, line in enumerate(lines) if "max timeout" in line)
    # its lines one to a line, on the lines below that hold no text (the note's title,
    # labels...): items of their own, as the note app shows them
    assert out[body:body + 2] == ["- max timeout 15 min", "- default timeout 3 sec"]
    assert out[body - 3] == "## Lambda limits"  # where its object opens, before its body
    assert "## SQS" in out[:out.index("retention default 4 days, max 14 days")]
    facts = _facts(tmp_path, "keep.json", text)
    by_value = {(f["service"], f["attribute"], f["value"]) for f in facts if f["kind"] != "fact"}
    assert ("Lambda", "execution timeout", "15 min") in by_value, by_value
    assert ("SQS", "retention period", "14 days") in by_value, by_value
    assert not any(s == "Lambda" and "days" in v for s, _, v in by_value)


def test_a_minified_json_export_is_read_note_by_note():
    out = as_markdown(json.dumps(KEEP), ".json").split("\n")
    assert out == ["## Lambda limits", "max timeout 15 min", "default timeout 3 sec",
                   "## SQS", "retention default 4 days, max 14 days"]


def test_a_flashcard_json_keeps_short_answers_and_its_line_numbers(tmp_path):
    cards = ('[\n{"question": "Max DynamoDB item size?", "answer": "400KB", "id": "c1f3"},\n'
             '{"question": "SQS max retention?", "answer": "14 days",'
             ' "updated": "2024-03-01T10:00:00Z"}\n]\n')
    out = as_markdown(cards, ".json").split("\n")
    # each card one statement, an item of its own (formats21: a card's answer under its
    # question, not a pause apart)
    assert out[1:3] == ["- Max DynamoDB item size? 400KB", "- SQS max retention? 14 days"]
    assert "c1f3" not in "".join(out) and "2024" not in "".join(out)


def test_json_without_text_of_many_lines_keeps_its_line_numbers():
    text = json.dumps([{"title": "EBS", "body": "gp3 baseline 3,000 IOPS", "id": "x1"}],
                      indent=1)
    out = as_markdown(text, ".json").split("\n")
    assert len(out) == len(split_lines(text))
    assert "## EBS" in out and "gp3 baseline 3,000 IOPS" in out
    assert "x1" not in "\n".join(out)  # an id is not a note's text


def test_a_json_file_of_settings_gives_no_facts(tmp_path):
    # a template's numbers are settings a student chose, not limits or defaults; its
    # one-word strings are names
    template = json.dumps({"Resources": {"Fn": {"Type": "AWS::Lambda::Function",
                                                "Properties": {"Timeout": 30, "MemorySize": 512}}}},
                          indent=2)
    assert as_markdown(template, ".json").strip() == ""
    broken = '{"title": "not closed", "body": "Lambda timeout 15 min"'
    assert as_markdown(broken, ".json") == broken  # not JSON: read as the text it is


def test_json_in_a_folder_is_read_and_named_and_studycli_own_cache_is_not(tmp_path, monkeypatch):
    notes = tmp_path / "notes"
    (notes / "cache").mkdir(parents=True)
    monkeypatch.setenv("STUDYCLI_CACHE", str(notes / "cache"))
    (notes / "keep.json").write_text(json.dumps(KEEP), encoding="utf-8")
    (notes / "cache" / "cards-x.json").write_text(json.dumps(
        [{"front": "What is the max Lambda timeout in minutes?"}]), encoding="utf-8")
    result = run_here("ingest", str(notes), db=tmp_path / "k.db")
    assert result.returncode == 0, result.stderr
    assert "read 1 file of other types as notes (keep.json)" in result.stderr
    assert "cards-x.json" not in result.stderr + result.stdout
