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


# Review of lookup30s: a label over a listing block, an underline no title matches, a line
# mid-paragraph, a fact over a row of "=" and a list item are no two-line titles.
ADOC = ("= AWS notes\n\n== EC2\nCLI:\n----\naws ec2 describe-instances\n----\n\n"
        "== Lambda\nmax timeout 15 min\nmemory 128 MB to 10 GB\n\n"
        "== SQS\nretention default 4 days, max 14 days\n")


def test_a_label_over_a_listing_block_opens_the_block_its_partner_closes():
    out = asciidoc_to_markdown(["== EC2", "CLI:", "", "----", "aws s3 ls", "----", "after"])
    assert out[3:7] == ["```", "aws s3 ls", "```", "after"]
    out = asciidoc_to_markdown(["== EC2", "CLI:", "----", "aws s3 ls", "----", "after"])
    assert out[1:6] == ["CLI:", "```", "aws s3 ls", "```", "after"]
    out = asciidoc_to_markdown(["== SQS", "NOTE: SQS max 256 KB", "-" * 19, "x", "-" * 19, "after"])
    assert out[1] == "NOTE: SQS max 256 KB" and out[5] == "after"


def test_the_sections_below_a_labelled_listing_block_answer_lookups(tmp_path):
    conn = notes_conn(tmp_path, ADOC, name="ec2.adoc")
    retention = lookup_values(conn, "sqs max retention")
    assert retention and "14 days" in retention[0], retention
    memory = lookup_values(conn, "lambda max memory")
    assert memory and "10 GB" in memory[0], memory
    conn.close()


def test_a_delimiter_no_row_closes_opens_no_block():
    out = asciidoc_to_markdown(["CLF CRAM SHEET", "-" * 30, "", "== SQS", "retention max 14 days",
                                "== Lambda", "max timeout 15 min"])
    assert "```" not in out and out[3] == "## SQS" and out[6] == "max timeout 15 min"


def test_a_line_mid_paragraph_or_holding_a_number_is_no_title():
    out = asciidoc_to_markdown(["== Lambda", "Lambda max timeout 15 min", "memory up to Ten GB",
                                "-" * 18, "next"])
    assert out[2] == "memory up to Ten GB" and out[3] == ""
    out = asciidoc_to_markdown(["== S3", "S3 max object size 5 TB", "=" * 23, "== SQS"])
    assert out[1] == "S3 max object size 5 TB" and out[3] == "## SQS"
    out = asciidoc_to_markdown(["", "1. Item one", "-" * 11, "after"])
    assert out[1] == "1. Item one"


def test_an_underline_two_longer_than_the_title_is_none():
    out = asciidoc_to_markdown(["", "Networking", "-" * 12, "after"])
    assert out[1] == "Networking"


def test_a_title_naming_a_service_with_digits_is_a_heading():
    # "Route 53": the digits are the service's name, not a figure (a figure over dashes,
    # "S3 max 5 TB", stays the line it is)
    out = asciidoc_to_markdown(["= Notes", "", "Route 53", "--------", "- alias records are free"])
    assert out[2] == "## Route 53", out
    out = asciidoc_to_markdown(["= Notes", "", "S3 max 5 TB", "-----------", "- more"])
    assert not out[2].startswith("#"), out
