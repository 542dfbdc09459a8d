"""A new user's notes (session 23): a comparison table's cells are their column's service's
under any heading; a bare count after a bound is read when the plural noun before the bound
names what is counted ("Aurora replicas up to 15", "groups per user max 10"); `search`
finds the lines that mistype the word searched ("visibilty")."""

from __future__ import annotations

import json

from .helpers import ingest_text, run_here, shipped_reference

REF = shipped_reference(200)

NOTES = (
    "# Messaging\n\n## SNS\n\nSNS is pub/sub.\n\n"
    "| | SQS | SNS |\n|---|---|---|\n"
    "| Retention | 4 days default, max 14 days | no retention |\n"
    "| Consumers | one consumer per message | many subscribers |\n\n"
    "## Aurora\n\n- Aurora replicas up to 15\n- it takes minutes up to 15\n\n"
    "## IAM\n\n- groups per user max 10\n\n"
    "## SQS\n\n- visibilty timeout default 30 s, max 12 h\n"
    "- the instant the timeout expires, the message is visible again\n")


def _hits(db, *args: str) -> list[dict]:
    result = run_here("lookup", *args, "--json", "--limit", "3", db=db, env=REF)
    return json.loads(result.stdout)


def _facts(db) -> list[dict]:
    return json.loads(run_here("facts", "--json", db=db, env=REF).stdout)


def test_a_comparison_tables_cells_are_their_columns_services(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    rows = [f for f in _facts(db) if f["line"] in (9, 10)]
    # the SQS column's cells are no SNS facts, though the table sits under "## SNS"
    assert rows and not [f for f in rows if f["service"] == "SNS" and "4 days" in f["value"]]
    assert {f["service"] for f in rows if "no retention" in f["value"]} == {"SNS"}
    assert {f["service"] for f in rows if "4 days" in f["value"]} == {"SQS"}
    hits = _hits(db, "sns retention")
    assert not hits or "4 days" not in hits[0]["value"], hits
    assert "4 days" in _hits(db, "sqs retention default")[0]["value"]


def test_a_plural_noun_before_a_bound_names_a_bare_count(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    limits = {(f["service"], f["value"]) for f in _facts(db) if f["kind"] == "limit"}
    assert ("Aurora", "15 replicas") in limits
    assert ("IAM", "10 groups") in limits
    # a time said loosely ("minutes up to 15") is no count of anything
    assert not [v for s, v in limits if "minutes" in v]
    assert _hits(db, "how many aurora replicas")[0]["value"] == "15 replicas"
    # Aurora's own replicas are its read replicas: the catalogue's "read replicas" typed
    assert _hits(db, "max read replicas aurora")[0]["value"] == "15 replicas"
    assert not _hits(db, "aurora max write replicas")
    hits = _hits(db, "max groups per user")
    assert hits and hits[0]["value"] == "10 groups" and hits[0]["kind"] == "limit", hits


def test_search_finds_a_line_that_mistypes_the_word(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    result = run_here("search", "visibility", "--json", db=db, env=REF)
    assert result.returncode == 0
    lines = [h["line"] for h in json.loads(result.stdout)]
    assert 23 in lines and 24 in lines, lines  # "visibilty" and "visible"
    shown = run_here("search", "visibility", db=db, env=REF).stdout
    assert '"visibilty"' in shown  # the student is told what else was searched
    # a word the lookup knows is no typo of another ("instant" of "instance")
    lines = [h["line"] for h in json.loads(run_here("search", "instance", "--json", db=db,
                                                    env=REF).stdout)]
    assert 24 not in lines


def test_a_word_one_line_says_is_no_services_vocabulary_however_many_facts_it_holds(tmp_path):
    from studycli.lookup import GENERIC_SHARE
    from studycli.store.db import connect
    from studycli.store.lookup_lines import service_share

    things = ["storage max 128 TiB", "backup retention max 35 days", "failover time 30 s",
              "replica lag 100 ms", "max connections 16000 connections",
              "backtrack window max 72 h", "log retention 30 days", "restore time 10 min",
              "export max 5 TB", "read latency 5 ms"]
    text = "# Aurora\n\n" + "".join(f"- {t}\n" for t in things) + (
        "- Global Database: up to 5 secondary regions, secondary lag < 1 s, secondary "
        "promote < 1 min, secondary max 16 readers, 90 s secondary failover\n")
    _, db, _ = ingest_text(tmp_path, text, columns="200")
    conn = connect(db, readonly=True).conn
    # one line of eleven says "secondary", though a quarter of the facts (that line's) do
    assert service_share(conn, "Aurora", "secondary*") < GENERIC_SHARE
    assert service_share(conn, "Aurora", "max*") >= GENERIC_SHARE
    hits = _hits(db, "aurora global database how many secondary regions")
    assert hits and hits[0]["value"] == "5 secondary regions", hits
