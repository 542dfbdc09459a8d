"""Session 42 (recall42, issue 10): facts of unseen notes lost before lookup could find them.

- a LaTeX note's own macros (`\\newcommand{\\sqs}{\\textsc{SQS}}`) are expanded where used, so
  `\\section{\\sqs}` is a heading naming SQS (formats/latex_macros.py);
- a retrieval time whose line names no tier answers no expedited retrieval asked
  (lookup/attribute_qualifier.unnamed_for_expedited);
- an execution's duration answers no retention of its history (lookup/retention_asked);
- a footnote cited by a superscript ("short¹" ... "1. default timeout 3 seconds") is read
  under the line citing it (extract/footnote_marks.py);
- a notebook's error output is what AWS answered the cell (formats/notebook_errors.py);
- a LaTeX bound's unit in `\\text{}` is a lower bound, not a default (formats/latex.py);
- an Italian note's counted nouns ("oggetto", "parti", "istanze") are read (languages.py;
  not a Hinglish "bina": "300 msg/s bina batching, 3,000 msg/s batching ke saath" read as
  "without batching" stopped answering "fifo throughput with batching").
"""

from __future__ import annotations

import pytest

from studycli.formats import as_markdown
from studycli.lookup import lookup
from tests.helpers import notes_conn

MACROS = r"""\documentclass{article}
\newcommand{\sqs}{\textsc{SQS}}
\newcommand\ddb{\textbf{DynamoDB}}
\def\kds{Kinesis Data Streams}
\newcommand{\svc}[1]{\texttt{#1}}
\newcommand{\lam}{$\lambda$}
\begin{document}
\section{\sqs}
\begin{itemize}
  \item visibility timeout default 30 s, max 12 h
\end{itemize}
\section{\ddb}
\begin{itemize}
  \item item size max 400 KB
  \item \ddb\ query returns max 1 MB per call
\end{itemize}
\section{\svc{Lambda} (\lam)}
\begin{itemize}
  \item timeout max 15 min
\end{itemize}
\begin{verbatim}
\sqs stays as written here
\end{verbatim}
\end{document}
"""


def test_a_latex_note_s_own_macros_say_the_services_they_stand_for(tmp_path):
    lines = as_markdown(MACROS, ".tex").split("\n")
    assert "## SQS" in lines and "## **DynamoDB**" in lines
    assert "## `Lambda` (λ)" in lines
    assert "- **DynamoDB** query returns max 1 MB per call" in lines
    assert "\\sqs stays as written here" in lines  # verbatim is the student's text
    conn = notes_conn(tmp_path, MACROS, name="notes.tex")
    rows = {(s, v) for s, v in conn.execute(
        "SELECT service, value FROM facts WHERE kind != 'fact'")}
    assert ("SQS", "12 h") in rows and ("DynamoDB", "400 KB") in rows
    assert ("DynamoDB", "1 MB") in rows and ("Lambda", "15 min") in rows


def test_a_macro_with_no_definition_on_its_line_is_left_alone():
    text = "\\newcommand{\\long}{SQS\n spread}\n\\section{\\long}\n"
    assert as_markdown(text, ".tex").split("\n")[2].strip() == "##"  # no "SQS" made up


TIERS = """# S3
- Deep Archive: min storage 180 days, retrieval 12-48 h
- Glacier Flexible: expedited 1–5 min, standard 3–5 h, bulk 5–12 h
"""


def test_a_retrieval_time_naming_no_tier_answers_no_expedited_retrieval(tmp_path):
    conn = notes_conn(tmp_path, TIERS, name="s3.md")
    assert not lookup(conn, "deep archive expedited retrieval time", limit=3).to_json()
    hits = lookup(conn, "deep archive retrieval time", limit=3).to_json()
    assert hits and "12" in hits[0]["value"]
    hits = lookup(conn, "glacier flexible expedited retrieval time", limit=3).to_json()
    assert hits and hits[0]["value"].startswith("1")


SFN = """# Step Functions
## Execution duration
- Standard: max 1 year, exactly-once
- Express: max 5 min, at-least-once
"""


def test_an_execution_duration_is_no_history_retention(tmp_path):
    conn = notes_conn(tmp_path, SFN, name="sfn.md")
    assert not lookup(conn, "express workflow execution history retention", limit=3).to_json()
    hits = lookup(conn, "express workflow max duration", limit=3).to_json()
    assert hits and hits[0]["value"] == "5 min"


FOOTNOTED = """# Serverless

## Lambda config

- timeout default is short¹, max is 15 min²
- /tmp ephemeral storage³
- deployment pkg limits⁴

## Step Functions

- Standard: max 1 year

Notes
1. default timeout 3 seconds
2. max timeout 900 seconds (15 min)
3. /tmp is 512 MB, fixed
4. 50 MB zipped (direct upload), 250 MB unzipped
"""


def test_a_superscript_footnote_is_read_under_the_line_citing_it(tmp_path):
    conn = notes_conn(tmp_path, FOOTNOTED, name="serverless.md")
    rows = {(s, v) for s, v in conn.execute(
        "SELECT service, value FROM facts WHERE kind != 'fact' AND line > 13")}
    # read where they stand, they were Step Functions' (the section above them)
    assert {("Lambda", "3 s"), ("Lambda", "512 MB"), ("Lambda", "50 MB")} <= rows
    hits = lookup(conn, "lambda /tmp size", limit=3).to_json()
    assert hits and hits[0]["value"] == "512 MB"


def test_a_numbered_list_before_the_last_citation_is_no_footnote(tmp_path):
    text = ("# Lambda\n\n1. timeout 15 min\n\n# Step Functions\n\n"
            "- Standard: max 1 year¹\n\n¹ history kept 90 days\n")
    conn = notes_conn(tmp_path, text, name="n.md")
    rows = {(s, v) for s, v in conn.execute(
        "SELECT service, value FROM facts WHERE kind != 'fact'")}
    assert ("Lambda", "15 min") in rows and ("Step Functions", "90 days") in rows


def test_a_notebook_s_error_output_is_read_as_what_aws_answered(tmp_path):
    import json

    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["## SQS\n", "- delete after use"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"ename": "ClientError", "output_type": "error", "traceback": ["x"],
                      "evalue": "An error occurred (ReceiptHandleIsInvalid) when calling the "
                                "DeleteMessage operation: The input receipt handle is invalid."},
                     {"output_type": "stream", "name": "stdout", "text": ["got 77 msgs\n"]}],
         "source": ["sqs.delete_message(QueueUrl=q, ReceiptHandle=old)"]},
    ]
    text = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5},
                      indent=1)
    converted = as_markdown(text, ".ipynb").split("\n")
    assert ("- DeleteMessage error ReceiptHandleIsInvalid: The input receipt handle is invalid."
            in converted)
    assert not any("77" in line or "Traceback" in line for line in converted)  # other outputs
    conn = notes_conn(tmp_path, text, name="sqs.ipynb")
    hits = lookup(conn, "sqs delete message error old receipt handle", limit=3).to_json()
    assert hits and "ReceiptHandleIsInvalid" in hits[0]["snippet"]


def test_a_latex_bound_s_unit_in_text_is_a_lower_bound_not_a_default(tmp_path):
    text = ("\\section{SQS}\n\\begin{itemize}\n"
            "  \\item retention: $1 \\text{ min} \\leq t \\leq 14$ d, default 4 days\n"
            "\\end{itemize}\n")
    assert as_markdown(text, ".tex").split("\n")[2] == (
        "- retention: 1 min <= t <= 14 d, default 4 days")
    conn = notes_conn(tmp_path, text, name="sqs.tex")
    defaults = {v for (v,) in conn.execute("SELECT value FROM facts WHERE qualifier = 'default'")}
    assert defaults == {"4 days"}  # "1 min" was a default too: a confident wrong answer


ITALIAN = """# S3
Il servizio che uso anche quando studio: questo è il riassunto della parte S3, ogni limite.
- dimensione max oggetto: 5 TB
- multipart: max 10000 parti, parte min 5 MB
- Multi-Attach solo io1/io2, max 16 istanze Nitro nella stessa AZ
"""


def test_an_italian_note_s_counted_nouns_are_read(tmp_path):
    conn = notes_conn(tmp_path, ITALIAN, name="s3.md")
    hits = lookup(conn, "s3 max object size", limit=3).to_json()
    assert hits and hits[0]["value"] == "5 TB"
    hits = lookup(conn, "multipart upload max parts", limit=3).to_json()
    assert hits and "10000" in hits[0]["value"].replace(",", "")


FOOT_THEN_LIST = """## Lambda
- /tmp is bigger now¹
- concurrency per region²

1. ephemeral storage up to 10 GB
2. 1,000 concurrent executions default

## Kinesis Data Streams
Steps I memorised:
1. retention default 24 hours
2. max retention 365 days
"""

FOOT_SECTIONS = """## Lambda
- timeout default is short¹

¹ default timeout 3 seconds

## SQS
- retention default is longer than you think¹

¹ default retention 4 days, max 14 days
"""


def test_a_numbered_list_under_a_later_service_s_heading_is_no_footnote(tmp_path):
    # review of recall42: every "1." after the last citation was a footnote, so Kinesis's
    # retention was Lambda's and "lambda max retention" answered 365 days
    conn = notes_conn(tmp_path, FOOT_THEN_LIST, name="foot_then_list.md")
    rows = {(s, v) for s, v in conn.execute(
        "SELECT service, value FROM facts WHERE kind != 'fact'")}
    assert ("Kinesis Data Streams", "24 h") in rows or ("Kinesis Data Streams", "24 hours") \
        in rows
    assert not any(s == "Lambda" and v.startswith(("24", "365")) for s, v in rows)
    assert ("Lambda", "10 GB") in rows  # the footnotes under Lambda stay Lambda's
    hits = lookup(conn, "kinesis default retention", limit=3).to_json()
    assert hits and hits[0]["value"].startswith("24") and "Kinesis" in hits[0]["service"]
    hits = lookup(conn, "lambda max retention", limit=3).to_json()
    assert not any(h["value"].startswith("365") for h in hits)


def test_footnotes_numbered_afresh_in_each_section_are_that_section_s(tmp_path):
    conn = notes_conn(tmp_path, FOOT_SECTIONS, name="foot_sections.md")
    rows = {(s, v) for s, v in conn.execute(
        "SELECT service, value FROM facts WHERE kind != 'fact'")}
    assert ("SQS", "4 days") in rows and ("Lambda", "3 s") in rows
    assert not any(s == "Lambda" and v == "4 days" for s, v in rows)
    hits = lookup(conn, "sqs default retention", limit=3).to_json()
    assert hits and hits[0]["value"] == "4 days" and hits[0]["service"] == "SQS"


def test_a_footnote_after_a_rule_under_a_later_section_is_still_read(tmp_path):
    text = FOOTNOTED.replace("\nNotes\n", "\n---\n")
    conn = notes_conn(tmp_path, text, name="serverless.md")
    rows = {(s, v) for s, v in conn.execute(
        "SELECT service, value FROM facts WHERE kind != 'fact' AND line > 13")}
    assert {("Lambda", "3 s"), ("Lambda", "512 MB")} <= rows


def test_a_python_error_in_a_notebook_is_no_aws_error(tmp_path):
    import json

    outputs = [{"ename": e, "output_type": "error", "traceback": ["x"], "evalue": v}
               for e, v in [("NameError", "name 'lam' is not defined"),
                            ("KeyError", "'Payload'"),
                            ("ParamValidationError", "Parameter validation failed")]]
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["## Lambda experiments\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": outputs,
         "source": ["lam.invoke(FunctionName='f')"]},
    ]
    text = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5},
                      indent=1)
    converted = as_markdown(text, ".ipynb")
    assert "NameError" not in converted and "KeyError" not in converted
    assert "Payload" not in converted and "validation" not in converted


def test_a_def_macro_names_its_service(tmp_path):
    lines = as_markdown(MACROS, ".tex").split("\n")
    assert "Data Streams" not in lines  # the \def line is blanked, not a stray note line
    text = MACROS.replace("\\section{\\svc{Lambda}",
                          "\\section{\\kds}\n\\begin{itemize}\n"
                          "  \\item retention default 24 h, max 365 days\n"
                          "\\end{itemize}\n\\section{\\svc{Lambda}")
    assert "## Kinesis Data Streams" in as_markdown(text, ".tex").split("\n")
    conn = notes_conn(tmp_path, text, name="aws.tex")
    rows = {(s, v) for s, v in conn.execute(
        "SELECT service, value FROM facts WHERE kind != 'fact'")}
    assert ("Kinesis Data Streams", "365 days") in rows


def test_a_russian_per_function_is_read():
    # "на" is "per" only before a glossary word: "функцию" (accusative) was none, so
    # "4 КБ на функцию" kept its Russian and its per
    from studycli.notes.gloss import gloss

    text = ("# SQS и Lambda — конспект\n\n"
            "- Это очередь, и сообщения не удаляются сами: только после обработки, если всё ок.\n"
            "- Lambda: переменные окружения 4 КБ на функцию.\n")
    assert "4 KB per function" in gloss(text)


# fix review of recall42: a numbered list under a later section in a heading style other than
# "#" ("== X", "X:", a "Notes:" label) was still read as the earlier section's footnotes
@pytest.mark.parametrize("text", [
    "== LAMBDA\n- timeout default is short¹\n\n== KINESIS DATA STREAMS\n"
    "1. retention default 24 hours\n2. max retention 365 days\n\n¹ default timeout 3 seconds\n",
    "Lambda:\n- timeout default is short¹\n\nKinesis Data Streams:\n"
    "1. retention default 24 hours\n2. max retention 365 days\n\n¹ default timeout 3 seconds\n",
    "## Lambda\n- timeout default is short¹\n\n## Kinesis Data Streams\nNotes:\n"
    "1. retention default 24 hours\n2. max retention 365 days\n\n## Footnotes\n"
    "¹ default timeout 3 seconds\n",
])
def test_a_later_section_s_numbered_list_in_any_heading_style_is_no_footnote(tmp_path, text):
    conn = notes_conn(tmp_path, text, name="week4.md")
    rows = {(s, v) for s, v in conn.execute(
        "SELECT service, value FROM facts WHERE kind != 'fact'")}
    assert not any(s == "Lambda" and v.startswith(("24", "365")) for s, v in rows)
    hits = lookup(conn, "kinesis default retention", limit=1).to_json()
    assert hits and hits[0]["value"].startswith("24") and "Kinesis" in hits[0]["service"]
    # the real footnote, no longer used up by the list's "1.", is still Lambda's
    hits = lookup(conn, "lambda default timeout", limit=1).to_json()
    assert hits and hits[0]["value"] == "3 s" and hits[0]["service"] == "Lambda"


def test_an_xspace_macro_keeps_its_service_apart_from_the_next_word(tmp_path):
    # final behaviour test of session 42: "\newcommand*{\sqs}{Amazon SQS\xspace}" made
    # "Amazon SQSretention 4 days default", filed under no service
    text = ("\\documentclass{article}\n\\usepackage{xspace}\n"
            "\\newcommand*{\\sqs}{Amazon SQS\\xspace}\n\\begin{document}\n\\section{Queues}\n"
            "\\begin{itemize}\n\\item \\sqs retention 4 days default\n"
            "\\item \\sqs{}visibility timeout default 30 s\n\\end{itemize}\n\\end{document}\n")
    conn = notes_conn(tmp_path, text, name="cram.tex")
    hits = lookup(conn, "sqs retention default", limit=1).to_json()
    assert hits and hits[0]["value"] == "4 days" and hits[0]["service"] == "SQS"
    hits = lookup(conn, "sqs visibility timeout default", limit=1).to_json()
    assert hits and hits[0]["value"] == "30 s" and hits[0]["service"] == "SQS"


def test_an_exponent_is_no_footnote_citation(tmp_path):
    # final reader of session 42: "2¹⁰" cited footnote 10, so Kinesis's numbered "10." item
    # after a rule was read under DynamoDB's line
    text = ("# DynamoDB\n\n- partition key space 2¹⁰ partitions\n\n# Kinesis Data Streams\n\n"
            "---\n\n10. max retention 365 days\n")
    conn = notes_conn(tmp_path, text, name="n.md")
    rows = {(s, v) for s, v in conn.execute(
        "SELECT service, value FROM facts WHERE kind != 'fact'")}
    assert ("DynamoDB", "365 days") not in rows
    assert ("Kinesis Data Streams", "365 days") in rows


def test_an_expedited_time_under_its_tier_s_heading_still_answers(tmp_path):
    # final reader of session 42: "## Expedited" / "- retrieval time 1-5 minutes" lost its
    # first place to the line's statement ("Other matches" held the 1-5 min)
    text = ("# Glacier Flexible Retrieval\n\n## Expedited\n\n- retrieval time 1-5 minutes\n\n"
            "## Standard\n\n- retrieval time 3-5 hours\n")
    conn = notes_conn(tmp_path, text, name="g.md")
    hits = lookup(conn, "glacier expedited retrieval time", limit=1).to_json()
    assert hits and hits[0]["value"] == "1–5 min"
