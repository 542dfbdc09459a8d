"""Review of box40 (session 40): drawn text is read as what it draws only where that reading is
whole. A labelled arrow whose target runs on ("--> Lambda (15 min max)") is left as written, so
the label's figure is not filed under the target's words; a fence of boxes drawn side by side
(no reader rewrites them) stays code; an aligned "key:   value" line keeps its one colon; a
backticked CLI flag ("`--page-size`") is no tree branch (studycli/formats/arrows.py,
drawings.py, aligned.py, trees.py)."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.formats import as_markdown


def _facts(text: str, name: str) -> list[tuple[str, str, str, str]]:
    note = parse_note(as_markdown(text, "." + name.rsplit(".", 1)[1]), name, 1)
    return [(f.service, f.attribute, f.qualifier, f.value) for f in note.facts if f.kind != "fact"]


FLOW = """\
# Request path

API Gateway --(29 s integration timeout)--> Lambda (15 min max)

- SQS --(poll)--> Lambda: batch size up to 10,000
- Kinesis --(shard iterator)--> Lambda, 1 invocation per shard

Client --(sync, 29s max)--> API Gateway --(proxy)--> Lambda
"""


def test_an_arrow_whose_target_runs_on_is_left_as_written_one_that_ends_is_a_statement():
    out = as_markdown(FLOW, ".md").split("\n")
    assert out[2] == "API Gateway --(29 s integration timeout)--> Lambda (15 min max)"
    assert out[4] == "- SQS --(poll)--> Lambda: batch size up to 10,000"
    assert out[5] == "- Kinesis --(shard iterator)--> Lambda, 1 invocation per shard"
    assert out[7] == "- Client -> API Gateway: sync, 29s max; API Gateway -> Lambda: proxy"
    facts = _facts(FLOW, "flow.md")
    # the 10,000 is the SQS batch's limit, as main read it; no "integration timeout" of 15 min
    assert any(v.startswith("10,000") and a == "batch size" for _, a, _, v in facts)
    assert not any("29 s" in v or "29s" in v for s, a, _, v in facts if s == "Lambda")


SIDE_BY_SIDE = """\
# Serverless API

```
┌─────────────┐      ┌────────────────┐      ┌───────────────┐
│ API Gateway │─────▶│ Lambda         │─────▶│ DynamoDB      │
│ 29 s max    │      │ 15 min max     │      │ 400 KB item   │
└─────────────┘      └────────────────┘      └───────────────┘
```
"""


def test_a_fence_of_boxes_side_by_side_stays_code():
    out = as_markdown(SIDE_BY_SIDE, ".md").split("\n")
    assert out[2] == "```" and out[7] == "```"
    assert not any(v.startswith("400 KB") for s, _, _, v in _facts(SIDE_BY_SIDE, "arch.md")
                   if s == "API Gateway")


ALIGNED = """\
SQS cheat sheet

Max message size:     256 KB
Retention default:    4 days
Long polling max:     20 seconds
"""


def test_an_aligned_key_colon_value_line_keeps_its_one_colon():
    out = as_markdown(ALIGNED, ".txt").split("\n")
    assert out[3] == "Retention default: 4 days"
    assert out[4] == "Long polling max: 20 seconds"
    assert ("SQS", "retention period", "default", "4 days") in [
        (s, a, q, v) for s, a, q, v in _facts(ALIGNED, "sqs.txt")]


CLI = """\
# S3 CLI

`--page-size` defaults to 1000 keys per call
`--max-items` caps the total keys returned

S3 storage classes
|-- Standard: no minimum
`-- Standard-IA: 30 days minimum
"""


def test_a_backticked_flag_is_no_tree_branch():
    out = as_markdown(CLI, ".md").split("\n")
    assert out[2] == "`--page-size` defaults to 1000 keys per call"
    assert out[3] == "`--max-items` caps the total keys returned"
    assert "`--" not in out[7] and "Standard-IA: 30 days minimum" in out[7]  # a tree's still


SERVICE_ROWS = """\
Streaming and queues

Service    Max message    Max retention    Default retention
SQS        256 KB         14 days          4 days
Kinesis    1 MB           365 days         24 hours
"""


def test_services_as_rows_under_a_header_that_names_attributes_are_a_table():
    assert as_markdown(SERVICE_ROWS, ".txt").split("\n")[2].startswith(
        "<table><tr><th>Service</th><th>Max message</th>")
    facts = set(_facts(SERVICE_ROWS, "svc.txt"))
    assert ("SQS", "retention period", "default", "4 days") in facts
    assert ("SQS", "retention period", "max", "14 days") in facts
    assert ("Kinesis Data Streams", "retention period", "default", "24 h") in facts


# rows that name their attribute in words under a header of column names: each row is the
# sentence it reads as (a table read of them filed "SNS / size" for "max message size", and
# `compare sqs sns` lost its message-size row: a fix review of box40)
WORDED_ROWS = """\
Exam numbers

SERVICE    FEATURE                    LIMIT
Kinesis    shard write throughput     1 MB/s
SNS        max message size           256 KB
S3         max object size            5 TB
"""
TIMEOUT_ROWS = """\
Timeouts

Service        Timeout type              Max
API Gateway    integration timeout       29 s
Lambda         function timeout          15 min
SQS            visibility timeout        12 hours
"""


def test_services_as_rows_that_name_their_attribute_stay_sentences():
    for text in (WORDED_ROWS, TIMEOUT_ROWS):
        assert "<table>" not in as_markdown(text, ".txt")
    facts = set(_facts(WORDED_ROWS, "b.txt"))
    assert ("SNS", "message size", "max", "256 KB") in facts
    facts = set(_facts(TIMEOUT_ROWS, "c.txt"))
    assert ("SQS", "visibility timeout", "", "12 h") in facts  # not "SQS / duration (max)"
