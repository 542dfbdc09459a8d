"""Markdown notes saved as .txt are read exactly as markdown: an outline's stacked headings
and a code fence's `# comments` or JSX snippet are no evidence of another markup. BBCode's
bold lead-ins stay inline, an MDX component's nested items stay nested, and the sniffer and
the BBCode reader take linear time on hostile lines."""

from __future__ import annotations

import json
import time

import pytest

from studycli.fences import in_fence_mask
from studycli.formats import as_markdown
from studycli.formats.bbcode import bbcode_to_markdown
from studycli.formats.sniff import markup_of
from studycli.notes.normalize import split_lines
from tests.helpers import run_here

OUTLINE = """\
# AWS Storage
## S3
### Standard-IA
- minimum storage duration 30 days
# Databases
## DynamoDB
### Limits
- max item size 400 KB
## SQS
- message retention max 14 days
"""

FENCED = """\
# Lambda
timeout 15 minutes
```bash
# create the function
# then invoke it
# and read the logs
aws lambda invoke --function-name f out.json
```
# API Gateway
integration timeout 29 seconds
```bash
# create the api
# deploy a stage
# call it
curl https://example.execute-api.us-east-1.amazonaws.com/prod
```
"""

AMPLIFY = """\
# Amplify
```jsx
import { Authenticator } from '@aws-amplify/ui-react'
<Authenticator>
  <App />
</Authenticator>
```
# KMS
import key material: only symmetric keys, 256-bit
export of key material is not possible
"""


@pytest.mark.parametrize("text", [OUTLINE, FENCED, AMPLIFY])
def test_a_markdown_note_saved_as_txt_reads_as_written(text):
    assert markup_of(split_lines(text)) is None
    # read as the markdown it is: its code fences by their comments, as in a .md note
    # (formats/fenced_code.py), nothing else changed
    assert as_markdown(text, ".txt") == as_markdown(text, ".md")
    changed = [k for k, (a, b) in enumerate(zip(text.split("\n"), as_markdown(text, ".txt")
                                                .split("\n"), strict=True)) if a != b]
    fenced = [k for k, on in enumerate(in_fence_mask(text.split("\n"))) if on]
    assert set(changed) <= set(fenced)


def test_comments_run_at_one_level_while_an_outline_steps_deeper():
    runs = "x\n## a\n## b\n## c\n\ny\n# d\n# e\n# f\n# Heading\ntext\n"
    out = as_markdown(runs, ".txt").split("\n")
    assert out[1] == "- a" and out[8] == "- f"
    # (a heading no run holds is not made an item: only the runs' lines are comments)
    both = runs + "# Storage\n## S3\n### IA\n- 30 days\n"
    out = as_markdown(both, ".txt").split("\n")
    assert out[1] == "- a" and out[11:14] == ["# Storage", "## S3", "### IA"]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("b19")
    notes = root / "notes"
    notes.mkdir()
    (notes / "outline.txt").write_text(OUTLINE, encoding="utf-8")
    (notes / "fenced.txt").write_text(FENCED, encoding="utf-8")
    db = root / "m.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    return db


@pytest.mark.parametrize(("query", "value", "service"), [
    ("s3 standard-ia minimum storage duration", "30", "S3"),
    ("dynamodb max item size", "400", "DynamoDB"),
    ("lambda max timeout", "15", "Lambda"),
])
def test_an_outline_and_a_fenced_note_answer_under_their_headings(ingested, query, value,
                                                                  service):
    hits = json.loads(run_here("lookup", query, "--json", "--limit", "3",
                               db=ingested).stdout or "[]")
    assert hits and value in hits[0]["value"] and hits[0]["service"] == service, hits


def test_a_bold_lead_in_is_inline_and_a_title_with_an_aside_a_heading():
    lines = ["[b]DynamoDB[/b]", "[b]Note:[/b] these are per table unless said",
             "[*] max item size 400 KB", "[b]EventBridge[/b] (ex CloudWatch Events)",
             "[b]SQS[/b] is a queue"]
    out = bbcode_to_markdown(lines)
    assert out[0] == "# DynamoDB"
    assert out[1] == "**Note:** these are per table unless said"
    assert out[3] == "## EventBridge (ex CloudWatch Events)"
    assert out[4] == "**SQS** is a queue"


def test_an_mdx_components_body_keeps_its_nesting():
    text = ("# SQS\n<Tabs>\n  <Tab label=\"Queue types\">\n    - FIFO\n"
            "      - 300 messages per second without batching\n  </Tab>\n</Tabs>\n")
    out = as_markdown(text, ".mdx").split("\n")
    assert out[3] == "- FIFO" and out[4] == "  - 300 messages per second without batching"


def test_hostile_bbcode_is_linear():
    started = time.process_time()
    assert markup_of(["[b]" * 333_333]) is None  # 1 MB: took half a minute
    for piece in ("[b]", "[i][b]", "[url]"):
        bbcode_to_markdown([piece * (100_000 // len(piece))] * 3)
    # CPU time: the wall clock of a busy CI machine is no measure (3.4 s there, once)
    assert time.process_time() - started < 2.5


def test_a_mediawiki_page_with_a_level_five_heading_is_read_as_mediawiki():
    text = ("== Databases ==\n=== DynamoDB ===\n==== Streams ====\nretention 24 hours\n"
            "===== Kinesis =====\n== Messaging ==\n")
    assert markup_of(split_lines(text)) == "mediawiki"
    out = as_markdown(text, ".wiki").split("\n")
    assert out[0] == "## Databases" and out[2] == "#### Streams"
