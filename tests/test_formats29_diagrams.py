"""Notes kept in diagram tools: an Excalidraw drawing (`.excalidraw`, and the Obsidian
plugin's `.excalidraw.md`) and a draw.io / diagrams.net file (`.drawio`, a compressed page
too). Each box's text is read as notes cited on the file line that holds it, an arrow's label
as a statement of the boxes it joins; and a file a folder holds that ingest does not read is
named in its output, never passed over in silence. The samples: tests/data/diagrams29."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.formats import NotReadable, as_markdown

SAMPLES = Path(__file__).parent / "data" / "diagrams29"


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    """The sample drawings ingested through the CLI into a database of their own: a function
    running a command on it (`--json` parsed)."""
    tmp = tmp_path_factory.mktemp("drawn")
    folder = tmp / "notes"
    shutil.copytree(SAMPLES, folder)
    runner, db = CliRunner(), str(tmp / "d.db")
    done = runner.invoke(app, ["ingest", str(folder), "--json", "--db", db])
    assert done.exit_code == 0, done.output

    def ask(*args: str, as_json: bool = True):
        result = runner.invoke(app, [*args, *(["--json"] if as_json else []), "--db", db])
        return json.loads(result.output) if as_json else result

    ask.ingest = json.loads(done.output)
    return ask


def _line(name: str, line: int) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8").split("\n")[line - 1]


def test_every_drawing_is_read_and_none_is_passed_over(drawn):
    read = {s["path"]: s["facts"] for s in drawn.ingest["sources"]}
    assert set(read) == {"serverless.excalidraw", "sns fanout.excalidraw.md",
                         "s3 events.excalidraw.md", "architecture.drawio", "streams.drawio",
                         "kinesis.drawio.svg"}
    assert all(read.values()), read
    assert drawn.ingest["skipped"] == [] and drawn.ingest["warnings"] == []


def test_lookup_answers_from_an_excalidraw_box_on_the_line_that_holds_it(drawn):
    hits = drawn("lookup", "lambda timeout")
    top = hits[0]
    assert top["value"] == "15 min", top
    assert top["source"] in ("serverless.excalidraw", "architecture.drawio")
    assert "Lambda timeout max 15 min" in _line(top["source"], top["line"])
    excalidraw = [h for h in drawn("lookup", "sqs visibility timeout default")
                  if h["source"] == "serverless.excalidraw"]
    assert excalidraw and "SQS visibility default 30s" in _line("serverless.excalidraw",
                                                                 excalidraw[0]["line"])


def test_a_wrapped_box_is_read_as_the_student_wrote_it():
    """Excalidraw's `text` breaks a line to fit its box ("max 15\\nmin"); `originalText`
    holds the student's lines, and the fact is cited on the line that holds it."""
    read = as_markdown((SAMPLES / "serverless.excalidraw").read_text(), ".excalidraw")
    lines = read.split("\n")
    assert "  - Lambda timeout max 15 min" in lines
    assert "  - memory 128 MB to 10,240 MB" in lines
    at = read.file_line[lines.index("  - Lambda timeout max 15 min")]
    assert '"originalText": "Lambda\\nLambda timeout max 15 min' in _line(
        "serverless.excalidraw", at)
    # a deleted element (kept for undo) is no note
    assert not any("max 5 min" in line for line in lines)


def test_an_arrow_label_joins_the_two_boxes_it_binds(drawn):
    modes = drawn("facts", "--kind", "invocation_mode")
    said = {(f["source"], f["value"]) for f in modes}
    assert ("serverless.excalidraw", "asynchronous") in said
    assert ("architecture.drawio", "synchronous") in said
    arrow = next(f for f in modes if f["source"] == "serverless.excalidraw")
    assert arrow["service"] == "Lambda"
    assert "S3 bucket -> Lambda: invokes (async)" in arrow["snippet"]
    assert '"text": "invokes (async)"' in _line("serverless.excalidraw", arrow["line"])
    # an arrow with no label states nothing: Lambda -> SQS is not a line of the note
    read = as_markdown((SAMPLES / "serverless.excalidraw").read_text(), ".excalidraw")
    assert not any("Lambda -> SQS" in line for line in read.split("\n"))


def test_a_drawio_box_is_its_html_reduced_to_lines():
    read = as_markdown((SAMPLES / "architecture.drawio").read_text(), ".drawio")
    lines = read.split("\n")
    assert lines[:3] == ["## Order pipeline", "- API Gateway", "  - integration timeout max 29 s"]
    assert ["- Lambda", "  - Lambda timeout max 15 min", "  - /tmp storage up to 10,240 MB"] \
        == lines[3:6]
    # a box in a container (the VPC swimlane) under it; "&#xa;" line breaks kept as lines
    assert lines[6:10] == ["- VPC", "  - SQS", "    - visibility default 30s",
                           "    - retention max 14 days"]
    # an edge's own value and an edge's label cell ("edgeLabel", a child of the edge)
    assert "- API Gateway -> Lambda: invokes (sync)" in lines
    assert "- Lambda -> SQS: SendMessage batch up to 10 messages" in lines
    # a <UserObject>'s label is its cell's text
    assert "  - Standard workflow max duration 1 year" in lines
    assert not any("<" in line or "&" in line for line in lines), lines
    for k, line in enumerate(lines):  # each on the line where its cell begins
        if "Lambda timeout" in line or "invokes (sync)" in line:
            assert "<mxCell" in _line("architecture.drawio", read.file_line[k])


def test_a_compressed_drawio_page_is_read(drawn):
    """draw.io's older default: the page's XML URL-encoded, deflated and base64'd, on one
    line; each box cited on that line."""
    hits = drawn("lookup", "dynamodb max item size")
    assert hits and hits[0]["source"] == "streams.drawio" and hits[0]["line"] == 2
    assert hits[0]["value"] == "400 KB", hits[0]
    modes = {f["value"] for f in drawn("facts", "--kind", "invocation_mode")
             if f["source"] == "streams.drawio"}
    assert modes == {"event source mapping"}


def test_an_obsidian_excalidraw_note_is_read_line_for_line(drawn):
    text = (SAMPLES / "sns fanout.excalidraw.md").read_text(encoding="utf-8")
    lines = as_markdown(text, ".md").split("\n")
    assert len(lines) == len(text.split("\n"))
    assert lines[13:15] == ["- SNS", "  - max message size 256 KB"]  # its id ("^Xk2mPq7a") gone
    assert lines[19] == "- SNS -> SQS: fans out to"  # the arrow, from the drawing's JSON
    assert lines[8] == "Fan-out pattern, SAA course week 3."  # the student's own words
    # the front matter, the plugin's banner, links and the drawing's JSON are no notes
    assert not any(line.strip() for line in lines[:8]) and not any(
        line.strip() for line in lines[20:])
    hits = drawn("lookup", "sns max message size")
    assert (hits[0]["source"], hits[0]["line"]) == ("sns fanout.excalidraw.md", 15)


def test_search_finds_a_box_on_its_line(drawn):
    found = drawn("search", "visibility default")
    where = {(h["source"], h["line"]) for h in found}
    assert ("serverless.excalidraw", 108) in where, found
    assert "SQS visibility default 30s" in _line("serverless.excalidraw", 108)


@pytest.mark.parametrize(("suffix", "text"), [
    (".excalidraw", '{"type": "excalidraw", "elements": [{"id": "a", '),
    (".excalidraw", '{"type": "excalidraw", "elements": {}}'),
    (".drawio", '<mxfile><diagram name="a"><mxGraphModel><root><mxCell id="0"'),
    (".drawio", '<mxfile><diagram name="a">not base64 deflate!</diagram></mxfile>'),
    (".drawio", '<?xml version="1.0"?>\n<!DOCTYPE m [<!ENTITY a "aaaa">]>\n<mxfile>&a;</mxfile>'),
])
def test_a_broken_drawing_is_refused_with_a_reason(suffix, text):
    with pytest.raises(NotReadable, match="not an? (Excalidraw drawing|draw.io diagram)"):
        as_markdown(text, suffix)


def test_a_broken_drawing_is_named_in_skipped(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("SQS max message size is 256 KB.\n")
    (notes / "board.excalidraw").write_text('{"elements": [')
    result = CliRunner().invoke(app, ["ingest", str(notes), "--json", "--db",
                                      str(tmp_path / "d.db")])
    report = json.loads(result.output)
    assert [s["path"] for s in report["skipped"]] == ["board.excalidraw"]
    assert "JSON is broken" in report["skipped"][0]["reason"]


def test_markup_is_dropped_but_a_less_than_sign_is_text():
    page = ('<mxfile><diagram name="Latency"><mxGraphModel><root>'
            '<mxCell id="2" value="CloudFront&#xa;latency &lt; 10 ms at the edge" vertex="1" '
            'parent="1"/></root></mxGraphModel></diagram></mxfile>')
    assert as_markdown(page, ".drawio").split("\n")[1:] == [
        "- CloudFront", "  - latency < 10 ms at the edge"]


def test_files_a_folder_holds_that_are_not_read_are_named(tmp_path):
    """A lock file, a log or a database in the notes folder was passed over in silence (and
    so were drawings before they were read): each is named in one warning line and in
    `skipped`; pictures are only counted, as before."""
    notes = tmp_path / "notes"
    (notes / "sub").mkdir(parents=True)
    (notes / "a.md").write_text("SQS max message size is 256 KB.\n")
    (notes / "events.jsonl").write_text('{"timeout": "15 min"}\n')
    (notes / "sub" / "yarn.lock").write_text("# yarn lockfile v1\n")
    (notes / "shot.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    runner, db = CliRunner(), str(tmp_path / "elsewhere.db")
    as_json = json.loads(runner.invoke(app, ["ingest", str(notes), "--json", "--db", db]).output)
    assert as_json["skipped"] == [
        {"path": "events.jsonl",
         "reason": "passed over: a machine format (.jsonl), not read as a note"},
        {"path": "sub/yarn.lock",
         "reason": "passed over: a machine format (.lock), not read as a note"}]
    said = [w for w in as_json["warnings"] if "machine formats" in w]
    assert len(said) == 1 and "2 files of machine formats (events.jsonl, sub/yarn.lock)" \
        in said[0]
    (notes / "a.md").write_text("SQS max message size is 256 KB (edited).\n")
    text = runner.invoke(app, ["ingest", str(notes), "--db", db])
    assert "events.jsonl" in text.output and "shot.png" in text.output


def test_a_drawing_with_no_text_is_said_to_be_one(tmp_path):
    """Shapes and arrows only: skipped with a warning that says why, not "empty note" (its
    file is not empty)."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("SQS max message size is 256 KB.\n")
    (notes / "boxes.excalidraw").write_text(
        '{"type": "excalidraw", "elements": [{"id": "r1", "type": "rectangle"}]}')
    result = CliRunner().invoke(app, ["ingest", str(notes), "--json", "--db",
                                      str(tmp_path / "d.db")])
    report = json.loads(result.output)
    assert report["skipped"] == [{"path": "boxes.excalidraw", "reason": "skipped: a drawing "
                                  "with no text in its boxes or arrows: nothing to read"}]


def test_a_drawio_diagram_exported_as_svg_or_xml_is_read(drawn, tmp_path):
    """An SVG exported with "include a copy of my diagram" keeps the diagram's file in its
    `content` attribute, and "Export as XML" writes the diagram's file as .xml: each read as
    the diagram it is; an XML file of anything else is still a machine's, named; an SVG of
    anything else is a picture, counted."""
    hits = drawn("lookup", "kinesis data streams max retention")
    assert (hits[0]["source"], hits[0]["line"], hits[0]["value"]) == (
        "kinesis.drawio.svg", 4, "365 days")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "exported.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<mxfile host="app.diagrams.net">\n'
        '  <diagram name="SQS"><mxGraphModel><root><mxCell id="0"/>\n'
        '    <mxCell id="2" value="SQS&lt;br&gt;max message size 256 KB" vertex="1" parent="0"/>\n'
        "  </root></mxGraphModel></diagram>\n</mxfile>\n")
    (notes / "icon.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>\n')
    (notes / "pom.xml").write_text("<project><modelVersion>4.0.0</modelVersion></project>\n")
    report = json.loads(CliRunner().invoke(app, ["ingest", str(notes), "--json", "--db",
                                                 str(tmp_path / "d.db")]).output)
    assert [s["path"] for s in report["sources"]] == ["exported.xml"]
    assert [s["path"] for s in report["skipped"]] == ["pom.xml"]


def test_a_compressed_obsidian_drawing_still_joins_its_arrows(drawn):
    """The plugin's default saves the drawing as LZ-String "compressed-json" (this sample made
    by the JavaScript lz-string 1.5.0): decompressed, its arrow's label is said of its boxes,
    not read as a box of its own."""
    text = (SAMPLES / "s3 events.excalidraw.md").read_text(encoding="utf-8")
    lines = as_markdown(text, ".md").split("\n")
    assert lines[18] == "- S3 -> Lambda: event notification"
    assert [line for line in lines if line.strip()] == [
        "- S3", "  - single PUT max 5 GB", "- Lambda", "  - async invocation retries 2",
        "- S3 -> Lambda: event notification"]
    hits = drawn("lookup", "s3 single put max size")
    assert (hits[0]["source"], hits[0]["line"], hits[0]["value"]) == (
        "s3 events.excalidraw.md", 14, "5 GB")


def test_lz_string_reads_what_the_javascript_library_wrote():
    from studycli.formats.lz_string import decompress_from_base64

    # (made by lz-string 1.5.0's compressToBase64; an emoji is two UTF-16 code units there)
    assert decompress_from_base64("MoRWAJGRydF4NwhPfAWwIYA9wCYCsA2cBpAISA==") \
        == "SQS \u2713 \U0001f642 max 256 KB"
    assert decompress_from_base64("IYIwxqHpPeQ=") == "abcabcabcabcabcabcabc"
    assert decompress_from_base64("IYIwxqHpPeQ=", max_chars=10) is None
    assert decompress_from_base64("not lz-string!") is None


def test_an_arrow_to_a_box_whose_text_is_only_grouped_with_it_names_that_text():
    """Text laid over a shape and grouped with it, not bound (older drawings): an arrow bound
    to the shape is said of that text."""
    scene = {"type": "excalidraw", "elements": [
        {"id": "r1", "type": "rectangle", "groupIds": ["g1"]},
        {"id": "t1", "type": "text", "text": "API Gateway", "groupIds": ["g1"]},
        {"id": "r2", "type": "rectangle", "groupIds": ["g2"]},
        {"id": "t2", "type": "text", "text": "Lambda", "groupIds": ["g2"]},
        {"id": "a1", "type": "arrow", "startBinding": {"elementId": "r1"},
         "endBinding": {"elementId": "r2"}},
        {"id": "t3", "type": "text", "text": "proxy integration", "containerId": "a1"}]}
    lines = as_markdown(json.dumps(scene, indent=2), ".excalidraw").split("\n")
    assert lines[-1] == "- API Gateway -> Lambda: proxy integration"
