"""Question text. Every stem names the service, the subject and the qualifier, and is built
from fixed frames so it stays grammatical whatever words the parser puts in the slots:
subjects go in a parenthesis after the service ("Amazon SQS (FIFO queue)") rather than
behind an article that would need to know whether the subject is countable or plural.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.lazy_regex import lazy_compile
from studycli.match_key import table_entry
from studycli.model import Fact, Kind
from studycli.questions.option_text import clean_meaning, http_phrase

_QUALIFIER_WORDS = {"max": "maximum", "min": "minimum", "default": "default"}
# Attribute phrases that already carry the qualifier ("max batch size") would read twice.
_QUAL_PREFIX = re.compile(r"^(max(imum)?|min(imum)?|default)\b\.?\s*", re.IGNORECASE)


def service_name(service: str) -> str:
    from studycli.services import full_name

    return full_name(service) if service else "AWS"


def has_word(text: str, word: str) -> bool:
    r"""`re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)`, without compiling a pattern for
    each word: `word` somewhere in `text` with no word character (a letter, digit or "_", as
    the re module counts them) right before or after it."""
    size, at = len(word), text.find(word)
    while at != -1:
        before = text[at - 1] if at else ""
        after = text[at + size] if at + size < len(text) else ""
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1)
    return False


def context(fact: Fact) -> str:
    """"Amazon SQS", or "Amazon SQS (FIFO queue)"; the subject is dropped when the name has it,
    and when only the note's file name says it (questions/file_named.py)."""
    from studycli.questions.file_named import subject_only_file_named

    if subject_only_file_named(fact):
        return service_name(_owner(fact.service, fact.subject))
    return _context(*_measure(fact))


def _measure(fact: Fact) -> tuple[str, str, str, str, float | None]:
    """What a fact's context and attribute name are worked out from (service, subject,
    attribute, qualifier, and the number the stem rules compare: a range's upper bound).
    Facts with other values, lines or notes share them: a dense note states one measure of a
    service many times, and each stem of each draw asks for them."""
    return (fact.service, fact.subject, fact.attribute, fact.qualifier,
            _compared_number(fact))


def _compared_number(fact: Fact) -> float | None:
    """The number stem rules with `numbers` compare (a range's upper bound), or None when
    no rule of the fact's service has numbers: then it is never read, and facts of one
    measure with other values share their cached stems."""
    if fact.service not in _services_with_numbers("stem_conditions"):
        return None
    return fact.high if fact.kind == Kind.RANGE else fact.number


@lru_cache(maxsize=65536)
def _context(service: str, subject_: str, attribute: str, qualifier: str,
             value: float | None) -> str:
    name = service_name(_owner(service, subject_))
    subject = subject_.strip()
    measure = (service, subject_, attribute, qualifier, value)
    # "the cache TTL for Amazon API Gateway (cache)" says "cache" twice; so does "the payload
    # of a state ... for AWS Step Functions (states)" when AWS's name for the measure has it.
    # Only what the stem says counts: a rule's name for the measure replaces the note's words,
    # so "sc1 size" asked as "the minimum volume size" no longer names the volume type, and
    # dropping sc1 left a question whose answer differs per type (reviewers).
    said = _attribute_name(*measure).lower()
    named = _rule_for_measure("name", *measure)
    if named and named.get("replaces_subject"):
        return name  # the rule's name says what the subject only seemed to ("delay queue")
    if not subject or subject.lower() in name.lower() or subject.lower() in said or \
            has_word(_attribute_name(*measure).lower(), subject.lower().removesuffix('s')):
        return name
    return f"{name} ({subject})"


# API operations notes file under another service than their own: GetSessionToken is an STS
# call, noted under IAM for MFA ("What is the maximum session duration for AWS IAM
# (GetSessionToken)?" named the wrong service, reviewers of unseen36 said). The stem names the
# operation's own service; the fact keeps the note's.
_OPERATION_OWNERS = {op: "STS" for op in (
    "AssumeRole", "AssumeRoleWithSAML", "AssumeRoleWithWebIdentity", "GetSessionToken",
    "GetFederationToken", "GetCallerIdentity", "DecodeAuthorizationMessage", "GetAccessKeyInfo")}


def asked_service(fact: Fact) -> str:
    """The service a question on `fact` names: an API operation's own ("STS" for IAM's
    GetSessionToken). A question carries it as its service, so an exam's score by service and
    its --json say the service the stem asks about; the card keeps the note's key (its id, and
    the student's progress on it, must not change)."""
    return _owner(fact.service, fact.subject)


def _owner(service: str, subject: str) -> str:
    """The service an operation named as the subject belongs to, else `service`."""
    return _OPERATION_OWNERS.get(subject.strip(), service)


# Notes write acronyms and abbreviations in any case; a question spells them the usual way.
_SPELLING = {
    "ttl": "TTL", "iops": "IOPS", "rpo": "RPO", "rto": "RTO", "vcpu": "vCPU", "vcpus": "vCPUs",
    "api": "API", "apis": "APIs", "ip": "IP", "az": "AZ", "azs": "AZs", "url": "URL",
    "rcu": "RCU", "rcus": "RCUs", "wcu": "WCU", "wcus": "WCUs", "sla": "SLA", "tps": "TPS",
    "msg": "messages", "msgs": "messages", "req": "requests", "reqs": "requests",
    "std": "standard", "avg": "average", "freq": "frequency", "conn": "connection",
    "vpc": "VPC", "vpcs": "VPCs", "gsi": "GSI", "gsis": "GSIs", "lsi": "LSI", "lsis": "LSIs",
    "conns": "connections",
}
# Names of things a note writes in lower case inside a measure ("max aurora replicas": "What
# is the maximum number of aurora replicas ...?" read as careless to reviewers), spelled by
# spelled() only: they name kinds of things, not measures (asides._unit_or_acronym reads
# _SPELLING's acronyms as measures)
_NAME_SPELLING = {
    "aurora": "Aurora", "fifo": "FIFO", "nat": "NAT", "eni": "ENI", "enis": "ENIs",
    "nacl": "NACL", "nacls": "NACLs", "cidr": "CIDR", "dns": "DNS", "https": "HTTPS",
    "tls": "TLS", "sdk": "SDK", "cli": "CLI", "arn": "ARN", "arns": "ARNs", "mfa": "MFA",
    "tcp": "TCP", "udp": "UDP", "kms": "KMS", "iam": "IAM", "sqs": "SQS", "sns": "SNS",
}


def spelled(text: str) -> str:
    return re.sub(r"[A-Za-z]+",
                  lambda m: _SPELLING.get(m.group(0).lower())
                  or _NAME_SPELLING.get(m.group(0).lower(), m.group(0))
                  if m.group(0).islower() or m.group(0).lower() in ("vcpu", "vcpus")
                  else m.group(0),
                  text)


def attribute_name(fact: Fact) -> str:
    """The attribute without a qualifier word it already carries, acronyms spelled as usual,
    and without an aside that only repeats it ("batches per shard (per shard)")."""
    return _attribute_name(*_measure(fact))


@lru_cache(maxsize=65536)  # pure in the measure (_measure), and asked for every stem
def _attribute_name(service: str, subject: str, attribute_: str, qualifier: str,
                    value: float | None) -> str:
    attribute = _without_echoes(attribute_, qualifier)
    # An aside left ("(frames)", "(per shard)") is said in plain words ("size of one frame",
    # "per shard"), or kept as the note wrote it when it cannot be: such a fact is not asked
    # (askable: aside_unsayable)
    from studycli.questions.asides import said_plainly

    attribute = said_plainly(attribute) or attribute
    # The note's word for a measure can be vaguer than AWS's ("message size" for Step Functions
    # is the input or output of a task, state or execution): a rule then names it AWS's way.
    named = _rule_for_measure("name", service, subject, attribute_, qualifier, value)
    if not named:
        attribute = _without_scope_said_after(attribute, _rule_for_measure(
            "condition", service, subject, attribute_, qualifier, value))
    return _cased_as_subject(spelled(named["name"]) if named else spelled(attribute), subject)


_TRAILING_PER = re.compile(r"\s+per\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)$", re.IGNORECASE)


def _without_scope_said_after(attribute: str, rule: dict | None) -> str:
    """"replicas per db" before the condition "per source DB instance running MySQL, ...": the
    note's scope, said again more exactly by the condition, goes from the attribute (the stem
    said "replicas per db for Amazon RDS per source DB instance ..."). So does one the
    condition names as the one thing its value is of ("record rate per shard" before "for
    writes to one shard": "the maximum record rate per shard for ... for writes to one
    shard")."""
    cond = (rule or {}).get("condition", "")
    m = _TRAILING_PER.search(attribute)
    if m is None or not scope_said(m.group(1), cond):
        return attribute
    if not cond.lower().startswith("per ") and not _ONE_OF.search(
            cond[:_said_at(m.group(1), cond)]):
        return attribute
    return attribute[:m.start()]


# "to one shard", "of each function", "for a single table": the condition counts one of the
# scope's things, right before naming it
_ONE_OF = re.compile(r"\b(?:one|each|every|a single)\s+$", re.IGNORECASE)


def _said_at(scope: str, cond: str) -> int:
    """Where in `cond` a word of `scope` (singular or plural) is first said, else its end."""
    found = [m.start() for noun in scope.lower().split()
             for m in [re.search(rf"\b{re.escape(noun)}s?\b", cond, re.IGNORECASE)] if m]
    return min(found, default=len(cond))


@lru_cache(maxsize=65536)
def _without_echoes(attribute_: str, qualifier: str) -> str:
    """The attribute without a qualifier word the stem says anyway, an aside that only
    repeats it ("message size (msg)") or a changelog's fragment ("(was)")."""
    attribute = " ".join(attribute_.split())
    if qualifier in _QUALIFIER_WORDS:  # the qualifier is said again in front of it
        attribute = _QUAL_PREFIX.sub("", attribute) or attribute_.strip()

    def drop_echo(m: re.Match) -> str:
        rest = attribute.replace(m.group(0), " ").lower()
        if m.group(1).lower() in rest:
            return ""
        # "message size (messages)", "(msg)": every word of the aside, singular and spelled
        # out, is said already
        aside = {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", spelled(m.group(1)).lower())}
        said = {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", rest)}
        return "" if aside and aside <= said else m.group(0)

    attribute = " ".join(re.sub(r"\s*\(([^()]*)\)", drop_echo, attribute).split()) or attribute
    # "(ephemeral storage was)", "(now)": a changelog's "was X, now Y" cut into the measure's
    # name is a fragment, no part of what is asked
    return _CHANGE_ASIDE.sub("", attribute).strip() or attribute


def aside_unsayable(fact: Fact) -> bool:
    """An aside in the fact's attribute that no stem can say in plain words (asides.py), and
    no rule names the measure instead: its question would ask something unclear."""
    from studycli.questions.asides import said_plainly

    if "(" not in fact.attribute and ")" not in fact.attribute:
        return False
    if said_plainly(_without_echoes(fact.attribute, fact.qualifier)) is not None:
        return False
    return _rule_for(fact, "name") is None


_CHANGE_ASIDE = re.compile(r"\s*\((?:[^()]*\s)?(?:was|were|now|previously|formerly|before)\)",
                           re.IGNORECASE)


def _cased_as_subject(attribute: str, subject: str) -> str:
    """An API name the attribute lower-cased ("assumerole duration") spelled as its subject
    spells it ("AssumeRole"), or as AWS spells an operation the stems know (the subject may
    name none: "the maximum assumerole duration" was judged garbled): a stem reads the way
    AWS writes the operation."""
    for name in (*re.findall(r"\b[A-Za-z]+[a-z][A-Z][A-Za-z]*\b", subject), *_OPERATION_OWNERS):
        attribute = re.sub(rf"\b{name.lower()}\b", name, attribute)
    return attribute


def attribute_phrase(fact: Fact) -> str:
    attribute = attribute_name(fact)
    # "at least 5,500 GET/HEAD per second per prefix" is what S3 supports, no floor a workload
    # must reach: a stem_conditions rule names its qualifier ("supported"), not "minimum"
    said = _rule_for_measure("qualifier_word", *_measure(fact))
    qualifier = said["qualifier_word"] if said else _QUALIFIER_WORDS.get(fact.qualifier, "")
    # "the default concurrent executions" -> "the default number of concurrent executions";
    # "the executions per second" -> "the number of executions per second".
    if fact.unit in ("count", "per_s") and is_plural(attribute, counted=True) \
            and not re.search(r"\b(number|count|amount)\b", attribute, re.IGNORECASE):
        attribute = f"number of {attribute}"
    phrase = f"{qualifier} {attribute}".strip()
    # every question, option and explanation that names the measure says "default" alike;
    # a count is "the default quota of VPCs", as AWS's quota pages name it
    if not is_default_quota(fact):
        return phrase
    phrase = phrase.removeprefix("default ")
    return (f"default quota of {phrase[len('number of '):]}" if phrase.startswith("number of ")
            else f"default {phrase}")


def head_noun(phrase: str) -> str:
    """The noun a phrase is about: "concurrent batches per shard (per shard)" -> "batches";
    "groups a user can be in" -> "groups" (a clause after the noun begins with a determiner or
    a pronoun: its last word, "in", is no noun, and the stem read "the maximum groups")."""
    head = re.split(r"\s+(?:per|for|with|without|of|in|on)(?:\s+|$)|\s*\(|"
                    r"\s+(?:a|an|the|that|which|who|you|we|they|it|each)\s+", phrase,
                    maxsplit=1)[0]
    words = head.split()
    return words[-1] if words else ""


def is_plural(phrase: str, counted: bool = False) -> bool:
    """A lower-case head noun ending in s ("calls", "retries"), not "status" or "access".
    CamelCase setting names (MaxNumberOfMessages) are one thing, however they end.
    "-ics" is a mass noun ("analytics") unless the thing is counted ("100,000 topics")."""
    noun = head_noun(phrase)
    # "AZs", "vCPUs": an acronym with a plural s.
    acronym = noun[:-1].isupper() or noun[:-1] in _SPELLING.values()
    endings = ("ss", "us", "is", "sis") if counted else ("ss", "us", "is", "sis", "ics")
    return (noun.islower() or acronym) and noun.endswith("s") and not noun.endswith(endings)


def value_stem(fact: Fact) -> str:
    """For limits and defaults: "What is the maximum message size for Amazon SQS (FIFO queue)?"."""
    # Pure in the measure and the unit: every fact of one measure in one unit is asked alike,
    # and a dense note states a measure many times (with other values, lines and notes).
    key = (*_measure(fact), fact.unit, note_condition(fact), is_default_quota(fact),
           _line_operation(fact))
    stem = _VALUE_STEMS.get(key)
    if stem is None:
        if len(_VALUE_STEMS) >= 65536:
            _VALUE_STEMS.clear()
        stem = _VALUE_STEMS[key] = _value_stem(fact)
    return stem


_VALUE_STEMS: dict[tuple, str] = {}


def _value_stem(fact: Fact) -> str:
    phrase = attribute_phrase(fact)
    verb = "are" if is_plural(phrase) else "is"
    return f"What {verb} the {phrase}{for_context(fact, phrase)}?"


def for_context(fact: Fact, phrase: str) -> str:
    """The " for Amazon SQS (FIFO queue)" after the measure's phrase, or "" where AWS's name for
    the measure names the service already ("... an EC2 instance sends metrics to CloudWatch"):
    "for Amazon CloudWatch" after it says it twice (the stem and its explanation alike)."""
    where = context_and_condition(fact)
    if where == service_name(fact.service) and fact.service and has_word(phrase, fact.service):
        return ""
    return f" for {where}"


def context_and_condition(fact: Fact) -> str:
    """"Amazon API Gateway (HTTP API, per account in one AWS Region)": a condition in
    parentheses joins the subject's rather than standing in a second pair."""
    return joined(context(fact), condition(fact))


def joined(text: str, cond: str) -> str:
    """`text` and then `cond` (" (per account)" or " when ..."): two asides in parentheses side
    by side ("topics (per account) (standard topics)") become one pair."""
    if text.endswith(")") and cond.startswith(" (") and cond.endswith(")"):
        return f"{text[:-1]}, {cond[2:]}"
    return text + cond


def condition(fact: Fact) -> str:
    """" without high-throughput mode": what must hold for the value (data/categories.json
    stem_conditions), or "". Not said again when the attribute or subject already says it
    ("retry duration (asynchronous)" needs no "for asynchronous invocations")."""
    rule = _rule_for(fact, "condition")
    if rule is None:
        return note_condition(fact)
    said = " " + _operation_narrowed(rule["condition"], fact)
    # "(standard topics)" from a rule, and "per account" from the note's own line: both hold
    scope = line_scope(fact)
    if scope and not rule["condition"].lower().startswith("per ") \
            and not scope_said(scope, f"{rule['condition']} {fact.attribute} "
                                      f"{attribute_name(fact)} {fact.subject}"):
        return joined(said, f" (per {scope})")
    return said


# API operations named in a list ("(SendMessageBatch, ReceiveMessage)"): CamelCase words.
_OPERATION = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
_OPERATION_LIST = re.compile(r"\s*\(([A-Z][a-z]+(?:[A-Z][a-z]+)+(?:\s*[,/]\s*(?:or\s+)?"
                             r"[A-Z][a-z]+(?:[A-Z][a-z]+)+)+)\)")


def operations_named(text: str) -> list[str]:
    """The API operations a list in `text` names ("(SendMessageBatch, ReceiveMessage)")."""
    m = _OPERATION_LIST.search(text)
    return _OPERATION.findall(m.group(1)) if m else []


def operation_in_line(operation: str, line: str) -> bool:
    """The note line names `operation` as AWS, the CLI or an SDK spells it: ReceiveMessage,
    receive-message, receive_message."""
    words = [w.lower() for w in re.findall(r"[A-Z][a-z]+", operation)]
    return bool(re.search(rf"(?<![\w-])(?:{re.escape(operation)}|{'[-_]'.join(words)})(?![\w-])",
                          line, re.IGNORECASE))


def _operation_said(fact: Fact, operations: list[str]) -> str | None:
    """The one operation of `operations` the fact's line names, else None."""
    named = [op for op in operations if operation_in_line(op, fact.snippet or "")]
    return named[0] if len(named) == 1 else None


def _operation_narrowed(cond: str, fact: Fact) -> str:
    """A default is one operation's parameter default: "default batch size in one batch API
    request (SendMessageBatch, ReceiveMessage)" keyed ReceiveMessage's 1 from "receive-message
    ... default 1 msg", and SendMessageBatch has no default (reviewers of unseen66). A
    default's condition names the one operation its line names; a maximum that holds for
    every operation listed keeps the list."""
    operations = operations_named(cond)
    if fact.qualifier != "default" or not operations:
        return cond
    one = _operation_said(fact, operations)
    return _OPERATION_LIST.sub(f" ({one})", cond, count=1) if one else cond


def _line_operation(fact: Fact) -> str | None:
    """The operation a default's condition is narrowed to (part of a cached stem's key)."""
    if fact.qualifier != "default" or fact.service not in _services_with_operation_lists():
        return None
    rule = _rule_for(fact, "condition")
    return _operation_said(fact, operations_named(rule["condition"])) if rule else None


@lru_cache(maxsize=1)
def _services_with_operation_lists() -> frozenset[str]:
    return frozenset(rule["service"] for rule in _rules("stem_conditions")
                     if operations_named(rule.get("condition", "")) and rule.get("service"))


def operation_unsaid(fact: Fact) -> bool:
    """A default whose stem would name several API operations (in its condition or its
    subject) when its line names none of them, or more than one: the value is one
    operation's, and the stem cannot say which (questions/askable.py leaves it unasked)."""
    if fact.qualifier != "default":
        return False
    rule = _rule_for(fact, "condition")
    listed = operations_named(rule["condition"]) if rule else []
    subject_ops = _OPERATION.findall(fact.subject)
    if len(subject_ops) > 1:
        return True  # "BatchGetItem/BatchWriteItem": one default cannot be both's
    return bool(listed) and _operation_said(fact, listed) is None


def condition_contradicted(fact: Fact) -> bool:
    """True when the stem's condition excludes what the words next to the value name: the
    line "Enhanced fan-out: 2 MB/s per shard per consumer" asked "(shared by consumers without
    enhanced fan-out)" quoted, as its evidence, a line about the other case."""
    rule = _rule_for(fact, "condition")
    if rule is None:
        return False
    # "per DB cluster" asked of "16 read replicas per secondary region": the line's own scope
    # is another than the stem's
    scope = line_scope(fact)
    if scope and rule["condition"].lower().startswith("per ") \
            and not scope_said(scope, f"{rule['condition']} {fact.attribute} {fact.subject}"):
        return True
    excluded = re.findall(r"\bwithout ([a-z][a-z -]*[a-z])", rule["condition"].lower())
    if not excluded:
        return False
    before, after = _words_around_value(fact)
    near = f"{before} {after}".lower()
    # "enhanced fan out", "enhanced-fan-out": a hyphen or a space between its words alike
    return any(re.search(rf"(?<!without )(?<!no )(?<!non-)\b{_words_loosely(x)}\b", near)
               for x in excluded)


def _words_loosely(phrase: str) -> str:
    """A pattern for `phrase` whose words may be parted by spaces or hyphens."""
    return r"[-\s]+".join(re.escape(w) for w in re.split(r"[-\s]+", phrase.strip()) if w)


# The tool a note says a value holds for ("default 3600 s via CLI"): a presigned URL's default
# expiry is the CLI's and the SDK's differs, so a stem without it asks something else.
_INTERFACE = lazy_compile(r"\b(?:via|with|using|from|in|through)\s+(?:the\s+|an\s+)?(?:aws\s+)?"
                          r"(cli|console|sdks?)\b", re.IGNORECASE)
_INTERFACE_SAID = {"cli": "with the AWS CLI", "console": "in the AWS Management Console",
                   "sdk": "with an AWS SDK", "sdks": "with an AWS SDK"}


# Pure in the (frozen) fact, and asked again for each card type of a fact and for each stem of
# it (value_stem's key, is_default_quota's reading, the unasked cards' questions).
@lru_cache(maxsize=65536)
def note_condition(fact: Fact) -> str:
    """" (with the AWS CLI)" when the words next to the value name the tool it holds for;
    " (per user)" when they say whose count it is ("a user can be in max 10 groups": the
    account has 300, so "the maximum number of groups" alone asks something else)."""
    before, after = _words_around_value(fact)
    mode = _mode_named(fact, before)
    m = _INTERFACE.search(f"{before} # {after}")
    if m is not None and not has_word(f"{fact.attribute} {fact.subject}", m.group(1)):
        return joined(f" ({table_entry(_INTERFACE_SAID, m.group(1))})", mode)
    owner = _OWNER.search(before) if fact.unit == "count" else None
    if owner is not None and not re.search(rf"\bper\b|\b{owner.group(1)}", fact.attribute,
                                           re.IGNORECASE):
        return joined(f" (per {owner.group(1).lower()})", mode)
    # A duration's "per" names what each such wait or delay is of ("wait at most 20 seconds
    # per check", "delay up to 15 min per msg"), never a narrower case with another figure, as
    # a count's or a size's scope is ("5 per ENI", "256 KB per message"): said in the stem it
    # read as garbled ("the maximum long polling wait time for Amazon SQS (per check)", "...
    # delivery delay for Amazon SQS (delay queue, per message)": a delay queue's DelaySeconds
    # is set on the queue; a per-message delay is a message timer, a standard queue's only,
    # https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-timers.html,
    # with the same 15-minute maximum, so the scope named neither)
    scope = line_scope(fact) if fact.unit != "s" else ""
    name = attribute_name(fact) if scope else ""
    if scope and not scope_said(scope, f"{fact.attribute} {name} {fact.subject} "
                                       f"{service_name(fact.service)}") \
            and not scoped_already(name):
        return joined(f" (per {scope})", mode)
    return mode


def scoped_already(name: str) -> bool:
    """The measure's name says what its value is per ("parts per multipart upload"): the
    note's own word after the value names no second scope ("10,000 parts per box", a
    metaphor's, was asked "... per multipart upload for Amazon S3 (per box)"). A time ("per
    second") makes a rate, no scope."""
    return any(m.group(1).split()[0].lower() not in _TIME_SCOPE
               for m in _PER_SCOPE.finditer(name))


# "Redis cluster mode enabled: up to 500 shards": the mode a value holds in, named right
# before it. Asked without it, "the maximum number of shards for ElastiCache (Redis)" has
# another answer with cluster mode disabled (1 shard); reviewers of unseen41 and unseen43 found
# the mode dropped 5 times
_MODE_BEFORE = lazy_compile(r"\b([a-z][\w-]*)\s+mode(?:\s+(enabled|disabled|on|off))?\b",
                            re.IGNORECASE)
_LINE_LABEL = lazy_compile(r"^\s*(?:[-*•#]+\s*)?([^:=|]{1,60}?)\s*[:=]\s")
_NOT_A_MODE = frozenset("the a an this that which same any each every in by per of its "
                        "their your one other another default".split())  # noqa: SIM905


def _mode_named(fact: Fact, before: str) -> str:
    """" (cluster mode enabled)" when the words before the value name the mode it holds in,
    and the measure, subject and service do not say a mode already."""
    # the words before it, else the line's label ("redis_cluster_mode_enabled = data sharded,
    # up to 500 shards": the label says of the whole line what holds)
    if re.search(r"\bmode\b", f"{fact.attribute} {fact.subject}", re.IGNORECASE):
        return ""
    label = _LINE_LABEL.match(fact.snippet or "")
    m = None
    for text in (before, label.group(1).replace("_", " ") if label else ""):
        found = [m for m in _MODE_BEFORE.finditer(text) if m.group(1).lower() not in _NOT_A_MODE]
        if found:
            m = found[-1]
            break
    if m is None:
        return ""
    state = f" {m.group(2).lower()}" if m.group(2) else ""
    return f" ({m.group(1)} mode{state})"


# What a "per ..." right after a value counts in: a time unit is a rate's own unit, not a scope
_TIME_SCOPE = frozenset("second seconds sec secs s minute minutes min mins hour hours hr hrs h "
                        "day days week weeks month months year years".split())  # noqa: SIM905
_SCOPE_WORDS = {"acct": "account", "accts": "account", "org": "organization",
                "sg": "security group", "sgs": "security group", "eni": "network interface",
                "enis": "network interface", "reg": "region", "fn": "function",
                "func": "function", "def": "definition", "az": "AZ", "azs": "AZ",
                # "up to 10 message attributes per msg": "(per msg)" read as a note, not a
                # stem; the short forms _SPELLING spells, in the singular
                **{w: _SPELLING[w].rstrip("s") for w in ("msg", "msgs", "req", "reqs", "conn",
                                                         "conns")},
                "txn": "transaction", "txns": "transaction", "tbl": "table"}
_PER_SCOPE = re.compile(r"\bper\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", re.IGNORECASE)
_SCOPE_END = re.compile(r"[.;,:()|\[\]<>=+&/]|\s(?:and|or|but|with|if|for|\d)\b|\s-\s")
_SCOPE_STOP = frozenset("and or but with without if for by default max min up to in on the a an "
                        "of is are can at per hard soft limit limits quota total only across "
                        "shared when each send receive delete get put read write".split())  # noqa: SIM905


def line_scope(fact: Fact) -> str:
    """What the note says the value holds per, right after it: "16 read replicas per secondary
    region" -> "secondary region", "100,000 topics per acct" -> "account"; "" when it says none
    (a rate's "per second" is its unit). Only where the words after the number are the value's
    own ("5 IPs per subnet" is no scope of a fact read as "5 VPCs")."""
    if fact.kind not in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE):
        return ""
    _before, after = _words_around_value(fact)
    if not after:
        return ""
    counted = re.sub(r"^[\d,.\s]+", "", fact.value).strip().lower() if fact.unit == "count" else ""
    text = " ".join(after.split())
    if counted and not text.lower().startswith(counted.split()[0]):
        return ""
    end = _SCOPE_END.search(text)
    text = text[: end.start()] if end else text
    named = set(re.findall(r"[a-z0-9]+", f"{fact.service} {service_name(fact.service)}".lower()))
    for m in _PER_SCOPE.finditer(text):
        words = []
        for w in m.group(1).lower().split():
            if w in _SCOPE_STOP or w in named:  # "5 targets per rule EventBridge"
                break
            words.append(w)
        if not words or words[0] in _TIME_SCOPE:
            continue
        if f"per {words[0]}" in _per_phrases_of_other_languages():
            continue  # Catalan "512 MB per defecte" is a default, no "per defecte" scope
        return " ".join(_SCOPE_WORDS.get(w, w) for w in words)
    return ""


@lru_cache(maxsize=1)
def _per_phrases_of_other_languages() -> frozenset[str]:
    """The phrases opening with "per" that a language's or a family's tables read as no
    "per" in English ("per defecte", "per defaut": a default), in lower case as written."""
    from studycli.languages import LANGUAGES
    from studycli.languages_families import FAMILIES

    said = set()
    for table in (*LANGUAGES.values(), *FAMILIES.values()):
        for part in ("GLOSSARY", "BEFORE_NUMBER"):
            for phrase, english in table.get(part, {}).items():  # type: ignore[attr-defined]
                words = phrase.lower().rstrip(":= ").split()
                if len(words) == 2 and words[0] == "per" and not english.startswith("per "):
                    said.add(" ".join(words))
    return frozenset(said)


def scope_said(scope: str, text: str) -> bool:
    """A word of the scope (singular or plural), or its abbreviation, in `text`."""
    text = text.lower()
    for noun in scope.lower().split():
        short = [k for k, v in _SCOPE_WORDS.items() if noun in v.lower().split()]
        if any(has_word(text, w) for w in (noun, noun + "s", *short)):
            return True
    return False


# (lookup/member_scope._MEMBER_OF reads the same membership for a lookup's scope; a change to
# one may be due at the other)
_OWNER = lazy_compile(r"\b(user|role|account|function|queue|topic|table|bucket|instance|group)s?"
                      r"\s+(?:can|may)\s+(?:be\s+(?:in|a\s+member\s+of)|belong\s+to|join|have)\b",
                      re.IGNORECASE)


# A maximum the note calls a default or adjustable ("default max 10 accounts per organization
# (can request more)", "100 buckets per account (soft)") is a default quota: asked as "the
# maximum", it teaches a hard cap. Said before the value, only "default max/limit/quota"
# counts: "can be increased to a max of 365 days" is the retention raised, not the quota.
_DEFAULT_QUOTA_BEFORE = lazy_compile(r"\bdefault\s+(?:max(?:imum)?|limit|quota)\b", re.IGNORECASE)
_ADJUSTABLE_AFTER = lazy_compile(r"\bsoft\b|\badjustable\b|\bcan (?:be )?(?:raised|increased)\b"
                                 r"|\bcan request\b|\brequest (?:more|an? (?:increase|raise))\b",
                                 re.IGNORECASE)


# A count per account or per Region ("5 VPCs per region", "| Groups per account | 300 |") is a
# service quota, whose value AWS gives as its default quota (most can be raised): asked as "the
# maximum" or "the number", it teaches a fixed cap. Unless the note says it cannot be raised.
_ACCOUNT_SCOPE = lazy_compile(r"\(per (?:account|region)\b|\bper (?:aws )?(?:account|region)\b",
                              re.IGNORECASE)
# (the words that raise a quota say it is fixed too: "not adjustable", "non-adjustable",
# "Adjustable: No" hold "adjustable")
_HARD = lazy_compile(r"\bhard\b|\bnot adjustable\b|\bnon-?adjustable\b"
                     r"|\badjustable\s*[:=?-]?\s*no\b"
                     r"|\bcan(?:no|'|\s+no)t be (?:raised|increased)\b|\bfixed\b", re.IGNORECASE)


def is_default_quota(fact: Fact) -> bool:
    if fact.kind is Kind.DEFAULT and fact.unit == "count":
        # "managed policies per user: 10 default, can raise to 20" is the quota an account
        # starts with: "the default number of managed policies per user" read as how many a
        # user has unless told otherwise, none (reviewers of unseen78). The words after the
        # value are its own only where its number is written once ("10 managed policies (can
        # raise to 20), and by default 10 groups": the fixed groups are no quota)
        after = _words_around_value(fact)[1]
        return bool(_ADJUSTABLE_AFTER.search(after) or _CAN_RAISE.search(after)) and \
            _said_once(fact.snippet or "", fact.number)
    if fact.kind is not Kind.LIMIT or fact.qualifier not in ("max", ""):
        return False
    before, after = _words_around_value(fact)
    if _DEFAULT_QUOTA_BEFORE.search(before) or (_ADJUSTABLE_AFTER.search(after)
                                                 and not _HARD.search(after)):
        return True
    # "managed policies per role = 10 (can raise to 20)": a count only, so a limit whose words
    # raise another setting ("timeout max 900 seconds (can increase from 3 s default)") stays
    # the fixed maximum it is. (A table's Default and Max columns are read by the parser:
    # numbers alone, a higher one to the right, also make an RDS-vs-Aurora row a "quota".)
    if fact.unit == "count" and _CAN_RAISE.search(after) and \
            _said_once(fact.snippet or "", fact.number):
        return True
    if fact.unit == "count" and _row_says_raised(fact.snippet or "", fact.number):
        return True
    # "hard" said of this value, not of another on its line ("IAM users per account: 5000
    # (hard limit); groups per account: 300" asked the 300 groups as a fixed maximum); a table
    # row's cells all describe its one value ("| Roles per account | 1,000 | hard limit |")
    said = fact.snippet if "|" in (fact.snippet or "") else f"{before} {after}"
    # the scope said in the attribute, or right after the value ("100,000 topics per acct")
    scoped = bool(_ACCOUNT_SCOPE.search(fact.attribute)) or line_scope(fact) in _QUOTA_SCOPES
    return fact.unit == "count" and scoped and not _HARD.search(said or "")


_QUOTA_SCOPES = frozenset({"account", "region", "aws account", "aws region"})
# A quota sheet's cell after the value saying it can be raised, and how far: "Yes (max 20)",
# "Yes, up to 4,096", "y - to 5000". Not "No (up to 2 GB via the Extended Client Library)".
_RAISED_CELL = lazy_compile(r"\s*(?:yes|y)\b[^\d]*?\b(?:up\s+to|max(?:imum)?|to)\s*[:=]?\s*\d",
                            re.IGNORECASE)


def _row_says_raised(snippet: str, number: float | None) -> bool:
    """A table or CSV row whose value is followed by a cell saying the quota is raised to a
    further bound ("| Managed policies attached per role | 10 | Yes (max 20) |"): the value
    is the quota an account starts with, asked as "the number of managed policies per role"
    an AWS-certified reviewer judged ambiguous (AWS raises it to 20)."""
    if number is None or number != int(number):
        return False
    cells = _row_cells(snippet)
    forms = {f"{int(number)}", f"{int(number):,}"}
    at = next((i for i, cell in enumerate(cells) if _leading_number(cell) in forms), None)
    return at is not None and any(_RAISED_CELL.match(cell) or _raise_said(cell)
                                  for cell in cells[at + 1:])


def _raise_said(cell: str) -> bool:
    """A notes cell saying in words that the quota is raised, and how far ("can raise to 20",
    "adjustable up to 5,000"): "IAM;managed policies per role;10;;;\"can raise to 20\"" was
    asked "What is the number of managed policies per role for AWS IAM?", which AWS answers
    10 by default and 20 at most."""
    return bool((_CAN_RAISE.search(cell) or _ADJUSTABLE_AFTER.search(cell))
                and re.search(r"\d", cell) and not _HARD.search(cell))


_LEADING_NUMBER = re.compile(r"\s*([\d,]+)")


def _leading_number(cell: str) -> str:
    m = _LEADING_NUMBER.match(cell)
    return m.group(1).rstrip(",") if m else ""


def _row_cells(snippet: str) -> list[str]:
    """The cells of a pipe-table, tab-separated or comma-separated row ([] for prose)."""
    if "|" in snippet:
        return snippet.strip().strip("|").split("|")
    if "\t" in snippet:
        return snippet.split("\t")
    if snippet.count(",") >= 2:
        import csv

        return next(csv.reader([snippet]), [])
    return []
# "10 default, can raise to 20", "10 (can raise to 20)": of a limit only when its number is
# written once on the line (a limit's words are found at its number's first place, which may
# be another value's: "10 managed policies (can raise to 20) ... max 10 groups" made the fixed
# 10 groups a default quota)
_CAN_RAISE = lazy_compile(r"\bcan (?:raise|increase)\b", re.IGNORECASE)


def _said_once(snippet: str, number: float | None) -> bool:
    """The value's number written once on its line: the words after it are its own."""
    if number is None or number != int(number):
        return False
    forms = {f"{int(number)}", f"{int(number):,}"}
    # "10, can raise to 20": a comma after the number is no digit group of it
    said = re.findall(r"(?<![\d.,])\d+(?:,\d{3})*(?![\d]|[.,]\d)", snippet)
    return sum(n in forms for n in said) == 1


def _words_around_value(fact: Fact) -> tuple[str, str]:
    """The words of the value's clause between the number before it and the value, and between
    the value and the number after it: the words that describe this value and no other."""
    if not fact.snippet or fact.number is None:
        return "", ""
    return _around_cached(fact.snippet, fact.number, fact.low, fact.high, fact.unit or "",
                          f"{fact.value} {fact.attribute}")


@lru_cache(maxsize=4096)
def _around_cached(snippet: str, number: float, low: float | None,
                   high: float | None, unit: str = "", named: str = "") -> tuple[str, str]:
    from studycli.note_numbers import every_number_said

    # "default 3600 s via CLI · max 7 days": a middle dot parts a cheat sheet's clauses too
    line = snippet.replace("·", ";")
    # The value said in its own unit first: "300 TPS per API action ... dedup interval is 5
    # minutes" took the bare 300 for 5 minutes' 300 s, and asked the interval "(per api
    # action)" (reviewers of unseen43, four times); a bare number is the value only when no
    # number in the fact's unit is
    places = [_around_place(line, clause, at, number, low, high)
              for clause, at in every_number_said(line, number, low, high, unit) if clause]
    if len(places) < 2:
        return places[0] if places else ("", "")
    # The number stated twice ("5 VPCs per region (soft), AWS reserves 5 IPs per subnet"):
    # the place whose words name this fact's value and attribute, the first on a tie (the
    # first place alone made the reserved IPs "the default quota", the VPCs' "soft" read as
    # theirs)
    own = _named_stems(named)
    return max(places, key=lambda p: _naming_score(p, own, unit == "count"))


def _around_place(line: str, clause: str, at: int, number: float, low: float | None,
                  high: float | None) -> tuple[str, str]:
    """The words before and after the value stated at `at` of `clause` (see _around_cached)."""
    from studycli.note_numbers import _NUMBER_UNIT, numbers_with_units

    # "1,000 per region, soft limit": the words after the clause up to the next number or
    # clause break still describe its last value
    tail = _TAIL.match(line, line.find(clause) + len(clause))
    wanted = [v for v in (number, low, high) if v is not None]
    spans: list[tuple[int, int, float]] = []
    for m in _NUMBER_UNIT.finditer(clause):
        found = numbers_with_units(m.group(0))
        if found:
            spans.append((m.start(), m.end(), found[0][0]))

    def is_wanted(value: float) -> bool:
        return any(abs(value - w) <= 1e-6 * max(1.0, abs(w)) for w in wanted)

    for i, (a, b, value) in enumerate(spans):
        if b > at and is_wanted(value):
            start = spans[i - 1][1] if i else 0
            # "3600 sec (1 h) with CLI": the value said again in other units is still it
            j = i
            while j + 1 < len(spans) and is_wanted(spans[j + 1][2]):
                j += 1
            end = spans[j][1]
            if j + 1 < len(spans):
                return clause[start:a], clause[end:spans[j + 1][0]]
            return clause[start:a], clause[end:] + (tail.group(0) if tail else "")
    return "", ""


# words that name no value ("5 VPCs per region": "per" is every quota's)
_NAMING_STOP = frozenset("per of in on the a an and or to for by is are max min default "
                         "limit quota each every aws amazon".split())  # noqa: SIM905


def _word_stem(word: str) -> str:
    """"IPs" and "IP", "reserves" and "reserved", "addresses" and "address" alike."""
    word = word.lower()
    word = word[:-1] if word.endswith("s") and len(word) > 2 else word
    return word[:6]


def _named_stems(text: str) -> frozenset[str]:
    return frozenset(_word_stem(w) for w in re.findall(r"[A-Za-z]+", text)
                     if w.lower() not in _NAMING_STOP)


def _naming_score(place: tuple[str, str], own: frozenset[str],
                  counted: bool) -> tuple[bool, bool, int]:
    """How well the words at one place of the number name the fact: for a count, its own noun
    right after the number first ("5 IPs"), then no other noun there ("reserved IPs per
    subnet: 5" over "5 VPCs"); then how many of its words are around it. (After a measure's
    unit comes no noun of it: "max 1 hour when switching roles, role chaining 1 hour".)"""
    before, after = place
    first = re.match(r"\W*([A-Za-z]+)", after) if counted else None
    word = first.group(1) if first else ""
    named = bool(word) and _word_stem(word) in own
    other = bool(word) and not named and word.lower() not in _NAMING_STOP
    around = _named_stems(f"{before} {after}")
    return named, not other, len(around & own)


_TAIL = lazy_compile(r"[^0-9;|]*")


def shared_condition(stem: str, fact: Fact, sides: list[Fact]) -> str:
    """The stem of a question over several notes' values keeps its condition only when it holds
    for every value: RDS's "1 day or 7 days" default retention are the API's and the console's,
    so "when created with the RDS API" must not ask for both."""
    said = condition(fact)
    if said and any(condition(f) != said for f in sides):
        merged = context_and_condition(fact)  # "(HTTP API, per account ...)" back to "(HTTP API)"
        if merged in stem:
            return stem.replace(merged, context(fact), 1)
        return stem.replace(said, "", 1)
    return stem


def value_picks_context(fact: Fact) -> bool:
    """True when the stem states a context because the fact's value is AWS's value in that
    context only (a rule with `numbers`): 2 retries are Lambda's asynchronous retries, so
    "retries: 2" can be asked although Lambda's retries differ by invocation type."""
    rule = _rule_for(fact, "condition")
    return rule is not None and "numbers" in rule


def _rule_for(fact: Fact, field: str) -> dict | None:
    """The first stem_conditions rule that gives `field` for this fact's measure.

    A rule names a service, a subject ("" only the service itself, "*" any subject) and the
    measures it covers (the attribute's base, or its first or last words); optionally the
    qualifiers (max, default, ...) and the canonical numbers it holds for, when AWS's value
    depends on a context the notes' value picks (6 MB is the synchronous payload, 1 MB the
    asynchronous one), and `unless`: words that, in the attribute or subject, already say it."""
    return _rule_for_measure(field, *_measure(fact))


# Pure in these fields, which many facts share (a dense note states one measure of one service
# many times, with other values, lines and sources): asked for every stem of every draw, and
# for each fact's card types at ingest.
@lru_cache(maxsize=65536)
def _rule_for_measure(field: str, service: str, subject: str, attribute: str, qualifier: str,
                      value: float | None) -> dict | None:
    """_rule_for, from the fields it reads; `value` is the number the rules' `numbers` are
    compared with (a range's upper bound)."""
    rules = _rules_by_service("stem_conditions").get(service)
    if not rules:
        return None
    from studycli.questions.askable import attribute_base

    # "msg per second" is "messages per second": measures are matched as stems spell them
    base = attribute_base(attribute)
    covered = _word_ends(base) | _word_ends(spelled(base).lower())
    said = f"{attribute} {subject}".lower()
    subject = subject.strip().lower()
    for rule, measures in rules:  # in the file's order: the first rule that fits is the one
        if field not in rule:
            continue
        if rule.get("subject", "") != "*" and rule.get("subject", "").lower() != subject:
            continue
        if measures.isdisjoint(covered):
            continue
        if field == "name" and _kind_unsaid(base, measures, rule, subject):
            continue
        if "qualifiers" in rule and qualifier not in rule["qualifiers"]:
            continue
        if "numbers" in rule and not _holds(value, rule["numbers"]):
            continue
        if field == "condition" and any(has_word(said, w.lower())
                                        for w in rule.get("unless", [])):
            continue
        return rule
    return None


_BOUND_WORDS = frozenset({"lowest", "highest", "allowed", "max", "maximum", "min", "minimum",
                          "default", "total"})


def _kind_unsaid(base: str, measures: frozenset[str], rule: dict, subject: str) -> bool:
    """Whether the words before the measure a rule covers say a kind of the thing that the
    rule's name does not: "elastic ip addresses" ends on the measure "addresses", but Elastic
    IPs are no addresses AWS reserves in each subnet (the stem asked that of an Elastic IP
    quota). A measure the base opens on ("tmp max size") or is says nothing before it, and
    the fact's subject said again is no other kind ("sc1 size" of sc1 is a volume size)."""
    if base in measures:
        return False
    before = min((base[:-len(m)] for m in measures if base.endswith(" " + m)), key=len,
                 default="")
    if not before.strip():
        return False
    said = {w for text in (rule.get("name", ""), *measures, *rule.get("unless", []), subject)
            for w in re.findall(r"[a-z0-9]+", text.lower())}
    # a bound's words name no kind ("lowest allowed maximum event age", questions/currency's
    # renaming of a minimum of a maximum, kept its rule's name "Maximum event age setting")
    said |= _BOUND_WORDS
    # (a word said short or long: "vol" of "volume size", "reserved" of "reserves")
    return any(not any(w == s or (min(len(w), len(s)) >= 3 and (s.startswith(w[:5])
                                                                 or w.startswith(s[:5])))
                       for s in said)
               for w in re.findall(r"[a-z0-9]+", before))


def _word_ends(base: str) -> set[str]:
    """The measures that cover `base`: itself, and what stands before or after any of its
    spaces (a measure is the base, or its first or last words)."""
    out = {base}
    at = base.find(" ")
    while at != -1:
        out.add(base[:at])
        out.add(base[at + 1:])
        at = base.find(" ", at + 1)
    return out


def _holds_for(fact: Fact, numbers: list[float]) -> bool:
    """The fact's value is one of the numbers (a range: its upper bound)."""
    return _holds(fact.high if fact.kind == Kind.RANGE else fact.number, numbers)


def _holds(value: float | None, numbers: list[float]) -> bool:
    return value is not None and any(abs(value - n) <= 1e-9 * max(1.0, abs(n)) for n in numbers)


@lru_cache(maxsize=4)
def _rules(name: str) -> tuple[dict, ...]:
    from studycli.questions.categories import categories

    return tuple(categories().get(name, {}).get("rules", []))


@lru_cache(maxsize=4)
def _services_with_numbers(name: str) -> frozenset[str]:
    return frozenset(rule["service"] for rule in _rules(name)
                     if "numbers" in rule and rule.get("service") is not None)


@lru_cache(maxsize=4)
def _rules_by_service(name: str) -> dict[str, tuple[tuple[dict, frozenset[str]], ...]]:
    """_rules(name) by the service each names, each service's in the file's order, with the
    measures each covers: a fact meets only its own service's rules (most services have none)."""
    out: dict[str, list[tuple[dict, frozenset[str]]]] = {}
    for rule in _rules(name):
        if rule.get("service") is not None:  # a rule naming no service fits no fact
            out.setdefault(rule["service"], []).append(
                (rule, frozenset(rule.get("measures", []))))
    return {service: tuple(rules) for service, rules in out.items()}


def range_stem(fact: Fact) -> str:
    from studycli.questions.typical import typical_in_note

    if typical_in_note(fact):
        return typical_stem(fact)
    return f"What is the allowed range of the {_range_measure(fact)} for " \
           f"{context_and_condition(fact)}?"


def typical_stem(fact: Fact) -> str:
    """A range AWS or the note gives as typical ("retrievals typically finish within 3-5
    hours") is what an operation usually takes, not a range a setting is allowed in
    (questions/typical.py)."""
    m = _HOW_LONG.match(attribute_name(fact).strip())
    if m and fact.unit == "s":
        # "How long does a bulk retrieval from S3 Glacier Flexible Retrieval typically take?":
        # an operation's duration asked as one, not "the typical retrieval time (bulk)"
        case = (m.group("case") or m.group("case2") or "").strip()
        op = f"{case} {m.group('op')}".strip()
        article = "an" if op[:1].lower() in "aeiou" else "a"
        prep = "from" if m.group("op").lower() in ("retrieval", "restore") else "in"
        return f"How long does {article} {op} {prep} {context_and_condition(fact)} " \
               f"typically take?"
    return f"What is the typical {_range_measure(fact)} for {context_and_condition(fact)}?"


# "retrieval time (bulk)", "bulk retrieval time", "failover time": an operation's duration
_HOW_LONG = lazy_compile(
    r"^(?:(?P<case>[a-z][\w-]*)\s+)?(?P<op>retrieval|restore|failover|replication|"
    r"propagation|promotion|recovery|migration)\s+times?(?:\s*\((?P<case2>[\w -]+)\))?$",
    re.IGNORECASE)


def asks_typical(stem: str) -> bool:
    """The stem asks what a figure typically is (either wording of typical_stem), after any
    prefix."""
    return "What is the typical " in stem or ("How long does " in stem
                                              and " typically take?" in stem)


def _range_measure(fact: Fact) -> str:
    attribute = attribute_name(fact)
    # "the allowed range of the characters" -> "the allowed range of the number of characters"
    if fact.unit in ("count", "per_s") and is_plural(attribute, counted=True) \
            and not re.search(r"\b(number|count|amount)\b", attribute, re.IGNORECASE):
        attribute = f"number of {attribute}"
    return attribute


# A code's meaning in the note's own words is the cause the student wrote down, often one of
# several ("502 from CloudFront = SSL issue with origin": CloudFront returns 502 when it could
# not connect to the origin, and lists an SSL/TLS negotiation failure as one cause among DNS
# errors, closed ports and others: https://docs.aws.amazon.com/AmazonCloudFront/latest/
# DeveloperGuide/http-502-bad-gateway.html). A stem
# that asks what the code "means" and keys those words taught one cause as the code's
# definition (a reviewer); such a stem asks for the cause the notes give instead.
NOTES_CAUSE = "your notes give"


def code_to_meaning_stem(fact: Fact, notes_words: bool = False) -> str:
    if notes_words:
        return (f"In {context(fact)}, which cause do your notes give for the error code "
                f"{fact.attribute.strip()}?")
    return f"In {context(fact)}, what does the error code {fact.attribute.strip()} mean?"


def meaning_to_code_stem(fact: Fact, notes_words: bool = False) -> str:
    meaning = clean_meaning(fact.value)
    if notes_words:
        return (f"In {context(fact)}, {NOTES_CAUSE} \u201c{meaning}\u201d as the cause of "
                f"which error code?")
    return f"In {context(fact)}, which error code means \u201c{meaning}\u201d?"


def asks_notes_cause(stem: str) -> bool:
    """Does the stem ask for the cause the notes give, not what the code means?"""
    return NOTES_CAUSE in stem


def invoker_name(fact: Fact) -> str:
    from studycli.services import canonical_service

    subject = fact.subject.strip()
    known = canonical_service(subject) if subject else None
    if known and known in _invoker_names():
        return _invoker_names()[known]  # "Amazon CloudFront (Lambda@Edge)" (data/categories.json)
    return service_name(known) if known else (subject or "this event source")


@lru_cache(maxsize=1)
def _invoker_names() -> dict[str, str]:
    from studycli.questions.categories import categories

    return dict(categories().get("invoker_names", {}).get("names", {}))


def invoker_is_service(fact: Fact) -> bool:
    """The invoker is a service, and one that can invoke the way the fact says: only the
    services Lambda polls (data/categories.json) are read through an event source mapping
    ("an activity worker on EC2 polls" is no EC2 event source mapping), and those services
    only through one."""
    from studycli.services import canonical_service

    subject = fact.subject.strip()
    known = canonical_service(subject) if subject else None
    if known is None or known in _categories("either_mode_invokers"):
        return False  # one that invokes either way has no single mode to ask
    # A source Lambda polls is read through an event source mapping and nothing else: "Kinesis
    # asynchronous", a line listing the three modes read across their invokers ("S3/SNS =
    # asynchronous, Kinesis/SQS = event source mapping"), is a misread, not a mode to ask
    polled = known in _categories("event_source_mapping_sources")
    return polled == (fact.value.strip().lower() == "event source mapping")


@lru_cache(maxsize=4)
def _categories(name: str) -> frozenset[str]:
    """The services of one list in data/categories.json."""
    from studycli.questions.categories import categories

    return frozenset(categories().get(name, {}).get("services", []))


def meaning_names_code(meaning: str, code: str) -> bool:
    """True when the meaning's words give the code away: the standard HTTP phrase of a
    status code ("Bad Gateway" for 502), or most words of an exception's name ("Resource
    not found" for ResourceNotFoundException)."""
    code = code.strip()
    words = set(re.findall(r"[a-z0-9]+", meaning.lower()))
    if re.fullmatch(r"\d\d\d", code):
        phrase = http_phrase(code).lower()
        return bool(phrase) and phrase in " ".join(re.findall(r"[a-z0-9]+", meaning.lower()))
    parts = [p.lower() for p in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", code)]
    parts = [p for p in parts if p not in ("exception", "error", "fault")]
    if not parts:
        return False
    named = sum(1 for p in parts if p in words or p.rstrip("s") in words)
    return named * 2 >= len(parts) + (1 if len(parts) > 2 else 0) and named >= 1


def invocation_stem(fact: Fact) -> str:
    # "How does SQS invoke ...": a polled source invokes nothing; the stem names no invoker.
    return f"How is an AWS Lambda function invoked for events from {invoker_name(fact)}?"


CONFLICT_PREFIX = "Your notes disagree on this one. "
SEVERAL_PREFIX = "Your notes give more than one value here. "
CONFLICT_SUFFIX = " Choose every value your notes give."


# Pure in two strings, and asked again for the same stem and option by every draw of an exam.
@lru_cache(maxsize=65536)
def leaks(stem: str, answer: str) -> bool:
    """True when the stem gives its own answer away."""
    def norm(s: str) -> str:
        return " ".join(re.sub(r"[`*_]", "", s).lower().split())

    answer_n = norm(answer)
    return bool(answer_n) and has_word(norm(stem), answer_n)
