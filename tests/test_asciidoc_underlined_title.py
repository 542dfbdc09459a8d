"""A plain-text note whose title is underlined with dashes is read line by line, not as one
listing block: AsciiDoc's two-line section title (an underline as long as the title within
two characters) is a heading, and its dashes open no block that is never closed (session 30,
lookup30s: a CLF cram sheet's "== SUPPORT PLANS" sections were all read as code, no fact)."""

from __future__ import annotations

from studycli.formats.asciidoc import asciidoc_to_markdown

from .helpers import lookup_values, notes_conn

TITLE = "CLF CRAM SHEET - acronyms (night before exam!!)"
NOTES = (f"{TITLE}\n{'-' * (len(TITLE) - 1)}\n\n"
         "== SQS\nvisibility timeout default 30 s, max 12 hours\n\n"
         "== Lambda\nmax timeout 15 min; memory 128 MB - 10 GB\n\n"
         "== Kinesis\nretention 24 h default, up to 365 days\n")


def test_an_underlined_title_is_a_heading_and_opens_no_block():
    out = asciidoc_to_markdown(NOTES.splitlines())
    assert out[0] == "## " + TITLE and out[1] == ""
    assert "```" not in out
    assert out[3] == "## SQS"


def test_the_lines_under_an_underlined_title_answer_lookups(tmp_path):
    conn = notes_conn(tmp_path, NOTES, name="cram.txt")
    values = lookup_values(conn, "lambda max timeout")
    assert values and "15 min" in values[0], values
    conn.close()


def test_a_listing_block_of_dashes_is_still_code():
    lines = ["== Notes", "Some words here", "", "----", "aws s3 ls", "----", "after"]
    out = asciidoc_to_markdown(lines)
    assert out[3] == "```" and out[4] == "aws s3 ls" and out[5] == "```"
    assert out[6] == "after"


def test_an_underline_much_longer_than_the_line_is_no_title():
    out = asciidoc_to_markdown(["== Notes", "short", "------------", "code", "------------"])
    assert out[1] == "short" and out[2] == "```"
