"""A Jupyter notebook kept with the notes is read: its markdown cells as markdown, its code
cells by their comments only, its outputs never; a broken one is named in a warning."""

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.formats.notebook import notebook_to_markdown
from studycli.ingest import NOTE_SUFFIXES


def _notebook(cells: list[dict], nbformat: int = 4) -> str:
    """A notebook as Jupyter writes it: indented, each source line a string of its own."""
    if nbformat == 3:
        return json.dumps({"worksheets": [{"cells": cells}], "metadata": {},
                           "nbformat": 3, "nbformat_minor": 0}, indent=1)
    return json.dumps({"cells": cells, "metadata": {"kernelspec": {"language": "python"}},
                       "nbformat": 4, "nbformat_minor": 5}, indent=1)


CELLS = [
    {"cell_type": "markdown", "metadata": {},
     "source": ["## DynamoDB\n", "- item max size 400KB\n", "- BatchWriteItem: max 25 items"]},
    {"cell_type": "code", "execution_count": 1, "metadata": {},
     "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Timeout 77 seconds\n"]}],
     "source": ["# SQS retention max 14 days\n",
                "fn = lam.create_function(Timeout=30, MemorySize=512)  # max timeout 15 min\n",
                "print('ttl # 99 days')"]},
]


def _runner(tmp_path):
    db = str(tmp_path / "n.db")
    runner = CliRunner()
    return runner, (lambda *words: runner.invoke(app, [*words, "--db", db]))


def test_a_notebook_in_a_folder_is_ingested_and_looked_up(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "dva.ipynb").write_text(_notebook(CELLS))
    _, cli = _runner(tmp_path)
    done = cli("ingest", str(notes), "--json")
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["sources"][0]["path"] == "dva.ipynb"
    found = cli("lookup", "dynamodb max item size", "--json")
    hit = json.loads(found.output)[0]
    assert hit["value"] == "400 KB"
    # cited at the line of the file that holds it, as a student opens it
    line = (notes / "dva.ipynb").read_text().split("\n")[hit["line"] - 1]
    assert "item max size 400KB" in line
    values = [f["value"] for f in json.loads(cli("facts", "--json").output)]
    assert "14 days" in values and "15 min" in values  # a code cell's comments
    # the code's own settings, a string's "#" and the cell's output are no notes
    assert not any(n in v for v in values for n in ("30", "512", "77", "99"))


def test_a_broken_notebook_is_named_in_a_warning_and_the_rest_is_read(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a_broken.ipynb").write_text('{"cells": [{"cell_type": "markdown", "source": ["x"')
    (notes / "b_other.md").write_text("# SQS\n- max retention 14 days\n")
    _, cli = _runner(tmp_path)
    done = cli("ingest", str(notes), "--json")
    assert done.exit_code == 0 and "Traceback" not in done.output
    report = json.loads(done.output)
    assert [s["path"] for s in report["sources"]] == ["b_other.md"]
    assert any("a_broken.ipynb" in w and "not a Jupyter notebook" in w and "line 1" in w
               for w in report["warnings"])


def test_nbformat_3_worksheets_headings_and_a_notebook_packed_on_one_line():
    old = [{"cell_type": "heading", "level": 2, "source": ["Lambda"]},
           {"cell_type": "code", "language": "python", "outputs": [],
            "input": ["x = 1  # memory max 10,240 MB"]}]
    lines = _notebook(old, nbformat=3).split("\n")
    out = notebook_to_markdown(lines)
    assert len(out) == len(lines)
    assert [line for line in out if line] == ["## Lambda", "- memory max 10,240 MB"]
    packed = notebook_to_markdown([json.dumps({"cells": CELLS, "nbformat": 4})])
    assert [line for line in packed if line] == [
        "## DynamoDB", "- item max size 400KB", "- BatchWriteItem: max 25 items",
        "- SQS retention max 14 days", "- max timeout 15 min"]


def test_notebooks_are_notes_found_in_a_folder():
    assert ".ipynb" in NOTE_SUFFIXES


def test_a_cell_whose_source_is_one_string_renumbers_no_other_cell():
    cells = [{"cell_type": "markdown", "metadata": {},
              "source": "# Lambda\n- max timeout 15 minutes\n- memory max 10240 MB\n- a\n- b"},
             {"cell_type": "markdown", "metadata": {},
              "source": ["## SQS\n", "- retention max 14 days"]}]
    lines = _notebook(cells).split("\n")
    out = notebook_to_markdown(lines)
    at = next(i for i, line in enumerate(lines) if "retention max 14 days" in line)
    assert out[at] == "- retention max 14 days"  # still the line that holds it
    assert "- max timeout 15 minutes" in out and "- b" in out


def test_a_notebook_that_broke_since_keeps_its_facts_and_says_so(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.ipynb").write_text(_notebook(CELLS))
    _, cli = _runner(tmp_path)
    assert cli("ingest", str(notes)).exit_code == 0
    (notes / "a.ipynb").write_text('{"cells": [')
    said = str(cli("ingest", str(notes)).exception)
    assert "facts read from it before are kept" in said and "give a note file" not in said
    assert "14 days" in {f["value"] for f in json.loads(cli("facts", "--json").output)}
