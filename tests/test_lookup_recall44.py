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


OTHERS = """# EBS

## st1
- min size: 125 GiB

## io1
- max 64,000 IOPS, 50 IOPS per GiB

# SNS

- FIFO high throughput: 70,000 msg/s per queue

# Lambda

- layers: 5 max
- env vars total 4 KB

# CloudFront

- edge functions memory 2 MB
"""


def test_a_counted_or_per_noun_is_never_said_for_it(tmp_path):
    conn = notes_conn(tmp_path, OTHERS)
    assert _first(conn, "st1 min volume size") == "125 GiB"
    assert _first(conn, "how many st1 volumes per instance") is None  # counted
    assert _first(conn, "lambda max layers per function") is None  # asked per
    assert _first(conn, "io1 max volume size") is None  # IOPS per GiB says no size
    assert _first(conn, "sns fifo topic throughput") is None  # a queue's figure
    assert _first(conn, "cloudfront functions max memory") == "2 MB"  # not Lambda's


MESSAGING = """# SQS

- message size max 256 KB
- queue name max 80 chars

# SNS

- message size max 256 KB
- topics per account: 100,000

# Lambda

- deployment package 50 MB zipped, 250 MB unzipped
- env vars total 4 KB
"""


def test_the_noun_alone_before_a_measure_is_what_is_measured(tmp_path):
    # a function's size is its package's, a queue's its number of messages: with no subject
    # of the service asked, the noun is not said by every figure (review of recall44)
    conn = notes_conn(tmp_path, MESSAGING)
    assert _first(conn, "lambda max function size") is None
    assert _first(conn, "sns max topic size") is None
    assert _first(conn, "sqs max queue size") != "256 KB"


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
    # "503 504" are figures, not words: a `\w{2,}` count would keep the line
    conn = notes_conn(tmp_path, "# ELB\n\n- ALB 503 → 1/2\n- 60 s\n- ALB 503 504 →\n")
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


LOGGING = """# EC2

- stop/start keeps EBS root volume

# Logging

- ALB access logs retention 90 days (bucket lifecycle)
- flow logs default aggregation 10 min
- logs max event size 256 KB

# Study plan

- logs week: retention default forever

# CloudTrail

- event history 90 days free
"""


def test_logs_after_another_kind_of_log_or_in_a_label_is_no_cloudwatch_line(tmp_path):
    # "logs" alone names no service: the child's word counts only as the line's subject,
    # opening it (review of recall44)
    conn = notes_conn(tmp_path, LOGGING)
    assert _first(conn, "cloudwatch logs aggregation interval") is None  # VPC Flow Logs
    assert _first(conn, "cloudwatch logs retention") is None  # a study plan's label
    assert _first(conn, "cloudwatch logs retention default") is None
    assert _first(conn, "cloudwatch logs max event size") == "logs max event size 256 KB"


def test_a_cli_command_of_the_child_s_namespace_is_of_its_family(tmp_path):
    # "aws logs ..." opens with the CLI's namespace of CloudWatch Logs (unseen66)
    conn = notes_conn(tmp_path, "# AWS CLI\n\n## EC2\n\n- `aws ec2 describe-instances` - lists"
                      " instances\n\n## logs / metrics\n\n- `aws logs put-retention-policy"
                      " --log-group-name /aws/lambda/f --retention-in-days 14` - default ="
                      " never expire\n\n## CloudFormation\n\n- `aws cloudformation deploy`"
                      " - creates a change set\n")
    hits = lookup(conn, "cloudwatch log group default retention", limit=3).to_json()
    assert hits and "never expire" in hits[0]["snippet"]
