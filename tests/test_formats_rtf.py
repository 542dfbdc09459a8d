"""Rich Text Format notes (TextEdit's and WordPad's default) are read for the text they hold,
each fact cited at the line of the file it is on, not as control words or not at all."""

from __future__ import annotations

import json

from studycli.formats import as_markdown
from studycli.formats.rtf import rtf_to_markdown
from tests.helpers import run_here

TEXTEDIT = r"""{\rtf1\ansi\ansicpg1252\cocoartf2761
\cocoatextscaling0\cocoaplatform0
{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fswiss\fcharset0 Helvetica-Bold;}
{\colortbl;\red255\green255\blue255;}
{\*\expandedcolortbl;;}
{\*\listtable{\list\listtemplateid1
{\listlevel\levelnfc23{\leveltext\'01\uc0\u8226 ;}{\levelnumbers;}}}}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx566\pardirnatural\partightenfactor0

\f1\b\fs28 \cf0 AWS Lambda
\f0\b0\fs24 \
Lambda timeout max 15 min (900 sec), default 3 s\
{\listtext	\uc0\u8226 	}Memory 128 MB \'96 10,240 MB\
SQS visibility timeout default 30 s \{not 60\}\
}
"""

WORDPAD = r"""{\rtf1\ansi\deff0{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\f0\fs22\lang9 DynamoDB max item size 400 KB\par
Caf\'e9 \u8212? table:\par
\trowd\cellx2000\cellx4000 Kinesis retention\cell 24 hours\cell\row
}
"""


def test_textedit_rtf_is_read_line_for_line_without_its_markup():
    lines = TEXTEDIT.splitlines()
    out = rtf_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[:10] == [""] * 10  # the header: fonts, colours, list table, page
    assert out[10] == "## AWS Lambda"  # a short line all in bold is TextEdit's heading
    assert out[12] == "Lambda timeout max 15 min (900 sec), default 3 s"
    assert out[13] == "• Memory 128 MB – 10,240 MB"  # list marker and \'96 (cp1252 en dash)
    assert out[14] == "SQS visibility timeout default 30 s {not 60}"


def test_wordpad_rtf_pars_unicode_and_table_cells():
    out = rtf_to_markdown(WORDPAD.splitlines())
    assert out[0] == ""
    assert out[2] == "DynamoDB max item size 400 KB"
    assert out[3] == "Café — table:"  # \uN with its one fallback character dropped
    assert out[4] == "| Kinesis retention | 24 hours |"


def test_an_rtf_note_is_ingested_and_its_facts_cite_the_file_line(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "clf.rtf").write_text(TEXTEDIT, encoding="ascii")
    db = tmp_path / "s.db"
    done = run_here("ingest", str(notes), "--json", db=db)
    assert done.returncode == 0, done.stderr
    assert "not read" not in done.stderr  # no longer named as a document studycli can't read
    hits = json.loads(run_here("lookup", "lambda default timeout", "--json", db=db).stdout)
    assert hits and "3 s" in hits[0]["value"] and hits[0]["line"] == 13
    assert hits[0]["source"].endswith("clf.rtf")
    assert "\\f0" not in hits[0]["snippet"] and "\\" not in hits[0]["snippet"]


def test_text_with_no_rtf_markup_is_left_as_written():
    # a plain-text note misnamed .rtf: nothing to strip, read as it is
    text = "Lambda timeout max 15 min\nSQS retention 4 days"
    assert as_markdown(text, ".rtf") == text


# A table as TextEdit writes it: each cell on a line of its own, the row ended by \row
TEXTEDIT_TABLE = r"""{\rtf1\ansi\ansicpg1252\cocoartf2761
{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fswiss\fcharset0 Helvetica-Bold;}
\pard\f0\fs24 \cf0 SQS limits\
\itap1\trowd \taflags1 \trgaph108\trleft-108 \clvertalc \cellx4320 \clvertalc \cellx8640
\pard\intbl\itap1\pardeftab720\partightenfactor0

\f1\b \cf0 Setting\cell
\pard\intbl\itap1\pardeftab720\partightenfactor0
\cf0 Value\cell \row

\itap1\trowd \taflags1 \trgaph108\trleft-108 \clvertalc \cellx4320 \clvertalc \cellx8640
\pard\intbl\itap1\pardeftab720\partightenfactor0

\f0\b0 \cf0 SQS message retention max\cell
\pard\intbl\itap1\pardeftab720\partightenfactor0
\cf0 14 days\cell \lastrow\row
\pard\pardeftab720\partightenfactor0
\cf0 \
\f1\b SQS visibility timeout max 12 hours\
\f0\b0 Kinesis record max 1 MB\
}
"""


def test_a_textedit_table_is_one_row_per_row_on_the_line_that_ends_it():
    # rows parted by the blank lines of their cells' markup are no markdown table: an HTML
    # table, which the parser reads whatever lies between its rows (formats/rows.py)
    lines = TEXTEDIT_TABLE.splitlines()
    out = rtf_to_markdown(lines)
    assert len(out) == len(lines)
    rows = [(k, text) for k, text in enumerate(out) if "<tr>" in text]
    assert rows == [(8, "<table><tr><th>Setting</th><th>Value</th></tr>"),
                    (15, "<tr><td>SQS message retention max</td><td>14 days</td></tr></table>")]
    assert not any(text.startswith("#") for text in out)  # a bold header cell is no heading


def test_an_rtf_table_row_is_read_as_a_fact_of_its_row(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.rtf").write_text(TEXTEDIT_TABLE, encoding="ascii")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), "--json", db=db).returncode == 0
    hits = json.loads(run_here("lookup", "sqs message retention max", "--json", db=db).stdout)
    assert hits and "14 days" in hits[0]["value"] and hits[0]["line"] == 16


def test_a_bold_line_naming_a_service_with_a_digit_is_a_heading():
    text = "{\\rtf1\\ansi\n\\b EC2 pricing models\\b0\\par\nSpot up to 90% off\\par\n}"
    out = rtf_to_markdown(text.splitlines())
    assert out[1] == "## EC2 pricing models"  # "EC2" states no number


def test_a_bold_fact_is_emphasis_not_a_heading_over_the_lines_after_it():
    out = rtf_to_markdown(TEXTEDIT_TABLE.splitlines())
    assert out[18] == "**SQS visibility timeout max 12 hours**"
    assert out[19] == "Kinesis record max 1 MB"


def test_a_table_of_words_has_no_header_row_and_keeps_its_first_row(tmp_path):
    rows = [("Basic", "no technical support cases"),
            ("Developer", "business-hours email access to Cloud Support Associates"),
            ("Business", "phone, email and chat access to Cloud Support Engineers")]
    text = "{\\rtf1\\ansi\nSupport plans\\par\n" + "".join(
        f"\\trowd\\cellx2000\\cellx4000\n{a}\\cell\n{b}\\cell\\row\n\n" for a, b in rows) + "}"
    out = rtf_to_markdown(text.splitlines())
    assert "<th>" not in "\n".join(out)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "support.rtf").write_text(text, encoding="ascii")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), "--json", db=db).returncode == 0
    hits = json.loads(run_here("lookup", "basic technical support", "--json",
                               db=db).stdout)
    assert hits and "no technical support" in hits[0]["value"] and hits[0]["line"] == 5
