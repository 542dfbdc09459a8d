"""Source code kept with the notes (a CDK stack, a handler in Java or Go) gives only its
comments: its own settings are the author's choices, not AWS's limits."""

from studycli.formats import converter_for
from studycli.formats.code_comments import code_to_markdown
from studycli.ingest import NOTE_SUFFIXES

STACK = """\
import * as cdk from 'aws-cdk-lib';
// Lambda max timeout is 15 minutes (900 s)
/**
 * SQS retention: default 4 days, max 14 days
 */
const fn = new lambda.Function(this, 'Fn', { timeout: cdk.Duration.seconds(30) });
const url = "https://docs.aws.amazon.com/x"; // an URL in a string is no comment
const q = new sqs.Queue(this, 'Q', { visibilityTimeout: cdk.Duration.seconds(60) }); /* 12 h max */
"""


def test_only_comments_are_read_line_for_line():
    lines = STACK.split("\n")
    out = code_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[1] == "- Lambda max timeout is 15 minutes (900 s)"
    assert out[2] == "" and out[3] == "- SQS retention: default 4 days, max 14 days"
    assert out[5] == ""  # the stack's timeout of 30 s is a setting, not a limit
    assert out[6] == "- an URL in a string is no comment"
    # in a CDK stack a comment beside a prop is that prop's (formats/cdk_scopes.py); the
    # prop's own 60 s is still never read
    assert out[7] == "- visibility timeout: 12 h max"
    assert not any("30" in line or "60" in line for line in out)


def test_code_of_every_c_family_language_is_read_so_and_never_as_a_note_type():
    # (by formats/code_constants.py, which reads a program by its comments too)
    from studycli.formats.code_constants import c_family_to_markdown, go_to_markdown

    for suffix in (".ts", ".js", ".java", ".go", ".cs", ".kt"):
        assert converter_for(suffix) in (c_family_to_markdown, go_to_markdown)
        assert suffix not in NOTE_SUFFIXES  # named in ingest's warning when read
        assert converter_for(suffix)(STACK.split("\n")) == code_to_markdown(STACK.split("\n"))


def test_a_stack_given_by_name_gives_its_comments_facts(tmp_path):
    from typer.testing import CliRunner

    from studycli.cli import app

    note = tmp_path / "stack.ts"
    note.write_text(STACK)
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(note), "--db", db]).exit_code == 0
    import json

    facts = json.loads(runner.invoke(app, ["facts", "--json", "--db", db]).output)
    values = [fact["value"] for fact in facts]
    assert "15 min" in values and "14 days" in values
    # read as plain text, the code lines became facts ("const fn = new lambda.Function(...")
    assert not any(word in value for value in values for word in ("const ", "import ", "cdk."))
