"""A retention asked is not answered by a figure its own line calls something else.

"how long does cloudwatch keep metric data" on notes that give only the 1 s resolution of
high-resolution custom metrics answered "1 s"; on a table of resolutions ("standard
resolution | 60 s") it would answer 60 s. A line that calls its figure a resolution, an
interval, a timeout or an execution's duration, and says nothing of keeping, gives no
retention, whatever words it shares with the question and whatever the figure's size. Only
a retention of data counts as asked: "retention", "retain", or "keep" before what is kept
("keep metric data", "keep logs"); "keep the connection open", "keep a message hidden",
"keep-alive" ask a timeout, which such a line answers.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.text import stem
from studycli.lookup.words import fact_stems, line_stems

_RETAIN_WORDS = frozenset({"retention", "retain", "retained", "retains"})
_KEEP_WORDS = frozenset({"keep", "keeps", "kept", "store", "stores", "stored"})
# What is kept, read within a few words after "keep" ("keep 1 minute metrics").
_DATA_NOUNS = frozenset({"data", "metric", "metrics", "log", "logs", "message", "messages",
                         "record", "records", "event", "events", "version", "versions",
                         "backup", "backups", "snapshot", "snapshots", "point", "points",
                         "trail", "trails", "history"})
KEEP_WINDOW = 4  # words after "keep" that may name what is kept
# Words that make "keep" ask a timeout: "keep the connection open", "keep a message hidden".
_TIMEOUT_WORDS = frozenset({"open", "hidden", "invisible", "connection", "connections",
                            "alive", "warm", "running", "idle"})
# A line that calls its figure one of these gives no retention ...
# ("period" is not one: "min storage period 180 days", "24 h default period" are retentions;
# a duration is one only where its line speaks of keeping ("min storage duration 90 days"):
# an execution's duration ("Express: max 5 minutes", filed as its "duration") is how long
# it runs, not how long its history is kept: "Express: max 5 min" answered "express
# workflow execution history retention")
# (and so does a figure of how often: "can switch modes once per 24 hours", "called once
# every 60 seconds")
_OTHER_SPAN = re.compile(r"\b(?:res|resolution|interval|granularity|timeout|frequency"
                         r"|(?:execution )?duration|(?:once|twice|times)\s+(?:per|every|a))\b")
_CLAUSE_ENDS = re.compile(r"[;|•]|\.\s")
# ... unless it also speaks of keeping ("retention period", "kept 15 months"), or is of a
# kept thing ("b. max 35 days" under "automated backups")
_KEEPING = re.compile(r"\b(?:retention|retain\w*|keeps?|kept|stored?|storage duration|expire\w*|ttl"
                      r"|backups?|snapshots?)\b")


def retention_asked(tokens: list[str]) -> bool:
    """Whether the query's words ask how long data is kept ("retention", "how long does X
    keep metric data"), not a timeout ("keep the connection open", "keep alive")."""
    if _TIMEOUT_WORDS.intersection(tokens):
        return False
    return any(t in _RETAIN_WORDS
               or (t in _KEEP_WORDS and _DATA_NOUNS.intersection(tokens[i + 1:i + 1 + KEEP_WINDOW]))
               for i, t in enumerate(tokens))


def other_span(fact: dict) -> bool:
    """Whether a fact's line calls its figure a resolution, interval, frequency, timeout or
    execution duration and says nothing of keeping: "high-resolution custom metrics: 1 s",
    "standard resolution | 60 s", "visibility timeout default 30 s"."""
    from studycli.lookup.answer import number_clauses  # (answer imports this module)

    value = str(fact.get("value") or "").lower()
    # the clause that gives the figure, by its number (the parser writes "5-minute" as "5
    # min"), not its neighbours: "metrics kept 15 months; high-resolution custom metrics: 1 s"
    clauses = [c.lower() for c in number_clauses(fact, _CLAUSE_ENDS)]
    # (and the subject it is of: a duration of "automated backups" is how long they are kept)
    text = " ".join([value, str(fact.get("attribute") or "").lower(),
                     str(fact.get("subject") or "").lower(), *clauses[:1]])
    # (or the item it is under: "max 7 days" under "▸ retention", filed as a "duration")
    return bool(_OTHER_SPAN.search(text)) and not _KEEPING.search(text) \
        and not _KEEPING.search(str(fact.get("context") or "").lower())


_RETAIN_STEMS = frozenset({"retention", "retain", "retained", "retains", "kept"})


# What a service's own retention keeps: the word a student types before "retention" that
# the service's retention lines leave unsaid. Per service, not one list for all: "pitr
# retention" ("point in time") is no DynamoDB Streams record retention, "cloudwatch metric
# retention" no log group's, and a service that keeps several things (DynamoDB, S3) has
# none here.
_KEPT_BY_SERVICE: dict[str, frozenset[str]] = {
    "SQS": frozenset({"message", "messages", "msg", "msgs"}),
    "SNS": frozenset({"message", "messages", "msg", "msgs"}),
    "Kinesis Data Streams": frozenset({"data", "record", "records"}),
    "CloudWatch Logs": frozenset({"log", "logs", "event", "events"}),
    "CloudTrail": frozenset({"event", "events", "history"}),
    "RDS": frozenset({"backup", "backups"}),
    "Aurora": frozenset({"backup", "backups"}),
}


# the words above with their stems, worked out once (kept_thing_unsaid runs per concept per fact)
_KEPT_STEMS = {service: frozenset(stem(w) for w in words) | words
               for service, words in _KEPT_BY_SERVICE.items()}
_NOUNS = frozenset(stem(w) for w in _DATA_NOUNS) | _DATA_NOUNS
_RETAINS = frozenset(stem(w) for w in _RETAIN_STEMS) | _RETAIN_STEMS


def kept_thing_unsaid(own: list[str], fact: dict, tokens: list[str]) -> bool:
    """Whether the query's word `own` (a concept's stems as typed) names what is kept, typed
    right before "retention" ("sqs message retention", "sqs msg retention", "kinesis data
    retention"), and `fact` gives a retention that names no other kept thing: "SQS -
    retention: default 4 days" is the messages' retention, as every SQS retention is, and
    its line need not say so. A line that names another kept thing ("metrics kept 15
    months" for "cloudwatch logs retention", "snapshot retention" for "backup retention")
    still leaves the word unsaid."""
    service = fact.get("service") or fact.get("service_guess") or ""
    kept = _KEPT_STEMS.get(service)
    if not kept or fact.get("subject"):  # a subject's retention ("DynamoDB Stream") is its own
        return False
    if not kept.intersection(own):
        return False
    if not any((t in own or stem(t) in own) and nxt in _RETAIN_WORDS
               for t, nxt in zip(tokens, tokens[1:], strict=False)):
        return False
    said = fact_stems(fact)
    if said.intersection(own):
        return False  # said: the word counts as any other ("rds automated backup retention")
    return bool(said & _RETAINS) and not said & _NOUNS and \
        not _named_retention(fact, _KEPT_BY_SERVICE[service])


# "Performance Insights retention: 7 days", "CloudTrail Lake retention": a feature's name
# (a capitalised word) before "retention" says whose retention it is; an acronym ("KDS",
# "DLQ") or a word in lower case ("extended retention", "longer retention") names none
_NAMED_BEFORE = lazy_compile(r"\b([A-Z][a-z]{2,})[ \t]*:?[ \t]+(?=(?:retention|retain|retained)\b)")
_NO_THING = frozenset({"default", "max", "maximum", "min", "minimum", "the", "its", "their",
                       "amazon", "aws", "period", "set", "custom", "group", "groups", "queue",
                       "queues", "stream", "streams", "topic", "topics", "trail", "trails",
                       "and", "or", "a", "an", "of", "with", "configurable", "automated",
                       "extended", "longer", "long", "short", "shorter", "increase",
                       "increased", "data", "record", "records", "message", "messages"})


def _named_retention(fact: dict, kept: frozenset[str]) -> bool:
    """Whether `fact`'s line calls its retention another thing's ("Performance Insights
    retention: 7 days free" is no RDS backup retention, "rds backup retention")."""
    service = str(fact.get("service") or fact.get("service_guess") or "").lower().split()
    for text in (fact.get("snippet") or "", fact.get("attribute") or ""):
        for m in _NAMED_BEFORE.finditer(text):
            if ":" in m.group() and not any(c.isalpha() for c in text[:m.start()]):
                continue  # a label or a speaker ("Note: retention ...", "Sam: retention ...")
            word = m.group(1).lower()
            if word not in _NO_THING and word not in kept and word not in service:
                return True
    return False


def names_other_kept_thing(fact: dict, child_words: list[str]) -> bool:
    """Whether a fact filed under a parent service (CloudWatch) when a child is asked
    (CloudWatch Logs: `child_words` "Logs") names on its line another kept thing than the
    child's ("CW metrics retention 15 months"): the metrics' retention, not the logs'. A
    line saying the child's word, or no kept thing at all, is not."""
    words = [w for w in child_words if w]
    if not words:
        return False
    # what its line says, not the attribute the parser gave it (a section's label: "▸ metrics"
    # over "▸ logs" / "retention default = never expire")
    said = line_stems(fact)
    own = {stem(t) for w in words for t in w.lower().split()} | \
        {t for w in words for t in w.lower().split()}
    if said & own:
        return False
    return bool(said & _NOUNS - own)
