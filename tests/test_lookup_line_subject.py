"""A figure filed under the subject asked whose own line names another subject (session 28,
lookup28, left from session 27: "L@E timeout" answered "1 ms" from "-> CF functions cheaper,
<1ms", the line after Lambda@Edge's, which the parser filed as Lambda@Edge's timeout)."""

from __future__ import annotations

import json

from .helpers import lookup_values, notes_conn, run_here, shipped_reference

EDGE = """# CloudFront

## Edge compute
- Lambda@Edge vs CloudFront Functions
- L@E = Node/Python, viewer + origin triggers, timeout 5 s viewer / 30 s origin
-> CF functions cheaper, <1ms
- CloudFront default TTL 24 h
"""


def test_the_line_of_another_subject_does_not_answer_for_the_one_asked(tmp_path):
    conn = notes_conn(tmp_path, EDGE)
    for query in ("L@E timeout", "lambda@edge timeout"):
        values = lookup_values(conn, query)
        assert values and values[0] in ("5 s", "30 s"), (query, values)
    conn.close()


def test_a_line_naming_the_subject_asked_keeps_its_figure(tmp_path):
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.line_subject import of_another_subject
    from studycli.lookup.query import understand

    lex = lexicon()
    q = understand("L@E timeout", lex)
    fact = {"kind": "limit", "subject": "Lambda@Edge", "snippet": "-> CF functions cheaper, <1ms"}
    assert of_another_subject(fact, q, lex)
    # the line says the subject asked too ("CF functions <1ms vs L@E 5s/30s"): no reason
    fact["snippet"] = "CF functions <1ms vs L@E 5s/30s"
    assert not of_another_subject(fact, q, lex)
    # a line opening with another class that names the one asked further on is the one's too
    # (unseen8: "why: instant retrieval = ms ... Deep Archive = 12 h standard, 48 h bulk")
    q2 = understand("glacier deep archive retrieval time", lex)
    assert not of_another_subject({"kind": "limit", "subject": "S3 Glacier Deep Archive",
                                   "snippet": "why: instant retrieval = ms access. Deep "
                                              "Archive = 12 h standard, 48 h bulk"}, q2, lex)
    # a line naming no other subject is the subject's own
    fact["snippet"] = "- timeout 5 s viewer / 30 s origin"
    assert not of_another_subject(fact, q, lex)


def test_the_cli_answers_lambda_at_edges_timeout(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "edge.md").write_text(EDGE, encoding="utf-8")
    db = tmp_path / "facts.db"
    env = shipped_reference(200)
    assert run_here("ingest", str(notes), db=db, env=env).returncode == 0
    result = run_here("lookup", "L@E timeout", "--json", "--limit", "3", db=db, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["value"] in ("5 s", "30 s")


def test_a_subject_named_in_passing_is_no_other_subjects_line():
    # ": in: 1 MB/s ... shared by all consumers (classic fan-out)" is a shard's line, filed so
    # (unseen60's "kinesis shard write throughput"): "fan-out" names SNS's subject at its end
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.line_subject import of_another_subject
    from studycli.lookup.query import understand

    lex = lexicon()
    q = understand("kinesis shard write throughput", lex)
    fact = {"kind": "limit", "subject": "shard",
            "snippet": ": in: 1 MB/s or 1,000 records/s. out: 2 MB/s shared by all consumers "
                       "(classic fan-out)"}
    assert not of_another_subject(fact, q, lex)
