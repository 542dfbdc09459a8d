"""The note lines shown under "Not in your notes" as related (never answers): lines about the
service asked. A line of another service that shares only an attribute word ("max read
replicas" and a Kinesis shard's "read"; "kms max plaintext size" and SQS's message size) is
no relation a student can use, and read under a question reads as its answer. When the
notes file nothing under a service asked, the lookup says so instead of listing others.
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py


def asked_services(q, only: list[str] | None) -> set[str]:
    """The services the lookup is about (lower-cased): those the query names, else the
    owners of the subjects it names ("max gsi per table": DynamoDB, not Aurora's "Global
    Database ... 5 secondary regions"), else the `--service` filter's; empty when it names
    none."""
    owners = [service for service, _ in getattr(q, "subjects", ())]
    return {s.lower() for s in (q.services or owners or only or [])}


def subjects_asked(q, only: list[str] | None) -> set[str]:
    """The subjects the lookup names (lower-cased) when it names no service: a line about
    the subject is about what was asked whatever service the notes file it under ("NAT GW
    is per AZ" under "# EC2" for "nat gateway high availability", the NAT gateway's owner
    being VPC)."""
    if q.services or only:
        return set()
    return {subject.lower() for _, subject in getattr(q, "subjects", ())}


def related_lines(facts: list[dict], q, only: list[str] | None) -> list[dict]:
    """The facts shown as related where nothing answers: those of the services asked or of
    the subjects named; where the query names a subject only and no fact is of it or its
    owner, the facts as ranked ("read replica failover time" on Aurora's "failover to a
    replica in about 30 s": RDS owns read replicas, the notes file the line under Aurora)."""
    subjects = subjects_asked(q, only)
    kept = of_services(facts, asked_services(q, only), subjects)
    return kept if kept or not subjects else facts


WEIGHED = 40  # ranked facts read for a related line: a few more than are ever shown


def of_services(facts: list[dict], services: set[str],
                subjects: set[str] | frozenset[str] = frozenset()) -> list[dict]:
    """The facts about one of `services`: filed under it as their service or their subject
    (an invoker: "SQS" on a Lambda line), or on a line that names it ("Lambda to access VPC
    resources (RDS, ...)"); or about one of `subjects` (filed under it, or on a line naming
    it or its abbreviation: "NAT GW"); all of them when no service was asked."""
    if not services:
        return facts
    from studycli.services import canonical_service, find_services, subject_mentions

    def names(text: str) -> set[str]:
        return {(canonical_service(m.name) or m.name).lower() for m in find_services(text)}

    def names_subject(text: str) -> bool:
        return bool(subjects) and any(m.name.lower() in subjects
                                      for _, m in subject_mentions(text))

    return [f for f in facts[:WEIGHED] if (f.get("service") or "").lower() in services
            or (f.get("subject") or "").lower() in services | subjects
            or names(f.get("snippet") or "") & services
            or names_subject(f.get("snippet") or "")]


SAYS_MEASURE = 0.5  # share of the words asked a further match of another service must say


def further_matches(answers: list[dict], q, only: list[str] | None,
                    threshold: float) -> list[dict]:
    """`answers` without the further matches that neither answer, nor are of a service
    asked (when one is) or of its family, nor say most of the words asked ("Other matches"
    of "max gsi per table": DynamoDB's lines, not Aurora's "5 secondary regions", Lambda's
    layers or EC2's placement groups, which share only "max" and "per"; "ebs snapshot
    archive restore time" keeps the "24-72 h" restore of a line filed under S3). A line of
    another service that names a service itself ("SQS retention default 4 days" for
    "cloudwatch logs retention default") is that service's own figure and goes, whatever
    words it says; one that names none may be a line the parser filed under another service
    and stays where it says most of the words asked."""
    services = asked_services(q, only)
    if len(answers) < 2 or not services:  # none asked: the ranking's words are all there is
        return answers
    near = {id(f) for f in of_services(answers[1:], services)}
    from studycli.lookup.service_family import child_words, says_child_word
    from studycli.services import find_services

    def kin(h: dict) -> bool:
        """Filed under a child of a service asked ("CloudWatch Logs" for "cloudwatch"), or
        under its parent on a line saying the child's word ("log retention ..." filed under
        CloudWatch for "cloudwatch logs")."""
        own = (h.get("service") or "").lower()
        return any(child_words(a, own) for a in services) or any(
            child_words(own, a) for a in services) and says_child_word(
            {**h, "service": own}, sorted(services))

    def related(h: dict) -> bool:
        features = h.get("answer_features")
        if id(h) in near or features is None or not h.get("service") or kin(h):
            return True  # (a line of no service known may be of the one asked)
        # a line that names its own service ("SQS message retention: ... up to 14 days")
        # is of that one, whatever words of "kinesis max retention" it says
        return features.get("topic", 0.0) >= SAYS_MEASURE \
            and not find_services(h.get("snippet") or "")

    return [answers[0], *(h for h in answers[1:]
                          if (h.get("answer", 0.0) >= threshold or related(h))
                          and not _other_bound_of_answer(h, answers[0], q))]


def _other_bound_of_answer(h: dict, first: dict, q) -> bool:
    """A bound of the answer's own line other than the one asked: "sqs max visibility
    timeout" answered by the 12 h of "min 0 sec, can be raised up to 12 hours" is not
    answered further by its 0 s (min)."""
    bounds = {"max", "min"}
    asked = getattr(q, "qualifier", "")  # (a reading without one asks no bound)
    return asked in bounds and h.get("qualifier") in bounds - {asked} \
        and (h.get("source"), h.get("line")) == (first.get("source"), first.get("line"))


def unfiled(conn: sqlite3.Connection, q) -> list[str]:
    """The services the query names that no fact of the notes is filed under (as service or
    subject), in the query's order."""
    out = []
    for name in q.services:
        row = conn.execute("SELECT 1 FROM facts WHERE service = ? COLLATE NOCASE OR "
                           "subject = ? COLLATE NOCASE LIMIT 1", (name, name)).fetchone()
        if row is None:
            out.append(name)
    return out
