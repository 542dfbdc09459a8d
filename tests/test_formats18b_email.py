"""An email's other headers and encodings: a forward's or a quoted reply's header in the body,
a wrapped attribution, an mbox separator, a base64 body and a text attachment. Each made
facts of "Sam K" (filed under AWS SAM) or lost the note's facts."""

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.formats.email_notes import email_to_markdown

FORWARD = """\
Subject: Fwd: kinesis
Content-Type: text/plain; charset="UTF-8"

SQS max message size is 256 KB.

---------- Forwarded message ---------
From: Sam K <sam.k.studies@example.com>
Date: Sun, Nov 30, 2026 at 9:12 PM
Subject: kinesis
To: Me <me@example.com>

Kinesis Data Streams default retention is 24 hours.

On Sun, Nov 30, 2026 at 9:12 PM Sam K <sam.k.studies@example.com>
wrote:
> Lambda max timeout is 15 minutes.
"""

OUTLOOK = """\
Subject: RE: route 53

Route 53 health checks every 30 seconds.
-----Original Message-----
From: Sam K <sam.k.studies@example.com>
Sent: Monday, December 1, 2026 9:00 AM
To: me@example.com

CloudFront default TTL is 24 hours.
"""

MBOX = """\
From - Mon Dec 01 10:00:00 2026
X-Mozilla-Status: 0001
From: Sam K <sam.k.studies@example.com>
Subject: ec2 notes

EC2 instance store is ephemeral storage.
"""

# "DynamoDB item max size is 400 KB → remember it.\n\nS3 max object size is 5 TB.\n
# - SQS max message 256 KB\n- Lambda max timeout 15 min\n": more lines than its encoding
BASE64 = """\
Subject: dynamo notes
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

RHluYW1vREIgaXRlbSBtYXggc2l6ZSBpcyA0MDAgS0Ig4oaSIHJlbWVtYmVyIGl0LgoKUzMgbWF4
IG9iamVjdCBzaXplIGlzIDUgVEIuCi0gU1FTIG1heCBtZXNzYWdlIDI1NiBLQgotIExhbWJkYSBt
YXggdGltZW91dCAxNSBtaW4K
--b1
Content-Type: text/plain; name="old.txt"
Content-Disposition: attachment; filename="old.txt"

SQS max message size 64 KB
--b1--
"""


def test_a_forwarded_header_and_a_wrapped_attribution_are_no_note():
    lines = FORWARD.split("\n")
    out = email_to_markdown(lines)
    assert len(out) == len(lines)
    assert not any("Sam" in line or "2026" in line or "wrote" in line for line in out)
    assert "Kinesis Data Streams default retention is 24 hours." in out
    assert "> Lambda max timeout is 15 minutes." in out


def test_an_outlook_original_message_and_an_mbox_separator_are_no_note():
    out = email_to_markdown(OUTLOOK.split("\n"))
    assert not any("Sam" in line or "2026" in line or "me@" in line for line in out)
    assert "CloudFront default TTL is 24 hours." in out
    out = email_to_markdown(MBOX.split("\n"))
    assert out == ["", "", "", "ec2 notes", "", "EC2 instance store is ephemeral storage.", ""]


def test_a_base64_body_is_read_and_a_text_attachment_is_not(tmp_path):
    lines = BASE64.split("\n")
    out = email_to_markdown(lines)
    at = lines.index("Content-Transfer-Encoding: base64") + 2
    assert out[at] == "DynamoDB item max size is 400 KB → remember it."
    assert "- Lambda max timeout 15 min" in out  # after the encoded lines, numbered on
    assert not any("64 KB" in line for line in out)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "dynamo.eml").write_text(BASE64)
    runner = CliRunner()
    db = str(tmp_path / "e.db")
    done = runner.invoke(app, ["ingest", str(notes), "--db", db])
    assert done.exit_code == 0 and "no facts found" not in done.output
    facts = json.loads(runner.invoke(app, ["facts", "--json", "--db", db]).output)
    values = {f["value"] for f in facts}
    assert {"400 KB", "5 TB", "15 min"} <= values and "64 KB" not in values
