"""Session 44 (recall44, issue 10): lookups of unseen notes whose answer was found but
scored as no answer.

- the thing every fact of a service is about is said by its facts though they leave it
  unsaid ("st1 min volume size": "- min size: 125 GiB" under st1 of EBS; "sqs delay queue
  max": "| Delivery delay | 0 | 0 | 15 min |"), but never when the query counts that thing
  or asks per it, and said it weighs as little as a word most of the service's facts say
  ("io2 volume durability" is not answered by io2's size: lookup/service_noun.py);
- a line of a note in another script is kept as a statement when it says three words of any
  script ("- ALB 503 → 등록된 target 없음": counted in Latin letters only, its two words
  dropped it, and every short line of a Korean, Japanese, Russian or Arabic note with it;
  extract/statements.py);
- an unfiled line saying the word a child service's name adds to its family's ("logs
  retention default = never expire" under "Monitoring", between EC2's and CloudTrail's
  lines) is weighed as that family's, not as its neighbours' service, when the child is
  asked ("cloudwatch logs retention default"; lookup/child_said.py).
"""

from __future__ import annotations

from studycli.lookup import lookup
from studycli.lookup.query import Query
from studycli.lookup.service_noun import item_noun
from tests.helpers import notes_conn, notes_fixture

NOTES = """# EBS

## st1
- min size: 125 GiB
- throughput max 500 MiB/s

## io2
- size 4 GiB - 64 TiB

# SQS

| Param | Default | Min | Max |
|---|---|---|---|
| Delivery delay | 0 | 0 | 15 min |
| Retention | 4 days | 60 sec | 14 days |

# S3

- max object size 5 TB
"""

notes = notes_fixture(NOTES)


def _first(conn, query: str) -> str | None:
    hits = lookup(conn, query, limit=3).to_json()
    return hits[0]["value"] if hits else None


def test_the_thing_a_service_s_facts_are_about_is_said_by_them(notes):
    assert _first(notes, "st1 min volume size") == "125 GiB"
    assert _first(notes, "sqs delay queue max") == "15 min"


def test_the_thing_is_not_said_where_no_fact_of_the_service_answers(notes):
    # S3 is no one thing: a bucket's size is not an object's; nor does EBS's noun make
    # another measure an answer
    assert _first(notes, "s3 max bucket size") is None
    assert _first(notes, "st1 max volume iops") is None
    # said, the noun weighs as little as a word most of a service's facts say: it does not
    # make a line answer a word asked that it leaves unsaid
    assert _first(notes, "io2 volume durability") is None


def test_a_counted_or_per_noun_is_never_said_for_it():
    ebs = {"service": "EBS", "kind": "limit", "subject": "st1", "attribute": "size",
           "value": "125 GiB", "snippet": "- min size: 125 GiB"}
    q = Query("st1 min volume size")
    q.services = ["EBS"]
    assert item_noun(ebs, q) == frozenset({"volum"})
    q.counted = {"volum"}
    assert item_noun(ebs, q) == frozenset()  # "max volumes per instance"
    lam = {"service": "Lambda", "kind": "limit", "subject": "", "attribute": "layers",
           "value": "5 layers", "snippet": "- max 5 layers"}
    q = Query("lambda max layers per function")
    q.services = ["Lambda"]
    q.denominators = {"function"}
    assert item_noun(lam, q) == frozenset()
    # another service's fact, a statement, a fact saying the noun: none
    q = Query("cloudfront functions max memory")
    q.services = ["CloudFront"]
    assert item_noun(lam, q) == frozenset()
    q = Query("st1 min volume size")
    q.services = ["EBS"]
    assert item_noun({**ebs, "kind": "fact"}, q) == frozenset()
    assert item_noun({**ebs, "snippet": "- min volume size 125 GiB"}, q) == frozenset()
    sns = {"service": "SNS", "kind": "limit", "subject": "", "attribute": "throughput",
           "value": "70,000 messages/s", "snippet": "high throughput FIFO: 70,000 msg/s per queue"}
    q2 = Query("sns fifo topic throughput")
    q2.services = ["SNS"]
    assert item_noun(sns, q2) == frozenset()  # a queue's figure, filed under SNS
    assert item_noun({**sns, "snippet": "FIFO: 300 msg/s"}, q2) == frozenset({"topic"})
    q.subjects = [("EBS", "io1")]  # "io1 max volume size": st1's figure is none of io1's
    assert item_noun(ebs, q) == frozenset()
    q.subjects = [("EBS", "st1")]
    assert item_noun({**ebs, "subject": ""}, q) == frozenset()  # nor one not saying st1
    assert item_noun({**ebs, "subject": "", "snippet": "- min size 125 GB (st1)"}, q) \
        == frozenset({"volum"})


KOREAN = """# ELB

- ALB 503 → 등록된 target 없음
- ALB 504 → target 타임아웃
- idle timeout (ALB) 기본 60초
"""


def test_a_line_of_another_script_is_kept_as_a_statement(tmp_path):
    conn = notes_conn(tmp_path, KOREAN)
    said = {v for (v,) in conn.execute("SELECT value FROM facts WHERE kind = 'fact'")}
    assert "ALB 503 → 등록된 target 없음" in said
    assert "ALB 504 → target 타임아웃" in said
    hits = lookup(conn, "alb 503 meaning", limit=3).to_json()
    assert hits and "등록된 target 없음" in hits[0]["snippet"]


def test_two_words_and_figures_are_still_no_statement(tmp_path):
    conn = notes_conn(tmp_path, "# ELB\n\n- ALB 503 → 1/2\n- 60 s\n")
    assert not list(conn.execute("SELECT value FROM facts WHERE kind = 'fact'"))


MONITORING = """# Monitoring

- basic monitoring EC2 = 5 min interval free, detailed = 1 min
- high-res custom metrics down to 1 sec
- logs retention default = never expire
- metrics kept 15 months
- CloudTrail: 90 days event history free
"""


def test_an_unfiled_line_saying_a_child_s_own_word_is_of_its_family(tmp_path):
    conn = notes_conn(tmp_path, MONITORING)
    hits = lookup(conn, "cloudwatch logs retention default", limit=3).to_json()
    assert hits and hits[0]["value"] == "logs retention default = never expire"
    # a line not saying the child's word stays its neighbours' ("metrics kept 15 months")
    hits = lookup(conn, "cloudwatch logs metrics retention", limit=3).to_json()
    assert not hits or hits[0]["value"] != "metrics kept 15 months"
