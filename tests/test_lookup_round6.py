"""Answer-or-abstain mechanisms of issue 10, round three: a topic word many facts of the notes
say tells less, left unsaid, than a rare one; a name that continues a word ("lambda@edge")
is not a form of that word."""

from __future__ import annotations

import pytest

from studycli.kinds import Kind
from studycli.lookup import lookup
from studycli.lookup.answer import answer_features
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.lookup.words import near
from studycli.store.db import connect
from tests.helpers import note_db

# Many lines say "access" (a word of most notes); one says how a Lambda function in a VPC
# reaches the internet without it; none says "backtrack".
NOTE = "\n".join([
    "# Lambda", "",
    "- Lambda in VPC needs NAT GW for internet (no public IP ever)",
    "- Lambda execution role grants access to other services", "",
    "# S3", "",
    *(f"- S3 access point {n} gives access to bucket prefix {n}" for n in range(1, 13)), "",
    "# Aurora", "",
    "- Aurora global database replicates in under 1 s",
    "- Aurora Replicas: up to 15 per cluster", "",
    "# IAM", "",
    *(f"- IAM policy {n} allows access to service {n}" for n in range(1, 13)), "",
])


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = note_db(tmp_path_factory.mktemp("round6"), NOTE)
    c = connect(path, readonly=True).conn
    yield c
    c.close()


def test_a_common_word_left_unsaid_still_lets_a_fact_answer(conn):
    result = lookup(conn, "lambda in vpc internet access", limit=3)
    assert result.hits and "NAT" in result.hits[0]["value"], [h["value"] for h in result.hits]
    assert "access" in result.understood.common


def test_a_rare_word_left_unsaid_means_the_notes_do_not_answer(conn):
    result = lookup(conn, "aurora backtrack window max", limit=3)
    assert result.hits == [], [h["value"] for h in result.hits]


def test_a_name_that_continues_a_word_is_not_a_form_of_it():
    assert not near("lambda", "lambda@edge")
    assert near("concurrency", "concurrent")  # a form of the word still is


# A comparison table: the parser files each row's fact under its first column's thing.
TABLE = """# Secrets

| | Secrets Manager | SSM Param Store |
|---|---|---|
| size | 64 KB max | std 4 KB / adv 8 KB |
| price | $0.40/secret/mo | std free |

# Caches

| | Redis | Memcached |
|---|---|---|
| Default port | 6379 | 11211 |
| Persistence | yes | no |
"""


@pytest.fixture(scope="module")
def table_conn(tmp_path_factory):
    path = note_db(tmp_path_factory.mktemp("round6t"), TABLE)
    c = connect(path, readonly=True).conn
    yield c
    c.close()


def test_a_column_of_a_comparison_table_answers_for_its_own_thing(table_conn):
    hits = lookup(table_conn, "parameter store standard param size", limit=3).to_json()
    assert hits and "4 KB" in hits[0]["value"], hits
    assert hits[0]["service"] == "Systems Manager Parameter Store"
    assert hits[0]["snippet"].startswith("| size |"), hits[0]  # the note's own line


def test_a_cell_answers_of_its_own_column_only(table_conn):
    hits = lookup(table_conn, "memcached port", limit=3).to_json()
    assert hits and "11211" in hits[0]["value"], hits
    assert "6379" not in hits[0]["value"]


HABITS = """# Misc

- KMS key rotation every 365 days
- SM deletion recovery window def 30 days, min 7 days

# Lambda

| Quota | Value |
|---|---|
| Scaling rate | 1,000 execution environments every 10 seconds |
| Memory | 128 MB to 10,240 MB |
"""


@pytest.fixture(scope="module")
def habits_conn(tmp_path_factory):
    path = note_db(tmp_path_factory.mktemp("round6h"), HABITS)
    c = connect(path, readonly=True).conn
    yield c
    c.close()


def test_a_line_naming_the_service_by_its_initials_answers_for_it(habits_conn):
    hits = lookup(habits_conn, "secrets manager recovery window default", limit=3).to_json()
    assert hits and "30 days" in hits[0]["value"], hits


def test_a_number_every_span_of_time_is_a_rate(habits_conn):
    hits = lookup(habits_conn, "lambda scaling rate", limit=3).to_json()
    assert hits and "every 10 seconds" in hits[0]["value"], hits


COUNTS = """# Kinesis

- With Kinesis the same key always goes to the same shard, and if you have five shards \
you get maximum five consumers in parallel.
- Max record size 1 MB

# VPC

- SG is stateful. Up to 5 security groups per ENI, 60 inbound rules per SG.
"""


@pytest.fixture(scope="module")
def counts_conn(tmp_path_factory):
    path = note_db(tmp_path_factory.mktemp("round6c"), COUNTS)
    c = connect(path, readonly=True).conn
    yield c
    c.close()


def test_a_maximum_of_something_else_is_no_maximum_of_what_is_counted(counts_conn):
    # "five shards ... maximum five consumers" bounds consumers; "1 MB" counts no shards
    result = lookup(counts_conn, "max shards per kinesis stream", limit=3)
    assert result.hits == [], [h["value"] for h in result.hits]


def test_a_count_in_a_clause_of_its_own_is_still_a_count(counts_conn):
    hits = lookup(counts_conn, "sg inbound rules max", limit=3).to_json()
    assert hits and "60 inbound rules" in hits[0]["value"], hits



def _statement(value: str, service: str = "SQS") -> dict:
    return {"service": service, "subject": "", "attribute": "quotas", "kind": Kind.FACT,
            "qualifier": "", "value": value, "number": None, "unit": "", "low": None,
            "high": None, "snippet": f"| {value} |"}


def test_how_something_is_invoked_is_not_answered_by_a_quota_row():
    lex = lexicon()
    q = understand("how does lambda get messages from sqs", lex)
    quota = answer_features(_statement("Message attributes | 10 per message"), q, lex)
    mode = answer_features(_statement("Lambda polls the queue (event source mapping)"), q, lex)
    assert quota["shape"] < 1.0 <= mode["shape"]
    # a quantity asked alongside a mode word is still a quantity: "lambda max event age async"
    q = understand("lambda max event age async", lex)
    age = answer_features(_statement("6 hours (21,600 s)", "Lambda"), q, lex)
    assert age["shape"] == 1.0


@pytest.mark.parametrize("query, word", [
    ("dynamo pitr how far back can i restore", "recovery"),  # PITR: point in time recovery
    ("kinesis data analytics language", "sql"),              # a language named, not "language"
])
def test_a_word_students_type_reaches_the_words_notes_write(query, word):
    q = understand(query, lexicon())
    assert any(word in concept for concept in q.topic), q.topic


def test_further_matches_that_answer_are_looked_for_below_the_first_few():
    from studycli.lookup import _more_answers

    lex = lexicon()
    q = understand("sqs lambda batch size max", lex)
    first = {**_statement("batch size: max 10 messages"), "answer": 1.0}
    fillers = [{**_statement(f"message retention {n} days"), "answer": 0.0}
               for n in range(1, 12)]
    low = _statement("ESM w/ SQS batch size up to 10,000 messages (std queue)", "Lambda")
    answers = _more_answers([first, *fillers, low], q, lex, 0.6, 3)
    assert answers[0] is first and answers[1] is low, [a["value"] for a in answers]


def test_a_fact_of_a_subject_not_asked_ranks_below_the_service_own():
    from studycli.lookup.rank import score

    lex = lexicon()
    q = understand("cloudfront default ttl", lex)

    def ttl(subject: str, value: str) -> dict:
        return {"service": "CloudFront", "subject": subject, "attribute": "cache TTL",
                "kind": Kind.DEFAULT, "qualifier": "default", "value": value,
                "number": 10.0, "unit": "s", "low": None, "high": None,
                "snippet": f"{subject} cache TTL default {value}"}

    own = score(ttl("", "86,400 s"), q, lex.stopwords, 0.0, lex.kind_words)
    special = score(ttl("origin", "10 s"), q, lex.stopwords, 0.0, lex.kind_words)
    assert own > special
    q = understand("cloudfront origin default ttl", lex)  # asked: no longer a penalty
    assert score(ttl("origin", "10 s"), q, lex.stopwords, 0.0, lex.kind_words) > special
