""""X vs Y <aspect>" answered only by lines that say the aspect asked (session 52, issue 10;
lookup/aspect_only.py), and an aspect typed after two sides of several words read as the
aspect, not as a word of the second side (lookup/query.py, _aspect_after_sides).

What the notes state agrees with the AWS documentation: a Multi-AZ DB instance keeps a
standby replica in another Availability Zone, which is billed as an instance, and fails
over in typically 60-120 seconds; a read replica is a DB instance of its own, billed as one,
replicated asynchronously (docs.aws.amazon.com/AmazonRDS/latest/UserGuide/
Concepts.MultiAZSingleStandby.html, docs.aws.amazon.com/AmazonRDS/latest/UserGuide/
USER_ReadRepl.html)."""

from __future__ import annotations

import json

from .helpers import lookup_values, notes_conn, run_here

NOTES = """# RDS

## Multi-AZ vs Read Replica
- Multi-AZ failover takes 60-120 seconds
- Read replica promotion is manual, replication is async
- Multi-AZ costs double: you pay for the standby instance
- Read replicas cost a full instance each
"""


def test_a_phrase_sides_aspect_is_no_word_of_the_second_side():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    q = understand("multi az vs read replica cost", lex)
    assert [sorted(side) for side in q.compared] == [["az", "multi"], ["read", "replica"]]
    q = understand("http api vs rest api latency", lex)
    assert all("latenc" not in " ".join(side) for side in q.compared), q.compared
    # the second side going on with a word of the first is more asked, left as words
    q = understand("task role vs task execution role permissions", lex)
    assert q.compared == []


def test_only_lines_saying_the_aspect_answer(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    values = lookup_values(conn, "multi az vs read replica cost")
    assert values and all("cost" in v for v in values), values
    assert len(values) == 2
    # with no aspect asked, every line of the pair answers as before
    assert len(lookup_values(conn, "multi az vs read replica")) == 3
    conn.close()


def test_where_no_line_says_the_aspect_the_answers_stay(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    # "promotion" said by one line: only it answers; "durability", said by none, drops
    # no line the ranking found (no abstention for a word the notes put otherwise)
    assert lookup_values(conn, "multi az vs read replica promotion") == [
        "Read replica promotion is manual, replication is async"]
    assert len(lookup_values(conn, "multi az vs read replica durability")) >= 2
    conn.close()


def test_the_cli_answers_the_cost_asked(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "rds.md").write_text(NOTES, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    result = run_here("lookup", "multi az vs read replica cost", "--json", db=db)
    assert result.returncode == 0, result.stderr
    lines = [h["line"] for h in json.loads(result.stdout)]
    assert sorted(lines) == [6, 7], lines


def test_a_word_both_phrase_sides_share_is_no_aspect():
    # "pool" of "user pool vs identity pool" is of both sides: no line need say it
    from studycli.lookup.aspect_first import aspect_words
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    assert aspect_words(understand("cognito user pool vs identity pool", lex), lex) == []
    assert aspect_words(understand("user pool vs identity pool tokens", lex), lex) == [
        "tokens"]
