"""Issue 10, round twenty-seven: notes written with accented Latin letters are read as the
words they are, and a count asked is not answered by a statement whose only bare numbers are
0 or 1."""

from __future__ import annotations

import pytest

from studycli.lookup.text import normalize, stem, tokens
from tests.helpers import first_value, lookup_values, notes_conn

FRENCH = """\
# RDS (fiches)

- Sauvegardes : rétention par défaut 7 jours
- Réplication : réplicas en lecture jusqu'à 15
"""

PORTUGUESE = """\
# ElastiCache

- Redis: persistência (AOF/RDB), replicação, Multi-AZ
- Memcached: multi-thread, sem persistência, sem replicação
"""


@pytest.mark.parametrize("text,expected", [
    ("rétention par défaut", ["retention", "par", "defaut"]),
    ("configuração máx", ["configuracao", "max"]),
    ("Straße", ["strasse"]),
])
def test_an_accented_word_is_one_token_without_its_marks(text, expected):
    # "é" is no [a-z]: "rétention" was read as "r" and "tention"
    assert tokens(normalize(text)) == expected


@pytest.mark.parametrize("note_word,english", [
    ("replicacao", "replication"), ("replicacion", "replication"),
    ("configuracoes", "configurations"), ("persistencia", "persistence"),
    ("latencia", "latency"), ("consistencia", "consistency"), ("frequencias", "frequencies"),
    ("permissao", "permission"), ("sessoes", "sessions"), ("versao", "version"),
    ("funcao", "function"), ("funciones", "functions"),
])
def test_romance_endings_stem_as_the_english_ones(note_word, english):
    assert stem(note_word) == stem(english)


def test_a_french_note_answers_the_english_words_it_writes_with_accents(tmp_path):
    conn = notes_conn(tmp_path, FRENCH, "rds.md")
    assert first_value(conn, "rds retention default") == "7 days"
    assert "15" in first_value(conn, "rds replication")


def test_a_portuguese_note_says_replication_and_persistence(tmp_path):
    # no word of the query but the service names the Redis line: only its "persistência"
    # and "replicação" say what is asked (without the endings rule: no answer)
    note = PORTUGUESE.replace("sem persistência, sem replicação", "simples, sharding")
    conn = notes_conn(tmp_path, note, "cache.md")
    assert first_value(conn, "which elasticache engine has persistence and replication"
                       ).startswith("Redis")


SQS = """\
# SQS

- Delay queue (DelaySeconds): default 0, max 15 min
- Visibility timeout: default 30 s, max 12 h
"""

VPC = """\
# VPC

- subnet = 1 AZ only, can't span AZs
- Lambda reserved concurrency = 0 -> function throttled
"""


def test_a_count_of_queues_is_not_answered_by_a_default_of_0(tmp_path):
    conn = notes_conn(tmp_path, SQS, "sqs.md")
    assert lookup_values(conn, "max number of sqs queues per account") == []
    assert first_value(conn, "sqs delay queue max") == "15 min"  # what the line does say


def test_a_count_of_subnets_is_not_answered_by_one_az(tmp_path):
    conn = notes_conn(tmp_path, VPC, "vpc.md")
    assert lookup_values(conn, "max subnets per vpc") == []
    # the 0 typed is what is asked about, not a count
    assert "throttled" in first_value(conn, "reserved concurrency set to 0")


DYNAMO_TTL = """\
# DynamoDB

## TTL
- TTL deletes expired items in the background
- deletion delay | 48 h
- TTL attribute = epoch seconds

## Streams
- retention: 24 h
"""


def test_how_fast_asks_for_a_quantity_and_fast_is_no_word_the_line_must_say(tmp_path):
    # "how fast" is a cue, as "how long" is: a line need not say "fast" to answer it
    conn = notes_conn(tmp_path, DYNAMO_TTL, "ddb.md")
    assert "48" in first_value(conn, "how fast does dynamodb ttl delete expired items")


KINESIS = """\
# Kinesis Data Streams

| Quota | Value |
|---|---|
| Write per shard | 1 MB/s or 1,000 records/s |
| Read per shard | 2 MB/s |
| Shards per stream (on-demand) | 200 |

- shard = unit of capacity; split a hot shard, merge cold shards
- retention 24 h default, up to 365 days
"""


def test_a_cue_word_mistyped_is_scored_as_the_cue(tmp_path):
    # "limti" was a topic word no line says: the write row answered at two thirds
    from studycli.lookup import lookup

    conn = notes_conn(tmp_path, KINESIS, "kinesis.md")
    typo = lookup(conn, "kinesis shard write limti", limit=3).hits
    right = lookup(conn, "kinesis shard write limit", limit=3).hits
    assert "1 MB/s" in typo[0]["value"]
    assert typo[0]["answer"] == right[0]["answer"] == 1.0


@pytest.mark.parametrize("typed,cue", [("limti", "limit"), ("defualt", "default"),
                                       ("maxmum", "maximum")])
def test_a_slip_of_the_fingers_from_one_cue_is_that_cue(typed, cue):
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    assert understand(f"sqs message size {typed}", lexicon()).corrections == {typed: cue}


def test_a_changed_letter_is_no_slip_to_a_cue():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    q = understand("kcl dynamodb lease table", lexicon())  # "least" is one letter changed
    assert "lease" in q.tokens and not q.qualifiers


# Everyday words, among them those one slip from a cue ("last": "least", "mean": "means",
# "lowers", "ranger", "invoker"), and a French one ("faut": "fault")
COMMON_WORDS = """the be to of and a in that have it for not on with he as you do at this but his
by from they we say her she or an will my one all would there their what so up out if about who
get which go me when make can like time no just him know take people into year your good some
could them see other than then now look only come its over think also back after use two how our
work first well way even new want because any these give day most us last least lest past mean
means lower lowers ranger range rang rage error errors fault faut invoker invoke poll polls quote
quota limit limits lime timer trigger triggers upper uppers codes coder modes nodes meaning
between largest longest lowest highest biggest smallest shortest default returns return""".split()


def test_an_everyday_word_is_never_repaired_to_a_cue():
    # "how long does a visibility timeout last" read "last" as "least" and answered 0 s.
    # One test over every word (not one a word: 145 tests' set-up cost more than the check),
    # naming each word repaired
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    repaired = [word for word in COMMON_WORDS
                if word in understand(f"how long does sqs {word} take", lexicon()).corrections]
    assert repaired == []


def test_last_is_no_minimum(tmp_path):
    conn = notes_conn(tmp_path, "# SQS\n\n- Visibility timeout: min 0 s, default 30 s, max 12 h\n",
                      "sqs.md")
    assert first_value(conn, "how long does a visibility timeout last") != "0 s"


@pytest.mark.parametrize("line,query,expected", [
    ("Internet gateway: 1 per VPC", "how many internet gateways per vpc", "1"),
    ("IGW: only 1 per VPC", "how many igws per vpc", "1"),
    ("Virtual private gateway (VGW): 1 per VPC", "how many virtual private gateways per vpc",
     "1"),
    ("default VPC: 1 per region", "how many default vpcs per region", "1"),
    ("each subnet associated with exactly 1 route table", "how many route tables per subnet",
     "1"),
    ("Internet gateway = 1, attached to the VPC", "how many internet gateways per vpc", "1"),
])
def test_a_count_of_1_that_names_what_it_counts_answers(tmp_path, line, query, expected):
    # a 1 followed by "per <scope>", or whose label or noun says what is counted, is the count
    conn = notes_conn(tmp_path, f"# VPC\n\n- {line}\n", "vpc.md")
    assert expected in first_value(conn, query)


def test_a_default_of_0_answers_a_default_asked(tmp_path):
    conn = notes_conn(tmp_path, "# Lambda\n\n- Lambda provisioned concurrency: 0 by default\n",
                      "lambda.md")
    assert "0" in first_value(conn, "lambda provisioned concurrency default")
