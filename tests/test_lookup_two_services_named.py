"""Two services named: the facts of each whose text names the other are weighed, though they
say no other word typed (session 28, lookup28, left from session 27: "codedeploy lambda
deployment types" was answered by Lambda's deployment package line; the line "CodeDeploy: ...
Lambda+ECS: Canary / Linear / AllAtOnce" says no "deployment" and was never a candidate)."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn

CARD = """# Exam day card

- CodeDeploy: EC2 in-place or B/G ; Lambda+ECS: Canary / Linear / AllAtOnce
- Lambda deployment package: 50 MB zipped, 250 MB unzipped, container image up to 10 GB
- Lambda max 5 layers per function
- Lambda deployment package too big -> upload it to S3 first
"""


def test_the_line_naming_both_services_answers(tmp_path):
    conn = notes_conn(tmp_path, CARD)
    values = lookup_values(conn, "codedeploy lambda deployment types")
    assert values and "Canary" in values[0], values
    conn.close()


def test_two_services_a_word_joins_are_left_to_their_words(tmp_path):
    # "sqs visibility timeout for lambda": the lines saying the words typed answer; every SQS
    # line naming Lambda would crowd them out (unseen34, unseen30)
    from studycli.lookup.core import _naming_the_other
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    conn = notes_conn(tmp_path, CARD + "- SQS: Lambda polls the queue, batch up to 10\n")
    lex = lexicon()
    joined = understand("recommended sqs visibility timeout for lambda trigger", lex)
    assert _naming_the_other(conn, joined, joined.all_services(), None, None) == []
    typed_together = understand("sqs lambda batch size", lex)
    assert _naming_the_other(conn, typed_together, typed_together.all_services(), None, None)
    conn.close()


def test_a_subject_typed_beside_the_two_services_finds_its_own_lines(tmp_path):
    # "recommended maxreceivecount lambda sqs" (unseen75): maxReceiveCount's lines answer
    from studycli.lookup.core import _naming_the_other
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    conn = notes_conn(tmp_path, CARD + "- SQS: Lambda polls the queue, batch up to 10\n")
    q = understand("recommended maxreceivecount lambda sqs", lexicon())
    assert _naming_the_other(conn, q, q.all_services(), None, None) == []
    conn.close()
