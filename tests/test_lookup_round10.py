"""Lookup on the failure shapes of issue 10's round seven: a table row's label counts what
its number counts without its aside or scope ("Read replicas per source (MySQL/MariaDB/PG)
| 5"), a label ended by ":" speaks for its number in a statement of several clauses
("in-flight msgs: 120,000 std / 20,000 FIFO") but not for a number with a unit ("shard:
1 MB/s"), "subscriptions" are subscribers, "org"/"organizations" name AWS Organizations
without being what is counted; further matches pass over what a line already shown says;
a discount or reduction is a percentage; a failure typed as met asks for its remedy; "kept"
says retention; a bare number under a journal's question answers what the question counts;
an outline item is read under its parent item; words typed apart find the one name a note
writes ("ParallelizationFactor").
"""

from __future__ import annotations

from studycli.ingest import ingest_paths
from studycli.lookup import lookup
from studycli.lookup.answer import _counted_by_number, _label_words
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.lookup.text import stem
from studycli.store.db import connect
from tests.helpers import first_value, notes_conn

QUOTAS = """\
# quota cheat sheet

## RDS
| Quota | Value |
|---|---|
| Read replicas per source (MySQL/MariaDB/PG) | 5 |
| Max storage (most engines) | 64 TiB |

## SQS
- in-flight msgs: 120,000 std / 20,000 FIFO
- ReceiveMessage max 10 msgs per call

## SNS
- SNS subscribers per topic: 12,500,000
- SNS topics per account: 100,000

## Organizations
- The default limit is 4 accounts per organization but you can request more

## Kinesis
- shard: 1 MB/s or 1,000 records/s in, 2 MB/s out (shared across consumers)
"""


def _db(tmp_path):
    return notes_conn(tmp_path, QUOTAS, "quotas.md")


def _first(conn, query: str) -> str:
    return first_value(conn, query)


def test_a_labels_aside_and_scope_do_not_hide_what_it_counts(tmp_path):
    conn = _db(tmp_path)
    assert "5" in _first(conn, "rds mysql read replicas max")


def test_a_label_before_a_colon_speaks_for_its_number(tmp_path):
    conn = _db(tmp_path)
    assert "120,000" in _first(conn, "sqs inflight messages limit")


def test_subscriptions_are_subscribers(tmp_path):
    conn = _db(tmp_path)
    assert "12,500,000" in _first(conn, "sns subscriptions per topic")


def test_orgs_name_organizations(tmp_path):
    conn = _db(tmp_path)
    for query in ("org default account limit", "organizations default account limit"):
        assert "4 accounts" in _first(conn, query)
    q = understand("organizations default account limit", lexicon())
    assert q.services == ["Organizations"]
    assert stem("organizations") not in q.counted


def test_a_number_with_a_unit_counts_nothing_its_label_names(tmp_path):
    conn = _db(tmp_path)
    assert lookup(conn, "max shards per kinesis stream default", limit=3).to_json() == []


def test_label_words():
    lex = lexicon()
    from studycli.lookup.answer import _WORD_OR_NUMBER

    def words(text: str) -> list[str]:
        return _label_words(_WORD_OR_NUMBER.findall(text), lex)

    assert words("Read replicas per source (MySQL/MariaDB/PG) |") == ["Read", "replicas"]
    assert words("policies per user/role attached") == ["policies", "attached"]
    assert words("Concurrent executions per Region |") == ["Concurrent", "executions"]
    counted = {stem("replicas")}
    assert _counted_by_number("Read replicas per source (MySQL/MariaDB/PG) | 5", counted, lex,
                              label_too=True)
    # the scope after "per" and the engines in parentheses are not what is counted
    assert not _counted_by_number("Read replicas per source (MySQL/MariaDB/PG) | 5",
                                  {stem("sources")}, lex, label_too=True)


def _hit(value: str, line: int, answer: float = 1.0, number: float | None = None,
         unit: str | None = None) -> dict:
    return {"value": value, "source": "n.md", "line": line, "answer": answer,
            "service": "EBS", "subject": "", "attribute": "x", "kind": "fact",
            "number": number, "unit": unit, "low": None, "high": None}


def test_further_matches_pass_over_what_a_line_already_shown_says():
    from studycli.lookup import choose

    row = _hit("gp3 | 16,000 (baseline 3,000) | 1,000 MiB/s", 62)
    part = _hit("1000 MiB/s", 62, number=1000.0, unit="B/s")
    other = _hit("gp3 baseline 3,000 IOPS + 125 MB/s", 8)
    assert choose([row, part, other], 0.6, 2) == [row, other]
    # A longer statement of the line says more than the short value shown before it.
    short = _hit("12 h", 46, number=43200.0, unit="s")
    whole = _hit("SQS visibility timeout 30s def, 0s -> 12h", 46)
    assert choose([short, whole, other], 0.6, 2) == [short, whole]
    # An answer from the line shown still comes before a line that does not answer.
    weak = _hit("unrelated", 9, answer=0.1)
    assert choose([row, part, weak], 0.6, 3) == [row, part, weak]


PRICING = """\
# pricing models

- On-Demand: pay per second, no commitment
- o Spot — up to 90% off, can be reclaimed w/ 2 min warning
- RDS Proxy reduces connections, failover time cut by up to 66%
- Multi-AZ failover takes 60-120 s
"""


def test_a_discount_or_a_reduction_is_a_percentage(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "pricing.md").write_text(PRICING, encoding="utf-8")
    db = connect(tmp_path / "facts.db")
    ingest_paths(db, [notes])
    assert "90%" in _first(db.conn, "spot discount up to")
    assert "66%" in _first(db.conn, "rds proxy failover time reduction")
    assert "%" in understand("savings plans max discount", lexicon()).dimensions


def test_a_failure_typed_as_met_asks_for_its_remedy(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "lambda.md").write_text(
        "# Lambda\n\n- Lambda in VPC needs NAT GW for internet, NOT IGW\n"
        "- destinations > DLQ (destinations can do success too)\n", encoding="utf-8")
    db = connect(tmp_path / "facts.db")
    ingest_paths(db, [notes])
    assert "NAT" in _first(db.conn, "lambda in vpc cant reach internet")
    q = understand("lambda in vpc cant reach internet", lexicon())
    assert {stem("internet")} in [set(c) for c in q.topic]
    assert not any(stem("reach") in c for c in q.topic)


def test_kept_says_retention(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "cw.md").write_text(
        "## CloudWatch\n\n- ✅ high-res alarm period 10 s or 30 s; std alarm ≥ 60 s\n"
        "- 👉 metric data kept 15 months (1-min points for 15 days)\n", encoding="utf-8")
    db = connect(tmp_path / "facts.db")
    ingest_paths(db, [notes])
    assert "15 months" in _first(db.conn, "cloudwatch metrics retention")


JOURNAL = """\
# SAA practice journal

Q4. Aurora read replicas max?
✗ 5
✓ 15
(RDS MySQL read replicas = 5... i mixed them up again)
Aurora storage auto grows in 10 GB increments up to 128 TiB

Q12. VPC with 10.0.0.0/16, how many usable IPs in a /24 subnet?
✗ 256
✓ 251
-> AWS reserves 5 IPs per subnet (first 4 + last 1)
"""


def test_a_bare_number_under_a_question_answers_what_the_question_counts(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "journal.md").write_text(JOURNAL, encoding="utf-8")
    db = connect(tmp_path / "facts.db")
    ingest_paths(db, [notes])
    hits = lookup(db.conn, "aurora max read replicas", limit=3).to_json()
    assert hits and hits[0]["value"].split()[0] in ("15", "✓15") and hits[0]["line"] == 5
    assert hits[0]["service"] == "Aurora"  # the question's service, not the RDS line below
    # "how many usable IPs in a /24 subnet" counts IPs, not subnets
    assert lookup(db.conn, "max subnets per vpc", limit=3).to_json() == []


ONENOTE = """\
CLF-C02 billing

   • Support plans
        o Basic - free, docs, forums, all Trusted Advisor checks, Personal Health Dashboard
        o Developer - $29/month, business-hours email to Cloud Support Associates
             ▪ general guidance < 24 business hrs, system impaired < 12 business hrs
        o Business - from $100/month, 24/7 phone/email/chat
             ▪ production system impaired < 4 hrs, production system down < 1 hr
             ▪ full Trusted Advisor checks + API
"""


def test_an_outline_item_is_read_under_its_parent():
    from studycli.lookup.context import context_of

    lines = dict(enumerate(ONENOTE.splitlines(), start=1))
    at = next(n for n, t in lines.items() if "production system down" in t)
    assert "Business - from $100/month" in context_of(lines, at)
    assert context_of(lines, 1) == ""  # no item: no parent
    developer = next(n for n, t in lines.items() if "general guidance" in t)
    assert "Developer" in context_of(lines, developer)


def test_a_plans_response_time_is_found_under_the_plan(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "billing.txt").write_text(ONENOTE, encoding="utf-8")
    db = connect(tmp_path / "facts.db")
    ingest_paths(db, [notes])
    hits = lookup(db.conn, "business support production down response time", limit=3).to_json()
    assert hits and "< 1 hr" in hits[0]["value"], [h["value"] for h in hits]


NOTEBOOK = """\
## Kinesis Data Streams
- retention 24 hours default, max 365 days
- record size max 1 MB
- Write (PutRecord/PutRecords) | 1 MB/s | 1,000 records/s

## Lambda event source mapping knobs
- Kinesis / DynamoDB Streams BatchSize: default 100, max 10,000
- `ParallelizationFactor` for Kinesis: 1 to 10 concurrent batches per shard
"""


def test_words_typed_apart_find_the_name_a_note_writes_whole(tmp_path):
    from studycli.lookup import _joined_words

    q = understand("parallelization factor kinesis", lexicon())
    assert "parallelizationfactor" in _joined_words(q, lexicon())
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "notebook.md").write_text(NOTEBOOK, encoding="utf-8")
    db = connect(tmp_path / "facts.db")
    ingest_paths(db, [notes])
    hits = lookup(db.conn, "parallelization factor kinesis", limit=3).to_json()
    assert hits and "10" in hits[0]["value"], [h["value"] for h in hits]
