"""A shell script kept with the notes gives its comments as notes, never its commands: read
as plain text, each "# max object size 5 TB" was a markdown heading and gave no fact."""


from studycli.formats.code_comments import hash_code_to_markdown
from tests.helpers import folder_cli

SCRIPT = """\
#!/usr/bin/env bash
# ---------- S3 ----------
# max object size 5 TB, single PUT max 5 GB
aws s3 cp big.iso s3://bkt/ --expires-in 77  # presigned url max 7 days
echo "# 99 days is no comment"
#   Standard-IA -> 30 days min
"""


def test_comments_are_notes_and_commands_are_not_line_for_line():
    lines = SCRIPT.split("\n")
    out = hash_code_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[:4] == ["", "## S3", "- max object size 5 TB, single PUT max 5 GB",
                       "- presigned url max 7 days"]
    assert out[4] == ""  # a "#" inside a string is no comment
    assert out[5] == "  - Standard-IA -> 30 days min"  # indented under the line above


def test_a_script_in_a_notes_folder_is_read_and_looked_up(tmp_path):
    ask = folder_cli(tmp_path, {"practice.sh": SCRIPT})
    hits = ask("lookup", "s3 max object size")
    assert hits and hits[0]["value"] == "5 TB" and hits[0]["line"] == 3
    values = [f["value"] for f in ask("facts")]
    assert not any("77" in v or "99" in v for v in values)


def test_a_banner_stating_a_fact_is_that_fact_not_a_heading():
    lines = ["#### S3 max object size 5 TB ####", "# ---------- Route 53 ----------",
             "#### S3 multipart above 100 MB, single PUT max 5 GB ####"]
    assert hash_code_to_markdown(lines) == [
        "- S3 max object size 5 TB", "## Route 53",
        "- S3 multipart above 100 MB, single PUT max 5 GB"]


def test_powershell_block_comments_are_notes_under_their_title(tmp_path):
    facts = folder_cli(tmp_path, {"ddb.ps1": (
        "<#\n  DynamoDB notes\n  item max size 400 KB\n#>\n"
        "Get-DDBTable -TableName t  # on-demand capacity = pay per request\n")})("facts")
    assert "400 KB" in {f["value"] for f in facts}
    assert {f["service"] for f in facts} == {"DynamoDB"}
