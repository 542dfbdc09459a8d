"""Quick-reference cards set with dot leaders and tables under a title that spans them keep
their facts (issue 10, session 47): "Timeout max ....... 15 min" is "Timeout max: 15 min",
in a code fence kept for its alignment too (studycli/formats/leaders.py, drawings.py); a
table drawn under a title row of one cell ("║ IAM LIMITS ║" over "╠════╦════╣") is read as a
table under its title (studycli/formats/box_tables.py)."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.formats import as_markdown
from tests.helpers import lookup_values, notes_fixture


def _md(text: str, suffix: str = ".md") -> list[str]:
    out = as_markdown(text, suffix).split("\n")
    assert len(out) == len(text.split("\n"))  # line for line
    return out


def _quantities(text: str, suffix: str = ".md") -> set[tuple[int, str, str, str]]:
    note = parse_note(as_markdown(text, suffix), "n" + suffix)
    return {(f.line, f.service, f.qualifier, f.value) for f in note.facts if f.kind != "fact"}


CARD = """\
## Lambda quick ref card

```
Timeout max .................. 15 min (900 s)
Timeout default .............. 3 s
Deployment pkg zip (direct) .. 50 MB
Layers per function .......... 5
```
"""


def test_a_card_in_a_plain_fence_is_read_as_name_and_value():
    out = _md(CARD)
    assert out[2] == out[7] == ""  # the fence kept the dots in line; no code
    assert out[3] == "Timeout max: 15 min (900 s)"
    assert out[5] == "Deployment pkg zip (direct): 50 MB"  # a short leader on a card
    facts = _quantities(CARD)
    assert (4, "Lambda", "max", "15 min") in facts
    assert (5, "Lambda", "default", "3 s") in facts


@pytest.mark.parametrize("line", [
    "NLB: layer 4, ~100 ms... no, ultra low latency",  # a prose ellipsis
    "wait .. what",  # a short leader with no card around it
])
def test_dots_that_lead_nowhere_stay_as_written(line):
    text = f"# ELB\n\n{line}\n"
    assert _md(text)[2] == line


@pytest.mark.parametrize("fence", ["```python", "```"])
def test_a_fence_of_code_with_dots_stays_code(fence):
    text = (f"# SQS\n\n{fence}\nfor q in queues:\n    print(q, '.....', size)\n"
            "max msg size ........ 256 KB\n```\n")
    out = _md(text)
    assert "max msg size: 256 KB" not in out  # a line of code in it: code, not a card
    assert out[2] in (fence, "<!-- -->")  # (a fence of a language: code, read for comments)


def test_leaders_on_a_tree_branch_and_a_list_item():
    text = ("messaging\n├── SQS\n│   ├── max msg size ......... 256 KB\n"
            "│   └── in-flight msgs FIFO .... 20,000\n└── SNS\n    └── topics ...... 100,000\n\n"
            "- retention ........ 4 days\n")
    out = _md(text, ".txt")
    assert out[2].endswith("- max msg size: 256 KB")
    assert out[7] == "- retention: 4 days"


TITLED = """\
# Security

╔══════════════════════════════════════════╗
║  IAM LIMITS                              ║
╠═══════════════════════════╦══════════════╣
║ users per account         ║ 5,000        ║
║ groups a user can be in   ║ 10           ║
║ managed policies per role ║ 10 (can      ║
║                           ║ raise to 20) ║
╚═══════════════════════════╩══════════════╝
"""


def test_a_box_tables_title_row_spanning_it_is_its_caption():
    out = _md(TITLED)
    assert out[2] == ""
    assert out[3] == "IAM LIMITS"  # the title, alone on the line over the table
    assert out[4].startswith("<table")
    assert out[6] == "<tr><td>groups a user can be in</td><td>10</td></tr>"
    assert out[7] == ("<tr><td>managed policies per role</td>"
                      "<td>10 (can raise to 20)</td></tr>")  # a wrapped row: one row
    assert not any("║" in line for line in out)


ASCII_TITLED = """\
+--------------------------------------+
|               DynamoDB               |
+---------------------+----------------+
| item size max       | 400 KB         |
| GSI per table       | 20 (soft)      |
+---------------------+----------------+
"""


def test_an_ascii_tables_title_row_is_its_caption():
    out = _md(ASCII_TITLED, ".txt")
    assert out[:3] == ["", "DynamoDB", "<table data-headerless>"]
    assert out[3] == "<tr><td>item size max</td><td>400 KB</td></tr>"


def test_a_one_column_box_with_no_rule_under_its_title_is_left_to_the_panels():
    text = "╔══════════════╗\n║  EXAM NOTES  ║\n╚══════════════╝\n"
    assert _md(text, ".txt")[1] == "║  EXAM NOTES  ║"


iam = notes_fixture(TITLED + "\n" + CARD, "security.md")


@pytest.mark.parametrize(("query", "want"), [
    ("iam max groups per user", "10"),
    ("how many layers per lambda", "5"),
    ("lambda zip deployment package size", "50 MB"),
])
def test_lookup_finds_a_titled_tables_row_and_a_cards_figure(iam, query, want):
    assert want in lookup_values(iam, query)[0]


COMPUTE = """\
COMPUTE - EC2 / ECS / Auto Scaling

┏━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ Fargate task    ┃ limit                        ┃
┣━━━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┫
┃ vCPU            ┃ 0.25 to 16 vCPU              ┃
┃ memory          ┃ 0.5 GB to 120 GB             ┃
┗━━━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
"""


def test_a_table_titled_by_its_headers_first_cell_is_that_services():
    # the note's title names three services: the header's "Fargate task" is the rows' owner
    facts = _quantities(COMPUTE, ".txt")
    assert (6, "Fargate", "max", "16 vCPUs") in facts
    assert (7, "Fargate", "max", "120 GB") in facts
    assert not any(service == "EC2" for _, service, _, _ in facts)



# review of box47: what the rules above must not read

def test_a_range_on_a_card_stays_a_range():
    # " .. " between two figures is a range, no short leader: its bounds stay the limits
    text = ("## SQS card\n\nVisibility timeout .......... 30 s default\n"
            "Retention 1 min .. 14 days\nMax message size ............ 256 KB\n")
    assert _md(text)[3] == "Retention 1 min .. 14 days"
    facts = _quantities(text)
    assert (4, "SQS", "min", "1 min") in facts
    assert (4, "SQS", "max", "14 days") in facts


def test_dots_of_a_pause_near_a_card_are_no_leader():
    text = "DynamoDB\n\npartition key .... must be unique-ish\nwait . . . the GSI limit is 20\n"
    assert _md(text, ".txt")[3] == "wait . . . the GSI limit is 20"


def test_a_table_of_contents_gives_no_page_number_as_a_figure():
    text = ("# AWS SAA study guide - contents\n\nChapter 3: S3 ........................ 112\n"
            "S3 storage classes ................... 118\n"
            "Lambda concurrency ................... 240\n"
            "SQS visibility timeout ............... 301\n")
    out = _md(text)
    assert out[5] == "SQS visibility timeout ............... 301"
    assert not any(value == "301" or "301" in value for _, _, _, value in _quantities(text))


def test_a_card_of_counts_that_do_not_rise_is_still_a_card():
    # bare counts that do not rise (a contents page's page numbers rise): still a card
    text = "## Lambda\n\nLayers ........ 5\nSubnets ........ 16\nEnv vars ...... 4\n"
    assert _md(text)[2] == "Layers: 5"


APIGW = """\
## API Gateway

Limits to remember:

| Lambda proxy integration | value |
|---|---|
| timeout max | 29 s |
| payload max | 10 MB |
"""


def test_a_header_naming_a_service_does_not_take_rows_from_a_heading_naming_one():
    # "## API Gateway" names one service: the header's "Lambda proxy integration" says what
    # API Gateway's rows are of; Lambda's max timeout is no 29 s
    facts = _quantities(APIGW)
    assert {service for _, service, _, _ in facts} == {"API Gateway"}


apigw = notes_fixture(APIGW, "apigw.md")


@pytest.mark.parametrize(("query", "service"), [
    ("api gateway max timeout", "API Gateway"),
    ("lambda max timeout", None),
])
def test_lookup_keeps_an_integrations_limits_the_headings(apigw, query, service):
    from studycli.lookup import lookup
    hits = lookup(apigw, query, limit=3).to_json()
    assert not any(h["service"] == "Lambda" for h in hits)
    if service:
        assert hits and hits[0]["service"] == service


def test_dots_in_a_markdown_tables_cell_leave_its_row_a_row():
    text = "## SQS\n\n| setting | value |\n|---|---|\n| retention max .... | 14 days |\n"
    assert _md(text)[4] == "| retention max .... | 14 days |"
    assert (5, "SQS", "max", "14 days") in _quantities(text)
