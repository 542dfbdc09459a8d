"""Mathematical notation (issue 10): an interval's ends are a minimum and a maximum, a set's
size between bars is a count, "=<" and LaTeX's sign commands are the signs they print, a
setting written as a function of its thing is that thing's setting, a subscript names the
setting, and a "notation:" line defines its symbols as a legend does
(studycli/notes/math_notation.py, notes/legend.py, formats/latex.py)."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.notes.math_notation import read_math_notation
from tests.helpers import first_value, notes_fixture


def _facts(text: str, name: str = "n.md") -> set[tuple[str, str, str, str]]:
    note = parse_note(as_markdown(text, "." + name.rsplit(".", 1)[1]), name, 1)
    return {(f.service, f.attribute, f.qualifier, f.value) for f in note.facts
            if f.kind != "fact"}


@pytest.mark.parametrize(("written", "read"), [
    ("visibility ∈ [0 s, 12 h]", "visibility min 0 s, max 12 h"),
    # a unit after the bracket is both ends'; one written on one end only is the bare one's
    ("WaitTimeSeconds ∈ [1, 20] s, 0 = short", "WaitTimeSeconds min 1 s, max 20 s, 0 = short"),
    ("delay ∈ [0, 15 min], default 0", "delay min 0 min, max 15 min, default 0"),
    # an open end is still the bound; French brackets too; an ellipsis parts the ends
    ("size ∈ (0, 256 KB]", "size min 0 KB, max 256 KB"),
    ("age ∈ ]0, 15[ min", "age min 0 min, max 15 min"),
    ("rotation ∈ [1 h ... 1000 d]", "rotation min 1 h, max 1000 d"),
    ("n ∈ [1,1,000]", "n min 1, max 1,000"),
    ("|read replicas| ≤ 5 per source DB", "max 5 read replicas per source DB"),
    ("|Aurora replicas| >= 1", "min 1 Aurora replicas"),
    ("layers: |layers(f)| ≤ 5", "layers: max 5 layers"),
    ("x =< 5 MB", "x ≤ 5 MB"),
    ("size \\le 256 KB", "size ≤ 256 KB"),
    ("size $\\leq$ 256 \\text{KB}", "size ≤ 256 KB"),
    ("timeout \\in [1, 900] \\mathrm{s}", "timeout min 1 s, max 900 s"),
    ("default(retention) = 4 d", "retention default = 4 d"),
    ("max_size(SQS) = 256 KiB", "SQS max size = 256 KiB"),
    ("max(visibility_timeout) = 12h", "visibility timeout max = 12h"),
    ("min_storage_duration(Standard-IA) = 30 days", "Standard-IA min storage duration = 30 days"),
    ("size(o) ∈ [0 B, 5 TB]", "size min 0 B, max 5 TB"),
    ("t_{vis} = 30 s", "t vis = 30 s"),
    # a chain with "<", or written downwards, is the chain notes/symbols.py reads
    ("retention: 60 s < t ≤ 14 d", "retention: 60 s ≤ t ≤ 14 d"),
    ("retention: 14 d ≥ t ≥ 60 s", "retention: 60 s ≤ t ≤ 14 d"),
    # an extremum of figures is a value worked out, no bound
    ("retention = max{60 s, 4 d}", "retention = the larger of (60 s, 4 d)"),
    ("effective min(10, 6) = 6 MB", "effective the smaller of (10, 6) = 6 MB"),
    # a consequence of a figure is a clause of its own
    ("history ≤ 25,000 events => use child executions",
     "history ≤ 25,000 events; => use child executions"),
    # a variable a definition block names is that thing where the function opens the line
    ("Def 4.1 (object). o = (key, value)\n- size(o) ∈ [0 B, 5 TB]\n- single PUT ⇒ size(o) ≤ 5 GB",
     "Def 4.1 (object). o = (key, value)\n- object size min 0 B, max 5 TB\n"
     "- single PUT ⇒ size ≤ 5 GB"),
    ("C_acct = 1000 per region", "C acct = 1000 per region"),
])
def test_notation_is_read_as_words(written, read):
    assert read_math_notation(written) == read


@pytest.mark.parametrize("kept", [
    "| gp3 | 1 GiB – 16 TiB | 16,000 |",  # a table's cells, no set's size
    "ids [1, 2] and [3, 4]",  # no "∈": a list, a citation
    "cron or rate(), rate(5 minutes)", "GetRandomPassword()",
    "AWS_XRAY_DAEMON_ADDRESS", "payload_req ≤ 6 MB", "a <=< b", "a <-> b < c",
    "if size > 100 MB then > 5 GB",
    # review of the dev sets: a unit before a bracket, identifiers, handles, a quiz's answer
    # key, a compact table's cells
    "every 5 min (detailed = 1 min, $)", "256 KB max (bigger = extended client lib)",
    "--on-failure DO_NOTHING", "QueueUrl=q_url", "@mk_learns: wait", 'ID="ID_root"',
    "response {=< 24 business hours ~< 1 hour}", "|Intelligent-Tiering|30 days|ms|>=3|",
    # a case named before "⇒" (no figure) and a remark in brackets keep their consequence
    "role chaining ⇒ max 1 h", "default 2 retries (⇒ 3 attempts total)",
    "IPv6 outbound-only ⇒ egress-only IGW", "const f = (x) => 2",
    # a consequence stating a figure, a status code's meaning
    "RI 1yr/3yr => up to 72% off. convertible RI => can change family",
    "413 RequestEntityTooLarge => payload > 6 MB", "(HTTP 400) ⇒ exponential backoff",
    "```\nsize(o) ∈ [0 B, 5 TB]\n```", "see `max_size(SQS)` in code",
    # a formula with commands not read here is left whole: half read it says other words
    "\\text{gp2 IOPS} = \\min(\\max(100,\\ 3 \\times \\text{GiB}),\\ 16000)",
    "path C:\\in\\file $5 fee",
    "Developer $29/mo or $100/mo",
])
def test_what_is_no_notation_stays_as_written(kept):
    assert read_math_notation(kept) == kept


def test_a_function_is_read_only_as_a_relations_side():
    assert read_math_notation("|instance(s)| ≤ 5") == "max 5 instance"
    for prose in ("writer(cluster) / reader", "print(url)", "def get_order(order_id):",
                  "expect(MAX_DAYS).toBe(60);", "retrieval(Glacier Flexible): expedited 1-5 min"):
        assert read_math_notation(prose) == prose


@pytest.mark.parametrize(("note", "fact"), [
    ("# SQS\n- visibility timeout ∈ [0 s, 12 h]\n",
     ("SQS", "visibility timeout", "max", "12 h")),
    ("# SQS\n- WaitTimeSeconds ∈ [1, 20] s\n", ("SQS", "long polling wait time", "max", "20 s")),
    ("# Lambda\n- layers: |layers(f)| ≤ 5\n", ("Lambda", "layers", "max", "5 layers")),
    ("# SQS\n- max(retention) = 14 days ; default(retention) = 4 days\n",
     ("SQS", "retention period", "default", "4 days")),
    # "notation:" defines its symbols, a function's as written
    ("# Lambda\nnotation: M(f) = memory, T(f) = timeout\n- M(f) ∈ [128 MB, 3008 MB]\n",
     ("Lambda", "memory", "max", "3008 MB")),
    ("# Lambda\nnotation: M(f) = memory, T(f) = timeout\n- default T(f) = 3 s\n",
     ("Lambda", "execution timeout", "default", "3 s")),
])
def test_notation_gives_the_fact(note, fact):
    assert fact in _facts(note)


@pytest.mark.parametrize(("note", "fact"), [
    # read as written, the chain's lower end was a default of 60 s
    ("# SQS\n- retention: 60 s < t ≤ 14 d\n", ("SQS", "retention period", "min", "60 s")),
    ("# SQS\n- retention: 14 d ≥ t ≥ 60 s\n", ("SQS", "retention period", "max", "14 days")),
    # the variable counts what the bare figures count
    ("# SQS\n- ReceiveMessage: 1 ≤ msgs ≤ 10\n", ("SQS", "batch size", "max", "10 messages")),
])
def test_a_chain_of_bounds_is_a_range(note, fact):
    facts = _facts(note)
    assert fact in facts
    assert not any(qualifier == "default" for _, _, qualifier, _ in facts)


def test_a_consequence_names_no_figure():
    facts = _facts("# Step Functions\n- execution history ≤ 25,000 events => use child "
                   "executions\n")
    assert not any("executions" in attribute for _, attribute, _, _ in facts)


def test_an_extremum_of_figures_is_no_bound():
    facts = _facts("# SQS\n- retention = max{60 s, 4 d}\n")
    assert not any(qualifier == "max" for _, _, qualifier, _ in facts)


@pytest.mark.parametrize(("written", "read"), [
    ("Def 3.1 (Visibility timeout). After", "Def 3.1 (Visibility timeout). After"),
    ("**Def 7.2.** sync", "**Def 7.2.** sync"),
    ("lambda timeout def 3.5 s", "lambda timeout default 3.5 s"),
    ("BackoffRate (def 2.0) · x", "BackoffRate (default 2.0) · x"),
])
def test_a_numbered_definition_block_is_no_default(written, read):
    from studycli.notes.text_speak import spell_out_shorthand

    assert spell_out_shorthand(written) == read


def test_without_the_notation_reader_no_maximum_was_read():
    # read as written, the interval was no fact, and "default(retention)" a default of the
    # word "retention"
    facts = _facts("# SQS\n- retention ∈ [60 s, 14 d], default(retention) = 4 d\n")
    assert ("SQS", "retention period", "max", "14 days") in facts
    assert not any(value == "retention" for *_, value in facts)


TEX = """\
\\section{SQS}
visibility $\\in$ [0 s, 12 h]
$\\forall$ queue q: default\\_visibility(q) = 30 s
"""


def test_a_latex_notes_set_membership_is_an_interval():
    facts = _facts(TEX, "n.tex")
    assert ("SQS", "visibility timeout", "max", "12 h") in facts


LAMBDA = """\
# Lambda & API Gateway

notation: f = a Lambda function, M(f) = memory, T(f) = timeout, C = concurrency.

## Lambda
- T(f) ∈ [1 s, 900 s]   i.e. hard cap, no way around it
- default T(f) = 3 s
- M(f) ∈ [128 MB, 3008 MB], step 64 MB
- layers: |layers(f)| ≤ 5
"""

lambda_notes = notes_fixture(LAMBDA)


@pytest.mark.parametrize(("query", "value"), [
    ("lambda timeout max", "900 s"),
    ("max memory lambda fn", "3008 MB"),
    ("how many layers per lambda", "5 layers"),
    ("lambda default timeout", "3 s"),
])
def test_lookup_answers_from_the_notation(lambda_notes, query, value):
    assert first_value(lambda_notes, query) == value


# review of math49: what the notation rules misread

@pytest.mark.parametrize("kept", [
    # bars round a thing with a unit after the figure: its size, no count of it
    "- |message| ≤ 256 KB", "- |partition key| ≤ 2048 bytes",
    # a chain after a word ranks named things: 3,000 is gp3's, no minimum of io1's
    "- gp3 3,000 IOPS < io1 < 64,000 IOPS",
    # max() of a count and a size is a list of limits, no value worked out
    "- batch: max(10 msgs, 256 KB) per SendMessageBatch",
    # "figure ⇒ what it is": the arrow's right side names the figure's measure
    "- 15 min => Lambda max timeout", "- 400 KB => DynamoDB max item size",
    "Lambda: 15 min ⇒ max timeout",
])
def test_review_no_notation_stays_as_written(kept):
    assert read_math_notation(kept) == kept


@pytest.mark.parametrize(("note", "wrong", "right"), [
    ("# DynamoDB\n- |item| ≤ 400 KB\n- |partition key| ≤ 2048 bytes\n",
     ("DynamoDB", "item", "max", "400 items"), ("DynamoDB", "item size", "max", "400 KB")),
    ("# SQS\n- |message| ≤ 256 KB\n",
     ("SQS", "message", "max", "256 messages"), ("SQS", "message size", "max", "256 KB")),
    ("## EBS\n- gp3 3,000 IOPS < io1 < 64,000 IOPS\n",
     ("EBS", "IOPS", "min", "3000 IOPS"), ("EBS", "IOPS", "", "3000 IOPS")),
    ("# SQS\n- batch: max(10 msgs, 256 KB) per SendMessageBatch\n",
     ("SQS", "batch size", "", "10 messages"), ("SQS", "batch size", "max", "10 messages")),
    ("# Numbers\n- 256 KB ⇒ SQS max message size\n",
     ("SQS", "size", "", "256 KB"), ("SQS", "message size", "", "256 KB")),
    ("# Numbers\n- 14 days ⇒ SQS max retention\n",
     ("SQS", "duration", "", "14 days"), ("SQS", "retention period", "", "14 days")),
])
def test_review_the_figure_keeps_its_measure(note, wrong, right):
    facts = _facts(note)
    assert wrong not in facts
    assert right in facts


@pytest.mark.parametrize(("written", "read"), [
    # a case before the arrow (a relation, or a figure with words and no bound after) still
    # parts its consequence: the dev sets' lines
    ("o  > 4 KB  => envelope encryption", "o  > 4 KB;  => envelope encryption"),
    ("backup retention: 0 ≤ r ≤ 35 d ; 0 ⇒ disables",
     "backup retention: 0 ≤ r ≤ 35 d ; 0; ⇒ disables"),
    ("- payload 10 MB => use S3 presigned URL", "- payload 10 MB; => use S3 presigned URL"),
    # a chain of "<=" alone is read as symbols.py reads it, after a word too
    ("assert 7 <= KMS_WAIT <= 30", "assert 7 ≤ KMS_WAIT ≤ 30"),
])
def test_review_a_case_still_parts_its_consequence(written, read):
    assert read_math_notation(written) == read
