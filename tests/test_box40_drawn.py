"""Tables, panels, trees and arrows drawn in plain text keep their facts (issue 10, session 40):
a "+---+" table is read as the table it draws, a wrapped cell joined to its row; a boxed
panel's lines are about what its title names; a tree's branch is read under its parents; a
labelled arrow is a statement of the two things it joins; a table lined up with spaces, and a
Cornell note's two columns, are read by their columns (studycli/formats/drawings.py, panels.py,
trees.py, arrows.py, aligned.py, box_tables.py)."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.formats import as_markdown


def _facts(text: str, name: str) -> list[tuple[int, str, str, str, str, str]]:
    note = parse_note(as_markdown(text, "." + name.rsplit(".", 1)[1]), name, 1)
    return [(f.line, f.service, f.subject, f.attribute, f.qualifier, f.value) for f in note.facts
            if f.kind != "fact"]


GRID = """\
quota grid

+-------------------+------------------+-----------------+
| Service / quota   | Default value    | Adjustable?     |
+===================+==================+=================+
| Lambda function   | 15 minutes       | no              |
| timeout           |                  |                 |
+-------------------+------------------+-----------------+
| Step Functions    | 5 minutes        | no              |
| Express duration  |                  |                 |
+-------------------+------------------+-----------------+
"""


def test_an_ascii_grid_table_is_a_table_its_wrapped_cells_joined_to_their_row():
    out = as_markdown(GRID, ".txt").split("\n")
    assert len(out) == len(GRID.split("\n"))
    assert out[2] == "<table>"
    assert out[3] == ("<tr><th>Service / quota</th><th>Default value</th>"
                      "<th>Adjustable?</th></tr>")
    assert out[5] == "<tr><td>Lambda function timeout</td><td>15 minutes</td><td>no</td></tr>"
    assert out[6] == ""  # the wrapped half, joined to its row's line
    assert out[8].startswith("<tr><td>Step Functions Express duration</td>")


PANEL = """\
MONITORING

+-- CloudTrail ----------------------------------+
| event history: 90 days, management events only |
| trails per region ......... 5                  |
+------------------------------------------------+

*************************************
*  X-RAY                            *
*  default sampling: first request  *
*    each second, then 5% more      *
*  segment document max .. 64 KB    *
*************************************
"""


def test_a_panels_lines_are_items_under_its_title():
    out = as_markdown(PANEL, ".txt").split("\n")
    assert out[2:6] == ["- CloudTrail", "  - event history: 90 days, management events only",
                        "  - trails per region: 5", ""]
    # a first line with no figure titles a box with no title in its border; a line indented
    # deeper goes on from the line above it
    assert out[7:13] == ["", "- X-RAY",
                         "  - default sampling: first request each second, then 5% more", "",
                         "  - segment document max: 64 KB", ""]
    facts = _facts(PANEL, "audit.txt")
    assert (5, "CloudTrail", "5 trails") in {(f[0], f[1], f[5]) for f in facts}
    assert any(f[0] == 12 and f[1] == "X-Ray" and f[5] == "64 KB" for f in facts)


TREE = """\
# DynamoDB, as a tree

```
DynamoDB
├── item size: 400 KB max
├── indexes
│   └── GSI: 20 per table (soft)
└── streams
    └── retention: 24 hours
```

CloudWatch
|-- Logs
|   `-- PutLogEvents batch: 1 MB max
`-- Alarms
    `-- actions per alarm: 5
"""


def test_a_trees_branches_are_read_under_their_parents_a_drawings_fence_read_too():
    out = as_markdown(TREE, ".md").split("\n")
    assert out[2] == out[9] == ""  # a fence of nothing but a drawing is no code
    assert out[3:9] == ["- DynamoDB", "  - item size: 400 KB max", "  - indexes",
                        "    - GSI: 20 per table (soft)", "  - streams",
                        "    - retention: 24 hours"]
    assert out[11:16] == ["- CloudWatch", "  - Logs", "    - PutLogEvents batch: 1 MB max",
                          "  - Alarms", "    - actions per alarm: 5"]
    facts = _facts(TREE, "trees.md")
    # the stream's retention is DynamoDB's, though its line names nothing but "retention"
    assert any(f[0] == 9 and f[1] == "DynamoDB" and f[5] == "24 h" for f in facts)


ARROWS = """\
  ~~~ MESSAGING: SQS / SNS ~~~   (dva + saa)

```
Client --(sync, 29s max)--> API GW --(proxy integ)--> Lambda
                                |
                                +--(throttle: 10,000 rps)
ALB ──(idle timeout 60 s default)──▶ ECS service
```

SQS max message size 256 KB
cache miss -> DB
"""


def test_a_labelled_arrow_is_a_statement_of_the_two_things_it_joins():
    out = as_markdown(ARROWS, ".md").split("\n")
    # a title between tildes is a banner, not a fence that made the whole note code
    assert out[0] == "MESSAGING: SQS / SNS (dva + saa)"
    assert out[3] == "- Client -> API GW: sync, 29s max; API GW -> Lambda: proxy integ"
    assert out[4] == ""  # a connector: no words
    assert out[5] == "- throttle: 10,000 rps"
    assert out[6] == "- ALB -> ECS service: idle timeout 60 s default"
    assert out[9:11] == ["SQS max message size 256 KB", "cache miss -> DB"]  # prose stays
    facts = _facts(ARROWS, "flows.md")
    assert any(f[0] == 7 and f[3] == "idle timeout" and f[5] == "60 s" for f in facts)
    assert any(f[0] == 10 and f[1] == "SQS" and f[5] == "256 KB" for f in facts)


ALIGNED = """\
SQS settings
Setting                  Default      Min         Max
Visibility timeout       30 s         0 s         12 hours
Receive wait (long poll) 0 s          0 s         20 s

KMS
  key rotation          automatic, yearly by default for customer
                        managed keys
  Encrypt API           4 KB of plaintext max per call
  key deletion wait     7 to 30 days, default 30 days

CUE                   | NOTES
----------------------+----------------------------------
role session          | AssumeRole default 1 hour,
                      | max 12 hours
role chaining         | session capped at 1 hour
"""


def test_a_table_lined_up_with_spaces_and_two_columns_of_terms_are_read_by_their_columns():
    out = as_markdown(ALIGNED, ".txt").split("\n")
    assert out[1] == ("<table><tr><th>Setting</th><th>Default</th><th>Min</th><th>Max</th>"
                      "</tr>")
    assert out[3] == ("<tr><td>Receive wait (long poll)</td><td>0 s</td><td>0 s</td>"
                      "<td>20 s</td></tr></table>")
    assert out[6:10] == ["  key rotation: automatic, yearly by default for customer managed keys",
                         "", "  Encrypt API: 4 KB of plaintext max per call",
                         "  key deletion wait: 7 to 30 days, default 30 days"]
    assert out[13:16] == ["role session: AssumeRole default 1 hour, max 12 hours", "",
                          "role chaining: session capped at 1 hour"]
    facts = {(f[0], f[3], f[4], f[5]) for f in _facts(ALIGNED, "notes.txt")}
    assert (3, "visibility timeout", "max", "12 h") in facts  # the Max column's
    assert (3, "visibility timeout", "default", "30 s") in facts


def test_bullets_prose_and_a_services_rows_lined_up_with_spaces_read_as_written():
    bullets = ("Cognito\n  - User Pools\n       o  user directory, returns JWTs\n"
               "       o  hosted UI, social login\n       o  Lambda triggers: 5 seconds\n")
    assert as_markdown(bullets, ".txt") == bullets
    rows = ("SERVICE         THING                      NUMBER\n"
            "EC2             max tags per resource      50\n"
            "EC2             user data size limit       16 KB\n"
            "S3              min obj size for IA        128 KB\n")
    assert as_markdown(rows, ".txt") == rows  # each row reads as the sentence it is
    pages = ("storage automatically when free     during the backup window + transaction\n"
             "is < 10%, low-storage lasts at least logs every 5 minutes -> point-in-time\n"
             "5 minutes and 6 hours have passed   restore to any second, up to 5 min ago.\n")
    assert as_markdown(pages, ".txt") == pages  # two pages' columns of prose, not terms


COMPARE = """\
# keys and secrets

                   KMS                     CloudHSM                 Secrets Mgr
tenancy            multi-tenant            single tenant (yours)    -
rotation           auto yearly (CMK)       manual                   auto w/ Lambda (RDS native)
max size           4 KB plaintext direct   -                        64 KB secret

                RDS                 Aurora
max storage     64 TiB (16 for MSSQL) 128 TiB auto grow
read replicas   5                   15
failover        Multi-AZ 60-120s    < 30 sec
backups         1-35 days (dflt 7)  1-35 days (dflt 1)
"""


def test_a_comparisons_header_with_no_first_cell_labels_its_columns():
    out = as_markdown(COMPARE, ".md").split("\n")
    assert out[2] == ("<table><tr><th></th><th>KMS</th><th>CloudHSM</th><th>Secrets Mgr</th>"
                      "</tr>")
    assert out[5].startswith("<tr><td>max size</td><td>4 KB plaintext direct</td>")
    facts = {(f[0], f[1], f[5]) for f in _facts(COMPARE, "keys.md")}
    assert (6, "Secrets Manager", "64 KB") in facts and (6, "KMS", "4 KB") in facts
    # a row that leaves the columns (a cell run on over the next one's: whose is 128 TiB?)
    # is no row of the table, and the lines under it are no other table: read as written
    assert out[8:13] == COMPARE.split("\n")[8:13]
