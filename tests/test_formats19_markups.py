"""Notes in markups a file name may not tell (DokuWiki and Zim pages, BBCode forum posts,
Textile, Typst, MDX) are recognised from their lines and read as the markdown they mean:
headings, lists and tables kept, every fact cited at its line in the file. A plain note that
merely holds one such token is read as written."""

from __future__ import annotations

import json
from importlib import import_module

import pytest

from studycli.formats import BY_CONTENT, as_markdown
from studycli.formats.sniff import markup_of
from studycli.notes.normalize import split_lines
from tests.helpers import run_here

DOKUWIKI = """\
====== SAA networking ======

===== NAT Gateway =====
  * bandwidth scales up to **100 Gbps**
  * needs an //Elastic IP//

==== SG vs NACL ====
^ ^ Security Group ^ NACL ^
| rules | allow only | allow and deny |
| state | stateful | stateless |
"""

ZIM = """\
Content-Type: text/x-zim-wiki
Wiki-Format: zim 0.6
Creation-Date: 2024-03-11T20:14:52+01:00

====== DVA notes ======
Created Monday 11 March 2024

===== DynamoDB =====
* item size max **400 KB**
* BatchWriteItem: up to 25 items
"""

BBCODE = """\
[b]DVA messaging notes[/b]

[b]SQS[/b]
[list]
[*]FIFO throughput: [b]300 msg/s[/b] without batching
[*]message retention max [b]14 days[/b]
[/list]

[b]SNS[/b]
[list]
[*]up to [b]12,500,000[/b] subscriptions per topic
[/list]
"""

TEXTILE = """\
h1. SAA security

h2. KMS

* Encrypt API max *4 KB* of data
* key deletion waiting period default *30 days*

h2. Secrets Manager vs Parameter Store

|_. |_. Secrets Manager |_. Parameter Store |
| Max size | 64 KB | Standard 4 KB |
"""

TYPST = """\
#set page(margin: 1.5cm)

= DVA notes

== Step Functions
- max input payload *256 KB*

#table(
  columns: 3,
  [], [*Standard*], [*Express*],
  [max duration], [1 year], [5 min],
)
"""

MDX = """\
---
title: Monitoring
---

import { Callout } from '@/components/Callout'

## X-Ray

<Callout type="warning">
The X-Ray daemon listens on UDP port 2000.
</Callout>

<Table
  headers={["command", "what it does"]}
  rows={[
    ["sam local start-api", "local API Gateway on port 3000"],
  ]}
/>
"""

QUOTAS = """\
service quotas copied from the console; my comments start with ##

Amazon Virtual Private Cloud (Amazon VPC)
Quota name\tApplied quota value\tAWS default quota value\tAdjustable
VPCs per Region\t5\t5\tYes
## Transit GW: up to 5,000 attachments, hub and spoke
## NACL stateless -> open ephemeral ports 1024-65535 outbound
## Elastic IP: free while attached to a running instance

Amazon Simple Queue Service (Amazon SQS)
## SQS message retention default 4 days, max 14 days
## visibility timeout default 30 s, max 12 hours
## long polling wait time max 20 s
"""

NOTES = {"networking.txt": DOKUWIKI, "quotas.txt": QUOTAS, "dva_zim.txt": ZIM,
         "forum_post.txt": BBCODE, "security.textile": TEXTILE, "dva.typ": TYPST,
         "monitoring.mdx": MDX}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """One folder of every markup, ingested once through the CLI."""
    root = tmp_path_factory.mktemp("markups")
    notes = root / "notes"
    notes.mkdir()
    for name, text in NOTES.items():
        (notes / name).write_text(text, encoding="utf-8")
    db = root / "m.db"
    result = run_here("ingest", str(notes), db=db)
    assert result.returncode == 0, result.stderr
    return db


def _lookup(db, query: str) -> list[dict]:
    result = run_here("lookup", query, "--json", "--limit", "3", db=db)
    return json.loads(result.stdout or "[]")


def _line_of(text: str, words: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if words in line)


@pytest.mark.parametrize(("query", "value", "source", "words"), [
    ("nat gateway max bandwidth", "100 Gbps", "networking.txt", "100 Gbps"),
    ("dynamodb max item size", "400 KB", "dva_zim.txt", "400 KB"),
    ("sqs fifo throughput without batching", "300", "forum_post.txt", "300 msg/s"),
    ("sns max subscriptions per topic", "12,500,000", "forum_post.txt", "12,500,000"),
    ("kms encrypt max data size", "4 KB", "security.textile", "4 KB"),
    ("step functions max input payload", "256 KB", "dva.typ", "256 KB"),
    ("x-ray daemon port", "2000", "monitoring.mdx", "UDP port 2000"),
    ("sqs visibility timeout max", "12 h", "quotas.txt", "visibility timeout"),
    ("sqs long polling max wait time", "20 s", "quotas.txt", "long polling"),
])
def test_each_markup_answers_lookup_at_the_files_own_line(ingested, query, value, source,
                                                          words):
    hits = _lookup(ingested, query)
    assert hits, query
    first = hits[0]
    assert value.replace(",", "") in first["value"].replace(",", ""), (query, first)
    assert first["source"] == source
    assert first["line"] == _line_of(NOTES[source], words)
    assert "[b]" not in first["value"] and "**" not in first["value"]


def test_headings_are_the_services_of_the_facts_below_them(ingested):
    facts = json.loads(run_here("facts", "--json", db=ingested).stdout)
    by_line = {(f["source"], f["line"]): f for f in facts}
    # the service is a heading's in each markup, not said on the fact's own line
    assert by_line[("forum_post.txt", 11)]["service"] == "SNS"
    assert by_line[("networking.txt", 4)]["service"] in ("VPC", "NAT Gateway")
    assert by_line[("dva_zim.txt", 10)]["service"] == "DynamoDB"
    assert not any(f["source"] == "dva_zim.txt" and f["line"] <= 6 for f in facts)  # header
    assert not any(f["source"] == "monitoring.mdx" and f["line"] == 5 for f in facts)  # import


def test_tables_of_each_markup_are_tables(ingested):
    assert any("allow and deny" in h["value"] for h in _lookup(ingested, "nacl rules"))
    hits = _lookup(ingested, "step functions express max duration")
    assert hits and "5 min" in hits[0]["value"] and hits[0]["line"] == 11


@pytest.mark.parametrize("text", [
    "Lambda timeout max 15 min\nuse [b] for bold on the forum\nSQS retention 14 days\n",
    "= not a heading\nLambda timeout max 15 min\nh2. once\n",
    "Lambda notes\n== only one ==\nSQS retention 14 days\n",
    "import x from 'y'\nLambda timeout 15 min\n",
    "10 items of 6 KB strongly consistent\n= 10 x 2 RCU\n= 20 RCU\n\n= 40 RCU\n= Total\n",
    "# Lambda\n- [b]x[/b] is BBCode\n- [i]y[/i] too\n- [*] items\n## SQS\n### FIFO\n### DLQ\n",
])
def test_a_plain_note_with_a_stray_token_is_read_as_written(text):
    assert markup_of(split_lines(text)) is None
    assert as_markdown(text, ".txt") == text


def test_runs_of_hash_lines_in_plain_text_are_comments_and_a_terminal_log_is_left_alone():
    out = as_markdown(QUOTAS, ".txt").split("\n")
    assert out[5] == "- Transit GW: up to 5,000 attachments, hub and spoke"
    headed = "# Lambda\n## Limits\n### Timeout\nmax 15 min\n## SQS\nretention 14 days\n"
    assert as_markdown(headed, ".txt") == headed  # headings over their text: one run
    log = "$ aws s3 ls\n$ aws s3 mb s3://b\n$ aws s3 rb s3://b\n" + "# >> a\n# >> b\n# >> c\n\n" * 2
    assert as_markdown(log, ".txt") == log  # notes/normalize.py reads a terminal's log


def test_markdown_is_never_sniffed():
    assert as_markdown(BBCODE, ".md") == BBCODE


def test_a_wiki_page_of_dokuwiki_markup_reads_its_levels_outermost_first():
    out = as_markdown(DOKUWIKI, ".wiki").split("\n")
    assert out[0] == "# SAA networking" and out[2] == "## NAT Gateway"


@pytest.mark.parametrize("name", sorted(NOTES))
def test_every_markup_keeps_its_line_count(name):
    text = NOTES[name]
    assert len(as_markdown(text, "." + name.rsplit(".", 1)[1]).split("\n")) == \
        len(split_lines(text))


HOSTILE = ["[b]", "[*]", "[list]", "[url=", "^", "|", "====== a", "'''\n", "//", "__",
           "h1. ", "|_. ", "*a", "_a", "@", '"a":', "{{", "{code}\n", "#table(", "[", "= ",
           "<Callout", "<A>\n", "import {\n", '["a", ', "{/*", "%%"]


@pytest.mark.parametrize("markup", sorted(BY_CONTENT))
def test_hostile_lines_convert_and_keep_their_line_count(markup):
    module, name = BY_CONTENT[markup]
    convert = getattr(import_module(module), name)
    for piece in HOSTILE:
        lines = split_lines(piece * (2000 // len(piece)))
        assert len(convert(lines)) == len(lines), (markup, piece)


def test_an_mdx_statement_over_several_lines_blanks_those_lines_only():
    text = ("import {\n  Tabs,\n  Tab,\n} from '@/components/Tabs'\nexport const meta = {\n"
            "  a: [1, 2],\n}\n\n- Lambda timeout max 15 min\n")
    out = as_markdown(text, ".mdx").split("\n")
    assert out[:8] == [""] * 8 and out[8] == "- Lambda timeout max 15 min"


@pytest.mark.parametrize(("text", "suffix"), [
    ("[list=1]\n[*]Lambda\n[list]\n[*]timeout 15 min\n[/list]\n[/list]\n"
     "[b]a[/b] [b]b[/b] [b]c[/b]\n[b]d[/b]\n", ".txt"),
    ("# Lambda\n## timeout 15 min\n", ".textile"),
])
def test_an_item_under_a_numbered_item_is_nested_in_it(text, suffix):
    lines = as_markdown(text, suffix).split("\n")
    parent = next(line for line in lines if "Lambda" in line)
    child = next(line for line in lines if "15 min" in line)
    assert parent.startswith("1. ")
    indent = len(child) - len(child.lstrip())
    assert indent >= 3  # two spaces under "1. " would be a list of its own
