"""A reStructuredText definition list ("Record" over an indented "data blob max 1 MB") is read
as the term stated with its definition, so a lookup that names the term finds it."""



from studycli.formats.rst import rst_to_markdown
from tests.helpers import folder_cli

NOTE = """\
Kinesis Data Streams
====================

Record
    data blob max 1 MB, partition key up to 256 chars.
Retention
    default 24 hours,
    up to 365 days.

- a list item
    its continuation
Example::
    aws kinesis put-record --data 99
"""


def test_a_definition_is_read_with_its_term_line_for_line():
    lines = NOTE.split("\n")
    out = rst_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[3] == "" and out[4] == "Record: data blob max 1 MB, partition key up to 256 chars."
    assert out[5:8] == ["", "Retention: default 24 hours,", "up to 365 days."]
    # a list item's continuation and a literal block's lead-in are no terms
    assert out[9] == "- a list item" and out[11] == "Example::"
    assert out[12] == "    aws kinesis put-record --data 99"  # code stays code


def test_a_lookup_naming_the_term_finds_its_definition(tmp_path):
    hits = folder_cli(tmp_path, {"kinesis.rst": NOTE})("lookup", "kinesis record max size")
    assert hits and hits[0]["value"] == "1 MB" and hits[0]["line"] == 5


def test_no_term_is_read_in_a_literal_or_code_block_nor_in_an_enumerated_item():
    lines = ["Example::", "", "    def handler(event, context):", "        timeout = 900", "",
             ".. code-block:: python", "", "   def f(x):", "       return 5", "",
             "a. Lambda max timeout 15 minutes", "   (was 5 minutes before 2018)", "",
             "Record", "    data blob max 1 MB"]
    out = rst_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[2:4] == ["    def handler(event, context):", "        timeout = 900"]
    assert out[7:9] == ["   def f(x):", "       return 5"]
    assert out[10] == "a. Lambda max timeout 15 minutes"
    assert out[14] == "Record: data blob max 1 MB"  # a definition list still is one
