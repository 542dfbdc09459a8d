"""Diagram sources kept as notes (formats/diagram_sources.py): Graphviz, PlantUML and Mermaid
files, and class, PlantUML and Graphviz diagrams fenced in markdown, read as the sentences
their labels make, each cited on the file line that holds it."""

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.formats.diagram_sources import diagram_fences_to_markdown

DOT = """\
// messaging
digraph messaging {
  rankdir=LR;
  node [shape=box];
  subgraph cluster_sqs {
    label="SQS";
    sqs_std [label="SQS Standard\\nat-least-once delivery"];
    sqs_attr [shape=note, label="msg size max 256 KB\\nretention default 4 days"];
  }
  kds [label="{Kinesis Data Streams|record max 1 MB}"];
  producer [label="Producer"];
  producer -> sqs_std [label="SendMessage, 10 msgs per batch"];
  sqs_std -> sqs_attr [style=dotted, arrowhead=none];
  producer -> kds;
}
"""


def _read(text: str, suffix: str) -> list[tuple[int, str]]:
    out = as_markdown(text, suffix)
    at = getattr(out, "file_line", None)
    return [(at[k] if at else k + 1, line) for k, line in enumerate(out.split("\n"))
            if line.strip()]


def test_graphviz_labels_edges_and_notes():
    read = _read(DOT, ".dot")
    assert (1, "- messaging") in read  # a comment is the student's line
    assert (6, "- SQS") in read  # a cluster's title over what it holds
    assert (7, "  - SQS Standard") in read and (7, "    - at-least-once delivery") in read
    # a note joined by an unlabelled edge is the box's
    assert (8, "  - SQS Standard") in read and (8, "    - msg size max 256 KB") in read
    assert (10, "- Kinesis Data Streams") in read and (10, "  - record max 1 MB") in read
    assert (12, "- Producer -> SQS Standard: SendMessage, 10 msgs per batch") in read
    assert not [line for at, line in read if at in (2, 3, 4, 13, 14, 15)]  # layout, bare edge
    facts = parse_note(as_markdown(DOT, ".dot"), "m.dot").facts
    size = [f for f in facts if f.value == "256 KB"]
    assert size and size[0].service == "SQS"


PUML = """\
@startuml
' storage cheat sheet
package "S3" {
  class Object {
    max object size 5 TB
  }
}
rectangle "VPC Peering" as P
note right of Object
  EVENTUAL consistency for overwrite PUT
end note
note right of P : 125 peerings per VPC
Object --> P : lifecycle transition
Object *-- P
@enduml
"""


def test_plantuml_classes_notes_and_relations():
    read = _read(PUML, ".puml")
    assert (2, "- storage cheat sheet") in read
    assert (3, "- S3") in read and (4, "  - Object") in read
    assert (5, "    - max object size 5 TB") in read
    # a note outside the package is about the package's Object
    assert (9, "- S3 Object") in read and (10, "  - EVENTUAL consistency for overwrite PUT") in read
    assert (12, "- VPC Peering: 125 peerings per VPC") in read
    assert (13, "- Object -> VPC Peering: lifecycle transition") in read
    assert not [line for at, line in read if at in (1, 6, 7, 11, 14, 15)]


MMD = """\
%% serverless notes
flowchart LR
    APIGW[API Gateway] -->|29 s integration timeout max| L1[Lambda fn]
    APIGW -->|504 = integration timeout| ERR3[504]
    subgraph LAMBDA [Lambda limits]
        T1[timeout max 15 min]
    end
```
lambda@edge notes:
- viewer timeout 5 sec
"""


def test_mermaid_file_flowchart_with_subgraphs_and_text_after_a_pasted_fence():
    read = _read(MMD, ".mmd")
    assert (1, "- serverless notes") in read
    assert (3, "- API Gateway -> Lambda fn: 29 s integration timeout max; API Gateway; "
               "Lambda fn") in read
    # a box that is only a number names nothing, and is no figure of the edge
    assert (4, "- API Gateway: 504 = integration timeout") in read
    assert (6, "  - timeout max 15 min") in read  # under its subgraph's title
    assert (9, "lambda@edge notes:") in read and (10, "- viewer timeout 5 sec") in read
    facts = parse_note(as_markdown(MMD, ".mmd"), "s.mmd").facts
    assert not [f for f in facts if f.number == 504 and f.unit == "s"]


def test_class_diagram_and_plantuml_fenced_in_markdown_line_for_line():
    note = ("# DB\n\n```mermaid\nclassDiagram\n    class DynamoDB {\n"
            "        +item max size 400 KB\n    }\n    DynamoDB <-- DAX : caches\n```\n\n"
            "```plantuml\n@startuml\n"
            "class NACL {\n  max 20 rules per NACL\n}\n@enduml\n```\n")
    out = as_markdown(note, ".md").split("\n")
    assert len(out) == len(note.split("\n"))
    assert out[4] == "- DynamoDB" and out[5] == "  - item max size 400 KB"
    assert out[7] == "- DAX -> DynamoDB: caches"
    assert out[12] == "- NACL" and out[13] == "  - max 20 rules per NACL"
    assert out[2] == out[8] == out[10] == out[16] == ""  # the fences


def test_lookalikes_are_read_as_written():
    notes = ["# SQS\n- SQS -> Lambda: polls, batch 10\n```python\nclass Queue:\n    pass\n```\n",
             "# Notes\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n",
             "# Graph\n```\ndigraph {\n a -> b\n}\n```\n"]
    for note in notes:
        assert diagram_fences_to_markdown(note.split("\n")) == note.split("\n")
    # a file named as a diagram that holds none is read as it is
    assert as_markdown("just a note: SQS max 256 KB\n", ".dot") == "just a note: SQS max 256 KB\n"
    assert as_markdown("SQS max 256 KB\n", ".puml") == "SQS max 256 KB\n"


def test_graphviz_lines_it_cannot_take_apart_are_kept_as_written():
    from studycli.formats.diagram_sources import dot_to_markdown

    lines = ["digraph g {",
             '  sqs [label="SQS\\nmax message 256 KB"]; sns [label="SNS\\nmax 256 KB"];',
             '  sqs -> sns [label="subscribes"]; sns -> lambda [label="async invoke"];',
             "  s3 [label=<<b>S3</b><br/>max object 5 TB<br/>PUT max 5 GB>];",
             "}"]
    text = "\n".join(str(x) for x in dot_to_markdown(lines))
    assert "sqs [label=" in text and "sqs -> sns" in text and "max object 5 TB" in text
    assert "SNS -> sns: async invoke" not in text and "<<b>" in text


def test_a_graphviz_box_s_further_line_that_is_a_bare_count_is_said_of_the_box(tmp_path):
    """ "Internet Gateway\\n1 per VPC": the count is the gateway's (lookup answers "internet
    gateway per vpc" with it, as main's raw line did), not a line with no fact under it; a
    quantity ("45 Gbps max") stays under its box, read as its limit."""
    import json

    from typer.testing import CliRunner

    from studycli.cli import app

    dot = ('digraph vpc {\n  nat [label="NAT Gateway\\n45 Gbps max"];\n'
           '  igw [label="Internet Gateway\\n1 per VPC"];\n'
           '  vpc -> nat [label="private subnet egress"];\n'
           '  vpc -> igw [label="public route"];\n}\n')
    read = _read(dot, ".dot")
    assert (3, "  - Internet Gateway: 1 per VPC") in read
    assert (2, "  - 45 Gbps max") in read
    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "net.dot").write_text(dot)
    db = str(tmp_path / "x.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(tmp_path / "n"), "--db", db]).exit_code == 0
    for question, line in (("internet gateway per vpc", 3), ("nat gateway max bandwidth", 2)):
        found = json.loads(runner.invoke(app, ["lookup", question, "--json", "--db",
                                               db]).stdout)
        assert found and found[0]["line"] == line, (question, found)
