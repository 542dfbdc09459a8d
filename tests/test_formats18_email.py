"""Notes mailed to oneself (.eml): the header is no note (its sender "Sam K" made a dozen
facts of AWS SAM), the subject and the body are."""

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.formats.email_notes import email_to_markdown

PLAIN = """\
From: Sam K <sam.k.studies@gmail.com>
Date: Tue, 14 May 2024 22:41:07 +0100
Subject: Re: Lambda
 limits
Content-Type: text/plain; charset="UTF-8"

On Sun, 12 May 2024 at 23:02, Sam K <sam.k.studies@gmail.com> wrote:
> - Lambda max timeout 15 min
corrections: Lambda memory max 10,240 MB
--
Sam, sent from my phone 99
"""

MULTIPART = """\
Subject: =?UTF-8?Q?SQS_notes?=
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

SQS retention max 14 days, visibility timeout max 12 h=
ours =E2=80=94 default 30 s
--b1
Content-Type: text/html; charset="UTF-8"

<p>SQS retention max 77 days</p>
--b1--
"""


def test_the_header_is_no_note_but_its_subject_line_for_line():
    lines = PLAIN.split("\n")
    out = email_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[:6] == ["", "", "Lambda limits", "", "", ""]
    assert out[6] == ""  # "On ..., Sam K wrote:"
    assert out[7:9] == ["> - Lambda max timeout 15 min",
                        "corrections: Lambda memory max 10,240 MB"]
    assert out[9:] == ["", "", ""]  # the signature


def test_a_multipart_message_gives_its_plain_text_decoded():
    lines = MULTIPART.split("\n")
    out = email_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[0] == "SQS notes"
    at = lines.index("ours =E2=80=94 default 30 s")
    assert out[at - 1] == ("SQS retention max 14 days, visibility timeout max 12 hours"
                           " — default 30 s")
    assert out[at] == ""  # joined onto the line its soft break continues
    assert "77" not in "".join(out)  # the HTML twin is not read twice


def test_an_email_in_a_folder_gives_no_facts_of_its_header(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "notes.eml").write_text(PLAIN)
    runner = CliRunner()
    db = str(tmp_path / "e.db")
    done = runner.invoke(app, ["ingest", str(notes), "--db", db])
    assert done.exit_code == 0 and "other types" not in done.output
    facts = json.loads(runner.invoke(app, ["facts", "--json", "--db", db]).output)
    assert {f["value"] for f in facts if f["kind"] != "fact"} >= {"15 min", "10,240 MB"}
    assert not any(f["service"] == "SAM" or "gmail" in f["value"] or "99" in f["value"]
                   for f in facts)
