"""What a review of the diagram readers and of the ingest's naming of files it does not read
found: draw.io's own SVG export (its DOCTYPE), an arrow inside a container, pages on one line,
arrow ends Excalidraw binds to nothing or to a group of several texts, a json fence of the
student's own in an `.excalidraw.md`, studycli's own database beside the notes, a plain SVG
picture and a draw.io export with no text. The samples: tests/data/diagrams29_review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.formats import NotReadable, as_markdown

SAMPLES = Path(__file__).parent / "data" / "diagrams29_review"


def _read(name: str) -> list[str]:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    suffix = ".md" if name.endswith(".md") else Path(name).suffix
    return [line for line in as_markdown(text, suffix).split("\n") if line.strip()]


_SVG = ('<?xml version="1.0" encoding="UTF-8"?>\n{doctype}\n'
        '<svg xmlns="http://www.w3.org/2000/svg" content="&lt;mxfile&gt;&lt;diagram name='
        '&quot;SQS&quot;&gt;&lt;mxGraphModel&gt;&lt;root&gt;&lt;mxCell id=&quot;2&quot; '
        'value=&quot;SQS&amp;lt;br&amp;gt;max message size 256 KB&quot; vertex=&quot;1&quot;'
        '/&gt;&lt;/root&gt;&lt;/mxGraphModel&gt;&lt;/diagram&gt;&lt;/mxfile&gt;"><g/></svg>\n')


def test_drawios_own_svg_doctype_is_read_and_an_entity_of_its_own_is_refused():
    """draw.io writes SVG 1.1's DOCTYPE in every SVG export: read; a document type that
    declares an entity (one to expand, a billion laughs' start) is refused."""
    svg11 = ('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
             '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">')
    read = as_markdown(_SVG.format(doctype=svg11), ".svg").split("\n")
    assert [line for line in read if line] == ["## SQS", "- SQS", "  - max message size 256 KB"]
    with pytest.raises(NotReadable, match="declares an entity"):
        as_markdown(_SVG.format(doctype='<!DOCTYPE svg [<!ENTITY a "aaaa">]>'), ".svg")


def test_an_edge_inside_a_container_is_written_at_its_depth():
    """An edge held by a swimlane was written at depth 0: the swimlane's later boxes fell
    under the edge's statement ("s3 timeout max" answered 15 min)."""
    assert _read("lambda.drawio") == [
        "- Lambda", "  - S3 bucket", "  - Function", "  - S3 bucket -> Function: invokes",
        "  - Limits", "    - timeout max 15 min"]


def test_pages_on_one_line_each_keep_their_own_cells():
    """An SVG's `content` holds every page on one line: each page's heading comes before
    its own cells, not every heading before all cells."""
    assert _read("limits.drawio.svg") == [
        "## SQS", "- Limits", "  - visibility timeout max 12 hours",
        "## Lambda", "- Limits", "  - timeout max 15 min"]


def test_an_arrow_end_bound_to_nothing_is_named_after_nothing():
    """A free text has no container: its words were kept as the name of "no element", and
    an arrow end bound to nothing was named after the drawing's first free text."""
    assert _read("unbound.excalidraw")[-1] == "- SQS: polled by consumers"


def test_a_group_of_several_texts_names_a_shape_only_by_the_text_inside_it():
    """A group holding two boxes and their two labels named every unlabelled box after the
    first ("SQS -> SQS: triggers"); the text laid inside a box's area names it."""
    assert _read("grouped.excalidraw")[-1] == "- triggers"
    scene = json.loads((SAMPLES / "grouped.excalidraw").read_text(encoding="utf-8"))
    where = {"r1": (0, 0, 100, 50), "t1": (30, 15, 40, 20),
             "r2": (300, 0, 100, 50), "t2": (320, 15, 60, 20)}
    for element in scene["elements"]:
        if element["id"] in where:
            element.update(zip(("x", "y", "width", "height"), where[element["id"]],
                               strict=True))
    read = as_markdown(json.dumps(scene, indent=1), ".excalidraw").split("\n")
    assert read[-1] == "- SQS -> Lambda: triggers"


def test_the_drawing_of_an_excalidraw_note_is_the_fence_in_its_drawing_section():
    """A ```json fence of the student's own above the drawing (an SNS filter policy) was
    taken for the drawing: the arrow's label was then a box of its own."""
    assert _read("fanout2.excalidraw.md")[-1] == "- SNS -> SQS: fans out to"


def test_the_database_beside_the_notes_a_picture_and_a_textless_export_are_said_rightly(
        tmp_path):
    """studycli's own database kept in the notes folder (its journal, its backups) is not a
    "machine format" the student is told of at every ingest; a plain SVG is a picture,
    counted, not advice to keep notes as .md; a draw.io SVG or an Obsidian drawing with no
    text is a drawing with none, not an "empty note"."""
    notes = tmp_path / "notes"
    (notes / "study.db.backups").mkdir(parents=True)
    (notes / "study.db.backups" / "20260101T000000Z-before-ingest.db").write_bytes(b"")
    (notes / "a.md").write_text("SQS max message size is 256 KB.\n")
    (notes / "icon.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>\n')
    (notes / "boxes.drawio.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" content="&lt;mxfile&gt;&lt;diagram&gt;'
        '&lt;mxGraphModel&gt;&lt;root&gt;&lt;mxCell id=&quot;2&quot; vertex=&quot;1&quot;/&gt;'
        '&lt;/root&gt;&lt;/mxGraphModel&gt;&lt;/diagram&gt;&lt;/mxfile&gt;"><g/></svg>\n')
    (notes / "board.excalidraw.md").write_text(
        "---\nexcalidraw-plugin: parsed\n---\n\n# Excalidraw Data\n\n## Text Elements\n\n"
        '%%\n## Drawing\n```json\n{"type": "excalidraw", "elements": []}\n```\n%%\n')
    runner, db = CliRunner(), str(notes / "study.db")
    reports = []
    for _ in range(2):  # the second walk finds the database and its journal written
        done = runner.invoke(app, ["ingest", str(notes), "--json", "--db", db])
        assert done.exit_code == 0, done.output
        reports.append(json.loads(done.output))
    assert (notes / "study.db").exists()
    report = reports[0]
    drawing = "skipped: a drawing with no text in its boxes or arrows: nothing to read"
    assert report["skipped"] == [{"path": "board.excalidraw.md", "reason": drawing},
                                 {"path": "boxes.drawio.svg", "reason": drawing}]
    said = [w for w in report["warnings"] if "icon.svg" in w]
    assert len(said) == 1 and "passed over 1 file of pictures (icon.svg)" in said[0], said
    for seen in reports:
        assert not [w for w in seen["warnings"] if "study.db" in w], seen["warnings"]
        assert not [s for s in seen["skipped"] if "study.db" in s["path"]], seen["skipped"]
