"""Which services a line of the notes names in passing, though no fact was read on them.

readiness says "in your notes only in passing" of such a service rather than "not in your
notes". An alias that is also an everyday word or another product's name ("glue code", "shield
the DB", "a state machine", "self-hosted redis", "kafka", "faas") is no sign the student wrote
about the AWS service: a line counts only when the name it uses is unmistakably AWS's, or the
line writes it as an acronym ("ALB", not "alb") or as AWS writes the service's name ("Aurora
Serverless", "use Glue for ETL"), or is itself about AWS (it says "AWS" or "Amazon", or names
another service by such a name).
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")
_BRAND = frozenset({"aws", "amazon"})
# A word of a canonical service name that no English text uses for anything else: with a
# capital inside ("DynamoDB", "CloudWatch", "IoT") or a digit ("EC2"), or a name that is one
# word in capitals ("SQS"; not the "API" of "API Gateway", which any web note says).
_COINED = re.compile(r"\w*[a-z][A-Z]\w*|\w*\d\w*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")
LINES_PER_ALIAS = 50  # a passing mention is found in the first lines, or is as good as none


@lru_cache(maxsize=1)
def coined_words() -> frozenset[str]:
    """The lower-cased words of the catalog's service names that are AWS's coinages."""
    from studycli.services import catalog

    names = catalog().full_names
    return frozenset([word.lower() for name in names for word in _WORD.findall(name)
                      if _COINED.fullmatch(word)]
                     + [name.lower() for name in names if _ACRONYM.fullmatch(name)])


def unmistakable(alias: str) -> bool:
    """Whether an alias names an AWS service wherever it is written: it says "AWS" or
    "Amazon", or holds a coined word ("cloudwatch events", "dynamodb"); "glue", "dynamo",
    "load balancer" and "redis" do not."""
    words = {w.lower() for w in _WORD.findall(alias)}
    return bool(words & (_BRAND | coined_words()))


def about_aws(line: str, service: str) -> bool:
    """Whether a line is about AWS whatever its words for `service` mean: it says "AWS" or
    "Amazon", or names another service by an unmistakable name."""
    from studycli.services import find_services

    words = {w.lower() for w in _WORD.findall(line)}
    if words & _BRAND:
        return True
    return any(m.name != service and unmistakable(line[m.start:m.end])
               for m in find_services(line))


def written_as_acronym(line: str, alias: str) -> bool:
    """Whether the line writes a one-word alias in capitals ("an ALB", "SSM"): a name, not the
    everyday word ("alb", "ssm" of a state-space model)."""
    if len(alias) < 3 or not alias.isalnum():
        return False
    return any(m.group().isupper() for m in
               re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", line, re.IGNORECASE))


_ITEM_HEAD = re.compile(r"^[\s>*+#|\-\d.)\[\]]*")


def written_as_its_name(line: str, service: str) -> bool:
    """Whether the line writes the service's own name as AWS does, capitals and all, where
    capitals mean a name: "Aurora Serverless" or "Step Functions" anywhere, "use Glue for ETL"
    inside a sentence; not "glue code", nor "Shield the DB" where any word is capitalised."""
    for m in re.finditer(rf"(?<!\w){re.escape(service)}(?!\w)", line):
        if " " in service:
            return True
        before = _ITEM_HEAD.sub("", line[:m.start()]).rstrip()
        if before and not before.endswith((".", "!", "?", ":", ";")):
            return True
    return False


def named_in_passing(db, services: set[str]) -> set[str]:
    """The services of `services` a line of the notes names (data/services.json's aliases:
    "ALB" names Elastic Load Balancing, "CloudWatch Events" EventBridge) in a way that can
    only mean the AWS service: one look-up of `search`'s index per alias."""
    from studycli.services import catalog
    from studycli.store.readiness import lines_saying

    if not services:
        return set()
    aliases: dict[str, list[str]] = {}
    for alias, service in catalog().service_aliases.items():
        if service in services:
            aliases.setdefault(service, []).append(alias)
    named = set()
    for service, names in aliases.items():
        for name in names:
            words = _WORD.findall(name)
            lines = lines_saying(db, words, LINES_PER_ALIAS)
            if lines and (unmistakable(name) or any(
                    written_as_acronym(t, name) or written_as_its_name(t, service)
                    or about_aws(t, service) for t in lines)):
                named.add(service)
                break
    return named
