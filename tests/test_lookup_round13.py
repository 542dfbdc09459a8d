"""Lookup on the failure shapes of issue 10's round thirteen (unseen16-18): words typed
apart that the notes write as one word ("fan out": "fanout") or by their initials ("point in
time recovery": PITR); a journal's answer that opens with a bare number ("A: 5,000. ...")
labelled by its question; "which services support X" asking for services, not about them;
"what happens if ... set to 0" a concept question though it types a number.
"""

from __future__ import annotations

from studycli.ingest import ingest_paths
from studycli.lookup import lookup
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.lookup.text import stem
from studycli.store.db import connect
from tests.helpers import first_value, notes_conn

NOTES = """\
# cram sheet

## SNS
- SNS: fanout = one topic -> many SQS queues (each queue needs a policy letting SNS send)
- message size 256 KB

## DynamoDB
| Feature | Value |
|---|---|
| PITR window | up to 35 days |
| Item size | 400 KB |

## IAM
Q: users max per account?
A: 5,000. Groups cannot hold groups. A user can be in max 10 groups.

## VPC
- Gateway endpoint only for S3 and DynamoDB; everything else uses an interface endpoint
- default limit of 5 VPCs per region

## Lambda
### reserved concurrency
- set to 0 = function always throttled
- 1000 concurrent executions per region by default
"""


def _db(tmp_path):
    return notes_conn(tmp_path, NOTES, "cram.md")


def _first(conn, query: str) -> str:
    return first_value(conn, query)


def test_words_typed_apart_are_said_by_the_one_word_a_note_writes(tmp_path):
    conn = _db(tmp_path)
    assert "fanout" in _first(conn, "sns fan out pattern")
    q = understand("sns fan out pattern", lexicon(), in_notes=lambda word: word == "fanout")
    assert any(stem("fan") in c and "fanout" in c for c in q.topic)
    # a joined form the notes never write is no term
    q = understand("sns fan out pattern", lexicon(), in_notes=lambda word: False)
    assert all("fanout" not in c for c in q.concepts)


def test_words_typed_out_are_said_by_their_initials(tmp_path):
    conn = _db(tmp_path)
    assert _first(conn, "dynamodb point in time recovery how far back") == "35 days"
    q = understand("dynamodb point in time recovery", lexicon(), in_notes=lambda word: True)
    assert all("pitr" in c for c in q.topic)
    # a cue word is no initial of a name: "max event size" is no "MES"
    q = understand("eventbridge max event size", lexicon(), in_notes=lambda word: True)
    assert all("mes" not in c for c in q.concepts)


def test_initials_name_a_thing_and_count_nothing():
    q = understand("max event source mappings per lambda function", lexicon(),
                   in_notes=lambda word: word == "esm")
    assert "esm" not in q.counted  # "ESM batch window up to 300s" counts no mappings


def test_a_bare_number_opening_an_answer_is_labelled_by_its_question(tmp_path):
    conn = _db(tmp_path)
    assert "5,000" in _first(conn, "max iam users per account")
    # the answer counts users: no answer to a count of another noun
    assert lookup(conn, "max iam roles per account", limit=3).to_json() == []


def test_which_services_asks_for_services_not_about_them(tmp_path):
    conn = _db(tmp_path)
    assert "S3 and DynamoDB" in _first(conn, "which services support gateway endpoints")
    q = understand("which services support gateway endpoints", lexicon())
    assert all(stem("services") not in c and stem("support") not in c for c in q.topic)
    q = understand("which services", lexicon())  # nothing else asked: the words stay
    assert any(stem("services") in c for c in q.topic)


def test_what_happens_if_a_number_is_set_is_a_concept_question(tmp_path):
    conn = _db(tmp_path)
    q = understand("what happens if reserved concurrency set to 0", lexicon())
    assert q.concept and q.numbers  # the number stays typed: the line that says it ranks
    assert "throttled" in _first(conn, "what happens if reserved concurrency set to 0")
    # a number that is asked about is no condition: "how many" stays a count
    q = understand("how many concurrent executions per region 1000", lexicon())
    assert not q.concept


def test_one_of_a_unit_asks_what_it_stands_for():
    lex = lexicon()
    for text in ("1 rcu equals", "what is 1 rcu", "1 rcu how many kb", "one wcu in kb"):
        q = understand(text, lex)
        assert q.concept and not q.numbers, text  # "1 RCU = ...": a statement defines it
    for text in ("what is 1 gb", "lambda 1 concurrency", "1 rcu max partitions"):
        assert not understand(text, lex).concept, text  # a unit of measure, or more asked


def test_a_definition_is_answered_by_the_line_that_defines(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "ddb.md").write_text(
        "# DynamoDB\n| Quota | Value |\n|---|---|\n| RCU per partition | 3,000 RCUs |\n\n"
        "- 1 RCU = 1 strongly consistent read/s of up to 4 KB\n", encoding="utf-8")
    db = connect(tmp_path / "facts.db")
    ingest_paths(db, [notes])
    for text in ("1 rcu equals", "what is 1 rcu"):
        assert "4 KB" in _first(db.conn, text), text


GATEWAY = """\
# API Gateway
## cache
- Cache TTL default 300 seconds, 0 to 3600 s
## Lambda authorizer
- authorizer types: TOKEN and REQUEST

# SQS
## FIFO queue
- the DLQ of a FIFO queue must also be FIFO

# Aurora
- Aurora Serverless v2 scales in 0.5 ACU increments
- Aurora Serverless v2 max 128 ACU per instance
"""


def _gateway_db(tmp_path, text: str = GATEWAY):
    return notes_conn(tmp_path, text, "notes.md")


def test_one_subject_of_two_asked_is_no_answer_about_the_other(tmp_path):
    conn = _gateway_db(tmp_path)
    # the stage cache's TTL is not the authorizer's cache TTL
    assert lookup(conn, "lambda authorizer cache ttl default", limit=3).to_json() == []
    assert _first(conn, "api gateway cache ttl default") == "300 s"
    # a subject said by the alias typed ("dlq") is said
    assert "must also be FIFO" in _first(conn, "can a fifo queue use a dlq that is standard")


def test_a_step_a_quantity_moves_by_is_no_bound(tmp_path):
    conn = _gateway_db(tmp_path, GATEWAY.replace(
        "- Aurora Serverless v2 max 128 ACU per instance\n", ""))
    assert lookup(conn, "aurora serverless v2 max acu", limit=3).to_json() == []
    conn = _gateway_db(tmp_path / "with_max")
    assert "128" in _first(conn, "aurora serverless v2 max acu")


def test_a_setting_asked_for_another_service_ranks_a_line_naming_both():
    from studycli.lookup.rank import explain

    lex = lexicon()

    def row(value: str, snippet: str) -> dict:
        return {"service": "SQS", "subject": "", "attribute": "visibility timeout",
                "kind": "fact", "qualifier": "", "value": value, "number": None, "unit": "",
                "low": None, "high": None, "snippet": snippet}

    both = row("lambda + sqs: set visibility timeout >= 6x function timeout",
               "lambda + sqs: set visibility timeout >= 6x function timeout")
    own = row("visibility timeout default 30 s", "visibility timeout default 30 s")
    q = understand("sqs visibility timeout for lambda", lex)
    assert explain(both, q, lex.stopwords).get("service related", 0) > 0
    assert explain(own, q, lex.stopwords).get("service related", 0) == 0
    # two services typed side by side relate nothing: no bonus for either
    q = understand("sqs lambda visibility timeout", lex)
    assert explain(both, q, lex.stopwords).get("service related", 0) == 0


def test_a_lag_is_what_notes_write_as_replication_or_delay(tmp_path):
    q = understand("aurora global database replication lag", lexicon())
    assert any(stem("lag") in c and stem("delay") in c for c in q.topic)
    conn = _gateway_db(tmp_path, "# Aurora\n## Aurora Global Database\n"
                                 "- cross-region replication typically under 1 s\n"
                                 "- up to 15 read replicas\n")
    assert "1 s" in _first(conn, "aurora global db replication lag")
