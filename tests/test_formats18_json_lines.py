"""A note app's JSON export holds a note's body in one string on one line: its lines are read
one to a line (on the lines below that hold no text), not joined into one."""

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.formats import as_markdown


def test_a_keep_note_of_many_lines_is_read_as_its_list_not_one_line(tmp_path):
    # Keep's export holds a note's body in one string on one line: joined there, every item
    # was filed under the one service an item names (Trusted Advisor, for the prices)
    body = ("Support plans\n- Basic: 7 core Trusted Advisor checks\n"
            "- Developer: from $29/mo, system impaired < 12 business hrs\n"
            "- Business: prod system down < 1 hour\n- Enterprise: critical < 15 min")
    text = json.dumps([{"title": "CLF support", "body": body}], indent=2)
    lines = text.split("\n")
    out = as_markdown(text, ".json").split("\n")
    assert len(out) == len(lines)
    at = next(i for i, line in enumerate(lines) if "Support plans" in line)
    assert out[at] == "Support plans"  # the body's first line: on its own line
    assert out[at + 1] == "- Basic: 7 core Trusted Advisor checks"
    # more lines than the lines below hold ("}" and "]"): the rest on the last one, joined
    assert out[at + 2:] == [
        "- Developer: from $29/mo, system impaired < 12 business hrs · "
        "- Business: prod system down < 1 hour · - Enterprise: critical < 15 min"]
    note = tmp_path / "keep.json"
    note.write_text(text)
    runner = CliRunner()
    db = str(tmp_path / "k.db")
    assert runner.invoke(app, ["ingest", str(note), "--db", db]).exit_code == 0
    facts = json.loads(runner.invoke(app, ["facts", "--json", "--db", db]).output)
    assert not any(f["service"] == "Trusted Advisor" and "$29" in f["value"] for f in facts)
