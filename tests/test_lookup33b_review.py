"""Review of lookup33 (session 23): `search` ranks a note's variant spelling of a word after
the lines with the word and marks it, and takes a word for a typo only when it is rare."""

from __future__ import annotations

import json

from .helpers import ingest_text, run_here, shipped_reference

REF = shipped_reference(200)

PRINCIPALS = (
    "# IAM\n\n"
    "- follow the principle of least privilege\n"            # 3: a real word, one edit away
    "- a principal is a user, role or service\n"             # 4
    "- the root principal can close the account\n"           # 5
    "- a resource policy names a principal\n")               # 6


def _search(db, *words: str) -> list[dict]:
    return json.loads(run_here("search", *words, "--json", db=db, env=REF).stdout)


def test_a_variant_spelling_ranks_after_the_word_and_is_marked(tmp_path):
    _, db, _ = ingest_text(tmp_path, PRINCIPALS, columns="200")
    hits = _search(db, "principal")
    lines = [h["line"] for h in hits]
    assert lines[:3] and set(lines[:3]) == {4, 5, 6} and lines[3:] == [3], lines
    assert [h["variant"] for h in hits] == [False, False, False, True]
    shown = run_here("search", "principal", db=db, env=REF).stdout
    assert "(variant spelling)" in shown and '"principle"' in shown
    # the variant named only when a shown line uses it
    shown = run_here("search", "root", "principal", db=db, env=REF).stdout
    assert "principle" not in shown, shown


def test_a_word_the_notes_use_often_is_no_typo(tmp_path):
    notes = ("# EC2\n\n" + "".join(f"- replace unhealthy instances in group {n}\n"
                                    for n in range(3))
             + "- read replicas are async\n")
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    hits = _search(db, "replica")
    assert [h["line"] for h in hits] == [6], hits  # "replace" is on three lines: a word
    assert not [h for h in _search(db, "replace") if "replicas" in h["text"]]


RATES = ("# DynamoDB\n\n"
         "- requests up to 10000 per second\n"                     # 3: a rate
         "- writes up to 1000 per second per partition\n"          # 4: a rate
         "- connections up to 16000 per node\n"                    # 5: a count per a node
         "- tags up to 50 per resource\n")                         # 6


def test_a_rate_is_no_count_and_a_counts_scope_is_kept(tmp_path):
    _, db, _ = ingest_text(tmp_path, RATES, columns="200")
    facts = json.loads(run_here("facts", "--json", db=db, env=REF).stdout)
    limits = {f["line"]: (f["attribute"], f["value"]) for f in facts if f["kind"] == "limit"}
    assert 3 not in limits and 4 not in limits, limits  # not "10000 requests"
    assert limits[5] == ("connections per node", "16000 connections"), limits
    assert limits[6] == ("tags per resource", "50 tags"), limits
    hits = json.loads(run_here("lookup", "dynamodb max requests", "--json", db=db,
                               env=REF).stdout)
    assert not [h for h in hits if h["value"] == "10000 requests"], hits
