"""The review of legend grids (notes/legend_grids.py, extract/legend_grid_cells.py): the notes
that must still answer as before, and the wrong facts grids must not make.
Fails without: a grid's title heading made a plain note look like markdown (its ALL-CAPS
titles were no sections: Lambda's default timeout was filed under EBS), the one row "gp3" of
EBS's grid was all of EBS, "msgs/s" over "300/3000" was a message count and 3000 seconds, a
"1K" under a rate or a count was a kilobyte, "RCU strong" lost "strong", "batch" over "10"
counted batches, and "Example 1: max record size is 1 MB" stated no limit."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.extract.legend_grid_cells import cell_texts
from studycli.formats import as_markdown
from studycli.services import find_subjects


def _facts(text: str, suffix: str = ".txt"):
    return [f for f in parse_note(as_markdown(text, suffix), "note" + suffix).facts
            if f.kind != "fact"]


def _said(facts, line):
    return {(f.service, f.subject, f.attribute, f.qualifier, f.value) for f in facts
            if f.line == line}


PLAIN = """\
EBS legend: max IOPS | max MB/s
gp3   16000 | 1000

LAMBDA
  max timeout 15 min
  default timeout 3 sec

STEP FUNCTIONS
  standard max duration 1 year
  express max duration 5 min
"""


def test_a_plain_note_s_titles_stay_its_sections_beside_a_service_s_grid():
    facts = _facts(PLAIN)
    assert ("Lambda", "", "execution timeout", "default", "3 s") in _said(facts, 6)
    assert {f.service for f in facts if f.line in (5, 6)} == {"Lambda"}
    assert ("Step Functions", "", "execution duration", "max", "1 year") in _said(facts, 9)
    assert {f.service for f in facts if f.line == 10} == {"Step Functions"}
    # the grid's own facts are kept, of its one row's thing: 16,000 IOPS is gp3's, not EBS's
    assert ("EBS", "gp3", "IOPS", "max", "16,000 IOPS") in _said(facts, 2)
    assert not any(f.service == "EBS" and not f.subject for f in facts)


def test_a_plain_note_s_section_after_a_grid_cites_its_own_line():
    note = ("SAA cram - compute\n\nEC2\n  max 5 elastic IPs per region\n\n"
            "LAMBDA   legend: mem | timeout dflt/max\n         128M-10240M | 3s/900s\n"
            "  burst concurrency 1000\n\nECS\n  max 5000 tasks per service\n")
    facts = _facts(note)
    assert ("ECS", "", "tasks", "max", "5000 tasks") in _said(facts, 11)
    assert ("Lambda", "", "execution timeout", "max", "900 s") in _said(facts, 7)


def test_a_rate_or_ratio_column_is_no_list_of_alternatives():
    note = ("## cram grid\n\nSQS legend: msgs/s | batch | msg\nFIFO      300/3000 | 10 | 256K\n"
            "std       unlimited | 10 | 256K\n")
    facts = _facts(note, ".md")
    assert not any(f.attribute.endswith("duration") or f.value.endswith(" s") for f in facts)
    # FIFO's 300 msgs/s is no count of 300 messages
    assert cell_texts("max msgs/s", "300/3000") == ["max msgs/s: 300/3000"]
    assert not any(f.line == 4 and f.value.endswith("messages") for f in facts)
    assert not any("batches" in f.value for f in facts)
    assert ("SQS", "FIFO queue", "message size", "", "256 KB") in _said(facts, 4)


def test_a_magnitude_is_bytes_only_under_a_size_column():
    for column, value in [("shard in rec/s", "1K"), ("max partitions", "10K"),
                          ("max objects", "5K"), ("max files", "1M"), ("max members", "5K"),
                          ("max msgs/s", "3K")]:
        assert not any("KB" in t or "MB" in t for t in cell_texts(column, value)), column
    assert cell_texts("message", "256K") == ["message: 256 KB"]
    assert cell_texts("retention default/max", "4d/14d") == ["retention default: 4d",
                                                             "retention max: 14d"]
    assert cell_texts("zip/unzip", "50MB/250MB") == ["zip: 50MB", "unzip: 250MB"]
    # a bare number counts only a plural noun of things, not a generic word
    assert cell_texts("batch", "10") == ["batch: 10"]
    assert cell_texts("timeout", "900") == ["timeout: 900"]
    assert cell_texts("GSIs", "20") == ["GSIs: 20 GSIs"]


def test_a_cell_whose_fact_loses_its_column_s_words_is_a_statement():
    note = ("# DynamoDB\n\nDYNAMODB legend: RCU strong | RCU eventual\n1 RCU    4 KB/s | 8 KB/s\n\n"
            "DDB legend: items/batch write | items/txn\nDDB       25 | 100\n")
    parsed = parse_note(as_markdown(note, ".md"), "grid.md")
    assert not any(f.kind != "fact" and f.line in (4, 7) for f in parsed.facts)
    said = [f.value for f in parsed.facts if f.kind == "fact" and f.line in (4, 7)]
    assert any("strong" in v and "4 KB/s" in v for v in said)
    assert any("txn" in v and "100" in v for v in said)


def test_a_column_the_vocabulary_names_keeps_its_facts():
    note = "CRAM\n\nAPIGW    legend: timeout | payload\nREST     29s | 10MB\nHTTP     30s | 10MB\n"
    assert ("API Gateway", "REST", "message size", "", "10 MB") in _said(_facts(note), 4)


def test_a_numbered_example_that_states_a_max_keeps_its_limit():
    note = ("# Kinesis shard math\n\n- Example 1: max record size is 1 MB\n"
            "- ex1: 5 MB/s in, 3000 rec/s, 1 consumer\n\n# DynamoDB capacity\n\n"
            "- eg1: max item size 400 KB\n")
    facts = _facts(note, ".md")
    assert any(f.line == 3 and f.value == "1 MB" and f.qualifier == "max" for f in facts)
    assert any(f.line == 8 and f.value == "400 KB" and f.service == "DynamoDB" for f in facts)
    assert not any(f.line == 4 for f in facts)  # a worked example's inputs stay no limit


def test_s3_class_shorthand_names_its_class():
    for short, name in [("1Z-IA", "S3 One Zone-IA"), ("INT-TIER", "S3 Intelligent-Tiering"),
                        ("GLAC-IR", "S3 Glacier Instant Retrieval"),
                        ("GLAC-FR", "S3 Glacier Flexible Retrieval")]:
        assert [s.name for s in find_subjects(short, "S3")][:1] == [name], short


def test_a_lined_up_grid_is_left_to_its_legend_not_read_as_terms():
    # formats/aligned.py's hook (legend_grids.grid_end): read as two columns of terms, the rows
    # were "REST: 29s | ..." and HTTP's 30 s became a cache TTL
    note = ("SERVERLESS CRAM\n\nAPIGW  legend: timeout | payload | cache TTL dflt/max\n"
            "REST   29s | 10MB | 300s / 3600s\nHTTP   30s | 10MB | no cache\n"
            "  REST vs HTTP -> HTTP cheaper\n")
    assert "APIGW  legend:" in as_markdown(note, ".txt")
    facts = _facts(note)
    assert ("API Gateway", "REST", "integration timeout", "", "29 s") in _said(facts, 4)
    assert any(f.attribute == "cache TTL" and f.qualifier == "max" and f.value == "3600 s"
               for f in facts)
    assert not any(f.attribute == "cache TTL" and f.value == "30 s" for f in facts)


def test_a_bracketed_legend_s_last_column_keeps_its_bounds():
    # "(legend: ... | ret dflt/max)": the closing bracket is no part of the last column's name
    # (a final reader: its "max)" read no maximum, so 4 days was filed as the maximum retention)
    note = "SQS (legend: vis dflt/max | ret dflt/max)\n    30s/12h | 4d/14d\n"
    said = {(f.attribute, f.qualifier, f.value) for f in _facts(note)}
    maxima = {(a, v) for a, q, v in said if q == "max"}
    assert any("retention" in a and v == "14 days" for a, v in maxima), said
    assert not any("retention" in a and v == "4 days" for a, v in maxima), said
    assert any("visibility" in a and v == "12 h" for a, v in maxima), said


def test_a_row_naming_another_service_s_thing_is_that_service_s():
    # the reader's own example: storage classes under the section a KINESIS grid opened
    # (a final reader: GLAC-IR's 90 days were filed as Kinesis Data Streams')
    note = ("KINESIS  legend: shard in | shard out | ret dflt/max | rec max\n"
            "KDS      1MB/s | 2MB/s | 24h / 365d | 1MB\n\n"
            "storage classes  (legend: min dur days | min obj KB | AZs | retrieval)\n"
            "STD-IA       30 | 128 | >=3 | ms\n"
            "GLAC-IR      90 | 128 | >=3 | ms\n")
    facts = _facts(note)
    rows = [f for f in facts if f.line in (5, 6)]
    assert rows and all(f.service == "S3" for f in rows), {(f.service, f.subject) for f in rows}
    assert any(f.service == "Kinesis Data Streams" for f in facts if f.line == 2)
