"""Lookups the notes cannot answer (session 47, abst47): a word that opens the words naming
what is asked says which kind of that thing is asked ("hosted" of "direct connect hosted
connection speeds", "oracle" of "rds oracle read replica max"); a line saying the thing and
leaving that word unsaid, by itself, a synonym, a short form or its heading, is most often
the figure of another kind, and the word weighs double against it (lookup/answer.py
_names_a_kind). A word going on a name whose first word the line says ("multipart upload"),
and the measure itself, last ("token lifetime"), keep their weight.

AWS facts the tests rely on: a hosted connection's bandwidth runs from 50 Mbps up
(https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/directconnect/aws.sdk.kotlin.services.directconnect.model/-allocate-hosted-connection-request/bandwidth.html);
an RDS DB instance can have up to 15 read replicas, Oracle and SQL Server up to 5
(https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/-create-db-instance-read-replica-request/source-db-instance-identifier.html).
The other figures are the notes' own, asked back as written.
"""

from __future__ import annotations

import pytest

from studycli.lookup import lookup

from .helpers import notes_conn

NOTES = """# Direct Connect

- dedicated connections 1, 10 or 100 Gbps; setup lead time often > 1 month

# RDS

- read replicas: up to 5 per source (MySQL/MariaDB/Postgres), can be cross region
- IAM DB auth token valid 15 minutes

# S3

- multipart: parts 5 MB - 5 GB, up to 10,000 parts
"""


def _values(conn, query: str) -> list[str]:
    return [h["value"] for h in lookup(conn, query, limit=3).to_json()]


@pytest.mark.parametrize("query", [
    "direct connect hosted connection speeds",  # unseen62, unseen64, unseen68
    "rds oracle read replica max",  # unseen53, unseen60, unseen75
])
def test_a_kind_asked_that_the_line_leaves_unsaid_is_not_answered(tmp_path, query):
    conn = notes_conn(tmp_path, NOTES)
    assert _values(conn, query) == []


@pytest.mark.parametrize("query, figure", [
    # the line of the thing, no kind asked
    ("direct connect dedicated connection speeds", "100"),
    ("rds read replica max", "5"),
    # a word going on a name the line says by its first word
    ("multipart upload max parts", "10,000"),
    # the measure itself, worded otherwise by the line ("valid 15 minutes")
    ("rds iam auth token lifetime", "15"),
])
def test_a_word_that_tells_no_kind_keeps_the_answer(tmp_path, query, figure):
    conn = notes_conn(tmp_path, NOTES)
    values = _values(conn, query)
    assert values and figure in values[0]


def test_a_yes_no_question_is_answered_by_the_other_kind(tmp_path):
    # "is s3 strongly consistent for overwrites?": the line saying "eventually consistent"
    # answers it (no)
    conn = notes_conn(tmp_path, "# S3\n\n- consistency: new PUTs are read-after-write, "
                                "overwrite PUTs and DELETEs are eventually consistent\n")
    assert _values(conn, "is s3 strongly consistent for overwrites?")


def test_a_word_asking_a_quality_names_no_kind(tmp_path):
    # unseen27: "cheapest" opens the words before "support plan", and no line says it; a
    # superlative asks a quality of the plans, not which kind of plan
    conn = notes_conn(tmp_path, "# Support\n\n- Enterprise On-Ramp: pool of TAMs, from "
                                "$5,500/mo\n- Enterprise: designated TAM, from $15,000/mo\n")
    assert _values(conn, "cheapest support plan with a TAM")


def test_a_quality_is_told_from_a_word_ending_alike():
    from studycli.lookup.answer import _a_quality
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.text import stem

    lex = lexicon()
    assert all(_a_quality(stem(w), lex) for w in ("cheapest", "biggest", "usable"))
    assert not any(_a_quality(stem(w), lex) for w in ("request", "hosted", "ingest"))
