"""The one thing every fact of a service is about, which its facts leave unsaid.

An EBS fact is a volume's ("- min size: 125 GiB" under "st1"), an SQS fact a queue's ("|
Delivery delay | 0 | 0 | 15 min |"), a Lambda fact a function's: notes never write the
noun, because the service already says it. So "st1 min volume size" or "sqs delay queue
max" asks nothing a fact of that service leaves out when it does not say "volume" or
"queue": the noun is said by every fact filed under its service, as the words of the
service's own name are (answer._topic's `named`).

Only where the query names a subject of that service the fact says ("st1", "gp3", "delay
queue", "FIFO queue"): the noun alone before a measure is what is measured, not the thing
every fact is about ("lambda max function size" asks a deployment package's size, not the
4 KB of environment variables; "sns max topic size", "sqs max queue size" no message's).

Only services whose facts all describe one kind of thing are listed. S3 is not (a bucket's
facts and an object's differ: "s3 max bucket size" is no object size), nor DynamoDB (a
table, an item, a partition), nor EC2 (an instance, an IP, a placement group).

The noun is never said for a query that counts it ("sqs max queues per account": a
queue's own figure is no number of queues; "sqs queue limit", a limit on queues) or asks
per it ("lambda max layers per
function" must say what it is per, and answer._topic weighs "per" words itself); only by a
figure the parser read of a service the query asks (see item_noun); and, said, it weighs as
little as a word most of the service's facts say (answer._topic_share), so it never
outweighs a word asked that the fact leaves unsaid ("io2 volume durability" is not answered
by io2's size range).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lookup.query import Query
from studycli.lookup.text import stem
from studycli.lookup.words import fact_stems, stems

# service -> the thing each of its facts is about (singular; stems are compared)
_NOUNS: dict[str, tuple[str, ...]] = {
    "EBS": ("volume",),
    "SQS": ("queue",),
    "SNS": ("topic",),
    "Lambda": ("function",),
    "Kinesis Data Streams": ("stream",),
}
_STEMS = {service: frozenset(stem(w) for w in words) for service, words in _NOUNS.items()}
_ALL_STEMS = frozenset().union(*_STEMS.values())
_FIGURES = frozenset({Kind.LIMIT, Kind.DEFAULT, Kind.RANGE})


def item_noun(fact: dict, q: Query) -> frozenset[str]:
    """Stems of the noun every fact of `fact`'s service is about, where the query asks that
    service and that noun as a topic (neither counted nor a "per" word), and the fact is a
    figure the parser read (a limit, a default, a range) that leaves it unsaid.

    Not for another service's fact ("cloudfront functions max memory": "function" is a
    Lambda fact's noun, not CloudFront's), nor for a fact that does not say the subject
    asked of the service ("io1 max volume size": "size 500 GiB - 16 TiB"), nor for a
    figure whose line says another service's noun ("70,000 msg/s per queue" filed under SNS
    is no topic's figure), nor for a statement: a line's words are matched loosely ("io1:
    max 64,000 IOPS ..., 50 IOPS per GiB" says "size" only by its "GiB"), and the noun must
    not be what lifts such a line to an answer ("io1 max volume size")."""
    service = fact["service"] or fact.get("service_guess", "")
    nouns = _STEMS.get(service)
    if not nouns or fact["kind"] not in _FIGURES or service not in q.all_services():
        return frozenset()
    asked = [subject for owner, subject in q.subjects if owner == service]
    if not asked:
        # "lambda max function size": the noun alone before a measure is what is measured
        # (a function's size is its package's, a queue's its number of messages), not the
        # thing every fact is about: "4 KB" of env vars is no function's size
        return frozenset()
    said = fact_stems(fact)
    if said & (_ALL_STEMS - nouns):
        return frozenset()  # "70,000 msg/s per queue" filed under SNS is a queue's figure
    # "io1 max volume size": a size of no io1 line is no io1's ("delay queue": "delay" is
    # the subject's own word, "queue" the noun)
    if any(not stems(subject, frozenset()) - nouns <= said for subject in asked):
        return frozenset()
    # ("sqs queue limit" asks a limit on queues themselves: q.thing_limit)
    return frozenset(n for n in nouns if n not in q.counted and n not in q.denominators
                     and n != q.thing_limit and n not in said)
